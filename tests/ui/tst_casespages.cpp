// The Requests and Breaches sections (issue: requests and breaches): a request logged through its
// editor gets its number and deadlines, the list says how many days are left and filters by right
// and deadline, the activities of a group of data subjects are ticked at once, and a closed case
// leaves the list until closed cases are asked for; a breach logged through its editor counts its
// 72 hours, fills in its data from the affected activities, and the list shows its clock; the
// dashboard lists both, and warns when a deadline has passed.
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

#include "app/LanguageManager.h"
#include "framework/EntityTableModel.h"
#include "framework/FieldRowList.h"
#include "framework/ListFilterProxy.h"
#include "framework/RegisterContext.h"
#include "register/OrganisationService.h"
#include "register/Services.h"
#include "sections/breaches/BreachEditor.h"
#include "sections/breaches/BreachesPage.h"
#include "sections/dashboard/DashboardCard.h"
#include "sections/dashboard/DashboardPage.h"
#include "sections/requests/RequestEditor.h"
#include "sections/requests/RequestsPage.h"
#include "storage/Database.h"
#include "support/FormInput.h"
#include "support/TestWindow.h"
#include "widgets/CodeChecklist.h"
#include "widgets/DateField.h"
#include "widgets/EntityPicker.h"
#include "widgets/LinkChecklist.h"
#include "widgets/MomentField.h"

using namespace Custodian;
using namespace Custodian::Ui;
using namespace TestSupport;

