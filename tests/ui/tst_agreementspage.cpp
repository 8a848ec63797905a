// The Agreements section: create an agreement through the editor, find it in the list, search it,
// chain a sub-processing agreement below it, keep documents, and find it all again after reopening.
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include "framework/EditorPages.h"
#include "framework/EntityTableModel.h"
#include "framework/FieldRowList.h"
#include "framework/ListFilterProxy.h"
#include "framework/RegisterContext.h"
#include "framework/Roles.h"
#include "register/Services.h"
#include "sections/agreements/AgreementEditor.h"
#include "sections/agreements/AgreementNoticeDelegate.h"
#include "sections/agreements/AgreementsPage.h"
#include "sections/agreements/AttachmentPanel.h"
#include "sections/agreements/NoticeTable.h"
#include "storage/Database.h"
#include "support/TestWindow.h"
#include "widgets/DateField.h"
#include "widgets/EntityPicker.h"
#include "widgets/LinkChecklist.h"

using namespace Custodian;
using namespace Custodian::Ui;
using Column = AgreementsPage::Column;

class TestAgreementsPage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    const QString m_passphrase = QStringLiteral("a long test passphrase");
    // A Friday; notices received today with a 15-day window end on Saturday 16 May: calendar days, as the
    // agreement counts them, so not moved to Monday (A8).
    const QDate m_today = QDate(2026, 5, 1);

    template<typename T> static T *child(QWidget *parent, const char *name)
    {
        auto *widget = parent->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qWarning("no child %s", name);
        return widget;
    }

    static QComboBox *pickerCombo(QWidget *parent, const char *name)
    {
        auto *picker = child<EntityPicker>(parent, name);
        return picker ? picker->comboBox() : nullptr;
    }

    static void type(QLineEdit *edit, const QString &text)
    {
        QVERIFY(edit);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }

    static void pick(QComboBox *combo, const QString &text)
    {
        QVERIFY(combo);
        const int index = combo->findText(text);
        QVERIFY2(index >= 0, qPrintable(text));
        combo->setCurrentIndex(index);
    }

    static void pickData(QComboBox *combo, const QString &data)
    {
        QVERIFY(combo);
        const int index = combo->findData(data);
        QVERIFY2(index >= 0, qPrintable(data));
        combo->setCurrentIndex(index);
    }

    // A date entered as a person does: tick "set", then change the date (DateField::setDate is the
    // editor's own filling and tells nobody).
    static void enterDate(DateField *field, QDate date)
    {
        QVERIFY(field);
        if (!field->checkBox()->isChecked())
            QTest::mouseClick(field->checkBox(), Qt::LeftButton);
        field->dateEdit()->setDate(date);
    }

    static int rowOf(const QAbstractItemModel *model, const QString &title)
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, Column::TitleColumn).data().toString() == title)
                return row;
        }
        return -1;
    }

    static QString cell(const QAbstractItemModel *model, int row, int column)
    {
        return model->index(row, column).data().toString();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void createSearchChainReopen()
    {
        const QString path = m_dir.filePath(QStringLiteral("agreements.custodian"));
        QString hostingUuid;
        QString backupUuid;
        {
            Storage::Database database;
            const Status created = database.create(path, m_passphrase);
            QVERIFY2(created, qPrintable(created.message()));
            RegisterContext context(database);
            context.setToday(m_today);

            Domain::Party hosting;
            hosting.name = QStringLiteral("Hosting B.V.");
            hosting.roles = {QStringLiteral("processor")};
            QVERIFY(context.parties().save(&hosting));

            AgreementsPage page(&context);
            QVERIFY(TestSupport::showAt(page));
            QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            QAbstractItemModelTester proxyTester(page.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);

            // The empty state says what belongs here.
            auto *emptyLabel = child<QLabel>(&page, "emptyLabel");
            QVERIFY(emptyLabel && emptyLabel->isVisible());
            QVERIFY(emptyLabel->text().contains(QStringLiteral("hosting provider")));

            page.startNew();
            AgreementEditor *editor = page.agreementEditor();
            QVERIFY(!page.hasUnsavedChanges());
            type(child<QLineEdit>(editor, "titleEdit"), QStringLiteral("Processing agreement hosting"));
            QVERIFY(page.hasUnsavedChanges());
            pick(pickerCombo(editor, "processorPicker"), QStringLiteral("Hosting B.V."));
            QCOMPARE(pickerCombo(editor, "controllerPicker")->currentText(), QStringLiteral("Our organisation"));
            pickData(child<QComboBox>(editor, "agreementStatusCombo"), QStringLiteral("active"));
            auto *subject = child<QPlainTextEdit>(editor, "subjectMatterEdit");
            QVERIFY(subject);
            subject->setFocus();
            QTest::keyClicks(subject, QStringLiteral("Hosting the customer portal"));
            // The checklist is on its own page.
            editor->pages()->setCurrentIndex(editor->pages()->pageOf(child<QCheckBox>(editor, "clauseCheck_a")));
            QTest::mouseClick(child<QCheckBox>(editor, "clauseCheck_a"), Qt::LeftButton);
            QVERIFY(child<QCheckBox>(editor, "clauseCheck_a")->isChecked());
            type(child<QLineEdit>(editor, "clauseReference_a"), QStringLiteral("art. 4.2"));
            child<DateField>(editor, "expiresOnField")->setDate(m_today.addDays(20));
            child<DateField>(editor, "reviewOnField")->setDate(m_today.addDays(-1));
            pickData(child<QComboBox>(editor, "authorisationCombo"), QStringLiteral("general"));
            child<QSpinBox>(editor, "objectionWindowSpin")->setValue(15);

            // A change notice received today; its deadline is computed on save.
            editor->addNotice();
            auto *notices = child<QTableWidget>(editor, "noticesTable");
            QCOMPARE(notices->rowCount(), 1);
            QCOMPARE(notices->item(0, AgreementNoticeDelegate::ReceivedColumn)
                         ->data(AgreementNoticeDelegate::ValueRole)
                         .toDate(),
                     m_today);
            notices->item(0, AgreementNoticeDelegate::ChangeColumn)->setText(QStringLiteral("Adds Backup Co"));

            // A measure created in place is linked at once.
            QVERIFY(editor->addNewMeasure(QStringLiteral("Encryption at rest"), QStringLiteral("technical")));
            QCOMPARE(editor->currentItem().measureUuids.size(), 1);
            Domain::SecurityMeasure measure;
            QVERIFY(context.measures().load(editor->currentItem().measureUuids.constFirst(), &measure));
            QCOMPARE(measure.title, QStringLiteral("Encryption at rest"));

            // Documents wait until the agreement is saved.
            QVERIFY(!child<QPushButton>(editor, "addAttachmentButton")->isEnabled());
            QVERIFY(editor->save());
            QVERIFY(!page.hasUnsavedChanges());
            const QString hostingAgreement = editor->currentUuid();
            QVERIFY(!hostingAgreement.isEmpty());
            hostingUuid = hostingAgreement;

            // The list shows it with the columns a person scans.
            QCOMPARE(page.model()->rowCount(), 1);
            QVERIFY(!emptyLabel->isVisible());
            const int row = rowOf(page.model(), QStringLiteral("Processing agreement hosting"));
            QVERIFY(row >= 0);
            const QAbstractItemModel *model = page.model();
            QCOMPARE(cell(model, row, Column::PartiesColumn), QStringLiteral("Our organisation → Hosting B.V."));
            QCOMPARE(cell(model, row, Column::KindColumn), QStringLiteral("Processing"));
            QCOMPARE(cell(model, row, Column::StatusColumn), QStringLiteral("Active"));
            QVERIFY(cell(model, row, Column::ExpiryColumn).contains(QStringLiteral("expires within 30 days")));
            QVERIFY(cell(model, row, Column::ExpiryColumn)
                        .startsWith(QLocale().toString(m_today.addDays(20), QLocale::ShortFormat)));
            QVERIFY(cell(model, row, Column::ReviewColumn).contains(QStringLiteral("review overdue")));
            // The attention column fills once the list has painted (the check reads the whole register).
            QTRY_VERIFY(cell(model, row, Column::AttentionColumn).startsWith(QStringLiteral("⚠ ")));
            QVERIFY(model->index(row, 0).data(FindingsRole).toInt() > 0);
            QCOMPARE(model->index(row, 0).data(StatusRole).toString(), QStringLiteral("active"));
            QCOMPARE(model->index(row, 0).data(UuidRole).toString(), hostingAgreement);
            QCOMPARE(page.view()->currentIndex().siblingAtColumn(0).data(UuidRole).toString(), hostingAgreement);

            // The service computed the objection deadline in calendar days: Saturday 16 May.
            QTableWidgetItem *deadline = notices->item(0, AgreementNoticeDelegate::DeadlineColumn);
            QCOMPARE(deadline->data(AgreementNoticeDelegate::ValueRole).toDate(), QDate(2026, 5, 16));
            QVERIFY(
                deadline->text().startsWith(QLocale().toString(QDate(2026, 5, 16), QStringLiteral("ddd d MMM yyyy"))));
            QVERIFY(!(deadline->flags() & Qt::ItemIsEditable));

            // The findings banner lists what an auditor would ask and jumps to the field.
            QVERIFY(child<QWidget>(editor, "findingsSummary")->isVisible());
            auto *banner = child<QLabel>(editor, "findingsLabel");
            QVERIFY(banner->text().contains(QStringLiteral("Art. 28(3)")));
            editor->focusField(QStringLiteral("clauses"));
            QCOMPARE(QApplication::focusWidget(), child<QCheckBox>(editor, "clauseCheck_b"));
            editor->focusField(QStringLiteral("expiresOn"));
            QCOMPARE(QApplication::focusWidget(), child<DateField>(editor, "expiresOnField")->checkBox());

            // Search filters as you type, and the count says so.
            auto *search = child<QLineEdit>(&page, "searchEdit");
            auto *count = child<QLabel>(&page, "countLabel");
            type(search, QStringLiteral("hosting b.v."));
            QCOMPARE(page.proxy()->rowCount(), 1);
            type(search, QStringLiteral("nothing like this"));
            QCOMPARE(page.proxy()->rowCount(), 0);
            QVERIFY2(count->text().contains(QStringLiteral("0 of 1")), qPrintable(count->text()));
            search->clear();
            QCOMPARE(page.proxy()->rowCount(), 1);

            // A party created in place on the processor side of a sub-processing agreement.
            page.startNew();
            type(child<QLineEdit>(editor, "titleEdit"), QStringLiteral("Backup provider"));
            pickData(child<QComboBox>(editor, "agreementKindCombo"), QStringLiteral("sub_processing"));
            pick(pickerCombo(editor, "controllerPicker"), QStringLiteral("Hosting B.V."));
            const Status partyStatus = editor->addNewParty(QStringLiteral("Backup Co"), false);
            QVERIFY2(partyStatus, qPrintable(partyStatus.message()));
            const QString backupCo = child<EntityPicker>(editor, "processorPicker")->currentUuid();
            QCOMPARE(pickerCombo(editor, "processorPicker")->currentText(), QStringLiteral("Backup Co"));
            Domain::Party backupParty;
            QVERIFY(context.parties().load(backupCo, &backupParty));
            QCOMPARE(backupParty.roles, QStringList{QStringLiteral("sub_processor")});
            // Without the agreement above it, it cannot be saved.
            auto *parentMessage = child<QLabel>(editor, "parentUuidMessage");
            QVERIFY(!parentMessage->isHidden());
            QVERIFY(parentMessage->text().startsWith(QStringLiteral("Error: ")));
            QVERIFY(!child<QPushButton>(editor, "saveButton")->isEnabled());
            QVERIFY(!editor->save());
            QCOMPARE(page.model()->rowCount(), 1);
            pick(pickerCombo(editor, "parentPicker"), QStringLiteral("Processing agreement hosting"));
            QVERIFY(parentMessage->isHidden());
            QCOMPARE(child<QLabel>(editor, "chainLabel")->text(),
                     QStringLiteral("Chain: Processing agreement hosting → Backup provider"));
            QVERIFY(editor->save());
            backupUuid = editor->currentUuid();
            QCOMPARE(page.model()->rowCount(), 2);
            const int backupRow = rowOf(page.model(), QStringLiteral("Backup provider"));
            QCOMPARE(cell(page.model(), backupRow, Column::PartiesColumn), QStringLiteral("Hosting B.V. → Backup Co"));
            QCOMPARE(cell(page.model(), backupRow, Column::KindColumn), QStringLiteral("Sub-processing"));
            // Default sort: expiry ascending, no expiry last.
            QCOMPARE(page.proxy()->index(0, 0).data(UuidRole).toString(), hostingAgreement);

            // The agreement above shows what hangs below it, and cannot pick it as its own parent.
            page.showItem(hostingAgreement);
            QCOMPARE(editor->currentUuid(), hostingAgreement);
            QCOMPARE(child<QLabel>(editor, "belowLabel")->text(),
                     QStringLiteral("Below this agreement: Backup provider"));
            QCOMPARE(pickerCombo(editor, "parentPicker")->findData(backupUuid), -1);

            // Unsaved-change guard.
            type(child<QLineEdit>(editor, "titleEdit"), QStringLiteral("Changed title"));
            QVERIFY(page.hasUnsavedChanges());
            editor->revert();
            QVERIFY(!page.hasUnsavedChanges());
            QCOMPARE(child<QLineEdit>(editor, "titleEdit")->text(), QStringLiteral("Processing agreement hosting"));
            // Clearing the title is refused inline.
            type(child<QLineEdit>(editor, "titleEdit"), QString());
            QVERIFY(!child<QLabel>(editor, "titleMessage")->isHidden());
            QVERIFY(!editor->save());
            editor->revert();

            // Documents: add, save as, refuse a large one, remove.
            QVERIFY(child<QPushButton>(editor, "addAttachmentButton")->isEnabled());
            const QString documentPath = m_dir.filePath(QStringLiteral("signed.pdf"));
            {
                QFile document(documentPath);
                QVERIFY(document.open(QIODevice::WriteOnly));
                document.write("%PDF-1.4 signed agreement");
            }
            const Status added = editor->addAttachmentFile(documentPath, QStringLiteral("Signed agreement"));
            QVERIFY2(added, qPrintable(added.message()));
            QVERIFY(!page.hasUnsavedChanges());
            auto *attachments = child<QTableWidget>(editor, "attachmentsTable");
            QCOMPARE(attachments->rowCount(), 1);
            QCOMPARE(attachments->item(0, 0)->text(), QStringLiteral("signed.pdf"));
            QCOMPARE(attachments->item(0, 1)->text(), QLocale().formattedDataSize(25));
            QCOMPARE(attachments->item(0, 3)->text(), QStringLiteral("Signed agreement"));
            const QString attachmentUuid = attachments->item(0, 0)->data(Qt::UserRole + 1).toString();
            const QString copyPath = m_dir.filePath(QStringLiteral("copy.pdf"));
            QVERIFY(editor->saveAttachmentTo(attachmentUuid, copyPath));
            {
                QFile copy(copyPath);
                QVERIFY(copy.open(QIODevice::ReadOnly));
                QCOMPARE(copy.readAll(), QByteArray("%PDF-1.4 signed agreement"));
            }
            const QString largePath = m_dir.filePath(QStringLiteral("large.pdf"));
            {
                QFile large(largePath);
                QVERIFY(large.open(QIODevice::WriteOnly));
                QVERIFY(large.resize(AttachmentPanel::maxAttachmentSize + 1));
            }
            const Status refused = editor->addAttachmentFile(largePath, QString());
            QVERIFY(!refused);
            QVERIFY2(refused.message().contains(QStringLiteral("large.pdf")), qPrintable(refused.message()));
            QCOMPARE(attachments->rowCount(), 1);
            const QString secondPath = m_dir.filePath(QStringLiteral("annex.txt"));
            {
                QFile annex(secondPath);
                QVERIFY(annex.open(QIODevice::WriteOnly));
                annex.write("Annex 1: measures");
            }
            QVERIFY(editor->addAttachmentFile(secondPath, QStringLiteral("Annex")));
            QCOMPARE(attachments->rowCount(), 2);
            const QString annexUuid = attachments->item(1, 0)->data(Qt::UserRole + 1).toString() == attachmentUuid
                                          ? attachments->item(0, 0)->data(Qt::UserRole + 1).toString()
                                          : attachments->item(1, 0)->data(Qt::UserRole + 1).toString();
            QVERIFY(editor->removeAttachment(annexUuid));
            QCOMPARE(attachments->rowCount(), 1);

            // Terminating keeps it, hidden unless the status filter asks for terminated agreements.
            QVERIFY(page.terminateAgreement(backupUuid));
            // The list follows the change through the event loop (changes of one action coalesce).
            QTRY_COMPARE(page.proxy()->rowCount(), 1);
            QCOMPARE(page.model()->rowCount(), 2);
            pickData(child<QComboBox>(&page, "statusCombo"), QStringLiteral("terminated"));
            QCOMPARE(page.proxy()->rowCount(), 1);
            QCOMPARE(page.proxy()->index(0, 0).data(UuidRole).toString(), backupUuid);
            pickData(child<QComboBox>(&page, "statusCombo"), QString());
            QCOMPARE(page.proxy()->rowCount(), 1);

            // A draft can be deleted.
            page.startNew();
            type(child<QLineEdit>(editor, "titleEdit"), QStringLiteral("Draft to delete"));
            pick(pickerCombo(editor, "processorPicker"), QStringLiteral("Backup Co"));
            QVERIFY(editor->save());
            QCOMPARE(page.model()->rowCount(), 3);
            QVERIFY(page.deleteAgreement(editor->currentUuid()));
            QTRY_COMPARE(page.model()->rowCount(), 2);
            QVERIFY(editor->currentUuid().isEmpty());
        }

        // Reopen: everything is still there, links intact.
        {
            Storage::Database database;
            const Status opened = database.open(path, m_passphrase);
            QVERIFY2(opened, qPrintable(opened.message()));
            RegisterContext context(database);
            context.setToday(m_today);
            AgreementsPage page(&context);
            page.resize(1280, 800);
            page.show();
            QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            QCOMPARE(page.model()->rowCount(), 2);
            page.showItem(hostingUuid);
            AgreementEditor *editor = page.agreementEditor();
            QCOMPARE(editor->currentUuid(), hostingUuid);
            QCOMPARE(child<QLineEdit>(editor, "titleEdit")->text(), QStringLiteral("Processing agreement hosting"));
            QCOMPARE(pickerCombo(editor, "processorPicker")->currentText(), QStringLiteral("Hosting B.V."));
            QCOMPARE(pickerCombo(editor, "controllerPicker")->currentText(), QStringLiteral("Our organisation"));
            QCOMPARE(child<QPlainTextEdit>(editor, "subjectMatterEdit")->toPlainText(),
                     QStringLiteral("Hosting the customer portal"));
            QVERIFY(child<QCheckBox>(editor, "clauseCheck_a")->isChecked());
            QVERIFY(!child<QCheckBox>(editor, "clauseCheck_b")->isChecked());
            QCOMPARE(child<QLineEdit>(editor, "clauseReference_a")->text(), QStringLiteral("art. 4.2"));
            QCOMPARE(child<DateField>(editor, "expiresOnField")->date(), m_today.addDays(20));
            QVERIFY(!child<DateField>(editor, "signedOnField")->date().isValid());
            QCOMPARE(child<QSpinBox>(editor, "objectionWindowSpin")->value(), 15);
            auto *notices = child<QTableWidget>(editor, "noticesTable");
            QCOMPARE(notices->rowCount(), 1);
            QCOMPARE(notices->item(0, AgreementNoticeDelegate::ChangeColumn)->text(), QStringLiteral("Adds Backup Co"));
            auto *measures = child<LinkChecklist>(editor, "measuresList")->listWidget();
            QCOMPARE(measures->count(), 1);
            QVERIFY(measures->item(0)->text().startsWith(QStringLiteral("Encryption at rest")));
            QCOMPARE(measures->item(0)->checkState(), Qt::Checked);
            QCOMPARE(child<QTableWidget>(editor, "attachmentsTable")->rowCount(), 1);
            QVERIFY(!page.hasUnsavedChanges());

            page.showItem(backupUuid); // terminated: hidden, shown on request
            QCOMPARE(editor->currentUuid(), backupUuid);
            QCOMPARE(pickerCombo(editor, "parentPicker")->currentData().toString(), hostingUuid);
            QCOMPARE(child<QComboBox>(editor, "agreementStatusCombo")->currentData().toString(),
                     QStringLiteral("terminated"));
            QCOMPARE(child<QLabel>(editor, "chainLabel")->text(),
                     QStringLiteral("Chain: Processing agreement hosting → Backup provider"));
            QVERIFY(!page.hasUnsavedChanges());
        }
    }

    void supplierPageIsSaved()
    {
        const QString path = m_dir.filePath(QStringLiteral("supplier.custodian"));
        Storage::Database database;
        QVERIFY(database.create(path, m_passphrase));
        RegisterContext context(database);
        context.setToday(m_today);
        Domain::Party party;
        party.name = QStringLiteral("Klantwolk");
        party.roles = {QStringLiteral("processor")};
        QVERIFY(context.parties().save(&party));
        AgreementsPage page(&context);
        QVERIFY(TestSupport::showAt(page));
        page.startNew();
        AgreementEditor *editor = page.agreementEditor();
        type(child<QLineEdit>(editor, "titleEdit"), QStringLiteral("DPA Klantwolk"));
        pick(pickerCombo(editor, "processorPicker"), QStringLiteral("Klantwolk"));
        pickData(child<QComboBox>(editor, "agreementStatusCombo"), QStringLiteral("active"));

        // The Supplier page: the model suggests its versions; cloud, locations, exit.
        auto *model = child<QComboBox>(editor, "modelCombo");
        editor->pages()->setCurrentIndex(editor->pages()->pageOf(model));
        QVERIFY(model->isVisible());
        auto *version = child<QLineEdit>(editor, "modelVersionEdit");
        pickData(model, QStringLiteral("standard_vwo_municipalities"));
        QCOMPARE(version->placeholderText(), QStringLiteral("e.g. 2.42"));
        pickData(model, QStringLiteral("data_pro_code"));
        QCOMPARE(version->placeholderText(), QStringLiteral("e.g. April 2019"));
        type(version, QStringLiteral("2019"));
        auto *cloud = child<QCheckBox>(editor, "cloudServiceCheck");
        cloud->setFocus();
        QTest::keyClick(cloud, Qt::Key_Space);
        QVERIFY(cloud->isChecked());
        type(child<QLineEdit>(editor, "locationsEdit"), QStringLiteral("Ireland"));
        auto *exit = child<QPlainTextEdit>(editor, "exitStrategyEdit");
        exit->setFocus();
        QTest::keyClicks(exit, QStringLiteral("CSV export within 30 days"));

        auto *annexes = child<FieldRowList>(editor, "annexesList");
        QTest::mouseClick(annexes->addButton(), Qt::LeftButton);
        pickData(child<QComboBox>(annexes, "kindCombo"), QStringLiteral("data_pro_statement"));
        type(child<QLineEdit>(annexes, "productEdit"), QStringLiteral("Klantwolk CRM"));
        auto *assurances = child<FieldRowList>(editor, "assurancesList");
        QTest::mouseClick(assurances->addButton(), Qt::LeftButton);
        pickData(child<QComboBox>(assurances, "kindCombo"), QStringLiteral("isae3402"));
        enterDate(child<DateField>(assurances, "issuedOnField"), m_today.addMonths(-2));
        enterDate(child<DateField>(assurances, "validUntilField"), m_today.addMonths(10));
        auto *reviews = child<FieldRowList>(editor, "reviewsList");
        QTest::mouseClick(reviews->addButton(), Qt::LeftButton);
        // A review without its day is refused with a message, and nothing is saved.
        QVERIFY(!page.saveChanges());
        QList<Domain::Agreement> stored;
        QVERIFY(context.agreements().list(&stored));
        QVERIFY(stored.isEmpty());
        enterDate(child<DateField>(reviews, "reviewedOnField"), m_today.addDays(-3));
        pickData(child<QComboBox>(reviews, "outcomeCombo"), QStringLiteral("actions_needed"));
        type(child<QLineEdit>(reviews, "reviewedByEdit"), QStringLiteral("DPO"));
        QVERIFY(page.saveChanges());

        Domain::Agreement saved;
        QVERIFY(context.agreements().load(editor->currentUuid(), &saved));
        QCOMPARE(saved.model, QStringLiteral("data_pro_code"));
        QCOMPARE(saved.modelVersion, QStringLiteral("2019"));
        QVERIFY(saved.cloudService);
        QCOMPARE(saved.locations, QStringLiteral("Ireland"));
        QCOMPARE(saved.exitStrategy, QStringLiteral("CSV export within 30 days"));
        QCOMPARE(saved.annexes.size(), 1);
        QCOMPARE(saved.annexes.first().kind, QStringLiteral("data_pro_statement"));
        QCOMPARE(saved.annexes.first().product, QStringLiteral("Klantwolk CRM"));
        QCOMPARE(saved.assurances.size(), 1);
        QCOMPARE(saved.assurances.first().kind, QStringLiteral("isae3402"));
        QCOMPARE(saved.assurances.first().validUntil, m_today.addMonths(10));
        QCOMPARE(saved.reviews.size(), 1);
        QCOMPARE(saved.reviews.first().reviewedOn, m_today.addDays(-3));
        QCOMPARE(saved.reviews.first().outcome, QStringLiteral("actions_needed"));
        QCOMPARE(saved.reviews.first().reviewedBy, QStringLiteral("DPO"));
        QVERIFY(!page.hasUnsavedChanges());

        // Shown again as saved.
        page.showItem(saved.uuid);
        QCOMPARE(child<QComboBox>(editor, "modelCombo")->currentData().toString(), QStringLiteral("data_pro_code"));
        QCOMPARE(assurances->rowsJson().size(), 1);
        QCOMPARE(reviews->rowsJson().size(), 1);
        QVERIFY(!page.hasUnsavedChanges());
    }

    void goToRequests()
    {
        const QString path = m_dir.filePath(QStringLiteral("goto.custodian"));
        Storage::Database database;
        QVERIFY(database.create(path, m_passphrase));
        RegisterContext context(database);
        Domain::Party party;
        party.name = QStringLiteral("Mail Ltd");
        party.roles = {QStringLiteral("processor")};
        QVERIFY(context.parties().save(&party));
        AgreementsPage page(&context);
        page.startNew();
        AgreementEditor *editor = page.agreementEditor();
        pick(pickerCombo(editor, "processorPicker"), QStringLiteral("Mail Ltd"));
        QSignalSpy spy(&context, &RegisterContext::showRequested);
        QTest::mouseClick(child<EntityPicker>(editor, "processorPicker")->goToButton(), Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("party"));
        QCOMPARE(spy.at(0).at(1).toString(), party.uuid);
        QTest::mouseClick(child<EntityPicker>(editor, "controllerPicker")->goToButton(), Qt::LeftButton);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(0).toString(), QStringLiteral("organisation"));

        // With our organisation as the processor, the notices are ours, sent to the controller
        // (Art. 28(2)): the table says so, and a new notice is sent today.
        auto *notices = editor->findChild<NoticeTable *>();
        QVERIFY(notices);
        auto *table = notices->table();
        QCOMPARE(table->horizontalHeaderItem(1)->text(), QStringLiteral("Received on"));
        pick(pickerCombo(editor, "processorPicker"), QStringLiteral("Our organisation"));
        pick(pickerCombo(editor, "controllerPicker"), QStringLiteral("Mail Ltd"));
        QVERIFY(notices->isSent());
        QCOMPARE(table->horizontalHeaderItem(1)->text(), QStringLiteral("Received by the controller on"));
        QCOMPARE(table->horizontalHeaderItem(4)->text(), QStringLiteral("Controller's answer"));
        context.setToday(QDate(2026, 6, 15));
        notices->setToday(QDate(2026, 6, 15));
        editor->addNotice();
        QCOMPARE(editor->currentItem().notices.size(), 1);
        QCOMPARE(editor->currentItem().notices.constFirst().sentOn, QDate(2026, 6, 15));
        // Back to a processor party: notices are received again.
        pick(pickerCombo(editor, "processorPicker"), QStringLiteral("Mail Ltd"));
        QVERIFY(!notices->isSent());
    }
};

QTEST_MAIN(TestAgreementsPage)
#include "tst_agreementspage.moc"
