// What a new user does first: create a register, fill in the organisation, close, reopen, find it.
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>
#include <QtTest>

#include "app/CreateRegisterDialog.h"
#include "app/HelpDialog.h"
#include "app/LanguageManager.h"
#include "app/MainWindow.h"
#include "app/RecentFiles.h"
#include "app/UnlockDialog.h"
#include "framework/EntityEditor.h"
#include "framework/SectionPage.h"
#include "framework/Severity.h"
#include "sections/organisation/OrganisationPage.h"
#include "sections/settings/RegisterSettingsPage.h"
#include "storage/MemoryKeyStore.h"
#include "support/TestWindow.h"

using namespace Custodian;
using namespace Custodian::Ui;

class TestRegisterFlow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    const QString m_passphrase = QStringLiteral("a long enough passphrase");

    // Clicks a History… button and returns the changes its dialog lists, one entry a line.
    static QString historyAfterClicking(QPushButton *button)
    {
        QStringList lines;
        QTimer::singleShot(0, button, [&lines] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            if (auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("historyTable"))) {
                for (int row = 0; row < table->rowCount(); ++row)
                    lines << table->item(row, 3)->text();
            }
            dialog->reject();
        });
        QTest::mouseClick(button, Qt::LeftButton);
        return lines.join(QLatin1Char('\n'));
    }

    static void type(QLineEdit *edit, const QString &text)
    {
        QVERIFY(edit);
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void createFillReopen()
    {
        Storage::MemoryKeyStore keyStore;
        LanguageManager language;
        language.setLanguage(QStringLiteral("en"));
        const QString path = m_dir.filePath(QStringLiteral("flow.custodian"));
        {
            MainWindow window(&keyStore, &language);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(!window.isRegisterOpen());

            const Status created =
                window.createRegister(path, QStringLiteral("Voorbeeld Software B.V."), m_passphrase, false);
            QVERIFY2(created, qPrintable(created.message()));
            QVERIFY(window.isRegisterOpen());
            QVERIFY(window.windowTitle().contains(QStringLiteral("flow.custodian")));
            // The platform adds the application's name; the title does not repeat it (UI review L7).
            QVERIFY2(!window.windowTitle().contains(QStringLiteral("Custodian")), qPrintable(window.windowTitle()));

            // Ctrl+1 … Ctrl+0 go to the sections in the navigation's order.
            QApplication::setActiveWindow(&window);
            QVERIFY(QTest::qWaitForWindowActive(&window));
            auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
            QVERIFY(navigation && navigation->count() >= 10);
            QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
            QCOMPARE(navigation->currentRow(), 2);
            QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
            QCOMPARE(navigation->currentRow(), 9);
            QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
            QCOMPARE(navigation->currentRow(), 0);
            window.goToSection(QStringLiteral("organisation"));

            OrganisationPage *page = window.organisationPage();
            QCOMPARE(page->fieldEdit(QStringLiteral("name"))->text(), QStringLiteral("Voorbeeld Software B.V."));
            type(page->fieldEdit(QStringLiteral("streetAddress")), QStringLiteral("Stationsstraat 12"));
            type(page->fieldEdit(QStringLiteral("postalCode")), QStringLiteral("3511 AB"));
            type(page->fieldEdit(QStringLiteral("city")), QStringLiteral("Utrecht"));
            type(page->fieldEdit(QStringLiteral("country")), QStringLiteral("NL"));
            type(page->fieldEdit(QStringLiteral("registrationNumber")), QStringLiteral("12345678"));
            type(page->fieldEdit(QStringLiteral("dpoName")), QStringLiteral("Anna de Vries"));

            // A bad e-mail address is named next to the field and blocks saving.
            type(page->fieldEdit(QStringLiteral("dpoEmail")), QStringLiteral("anna.devries"));
            auto *dpoMessage = page->findChild<QLabel *>(QStringLiteral("dpoEmailMessage"));
            QVERIFY(dpoMessage);
            QVERIFY(!dpoMessage->isHidden());
            QVERIFY(dpoMessage->text().contains(QStringLiteral("e-mail")));
            // In words and in the error colour, at the field, which is tinted; the bar says why Save waits.
            QVERIFY2(dpoMessage->text().startsWith(QStringLiteral("Error: ")), qPrintable(dpoMessage->text()));
            QCOMPARE(dpoMessage->palette().color(QPalette::WindowText),
                     Severity::textColour(Severity::Level::Error, dpoMessage->palette()));
            QLineEdit *dpoEmail = page->fieldEdit(QStringLiteral("dpoEmail"));
            QCOMPARE(dpoEmail->palette().color(QPalette::Base),
                     Severity::tintedBase(Severity::Level::Error, QApplication::palette(dpoEmail)));
            QVERIFY(page->findChild<QLabel *>(QStringLiteral("summaryLabel"))
                        ->text()
                        .contains(QStringLiteral("must be corrected")));
            auto *saveButton = page->findChild<QPushButton *>(QStringLiteral("saveButton"));
            QVERIFY(saveButton);
            QVERIFY(!saveButton->isEnabled());
            QVERIFY(window.isWindowModified());
            // focusField brings the field into view from the top of the page, and so does a refused save.
            auto *scroll = page->findChild<QScrollArea *>(QStringLiteral("organisationScrollArea"));
            QVERIFY(scroll);
            const auto inView = [scroll](QWidget *field) {
                const QRect shown(field->mapTo(scroll->viewport(), QPoint(0, 0)), field->size());
                return scroll->viewport()->rect().contains(shown);
            };
            scroll->verticalScrollBar()->setValue(0);
            page->fieldEdit(QStringLiteral("name"))->setFocus();
            QVERIFY(page->focusField(QStringLiteral("dpoEmail")));
            QVERIFY(dpoEmail->hasFocus());
            QVERIFY(inView(dpoEmail));
            QVERIFY(!page->focusField(QStringLiteral("noSuchField")));
            scroll->verticalScrollBar()->setValue(0);
            page->fieldEdit(QStringLiteral("name"))->setFocus();
            QVERIFY(!page->save());
            QVERIFY(dpoEmail->hasFocus());
            QVERIFY(inView(dpoEmail));
            QVERIFY(page->isModified());

            type(page->fieldEdit(QStringLiteral("dpoEmail")), QStringLiteral("fg@voorbeeld.nl"));
            QVERIFY(dpoMessage->isHidden());
            QVERIFY(saveButton->isEnabled());

            // Joint controllers are recorded per activity now (Art. 26): the page has no list of its own.
            QVERIFY(!page->findChild<QTableWidget *>(QStringLiteral("jointControllerTable")));

            QTest::mouseClick(saveButton, Qt::LeftButton);
            QVERIFY(!page->isModified());
            QVERIFY(!window.isWindowModified());

            // The organisation's history, as an auditor reads it: labels, not keys (UI review H3).
            auto *historyButton = page->findChild<QPushButton *>(QStringLiteral("historyButton"));
            QVERIFY(historyButton && historyButton->isEnabled());
            const QString history = historyAfterClicking(historyButton);
            QVERIFY2(history.contains(QStringLiteral("City: — → Utrecht")), qPrintable(history));
            QVERIFY2(!history.contains(QStringLiteral("dpoEmail")), qPrintable(history));
            QVERIFY(window.closeRegister());
            QVERIFY(!window.isRegisterOpen());
        }

        // A new window, as after restarting the program.
        MainWindow window(&keyStore, &language);
        window.show();
        const Status wrong = window.openRegister(path, QStringLiteral("not the passphrase"), false);
        QCOMPARE(wrong.code(), Status::Code::WrongPassphrase);
        QVERIFY(!window.isRegisterOpen());
        const Status opened = window.openRegister(path, m_passphrase, false);
        QVERIFY2(opened, qPrintable(opened.message()));
        OrganisationPage *page = window.organisationPage();
        QCOMPARE(page->fieldEdit(QStringLiteral("name"))->text(), QStringLiteral("Voorbeeld Software B.V."));
        QCOMPARE(page->fieldEdit(QStringLiteral("streetAddress"))->text(), QStringLiteral("Stationsstraat 12"));
        QCOMPARE(page->fieldEdit(QStringLiteral("postalCode"))->text(), QStringLiteral("3511 AB"));
        QCOMPARE(page->fieldEdit(QStringLiteral("city"))->text(), QStringLiteral("Utrecht"));
        QCOMPARE(page->fieldEdit(QStringLiteral("registrationNumber"))->text(), QStringLiteral("12345678"));
        QCOMPARE(page->fieldEdit(QStringLiteral("dpoName"))->text(), QStringLiteral("Anna de Vries"));
        QCOMPARE(page->fieldEdit(QStringLiteral("dpoEmail"))->text(), QStringLiteral("fg@voorbeeld.nl"));
        QCOMPARE(RecentFiles::entries().constFirst().path, QFileInfo(path).canonicalFilePath());
        QVERIFY(window.closeRegister());
    }

    // Ctrl+S saves the page on screen, the navigation marks pages with unsaved edits, and Ctrl+N
    // starts a new item in the section on screen.
    void f1OpensTheGuideAtTheSectionOnScreen()
    {
        LanguageManager language;
        TestSupport::TestWindow window(&language, QStringLiteral("en"));
        QVERIFY(window.showAt());
        QVERIFY(window.createRegister(m_dir.filePath(QStringLiteral("guide.custodian")), QStringLiteral("Guide B.V."),
                                      m_passphrase, false));
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));

        window.goToSection(QStringLiteral("agreement"));
        QTest::keyClick(&window, Qt::Key_F1);
        HelpDialog *help = window.helpDialog();
        QVERIFY(help);
        QTRY_VERIFY(help->isVisible());
        QTextBrowser *browser = help->browser();
        QCOMPARE(browser->source().fragment(), QStringLiteral("agreements"));
        QVERIFY(browser->toPlainText().contains(QStringLiteral("Custodian user guide")));
        // The guide is scrolled to the part about agreements, not left at its start.
        QTRY_VERIFY(browser->verticalScrollBar()->value() > 0);
        const int agreementsAt = browser->verticalScrollBar()->value();
        if (const QString dir = qEnvironmentVariable("CUSTODIAN_SCREENSHOT_DIR"); !dir.isEmpty())
            help->grab().save(dir + QStringLiteral("/help-en.png"));

        // From another section, F1 moves the same window there.
        window.activateWindow();
        window.goToSection(QStringLiteral("retention_rule"));
        window.showGuide();
        QCOMPARE(window.helpDialog(), help);
        QCOMPARE(browser->source().fragment(), QStringLiteral("retention"));
        QTRY_VERIFY(browser->verticalScrollBar()->value() != agreementsAt);

        // In Dutch the Dutch guide opens.
        language.setLanguage(QStringLiteral("nl"));
        QTRY_VERIFY(browser->toPlainText().contains(QStringLiteral("Handleiding")));
        QVERIFY(browser->source().toString().contains(QStringLiteral("guide-nl")));
        if (const QString dir = qEnvironmentVariable("CUSTODIAN_SCREENSHOT_DIR"); !dir.isEmpty())
            help->grab().save(dir + QStringLiteral("/help-nl.png"));
        language.setLanguage(QStringLiteral("en"));
        help->close();
        QVERIFY(window.closeRegister());
    }

    void saveAndNewFollowThePageOnScreen()
    {
        LanguageManager language;
        TestSupport::TestWindow window(&language, QStringLiteral("en"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.createRegister(m_dir.filePath(QStringLiteral("keys.custodian")), QStringLiteral("Keys B.V."),
                                      m_passphrase, false));
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        auto *save = window.findChild<QAction *>(QStringLiteral("saveAction"));
        QVERIFY(navigation && save);

        window.goToSection(QStringLiteral("organisation"));
        OrganisationPage *organisation = window.organisationPage();
        type(organisation->fieldEdit(QStringLiteral("city")), QStringLiteral("Utrecht"));
        QVERIFY(organisation->isModified());
        const int organisationRow = navigation->currentRow();
        QVERIFY(navigation->item(organisationRow)->font().bold());
        QVERIFY(save->isEnabled());

        // In another section, Ctrl+S has nothing to save there and leaves the organisation alone.
        window.goToSection(QStringLiteral("party"));
        QVERIFY(!save->isEnabled());
        QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier);
        QVERIFY(organisation->isModified());
        QVERIFY(navigation->item(organisationRow)->font().bold());
        QVERIFY(!navigation->currentItem()->font().bold());

        // Ctrl+N: a new party in the editor.
        auto *parties = window.findChild<SectionPage *>(QStringLiteral("partiesPage"));
        QVERIFY(parties);
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        QVERIFY(parties->editor()->isVisible());
        QVERIFY(parties->editor()->currentUuid().isEmpty());

        // Back on the organisation page, Ctrl+S saves it and the mark goes.
        window.goToSection(QStringLiteral("organisation"));
        QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier);
        QVERIFY(!organisation->isModified());
        QVERIFY(!navigation->item(organisationRow)->font().bold());
        QVERIFY(window.closeRegister());
    }

    void wrongPassphraseKeepsTheDialogOpen()
    {
        const QString path = m_dir.filePath(QStringLiteral("flow.custodian"));
        int attempts = 0;
        UnlockDialog dialog(path, [&](const QString &passphrase, bool) {
            ++attempts;
            return passphrase == m_passphrase
                       ? Status::ok()
                       : Status::error(Status::Code::WrongPassphrase, QStringLiteral("The passphrase is not correct."));
        });
        dialog.show();
        auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("passphraseEdit"));
        QTest::keyClicks(edit, QStringLiteral("wrong one!"));
        dialog.tryUnlock();
        QCOMPARE(attempts, 1);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.message(), QStringLiteral("The passphrase is not correct."));
        edit->clear();
        QTest::keyClicks(edit, m_passphrase);
        dialog.tryUnlock();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void rememberedPassphraseUnlocksWithoutAsking()
    {
        Storage::MemoryKeyStore keyStore;
        LanguageManager language;
        const QString path = m_dir.filePath(QStringLiteral("remembered.custodian"));
        {
            MainWindow window(&keyStore, &language);
            QVERIFY(window.createRegister(path, QStringLiteral("Remembered B.V."), m_passphrase, true));
            QTRY_COMPARE(keyStore.count(), 1);
            QVERIFY(window.closeRegister());
        }
        MainWindow window(&keyStore, &language);
        window.openRegisterInteractive(path);
        QTRY_VERIFY(window.isRegisterOpen());
        QCOMPARE(window.organisationPage()->fieldEdit(QStringLiteral("name"))->text(),
                 QStringLiteral("Remembered B.V."));
    }

    void createDialogExplainsWhatIsMissing()
    {
        CreateRegisterDialog dialog;
        dialog.setFilePath(m_dir.filePath(QStringLiteral("new.custodian")));
        QVERIFY(!dialog.problem().isEmpty()); // no name, no passphrase
        dialog.setOrganisationName(QStringLiteral("Nieuw B.V."));
        auto *first = dialog.findChild<QLineEdit *>(QStringLiteral("passphraseEdit"));
        auto *repeat = dialog.findChild<QLineEdit *>(QStringLiteral("repeatPassphraseEdit"));
        QTest::keyClicks(first, QStringLiteral("short"));
        QVERIFY(dialog.problem().contains(QStringLiteral("10")));
        first->clear();
        QTest::keyClicks(first, m_passphrase);
        QTest::keyClicks(repeat, QStringLiteral("something else entirely"));
        QVERIFY(dialog.problem().contains(QStringLiteral("not the same")));
        repeat->clear();
        QTest::keyClicks(repeat, m_passphrase);
        QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
        dialog.setFilePath(m_dir.filePath(QStringLiteral("flow.custodian"))); // exists
        QVERIFY(dialog.problem().contains(QStringLiteral("already exists")));
    }

    void registerSettingsAreSavedAndGuarded()
    {
        Storage::MemoryKeyStore keyStore;
        LanguageManager language;
        language.setLanguage(QStringLiteral("en"));
        const QString path = m_dir.filePath(QStringLiteral("flow.custodian"));
        {
            MainWindow window(&keyStore, &language);
            QVERIFY(window.openRegister(path, m_passphrase, false));
            RegisterSettingsPage *page = window.settingsPage();
            auto *margin = page->findChild<QSpinBox *>(QStringLiteral("marginSpin"));
            QCOMPARE(margin->value(), 5);
            margin->setValue(3);
            // A day without a name is not added: the add-a-day form says why, at its name field.
            page->addExtraHoliday(QDate(2026, 5, 15), QStringLiteral("  "));
            auto *nameMessage = page->findChild<QLabel *>(QStringLiteral("newHolidayNameMessage"));
            QVERIFY(nameMessage && !nameMessage->isHidden());
            QCOMPARE(nameMessage->text(), QStringLiteral("Error: Give the day a name, as in the decree."));
            QCOMPARE(nameMessage->palette().color(QPalette::WindowText),
                     Severity::textColour(Severity::Level::Error, nameMessage->palette()));
            QCOMPARE(page->findChild<QTableWidget *>(QStringLiteral("extraHolidayTable"))->rowCount(), 0);
            page->addExtraHoliday(QDate(2026, 5, 15), QStringLiteral("Vrijdag na Hemelvaart"));
            QVERIFY(nameMessage->isHidden());
            QVERIFY(window.hasUnsavedChanges());
            QVERIFY(window.isWindowModified());
            page->findChild<QSpinBox *>(QStringLiteral("previewYearSpin"))->setValue(2026);
            auto *preview = page->findChild<QListWidget *>(QStringLiteral("holidayPreview"));
            bool listed = false;
            for (int i = 0; i < preview->count(); ++i)
                listed = listed || preview->item(i)->text().contains(QStringLiteral("Vrijdag na Hemelvaart"));
            QVERIFY(listed); // the preview shows the decree day among the year's holidays
            QVERIFY(page->save());
            QVERIFY(!window.hasUnsavedChanges());

            // The settings' history names the margin and the day off in the locale's format.
            const QString history =
                historyAfterClicking(page->findChild<QPushButton *>(QStringLiteral("historyButton")));
            QVERIFY2(history.contains(QStringLiteral("Internal margin (working days): 5 → 3")), qPrintable(history));
            QVERIFY2(history.contains(QLocale().toString(QDate(2026, 5, 15), QLocale::ShortFormat)),
                     qPrintable(history));
            QVERIFY(window.closeRegister());
        }
        MainWindow window(&keyStore, &language);
        QVERIFY(window.openRegister(path, m_passphrase, false));
        const Register::RegisterSettings settings = window.settingsPage()->currentSettings();
        QCOMPARE(settings.internalMarginWorkingDays, 3);
        QCOMPARE(settings.extraHolidays.size(), 1);
        QCOMPARE(settings.extraHolidays.constFirst().date, QDate(2026, 5, 15));
        QVERIFY(window.closeRegister());
    }

    void switchesLanguageAtRunTime()
    {
        LanguageManager language;
        TestSupport::TestWindow window(&language, QStringLiteral("en"));
        const QString path = m_dir.filePath(QStringLiteral("flow.custodian"));
        QVERIFY(window.openRegister(path, m_passphrase, false));
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QCOMPARE(navigation->item(1)->text(), QStringLiteral("Organisation"));
        language.setLanguage(QStringLiteral("nl"));
        QCOMPARE(language.activeLanguage(), QStringLiteral("nl"));
        // QApplication posts LanguageChange to every window: it arrives through the event loop.
        QTRY_COMPARE(navigation->item(1)->text(), QStringLiteral("Organisatie"));
        QVERIFY(window.menuBar()->actions().constFirst()->text().contains(QStringLiteral("Bestand")));
        QCOMPARE(window.organisationPage()->findChild<QPushButton *>(QStringLiteral("saveButton"))->text(),
                 QStringLiteral("Opslaan"));
        language.setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(navigation->item(1)->text(), QStringLiteral("Organisation"));
        QVERIFY(window.closeRegister());
    }
};

QTEST_MAIN(TestRegisterFlow)
#include "tst_registerflow.moc"