class TestCasesPages : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    LanguageManager m_language;
    const QString m_passphrase = QStringLiteral("a long test passphrase");
    const QDate m_today = QDate(2026, 3, 2);
    const QDateTime m_now = QDateTime(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC);

    static void setDate(DateField *field, QDate date)
    {
        QVERIFY(field);
        if (!field->checkBox()->isChecked())
            QTest::mouseClick(field->checkBox(), Qt::LeftButton);
        field->dateEdit()->setDate(date);
    }
    static void setMoment(MomentField *field, const QDateTime &moment)
    {
        QVERIFY(field);
        if (!field->checkBox()->isChecked())
            QTest::mouseClick(field->checkBox(), Qt::LeftButton);
        field->edit()->setDateTime(moment.toLocalTime());
    }
    // A new register with two activities: one for customers (with health data), one for staff.
    void makeRegister(const QString &path, QString *customers, QString *staff)
    {
        Storage::Database database;
        const Status created = database.create(path, m_passphrase);
        QVERIFY2(created, qPrintable(created.message()));
        Register::ActivityService activities(database);
        Domain::ProcessingActivity customerActivity;
        customerActivity.name = QStringLiteral("Customer service");
        customerActivity.subjectCategories = {QStringLiteral("Customers")};
        customerActivity.systems = QStringLiteral("Helpdesk\nMail server");
        customerActivity.bsn = true;
        Domain::DataCategory health;
        health.name = QStringLiteral("Complaints about treatment");
        health.specialCategory = QStringLiteral("health");
        customerActivity.dataCategories = {health};
        QVERIFY(activities.save(&customerActivity));
        *customers = customerActivity.uuid;
        Domain::ProcessingActivity staffActivity;
        staffActivity.name = QStringLiteral("Payroll");
        staffActivity.subjectCategories = {QStringLiteral("Employees")};
        QVERIFY(activities.save(&staffActivity));
        *staff = staffActivity.uuid;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_language.setLanguage(QStringLiteral("en"));
    }

    void requestThroughEditorAndList()
    {
        const QString path = m_dir.filePath(QStringLiteral("requests.custodian"));
        QString customers;
        QString staff;
        makeRegister(path, &customers, &staff);
        Storage::Database database;
        QVERIFY(database.open(path, m_passphrase));
        RegisterContext context(database);
        context.setToday(m_today);
        RequestsPage page(&context);
        QVERIFY(showAt(page));
        QCOMPARE(page.entityCode(), QStringLiteral("request"));
        QCOMPARE(page.model()->rowCount(), 0);

        // Logged: received ten days ago, an access request; no right yet means it cannot be saved.
        page.startNew();
        setDate(child<DateField>(&page, "receivedOnField"), m_today.addDays(-10));
        type(child<QLineEdit>(&page, "requesterNameEdit"), QStringLiteral("A. Jansen"));
        QVERIFY(!page.saveChanges());
        auto *rights = child<FieldRowList>(&page, "rightsList");
        QTest::mouseClick(rights->addButton(), Qt::LeftButton);
        // A new right starts "not decided yet", its right not chosen.
        QCOMPARE(rights->rowsJson().first().toObject().value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("pending"));
        pick(child<QComboBox>(rights, "rightCombo"), QStringLiteral("access"));
        // The activities of the customers are the places to search.
        QCOMPARE(page.requestEditor()->tickActivitiesOf(QStringLiteral("Customers")), 1);
        auto *activities = child<LinkChecklist>(&page, "activitiesList");
        QCOMPARE(activities->checkedUuids(), QStringList{customers});
        QVERIFY(page.saveChanges());
        const QString uuid = page.requestEditor()->currentUuid();
        Domain::RequestCase stored;
        QVERIFY(context.requests().load(uuid, &stored));
        QCOMPARE(stored.number, QStringLiteral("R-2026-0001"));
        QCOMPARE(stored.rightCodes(), QStringList{QStringLiteral("access")});
        QCOMPARE(stored.activities, QStringList{customers});
        QVERIFY(stored.actBy.isValid());
        // The deadline line and the list say how long is left.
        QVERIFY2(child<QLabel>(&page, "deadlineLabel")->text().contains(QLatin1String("left")),
                 qPrintable(child<QLabel>(&page, "deadlineLabel")->text()));
        QTRY_COMPARE(page.model()->rowCount(), 1);
        const int row = rowOf(page.model(), uuid);
        QCOMPARE(cell(page.model(), row, RequestsPage::NumberColumn), QStringLiteral("R-2026-0001"));
        QVERIFY2(cell(page.model(), row, RequestsPage::ActByColumn).contains(QLatin1String("left")),
                 qPrintable(cell(page.model(), row, RequestsPage::ActByColumn)));
        QCOMPARE(cell(page.model(), row, RequestsPage::RequesterColumn), QStringLiteral("A. Jansen"));

        // Filters: by right, and by the deadline window.
        pick(child<QComboBox>(&page, "rightFilterCombo"), QStringLiteral("erasure"));
        QCOMPARE(page.proxy()->rowCount(), 0);
        pick(child<QComboBox>(&page, "rightFilterCombo"), QStringLiteral("access"));
        QCOMPARE(page.proxy()->rowCount(), 1);
        auto *window = child<QComboBox>(&page, "deadlineFilterCombo");
        window->setCurrentIndex(window->findData(-1)); // overdue
        QCOMPARE(page.proxy()->rowCount(), 0);
        window->setCurrentIndex(window->findData(30));
        QCOMPARE(page.proxy()->rowCount(), 1);
        window->setCurrentIndex(0);

        // Deadlines counted again for every open case at once (another calendar): announced
        // without an item, the list reads every case again.
        QSqlQuery moved(database.connection());
        QVERIFY(moved.exec(QStringLiteral("UPDATE request_case SET act_by = '%1' WHERE uuid = '%2'")
                               .arg(m_today.addDays(-1).toString(Qt::ISODate), uuid)));
        database.changes().announce(Domain::EntityKind::RequestCase, QString());
        window->setCurrentIndex(window->findData(-1)); // overdue
        QTRY_COMPARE(page.proxy()->rowCount(), 1);
        window->setCurrentIndex(0);

        // Answered: it closes, and leaves the list of open cases.
        auto *editorStatus = page.requestEditor()->findChild<QComboBox *>(QStringLiteral("statusCombo"));
        pick(editorStatus, QStringLiteral("answered"));
        page.requestEditor()->focusField(QStringLiteral("responseOn"));
        setDate(child<DateField>(&page, "responseOnField"), m_today);
        QVERIFY(page.saveChanges());
        QVERIFY(context.requests().load(uuid, &stored));
        QCOMPARE(stored.closedOn, m_today);
        QTRY_COMPARE(page.model()->rowCount(), 0);
        QTest::mouseClick(page.closedCheck(), Qt::LeftButton);
        QTRY_COMPARE(page.model()->rowCount(), 1);
        QVERIFY2(cell(page.model(), 0, RequestsPage::ActByColumn).startsWith(QLatin1String("closed")),
                 qPrintable(cell(page.model(), 0, RequestsPage::ActByColumn)));
    }

    // A public body's new case is a decision under the Awb: the objection fields follow the box, the
    // deciding body is one of the organisation's, and an objection received shows in the list.
    void aPublicBodysCaseIsADecisionUnderTheAwb()
    {
        const QString path = m_dir.filePath(QStringLiteral("awb.custodian"));
        QString customers;
        QString staff;
        makeRegister(path, &customers, &staff);
        Storage::Database database;
        QVERIFY(database.open(path, m_passphrase));
        {
            Register::OrganisationService organisations(database);
            Domain::Organisation organisation;
            QVERIFY(organisations.load(&organisation));
            organisation.name = QStringLiteral("Gemeente Voorbeeld");
            organisation.publicBody = true;
            QVERIFY(organisations.save(organisation));
        }
        Register::PartyService parties(database);
        int added = 0;
        QVERIFY(parties.addOwnBodies({QStringLiteral("College van burgemeester en wethouders")}, &added));
        QList<Domain::Party> bodies;
        QVERIFY(parties.list(&bodies));
        QCOMPARE(bodies.size(), 1);
        RegisterContext context(database);
        context.setToday(m_today);
        RequestsPage page(&context);
        QVERIFY(showAt(page));

        page.startNew();
        auto *awb = child<QCheckBox>(&page, "awbDecisionCheck");
        QVERIFY(awb->isChecked());
        QVERIFY(!page.hasUnsavedChanges()); // a default, not an edit
        auto *received = child<DateField>(&page, "objectionReceivedOnField");
        QVERIFY(received->isEnabled());
        awb->click();
        QVERIFY(!received->isEnabled());
        QVERIFY(child<DateField>(&page, "apComplaintOnField")->isEnabled()); // anyone may complain to the AP
        awb->click();
        setDate(child<DateField>(&page, "receivedOnField"), m_today.addDays(-40));
        type(child<QLineEdit>(&page, "requesterNameEdit"), QStringLiteral("A. Jansen"));
        auto *rights = child<FieldRowList>(&page, "rightsList");
        QTest::mouseClick(rights->addButton(), Qt::LeftButton);
        pick(child<QComboBox>(rights, "rightCombo"), QStringLiteral("access"));
        pick(child<QComboBox>(page.requestEditor(), "statusCombo"), QStringLiteral("answered"));
        page.requestEditor()->focusField(QStringLiteral("responseOn"));
        setDate(child<DateField>(&page, "responseOnField"), m_today.addDays(-20));
        auto *body = child<EntityPicker>(&page, "decidingBodyPicker");
        body->setCurrentUuid(bodies.constFirst().uuid);
        QCOMPARE(body->currentUuid(), bodies.constFirst().uuid);
        page.requestEditor()->focusField(QStringLiteral("objectionReceivedOn"));
        setDate(received, m_today.addDays(-3));
        QVERIFY(page.saveChanges());
        Domain::RequestCase stored;
        QVERIFY(context.requests().load(page.requestEditor()->currentUuid(), &stored));
        QVERIFY(stored.awbDecision);
        QCOMPARE(stored.decidingBodyUuid, bodies.constFirst().uuid);
        QCOMPARE(stored.objectionReceivedOn, m_today.addDays(-3));
        QTest::mouseClick(page.closedCheck(), Qt::LeftButton);
        QTRY_COMPARE(page.model()->rowCount(), 1);
        QVERIFY2(cell(page.model(), 0, RequestsPage::StatusColumn).contains(QLatin1String("objection pending")),
                 qPrintable(cell(page.model(), 0, RequestsPage::StatusColumn)));
    }

    void breachThroughEditorAndList()
    {
        const QString path = m_dir.filePath(QStringLiteral("breaches.custodian"));
        QString customers;
        QString staff;
        makeRegister(path, &customers, &staff);
        Storage::Database database;
        QVERIFY(database.open(path, m_passphrase));
        RegisterContext context(database);
        context.setToday(m_today);
        context.setNow(m_now);
        BreachesPage page(&context);
        QVERIFY(showAt(page));
        QCOMPARE(page.model()->rowCount(), 0);

        page.startNew();
        // A controller's "notify by" is counted from the agreement when saved: not typed in.
        QVERIFY(!child<MomentField>(&page, "dueAtField")->isEnabled());
        typePlain(child<QPlainTextEdit>(&page, "summaryEdit"),
                  QStringLiteral("A laptop with complaint letters was stolen."));
        setMoment(child<MomentField>(&page, "awareAtField"), m_now.addSecs(-10 * 3600));
        // The 72 hours count from awareness: 62 hours left.
        auto *clock = child<QLabel>(&page, "clockLabel");
        QVERIFY2(clock->text().contains(QLatin1String("62 h 00 min")), qPrintable(clock->text()));
        // The affected activity fills in the data involved.
        auto *activities = child<LinkChecklist>(&page, "activitiesList");
        activities->setChecked(customers, true);
        QVERIFY(page.breachEditor()->fillFromActivities());
        QCOMPARE(child<CodeChecklist>(&page, "specialCategoriesList")->checkedCodes(),
                 QStringList{QStringLiteral("health")});
        QVERIFY(child<CodeChecklist>(&page, "dataTypesList")->isChecked(QStringLiteral("bsn")));
        QVERIFY(child<CodeChecklist>(&page, "dataTypesList")->isChecked(QStringLiteral("special")));
        QCOMPARE(child<QPlainTextEdit>(&page, "systemsEdit")->toPlainText(), QStringLiteral("Helpdesk\nMail server"));
        // A second time adds nothing: every system and category is there once.
        QVERIFY(!page.breachEditor()->fillFromActivities());
        QCOMPARE(child<QPlainTextEdit>(&page, "systemsEdit")->toPlainText(), QStringLiteral("Helpdesk\nMail server"));
        QVERIFY(page.saveChanges());
        const QString uuid = page.breachEditor()->currentUuid();
        Domain::Breach stored;
        QVERIFY(context.breaches().load(uuid, &stored));
        QCOMPARE(stored.number, QStringLiteral("B-2026-0001"));
        QCOMPARE(stored.notifyBy, m_now.addSecs(62 * 3600));
        QCOMPARE(stored.specialCategories, QStringList{QStringLiteral("health")});
        QTRY_COMPARE(page.model()->rowCount(), 1);
        QVERIFY2(cell(page.model(), 0, BreachesPage::AuthorityColumn).contains(QLatin1String("62 hour")),
                 qPrintable(cell(page.model(), 0, BreachesPage::AuthorityColumn)));
        // The clock counts down while the list shows (each minute), and turns red when the hours pass.
        context.setNow(m_now.addSecs(2 * 3600));
        page.updateClocks();
        QVERIFY2(cell(page.model(), 0, BreachesPage::AuthorityColumn).contains(QLatin1String("60 hour")),
                 qPrintable(cell(page.model(), 0, BreachesPage::AuthorityColumn)));
        context.setNow(m_now.addSecs(63 * 3600));
        page.updateClocks();
        QVERIFY2(cell(page.model(), 0, BreachesPage::AuthorityColumn).contains(QLatin1String("72 hours passed")),
                 qPrintable(cell(page.model(), 0, BreachesPage::AuthorityColumn)));
        context.setNow(m_now);
        page.updateClocks();

        // Decided not to notify, with the reasoning: the list says so.
        pick(child<QComboBox>(&page, "notifyApCombo"), QStringLiteral("no"));
        typePlain(child<QPlainTextEdit>(&page, "notifyApReasoningEdit"), QStringLiteral("The laptop was encrypted."));
        QVERIFY(page.saveChanges());
        QTRY_COMPARE(cell(page.model(), 0, BreachesPage::AuthorityColumn), QStringLiteral("not notified"));
    }

    void dashboardListsRequestsAndBreaches()
    {
        const QString path = m_dir.filePath(QStringLiteral("dashboard.custodian"));
        QString customers;
        QString staff;
        makeRegister(path, &customers, &staff);
        Storage::Database database;
        QVERIFY(database.open(path, m_passphrase));
        RegisterContext context(database);
        context.setToday(m_today);
        context.setNow(m_now);
        Domain::RequestCase request;
        request.receivedOn = m_today.addMonths(-2); // overdue
        Domain::RequestedRight erasure;
        erasure.right = QStringLiteral("erasure");
        request.rights = {erasure};
        QVERIFY(context.requests().save(&request));
        Domain::Breach breach;
        breach.summary = QStringLiteral("Wrong recipient");
        breach.awareAt = m_now.addSecs(-3600);
        QVERIFY(context.breaches().save(&breach));

        DashboardPage page;
        page.setContext(&context);
        QVERIFY(showAt(page, QSize(1024, 700)));
        QCOMPARE(page.card(QStringLiteral("request"))->value(), QStringLiteral("1"));
        QTreeWidget *agenda = page.agendaList();
        QTreeWidgetItem *group = nullptr;
        for (int i = 0; i < agenda->topLevelItemCount() && !group; ++i) {
            if (agenda->topLevelItem(i)->text(0).startsWith(QLatin1String("Requests and breaches")))
                group = agenda->topLevelItem(i);
        }
        QVERIFY(group);
        QStringList items;
        for (int i = 0; i < group->childCount(); ++i)
            items << group->child(i)->text(1);
        QVERIFY2(items.contains(request.number) && items.contains(breach.number), qPrintable(items.join(u',')));
        // The overdue request: the warning above the cards.
        auto *alarm = page.findChild<QLabel *>(QStringLiteral("alarmLabel"));
        QVERIFY(alarm->isVisible());
        QVERIFY2(alarm->text().contains(QLatin1String("passed")), qPrintable(alarm->text()));

        // The breach's 72 hours count down while the dashboard shows (each minute).
        auto breachWhen = [&] {
            for (int i = 0; i < group->childCount(); ++i) {
                if (group->child(i)->text(1) == breach.number)
                    return group->child(i)->text(2);
            }
            return QString();
        };
        QVERIFY2(breachWhen().contains(QLatin1String("in 71 hours")), qPrintable(breachWhen()));
        context.setNow(m_now.addSecs(2 * 3600));
        page.updateClocks();
        QVERIFY2(breachWhen().contains(QLatin1String("in 69 hours")), qPrintable(breachWhen()));
        QVERIFY2(alarm->text().startsWith(QLatin1String("A deadline")), qPrintable(alarm->text()));
        // Passed: the dashboard is read again, and the alarm counts the breach too.
        context.setNow(m_now.addSecs(73 * 3600));
        page.updateClocks();
        group = nullptr;
        for (int i = 0; i < agenda->topLevelItemCount() && !group; ++i) {
            if (agenda->topLevelItem(i)->text(0).startsWith(QLatin1String("Requests and breaches")))
                group = agenda->topLevelItem(i);
        }
        QVERIFY(group);
        QVERIFY2(breachWhen().contains(QLatin1String("2 hours ago")), qPrintable(breachWhen()));
        QVERIFY2(alarm->text().startsWith(QLatin1String("2 deadlines")), qPrintable(alarm->text()));
    }

    // File › Export deadlines…: the demo register's deadlines as a calendar file; a folder that
    // cannot be written gives a message and no file.
    void exportDeadlinesFromTheWindow()
    {
        TestWindow window(&m_language, QStringLiteral("en"));
        const Status opened = window.openDemo();
        QVERIFY2(opened, qPrintable(opened.message()));
        auto *action = window.findChild<QAction *>(QStringLiteral("exportDeadlinesAction"));
        QVERIFY(action && action->isEnabled());
        const QString path = m_dir.filePath(QStringLiteral("deadlines.ics"));
        int count = 0;
        const Status written = window.exportDeadlines(path, &count);
        QVERIFY2(written, qPrintable(written.message()));
        QVERIFY(count >= 1);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray ics = file.readAll();
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR"));
        QCOMPARE(ics.count("BEGIN:VEVENT"), count);
        QVERIFY(ics.contains("R-20"));

        const QString blocked = m_dir.filePath(QStringLiteral("no-such-folder/deadlines.ics"));
        const Status refused = window.exportDeadlines(blocked);
        QVERIFY(!refused);
        QVERIFY2(refused.message().contains(blocked), qPrintable(refused.message()));
        QVERIFY(!QFile::exists(blocked));
        QVERIFY(window.closeRegister());
    }
};

QTEST_MAIN(TestCasesPages)
#include "tst_casespages.moc"
