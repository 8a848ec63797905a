// The Activities section's list (Art. 30(1)): an activity created through the editor's tabs with
// links to a retention rule, a measure, a party and an agreement is found in the list (columns,
// overdue first, search, status filter, retired hidden), and found again with its links intact
// once the register is reopened; a thousand activities reload and filter quickly. What the editor
// does on its own (validation, the unsaved-change guard, findings, items created in place, a
// change of language) is in tst_activityeditor.cpp.
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include "framework/EditorPages.h"
#include "framework/EntityTableModel.h"
#include "framework/ListFilterProxy.h"
#include "framework/RegisterContext.h"
#include "framework/Roles.h"
#include "register/DemoRegister.h"
#include "register/Services.h"
#include "sections/activities/ActivitiesPage.h"
#include "sections/activities/ActivityEditor.h"
#include "storage/Database.h"
#include "support/FormInput.h"
#include "support/TestWindow.h"
#include "ui/ActivitiesTestSupport.h"
#include "widgets/CodeChecklist.h"
#include "widgets/CountryPicker.h"
#include "widgets/DataCategoryTable.h"
#include "widgets/DateField.h"
#include "widgets/EntityPicker.h"
#include "widgets/LinkChecklist.h"
#include "widgets/RecipientTable.h"
#include "widgets/TextListEdit.h"
#include "widgets/TransferTable.h"

using namespace Custodian;
using namespace Custodian::Ui;
using namespace TestSupport;
using ActivitiesTest::addActivity;

