// Shared by the custodian-cli tests: the built binary run as a user would, with its output.
#pragma once

#include <QHash>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace CliTest {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs custodian-cli (CUSTODIAN_CLI_PATH) in English, C.UTF-8, offscreen, without the passphrase
// variables of the caller's environment; extra adds variables (a passphrase, a time zone).
inline Result runBinary(const QStringList &arguments, const QHash<QString, QString> &extra = {},
                        const QString &workingDirectory = QString(), int timeoutMs = 60000,
                        const QByteArray &input = QByteArray())
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.remove(QStringLiteral("CUSTODIAN_PASSPHRASE"));
    environment.remove(QStringLiteral("CUSTODIAN_NEW_PASSPHRASE"));
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        environment.insert(it.key(), it.value());
    process.setProcessEnvironment(environment);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(QStringLiteral(CUSTODIAN_CLI_PATH), arguments);
    if (process.waitForStarted(timeoutMs)) {
        process.write(input); // standard input: what a pipe or a redirection gives the command
        process.closeWriteChannel();
    }
    Result result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("timed out");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// A command of the commands library run in-process, as the dispatcher would run it.
using Command = int (*)(const QStringList &arguments, QTextStream &out, QTextStream &err);

inline Result runInProcess(Command command, const QStringList &arguments)
{
    Result result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    result.exitCode = command(arguments, out, err);
    out.flush();
    err.flush();
    return result;
}

inline QStringList split(const char *arguments)
{
    return QString::fromUtf8(arguments).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// One line on stderr, in the CLI's style.
inline bool isOneLineError(const QString &err)
{
    return err.startsWith(QLatin1String("custodian-cli: ")) && err.endsWith(QLatin1Char('\n')) &&
           err.count(QLatin1Char('\n')) == 1;
}

} // namespace CliTest
