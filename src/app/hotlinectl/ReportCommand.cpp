#include "Appearance.h"
#include "Centre.h"
#include "CtlContext.h"
#include "PrintedReport.h"
#include "ReportService.h"

#include <QCoreApplication>

#include <fmt/core.h>

namespace hotline {

// hotlinectl report --month YYYY-MM [--lang zh_CN|en] [--csv FILE] [--pdf FILE]: the monthly
// service report, printed as a table and optionally saved (the saving is audited, R26).
int runReport(CtlContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption month(QStringLiteral("month"), QStringLiteral("the month"), QStringLiteral("YYYY-MM"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("zh_CN or en"), QStringLiteral("language"));
    const QCommandLineOption csv(QStringLiteral("csv"), QStringLiteral("save as CSV"), QStringLiteral("file"));
    const QCommandLineOption pdf(QStringLiteral("pdf"), QStringLiteral("save as PDF"), QStringLiteral("file"));
    parser.addOptions({month, lang, csv, pdf});
    ctx.parse(parser, 1);
    const QDate first = QDate::fromString(parser.value(month) + QStringLiteral("-01"), Qt::ISODate);
    if (!parser.isSet(month) || !first.isValid())
        throw BadInput{QStringLiteral("--month: give the month as YYYY-MM, such as 2026-11")};
    const QString language = parser.value(lang);
    if (!language.isEmpty() && language != u"zh_CN" && language != u"en")
        throw BadInput{QStringLiteral("--lang: '%1' is not offered: use zh_CN or en").arg(language)};
    Appearance::installTranslation(*QCoreApplication::instance(), language.isEmpty() ? QStringLiteral("en") : language);

    Centre &centre = ctx.centre();
    const ReportService reports(centre);
    const ServiceFigures figures = reports.figures(first, first.addMonths(1).addDays(-1));
    fmt::print("{}\n", QCoreApplication::translate("ReportService", "%1 to %2")
                           .arg(figures.from.toString(Qt::ISODate), figures.to.toString(Qt::ISODate))
                           .toStdString());
    for (const ReportService::Line &l : reports.lines(figures))
        fmt::print("  {:<56} {:>8}  {}\n", l.figure.toStdString(), l.value.toStdString(), l.detail.toStdString());
    for (const QCommandLineOption *option : {&csv, &pdf}) {
        if (!parser.isSet(*option))
            continue;
        QString file = parser.value(*option);
        const QString extension = option == &csv ? QStringLiteral(".csv") : QStringLiteral(".pdf");
        if (!file.endsWith(extension, Qt::CaseInsensitive))
            file += extension;
        reports.recordExport(figures, file);
        if (!PrintedReport::save(file, reports.csv(figures), reports.html(figures))) {
            fmt::print(stderr, "hotlinectl report: cannot write {}\n", file.toStdString());
            return ExitFailed;
        }
        fmt::print("saved {}\n", file.toStdString());
    }
    return ExitOk;
}

} // namespace hotline