class TestActivitiesList : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    const QString m_passphrase = QStringLiteral("a long test passphrase");
    const QDate m_today = QDate(2026, 3, 2);

    struct Related
    {
        QString ruleUuid;
        QString measureUuid;
        QString partyUuid;
        QString agreementUuid;
    };

    static Related addRelated(RegisterContext &context)
    {
        Related related;
        Domain::RetentionRule rule;
        rule.name = QStringLiteral("Personnel file");
        rule.periodCount = 2;
        rule.periodUnit = QStringLiteral("years");
        rule.trigger = QStringLiteral("after leaving");
        rule.basisType = QStringLiteral("guidance");
        rule.legalSource = QStringLiteral("AP guidance");
        Status status = context.retentionRules().save(&rule);
        if (!status)
            qWarning("rule: %s", qPrintable(status.message()));
        related.ruleUuid = rule.uuid;
        Domain::SecurityMeasure measure;
        measure.title = QStringLiteral("Encryption at rest");
        status = context.measures().save(&measure);
        if (!status)
            qWarning("measure: %s", qPrintable(status.message()));
        related.measureUuid = measure.uuid;
        Domain::Party party;
        party.name = QStringLiteral("Payroll Bureau B.V.");
        party.country = QStringLiteral("NL");
        party.roles = {QStringLiteral("processor")};
        status = context.parties().save(&party);
        if (!status)
            qWarning("party: %s", qPrintable(status.message()));
        related.partyUuid = party.uuid;
        Domain::Agreement agreement;
        agreement.title = QStringLiteral("Payroll processing agreement");
        agreement.processorUuid = party.uuid;
        agreement.clauses = Domain::Agreement::emptyClauses();
        agreement.status = QStringLiteral("active");
        status = context.agreements().save(&agreement);
        if (!status)
            qWarning("agreement: %s", qPrintable(status.message()));
        related.agreementUuid = agreement.uuid;
        return related;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void createFindReopen()
    {
        const QString path = m_dir.filePath(QStringLiteral("activities.custodian"));
        QString activityUuid;
        QString newsletterUuid;
        Related related;
        {
            Storage::Database database;
            const Status created = database.create(path, m_passphrase);
            QVERIFY2(created, qPrintable(created.message()));
            RegisterContext context(database);
            context.setToday(m_today);
            related = addRelated(context);
            QVERIFY(!related.agreementUuid.isEmpty());

            ActivitiesPage page(&context);
            QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            QVERIFY(TestSupport::showAt(page));
            QCOMPARE(page.entityCode(), QStringLiteral("activity"));
            QCOMPARE(page.model()->rowCount(), 0);
            QVERIFY(child<QLabel>(&page, "emptyLabel")->isVisible());
            QVERIFY(child<QLabel>(&page, "emptyLabel")->text().contains(QStringLiteral("New activity")));

            // A new activity, tab by tab.
            page.startNew();
            ActivityEditor *editor = page.activityEditor();
            QVERIFY(!page.hasUnsavedChanges());
            QCOMPARE(child<QLabel>(editor, "editorTitleLabel")->text(), QStringLiteral("New processing activity"));
            EditorPages *tabs = editor->pages();
            QCOMPARE(tabs->count(), int(ActivityEditor::TabCount));
            QVERIFY(tabs->toolTip(ActivityEditor::DataTab).contains(QStringLiteral("30(1)(c)")));

            tabs->setCurrentIndex(ActivityEditor::PurposeTab);
            type(child<QLineEdit>(editor, "nameEdit"), QStringLiteral("Payroll"));
            QVERIFY(page.hasUnsavedChanges());
            QCOMPARE(page.currentItemName(), QStringLiteral("Payroll"));
            typePlain(child<QPlainTextEdit>(editor, "purposeEdit"),
                      QStringLiteral("Paying salaries and filing payroll tax returns"));
            tick(child<CodeChecklist>(editor, "lawfulBasesList"), QStringLiteral("b"));
            tick(child<CodeChecklist>(editor, "lawfulBasesList"), QStringLiteral("c"));
            QVERIFY(!child<QLineEdit>(editor, "liaReferenceEdit")->isEnabled()); // only with basis (f)
            tick(child<CodeChecklist>(editor, "lawfulBasesList"), QStringLiteral("f"));
            QVERIFY(child<QLineEdit>(editor, "liaReferenceEdit")->isEnabled());
            tick(child<CodeChecklist>(editor, "lawfulBasesList"), QStringLiteral("f"));

            tabs->setCurrentIndex(ActivityEditor::DataTab);
            // Categories of data subjects: typed and added (Enter or Add), edited in place, removed.
            auto *subjects = child<TextListEdit>(editor, "subjectCategoriesEdit");
            auto *subjectEntry = child<QLineEdit>(subjects, "entryEdit");
            type(subjectEntry, QStringLiteral("Employes"));
            QTest::mouseClick(child<QPushButton>(subjects, "addButton"), Qt::LeftButton);
            type(subjectEntry, QStringLiteral("Visitors"));
            QTest::keyClick(subjectEntry, Qt::Key_Return);
            QCOMPARE(subjects->texts(), QStringList({QStringLiteral("Employes"), QStringLiteral("Visitors")}));
            QVERIFY(subjectEntry->text().isEmpty());
            subjects->list()->item(0)->setText(QStringLiteral("Employees"));
            QVERIFY(editor->isModified());
            QCOMPARE(subjects->list()->currentRow(), 1);
            QTest::mouseClick(child<QPushButton>(subjects, "removeButton"), Qt::LeftButton);
            QCOMPARE(subjects->texts(), QStringList({QStringLiteral("Employees")}));
            auto *dataTable = child<DataCategoryTable>(editor, "dataCategoriesTable");
            QTest::mouseClick(dataTable->addButton(), Qt::LeftButton);
            QCOMPARE(dataTable->table()->rowCount(), 1);
            type(dataTable->nameEdit(), QStringLiteral("Salary and bank account"));
            pick(dataTable->rulePicker()->comboBox(), related.ruleUuid);
            QVERIFY(child<QLabel>(dataTable, "retentionRuleDetail")->text().contains(QStringLiteral("AP guidance")));
            QVERIFY(dataTable->table()->item(0, 2)->text().contains(QStringLiteral("Personnel file")));
            QCOMPARE(dataTable->table()->item(0, 0)->text(), QStringLiteral("Salary and bank account"));

            tabs->setCurrentIndex(ActivityEditor::RecipientsTab);
            auto *recipients = child<RecipientTable>(editor, "recipientsTable");
            QTest::mouseClick(recipients->addButton(), Qt::LeftButton);
            pick(recipients->partyPicker()->comboBox(), related.partyUuid);
            pick(recipients->kindCombo(), QStringLiteral("processor"));
            QVERIFY(recipients->table()->item(0, 0)->text().contains(QStringLiteral("Payroll Bureau")));
            auto *transfers = child<TransferTable>(editor, "transfersTable");
            QTest::mouseClick(transfers->addButton(), Qt::LeftButton);
            type(transfers->countryPicker()->lineEdit(), QStringLiteral("US"));
            QVERIFY(!transfers->sccModuleCombo()->isEnabled());
            pick(transfers->mechanismCombo(), QStringLiteral("scc"));
            QVERIFY(transfers->sccModuleCombo()->isEnabled());
            pick(transfers->sccModuleCombo(), QStringLiteral("c2p"));
            type(transfers->tiaReferenceEdit(), QStringLiteral("TIA-2026-01"));

            tabs->setCurrentIndex(ActivityEditor::SecurityTab);
            tick(child<LinkChecklist>(editor, "measuresList")->listWidget(), related.measureUuid);

            tabs->setCurrentIndex(ActivityEditor::SystemsTab);
            typePlain(child<QPlainTextEdit>(editor, "storageLocationEdit"),
                      QStringLiteral("Payroll system of the bureau, the Netherlands"));

            tabs->setCurrentIndex(ActivityEditor::OwnerTab);
            type(child<QLineEdit>(editor, "ownerDepartmentEdit"), QStringLiteral("HR"));
            type(child<QLineEdit>(editor, "ownerPersonEdit"), QStringLiteral("Anna de Vries"));
            auto *nextReview = child<DateField>(editor, "nextReviewField");
            QVERIFY(!nextReview->date().isValid());
            QTest::mouseClick(nextReview->checkBox(), Qt::LeftButton);
            QVERIFY(nextReview->date().isValid());
            nextReview->dateEdit()->setDate(m_today.addDays(-3));
            QCOMPARE(nextReview->date(), m_today.addDays(-3));
            tick(child<LinkChecklist>(editor, "agreementsList")->listWidget(), related.agreementUuid);

            const Domain::ProcessingActivity shown = editor->currentActivity();
            QCOMPARE(shown.lawfulBases, QStringList({QStringLiteral("b"), QStringLiteral("c")}));
            QCOMPARE(shown.transfers.size(), 1);
            QCOMPARE(shown.transfers.first().mechanism, QStringLiteral("scc"));

            QTest::mouseClick(child<QPushButton>(editor, "saveButton"), Qt::LeftButton);
            QVERIFY2(!page.hasUnsavedChanges(), qPrintable(child<QLabel>(editor, "summaryLabel")->text()));
            activityUuid = editor->currentUuid();
            QVERIFY(!activityUuid.isEmpty());
            QCOMPARE(child<QLineEdit>(editor, "uuidEdit")->text(), activityUuid);
            QTRY_COMPARE(page.model()->rowCount(), 1);
            QTRY_COMPARE(page.view()->currentIndex().siblingAtColumn(0).data(UuidRole).toString(), activityUuid);

            // The list's columns.
            QAbstractItemModel *model = page.model();
            QCOMPARE(cell(model, 0, ActivitiesPage::NameColumn), QStringLiteral("Payroll"));
            QCOMPARE(cell(model, 0, ActivitiesPage::StatusColumn), QStringLiteral("Draft"));
            QCOMPARE(cell(model, 0, ActivitiesPage::OwnerColumn), QStringLiteral("HR / Anna de Vries"));
            QVERIFY(cell(model, 0, ActivitiesPage::NextReviewColumn).contains(QStringLiteral("overdue")));
            QCOMPARE(model->index(0, ActivitiesPage::NextReviewColumn).data(SortRole).toDate(), m_today.addDays(-3));
            const int attention = context.attentionCount(QStringLiteral("activity"), activityUuid);
            QVERIFY(attention > 0); // the review date has passed
            QTRY_COMPARE(model->index(0, 0).data(FindingsRole).toInt(), attention);
            QCOMPARE(cell(model, 0, ActivitiesPage::AttentionColumn), QStringLiteral("⚠ %1").arg(attention));
            QCOMPARE(model->index(0, 0).data(StatusRole).toString(), QStringLiteral("draft"));
            QVERIFY(model->index(0, 0).data(SearchTextRole).toString().contains(QStringLiteral("anna de vries")));

            // Two more: one reviewed later, one retired.
            newsletterUuid = addActivity(context, QStringLiteral("Newsletter"), QStringLiteral("approved"),
                                         m_today.addDays(5), QStringLiteral("Marketing"));
            const QString oldUuid = addActivity(context, QStringLiteral("Old customer days"), QStringLiteral("retired"),
                                                m_today.addDays(-100));
            const QString laterUuid =
                addActivity(context, QStringLiteral("Visitor registration"), QStringLiteral("in_review"), QDate());
            QTRY_COMPARE(model->rowCount(), 4);
            ListFilterProxy *proxy = page.proxy();
            QCOMPARE(proxy->rowCount(), 3);                                       // retired hidden
            QCOMPARE(proxy->index(0, 0).data(UuidRole).toString(), activityUuid); // overdue first
            QCOMPARE(proxy->index(1, 0).data(UuidRole).toString(), newsletterUuid);
            QCOMPARE(proxy->index(2, 0).data(UuidRole).toString(), laterUuid); // no date: last
            QVERIFY(cell(model, rowOf(model, newsletterUuid), ActivitiesPage::NextReviewColumn)
                        .contains(QStringLiteral("due this week")));
            QCOMPARE(cell(model, rowOf(model, laterUuid), ActivitiesPage::NextReviewColumn), QStringLiteral("Not set"));
            QCOMPARE(cell(model, rowOf(model, oldUuid), ActivitiesPage::StatusColumn), QStringLiteral("Retired"));
            QVERIFY(!cell(model, rowOf(model, oldUuid), ActivitiesPage::NextReviewColumn)
                         .contains(QStringLiteral("overdue")));
            QVERIFY(child<QLabel>(&page, "countLabel")->text().contains(QStringLiteral("3 of 4")));

            // The status filter offers "retired" and shows only those.
            auto *statusFilter = child<QComboBox>(&page, "statusCombo");
            pick(statusFilter, QStringLiteral("retired"));
            QCOMPARE(proxy->rowCount(), 1);
            QCOMPARE(proxy->index(0, 0).data(UuidRole).toString(), oldUuid);
            statusFilter->setCurrentIndex(0);
            QCOMPARE(proxy->rowCount(), 3);

            // Search as you type over the visible columns.
            auto *search = child<QLineEdit>(&page, "searchEdit");
            type(search, QStringLiteral("payroll"));
            QCOMPARE(proxy->rowCount(), 1);
            QCOMPARE(proxy->index(0, 0).data(UuidRole).toString(), activityUuid);
            QVERIFY(child<QLabel>(&page, "countLabel")->text().contains(QStringLiteral("1 of 4")));
            type(search, QStringLiteral("marketing"));
            QCOMPARE(proxy->rowCount(), 1);
            QCOMPARE(proxy->index(0, 0).data(UuidRole).toString(), newsletterUuid);
            type(search, QStringLiteral("no such activity"));
            QCOMPARE(proxy->rowCount(), 0);
            QVERIFY(child<QLabel>(&page, "countLabel")->text().contains(QStringLiteral("0 of 4")));
            search->clear();
            QCOMPARE(proxy->rowCount(), 3);

            // Editing the selected activity changes its row.
            page.showItem(newsletterUuid);
            QCOMPARE(editor->currentUuid(), newsletterUuid);
            editor->pages()->setCurrentIndex(ActivityEditor::PurposeTab);
            type(child<QLineEdit>(editor, "nameEdit"), QStringLiteral("Newsletter for customers"));
            QVERIFY(page.saveChanges());
            QTRY_COMPARE(cell(model, rowOf(model, newsletterUuid), ActivitiesPage::NameColumn),
                         QStringLiteral("Newsletter for customers"));

            // Retiring hides it; the editor follows the stored state.
            QVERIFY(page.retire(newsletterUuid));
            QTRY_COMPARE(proxy->rowCount(), 2);
            QCOMPARE(model->rowCount(), 4);
            QTRY_COMPARE(child<QComboBox>(editor, "activityStatusCombo")->currentData().toString(),
                         QStringLiteral("retired"));
            QVERIFY(!page.hasUnsavedChanges());

            // Removing a retired one.
            QVERIFY(page.remove(oldUuid));
            QTRY_COMPARE(model->rowCount(), 3);
        }

        // Reopen: the activity and every link are still there.
        Storage::Database database;
        const Status opened = database.open(path, m_passphrase);
        QVERIFY2(opened, qPrintable(opened.message()));
        RegisterContext context(database);
        context.setToday(m_today);
        ActivitiesPage page(&context);
        QVERIFY(TestSupport::showAt(page));
        QCOMPARE(page.model()->rowCount(), 3);
        page.showItem(activityUuid);
        ActivityEditor *editor = page.activityEditor();
        QCOMPARE(editor->currentUuid(), activityUuid);
        QVERIFY(!page.hasUnsavedChanges());
        QCOMPARE(child<QLineEdit>(editor, "nameEdit")->text(), QStringLiteral("Payroll"));
        QCOMPARE(child<CodeChecklist>(editor, "lawfulBasesList")->checkedCodes(),
                 QStringList({QStringLiteral("b"), QStringLiteral("c")}));
        QCOMPARE(child<TextListEdit>(editor, "subjectCategoriesEdit")->texts(),
                 QStringList({QStringLiteral("Employees")}));
        auto *dataTable = child<DataCategoryTable>(editor, "dataCategoriesTable");
        QCOMPARE(dataTable->dataCategories().size(), 1);
        QCOMPARE(dataTable->dataCategories().first().retentionRuleUuid, related.ruleUuid);
        QCOMPARE(dataTable->rulePicker()->currentUuid(), related.ruleUuid);
        auto *recipients = child<RecipientTable>(editor, "recipientsTable");
        QCOMPARE(recipients->recipients().size(), 1);
        QCOMPARE(recipients->recipients().first().partyUuid, related.partyUuid);
        QCOMPARE(recipients->recipients().first().kind, QStringLiteral("processor"));
        auto *transfers = child<TransferTable>(editor, "transfersTable");
        QCOMPARE(transfers->transfers().size(), 1);
        QCOMPARE(transfers->transfers().first().country, QStringLiteral("US"));
        QCOMPARE(transfers->transfers().first().sccModule, QStringLiteral("c2p"));
        QCOMPARE(transfers->transfers().first().tiaReference, QStringLiteral("TIA-2026-01"));
        QCOMPARE(child<LinkChecklist>(editor, "measuresList")->checkedUuids(), QStringList({related.measureUuid}));
        QCOMPARE(child<LinkChecklist>(editor, "agreementsList")->checkedUuids(), QStringList({related.agreementUuid}));
        QCOMPARE(child<DateField>(editor, "nextReviewField")->date(), m_today.addDays(-3));
        QCOMPARE(child<QPlainTextEdit>(editor, "storageLocationEdit")->toPlainText(),
                 QStringLiteral("Payroll system of the bureau, the Netherlands"));
        // Retired ones come back with the filter.
        pick(child<QComboBox>(&page, "statusCombo"), QStringLiteral("retired"));
        QCOMPARE(page.proxy()->rowCount(), 1);
    }

    // A register of some size stays quick: reload and search as you type.
    void manyActivities()
    {
        const QString path = m_dir.filePath(QStringLiteral("many.custodian"));
        Storage::Database database;
        QVERIFY(database.create(path, m_passphrase));
        RegisterContext context(database);
        context.setToday(m_today);
        const int count = 1000;
        for (int i = 0; i < count; ++i)
            addActivity(context, QStringLiteral("Activity %1").arg(i), QStringLiteral("draft"),
                        m_today.addDays(i % 400 - 200), QStringLiteral("Department %1").arg(i % 17));
        ActivitiesPage page(&context);
        QVERIFY(TestSupport::showAt(page));
        // A change makes the findings stale: the reload below recomputes them too.
        addActivity(context, QStringLiteral("One more"), QStringLiteral("draft"), QDate());
        QElapsedTimer timer;
        timer.start();
        page.reload();
        const qint64 reload = timer.elapsed();
        QCOMPARE(page.model()->rowCount(), count + 1);
        timer.restart();
        type(child<QLineEdit>(&page, "searchEdit"), QStringLiteral("department 16"));
        const qint64 search = timer.elapsed();
        QVERIFY(page.proxy()->rowCount() > 0);
        qInfo("reload %lld ms, typing a 13-character search %lld ms", reload, search);
        QVERIFY2(reload < 2000, qPrintable(QString::number(reload)));
        QVERIFY2(search < 2000, qPrintable(QString::number(search)));
    }

    // With CUSTODIAN_SCREENSHOT_DIR set: the section over the demo register, every tab, 1280×800.
    void screenshots()
    {
        const QString directory = qEnvironmentVariable("CUSTODIAN_SCREENSHOT_DIR");
        if (directory.isEmpty())
            QSKIP("CUSTODIAN_SCREENSHOT_DIR not set");
        const QString path = m_dir.filePath(QStringLiteral("demo.custodian"));
        Storage::Database database;
        QVERIFY(database.create(path, m_passphrase));
        QVERIFY(Register::DemoRegister::write(database));
        RegisterContext context(database);
        ActivitiesPage page(&context);
        QVERIFY(TestSupport::showAt(page));
        QVERIFY(page.proxy()->rowCount() > 0);
        page.showItem(page.proxy()->index(0, 0).data(UuidRole).toString());
        ActivityEditor *editor = page.activityEditor();
        for (int tab = 0; tab < editor->pages()->count(); ++tab) {
            editor->pages()->setCurrentIndex(tab);
            QCoreApplication::processEvents();
            QVERIFY(page.grab().save(QDir(directory).filePath(QStringLiteral("activities-tab%1.png").arg(tab))));
        }
        page.startNew();
        QCoreApplication::processEvents();
        QVERIFY(page.grab().save(QDir(directory).filePath(QStringLiteral("activities-new.png"))));

        // An incomplete activity: the findings on top, an input error under its field.
        Domain::ProcessingActivity incomplete;
        incomplete.name = QStringLiteral("Camera surveillance");
        incomplete.lawfulBases = {QStringLiteral("f")};
        incomplete.nextReview = QDate::currentDate().addDays(-2);
        QVERIFY(context.activities().save(&incomplete));
        QTRY_VERIFY(rowOf(page.model(), incomplete.uuid) >= 0);
        page.showItem(incomplete.uuid);
        auto *name = child<QLineEdit>(editor, "nameEdit");
        name->selectAll();
        QTest::keyClick(name, Qt::Key_Backspace);
        QCoreApplication::processEvents();
        QVERIFY(page.grab().save(QDir(directory).filePath(QStringLiteral("activities-findings.png"))));
        editor->revert();
    }
};

QTEST_MAIN(TestActivitiesList)
#include "tst_activitieslist.moc"
