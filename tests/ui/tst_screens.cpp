// Renders every screen in English and Dutch at 1280×800 and checks that each one shows its own
// texts in the chosen language. With CUSTODIAN_SCREENSHOT_DIR set, also saves the PNGs (used for
// packaging/screenshots and for looking at what was built).
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include "app/CreateRegisterDialog.h"
#include "app/LanguageManager.h"
#include "app/MainWindow.h"
#include "app/UnlockDialog.h"
#include "framework/HistoryDialog.h"
#include "framework/RegisterContext.h"
#include "register/Services.h"
#include "sections/organisation/OrganisationPage.h"
#include "storage/MemoryKeyStore.h"

using namespace Custodian;
using namespace Custodian::Ui;

class TestScreens : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    LanguageManager m_language;

    void save(QWidget *widget, const QString &name)
    {
        QTest::qWait(20); // pending layout requests and repaints, as the event loop would
        const QImage image = widget->grab().toImage();
        QVERIFY(!image.isNull());
        // A rendered screen has more than a handful of colours; a blank one has one.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 3, qPrintable(name));
        const QString dir = qEnvironmentVariable("CUSTODIAN_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            QVERIFY(image.save(QDir(dir).filePath(name + QStringLiteral(".png"))));
        }
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void screens_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("organisationTitle");
        QTest::addColumn<QString>("createTitle");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Organisation")
                            << QStringLiteral("Create a new register");
        QTest::newRow("nl") << QStringLiteral("nl") << QStringLiteral("Organisatie")
                            << QStringLiteral("Nieuw register maken");
    }

    void screens()
    {
        QFETCH(QString, language);
        QFETCH(QString, organisationTitle);
        QFETCH(QString, createTitle);
        m_language.setLanguage(language);
        Storage::MemoryKeyStore keyStore;
        const QString path = m_dir.filePath(QStringLiteral("screens-%1.custodian").arg(language));
        const QString passphrase = QStringLiteral("screenshot passphrase");

        MainWindow window(&keyStore, &m_language);
        // CUSTODIAN_SCREENSHOT_SIZE=1024x700 renders the tour at a smaller window.
        const QStringList size =
            qEnvironmentVariable("CUSTODIAN_SCREENSHOT_SIZE", QStringLiteral("1280x800")).split(QLatin1Char('x'));
        window.resize(size.value(0).toInt() > 0 ? size.value(0).toInt() : 1280,
                      size.value(1).toInt() > 0 ? size.value(1).toInt() : 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        save(&window, QStringLiteral("start-page-%1").arg(language));

        CreateRegisterDialog create(&window);
        create.setFilePath(m_dir.filePath(QStringLiteral("nieuw.custodian")));
        create.setOrganisationName(QStringLiteral("Voorbeeld Software B.V."));
        QTest::keyClicks(create.findChild<QLineEdit *>(QStringLiteral("passphraseEdit")), QStringLiteral("Welkom2026"));
        create.show();
        QCOMPARE(create.windowTitle(), createTitle);
        save(&create, QStringLiteral("create-register-%1").arg(language));

        QVERIFY(window.createRegister(path, QStringLiteral("Voorbeeld Software B.V."), passphrase, false));
        save(&window, QStringLiteral("dashboard-new-%1").arg(language));
        window.goToSection(QStringLiteral("organisation"));
        OrganisationPage *page = window.organisationPage();
        const QList<QPair<QString, QString>> values = {
            {QStringLiteral("registrationNumber"), QStringLiteral("12345678")},
            {QStringLiteral("streetAddress"), QStringLiteral("Stationsplein 1")},
            {QStringLiteral("postalCode"), QStringLiteral("3511 ED")},
            {QStringLiteral("city"), QStringLiteral("Utrecht")},
            {QStringLiteral("country"), QStringLiteral("NL")},
            {QStringLiteral("contactEmail"), QStringLiteral("privacy@voorbeeld.nl")},
            {QStringLiteral("dpoName"), QStringLiteral("Anna de Vries")},
            {QStringLiteral("dpoEmail"), QStringLiteral("fg@voorbeeld.nl")},
            {QStringLiteral("contactPhone"), QStringLiteral("+31 30 123 45 67")},
        };
        for (const auto &[field, value] : values) {
            QLineEdit *edit = page->fieldEdit(field);
            edit->setText(value);
            emit edit->textEdited(value);
        }
        QCOMPARE(window.windowTitle().section(QStringLiteral(" — "), 0, 0), organisationTitle);
        save(&window, QStringLiteral("organisation-%1").arg(language));

        UnlockDialog unlock(path, [](const QString &, bool) {
            return Status::error(Status::Code::WrongPassphrase, QStringLiteral("—"));
        });
        unlock.show();
        save(&unlock, QStringLiteral("unlock-%1").arg(language));

        page->reload();
        QVERIFY(window.closeRegister());

        // The demo register, section by section: every list and editor with real content.
        QVERIFY(window.openDemo());
        QVERIFY(window.isDemo());
        QVERIFY(window.windowTitle().contains(QStringLiteral("demo")));
        save(&window, QStringLiteral("dashboard-demo-%1").arg(language));
        const QStringList sections = {QStringLiteral("activity"),       QStringLiteral("processor_activity"),
                                      QStringLiteral("party"),          QStringLiteral("agreement"),
                                      QStringLiteral("retention_rule"), QStringLiteral("security_measure"),
                                      QStringLiteral("findings"),       QStringLiteral("settings")};
        for (const QString &section : sections) {
            window.goToSection(section);
            const QList<QTableView *> lists = window.findChildren<QTableView *>(QStringLiteral("listView"));
            for (QTableView *list : lists) {
                if (list->isVisible() && list->model()->rowCount() > 0)
                    list->setCurrentIndex(list->model()->index(0, 0));
            }
            save(&window, QStringLiteral("%1-%2").arg(section, language));
            // Every screen fits the 1280×800 the UX guide asks for, in each language.
            QVERIFY2(window.minimumSizeHint().width() <= 1280, qPrintable(section));
        }
        // The history of the first activity of the demo.
        QList<Domain::ProcessingActivity> activities;
        QVERIFY(window.registerContext()->activities().list(&activities));
        QVERIFY(!activities.isEmpty());
        QList<Register::AuditLog::Entry> entries;
        QVERIFY(window.registerContext()->history(QStringLiteral("activity"), activities.constFirst().uuid, &entries));
        RegisterContext *context = window.registerContext();
        HistoryDialog history(
            activities.constFirst().name, Domain::EntityKind::ProcessingActivity, entries,
            [context](Domain::EntityKind kind, const QString &uuid) { return context->nameOf(kind, uuid); }, &window);
        history.show();
        save(&history, QStringLiteral("history-%1").arg(language));
        history.close();
        // Locked: the lock screen, which shows the demo's passphrase and nothing of the register.
        window.lockRegister();
        QVERIFY(window.isLocked());
        save(&window, QStringLiteral("lock-%1").arg(language));
        QVERIFY(window.closeRegister());
    }
};

QTEST_MAIN(TestScreens)
#include "tst_screens.moc"
