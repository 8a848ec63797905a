// custodian: the desktop application.
#include "app/LanguageManager.h"
#include "app/MainWindow.h"
#include "app/RecentFiles.h"
#include "app/ScreenshotTour.h"
#include "app/SingleInstance.h"

#include "ArgumentEncoding.h"
#include "ProcessHardening.h"
#include "storage/QtKeychainStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDialog>
#include <QFile>
#include <QFileInfo>
#include <QFileOpenEvent>
#include <QIcon>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

#include <cstring>
#include <functional>
#include <optional>

namespace {

using Custodian::Ui::MainWindow;

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Custodian"));
    QCoreApplication::setApplicationName(QStringLiteral("Custodian"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CUSTODIAN_VERSION));
}

// Hidden: quits this many milliseconds after the window is shown, for headless smoke tests
// (also CUSTODIAN_SMOKE_TEST=MS). A smoke test never talks to a running instance.
const QCommandLineOption quitAfterStartOption(QStringLiteral("quit-after-start"),
                                              QStringLiteral("Quit MS milliseconds after the window is shown."),
                                              QStringLiteral("MS"));
const QCommandLineOption demoOption(QStringLiteral("demo"), QStringLiteral("Open a fresh copy of the demo register."));
const QCommandLineOption tourOption(QStringLiteral("tour"),
                                    QStringLiteral("Write a screenshot of every screen to DIR."),
                                    QStringLiteral("DIR"));
const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("The language of the tour (nl or en)."),
                                    QStringLiteral("LANG"));
const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("The window size of the tour."),
                                    QStringLiteral("WxH"), QStringLiteral("1280x800"));

void setUpParser(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate("main", "A GDPR register in one encrypted file."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption quitAfterStart = quitAfterStartOption;
    quitAfterStart.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(quitAfterStart);
    QCommandLineOption demo = demoOption;
    demo.setDescription(QCoreApplication::translate("main", "Open a fresh copy of the demo register."));
    parser.addOption(demo);
    QCommandLineOption tour = tourOption;
    tour.setDescription(QCoreApplication::translate(
        "main", "Open the demo register and write a screenshot of every screen to DIR, then quit."));
    parser.addOption(tour);
    QCommandLineOption lang = langOption;
    lang.setDescription(QCoreApplication::translate("main", "With --tour: the language of the screens (nl or en)."));
    parser.addOption(lang);
    QCommandLineOption size = sizeOption;
    size.setDescription(QCoreApplication::translate("main", "With --tour: the window size (default 1280x800)."));
    parser.addOption(size);
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("main", "A register to open."),
                                 QStringLiteral("[file]"));
}

// --help and --version must work without a display (in a terminal over ssh, in a package build),
// and QApplication needs one; so they are recognised before it exists and answered by a
// QCoreApplication.
bool asksOnlyForText(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--") == 0)
            return false;
        for (const char *option : {"-h", "--help", "--help-all", "-?", "-v", "--version"}) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

int answerTextOnly(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Custodian::Ui::LanguageManager language;
    language.restoreFromSettings();
    QCommandLineParser parser;
    setUpParser(parser);
    parser.process(app); // prints the help or the version and exits
    return 0;
}

std::optional<int> smokeTestDelay(const QCommandLineParser &parser)
{
    QString text;
    if (parser.isSet(quitAfterStartOption))
        text = parser.value(quitAfterStartOption);
    else if (qEnvironmentVariableIsSet("CUSTODIAN_SMOKE_TEST"))
        text = qEnvironmentVariable("CUSTODIAN_SMOKE_TEST");
    else
        return std::nullopt;
    bool ok = false;
    const int milliseconds = text.toInt(&ok);
    if (!ok || milliseconds < 0)
        return -1;
    return milliseconds;
}

// The application icon from the embedded PNGs (sharp at each size), else the SVG, else the icon
// theme (an installed package puts it into hicolor).
QIcon applicationIcon()
{
    const QString base = QStringLiteral(":/icons/org.custodian.Custodian");
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256}) {
        const QString file = QStringLiteral("%1-%2.png").arg(base).arg(size);
        if (QFile::exists(file))
            icon.addFile(file, QSize(size, size));
    }
    if (icon.isNull() && QFile::exists(base + QStringLiteral(".svg")))
        icon.addFile(base + QStringLiteral(".svg"));
    if (icon.isNull())
        icon = QIcon::fromTheme(QStringLiteral("org.custodian.Custodian"));
    return icon;
}

