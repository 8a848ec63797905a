#include "PassphraseInput.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace Custodian::Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Cli::PassphraseInput)
};

bool stdinIsTerminal()
{
#ifdef Q_OS_WIN
    DWORD mode = 0;
    return GetConsoleMode(GetStdHandle(STD_INPUT_HANDLE), &mode) != 0;
#else
    return isatty(STDIN_FILENO) == 1;
#endif
}

// Reads one line from the terminal with echo switched off, restoring it afterwards.
QString readHidden(const QString &prompt)
{
    std::cerr << prompt.toStdString() << std::flush;
#ifdef Q_OS_WIN
    HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    GetConsoleMode(input, &mode);
    SetConsoleMode(input, mode & ~ENABLE_ECHO_INPUT);
#else
    termios old{};
    tcgetattr(STDIN_FILENO, &old);
    termios silent = old;
    silent.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
#endif
    std::string line;
    std::getline(std::cin, line);
#ifdef Q_OS_WIN
    SetConsoleMode(input, mode);
#else
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
#endif
    std::cerr << std::endl;
    const QString result = QString::fromStdString(line);
    std::fill(line.begin(), line.end(), '\0');
    return result;
}

} // namespace

bool readPassphrase(const PassphraseSource &source, QString *passphrase, QString *error)
{
    if (!source.file.isEmpty()) {
        QFile file(source.file);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = Tr::tr("cannot read the passphrase file %1: %2").arg(source.file, file.errorString());
            return false;
        }
        QByteArray content = file.readAll();
        // One line: a trailing newline written by an editor or `echo` is not part of the passphrase.
        while (content.endsWith('\n') || content.endsWith('\r'))
            content.chop(1);
        *passphrase = QString::fromUtf8(content);
        content.fill('\0');
        return true;
    }
    if (!source.environment.isEmpty() && qEnvironmentVariableIsSet(source.environment.toLocal8Bit().constData())) {
        *passphrase = qEnvironmentVariable(source.environment.toLocal8Bit().constData());
        return true;
    }
    if (!stdinIsTerminal()) {
        *error = Tr::tr("no passphrase given: use %1 or set %2")
                     .arg(QStringLiteral("--passphrase-file"), source.environment);
        return false;
    }
    *passphrase = readHidden(source.prompt);
    if (source.confirm) {
        const QString again = readHidden(Tr::tr("Repeat the passphrase: "));
        if (again != *passphrase) {
            *error = Tr::tr("the two passphrases differ");
            return false;
        }
    }
    return true;
}

} // namespace Custodian::Cli
