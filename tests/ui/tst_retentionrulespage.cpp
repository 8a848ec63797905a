// The Retention rules section: create a rule through the editor (period, trigger, ground, legal
// hold), see its warnings and its "On hold" marker in the list, add the Dutch statutory catalogue
// and edit a seeded rule, see the activities that follow a rule and jump there, reopen the register
// and find it all again; inline validation and the unsaved-change guard.
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include "app/LanguageManager.h"
#include "framework/EntityTableModel.h"
#include "framework/ListFilterProxy.h"
#include "framework/RegisterContext.h"
#include "framework/Roles.h"
#include "register/Services.h"
#include "sections/catalogues/PartyUsedByList.h"
#include "sections/catalogues/RetentionRuleEditor.h"
#include "sections/catalogues/RetentionRulesPage.h"
#include "storage/Database.h"
#include "support/FormInput.h"
#include "support/TestWindow.h"

using namespace Custodian;
using namespace Custodian::Ui;
using namespace TestSupport;

class TestRetentionRulesPage : public QObject
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
        const QString path = m_dir.filePath(QStringLiteral("retention.custodian"));
        QString contractsUuid;
        QString activityUuid;
        QString fiscalUuid;
        {
            Storage::Database database;
            const Status created = database.create(path, m_passphrase);
            QVERIFY2(created, qPrintable(created.message()));
            RegisterContext context(database);
            RetentionRulesPage page(&context);
            QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            QVERIFY(TestSupport::showAt(page));
            QCOMPARE(page.entityCode(), QStringLiteral("retention_rule"));
            QCOMPARE(page.model()->rowCount(), 0);
            QVERIFY(child<QLabel>(&page, "emptyLabel")->isVisible());

            // A rule through the editor: 7 years after the end of the contract, by statute.
            page.startNew();
            auto *noFixed = child<QCheckBox>(&page, "noFixedPeriodCheck");
            auto *count = child<QSpinBox>(&page, "periodCountSpin");
            auto *unit = child<QComboBox>(&page, "periodUnitCombo");
            QVERIFY(noFixed->isChecked()); // a new rule starts without a fixed period
            QVERIFY(!count->isEnabled());
            type(child<QLineEdit>(&page, "nameEdit"), QStringLiteral("Customer contracts"));
            noFixed->setFocus();
            QTest::keyClick(noFixed, Qt::Key_Space);
            QVERIFY(!noFixed->isChecked());
            QVERIFY(count->isEnabled());
            count->setFocus();
            count->selectAll();
            QTest::keyClicks(count, QStringLiteral("7"));
            QCOMPARE(count->value(), 7);
            unit->setCurrentIndex(unit->findData(QStringLiteral("years")));
            type(child<QLineEdit>(&page, "triggerEdit"), QStringLiteral("after the end of the contract"));
            // The period as the domain words it ("7 years after the end of the contract").
            Domain::RetentionRule expected;
            expected.periodCount = 7;
            expected.periodUnit = QStringLiteral("years");
            expected.trigger = QStringLiteral("after the end of the contract");
            const QString periodText = expected.periodText();
            QVERIFY(periodText.startsWith(QStringLiteral("7 year")));
            QCOMPARE(child<QLabel>(&page, "periodPreview")->text(), QStringLiteral("Reads as: %1").arg(periodText));
            auto *basis = child<QComboBox>(&page, "basisCombo");
            basis->setCurrentIndex(basis->findData(QStringLiteral("statute")));
            // A statute without its article: a warning, saving allowed.
            auto *sourceMessage = child<QLabel>(&page, "legalSourceMessage");
            QVERIFY(!sourceMessage->isHidden());
            QVERIFY(sourceMessage->text().startsWith(QStringLiteral("Warning: ")));
            QVERIFY(child<QPushButton>(&page, "saveButton")->isEnabled());
            QVERIFY(page.saveChanges());
            contractsUuid = page.ruleEditor()->currentUuid();
            QVERIFY(!contractsUuid.isEmpty());
            QTRY_COMPARE(page.model()->rowCount(), 1);
            int row = rowOf(page.proxy(), contractsUuid);
            QCOMPARE(cell(page.proxy(), row, RetentionRulesPage::NameColumn), QStringLiteral("Customer contracts"));
            QCOMPARE(cell(page.proxy(), row, RetentionRulesPage::PeriodColumn), periodText);
            QCOMPARE(cell(page.proxy(), row, RetentionRulesPage::BasisColumn), QStringLiteral("Statute"));
            QCOMPARE(cell(page.proxy(), row, RetentionRulesPage::HoldColumn), QString());
            QCOMPARE(cell(page.proxy(), row, RetentionRulesPage::AttentionColumn),
                     QString(QChar(0x26A0)) + QStringLiteral(" 1"));
            QVERIFY(child<QWidget>(&page, "findingsSummary")->isVisibleTo(&page));

            // The article; then a legal hold for one claim under the rule, which the list names.
            type(child<QLineEdit>(&page, "legalSourceEdit"), QStringLiteral("BW 3:307"));
            QVERIFY(sourceMessage->isHidden());
            QVERIFY(page.saveChanges());
            Domain::LegalHold claim;
            claim.title = QStringLiteral("Claim of a former customer");
            claim.retentionRuleUuid = contractsUuid;
            claim.scope = QStringLiteral("The contract and correspondence of that customer");
            claim.reason = QStringLiteral("Case 2026-14");
            claim.startedOn = QDate::currentDate().addMonths(-1);
            QVERIFY(context.legalHolds().save(&claim));
            QTRY_COMPARE(cell(page.model(), rowOf(page.model(), contractsUuid), RetentionRulesPage::HoldColumn),
                         QStringLiteral("1 active"));
            // Released, it no longer counts.
            claim.releasedOn = QDate::currentDate();
            QVERIFY(context.legalHolds().save(&claim));
            QTRY_COMPARE(cell(page.model(), rowOf(page.model(), contractsUuid), RetentionRulesPage::HoldColumn),
                         QString());
            row = rowOf(page.model(), contractsUuid);
            QCOMPARE(cell(page.model(), row, RetentionRulesPage::SourceColumn), QStringLiteral("BW 3:307"));
            QCOMPARE(cell(page.model(), row, RetentionRulesPage::AttentionColumn), QString());
            QVERIFY(!child<QWidget>(&page, "findingsSummary")->isVisibleTo(&page));

            // The Dutch catalogue; its rules are editable like any other.
            const Status seeded = page.addCatalogue();
            QVERIFY2(seeded, qPrintable(seeded.message()));
            QTRY_VERIFY(page.model()->rowCount() > 5);
            const int total = page.model()->rowCount();
            QVERIFY(page.addCatalogue()); // once only
            QTest::qWait(10);
            QCOMPARE(page.model()->rowCount(), total);
            auto *search = child<QLineEdit>(&page, "searchEdit");
            QTest::keyClicks(search, QStringLiteral("awr 52(4)"));
            QCOMPARE(page.proxy()->rowCount(), 1);
            QVERIFY2(child<QLabel>(&page, "countLabel")->text().contains(QStringLiteral("1 of %1").arg(total)),
                     qPrintable(child<QLabel>(&page, "countLabel")->text()));
            fiscalUuid = page.proxy()->index(0, 0).data(UuidRole).toString();
            QVERIFY(
                cell(page.proxy(), 0, RetentionRulesPage::PeriodColumn).startsWith(QStringLiteral("at least 7 years")));
            search->clear();
            page.showItem(fiscalUuid);
            QVERIFY(child<QLabel>(&page, "seedLabel")->isVisibleTo(&page));
            type(child<QLineEdit>(&page, "nameEdit"), QStringLiteral("Fiscal records (ledger and payroll)"));
            QVERIFY(page.saveChanges());
            QTRY_COMPARE(cell(page.model(), rowOf(page.model(), fiscalUuid), RetentionRulesPage::NameColumn),
                         QStringLiteral("Fiscal records (ledger and payroll)"));

            // An activity whose data categories follow the rule; the list jumps there.
            Domain::ProcessingActivity activity;
            activity.name = QStringLiteral("Customer administration");
            Domain::DataCategory contracts;
            contracts.name = QStringLiteral("Signed contracts");
            contracts.retentionRuleUuid = contractsUuid;
            Domain::DataCategory invoices;
            invoices.name = QStringLiteral("Invoices");
            invoices.retentionRuleUuid = contractsUuid;
            activity.dataCategories = {contracts, invoices};
            Domain::Findings findings;
            const Status saved = context.activities().save(&activity, &findings);
            QVERIFY2(saved, qPrintable(saved.message()));
            activityUuid = activity.uuid;
            QTRY_COMPARE(cell(page.model(), rowOf(page.model(), contractsUuid), RetentionRulesPage::UsedByColumn),
                         QStringLiteral("1"));
            page.showItem(contractsUuid);
            auto *usedBy = child<PartyUsedByList>(&page, "usedByList");
            // The activity, and the (released) legal hold under the rule.
            QCOMPARE(usedBy->references().size(), 2);
            QCOMPARE(usedBy->item(0)->text(), QStringLiteral("Legal hold: Claim of a former customer"));
            QCOMPARE(usedBy->item(1)->text(),
                     QStringLiteral("Processing activity: Customer administration (Signed contracts, Invoices)"));
            QSignalSpy jumps(&context, &RegisterContext::showRequested);
            usedBy->setFocus();
            usedBy->setCurrentRow(1);
            QTest::keyClick(usedBy, Qt::Key_Return);
            QCOMPARE(jumps.count(), 1);
            QCOMPARE(jumps.at(0).at(0).toString(), QStringLiteral("activity"));
            QCOMPARE(jumps.at(0).at(1).toString(), activityUuid);
            QVERIFY(!page.removeItem(contractsUuid)); // followed by an activity
        }

        Storage::Database database;
        const Status opened = database.open(path, m_passphrase);
        QVERIFY2(opened, qPrintable(opened.message()));
        RegisterContext context(database);
        RetentionRulesPage page(&context);
        page.resize(1280, 800);
        page.show();
        page.showItem(contractsUuid);
        QCOMPARE(child<QLineEdit>(&page, "nameEdit")->text(), QStringLiteral("Customer contracts"));
        QVERIFY(!child<QCheckBox>(&page, "noFixedPeriodCheck")->isChecked());
        QCOMPARE(child<QSpinBox>(&page, "periodCountSpin")->value(), 7);
        QCOMPARE(child<QComboBox>(&page, "periodUnitCombo")->currentData().toString(), QStringLiteral("years"));
        QCOMPARE(child<QLineEdit>(&page, "triggerEdit")->text(), QStringLiteral("after the end of the contract"));
        QCOMPARE(child<QComboBox>(&page, "basisCombo")->currentData().toString(), QStringLiteral("statute"));
        QCOMPARE(child<QLineEdit>(&page, "legalSourceEdit")->text(), QStringLiteral("BW 3:307"));
        // The rule's own hold flag of older versions is gone from the form: holds are items of their own.
        QVERIFY(!page.findChild<QCheckBox *>(QStringLiteral("legalHoldCheck")));
        QCOMPARE(cell(page.model(), rowOf(page.model(), contractsUuid), RetentionRulesPage::PeriodColumn),
                 page.ruleEditor()->loadedRule().periodText());
        auto *usedBy = child<PartyUsedByList>(&page, "usedByList");
        // The activity that keeps data under the rule, and the (released) hold.
        QCOMPARE(usedBy->references().size(), 2);
        QStringList entities;
        for (const PartyUsedByList::Reference &reference : usedBy->references())
            entities << reference.entity;
        entities.sort();
        QCOMPARE(entities, QStringList({QStringLiteral("activity"), QStringLiteral("legal_hold")}));
        QCOMPARE(cell(page.model(), rowOf(page.model(), contractsUuid), RetentionRulesPage::UsedByColumn),
                 QStringLiteral("1"));
        QCOMPARE(cell(page.model(), rowOf(page.model(), fiscalUuid), RetentionRulesPage::NameColumn),
                 QStringLiteral("Fiscal records (ledger and payroll)"));
        QVERIFY(!page.hasUnsavedChanges());
    }

    void validationAndGuard()
    {
        const QString path = m_dir.filePath(QStringLiteral("validation.custodian"));
        Storage::Database database;
        QVERIFY(database.create(path, m_passphrase));
        RegisterContext context(database);
        RetentionRulesPage page(&context);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.startNew();

        // No name: refused, with the reason next to the field.
        type(child<QLineEdit>(&page, "triggerEdit"), QStringLiteral("after the visit"));
        auto *nameMessage = child<QLabel>(&page, "nameMessage");
        QVERIFY(!nameMessage->isHidden());
        QVERIFY(nameMessage->text().startsWith(QStringLiteral("Error: ")));
        QVERIFY(!child<QPushButton>(&page, "saveButton")->isEnabled());
        QVERIFY(!page.saveChanges());
        QVERIFY(child<QLineEdit>(&page, "nameEdit")->hasFocus());
        QCOMPARE(page.model()->rowCount(), 0);

        // No fixed period is a valid choice ("as long as ..." lives in the trigger).
        type(child<QLineEdit>(&page, "nameEdit"), QStringLiteral("Visitor logs"));
        QVERIFY(nameMessage->isHidden());
        QVERIFY(page.saveChanges());
        QTRY_COMPARE(page.model()->rowCount(), 1);
        QCOMPARE(cell(page.model(), 0, RetentionRulesPage::PeriodColumn), QStringLiteral("after the visit"));
        QCOMPARE(cell(page.model(), 0, RetentionRulesPage::BasisColumn), QStringLiteral("Own policy"));

        QVERIFY(!page.hasUnsavedChanges());
        auto *noFixed = child<QCheckBox>(&page, "noFixedPeriodCheck");
        noFixed->setChecked(false);
        QVERIFY(page.hasUnsavedChanges());
        page.editor()->revert();
        QVERIFY(!page.hasUnsavedChanges());
        QVERIFY(noFixed->isChecked());
    }

    // What imports kept on a rule that no field takes: shown under the form, read-only, hidden while
    // there is none; Remove is an edit of the rule, saved (or reverted) with the others.
    void extraFieldsAreShownAndCanBeRemoved()
    {
        const QString path = m_dir.filePath(QStringLiteral("extra.custodian"));
        Storage::Database database;
        QVERIFY(database.create(path, m_passphrase));
        Domain::RetentionRule rule;
        rule.name = QStringLiteral("Fiscal records");
        rule.extraFields = {{QStringLiteral("custodian"), QStringLiteral("Archiefcode"), QStringLiteral("1.1.3")},
                            {QStringLiteral("ico"), QStringLiteral("Reviewer"), QStringLiteral("Anna")}};
        QVERIFY(Register::RetentionRuleService(database).save(&rule));
        Domain::RetentionRule plain;
        plain.name = QStringLiteral("Visitor logs");
        QVERIFY(Register::RetentionRuleService(database).save(&plain));
        RegisterContext context(database);
        RetentionRulesPage page(&context);
        QVERIFY(TestSupport::showAt(page));

        page.showItem(plain.uuid);
        auto *panel = child<QWidget>(&page, "extraFieldsPanel");
        QVERIFY(panel->isHidden());
        page.showItem(rule.uuid);
        QVERIFY(panel->isVisible());
        auto *table = child<QTableWidget>(&page, "extraFieldsTable");
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Archiefcode"));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("1.1.3"));
        QCOMPARE(table->item(1, 2)->text(), QStringLiteral("ICO template"));
        QCOMPARE(table->editTriggers(), QAbstractItemView::NoEditTriggers);
        auto *remove = child<QPushButton>(&page, "removeExtraFieldsButton");
        QVERIFY(!remove->isEnabled());
        QVERIFY(!page.hasUnsavedChanges());

        table->selectRow(1);
        QVERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(page.hasUnsavedChanges());
        page.editor()->revert();
        QCOMPARE(table->rowCount(), 2);
        QVERIFY(!page.hasUnsavedChanges());

        // Another edit keeps them; removing one and saving writes the rest.
        type(child<QLineEdit>(&page, "legalSourceEdit"), QStringLiteral("AWR art. 52(4)"));
        table->selectRow(1);
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(page.saveChanges());
        Domain::RetentionRule stored;
        QVERIFY(Register::RetentionRuleService(database).load(rule.uuid, &stored));
        QCOMPARE(stored.legalSource, QStringLiteral("AWR art. 52(4)"));
        QCOMPARE(stored.extraFields, QList<Domain::ExtraField>{rule.extraFields.constFirst()});
        table->selectRow(0);
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(panel->isHidden());
        QVERIFY(page.saveChanges());
        QVERIFY(Register::RetentionRuleService(database).load(rule.uuid, &stored));
        QVERIFY(stored.extraFields.isEmpty());
    }
};

QTEST_MAIN(TestRetentionRulesPage)
#include "tst_retentionrulespage.moc"
