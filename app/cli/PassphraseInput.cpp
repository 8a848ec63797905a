#include "PassphraseInput.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <csignal>
#include <termios.h>
#include <unistd.h>
#endif

namespace Custodian::Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Cli::PassphraseInput)
};

// A passphrase file holds one line of text; anything longer than this is not one (and /dev/zero or
// /dev/urandom would never end).
constexpr qint64 maximumFileSize = 64 * 1024;

// The passphrase as the text its bytes spell in UTF-8. Invalid UTF-8 is refused rather than
// replaced: replacing would make different byte strings the same passphrase (review D4).
bool decode(const QByteArray &bytes, QString *passphrase)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(bytes);
    if (utf8.hasError()) {
        text.fill(QChar());
        return false;
    }
    *passphrase = text;
    return true;
}

QString notText(const QString &where)
{
    return Tr::tr("the passphrase %1 is not UTF-8 text; use a passphrase of characters, not a file of random "
                  "bytes")
        .arg(where);
}

#ifndef Q_OS_WIN
// The terminal as it was before the prompt switched echo off, for the Ctrl-C handler.
termios savedTerminal{};

// Ctrl-C at the hidden prompt: echo back on, then the usual end of the program (review D11).
extern "C" void restoreTerminalAndStop(int signal)
{
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &savedTerminal);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}
#endif

// Reads one line from the terminal with echo switched off, restoring it afterwards, also when the
// user presses Ctrl-C. False when the line is not UTF-8 text.
bool readHidden(const QString &prompt, QString *passphrase)
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
    savedTerminal = old;
    const auto previousInterrupt = std::signal(SIGINT, restoreTerminalAndStop);
    const auto previousTerminate = std::signal(SIGTERM, restoreTerminalAndStop);
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
    std::signal(SIGINT, previousInterrupt);
    std::signal(SIGTERM, previousTerminate);
#endif
    std::cerr << std::endl;
    QByteArray bytes(line.data(), qsizetype(line.size()));
    std::fill(line.begin(), line.end(), '\0');
    const bool ok = decode(bytes, passphrase);
    bytes.fill('\0');
    return ok;
}

} // namespace

bool stdinIsTerminal()
{
#ifdef Q_OS_WIN
    DWORD mode = 0;
    return GetConsoleMode(GetStdHandle(STD_INPUT_HANDLE), &mode) != 0;
#else
    return isatty(STDIN_FILENO) == 1;
#endif
}

bool readPassphrase(const PassphraseSource &source, QString *passphrase, QString *error)
{
    if (!source.file.isEmpty()) {
        QFile file(source.file);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = Tr::tr("cannot read the passphrase file %1: %2").arg(source.file, file.errorString());
            return false;
        }
        QByteArray content = file.read(maximumFileSize + 1);
        if (content.size() > maximumFileSize) {
            content.fill('\0');
            *error = Tr::tr("the passphrase file %1 is larger than 64 KiB: it holds one line, the passphrase")
                         .arg(source.file);
            return false;
        }
        // One line: a trailing newline written by an editor or `echo` is not part of the passphrase.
        while (content.endsWith('\n') || content.endsWith('\r'))
            content.chop(1);
        // A second line would silently become part of the passphrase (review D16): a note under the
        // passphrase, or two passphrases in one file, must not make a register that only this file opens.
        if (content.contains('\n') || content.contains('\r')) {
            content.fill('\0');
            *error = Tr::tr("the passphrase file %1 holds more than one line: it must hold one line, the passphrase")
                         .arg(source.file);
            return false;
        }
        const bool ok = decode(content, passphrase);
        content.fill('\0');
        if (!ok)
            *error = notText(Tr::tr("in %1").arg(source.file));
        return ok;
    }
    if (!source.environment.isEmpty() && qEnvironmentVariableIsSet(source.environment.toLocal8Bit().constData())) {
        QByteArray bytes = qgetenv(source.environment.toLocal8Bit().constData());
        const bool ok = decode(bytes, passphrase);
        bytes.fill('\0');
        if (!ok)
            *error = notText(Tr::tr("in %1").arg(source.environment));
        return ok;
    }
    if (!stdinIsTerminal()) {
        *error = Tr::tr("no passphrase given: use %1 or set %2")
                     .arg(QStringLiteral("--passphrase-file"), source.environment);
        return false;
    }
    if (!readHidden(source.prompt, passphrase)) {
        *error = notText(Tr::tr("typed"));
        return false;
    }
    if (source.confirm) {
        QString again;
        if (!readHidden(Tr::tr("Repeat the passphrase: "), &again) || again != *passphrase) {
            *error = Tr::tr("the two passphrases differ");
            return false;
        }
    }
    return true;
}

} // namespace Custodian::Cli