void raiseWindow(MainWindow *window)
{
    window->setWindowState((window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    window->show();
    window->raise();
    window->activateWindow();
}

// A file handed over by a second start. A dialog that is open (unlock, unsaved changes) is finished
// first: the file waits for it instead of stacking a second dialog on top.
void openWhenIdle(MainWindow *window, const QString &path)
{
    if (QWidget *modal = QApplication::activeModalWidget()) {
        modal->raise();
        modal->activateWindow();
        if (auto *dialog = qobject_cast<QDialog *>(modal)) {
            QObject::connect(
                dialog, &QDialog::finished, window,
                [window, path] { QTimer::singleShot(0, window, [window, path] { openWhenIdle(window, path); }); },
                Qt::SingleShotConnection);
            return;
        }
    }
    if (window->isRegisterOpen() && QFileInfo(window->registerPath()) == QFileInfo(path))
        return;
    window->openRegisterInteractive(path);
}

// macOS hands a file opened in the Finder to the running application as a QFileOpenEvent, not as
// an argument.
class FileOpenFilter : public QObject
{
public:
    FileOpenFilter(std::function<void(const QString &)> open, QObject *parent)
        : QObject(parent), m_open(std::move(open))
    {}

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::FileOpen) {
            m_open(static_cast<QFileOpenEvent *>(event)->file());
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void(const QString &)> m_open;
};

// --tour DIR: the screenshots, without touching this computer's settings, recent files, demo
// copy or keychain (they go to the test locations of QStandardPaths for the time of the tour).
int runTour(const QCommandLineParser &parser, Custodian::Ui::LanguageManager *language)
{
    QTextStream err(stderr);
    const QSize size = Custodian::Ui::ScreenshotTour::parseSize(parser.value(sizeOption));
    if (!size.isValid()) {
        err << QCoreApplication::translate("main", "custodian: --size needs a width and height such as 1280x800, "
                                                   "at least 640x480")
            << Qt::endl;
        return 2;
    }
    const QString lang = parser.value(langOption);
    if (!lang.isEmpty() && !Custodian::Ui::LanguageManager::availableLanguages().contains(lang)) {
        err << QCoreApplication::translate("main", "custodian: --lang takes one of: %1")
                   .arg(Custodian::Ui::LanguageManager::availableLanguages().join(QStringLiteral(", ")))
            << Qt::endl;
        return 2;
    }
    QStandardPaths::setTestModeEnabled(true);
    if (!lang.isEmpty())
        language->setLanguage(lang);
    QStringList written;
    const Custodian::Status status =
        Custodian::Ui::ScreenshotTour::run(parser.value(tourOption), size, language, &written);
    QTextStream out(stdout);
    for (const QString &file : std::as_const(written))
        out << file << Qt::endl;
    if (!status) {
        err << "custodian: " << status.message() << Qt::endl;
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    // Before anything can hold a key: no core dumps of this process in release builds (review D15).
    Custodian::hardenProcess();
    setApplicationIdentity();
    if (asksOnlyForText(argc, argv))
        return answerTextOnly(argc, argv);

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Custodian"));
    QApplication::setDesktopFileName(QStringLiteral("org.custodian.Custodian"));

    Custodian::Ui::LanguageManager language;
    language.restoreFromSettings();

    QCommandLineParser parser;
    setUpParser(parser);
    parser.process(app);
    if (parser.isSet(tourOption))
        return runTour(parser, &language);
    const std::optional<int> smokeDelay = smokeTestDelay(parser);
    if (smokeDelay && *smokeDelay < 0) {
        const QString message =
            QCoreApplication::translate("main", "custodian: --quit-after-start needs a number of milliseconds");
        QTextStream(stderr) << message << Qt::endl;
        return 2;
    }
    // A file name that is not UTF-8 would be read as another name (review D12): it is refused with a message, and
    // this start goes on as one without a file, but without the demo, which would only hide the message.
    const std::optional<QString> unreadableName = Custodian::firstNonUtf8Argument(argc, argv);
    const QString file = unreadableName ? QString() : parser.positionalArguments().value(0);
    const QString unreadableTitle = QCoreApplication::translate("main", "Open a register");
    QString unreadableMessage;
    if (unreadableName) {
        unreadableMessage =
            QCoreApplication::translate("main", "The file name %1 is not valid UTF-8 text, so Custodian cannot "
                                                "open the file under its own name. Rename the file so that its "
                                                "name is UTF-8 text, then open it again.")
                .arg(*unreadableName);
        QTextStream(stderr) << "custodian: " << unreadableMessage << Qt::endl;
    }

    // A second start hands its file (or only itself) to the first and leaves.
    Custodian::Ui::SingleInstance instance;
    if (!smokeDelay) {
        if (instance.sendToRunningInstance(file)) {
            if (unreadableName)
                QMessageBox::warning(nullptr, unreadableTitle, unreadableMessage);
            return 0;
        }
        if (!instance.listen())
            qWarning().noquote() << "custodian: running without single-instance handling:" << instance.errorString();
    }

    const QIcon icon = applicationIcon();
    if (!icon.isNull())
        QApplication::setWindowIcon(icon);

    Custodian::Storage::QtKeychainStore keyStore;
    MainWindow window(&keyStore, &language);
    QObject::connect(&instance, &Custodian::Ui::SingleInstance::activationRequested, &window,
                     [&window] { raiseWindow(&window); });
    QObject::connect(&instance, &Custodian::Ui::SingleInstance::fileRequested, &window,
                     [&window](const QString &path) { openWhenIdle(&window, path); });
    app.installEventFilter(
        new FileOpenFilter([&window](const QString &path) { openWhenIdle(&window, path); }, &window));
    window.show();

    if (unreadableName) {
        QTimer::singleShot(0, &window, [&window, unreadableTitle, unreadableMessage] {
            QMessageBox::warning(&window, unreadableTitle, unreadableMessage);
        });
    } else if (!file.isEmpty()) {
        QTimer::singleShot(0, &window, [&window, file] { window.openRegisterInteractive(file); });
    } else if (parser.isSet(demoOption) || (!smokeDelay && Custodian::Ui::RecentFiles::entries().isEmpty())) {
        // --demo, or a first start with no register ever opened: show the demo, marked as such in the
        // window, so a new user sees a filled-in register before making their own.
        QTimer::singleShot(0, &window, [&window] { window.exploreDemo(); });
    }
    if (smokeDelay) {
        // Exit status 0 only if the window really is on screen when the time is up.
        QTimer::singleShot(*smokeDelay, &app, [&window] { QCoreApplication::exit(window.isVisible() ? 0 : 1); });
    }
    return app.exec();
}
