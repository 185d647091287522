#pragma once

#include <QString>

namespace hotline::PrintedReport {

// Saves a report by the file's extension: .csv as UTF-8 with a byte-order mark (so
// spreadsheets read the Chinese right), anything else as an A4 PDF of `html`. False when
// the file cannot be written.
bool save(const QString &file, const QString &csv, const QString &html);
// An A4 PDF of `html` at the printer's resolution, with 15 mm margins. False when the file
// was not written.
bool pdf(const QString &file, const QString &html);

} // namespace hotline::PrintedReport
