// The Parties section: create a party through the editor, find it in the list by search and role,
// see what refers to it and jump there, retire and restore it, reopen the register and find it
// with its links intact; inline validation and the unsaved-change guard.
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include "app/LanguageManager.h"
#include "framework/EntityTableModel.h"
#include "framework/ListFilterProxy.h"
#include "framework/RegisterContext.h"
#include "framework/Roles.h"
#include "register/Services.h"
#include "sections/catalogues/PartiesPage.h"
#include "sections/catalogues/PartyEditor.h"
#include "sections/catalogues/PartyUsedByList.h"
#include "storage/Database.h"
#include "support/FormInput.h"
#include "support/TestWindow.h"

using namespace Custodian;
using namespace Custodian::Ui;
using namespace TestSupport;

class TestPartiesPage : public QObject
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
        const QString path = m_dir.filePath(QStringLiteral("parties.custodian"));
        QString hostingUuid;
        QString agreementUuid;
        QString activityUuid;
        {
            Storage::Database database;
            const Status created = database.create(path, m_passphrase);
            QVERIFY2(created, qPrintable(created.message()));
            RegisterContext context(database);
            PartiesPage page(&context);
            QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            QVERIFY(TestSupport::showAt(page));
            QCOMPARE(page.entityCode(), QStringLiteral("party"));
            QCOMPARE(page.model()->rowCount(), 0);
            QVERIFY(child<QLabel>(&page, "emptyLabel")->isVisible());
            QVERIFY(child<QLabel>(&page, "emptyLabel")->text().contains(QStringLiteral("New party")));

            // A new party through the editor's fields.
            page.startNew();
            QVERIFY(!page.hasUnsavedChanges());
            type(child<QLineEdit>(&page, "nameEdit"), QStringLiteral("Hosting Partner B.V."));
            QVERIFY(page.hasUnsavedChanges());
            tick(child<QListWidget>(&page, "rolesList"), QStringLiteral("processor"));
            tick(child<QListWidget>(&page, "rolesList"), QStringLiteral("sub_processor"));
            auto *country = child<QComboBox>(&page, "countryCombo");
            country->lineEdit()->setFocus();
            country->lineEdit()->selectAll();
            QTest::keyClicks(country->lineEdit(), QStringLiteral("ie"));
            country->completer()->popup()->hide();
            type(child<QLineEdit>(&page, "contactNameEdit"), QStringLiteral("Jan Jansen"));
            type(child<QLineEdit>(&page, "contactEmailEdit"), QStringLiteral("privacy@hosting.example"));
            type(child<QLineEdit>(&page, "dpoNameEdit"), QStringLiteral("Petra de Boer"));
            auto *notes = child<QPlainTextEdit>(&page, "notesEdit");
            notes->setFocus();
            QTest::keyClicks(notes, QStringLiteral("ISO 27001 certified"));

            const Domain::Party typed = page.partyEditor()->currentParty();
            QCOMPARE(typed.country, QStringLiteral("IE"));
            QCOMPARE(typed.roles, QStringList({QStringLiteral("processor"), QStringLiteral("sub_processor")}));
            auto *save = child<QPushButton>(&page, "saveButton");
            QVERIFY(save->isEnabled());
            QTest::mouseClick(save, Qt::LeftButton);
            QVERIFY(!page.hasUnsavedChanges());
            hostingUuid = page.partyEditor()->currentUuid();
            QVERIFY(!hostingUuid.isEmpty());

            // It appears in the list with its columns, selected.
            QTRY_COMPARE(page.model()->rowCount(), 1);
            QVERIFY(child<QTableView>(&page, "listView")->isVisible());
            const int row = rowOf(page.proxy(), hostingUuid);
            QVERIFY(row >= 0);
            QCOMPARE(cell(page.proxy(), row, PartiesPage::NameColumn), QStringLiteral("Hosting Partner B.V."));
            QCOMPARE(cell(page.proxy(), row, PartiesPage::RolesColumn), QStringLiteral("Processor, Sub-processor"));
            QCOMPARE(cell(page.proxy(), row, PartiesPage::CountryColumn), QStringLiteral("Ireland"));
            QCOMPARE(cell(page.proxy(), row, PartiesPage::ContactColumn), QStringLiteral("Jan Jansen"));
            QCOMPARE(cell(page.proxy(), row, PartiesPage::UsedByColumn), QStringLiteral("0"));
            QCOMPARE(cell(page.proxy(), row, PartiesPage::AttentionColumn), QString());
            QTRY_COMPARE(child<QTableView>(&page, "listView")->currentIndex().siblingAtColumn(0).data(UuidRole),
                         QVariant(hostingUuid));
            QCOMPARE(page.currentItemName(), QStringLiteral("Hosting Partner B.V."));

            // A second party straight through the service: the list follows every change.
            Domain::Party payroll;
            payroll.name = QStringLiteral("Payroll Service NL");
            payroll.roles = {QStringLiteral("processor")};
            payroll.country = QStringLiteral("NL");
            QVERIFY(context.parties().save(&payroll));
            Domain::Party customer;
            customer.name = QStringLiteral("Customer Gemeente");
            customer.roles = {QStringLiteral("controller")};
            QVERIFY(context.parties().save(&customer));
            QTRY_COMPARE(page.model()->rowCount(), 3);

            // Search filters over the visible text; the count says so.
            auto *search = child<QLineEdit>(&page, "searchEdit");
            auto *count = child<QLabel>(&page, "countLabel");
            QTest::keyClicks(search, QStringLiteral("hosting"));
            QCOMPARE(page.proxy()->rowCount(), 1);
            QVERIFY2(count->text().contains(QStringLiteral("1 of 3")), qPrintable(count->text()));
            search->clear();
            QTest::keyClicks(search, QStringLiteral("ireland"));
            QCOMPARE(page.proxy()->rowCount(), 1);
            search->clear();
            QTest::keyClicks(search, QStringLiteral("processor nl"));
            QCOMPARE(page.proxy()->rowCount(), 1);
            search->clear();
            QCOMPARE(page.proxy()->rowCount(), 3);
            QVERIFY2(count->text().startsWith(QStringLiteral("3 item")), qPrintable(count->text()));

            // The role filter.
            auto *roleCombo = child<QComboBox>(&page, "roleCombo");
            roleCombo->setCurrentIndex(roleCombo->findData(QStringLiteral("processor")));
            QCOMPARE(page.proxy()->rowCount(), 2);
            QVERIFY2(count->text().startsWith(QStringLiteral("2 item")), qPrintable(count->text()));
            roleCombo->setCurrentIndex(roleCombo->findData(QStringLiteral("controller")));
            QCOMPARE(page.proxy()->rowCount(), 1);
            QCOMPARE(cell(page.proxy(), 0, PartiesPage::NameColumn), QStringLiteral("Customer Gemeente"));
            roleCombo->setCurrentIndex(0);
            QCOMPARE(page.proxy()->rowCount(), 3);
            // Tab goes from the shared filters to the role filter, then to "Show retired".
            const auto nextFocus = [](QWidget *widget) {
                do
                    widget = widget->nextInFocusChain();
                while (!(widget->focusPolicy() & Qt::TabFocus));
                return widget;
            };
            QCOMPARE(nextFocus(child<QCheckBox>(&page, "dueCheck")), roleCombo);
            QCOMPARE(nextFocus(roleCombo), child<QPushButton>(&page, "municipalBodiesButton"));
            QCOMPARE(nextFocus(child<QPushButton>(&page, "municipalBodiesButton")),
                     child<QCheckBox>(&page, "showRetiredCheck"));

            // What refers to the party: an agreement and an activity; both jump there.
            Domain::Agreement agreement;
            agreement.title = QStringLiteral("DPA hosting");
            agreement.processorUuid = hostingUuid;
            agreement.clauses = Domain::Agreement::emptyClauses();
            Domain::Findings findings;
            const Status agreementSaved = context.agreements().save(&agreement, &findings);
            QVERIFY2(agreementSaved, qPrintable(agreementSaved.message()));
            agreementUuid = agreement.uuid;
            Domain::ProcessingActivity activity;
            activity.name = QStringLiteral("Customer support");
            activity.purpose = QStringLiteral("Answer questions of customers");
            Domain::Recipient recipient;
            recipient.partyUuid = hostingUuid;
            recipient.kind = QStringLiteral("processor");
            recipient.description = QStringLiteral("Hosting of the ticket system");
            activity.recipients = {recipient};
            const Status activitySaved = context.activities().save(&activity, &findings);
            QVERIFY2(activitySaved, qPrintable(activitySaved.message()));
            activityUuid = activity.uuid;
            QTRY_COMPARE(cell(page.model(), rowOf(page.model(), hostingUuid), PartiesPage::UsedByColumn),
                         QStringLiteral("2"));
            page.showItem(hostingUuid);
            auto *usedBy = child<PartyUsedByList>(&page, "usedByList");
            QCOMPARE(usedBy->references().size(), 2);
            QCOMPARE(usedBy->count(), 2);
            // The kind of item as the register names it, its name, and the party's role in it.
            QCOMPARE(usedBy->item(0)->text(), QStringLiteral("Agreement: DPA hosting (processor)"));
            QCOMPARE(usedBy->item(1)->text(), QStringLiteral("Processing activity: Customer support (recipient)"));
            QSignalSpy jumps(&context, &RegisterContext::showRequested);
            usedBy->setFocus();
            usedBy->setCurrentRow(0);
            QTest::keyClick(usedBy, Qt::Key_Return);
            QCOMPARE(jumps.count(), 1);
            QCOMPARE(jumps.at(0).at(0).toString(), QStringLiteral("agreement"));
            QCOMPARE(jumps.at(0).at(1).toString(), agreementUuid);
            usedBy->open(1);
            QCOMPARE(jumps.count(), 2);
            QCOMPARE(jumps.at(1).at(0).toString(), QStringLiteral("activity"));
            QCOMPARE(jumps.at(1).at(1).toString(), activityUuid);
            // A retired activity still refers to the party, and says it is retired.
            QVERIFY(context.activities().retire(activityUuid));
            QTRY_COMPARE(usedBy->item(1)->text(),
                         QStringLiteral("Processing activity: Customer support (retired) (recipient)"));

            // Retire: hidden unless "Show retired"; then marked in text and offered for restoring.
            const Status retired = page.setRetired(customer.uuid, true);
            QVERIFY2(retired, qPrintable(retired.message()));
            QTRY_COMPARE(page.proxy()->rowCount(), 2);
            QCOMPARE(page.model()->rowCount(), 3);
            QVERIFY2(count->text().contains(QStringLiteral("2 of 3")), qPrintable(count->text()));
            child<QCheckBox>(&page, "showRetiredCheck")->setChecked(true);
            QCOMPARE(page.proxy()->rowCount(), 3);
            QCOMPARE(cell(page.model(), rowOf(page.model(), customer.uuid), PartiesPage::NameColumn),
                     QStringLiteral("Customer Gemeente (retired)"));
            page.showItem(customer.uuid);
            QCOMPARE(child<QPushButton>(&page, "retireButton")->text(), QStringLiteral("Restore"));
            QVERIFY(child<QLabel>(&page, "editorStateLabel")->isVisible());
            QVERIFY(page.setRetired(customer.uuid, false));
            QTRY_COMPARE(child<QPushButton>(&page, "retireButton")->text(), QStringLiteral("Retire…"));
            QVERIFY(!child<QLabel>(&page, "editorStateLabel")->isVisible());

            // A party in use cannot be deleted; an unused one can.
            QVERIFY(!page.removeItem(hostingUuid));
            QVERIFY(page.removeItem(customer.uuid));
            QTRY_COMPARE(page.model()->rowCount(), 2);
        }

        // Reopened, as after a restart: the party and its links are there.
        Storage::Database database;
        const Status opened = database.open(path, m_passphrase);
        QVERIFY2(opened, qPrintable(opened.message()));
        RegisterContext context(database);
        PartiesPage page(&context);
        page.resize(1280, 800);
        page.show();
        QCOMPARE(page.model()->rowCount(), 2);
        const int row = rowOf(page.model(), hostingUuid);
        QVERIFY(row >= 0);
        QCOMPARE(cell(page.model(), row, PartiesPage::UsedByColumn), QStringLiteral("2"));
        page.showItem(hostingUuid);
        QCOMPARE(child<QLineEdit>(&page, "nameEdit")->text(), QStringLiteral("Hosting Partner B.V."));
        QCOMPARE(child<QComboBox>(&page, "countryCombo")->currentText(), QStringLiteral("Ireland (IE)"));
        QCOMPARE(child<QLineEdit>(&page, "contactEmailEdit")->text(), QStringLiteral("privacy@hosting.example"));
        QCOMPARE(child<QLineEdit>(&page, "dpoNameEdit")->text(), QStringLiteral("Petra de Boer"));
        QCOMPARE(child<QPlainTextEdit>(&page, "notesEdit")->toPlainText(), QStringLiteral("ISO 27001 certified"));
        const Domain::Party loaded = page.partyEditor()->loadedParty();
        QCOMPARE(loaded.roles, QStringList({QStringLiteral("processor"), QStringLiteral("sub_processor")}));
        auto *usedBy = child<PartyUsedByList>(&page, "usedByList");
        QCOMPARE(usedBy->references().size(), 2);
        QCOMPARE(usedBy->references().at(0).uuid, agreementUuid);
        QCOMPARE(usedBy->references().at(1).uuid, activityUuid);
        QVERIFY(!page.hasUnsavedChanges());
    }

    // "Add a municipality's bodies…" asks, adds them marked as the organisation's own, says how many,
    // and the Roles column calls them administrative bodies; the editor shows the box ticked.
    void municipalBodiesFromTheButton()
    {
        const QString path = m_dir.filePath(QStringLiteral("bodies.custodian"));
        Storage::Database database;
        QVERIFY(database.create(path, m_passphrase));
        RegisterContext context(database);
        PartiesPage page(&context);
        QVERIFY(TestSupport::showAt(page));
        QStringList answered;
        QTimer answer;
        connect(&answer, &QTimer::timeout, this, [&answered] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal)
                return;
            for (QPushButton *button : modal->findChildren<QPushButton *>()) {
                const QString text = button->text().remove(QLatin1Char('&'));
                if (text == QLatin1String("Add bodies") || text == QLatin1String("OK")) {
                    answered << text;
                    button->click();
                    return;
                }
            }
        });
        answer.start(50);
        QTest::mouseClick(child<QPushButton>(&page, "municipalBodiesButton"), Qt::LeftButton);
        answer.stop();
        QCOMPARE(answered, QStringList({QStringLiteral("Add bodies"), QStringLiteral("OK")}));
        const int count = int(Register::PartyService::municipalBodies().size());
        QTRY_COMPARE(page.model()->rowCount(), count);
        for (int row = 0; row < count; ++row)
            QCOMPARE(cell(page.proxy(), row, PartiesPage::RolesColumn), QStringLiteral("Administrative body"));
        page.partyEditor()->load(page.model()->index(0, 0).data(Ui::UuidRole).toString());
        QVERIFY(child<QCheckBox>(&page, "ownBodyCheck")->isChecked());
    }

    void validationBlocksSaving()
    {
        const QString path = m_dir.filePath(QStringLiteral("validation.custodian"));
        Storage::Database database;
        QVERIFY(database.create(path, m_passphrase));
        RegisterContext context(database);
        PartiesPage page(&context);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.startNew();

        // A new, untouched party shows no errors yet.
        auto *nameMessage = child<QLabel>(&page, "nameMessage");
        QVERIFY(nameMessage->isHidden());

        // A bad e-mail address is named next to the field as it is typed, and blocks saving.
        type(child<QLineEdit>(&page, "contactEmailEdit"), QStringLiteral("jan.jansen"));
        auto *emailMessage = child<QLabel>(&page, "contactEmailMessage");
        QVERIFY(!emailMessage->isHidden());
        QVERIFY(emailMessage->text().startsWith(QStringLiteral("Error: ")));
        QVERIFY(emailMessage->text().contains(QStringLiteral("e-mail")));
        QVERIFY(!nameMessage->isHidden()); // the name is missing too
        auto *save = child<QPushButton>(&page, "saveButton");
        QVERIFY(!save->isEnabled());
        QVERIFY(!page.saveChanges());
        QVERIFY(child<QLineEdit>(&page, "nameEdit")->hasFocus()); // the first field to correct
        QVERIFY(!child<QLabel>(&page, "summaryLabel")->isHidden());

        // A country that is not a code.
        auto *country = child<QComboBox>(&page, "countryCombo");
        country->setEditText(QStringLiteral("Atlantis"));
        QVERIFY(!child<QLabel>(&page, "countryMessage")->isHidden());

        type(child<QLineEdit>(&page, "nameEdit"), QStringLiteral("Payroll Service"));
        type(child<QLineEdit>(&page, "contactEmailEdit"), QStringLiteral("jan@payroll.example"));
        country->setEditText(QStringLiteral("Netherlands"));
        QVERIFY(child<QLabel>(&page, "countryMessage")->isHidden());
        QCOMPARE(page.partyEditor()->currentParty().country, QStringLiteral("NL"));
        // A country's Dutch name finds it in English too, and the list names countries in the UI language.
        country->setEditText(QStringLiteral("Duitsland"));
        QCOMPARE(page.partyEditor()->currentParty().country, QStringLiteral("DE"));
        QVERIFY(country->findText(QStringLiteral("Germany (DE)")) > 0);
        country->setEditText(QStringLiteral("Netherlands"));
        QVERIFY(emailMessage->isHidden());
        QVERIFY(nameMessage->isHidden());
        QVERIFY(save->isEnabled());
        QCOMPARE(page.model()->rowCount(), 0);
        QVERIFY(page.saveChanges());
        QTRY_COMPARE(page.model()->rowCount(), 1);
    }

    void unsavedChangesAreGuarded()
    {
        const QString path = m_dir.filePath(QStringLiteral("guard.custodian"));
        Storage::Database database;
        QVERIFY(database.create(path, m_passphrase));
        RegisterContext context(database);
        Domain::Party party;
        party.name = QStringLiteral("Mail Provider");
        party.roles = {QStringLiteral("processor")};
        QVERIFY(context.parties().save(&party));
        PartiesPage page(&context);
        page.resize(1280, 800);
        page.show();
        QSignalSpy modified(&page, &SectionPage::modifiedChanged);
        page.showItem(party.uuid);
        QVERIFY(!page.hasUnsavedChanges());

        auto *name = child<QLineEdit>(&page, "nameEdit");
        type(name, QStringLiteral("Mail Provider Ltd"));
        QVERIFY(page.hasUnsavedChanges());
        QVERIFY(!modified.isEmpty());
        QCOMPARE(modified.last().at(0).toBool(), true); // for the window title's "*"
        QVERIFY(child<QPushButton>(&page, "revertButton")->isEnabled());
        // Typing the stored value back is no change.
        type(name, QStringLiteral("Mail Provider"));
        QVERIFY(!page.hasUnsavedChanges());
        tick(child<QListWidget>(&page, "rolesList"), QStringLiteral("recipient"));
        QVERIFY(page.hasUnsavedChanges());

        page.editor()->revert();
        QVERIFY(!page.hasUnsavedChanges());
        QCOMPARE(name->text(), QStringLiteral("Mail Provider"));
        QCOMPARE(page.partyEditor()->currentParty().roles, QStringList{QStringLiteral("processor")});
        QVERIFY(page.confirmLeave()); // nothing to ask about

        // A hidden section catches up when it is shown again, not on every change elsewhere.
        page.hide();
        Domain::Party other;
        other.name = QStringLiteral("Printing Company");
        QVERIFY(context.parties().save(&other));
        QCoreApplication::processEvents();
        QCOMPARE(page.model()->rowCount(), 1);
        page.show();
        QCOMPARE(page.model()->rowCount(), 2);
    }
};

QTEST_MAIN(TestPartiesPage)
#include "tst_partiespage.moc"
