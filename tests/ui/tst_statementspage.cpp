// The Privacy statements section: the demo's statement listed with its published version; its
// editor with the versions kept as published, the translations of the register's texts it quotes,
// and "Publish new version…", which waits until the register says everything the statement needs
// and says what changed since the latest version.
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include "app/LanguageManager.h"
#include "framework/EntityTableModel.h"
#include "framework/RegisterContext.h"
#include "register/DemoRegister.h"
#include "register/Services.h"
#include "sections/statements/PublishStatementDialog.h"
#include "sections/statements/StatementEditor.h"
#include "sections/statements/StatementsPage.h"
#include "storage/Database.h"
#include "support/FormInput.h"
#include "support/TestWindow.h"
#include "widgets/CodeChecklist.h"

using namespace Custodian;
using namespace Custodian::Ui;
using namespace TestSupport;

class TestStatementsPage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    LanguageManager m_language;
    int m_files = 0;

    std::unique_ptr<Storage::Database> demo()
    {
        auto database = std::make_unique<Storage::Database>();
        if (!database->create(m_dir.filePath(QStringLiteral("statements-%1.custodian").arg(++m_files)),
                              QStringLiteral("a long test passphrase")) ||
            !Register::DemoRegister::write(*database))
            return nullptr;
        return database;
    }

    static Domain::PrivacyStatement onlyStatement(RegisterContext &context)
    {
        QList<Domain::PrivacyStatement> statements;
        if (!context.statements().list(&statements) || statements.size() != 1)
            return {};
        return statements.constFirst();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_language.setLanguage(QStringLiteral("en"));
    }

    void publishANewVersion()
    {
        const auto database = demo();
        QVERIFY(database);
        RegisterContext context(*database);
        StatementsPage page(&context);
        QVERIFY(TestSupport::showAt(page, QSize(1024, 700)));
        QCOMPARE(page.entityCode(), QStringLiteral("privacy_statement"));
        QCOMPARE(page.model()->rowCount(), 1);
        QVERIFY2(cell(page.model(), 0, StatementsPage::VersionColumn).startsWith(QStringLiteral("Version 1, from")),
                 qPrintable(cell(page.model(), 0, StatementsPage::VersionColumn)));
        QCOMPARE(cell(page.model(), 0, StatementsPage::AudiencesColumn),
                 QStringLiteral("Customers, Prospective customers and business contacts, Website visitors"));
        const Domain::PrivacyStatement statement = onlyStatement(context);
        page.showItem(statement.uuid);
        StatementEditor *editor = page.statementEditor();
        QCOMPARE(editor->versionTable()->rowCount(), 1);
        QVERIFY(editor->publishButton()->isEnabled());
        // Published in Dutch too: the demo's English texts, each with its translation.
        QVERIFY(editor->translationTable()->rowCount() > 10);
        for (int row = 0; row < editor->translationTable()->rowCount(); ++row)
            QVERIFY(!editor->translationTable()->item(row, StatementEditor::TranslationColumn)->text().isEmpty());

        // An edit not saved yet: publishing waits for the save.
        type(child<QLineEdit>(editor, "titleEdit"), QStringLiteral("Privacy statement of Voorbeeldsoft B.V."));
        QVERIFY(!editor->publishButton()->isEnabled());
        QVERIFY(editor->save());
        QVERIFY(editor->publishButton()->isEnabled());
        // The new title in Dutch, on the Translations page.
        QTableWidget *table = editor->translationTable();
        bool listed = false;
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, StatementEditor::SourceColumn)->text() ==
                QLatin1String("Privacy statement of Voorbeeldsoft B.V.")) {
                QVERIFY(table->item(row, StatementEditor::TranslationColumn)->text().isEmpty());
                table->item(row, StatementEditor::TranslationColumn)
                    ->setText(QStringLiteral("Privacyverklaring van Voorbeeldsoft B.V."));
                listed = true;
            }
        }
        QVERIFY(listed);
        QVERIFY(editor->save());

        PublishStatementDialog dialog(&context, onlyStatement(context), editor->versions());
        // The title differs from version 1; nothing keeps the statement from being published.
        auto *differences = child<QListWidget>(&dialog, "differenceList");
        QVERIFY(!differences->isHidden());
        QVERIFY2(differences->item(0)->text().contains(QStringLiteral("the title and introduction")),
                 qPrintable(differences->item(0)->text()));
        QCOMPARE(dialog.problemList()->count(), 0);
        QVERIFY(dialog.publishButton()->isEnabled());
        // Not before version 1 took effect.
        dialog.effectiveEdit()->setDate(editor->versions().constFirst().effectiveOn.addDays(-1));
        QCOMPARE(dialog.problemList()->count(), 1);
        QVERIFY(dialog.problemList()->item(0)->text().contains(QStringLiteral("cannot take effect before it")));
        QVERIFY(!dialog.publishButton()->isEnabled());
        dialog.effectiveEdit()->setDate(context.today());
        QVERIFY(dialog.publishButton()->isEnabled());
        typePlain(dialog.changesEdit(), QStringLiteral("The company's full name in the title."));
        // Published in Dutch too: what changed is said in Dutch as well, or the version waits.
        QVERIFY(!dialog.translatedChangesEdit()->isHidden());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(dialog.problemList()->count() >= 1);
        QVERIFY(!dialog.problemList()->findItems(QStringLiteral("Dutch"), Qt::MatchContains).isEmpty());
        QVERIFY(dialog.publishButton()->isEnabled()); // to try again once it is said
        typePlain(dialog.translatedChangesEdit(), QStringLiteral("De volledige naam van het bedrijf in de titel."));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.publishedVersion().number, 2);
        QCOMPARE(dialog.publishedVersion().changeLog, QStringLiteral("The company's full name in the title."));
        QTRY_VERIFY(cell(page.model(), 0, StatementsPage::VersionColumn).startsWith(QStringLiteral("Version 2")));
        page.showItem(statement.uuid);
        QCOMPARE(editor->versionTable()->rowCount(), 2);
        QCOMPARE(editor->versionTable()->item(0, 0)->text(), QStringLiteral("2"));

        // The published page of a version, saved whole.
        const QString path = m_dir.filePath(QStringLiteral("version-2.html"));
        QVERIFY(editor->saveVersion(editor->versions().constFirst(), QStringLiteral("en"), path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(file.readAll()).contains(QStringLiteral("Version 2 · effective from")));
        const QString dutch = m_dir.filePath(QStringLiteral("versie-2.html"));
        QVERIFY(editor->saveVersion(editor->versions().constFirst(), QStringLiteral("nl"), dutch));
        QFile dutchFile(dutch);
        QVERIFY(dutchFile.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(dutchFile.readAll()).contains(QStringLiteral("Versie 2 · geldig vanaf")));
        // A language the version was not published in: nothing is written.
        Domain::StatementVersion englishOnly = editor->versions().constFirst();
        englishOnly.htmlNl.clear();
        const QString none = m_dir.filePath(QStringLiteral("none.html"));
        QVERIFY(!editor->saveVersion(englishOnly, QStringLiteral("nl"), none));
        QVERIFY(!QFileInfo::exists(none));
    }

    void publishingWaitsForTheRegister()
    {
        const auto database = demo();
        QVERIFY(database);
        RegisterContext context(*database);
        QList<Domain::ProcessingActivity> activities;
        QVERIFY(context.activities().list(&activities));
        for (Domain::ProcessingActivity &activity : activities) {
            if (activity.name == QLatin1String("Website and e-mail")) {
                activity.consentWithdrawal.clear();
                QVERIFY(context.activities().save(&activity));
            }
        }
        const Domain::PrivacyStatement statement = onlyStatement(context);
        QList<Domain::StatementVersion> versions;
        QVERIFY(context.statementVersions().versionsOf(statement.uuid, &versions));
        PublishStatementDialog dialog(&context, statement, versions);
        QVERIFY(TestSupport::showAt(dialog, QSize(640, 520)));
        QCOMPARE(dialog.problemList()->count(), 1);
        QVERIFY(dialog.problemList()->item(0)->text().contains(QStringLiteral("how consent is withdrawn")));
        QVERIFY(!dialog.publishButton()->isEnabled());
    }

    void translateTheRegistersTexts()
    {
        const auto database = demo();
        QVERIFY(database);
        RegisterContext context(*database);
        StatementsPage page(&context);
        QVERIFY(TestSupport::showAt(page, QSize(1024, 700)));
        const Domain::PrivacyStatement statement = onlyStatement(context);
        page.showItem(statement.uuid);
        StatementEditor *editor = page.statementEditor();
        QTableWidget *table = editor->translationTable();
        int row = -1;
        for (int i = 0; i < table->rowCount(); ++i) {
            if (table->item(i, StatementEditor::SourceColumn)->text() == QLatin1String("Website and e-mail"))
                row = i;
        }
        QVERIFY(row >= 0);
        QCOMPARE(table->item(row, StatementEditor::LanguageColumn)->text(), QStringLiteral("Dutch"));
        QCOMPARE(table->item(row, StatementEditor::TranslationColumn)->text(), QStringLiteral("Website en e-mail"));
        // A translation cleared: the text is quoted as written, and publishing waits for it.
        table->item(row, StatementEditor::TranslationColumn)->setText(QString());
        QVERIFY(editor->save());
        const Domain::PrivacyStatement saved = onlyStatement(context);
        QVERIFY(saved.translation(QStringLiteral("nl"), QStringLiteral("Website and e-mail")).isEmpty());
        // That text has no translation now: publishing waits, and says so.
        PublishStatementDialog dialog(&context, saved, editor->versions());
        QCOMPARE(dialog.problemList()->count(), 1);
        QVERIFY(dialog.problemList()->item(0)->text().contains(QStringLiteral("no translation into Dutch")));
        // Typed again, and the statement can be published in both languages.
        page.showItem(statement.uuid);
        for (int i = 0; i < table->rowCount(); ++i) {
            if (table->item(i, StatementEditor::SourceColumn)->text() == QLatin1String("Website and e-mail"))
                table->item(i, StatementEditor::TranslationColumn)->setText(QStringLiteral("Website en e-mail"));
        }
        QVERIFY(editor->save());
        PublishStatementDialog again(&context, onlyStatement(context), editor->versions());
        QCOMPARE(again.problemList()->count(), 0);
        // Without Dutch the translations are not used: they stay, marked, until cleared.
        tick(child<CodeChecklist>(editor, "languagesList"), QStringLiteral("nl"));
        QCOMPARE(table->rowCount(), int(onlyStatement(context).translations.size()));
        QVERIFY(table->item(0, StatementEditor::SourceColumn)->toolTip().contains(QStringLiteral("no longer quotes")));
    }
};

QTEST_MAIN(TestStatementsPage)
#include "tst_statementspage.moc"
