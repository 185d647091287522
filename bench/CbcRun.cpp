#include "CbcRun.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>

namespace hotline::bench {

namespace {

CbcSolution failed(const QString &why, double milliseconds = 0)
{
    CbcSolution s;
    s.status = why;
    s.milliseconds = milliseconds;
    return s;
}

QString lastLine(const QByteArray &output)
{
    const QList<QByteArray> lines = output.trimmed().split('\n');
    return lines.isEmpty() ? QString() : QString::fromUtf8(lines.last()).trimmed();
}

} // namespace

CbcSolution solveWithCbc(const QString &lpModel, int timeLimitSeconds)
{
    const QString cbc = QStandardPaths::findExecutable(QStringLiteral("cbc"));
    if (cbc.isEmpty())
        return failed(
            QStringLiteral("cbc is not installed (coinor-cbc; scripts/setup installs it)"));
    QTemporaryDir dir;
    if (!dir.isValid())
        return failed(QStringLiteral("no temporary directory: %1").arg(dir.errorString()));
    QFile model(dir.filePath(QStringLiteral("model.lp")));
    if (!model.open(QIODevice::WriteOnly) || model.write(lpModel.toUtf8()) < 0)
        return failed(QStringLiteral("cannot write %1").arg(model.fileName()));
    model.close();

    // CBC's own limit stops the search with the best plan so far ("Stopped on time"); ours, a
    // little later, stops a cbc that hangs.
    QProcess run;
    run.setWorkingDirectory(dir.path());
    run.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer clock;
    clock.start();
    run.start(cbc,
              {QStringLiteral("model.lp"),
               QStringLiteral("sec"),
               QString::number(timeLimitSeconds),
               QStringLiteral("solve"),
               QStringLiteral("solution"),
               QStringLiteral("solution.txt")});
    if (!run.waitForStarted(10'000))
        return failed(QStringLiteral("cbc did not start: %1").arg(run.errorString()));
    if (!run.waitForFinished((timeLimitSeconds + 10) * 1000)) {
        run.kill();
        run.waitForFinished(5000);
        return failed(QStringLiteral("cbc did not finish within %1 s").arg(timeLimitSeconds + 10),
                      double(clock.elapsed()));
    }
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    const QByteArray output = run.readAll();
    if (run.exitStatus() != QProcess::NormalExit)
        return failed(QStringLiteral("cbc crashed: %1").arg(lastLine(output)), ms);

    QFile written(dir.filePath(QStringLiteral("solution.txt")));
    if (!written.open(QIODevice::ReadOnly))
        return failed(QStringLiteral("cbc wrote no solution: %1").arg(lastLine(output)), ms);
    CbcSolution s = readCbcSolution(QString::fromUtf8(written.readAll()));
    s.milliseconds = ms;
    return s;
}

CbcSolution readCbcSolution(const QString &text)
{
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    if (lines.isEmpty())
        return failed(QStringLiteral("cbc wrote an empty solution"));
    CbcSolution s;
    s.status = lines.first().trimmed();
    s.optimal = s.status.startsWith(QLatin1String("Optimal"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QStringList fields = lines[i].trimmed().split(spaces);
        if (!fields.isEmpty() && fields.first().startsWith(QLatin1String("**"))) {
            fields.first().remove(0, 2);
            if (fields.first().isEmpty())
                fields.removeFirst();
        }
        bool number = false;
        const double value = fields.value(2).toDouble(&number);
        if (fields.size() < 3 || !number)
            return failed(
                QStringLiteral("cannot read cbc's solution line %1: %2").arg(i + 1).arg(lines[i]));
        if (value != 0)
            s.values.insert(fields[1], value);
    }
    return s;
}

} // namespace hotline::bench
