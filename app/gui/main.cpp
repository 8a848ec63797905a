// custodian: the desktop application.
#include "LanguageManager.h"
#include "MainWindow.h"

#include "storage/QtKeychainStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Custodian"));
    QApplication::setApplicationName(QStringLiteral("Custodian"));
    QApplication::setApplicationDisplayName(QStringLiteral("Custodian"));
    QApplication::setApplicationVersion(QStringLiteral(CUSTODIAN_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.custodian.Custodian"));

    Custodian::Ui::LanguageManager language;
    language.restoreFromSettings();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "A GDPR register in one encrypted file."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "A register to open."),
                                 QStringLiteral("[file]"));
    parser.process(app);

    Custodian::Storage::QtKeychainStore keyStore;
    Custodian::Ui::MainWindow window(&keyStore, &language);
    window.show();

    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty()) {
        const QString path = files.constFirst();
        QTimer::singleShot(0, &window, [&window, path] { window.openRegisterInteractive(path); });
    }
    return app.exec();
}
