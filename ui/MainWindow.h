#pragma once

#include "ChangeTopic.h"

#include <QHash>
#include <QMainWindow>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QTabWidget;

namespace hotline {

class Centre;
class DraftStore;
class IntakeService;
class TriageService;
class ArchiveService;
class IntakeWorkplace;

// One window, six workplaces: Intake, Triage, Dispatch, Callbacks, Archive, Dashboard.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    enum class View { Intake, Triage, Dispatch, Callbacks, Archive, Dashboard };

    MainWindow(Centre &centre, DraftStore &drafts, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showView(View view);
    static std::optional<View> viewFromName(const QString &name);
    static QStringList viewNames();

    IntakeWorkplace *intake() const { return m_intake; }
    class DispatchWorkplace *dispatch() const { return m_dispatch; }
    class CallbacksWorkplace *callbacks() const { return m_callbacks; }
    class DashboardWorkplace *dashboard() const { return m_dashboard; }
    class ArchiveWorkplace *archive() const { return m_archive; }

private:
    void buildMenus();
    void buildStatusBar();
    void buildSlaStatus();
    // Live updates: changes from other consoles are gathered for a moment, then every view
    // that shows them follows once.
    void noteChange(ChangeTopic topic);
    // R5: writes to the call log; false (with the reason in the status bar) when it fails.
    bool logCalls(const std::function<void(class CallLogService &)> &write);
    // Click-to-dial from any workplace (callback task, customer card, ticket), logged (R5).
    void dial(const QString &number, qint64 ticketId);
    void followChanges();

    Centre &m_centre;
    std::unique_ptr<IntakeService> m_intakeService;
    std::unique_ptr<TriageService> m_triageService;
    std::unique_ptr<ArchiveService> m_archiveService;
    QTabWidget *m_tabs = nullptr;
    IntakeWorkplace *m_intake = nullptr;
    class TriageQueueWorkplace *m_triageQueue = nullptr;
    class DispatchWorkplace *m_dispatch = nullptr;
    class CallbacksWorkplace *m_callbacks = nullptr;
    class ArchiveWorkplace *m_archive = nullptr;
    class DashboardWorkplace *m_dashboard = nullptr;
    class LiveUpdates *m_live = nullptr;
    class PhoneLink *m_phone = nullptr;
    QHash<QByteArray, qint64> m_dialling; // click-to-dials awaiting the PBX: their call-log line
    QHash<QString, qint64> m_calls;       // this console's calls by the PBX's id: their call-log line
    QSet<ChangeTopic> m_changed;
    QTimer m_follow;
};

} // namespace hotline
