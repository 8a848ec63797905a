// The Processor activities section (Art. 30(2)): create a processing for a controller through the
// editor, with a transfer, a measure and an agreement; find it in the list (controller column,
// overdue first, search, retired hidden); reopen the register and find it with its links intact;
// inline validation, the unsaved-change guard, a controller created in place.
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include "framework/EditorPages.h"
#include "framework/EntityTableModel.h"
#include "framework/FindingsSummary.h"
#include "framework/ListFilterProxy.h"
#include "framework/RegisterContext.h"
#include "framework/Roles.h"
#include "register/Completeness.h"
#include "register/DemoRegister.h"
#include "register/Services.h"
#include "sections/activities/ActivitiesPage.h"
#include "sections/activities/ProcessorActivityEditor.h"
#include "storage/Database.h"
#include "support/FormInput.h"
#include "support/TestWindow.h"
#include "widgets/CountryPicker.h"
#include "widgets/DateField.h"
#include "widgets/EntityPicker.h"
#include "widgets/LinkChecklist.h"
#include "widgets/TransferTable.h"

using namespace Custodian;
using namespace Custodian::Ui;
using namespace TestSupport;

class TestProcessorActivitiesPage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    const QString m_passphrase = QStringLiteral("a long test passphrase");
    const QDate m_today = QDate(2026, 3, 2);

    static QString addParty(RegisterContext &context, const QString &name, const QStringList &roles)
    {
        Domain::Party party;
        party.name = name;
        party.roles = roles;
        const Status saved = context.parties().save(&party);
        if (!saved)
            qWarning("party: %s", qPrintable(saved.message()));
        return party.uuid;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void createFindReopen()
    {
        const QString path = m_dir.filePath(QStringLiteral("processor.custodian"));
        QString uuid;
        QString customerUuid;
        QString cloudUuid;
        QString measureUuid;
        QString agreementUuid;
        {
            Storage::Database database;
            const Status created = database.create(path, m_passphrase);
            QVERIFY2(created, qPrintable(created.message()));
            RegisterContext context(database);
            context.setToday(m_today);
            cloudUuid = addParty(context, QStringLiteral("Cloudstack Inc."), {QStringLiteral("sub_processor")});
            customerUuid = addParty(context, QStringLiteral("Gemeente Voorbeeldstad"), {QStringLiteral("controller")});
            Domain::SecurityMeasure measure;
            measure.title = QStringLiteral("Daily encrypted backups");
            QVERIFY(context.measures().save(&measure));
            measureUuid = measure.uuid;
            Domain::Agreement agreement;
            agreement.title = QStringLiteral("Processing agreement Voorbeeldstad");
            agreement.controllerUuid = customerUuid;
            agreement.clauses = Domain::Agreement::emptyClauses();
            agreement.status = QStringLiteral("active");
            QVERIFY(context.agreements().save(&agreement));
            agreementUuid = agreement.uuid;

            ActivitiesPage page(&context, Domain::EntityKind::ProcessorActivity);
            QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            QVERIFY(TestSupport::showAt(page));
            QCOMPARE(page.entityCode(), QStringLiteral("processor_activity"));
            QCOMPARE(page.model()->rowCount(), 0);
            QVERIFY(child<QLabel>(&page, "emptyLabel")->isVisible());
            QVERIFY(child<QLabel>(&page, "emptyLabel")->text().contains(QStringLiteral("Art. 30(2)")));

            page.startNew();
            ProcessorActivityEditor *editor = page.processorActivityEditor();
            QCOMPARE(editor->pages()->currentIndex(), int(ProcessorActivityEditor::ProcessingTab));
            type(child<QLineEdit>(editor, "nameEdit"), QStringLiteral("Hosting for Voorbeeldstad"));
            QVERIFY(page.hasUnsavedChanges());
            // Parties with the controller role come first.
            auto *controllers = child<LinkChecklist>(editor, "controllersList");
            QCOMPARE(controllers->listWidget()->item(0)->data(Qt::UserRole + 1).toString(), customerUuid);
            tick(controllers->listWidget(), customerUuid);
            typePlain(child<QPlainTextEdit>(editor, "processingCategoriesEdit"),
                      QStringLiteral("Hosting the application and its database; backups; support"));

            editor->pages()->setCurrentIndex(ProcessorActivityEditor::TransfersTab);
            auto *transfers = child<TransferTable>(editor, "transfersTable");
            QTest::mouseClick(transfers->addButton(), Qt::LeftButton);
            type(transfers->countryPicker()->lineEdit(), QStringLiteral("US"));
            pick(transfers->partyPicker()->comboBox(), cloudUuid);
            pick(transfers->mechanismCombo(), QStringLiteral("dpf"));
            QVERIFY(transfers->dpfCheckedField()->isEnabled());
            QTest::mouseClick(transfers->dpfCheckedField()->checkBox(), Qt::LeftButton);
            transfers->dpfCheckedField()->dateEdit()->setDate(m_today.addDays(-10));
            QVERIFY(transfers->table()->item(0, 1)->text().contains(QStringLiteral("Cloudstack")));
            tick(child<LinkChecklist>(editor, "measuresList")->listWidget(), measureUuid);

            editor->pages()->setCurrentIndex(ProcessorActivityEditor::OwnerTab);
            tick(child<LinkChecklist>(editor, "agreementsList")->listWidget(), agreementUuid);
            typePlain(child<QPlainTextEdit>(editor, "storageLocationEdit"),
                      QStringLiteral("Our data centre in Amsterdam"));
            type(child<QLineEdit>(editor, "ownerDepartmentEdit"), QStringLiteral("Operations"));
            auto *nextReview = child<DateField>(editor, "nextReviewField");
            QTest::mouseClick(nextReview->checkBox(), Qt::LeftButton);
            nextReview->dateEdit()->setDate(m_today.addDays(-1));

            QTest::mouseClick(child<QPushButton>(editor, "saveButton"), Qt::LeftButton);
            QVERIFY2(!page.hasUnsavedChanges(), qPrintable(child<QLabel>(editor, "summaryLabel")->text()));
            uuid = editor->currentUuid();
            QVERIFY(!uuid.isEmpty());
            QTRY_COMPARE(page.model()->rowCount(), 1);
            QTRY_COMPARE(page.view()->currentIndex().siblingAtColumn(0).data(UuidRole).toString(), uuid);

            QAbstractItemModel *model = page.model();
            QCOMPARE(cell(model, 0, ActivitiesPage::NameColumn), QStringLiteral("Hosting for Voorbeeldstad"));
            QCOMPARE(cell(model, 0, ActivitiesPage::ControllerColumn), QStringLiteral("Gemeente Voorbeeldstad"));
            QCOMPARE(cell(model, 0, ActivitiesPage::StatusColumn), QStringLiteral("Draft"));
            QVERIFY(cell(model, 0, ActivitiesPage::NextReviewColumn).contains(QStringLiteral("overdue")));
            const int attention = context.attentionCount(QStringLiteral("processor_activity"), uuid);
            QTRY_COMPARE(model->index(0, 0).data(FindingsRole).toInt(), attention);
            QCOMPARE(cell(model, 0, ActivitiesPage::AttentionColumn),
                     attention > 0 ? QStringLiteral("⚠ %1").arg(attention) : QString());

            // Renaming the controller renames the column.
            Domain::Party customer;
            QVERIFY(context.parties().load(customerUuid, &customer));
            customer.name = QStringLiteral("Gemeente Voorbeeldstad (ICT)");
            QVERIFY(context.parties().save(&customer));
            QTRY_COMPARE(cell(model, 0, ActivitiesPage::ControllerColumn),
                         QStringLiteral("Gemeente Voorbeeldstad (ICT)"));

            // One record for several controllers (Art. 30(2)(a)): the column names the first and counts the rest.
            Domain::ProcessorActivity shared;
            QVERIFY(context.processorActivities().load(uuid, &shared));
            shared.controllerUuids.append(cloudUuid);
            QVERIFY(context.processorActivities().save(&shared));
            QTRY_VERIFY(cell(model, 0, ActivitiesPage::ControllerColumn).endsWith(QStringLiteral("and 1 more")));
            shared.controllerUuids.removeAll(cloudUuid);
            QVERIFY(context.processorActivities().save(&shared));
            QTRY_COMPARE(cell(model, 0, ActivitiesPage::ControllerColumn),
                         QStringLiteral("Gemeente Voorbeeldstad (ICT)"));

            // A second one, later, and a retired one.
            Domain::ProcessorActivity support;
            support.name = QStringLiteral("Support for Klant B.V.");
            support.nextReview = m_today.addDays(60);
            QVERIFY(context.processorActivities().save(&support));
            Domain::ProcessorActivity old;
            old.name = QStringLiteral("Old migration project");
            old.status = QStringLiteral("retired");
            QVERIFY(context.processorActivities().save(&old));
            QTRY_COMPARE(model->rowCount(), 3);
            ListFilterProxy *proxy = page.proxy();
            QCOMPARE(proxy->rowCount(), 2);
            QCOMPARE(proxy->index(0, 0).data(UuidRole).toString(), uuid);
            QCOMPARE(cell(model, 1, ActivitiesPage::ControllerColumn).isEmpty(), false);

            auto *search = child<QLineEdit>(&page, "searchEdit");
            type(search, QStringLiteral("voorbeeldstad"));
            QCOMPARE(proxy->rowCount(), 1);
            QVERIFY(child<QLabel>(&page, "countLabel")->text().contains(QStringLiteral("1 of 3")));
            type(search, QStringLiteral("klant"));
            QCOMPARE(proxy->rowCount(), 1);
            QCOMPARE(proxy->index(0, 0).data(UuidRole).toString(), support.uuid);
            search->clear();

            QVERIFY(page.retire(support.uuid));
            QTRY_COMPARE(proxy->rowCount(), 1);
        }

        Storage::Database database;
        const Status opened = database.open(path, m_passphrase);
        QVERIFY2(opened, qPrintable(opened.message()));
        RegisterContext context(database);
        ActivitiesPage page(&context, Domain::EntityKind::ProcessorActivity);
        QVERIFY(TestSupport::showAt(page));
        QCOMPARE(page.model()->rowCount(), 3);
        page.showItem(uuid);
        ProcessorActivityEditor *editor = page.processorActivityEditor();
        QCOMPARE(editor->currentUuid(), uuid);
        QVERIFY(!page.hasUnsavedChanges());
        QCOMPARE(child<LinkChecklist>(editor, "controllersList")->checkedUuids(), QStringList{customerUuid});
        auto *transfers = child<TransferTable>(editor, "transfersTable");
        QCOMPARE(transfers->transfers().size(), 1);
        QCOMPARE(transfers->transfers().first().partyUuid, cloudUuid);
        QCOMPARE(transfers->transfers().first().mechanism, QStringLiteral("dpf"));
        QCOMPARE(transfers->transfers().first().dpfCheckedOn, m_today.addDays(-10));
        QCOMPARE(child<LinkChecklist>(editor, "measuresList")->checkedUuids(), QStringList({measureUuid}));
        QCOMPARE(child<LinkChecklist>(editor, "agreementsList")->checkedUuids(), QStringList({agreementUuid}));
        QCOMPARE(child<QPlainTextEdit>(editor, "storageLocationEdit")->toPlainText(),
                 QStringLiteral("Our data centre in Amsterdam"));
        QCOMPARE(child<DateField>(editor, "nextReviewField")->date(), m_today.addDays(-1));
    }

    void validationAndGuard()
    {
        const QString path = m_dir.filePath(QStringLiteral("processor-validation.custodian"));
        Storage::Database database;
        QVERIFY(database.create(path, m_passphrase));
        RegisterContext context(database);
        ActivitiesPage page(&context, Domain::EntityKind::ProcessorActivity);
        QVERIFY(TestSupport::showAt(page));
        page.startNew();
        ProcessorActivityEditor *editor = page.processorActivityEditor();
        auto *nameMessage = child<QLabel>(editor, "nameMessage");
        QVERIFY(nameMessage->isHidden());
        typePlain(child<QPlainTextEdit>(editor, "processingCategoriesEdit"), QStringLiteral("Backups"));
        QVERIFY(!nameMessage->isHidden()); // the first edit shows what is missing
        QVERIFY(nameMessage->text().startsWith(QStringLiteral("Error:")));
        QVERIFY(!page.saveChanges());
        QList<Domain::ProcessorActivity> stored;
        QVERIFY(context.processorActivities().list(&stored));
        QCOMPARE(stored.size(), 0);

        // A controller created in place is ticked at once.
        QVERIFY(editor->addNewController(QStringLiteral("Klant B.V.")));
        const QStringList ticked = child<LinkChecklist>(editor, "controllersList")->checkedUuids();
        QCOMPARE(ticked.size(), 1);
        const QString controllerUuid = ticked.constFirst();
        Domain::Party party;
        QVERIFY(context.parties().load(controllerUuid, &party));
        QCOMPARE(party.roles, QStringList({QStringLiteral("controller")}));

        type(child<QLineEdit>(editor, "nameEdit"), QStringLiteral("Backups for Klant B.V."));
        QVERIFY(nameMessage->isHidden());
        QVERIFY(page.saveChanges());
        QVERIFY(!page.hasUnsavedChanges());
        QVERIFY(context.processorActivities().list(&stored));
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().controllerUuids, QStringList{controllerUuid});

        // The guard: an edit is a change, revert drops it.
        type(child<QLineEdit>(editor, "ownerPersonEdit"), QStringLiteral("Piet"));
        QVERIFY(page.hasUnsavedChanges());
        editor->revert();
        QVERIFY(!page.hasUnsavedChanges());
        QCOMPARE(child<QLineEdit>(editor, "ownerPersonEdit")->text(), QString());

        // Findings jump to their field on the right tab.
        const Domain::Findings findings =
            context.findingsFor(QStringLiteral("processor_activity"), stored.first().uuid);
        QVERIFY(!findings.isEmpty());
        QVERIFY(editor->findingsSummary()->isVisible());
        editor->focusField(QStringLiteral("measureUuids"));
        QCOMPARE(editor->pages()->currentIndex(), int(ProcessorActivityEditor::TransfersTab));
        editor->focusField(QStringLiteral("storageLocation"));
        QCOMPARE(editor->pages()->currentIndex(), int(ProcessorActivityEditor::OwnerTab));
        editor->focusField(QStringLiteral("controllerUuids"));
        QCOMPARE(editor->pages()->currentIndex(), int(ProcessorActivityEditor::ProcessingTab));
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
        ActivitiesPage page(&context, Domain::EntityKind::ProcessorActivity);
        QVERIFY(TestSupport::showAt(page));
        if (page.proxy()->rowCount() > 0)
            page.showItem(page.proxy()->index(0, 0).data(UuidRole).toString());
        else
            page.startNew();
        ProcessorActivityEditor *editor = page.processorActivityEditor();
        for (int tab = 0; tab < editor->pages()->count(); ++tab) {
            editor->pages()->setCurrentIndex(tab);
            QCoreApplication::processEvents();
            QVERIFY(
                page.grab().save(QDir(directory).filePath(QStringLiteral("processor-activities-tab%1.png").arg(tab))));
        }
    }
};

QTEST_MAIN(TestProcessorActivitiesPage)
#include "tst_processoractivitiespage.moc"
