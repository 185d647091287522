#pragma once

#include "IntakeDraft.h"
#include "PhoneNormalizer.h"
#include "Warranty.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

namespace hotline {

// One problem with what was typed, tied to the field it concerns.
struct IntakeFinding
{
    enum class Field { Name, Address, Phone, Model, PurchaseDate, Fault, ChargeConsent };
    enum class Severity {
        ToVerify,   // R2: saved, and the ticket carries it on its "to verify" list
        Impossible, // cannot be true; saving waits until it is corrected
    };

    Field field;
    Severity severity;
    QString code;    // stable id stored on the ticket: "phone_invalid"
    QString detail;  // the offending value, when there is one
    QString message; // for the operator, in the UI language

    // The stored form on a ticket's list: "code" or "code:detail".
    QString storedForm() const { return detail.isEmpty() ? code : code + u':' + detail; }
};

// What the catalogue knows about the typed model, if anything.
struct ModelFacts
{
    QString code;
    QString name;
    QString category;
    int warrantyMonths = 0;
};

// The operator's input checked against rules R2 (missing or doubtful data) and R4
// (warranty and consent to the charge). Pure: same input, same findings.
class IntakeCheck
{
    Q_DECLARE_TR_FUNCTIONS(IntakeCheck)
public:
    struct Result
    {
        QList<IntakeFinding> findings;
        Warranty warranty;
        std::optional<QDate> purchaseDate;

        bool canSave() const;
        QStringList toVerify() const; // stored forms of the ToVerify findings
        QList<IntakeFinding> forField(IntakeFinding::Field f) const;
    };

    static Result check(const IntakeDraft &draft, const std::optional<ModelFacts> &model,
                        const QDate &today, const PhoneNormalizer &phones);

    // A stored "to verify" entry, described for people.
    static QString describe(const QString &storedForm);

    // Heuristics, exposed for tests.
    static bool isVagueFault(const QString &fault);
    static bool isUnclearAddress(const QString &address);
};

} // namespace hotline
