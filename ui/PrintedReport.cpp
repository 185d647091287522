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
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(file);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QTextDocument doc;
    doc.setHtml(html);
    doc.print(&printer);
    return QFile::exists(file) && QFile(file).size() > 0;
}

} // namespace hotline::PrintedReport
