// The passphrase dialogs (UI review M11, M12, L9, H4): the strength meter and its colours as one
// types, show/hide, the Caps Lock warning, a very weak choice confirmed explicitly, the current
// passphrase asked before a change, "remember" only where a keychain exists, and a new register's
// folder made for it or the reason it cannot be.
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include "app/ChangePassphraseDialog.h"
#include "app/CreateRegisterDialog.h"
#include "app/LanguageManager.h"
#include "app/MainWindow.h"
#include "app/PassphraseFields.h"
#include "app/UnlockDialog.h"
#include "storage/Database.h"
#include "storage/MemoryKeyStore.h"
#include "support/LayoutAudit.h"
#include "support/TestWindow.h"
#include "widgets/PassphraseEdit.h"

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Custodian;
using namespace Custodian::Ui;
using Level = Security::PassphraseStrength::Level;

namespace {

template<typename T> T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

// A key as the keyboard sends it: the text already has the case Caps Lock and Shift gave it.
void typeKey(QWidget *edit, Qt::Key key, const QString &text, Qt::KeyboardModifiers modifiers)
{
    QKeyEvent press(QEvent::KeyPress, key, modifiers, text);
    QApplication::sendEvent(edit, &press);
    QKeyEvent release(QEvent::KeyRelease, key, modifiers, text);
    QApplication::sendEvent(edit, &release);
}

void setBoth(PassphraseFields *fields, const QString &passphrase)
{
    fields->firstEdit()->setText(passphrase);
    fields->repeatEdit()->setText(passphrase);
}

QPushButton *okButton(QWidget *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

void saveShot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("CUSTODIAN_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

// Runs check on the first modal dialog of type T that opens while action runs.
template<typename T> bool whileModal(const std::function<void()> &action, const std::function<void(T *)> &check)
{
    bool seen = false;
    QTimer watcher;
    watcher.setInterval(10);
    QObject::connect(&watcher, &QTimer::timeout, [&] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog || seen)
            return;
        seen = true;
        check(dialog);
    });
    watcher.start();
    action();
    watcher.stop();
    return seen;
}

} // namespace

