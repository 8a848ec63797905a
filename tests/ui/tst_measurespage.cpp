// The Measures section: create a measure through the editor, find it in the list, see the
// activities and agreements that apply it and jump there, retire it, reopen the register and find
// it with its links intact; inline validation and the unsaved-change guard.
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include "app/LanguageManager.h"
#include "framework/EntityTableModel.h"
#include "framework/ListFilterProxy.h"
#include "framework/RegisterContext.h"
#include "framework/Roles.h"
#include "register/Services.h"
#include "sections/catalogues/MeasureEditor.h"
#include "sections/catalogues/MeasuresPage.h"
#include "sections/catalogues/PartyUsedByList.h"
#include "storage/Database.h"
#include "support/FormInput.h"
#include "support/TestWindow.h"

using namespace Custodian;
using namespace Custodian::Ui;
using namespace TestSupport;

class TestMeasuresPage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    LanguageManager m_language; // English with its plural forms ("3 items", "7 years")
    const QString m_passphrase = QStringLiteral("a long test passphrase");

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_language.setLanguage(QStringLiteral("en"));
    }

    void createFindLinkReopen()
    {
        const QString path = m_dir.filePath(QStringLiteral("measures.custodian"));
        QString encryptionUuid;
        QString activityUuid;
        QString agreementUuid;
        {
            Storage::Database database;
            const Status created = database.create(path, m_passphrase);
            QVERIFY2(created, qPrintable(created.message()));
            RegisterContext context(database);
            MeasuresPage page(&context);
            QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            QVERIFY(TestSupport::showAt(page));
            QCOMPARE(page.entityCode(), QStringLiteral("security_measure"));
            QCOMPARE(page.model()->rowCount(), 0);
            QVERIFY(child<QLabel>(&page, "emptyLabel")->isVisible());

            page.startNew();
            type(child<QLineEdit>(&page, "titleEdit"), QStringLiteral("Encryption of the application database"));
            auto *kind = child<QComboBox>(&page, "kindCombo");
            QCOMPARE(kind->currentData().toString(), QStringLiteral("technical"));
            auto *description = child<QPlainTextEdit>(&page, "descriptionEdit");
            description->setFocus();
            QTest::keyClicks(description, QStringLiteral("AES-256 at rest; keys in the provider's vault."));
            QVERIFY(page.hasUnsavedChanges());
            QTest::mouseClick(child<QPushButton>(&page, "saveButton"), Qt::LeftButton);
            QVERIFY(!page.hasUnsavedChanges());
            encryptionUuid = page.measureEditor()->currentUuid();
            QVERIFY(!encryptionUuid.isEmpty());
            QTRY_COMPARE(page.model()->rowCount(), 1);

            // An organisational one, choosing the kind with the keyboard.
            page.startNew();
            type(child<QLineEdit>(&page, "titleEdit"), QStringLiteral("Confidentiality agreements for staff"));
            kind->setFocus();
            QTest::keyClick(kind, Qt::Key_Down);
            QCOMPARE(kind->currentData().toString(), QStringLiteral("organisational"));
            QVERIFY(page.saveChanges());
            QTRY_COMPARE(page.model()->rowCount(), 2);

            const int row = rowOf(page.proxy(), encryptionUuid);
            QVERIFY(row >= 0);
            QCOMPARE(cell(page.proxy(), row, MeasuresPage::TitleColumn),
                     QStringLiteral("Encryption of the application database"));
            QCOMPARE(cell(page.proxy(), row, MeasuresPage::KindColumn), QStringLiteral("Technical"));
            QVERIFY(cell(page.proxy(), row, MeasuresPage::DescriptionColumn).startsWith(QStringLiteral("AES-256")));
            QCOMPARE(cell(page.proxy(), row, MeasuresPage::UsedByColumn), QStringLiteral("0"));

            auto *search = child<QLineEdit>(&page, "searchEdit");
            auto *count = child<QLabel>(&page, "countLabel");
            QTest::keyClicks(search, QStringLiteral("organisational"));
            QCOMPARE(page.proxy()->rowCount(), 1);
            QCOMPARE(cell(page.proxy(), 0, MeasuresPage::TitleColumn),
                     QStringLiteral("Confidentiality agreements for staff"));
            QVERIFY2(count->text().contains(QStringLiteral("1 of 2")), qPrintable(count->text()));
            search->clear();
            QTest::keyClicks(search, QStringLiteral("aes"));
            QCOMPARE(page.proxy()->rowCount(), 1);
            search->clear();
            QCOMPARE(page.proxy()->rowCount(), 2);

            // Linked from an activity and an agreement.
            Domain::Party hosting;
            hosting.name = QStringLiteral("Hosting Partner");
            hosting.roles = {QStringLiteral("processor")};
            QVERIFY(context.parties().save(&hosting));
            Domain::ProcessingActivity activity;
            activity.name = QStringLiteral("Use of the application");
            activity.measureUuids = {encryptionUuid};
            Domain::Findings findings;
            const Status activitySaved = context.activities().save(&activity, &findings);
            QVERIFY2(activitySaved, qPrintable(activitySaved.message()));
            activityUuid = activity.uuid;
            Domain::Agreement agreement;
            agreement.title = QStringLiteral("DPA hosting");
            agreement.processorUuid = hosting.uuid;
            agreement.clauses = Domain::Agreement::emptyClauses();
            agreement.measureUuids = {encryptionUuid};
            const Status agreementSaved = context.agreements().save(&agreement, &findings);
            QVERIFY2(agreementSaved, qPrintable(agreementSaved.message()));
            agreementUuid = agreement.uuid;
            QTRY_COMPARE(cell(page.model(), rowOf(page.model(), encryptionUuid), MeasuresPage::UsedByColumn),
                         QStringLiteral("2"));
            page.showItem(encryptionUuid);
            auto *usedBy = child<PartyUsedByList>(&page, "usedByList");
            QCOMPARE(usedBy->references().size(), 2);
            QSignalSpy jumps(&context, &RegisterContext::showRequested);
            usedBy->setFocus();
            usedBy->setCurrentRow(1);
            QTest::keyClick(usedBy, Qt::Key_Return);
            QCOMPARE(jumps.count(), 1);
            QCOMPARE(jumps.at(0).at(0).toString(), QStringLiteral("activity"));
            QCOMPARE(jumps.at(0).at(1).toString(), activityUuid);

            // Retired measures are hidden unless asked for.
            const QString staffUuid =
                page.model()->index(rowOf(page.model(), encryptionUuid) == 0 ? 1 : 0, 0).data(UuidRole).toString();
            QVERIFY(page.setRetired(staffUuid, true));
            QTRY_COMPARE(page.proxy()->rowCount(), 1);
            child<QCheckBox>(&page, "showRetiredCheck")->setChecked(true);
            QCOMPARE(page.proxy()->rowCount(), 2);
            QVERIFY(cell(page.model(), rowOf(page.model(), staffUuid), MeasuresPage::TitleColumn)
                        .endsWith(QStringLiteral("(retired)")));
            QVERIFY(!page.removeItem(encryptionUuid)); // in use
        }

        Storage::Database database;
        const Status opened = database.open(path, m_passphrase);
        QVERIFY2(opened, qPrintable(opened.message()));
        RegisterContext context(database);
        MeasuresPage page(&context);
        page.resize(1280, 800);
        page.show();
        QCOMPARE(page.model()->rowCount(), 2);
        QCOMPARE(page.proxy()->rowCount(), 1); // the retired one is hidden again
        page.showItem(encryptionUuid);
        QCOMPARE(child<QLineEdit>(&page, "titleEdit")->text(),
                 QStringLiteral("Encryption of the application database"));
        QCOMPARE(child<QComboBox>(&page, "kindCombo")->currentData().toString(), QStringLiteral("technical"));
        QCOMPARE(child<QPlainTextEdit>(&page, "descriptionEdit")->toPlainText(),
                 QStringLiteral("AES-256 at rest; keys in the provider's vault."));
        auto *usedBy = child<PartyUsedByList>(&page, "usedByList");
        QCOMPARE(usedBy->references().size(), 2);
        QCOMPARE(usedBy->references().at(0).uuid, agreementUuid);
        QCOMPARE(usedBy->references().at(1).uuid, activityUuid);
    }

    void validationAndGuard()
    {
        const QString path = m_dir.filePath(QStringLiteral("validation.custodian"));
        Storage::Database database;
        QVERIFY(database.create(path, m_passphrase));
        RegisterContext context(database);
        MeasuresPage page(&context);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.startNew();

        // A description without a title cannot be saved; the title says why.
        auto *description = child<QPlainTextEdit>(&page, "descriptionEdit");
        description->setFocus();
        QTest::keyClicks(description, QStringLiteral("Daily backups"));
        auto *titleMessage = child<QLabel>(&page, "titleMessage");
        QVERIFY(!titleMessage->isHidden());
        QVERIFY(titleMessage->text().startsWith(QStringLiteral("Error: ")));
        QVERIFY(!child<QPushButton>(&page, "saveButton")->isEnabled());
        QVERIFY(!page.saveChanges());
        QVERIFY(child<QLineEdit>(&page, "titleEdit")->hasFocus());
        QCOMPARE(page.model()->rowCount(), 0);

        type(child<QLineEdit>(&page, "titleEdit"), QStringLiteral("Backups"));
        QVERIFY(titleMessage->isHidden());
        QVERIFY(page.saveChanges());
        QTRY_COMPARE(page.model()->rowCount(), 1);

        // The guard: an edit is unsaved until saved or reverted.
        QVERIFY(!page.hasUnsavedChanges());
        type(child<QLineEdit>(&page, "titleEdit"), QStringLiteral("Backups, encrypted"));
        QVERIFY(page.hasUnsavedChanges());
        page.editor()->revert();
        QVERIFY(!page.hasUnsavedChanges());
        QCOMPARE(child<QLineEdit>(&page, "titleEdit")->text(), QStringLiteral("Backups"));
    }
};

QTEST_MAIN(TestMeasuresPage)
#include "tst_measurespage.moc"
