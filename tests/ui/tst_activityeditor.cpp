// The Activities section's editor (Art. 30(1)): inline validation that keeps a wrong activity from
// being saved, the unsaved-change guard, findings that jump to their field, related items created
// in place, and a change of language that keeps what was typed. The list, and an activity's way
// through the register and back, are in tst_activitieslist.cpp.
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include "Translations.h"
#include "framework/EditorPages.h"
#include "framework/EntityTableModel.h"
#include "framework/FindingsSummary.h"
#include "framework/RegisterContext.h"
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
#include "widgets/TransferTable.h"

using namespace Custodian;
using namespace Custodian::Ui;
using namespace TestSupport;
using ActivitiesTest::addActivity;

class TestActivityEditor : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    const QString m_passphrase = QStringLiteral("a long test passphrase");
    const QDate m_today = QDate(2026, 3, 2);

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void validationBlocksSaving()
    {
        const QString path = m_dir.filePath(QStringLiteral("validation.custodian"));
        Storage::Database database;
        QVERIFY(database.create(path, m_passphrase));
        RegisterContext context(database);
        ActivitiesPage page(&context);
        QVERIFY(TestSupport::showAt(page));
        page.startNew();
        ActivityEditor *editor = page.activityEditor();
        auto *nameMessage = child<QLabel>(editor, "nameMessage");
        QVERIFY(nameMessage->isHidden()); // no error before the first edit

        auto *name = child<QLineEdit>(editor, "nameEdit");
        type(name, QStringLiteral("x"));
        QVERIFY(nameMessage->isHidden());
        name->selectAll();
        QTest::keyClick(name, Qt::Key_Backspace);
        QVERIFY(!nameMessage->isHidden());
        QVERIFY(nameMessage->text().startsWith(QStringLiteral("Error:")));
        QVERIFY(!editor->save());
        QList<Domain::ProcessingActivity> stored;
        QVERIFY(context.activities().list(&stored));
        QCOMPARE(stored.size(), 0);
        QVERIFY(child<QLabel>(editor, "summaryLabel")->text().contains(QStringLiteral("corrected")));

        // Review dates out of order: the message sits under the next review and save jumps there.
        type(name, QStringLiteral("Camera surveillance"));
        QVERIFY(nameMessage->isHidden());
        editor->pages()->setCurrentIndex(ActivityEditor::OwnerTab);
        auto *lastReviewed = child<DateField>(editor, "lastReviewedField");
        auto *nextReview = child<DateField>(editor, "nextReviewField");
        QTest::mouseClick(lastReviewed->checkBox(), Qt::LeftButton);
        lastReviewed->dateEdit()->setDate(QDate(2026, 3, 1));
        QTest::mouseClick(nextReview->checkBox(), Qt::LeftButton);
        nextReview->dateEdit()->setDate(QDate(2026, 2, 1));
        auto *reviewMessage = child<QLabel>(editor, "nextReviewMessage");
        QVERIFY(!reviewMessage->isHidden());
        editor->pages()->setCurrentIndex(ActivityEditor::PurposeTab);
        QVERIFY(!page.saveChanges());
        QCOMPARE(editor->pages()->currentIndex(), int(ActivityEditor::OwnerTab));
        QVERIFY(context.activities().list(&stored));
        QCOMPARE(stored.size(), 0);

        // A transfer naming an SCC module without SCCs is refused too.
        nextReview->dateEdit()->setDate(QDate(2027, 3, 1));
        QVERIFY(reviewMessage->isHidden());
        editor->pages()->setCurrentIndex(ActivityEditor::RecipientsTab);
        auto *transfers = child<TransferTable>(editor, "transfersTable");
        QTest::mouseClick(transfers->addButton(), Qt::LeftButton);
        // Switzerland: a country with an adequacy decision, so nothing but the module is wrong.
        type(transfers->countryPicker()->lineEdit(), QStringLiteral("CH"));
        pick(transfers->mechanismCombo(), QStringLiteral("scc"));
        pick(transfers->sccModuleCombo(), QStringLiteral("c2c"));
        pick(transfers->mechanismCombo(), QStringLiteral("adequacy"));
        QVERIFY(transfers->sccModuleCombo()->isEnabled()); // still holds a value, so it can be cleared
        QVERIFY(!child<QLabel>(editor, "transfersMessage")->isHidden());
        QVERIFY(!editor->save());
        pick(transfers->sccModuleCombo(), QString());
        QVERIFY(child<QLabel>(editor, "transfersMessage")->isHidden());
        QVERIFY(editor->save());
        QVERIFY(context.activities().list(&stored));
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().nextReview, QDate(2027, 3, 1));
    }

    // The fields start at the same place on every page of the editor: one label column for all of
    // them (UI review M6), in both languages.
    void fieldsLineUpAcrossPages()
    {
        const QString path = m_dir.filePath(QStringLiteral("aligned.custodian"));
        Storage::Database database;
        QVERIFY(database.create(path, m_passphrase));
        RegisterContext context(database);
        const QString uuid = addActivity(context, QStringLiteral("Recruitment"), QStringLiteral("draft"),
                                         QDate(2026, 6, 1), QStringLiteral("HR"));
        ActivitiesPage page(&context);
        QVERIFY(TestSupport::showAt(page));
        page.showItem(uuid);
        ActivityEditor *editor = page.activityEditor();
        const auto fieldLeft = [editor](int tab, const char *field) {
            editor->pages()->setCurrentIndex(tab);
            QCoreApplication::processEvents();
            QWidget *widget = child<QWidget>(editor, field);
            return widget->mapTo(editor, QPoint(0, 0)).x();
        };
        const auto lineUp = [&] {
            const int name = fieldLeft(ActivityEditor::PurposeTab, "nameEdit");
            return fieldLeft(ActivityEditor::OwnerTab, "ownerDepartmentEdit") == name &&
                   fieldLeft(ActivityEditor::SystemsTab, "dataSourceEdit") == name;
        };
        QTRY_VERIFY(lineUp());
        QTranslator custodian;
        QTranslator qt;
        QVERIFY(Translations::load(QStringLiteral("nl"), custodian, qt));
        QCoreApplication::installTranslator(&custodian);
        QTRY_VERIFY(lineUp());
        QCoreApplication::removeTranslator(&custodian);
        QTRY_VERIFY(lineUp());
    }

    void unsavedChangeGuard()
    {
        const QString path = m_dir.filePath(QStringLiteral("guard.custodian"));
        Storage::Database database;
        QVERIFY(database.create(path, m_passphrase));
        RegisterContext context(database);
        const QString uuid = addActivity(context, QStringLiteral("Recruitment"), QStringLiteral("draft"),
                                         QDate(2026, 6, 1), QStringLiteral("HR"));
        ActivitiesPage page(&context);
        QVERIFY(TestSupport::showAt(page));
        page.showItem(uuid);
        ActivityEditor *editor = page.activityEditor();
        QSignalSpy modified(&page, &SectionPage::modifiedChanged);
        QVERIFY(!page.hasUnsavedChanges());

        auto *purpose = child<QPlainTextEdit>(editor, "purposeEdit");
        const QString original = purpose->toPlainText();
        purpose->setFocus();
        purpose->moveCursor(QTextCursor::End);
        QTest::keyClicks(purpose, QStringLiteral(" and onboarding"));
        QVERIFY(page.hasUnsavedChanges());
        QCOMPARE(modified.count(), 1);
        QVERIFY(child<QPushButton>(editor, "revertButton")->isEnabled());
        editor->revert();
        QVERIFY(!page.hasUnsavedChanges());
        QCOMPARE(purpose->toPlainText(), original);
        QCOMPARE(modified.count(), 2);

        // Typing the old value back is no change.
        auto *department = child<QLineEdit>(editor, "ownerDepartmentEdit");
        type(department, QStringLiteral("Finance"));
        QVERIFY(page.hasUnsavedChanges());
        type(department, QStringLiteral("HR"));
        QVERIFY(!page.hasUnsavedChanges());

        // A date, a tick and a row count as changes too.
        auto *bsn = child<QCheckBox>(editor, "bsnCheck");
        bsn->click();
        QVERIFY(page.hasUnsavedChanges());
        QVERIFY(child<QLineEdit>(editor, "bsnGroundEdit")->isEnabled());
        bsn->click();
        QVERIFY(!page.hasUnsavedChanges());
        auto *recipients = child<RecipientTable>(editor, "recipientsTable");
        recipients->addRow();
        QVERIFY(page.hasUnsavedChanges());
        recipients->removeCurrentRow();
        QVERIFY(!page.hasUnsavedChanges());
        QVERIFY(child<QLabel>(editor, "summaryLabel")->text().isEmpty());

        // Switching items while nothing is unsaved asks nothing.
        const QString other = addActivity(context, QStringLiteral("Payroll"), QStringLiteral("draft"), QDate());
        QTRY_COMPARE(page.model()->rowCount(), 2);
        page.showItem(other);
        QCOMPARE(editor->currentUuid(), other);
    }

    void findingsJumpToFields()
    {
        const QString path = m_dir.filePath(QStringLiteral("findings.custodian"));
        Storage::Database database;
        QVERIFY(database.create(path, m_passphrase));
        RegisterContext context(database);
        context.setToday(m_today);
        Domain::ProcessingActivity activity;
        activity.name = QStringLiteral("Website analytics");
        activity.lawfulBases = {QStringLiteral("f")};
        activity.dataCategories = {{QStringLiteral("Health questionnaire"), QStringLiteral("health"), QString()}};
        QVERIFY(context.activities().save(&activity));

        ActivitiesPage page(&context);
        QVERIFY(TestSupport::showAt(page));
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.showItem(activity.uuid);
        ActivityEditor *editor = page.activityEditor();
        FindingsSummary *banner = editor->findingsSummary();
        const Domain::Findings findings = context.findingsFor(QStringLiteral("activity"), activity.uuid);
        QVERIFY(!findings.isEmpty());
        QVERIFY(banner->isVisible());
        auto *label = child<QLabel>(banner, "findingsLabel");
        QVERIFY(label->text().contains(findings.first().message.toHtmlEscaped()));
        QVERIFY(editor->pages()->title(ActivityEditor::DpiaTab).contains(QStringLiteral("DPIA")));
        // The special category asks for its Art. 9(2) exception in its own row, which the table shows.
        QVERIFY(std::any_of(findings.cbegin(), findings.cend(), [](const Domain::Finding &f) {
            return f.field == QLatin1String("dataCategories") && f.message.contains(QLatin1String("Art. 9(2)"));
        }));
        QTableWidget *categories = child<DataCategoryTable>(editor, "dataCategoriesTable")->table();
        QVERIFY(categories->item(0, 1)->text().contains(QStringLiteral("no exception")));

        // Each finding's link brings its field into view on the right tab.
        const QList<QPair<QString, int>> targets = {
            {QStringLiteral("storageLocation"), ActivityEditor::SystemsTab},
            {QStringLiteral("dataCategories"), ActivityEditor::DataTab},
            {QStringLiteral("measureUuids"), ActivityEditor::SecurityTab},
            {QStringLiteral("recipients"), ActivityEditor::RecipientsTab},
            {QStringLiteral("nextReview"), ActivityEditor::OwnerTab},
            {QStringLiteral("liaReference"), ActivityEditor::PurposeTab},
            {QStringLiteral("dpiaStatus"), ActivityEditor::DpiaTab},
            {QStringLiteral("agreementUuids"), ActivityEditor::OwnerTab},
        };
        for (const auto &[field, tab] : targets) {
            emit label->linkActivated(field);
            QCOMPARE(editor->pages()->currentIndex(), tab);
        }
        emit label->linkActivated(QStringLiteral("storageLocation"));
        QTRY_VERIFY(child<QPlainTextEdit>(editor, "storageLocationEdit")->hasFocus());
        // Every finding of the check names a field the editor knows.
        for (const Domain::Finding &finding : findings) {
            editor->pages()->setCurrentIndex(ActivityEditor::PurposeTab);
            editor->focusField(finding.field);
            static const QStringList onPurposePage = {QStringLiteral("name"),
                                                      QStringLiteral("purpose"),
                                                      QStringLiteral("lawfulBases"),
                                                      QStringLiteral("liaReference"),
                                                      QStringLiteral("basisScope"),
                                                      QStringLiteral("legalProvision"),
                                                      QStringLiteral("legitimateInterest"),
                                                      QStringLiteral("consentRecord"),
                                                      QStringLiteral("consentWithdrawal")};
            if (!onPurposePage.contains(finding.field))
                QVERIFY2(editor->pages()->currentIndex() != ActivityEditor::PurposeTab, qPrintable(finding.field));
        }

        // The summary, the field's message and its page mark follow the form as it is typed, before a save.
        const auto hasStorageFinding = [banner] {
            return std::any_of(banner->findings().cbegin(), banner->findings().cend(),
                               [](const Domain::Finding &f) { return f.field == QLatin1String("storageLocation"); });
        };
        QVERIFY(hasStorageFinding());
        auto *storageMessage = child<QLabel>(editor, "storageLocationMessage");
        QVERIFY(!storageMessage->isHidden());
        QVERIFY(storageMessage->text().startsWith(QStringLiteral("Warning: ")));
        const int storageMessageHeight = storageMessage->height();
        editor->focusField(QStringLiteral("storageLocation"));
        QTest::keyClicks(child<QPlainTextEdit>(editor, "storageLocationEdit"), QStringLiteral("CRM at the processor"));
        QVERIFY(!hasStorageFinding());
        QVERIFY(storageMessage->isHidden());
        // The message's line stays reserved: the fields below do not move.
        QCOMPARE(storageMessage->height(), storageMessageHeight);
        QVERIFY(editor->isModified());
        // Nothing was saved: the stored activity still lacks its storage location.
        const Domain::Findings stored = context.findingsFor(QStringLiteral("activity"), activity.uuid);
        QVERIFY(std::any_of(stored.cbegin(), stored.cend(),
                            [](const Domain::Finding &f) { return f.field == QLatin1String("storageLocation"); }));
    }

    void relatedItemsCreatedInPlace()
    {
        const QString path = m_dir.filePath(QStringLiteral("inplace.custodian"));
        Storage::Database database;
        QVERIFY(database.create(path, m_passphrase));
        RegisterContext context(database);
        ActivitiesPage page(&context);
        QVERIFY(TestSupport::showAt(page));
        QSignalSpy shown(&context, &RegisterContext::showRequested);
        page.startNew();
        ActivityEditor *editor = page.activityEditor();
        type(child<QLineEdit>(editor, "nameEdit"), QStringLiteral("Backups"));

        QVERIFY(editor->addNewMeasure(QStringLiteral("Encrypted backups"), QStringLiteral("technical")));
        QList<Domain::SecurityMeasure> measures;
        QVERIFY(context.measures().list(&measures));
        QCOMPARE(measures.size(), 1);
        auto *measureList = child<LinkChecklist>(editor, "measuresList");
        QCOMPARE(measureList->checkedUuids(), QStringList({measures.first().uuid}));
        measureList->listWidget()->setCurrentRow(0);
        QTest::mouseClick(measureList->goToButton(), Qt::LeftButton);
        QCOMPARE(shown.count(), 1);
        QCOMPARE(shown.last().at(0).toString(), QStringLiteral("security_measure"));
        QCOMPARE(shown.last().at(1).toString(), measures.first().uuid);

        auto *dataTable = child<DataCategoryTable>(editor, "dataCategoriesTable");
        dataTable->addRow();
        type(dataTable->nameEdit(), QStringLiteral("Backup files"));
        QVERIFY(editor->addNewRetentionRule(QStringLiteral("Backups")));
        QList<Domain::RetentionRule> rules;
        QVERIFY(context.retentionRules().list(&rules));
        QString ruleUuid;
        for (const Domain::RetentionRule &rule : std::as_const(rules)) {
            if (rule.name == QLatin1String("Backups"))
                ruleUuid = rule.uuid;
        }
        QVERIFY(!ruleUuid.isEmpty());
        QCOMPARE(dataTable->dataCategories().first().retentionRuleUuid, ruleUuid);
        QTest::mouseClick(dataTable->rulePicker()->goToButton(), Qt::LeftButton);
        QCOMPARE(shown.last().at(0).toString(), QStringLiteral("retention_rule"));

        auto *recipients = child<RecipientTable>(editor, "recipientsTable");
        recipients->addRow();
        QVERIFY(editor->addNewParty(QStringLiteral("Backup Vendor Ltd"), false));
        const QString partyUuid = recipients->recipients().first().partyUuid;
        QVERIFY(!partyUuid.isEmpty());
        Domain::Party party;
        QVERIFY(context.parties().load(partyUuid, &party));
        QCOMPARE(party.name, QStringLiteral("Backup Vendor Ltd"));
        QCOMPARE(party.roles, QStringList({QStringLiteral("recipient")}));

        // Created items survive a refresh of the choices, still linked; the activity saves with them.
        QTest::qWait(0);
        QCoreApplication::processEvents();
        QCOMPARE(measureList->checkedUuids(), QStringList({measures.first().uuid}));
        QVERIFY(page.hasUnsavedChanges());
        QVERIFY(page.saveChanges());
        Domain::ProcessingActivity stored;
        QVERIFY(context.activities().load(editor->currentUuid(), &stored));
        QCOMPARE(stored.measureUuids, QStringList({measures.first().uuid}));
        QCOMPARE(stored.dataCategories.first().retentionRuleUuid, ruleUuid);
        QCOMPARE(stored.recipients.first().partyUuid, partyUuid);
    }

    // Switching the language retranslates everything and keeps what was typed.
    // The Statement page holds what the privacy statement says of the activity: whether it is
    // published and for whom, the purpose in the public's words, the obligation to provide the data
    // and direct marketing. Audiences and the public purpose wait for "publish".
    void statementPageIsSaved()
    {
        const QString path = m_dir.filePath(QStringLiteral("statement.custodian"));
        Storage::Database database;
        QVERIFY(database.create(path, m_passphrase));
        RegisterContext context(database);
        const QString uuid = addActivity(context, QStringLiteral("Newsletter"), QStringLiteral("approved"),
                                         QDate(2026, 6, 1), QStringLiteral("Marketing"));
        ActivitiesPage page(&context);
        QVERIFY(TestSupport::showAt(page));
        page.showItem(uuid);
        ActivityEditor *editor = page.activityEditor();
        editor->pages()->setCurrentIndex(ActivityEditor::StatementTab);
        auto *audiences = child<CodeChecklist>(editor, "audiencesList");
        auto *publicPurpose = child<QPlainTextEdit>(editor, "publicPurposeEdit");
        auto *publish = child<QCheckBox>(editor, "publishCheck");
        QVERIFY(!audiences->isEnabled());
        QVERIFY(!publicPurpose->isEnabled());
        QTest::mouseClick(publish, Qt::LeftButton);
        QVERIFY(audiences->isEnabled());
        QVERIFY(publicPurpose->isEnabled());
        audiences->setChecked(QStringLiteral("customers"), true);
        typePlain(publicPurpose, QStringLiteral("To tell you about new versions"));
        pick(child<QComboBox>(editor, "provisionRequirementCombo"), QStringLiteral("voluntary"));
        typePlain(child<QPlainTextEdit>(editor, "provisionConsequenceEdit"), QStringLiteral("No newsletter"));
        child<QCheckBox>(editor, "directMarketingCheck")->click();
        QVERIFY(page.hasUnsavedChanges());
        QVERIFY(editor->save());

        Domain::ProcessingActivity stored;
        QVERIFY(context.activities().load(uuid, &stored));
        QVERIFY(stored.publish);
        QCOMPARE(stored.audiences, QStringList{QStringLiteral("customers")});
        QCOMPARE(stored.publicPurpose, QStringLiteral("To tell you about new versions"));
        QCOMPARE(stored.provisionRequirement, QStringLiteral("voluntary"));
        QCOMPARE(stored.provisionConsequence, QStringLiteral("No newsletter"));
        QVERIFY(stored.directMarketing);
        QVERIFY(!page.hasUnsavedChanges());
    }

    // A public body names the administrative body that is the activity's controller: its own bodies
    // are offered, another party only when the activity already names it; the DPO's notes are kept.
    void controllerBodyIsNamed()
    {
        const QString path = m_dir.filePath(QStringLiteral("bodies.custodian"));
        Storage::Database database;
        QVERIFY(database.create(path, m_passphrase));
        RegisterContext context(database);
        int added = 0;
        QVERIFY(context.parties().addOwnBodies({QStringLiteral("Burgemeester")}, &added));
        Domain::Party supplier;
        supplier.name = QStringLiteral("Software B.V.");
        QVERIFY(context.parties().save(&supplier));
        const QString uuid = addActivity(context, QStringLiteral("Camera surveillance"), QStringLiteral("draft"),
                                         QDate(2026, 6, 1), QStringLiteral("Public order"));
        ActivitiesPage page(&context);
        QVERIFY(TestSupport::showAt(page));
        page.showItem(uuid);
        ActivityEditor *editor = page.activityEditor();
        editor->pages()->setCurrentIndex(ActivityEditor::OwnerTab);
        auto *bodies = child<LinkChecklist>(editor, "controllerBodiesList");
        QCOMPARE(bodies->listWidget()->count(), 1); // the body; not the supplier
        QCOMPARE(bodies->listWidget()->item(0)->text(), QStringLiteral("Burgemeester"));
        bodies->listWidget()->item(0)->setCheckState(Qt::Checked);
        type(child<QLineEdit>(editor, "categoryEdit"), QStringLiteral("Openbare orde"));
        typePlain(child<QPlainTextEdit>(editor, "dpoNotesEdit"), QStringLiteral("DPIA to be repeated in 2027"));
        QVERIFY(page.hasUnsavedChanges());
        QVERIFY(editor->save());
        Domain::ProcessingActivity stored;
        QVERIFY(context.activities().load(uuid, &stored));
        QCOMPARE(stored.controllerBodyUuids.size(), 1);
        QCOMPARE(stored.category, QStringLiteral("Openbare orde"));
        QCOMPARE(stored.dpoNotes, QStringLiteral("DPIA to be repeated in 2027"));
        // Another party the activity names (an import may) is shown, so it can be unticked.
        stored.controllerBodyUuids.append(supplier.uuid);
        QVERIFY(context.activities().save(&stored));
        page.showItem(uuid);
        QTRY_COMPARE(bodies->listWidget()->count(), 2);
        QCOMPARE(bodies->checkedUuids().size(), 2);
        // The next activity is offered the bodies, not what the previous one named.
        const QString other = addActivity(context, QStringLiteral("Parking permits"), QStringLiteral("draft"),
                                          QDate(2026, 6, 1), QStringLiteral("Public order"));
        page.showItem(other);
        QTRY_COMPARE(bodies->listWidget()->count(), 1);
        QVERIFY(bodies->checkedUuids().isEmpty());
    }

    void languageChangeKeepsEdits()
    {
        const QString path = m_dir.filePath(QStringLiteral("language.custodian"));
        Storage::Database database;
        QVERIFY(database.create(path, m_passphrase));
        RegisterContext context(database);
        const QString uuid = addActivity(context, QStringLiteral("Payroll"), QStringLiteral("approved"),
                                         QDate(2026, 6, 1), QStringLiteral("HR"));
        ActivitiesPage page(&context);
        QVERIFY(TestSupport::showAt(page));
        page.showItem(uuid);
        ActivityEditor *editor = page.activityEditor();
        editor->pages()->setCurrentIndex(ActivityEditor::RecipientsTab);
        auto *transfers = child<TransferTable>(editor, "transfersTable");
        transfers->addRow();
        type(transfers->countryPicker()->lineEdit(), QStringLiteral("CH"));
        pick(transfers->mechanismCombo(), QStringLiteral("adequacy"));
        QVERIFY(page.hasUnsavedChanges());
        const Domain::ProcessingActivity before = editor->currentActivity();

        QTranslator custodian;
        QTranslator qt;
        if (!Translations::load(QStringLiteral("nl"), custodian, qt))
            QSKIP("Dutch translation not available");
        QCoreApplication::installTranslator(&custodian);
        QCOMPARE(editor->currentActivity(), before);
        QVERIFY(page.hasUnsavedChanges());
        QCOMPARE(editor->pages()->currentIndex(), int(ActivityEditor::RecipientsTab));
        QCOMPARE(transfers->countryPicker()->code(), QStringLiteral("CH"));
        QCOMPARE(page.model()->headerData(0, Qt::Horizontal).toString(),
                 QCoreApplication::translate("Custodian::Ui::ActivitiesPage", "Name"));
        QCoreApplication::removeTranslator(&custodian);
        QCOMPARE(editor->currentActivity(), before);
        QCOMPARE(child<QComboBox>(editor, "activityStatusCombo")->currentText(), QStringLiteral("Approved"));
    }
};

QTEST_MAIN(TestActivityEditor)
#include "tst_activityeditor.moc"
