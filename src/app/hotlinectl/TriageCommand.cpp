#include "Centre.h"
#include "CtlContext.h"
#include "TriageService.h"

#include <QFile>
#include <QFileInfo>

#include <fmt/core.h>

namespace hotline {

namespace {

struct TreeFile
{
    QString name;
    QByteArray content;
};

QList<TreeFile> readFiles(const QStringList &paths)
{
    if (paths.isEmpty())
        throw BadInput{QStringLiteral("name one or more tree files (db/triage/*.json)")};
    QList<TreeFile> files;
    for (const QString &path : paths) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            throw BadInput{QStringLiteral("%1: cannot read: %2").arg(path, f.errorString())};
        files.append({QFileInfo(path).fileName(), f.readAll()});
    }
    return files;
}

// Prints every error; true when all files are valid.
bool validateAll(const QList<TreeFile> &files)
{
    bool ok = true;
    for (const TreeFile &f : files) {
        QList<TriageError> errors;
        const auto tree = TriageTree::read(f.content, f.name, &errors);
        for (const TriageError &e : errors)
            fmt::print(stderr, "{}\n", e.toString().toStdString());
        if (tree)
            fmt::print("{}: {} version {}, {} nodes: valid\n", f.name.toStdString(),
                       tree->category.toStdString(), tree->version, tree->nodes.size());
        ok &= tree.has_value();
    }
    return ok;
}

} // namespace

// R6: triage trees are data: validate them, import them, see what is in use.
int runTriage(CtlContext &ctx)
{
    const QString verb = ctx.word(1);
    QCommandLineParser parser;
    const QCommandLineOption shipped(QStringLiteral("shipped"));
    parser.addOption(shipped);
    parser.addPositionalArgument(QStringLiteral("files"), {});
    ctx.parse(parser, 1000);
    const QStringList paths = parser.positionalArguments().mid(2);

    if (verb == u"validate") {
        if (!validateAll(readFiles(paths)))
            throw BadInput{QStringLiteral("invalid tree file(s): nothing to import")};
        return ExitOk;
    }
    if (verb == u"import") {
        TriageService triage(ctx.centre());
        if (parser.isSet(shipped)) {
            for (const auto &r : triage.importShipped())
                fmt::print("{} version {}: {}\n", r.category.toStdString(), r.version,
                           r.imported ? "imported" : "not imported");
            return ExitOk;
        }
        const QList<TreeFile> files = readFiles(paths);
        // All files are checked (contents and versions) before any is stored.
        QList<QPair<QString, QByteArray>> named;
        for (const TreeFile &f : files)
            named.append({f.name, f.content});
        const auto results = triage.importTrees(named);
        bool all = true;
        for (const auto &r : results) {
            for (const TriageError &e : r.errors)
                fmt::print(stderr, "{}\n", e.toString().toStdString());
            all &= r.imported;
        }
        if (!all)
            throw BadInput{QStringLiteral("invalid or outdated tree file(s): nothing was imported")};
        for (const auto &r : results)
            fmt::print("imported {} version {}\n", r.category.toStdString(), r.version);
        return ExitOk;
    }
    if (verb == u"list") {
        TriageService triage(ctx.centre());
        for (const TriageTree &t : triage.trees())
            fmt::print("{:<18} version {:<4} {:>3} nodes  {}\n", t.category.toStdString(), t.version,
                       t.nodes.size(), t.title.en.toStdString());
        for (const QString &skipped : triage.skippedVersions())
            fmt::print(stderr, "skipped (invalid): {}\n", skipped.toStdString());
        return ExitOk;
    }
    throw BadInput{QStringLiteral("use 'triage validate FILE...', 'triage import FILE...|--shipped' "
                                  "or 'triage list'")};
}

} // namespace hotline
