// custodian-cli: the register for administrators and scripts.
#include "CliCommands.h"
#include "CommandLine.h"

#include "ArgumentEncoding.h"
#include "DocumentLanguage.h"
#include "ProcessHardening.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>
#include <memory>

namespace {

// A report lays text out with fonts, which takes a QGuiApplication; it never shows a window, so on
// a server without a display it uses the offscreen platform.
bool needsFonts(int argc, char *argv[])
{
    return argc > 1 && (qstrcmp(argv[1], "report") == 0 || qstrcmp(argv[1], "statement") == 0);
}

} // namespace

int main(int argc, char *argv[])
{
    // Before anything can hold a key: no core dumps of this process in release builds (review D15).
    Custodian::hardenProcess();

    std::unique_ptr<QCoreApplication> app;
    if (needsFonts(argc, argv)) {
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
        // Never a window: whatever platform the session names (xcb under ssh without a display).
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
        // Starting the platform may warn of the desktop session it lacks (no XDG_RUNTIME_DIR under
        // cron or sudo); the command's own messages are all a script should read. What stops the
        // program is still said.
        static QtMessageHandler previous = nullptr;
        previous = qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &text) {
            if ((type == QtCriticalMsg || type == QtFatalMsg) && previous)
                previous(type, context, text);
        });
        app = std::make_unique<QGuiApplication>(argc, argv);
        qInstallMessageHandler(previous);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Custodian"));
    QCoreApplication::setApplicationName(QStringLiteral("custodian-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CUSTODIAN_VERSION));

    // Messages follow the system language; scripts that parse output use --json.
    QTranslator custodianTranslator;
    QTranslator qtTranslator;
    Custodian::Translations::load(Custodian::Translations::resolve(QString()), custodianTranslator, qtTranslator);
    QCoreApplication::installTranslator(&custodianTranslator);
    QCoreApplication::installTranslator(&qtTranslator);
    Custodian::DocumentLanguage::raiseDispatcher();

    QTextStream out(stdout);
    QTextStream err(stderr);
    int code = Custodian::Cli::ExitOk;
    if (const std::optional<QString> argument = Custodian::firstNonUtf8Argument(argc, argv)) {
        // Read as UTF-8 it would be another text: a file name would name another file, which must be neither
        // opened nor created (review D12). Refused before any command runs.
        code = Custodian::Cli::usageError(
            err, QCoreApplication::translate("Custodian::Cli::Commands",
                                             "the argument '%1' is not valid UTF-8 text; if it names a file, rename "
                                             "the file so that its name is UTF-8 (for example with convmv)")
                     .arg(*argument));
    } else {
        code = Custodian::Cli::run(QCoreApplication::arguments().mid(1), out, err);
    }
    out.flush();
    err.flush();
    return code;
}
