// Letters in the GUI (issue: requests and breaches): "Write letter…" on a saved request makes the
// letter in the requester's language and opens it to edit; saving keeps it with the case, where it
// is listed and opened again; it exports as ODT and PDF (whole file or none) and goes with the case
// when deleted. The breach editor writes the communication to the people affected. The register's
// own templates are checked before they are saved, and can go back to the built-in text.
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QToolButton>
#include <QtTest>

#include "app/LanguageManager.h"
#include "framework/RegisterContext.h"
#include "register/OrganisationService.h"
#include "register/Services.h"
#include "sections/breaches/BreachesPage.h"
#include "sections/letters/LetterDialog.h"
#include "sections/letters/LetterPanel.h"
#include "sections/letters/LetterTemplatesDialog.h"
#include "sections/requests/RequestsPage.h"
#include "storage/Database.h"
#include "support/FormInput.h"
#include "support/TestWindow.h"

using namespace Custodian;
using namespace Custodian::Ui;
using namespace TestSupport;

class TestLettersPanel : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    LanguageManager m_language;
    const QString m_passphrase = QStringLiteral("a long test passphrase");
    QString m_requestUuid;
    QString m_breachUuid;

    void makeRegister(const QString &path)
    {
        Storage::Database database;
        QVERIFY(database.create(path, m_passphrase));
        Domain::Organisation organisation;
        Register::OrganisationService organisations(database);
        QVERIFY(organisations.load(&organisation));
        organisation.name = QStringLiteral("Stichting Voorbeeld");
        QVERIFY(organisations.save(organisation));
        Domain::RequestCase request;
        request.receivedOn = QDate::currentDate().addDays(-3);
        request.rights = {{QStringLiteral("access"), QStringLiteral("pending"), QString(), QString()}};
        request.requesterName = QStringLiteral("Femke de Vries");
        request.language = QStringLiteral("en");
        QVERIFY(Register::RequestService(database).save(&request));
        m_requestUuid = request.uuid;
        Domain::Breach breach;
        breach.summary = QStringLiteral("A laptop was stolen.");
        breach.awareAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
        QVERIFY(Register::BreachService(database).save(&breach));
        m_breachUuid = breach.uuid;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        // The UI in Dutch: the letter keeps the requester's language all the same.
        m_language.setLanguage(QStringLiteral("nl"));
    }

    void writeSaveOpenExportDelete()
    {
        const QString path = m_dir.filePath(QStringLiteral("letters.custodian"));
        makeRegister(path);
        Storage::Database database;
        QVERIFY(database.open(path, m_passphrase));
        RegisterContext context(database);
        RequestsPage page(&context);
        QVERIFY(showAt(page));
        page.showItem(m_requestUuid);
        auto *panel = child<LetterPanel>(&page, "letterPanel");
        QVERIFY(child<QToolButton>(panel, "writeLetterButton")->isEnabled());
        QVERIFY(panel->list()->isHidden());

        LetterDialog *dialog = panel->writeLetter(QStringLiteral("acknowledgement"));
        QVERIFY(dialog);
        const QString text = dialog->editor()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Femke de Vries")) && text.contains(QStringLiteral("R-")),
                 qPrintable(text));
        // English, as the requester asked, though the UI speaks Dutch.
        QVERIFY2(text.contains(QStringLiteral("Dear Femke de Vries")), qPrintable(text));
        // The register holds no address: the letter says what to fill in.
        QVERIFY(child<QLabel>(dialog, "gapsLabel")->isVisibleTo(dialog));
        QVERIFY(dialog->isModified());

        dialog->editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(dialog->editor(), QStringLiteral(" PS: see you soon."));
        QVERIFY(dialog->save());
        QVERIFY(!dialog->isModified());
        QCOMPARE(panel->list()->count(), 1);
        QVERIFY(!panel->list()->isHidden());

        // Exported whole: an ODT (a ZIP) and a PDF; a folder that does not exist writes nothing.
        const QString odt = m_dir.filePath(QStringLiteral("letter.odt"));
        const QString pdf = m_dir.filePath(QStringLiteral("letter.pdf"));
        QVERIFY(dialog->exportTo(odt));
        QVERIFY(dialog->exportTo(pdf));
        QFile odtFile(odt);
        QVERIFY(odtFile.open(QIODevice::ReadOnly));
        QCOMPARE(odtFile.read(2), QByteArray("PK"));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QCOMPARE(pdfFile.read(5), QByteArray("%PDF-"));
        const QString nowhere = m_dir.filePath(QStringLiteral("missing/letter.pdf"));
        QVERIFY(!dialog->exportTo(nowhere));
        QVERIFY(!QFile::exists(nowhere));
        dialog->close();

        // Opened again as it was saved.
        const QString letterUuid = panel->list()->item(0)->data(Qt::UserRole).toString();
        LetterDialog *again = panel->openLetter(letterUuid);
        QVERIFY(again);
        QVERIFY(again->editor()->toPlainText().contains(QStringLiteral("PS: see you soon.")));
        QVERIFY(!again->isModified());
        again->close();

        // Deleting the case takes its letters with it.
        QVERIFY(context.requests().remove(m_requestUuid));
        Register::Letter gone;
        QCOMPARE(context.letters().load(letterUuid, &gone).code(), Status::Code::NotFound);
    }

    void breachLetterToThePeopleAffected()
    {
        const QString path = m_dir.filePath(QStringLiteral("breach.custodian"));
        makeRegister(path);
        Storage::Database database;
        QVERIFY(database.open(path, m_passphrase));
        RegisterContext context(database);
        BreachesPage page(&context);
        QVERIFY(showAt(page));
        page.showItem(m_breachUuid);
        auto *panel = child<LetterPanel>(&page, "letterPanel");
        LetterDialog *dialog = panel->writeLetter(QStringLiteral("breach_subjects"), QString(), QStringLiteral("nl"));
        QVERIFY(dialog);
        QVERIFY(dialog->editor()->toPlainText().contains(QStringLiteral("A laptop was stolen.")));
        QVERIFY(dialog->save());
        QCOMPARE(panel->list()->count(), 1);
        dialog->close();

        // Locking the window closes a letter being written without a question, and keeps it.
        QPointer<LetterDialog> unsaved =
            panel->writeLetter(QStringLiteral("breach_subjects"), QString(), QStringLiteral("en"));
        QVERIFY(unsaved && unsaved->isModified());
        unsaved->closeForLock();
        QVERIFY(QTest::qWaitFor([&] { return unsaved.isNull(); }));
        QCOMPARE(panel->list()->count(), 2);
    }

    void ownTemplatesAreCheckedBeforeSaving()
    {
        const QString path = m_dir.filePath(QStringLiteral("templates.custodian"));
        makeRegister(path);
        Storage::Database database;
        QVERIFY(database.open(path, m_passphrase));
        RegisterContext context(database);
        LetterTemplatesDialog dialog(&context.letters());
        QVERIFY(showAt(dialog, QSize(1024, 700)));
        dialog.showTemplate(QStringLiteral("acknowledgement"), QStringLiteral("en"));
        QVERIFY(dialog.editor()->toPlainText().contains(QStringLiteral("{{case.number}}")));
        QVERIFY(!child<QPushButton>(&dialog, "builtInTemplateButton")->isEnabled());

        dialog.editor()->setPlainText(QStringLiteral("Dear {{requester.nam}},\n{{#if case.extended}}\n"));
        // The tags first, with their line; then the names.
        QVERIFY(!dialog.save());
        QCOMPARE(dialog.errorList()->count(), 1);
        QVERIFY(dialog.errorList()->item(0)->text().contains(QStringLiteral("2")));
        dialog.editor()->setPlainText(QStringLiteral("Dear {{requester.nam}},\n"));
        QVERIFY(!dialog.save());
        QCOMPARE(dialog.errorList()->count(), 1);
        QVERIFY(dialog.errorList()->item(0)->text().contains(QStringLiteral("requester.nam")));

        dialog.editor()->setPlainText(QStringLiteral("Dear {{requester.name}}, our own words ({{case.number}}).\n"));
        QVERIFY(dialog.save());
        QVERIFY(child<QPushButton>(&dialog, "builtInTemplateButton")->isEnabled());
        Register::ComposedLetter letter;
        QVERIFY(context.letters().compose(QStringLiteral("acknowledgement"), m_requestUuid, QString(),
                                          QStringLiteral("en"), &letter));
        QVERIFY(letter.markdown.contains(QStringLiteral("our own words")));

        QVERIFY(dialog.useBuiltIn());
        QVERIFY(dialog.editor()->toPlainText().contains(QStringLiteral("{{> letterhead}}")));
        QVERIFY(context.letters().compose(QStringLiteral("acknowledgement"), m_requestUuid, QString(),
                                          QStringLiteral("en"), &letter));
        QVERIFY(!letter.markdown.contains(QStringLiteral("our own words")));
    }
};

QTEST_MAIN(TestLettersPanel)
#include "tst_letterspanel.moc"