class TestPassphraseDialogs : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    LanguageManager m_language;
    const QString m_passphrase = QStringLiteral("een lange oude wachtzin voor het register");
    const QString m_newPassphrase = QStringLiteral("paard batterij nietje correct wolk");

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_language.setLanguage(QStringLiteral("en"));
    }

    // The meter's segments and colour follow the estimate as one types, and the hint names the level
    // and why.
    void meterFollowsTyping()
    {
        PassphraseFields fields;
        fields.show();
        auto *meter = fields.findChild<StrengthMeter *>();
        auto *hint = child<QLabel>(&fields, "strengthHintLabel");
        QVERIFY(meter && hint);
        QCOMPARE(meter->segments(), 0);

        QTest::keyClicks(fields.firstEdit(), QStringLiteral("aaaaaaaaaa"));
        QCOMPARE(fields.assessment().level, Level::VeryWeak);
        QCOMPARE(meter->segments(), 1);
        QCOMPARE(meter->color(), PassphraseFields::levelColor(Level::VeryWeak));
        QVERIFY2(hint->text().contains(QLatin1String("Very weak")), qPrintable(hint->text()));
        QVERIFY2(hint->text().contains(QLatin1String("Repeated")), qPrintable(hint->text()));
        saveShot(&fields, QStringLiteral("fields-very-weak"));

        fields.firstEdit()->clear();
        QTest::keyClicks(fields.firstEdit(), QStringLiteral("Tr0ub4dor&3x"));
        QCOMPARE(fields.assessment().level, Level::Fair);
        QCOMPARE(meter->segments(), 3);
        QCOMPARE(meter->color(), PassphraseFields::levelColor(Level::Fair));
        QVERIFY2(hint->text().contains(QLatin1String("Fair")), qPrintable(hint->text()));

        fields.firstEdit()->clear();
        QTest::keyClicks(fields.firstEdit(), m_newPassphrase);
        QCOMPARE(fields.assessment().level, Level::Strong);
        QCOMPARE(meter->segments(), 4);
        QCOMPARE(meter->color(), PassphraseFields::levelColor(Level::Strong));
        QVERIFY2(hint->text().contains(QLatin1String("Strong")), qPrintable(hint->text()));

        // Three colours, apart from each other: red, amber, green.
        const QColor red = PassphraseFields::levelColor(Level::VeryWeak);
        const QColor amber = PassphraseFields::levelColor(Level::Fair);
        const QColor green = PassphraseFields::levelColor(Level::Strong);
        QVERIFY(red.red() > red.green() && green.green() > green.red() && amber.red() > amber.blue());
        QVERIFY(red != amber && amber != green);
        QCOMPARE(PassphraseFields::levelColor(Level::Weak), red);
        QCOMPARE(PassphraseFields::levelColor(Level::VeryStrong), green);

        // Too short: the length rule is said first.
        fields.firstEdit()->setText(QStringLiteral("kort"));
        QVERIFY2(hint->text().contains(QLatin1String("10")), qPrintable(hint->text()));
        QVERIFY(fields.problem().contains(QLatin1String("10")));
    }

    // One button shows both fields and hides them again, and says what it does.
    void showHideTogglesEchoMode()
    {
        PassphraseFields fields;
        fields.show();
        PassphraseEdit *first = fields.firstEdit();
        PassphraseEdit *repeat = fields.repeatEdit();
        QCOMPARE(first->echoMode(), QLineEdit::Password);
        QCOMPARE(repeat->echoMode(), QLineEdit::Password);
        QAction *reveal = first->revealAction();
        QVERIFY(reveal && first->actions().contains(reveal));
        QCOMPARE(reveal->toolTip(), QStringLiteral("Show passphrase"));
        QVERIFY(!reveal->icon().isNull());

        reveal->trigger();
        QCOMPARE(first->echoMode(), QLineEdit::Normal);
        QCOMPARE(repeat->echoMode(), QLineEdit::Normal);
        QCOMPARE(reveal->toolTip(), QStringLiteral("Hide passphrase"));
        QVERIFY(repeat->revealAction()->isChecked());

        repeat->revealAction()->trigger();
        QCOMPARE(first->echoMode(), QLineEdit::Password);
        QCOMPARE(repeat->echoMode(), QLineEdit::Password);
        QCOMPARE(reveal->text(), QStringLiteral("Show passphrase"));

        // The unlock dialog has the same button.
        UnlockDialog unlock(m_dir.filePath(QStringLiteral("x.custodian")),
                            [](const QString &, bool) { return Status::ok(); });
        auto *edit = child<PassphraseEdit>(&unlock, "passphraseEdit");
        QVERIFY(edit);
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
        edit->revealAction()->trigger();
        QCOMPARE(edit->echoMode(), QLineEdit::Normal);
    }

    // Caps Lock shows as an upper-case letter typed without Shift (or a lower-case one with it),
    // and the warning goes when a letter agrees with Shift again.
    void capsLockWarningFollowsTheKeys()
    {
        PassphraseFields fields;
        fields.show();
        QVERIFY(QTest::qWaitForWindowExposed(&fields));
        auto *warning = child<QLabel>(&fields, "capsLockWarning");
        QVERIFY(warning);
        QVERIFY(!warning->isVisible());

        typeKey(fields.firstEdit(), Qt::Key_W, QStringLiteral("W"), Qt::ShiftModifier); // Shift+w: fine
        QVERIFY(!warning->isVisible());
        typeKey(fields.firstEdit(), Qt::Key_E, QStringLiteral("E"), Qt::NoModifier); // Caps Lock
        QVERIFY(warning->isVisible());
        QCOMPARE(warning->text(), QStringLiteral("Caps Lock is on."));
        typeKey(fields.firstEdit(), Qt::Key_1, QStringLiteral("1"), Qt::NoModifier); // digits say nothing
        QVERIFY(warning->isVisible());
        saveShot(&fields, QStringLiteral("fields-caps-lock"));
        typeKey(fields.repeatEdit(), Qt::Key_L, QStringLiteral("l"), Qt::ShiftModifier); // Caps Lock + Shift
        QVERIFY(warning->isVisible());
        typeKey(fields.repeatEdit(), Qt::Key_K, QStringLiteral("k"), Qt::NoModifier); // off again
        QVERIFY(!warning->isVisible());
        typeKey(fields.firstEdit(), Qt::Key_E, QStringLiteral("E"), Qt::NoModifier); // on again, first field
        QVERIFY(warning->isVisible());
        QCOMPARE(fields.firstEdit()->text(), QStringLiteral("WE1E"));

        UnlockDialog unlock(m_dir.filePath(QStringLiteral("x.custodian")),
                            [](const QString &, bool) { return Status::ok(); });
        unlock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&unlock));
        auto *unlockWarning = child<QLabel>(&unlock, "capsLockWarning");
        QVERIFY(unlockWarning && !unlockWarning->isVisible());
        typeKey(child<QLineEdit>(&unlock, "passphraseEdit"), Qt::Key_A, QStringLiteral("a"), Qt::ShiftModifier);
        QVERIFY(unlockWarning->isVisible());
        saveShot(&unlock, QStringLiteral("unlock-caps-lock"));
    }

    // Each problem is said once (UI review M5): a passphrase that is too short, or two that differ,
    // under the passphrase; what the fields do not say (type it again) in the dialog's message line.
    void problemsAreSaidOnce()
    {
        CreateRegisterDialog dialog;
        dialog.setFilePath(m_dir.filePath(QStringLiteral("once.custodian")));
        dialog.setOrganisationName(QStringLiteral("Eenmaal B.V."));
        auto *fields = dialog.findChild<PassphraseFields *>();
        auto *hint = child<QLabel>(&dialog, "strengthHintLabel");
        auto *error = child<QLabel>(&dialog, "errorLabel");
        QVERIFY(hint->text().contains(QLatin1String("at least 10")));
        QVERIFY2(error->text().isEmpty(), qPrintable(error->text()));
        QVERIFY(!okButton(&dialog)->isEnabled());

        QTest::keyClicks(fields->firstEdit(), m_newPassphrase);
        QVERIFY2(error->text().contains(QLatin1String("second time")), qPrintable(error->text()));
        QTest::keyClicks(fields->repeatEdit(), QStringLiteral("paard batterij"));
        QVERIFY(hint->text().contains(QLatin1String("not the same")));
        QVERIFY2(error->text().isEmpty(), qPrintable(error->text()));
        QTest::keyClicks(fields->repeatEdit(), QStringLiteral(" nietje correct wolk"));
        QVERIFY2(error->text().isEmpty(), qPrintable(error->text()));
        QVERIFY(okButton(&dialog)->isEnabled());
    }

    // A very weak passphrase is accepted only after "use it anyway", which appears only then.
    void veryWeakNeedsConfirmation()
    {
        CreateRegisterDialog dialog;
        dialog.setFilePath(m_dir.filePath(QStringLiteral("weak.custodian")));
        dialog.setOrganisationName(QStringLiteral("Zwak B.V."));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *fields = dialog.findChild<PassphraseFields *>();
        auto *confirm = child<QCheckBox>(&dialog, "weakConfirmCheckBox");
        QVERIFY(fields && confirm);
        QVERIFY(!confirm->isVisible());

        setBoth(fields, QStringLiteral("wachtwoord12"));
        QVERIFY(confirm->isVisible());
        QVERIFY(!confirm->isChecked());
        QVERIFY(!okButton(&dialog)->isEnabled());
        QVERIFY2(dialog.problem().contains(QLatin1String("very easy to guess")), qPrintable(dialog.problem()));
        saveShot(&dialog, QStringLiteral("create-very-weak"));
        confirm->setChecked(true);
        QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
        QVERIFY(okButton(&dialog)->isEnabled());

        // Another very weak one must be confirmed again; a strong one needs nothing.
        setBoth(fields, QStringLiteral("Welkom2024!"));
        QVERIFY(confirm->isVisible());
        QVERIFY(!confirm->isChecked());
        QVERIFY(!okButton(&dialog)->isEnabled());
        setBoth(fields, m_newPassphrase);
        QVERIFY(!confirm->isVisible());
        QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
        QVERIFY(okButton(&dialog)->isEnabled());
        saveShot(&dialog, QStringLiteral("create-strong"));

        // The organisation's name counts against the passphrase.
        dialog.setOrganisationName(QStringLiteral("Zonnebloemzorg"));
        setBoth(fields, QStringLiteral("Zonnebloemzorg2025"));
        QVERIFY(fields->assessment().level <= Level::Weak);
        QCOMPARE(fields->assessment().weakness, Security::PassphraseStrength::Weakness::ContextWord);
    }

    // Change passphrase from the window: a wrong current passphrase is refused in place and the
    // register keeps its key (and the keychain its entry); the right one re-keys the file.
    void changeAsksForTheCurrentPassphrase()
    {
        const QString path = m_dir.filePath(QStringLiteral("change.custodian"));
        Storage::MemoryKeyStore keyStore;
        MainWindow window(&keyStore, &m_language);
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.createRegister(path, QStringLiteral("Wissel B.V."), m_passphrase, true));
        QTRY_COMPARE(keyStore.count(), 1);

        QString wrongMessage;
        bool stayedOpen = false;
        const bool seen = whileModal<ChangePassphraseDialog>(
            [&] { window.changePassphrase(); },
            [&](ChangePassphraseDialog *dialog) {
                auto *current = child<QLineEdit>(dialog, "currentPassphraseEdit");
                child<QLineEdit>(dialog, "passphraseEdit")->setText(m_newPassphrase);
                child<QLineEdit>(dialog, "repeatPassphraseEdit")->setText(m_newPassphrase);
                current->setText(QStringLiteral("not the passphrase at all"));
                okButton(dialog)->click();
                wrongMessage = dialog->message();
                stayedOpen = dialog->isVisible() && dialog->result() != QDialog::Accepted;
                saveShot(dialog, QStringLiteral("change-wrong-current"));
                current->setText(m_passphrase);
                okButton(dialog)->click();
            });
        QVERIFY(seen);
        QVERIFY(stayedOpen);
        QVERIFY2(wrongMessage.contains(QLatin1String("current passphrase is not correct")), qPrintable(wrongMessage));
        QVERIFY(window.isRegisterOpen());
        QString registerId;
        {
            // The keychain learnt the new passphrase.
            QString remembered;
            bool read = false;
            const auto entries = keyStore.count();
            QCOMPARE(entries, 1);
            Storage::Database check;
            QVERIFY(window.closeRegister());
            QVERIFY(check.open(path, m_newPassphrase, Storage::Database::Mode::ReadOnly));
            registerId = check.registerId();
            check.close();
            keyStore.readPassphrase(registerId, [&](const Status &status, const QString &secret) {
                read = status.isOk();
                remembered = secret;
            });
            QTRY_VERIFY(read);
            QCOMPARE(remembered, m_newPassphrase);
        }
        Storage::Database old;
        QCOMPARE(old.open(path, m_passphrase, Storage::Database::Mode::ReadOnly).code(), Status::Code::WrongPassphrase);
    }

    // Only a wrong current passphrase: nothing changes at all.
    void wrongCurrentPassphraseChangesNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("keep.custodian"));
        Storage::Database database;
        QVERIFY(database.create(path, m_passphrase));
        QCOMPARE(database.checkPassphrase(QStringLiteral("wrong passphrase!")).code(), Status::Code::WrongPassphrase);
        QCOMPARE(database.checkPassphrase(QString()).code(), Status::Code::WrongPassphrase);
        QVERIFY(database.checkPassphrase(m_passphrase));

        int checks = 0;
        ChangePassphraseDialog dialog([&](const QString &current) {
            ++checks;
            return database.checkPassphrase(current);
        });
        dialog.show();
        child<QLineEdit>(&dialog, "currentPassphraseEdit")->setText(QStringLiteral("wrong passphrase!"));
        setBoth(dialog.findChild<PassphraseFields *>(), m_newPassphrase);
        QVERIFY(okButton(&dialog)->isEnabled());
        dialog.tryAccept();
        QCOMPARE(checks, 1);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY(dialog.message().contains(QLatin1String("not correct")));
        // The new passphrase must differ from the current one.
        child<QLineEdit>(&dialog, "currentPassphraseEdit")->setText(m_newPassphrase);
        QVERIFY(!okButton(&dialog)->isEnabled());
        QVERIFY(dialog.message().contains(QLatin1String("same as the current")));
        QVERIFY(database.checkPassphrase(m_passphrase));
        QVERIFY(database.isOpen());
        database.close();
        Storage::Database reopened;
        QVERIFY(reopened.open(path, m_passphrase, Storage::Database::Mode::ReadOnly));
    }

    // The labels say which passphrase is which.
    void changeDialogLabels()
    {
        ChangePassphraseDialog dialog([](const QString &) { return Status::ok(); });
        QStringList labels;
        for (QLabel *label : dialog.findChildren<QLabel *>())
            labels << label->text();
        QVERIFY2(labels.contains(QStringLiteral("Curren&t passphrase:")), qPrintable(labels.join(u'|')));
        QVERIFY2(labels.contains(QStringLiteral("&New passphrase:")), qPrintable(labels.join(u'|')));
        QVERIFY2(labels.contains(QStringLiteral("&Repeat new passphrase:")), qPrintable(labels.join(u'|')));
    }

    // An open dialog follows a change of the UI language: each field's label (its buddy's) takes
    // the new text, and back.
    void dialogFollowsTheLanguage()
    {
        CreateRegisterDialog dialog;
        const auto labelOf = [&dialog](const char *field) {
            auto *edit = child<QLineEdit>(&dialog, field);
            const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
            for (QLabel *label : labels) {
                if (label->buddy() == edit)
                    return label->text();
            }
            return QString();
        };
        QCOMPARE(labelOf("fileEdit"), QStringLiteral("&File:"));
        const auto backToEnglish = qScopeGuard([this] { m_language.setLanguage(QStringLiteral("en")); });
        m_language.setLanguage(QStringLiteral("nl"));
        QTRY_COMPARE(labelOf("fileEdit"), QStringLiteral("Be&stand:"));
        QCOMPARE(labelOf("organisationNameEdit"), QStringLiteral("&Organisatie:"));
        m_language.setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(labelOf("organisationNameEdit"), QStringLiteral("&Organisation:"));
    }

    // Without a keychain "remember" cannot be ticked, and a muted note says why; the window asks
    // its key store.
    void rememberNeedsAKeychain()
    {
        CreateRegisterDialog create;
        auto *remember = child<QCheckBox>(&create, "rememberCheckBox");
        auto *note = child<QLabel>(&create, "keychainNoteLabel");
        create.show();
        remember->setChecked(true);
        create.setKeychainAvailable(false);
        QVERIFY(!remember->isEnabled());
        QVERIFY(!remember->isChecked());
        QVERIFY(!create.rememberPassphrase());
        QVERIFY(note->isVisible());
        QVERIFY(note->text().contains(QLatin1String("no keychain")));
        saveShot(&create, QStringLiteral("create-no-keychain"));
        create.setKeychainAvailable(true);
        QVERIFY(remember->isEnabled());
        QVERIFY(!note->isVisible());

        UnlockDialog unlock(m_dir.filePath(QStringLiteral("x.custodian")),
                            [](const QString &, bool) { return Status::ok(); });
        unlock.show();
        unlock.setKeychainAvailable(false);
        unlock.setRemember(true);
        QVERIFY(!child<QCheckBox>(&unlock, "rememberCheckBox")->isEnabled());
        QVERIFY(!child<QCheckBox>(&unlock, "rememberCheckBox")->isChecked());
        QVERIFY(child<QLabel>(&unlock, "keychainNoteLabel")->isVisible());
        saveShot(&unlock, QStringLiteral("unlock-no-keychain"));

        for (const bool available : {false, true}) {
            Storage::MemoryKeyStore keyStore;
            keyStore.setAvailable(available);
            MainWindow window(&keyStore, &m_language);
            bool enabled = !available;
            QVERIFY(whileModal<CreateRegisterDialog>([&] { window.newRegister(); },
                                                     [&](CreateRegisterDialog *dialog) {
                                                         enabled =
                                                             child<QCheckBox>(dialog, "rememberCheckBox")->isEnabled();
                                                         dialog->reject();
                                                     }));
            QCOMPARE(enabled, available);
        }
    }

    // A register in a folder that does not exist yet: the folder is made (and the dialog says it will be).
    void createMakesTheFolder()
    {
        const QString folder = m_dir.filePath(QStringLiteral("Documents/Custodian"));
        const QString path = folder + QStringLiteral("/nieuw.custodian");
        QVERIFY(!QFileInfo::exists(folder));

        CreateRegisterDialog dialog;
        dialog.setFilePath(path);
        dialog.show();
        auto *note = child<QLabel>(&dialog, "folderNoteLabel");
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(QDir::toNativeSeparators(folder)), qPrintable(note->text()));
        dialog.setFilePath(m_dir.filePath(QStringLiteral("here.custodian")));
        QVERIFY(!note->isVisible());

        // The proposal lies in a Custodian folder under Documents.
        QVERIFY2(CreateRegisterDialog::proposedPath().endsWith(QStringLiteral("/Custodian/register.custodian")),
                 qPrintable(CreateRegisterDialog::proposedPath()));

        TestSupport::TestWindow window(&m_language);
        const Status status = window.createRegister(path, QStringLiteral("Map B.V."), m_passphrase, false);
        QVERIFY2(status, qPrintable(status.message()));
        QVERIFY(QFileInfo(folder).isDir());
        QVERIFY(QFileInfo::exists(path));
        QVERIFY(window.closeRegister());
    }

    // Where a folder cannot be: the message names the file that stands in the way, in the dialog too.
    void createUnderAFileNamesTheCause()
    {
        const QString blocker = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a folder");
        file.close();
        const QString path = blocker + QStringLiteral("/sub/register.custodian");

        Storage::Database database;
        const Status status = database.create(path, m_passphrase);
        QCOMPARE(status.code(), Status::Code::IoError);
        QVERIFY2(status.message().contains(QLatin1String("is a file, not a folder")), qPrintable(status.message()));
        QVERIFY2(status.message().contains(QDir::toNativeSeparators(blocker)), qPrintable(status.message()));
        QVERIFY(QFileInfo(blocker).isFile());

        // Through the window's dialog: the reason shows under the form, and the dialog stays.
        TestSupport::TestWindow window(&m_language);
        window.show();
        QString shown;
        bool folderNoteShown = true;
        int rounds = 0;
        QTimer watcher;
        watcher.setInterval(10);
        connect(&watcher, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<CreateRegisterDialog *>(QApplication::activeModalWidget());
            if (!dialog || !dialog->isVisible())
                return;
            if (rounds == 0) {
                ++rounds;
                dialog->setFilePath(path);
                dialog->setOrganisationName(QStringLiteral("Blok B.V."));
                setBoth(dialog->findChild<PassphraseFields *>(), m_newPassphrase);
                okButton(dialog)->click();
            } else if (rounds == 1 && dialog->result() != QDialog::Accepted) {
                ++rounds;
                shown = child<QLabel>(dialog, "errorLabel")->text();
                // No promise to make a folder where a file stands.
                folderNoteShown = child<QLabel>(dialog, "folderNoteLabel")->isVisible();
                saveShot(dialog, QStringLiteral("create-under-a-file"));
                dialog->reject();
            }
        });
        watcher.start();
        window.newRegister();
        watcher.stop();
        QCOMPARE(rounds, 2);
        QVERIFY2(shown.contains(QLatin1String("is a file, not a folder")), qPrintable(shown));
        QVERIFY(!folderNoteShown);
        QVERIFY(!window.isRegisterOpen());
    }

    void createWithoutPermissionNamesTheCause()
    {
#ifdef Q_OS_UNIX
        if (::geteuid() == 0)
            QSKIP("root may write in any folder");
        const QString folder = m_dir.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        Storage::Database database;
        const Status status = database.create(folder + QStringLiteral("/register.custodian"), m_passphrase);
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY2(status.message().contains(QLatin1String("permission")), qPrintable(status.message()));
#else
        QSKIP("POSIX permissions");
#endif
    }

    // With everything shown at once (Caps Lock, very weak, no keychain), the dialogs fit at 1024×700 and
    // cut nothing.
    void dialogsFit()
    {
        CreateRegisterDialog create;
        create.setFilePath(m_dir.filePath(QStringLiteral("missing/fit.custodian")));
        create.setOrganisationName(QStringLiteral("Stichting Voorbeeld voor Zorg en Welzijn B.V."));
        create.setKeychainAvailable(false);
        create.show();
        setBoth(create.findChild<PassphraseFields *>(), QStringLiteral("wachtwoord12"));
        typeKey(child<QLineEdit>(&create, "passphraseEdit"), Qt::Key_A, QStringLiteral("A"), Qt::NoModifier);

        ChangePassphraseDialog change([](const QString &) { return Status::ok(); });
        change.show();
        setBoth(change.findChild<PassphraseFields *>(), QStringLiteral("aaaaaaaaaa"));
        typeKey(child<QLineEdit>(&change, "currentPassphraseEdit"), Qt::Key_A, QStringLiteral("A"), Qt::NoModifier);

        UnlockDialog unlock(m_dir.filePath(QStringLiteral("fit.custodian")),
                            [](const QString &, bool) { return Status::ok(); });
        unlock.setKeychainAvailable(false);
        unlock.show();
        typeKey(child<QLineEdit>(&unlock, "passphraseEdit"), Qt::Key_A, QStringLiteral("A"), Qt::NoModifier);

        for (QDialog *dialog : std::initializer_list<QDialog *>{&create, &change, &unlock}) {
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            for (int i = 0; i < 3; ++i) {
                QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
                QTest::qWait(5);
            }
            dialog->adjustSize();
            QVERIFY2(
                dialog->width() <= 1024 && dialog->height() <= 700,
                qPrintable(
                    QStringLiteral("%1: %2×%3").arg(dialog->windowTitle()).arg(dialog->width()).arg(dialog->height())));
            const QStringList problems = LayoutAudit::problems(dialog);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        }
        saveShot(&create, QStringLiteral("create-everything"));
        saveShot(&change, QStringLiteral("change-everything"));
        saveShot(&unlock, QStringLiteral("unlock-everything"));
    }
};

QTEST_MAIN(TestPassphraseDialogs)
#include "tst_passphrasedialogs.moc"
