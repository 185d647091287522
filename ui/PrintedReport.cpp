#include "PrintedReport.h"

#include <QFile>
#include <QPageSize>
#include <QPrinter>
#include <QSaveFile>
#include <QTextDocument>

namespace hotline::PrintedReport {

bool save(const QString &file, const QString &csv, const QString &html)
{
    if (file.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive)) {
        QSaveFile out(file);
        if (!out.open(QIODevice::WriteOnly))
            return false;
        out.write("\xEF\xBB\xBF");
        out.write(csv.toUtf8());
        return out.commit();
    }
    return pdf(file, html);
}

bool pdf(const QString &file, const QString &html)
{
    // At the printer's resolution: a screen-resolution layout drawn onto the printer gives
    // unreadably small text. An old file of that name must not pass for a new one.
    QFile::remove(file);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(file);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    QTextDocument doc;
    doc.setHtml(html);
    doc.print(&printer);
    return QFile::exists(file) && QFile(file).size() > 0;
}

} // namespace hotline::PrintedReport
