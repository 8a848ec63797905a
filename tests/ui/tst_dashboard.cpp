// The dashboard a privacy officer opens first: cards with the register's counts that open their
// section, and "what to do next" ordered by urgency (getting started, overdue, errors, the coming
// weeks), each line opening its item. It follows changes while on screen.
#include <QCheckBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

#include "framework/ListFilterProxy.h"
#include "framework/RegisterContext.h"
#include "register/DemoRegister.h"
#include "register/OrganisationService.h"
#include "register/Services.h"
#include "register/queries/RegisterCounts.h"
#include "sections/activities/ActivitiesPage.h"
#include "sections/dashboard/DashboardCard.h"
#include "sections/dashboard/DashboardPage.h"
#include "storage/Database.h"

using namespace Custodian;
using namespace Custodian::Ui;

// A new register's dashboard on screen at 1024×700, on a fixed day.
struct Shown
{
    Shown(std::unique_ptr<Storage::Database> register_, QDate today)
        : database(std::move(register_)), context(*database)
    {
        context.setToday(today);
        page.setContext(&context);
        page.resize(1024, 700);
        page.show();
    }
    std::unique_ptr<Storage::Database> database;
    RegisterContext context;
    DashboardPage page;
};

class TestDashboard : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_files = 0;
    const QDate m_today{2026, 12, 1};

    std::unique_ptr<Storage::Database> newRegister()
    {
        auto database = std::make_unique<Storage::Database>();
        const Status status = database->create(m_dir.filePath(QStringLiteral("r%1.custodian").arg(++m_files)),
                                               QStringLiteral("dashboard passphrase"));
        if (!status)
            qWarning() << status.message();
        return database;
    }

    static QStringList groupTitles(const QTreeWidget *agenda)
    {
        QStringList titles;
        for (int i = 0; i < agenda->topLevelItemCount(); ++i)
            titles << agenda->topLevelItem(i)->text(0);
        return titles;
    }

    static QTreeWidgetItem *group(const QTreeWidget *agenda, const QString &prefix)
    {
        for (int i = 0; i < agenda->topLevelItemCount(); ++i) {
            if (agenda->topLevelItem(i)->text(0).startsWith(prefix))
                return agenda->topLevelItem(i);
        }
        return nullptr;
    }

    static QTreeWidgetItem *lineNaming(const QTreeWidget *agenda, const QString &text)
    {
        for (int i = 0; i < agenda->topLevelItemCount(); ++i) {
            QTreeWidgetItem *top = agenda->topLevelItem(i);
            for (int j = 0; j < top->childCount(); ++j) {
                if (top->child(j)->text(0).contains(text) || top->child(j)->text(1).contains(text))
                    return top->child(j);
            }
        }
        return nullptr;
    }

    static void activate(QTreeWidget *agenda, QTreeWidgetItem *line)
    {
        agenda->setCurrentItem(line);
        agenda->setFocus();
        QTest::keyClick(agenda, Qt::Key_Return);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void newRegisterShowsHowToStart()
    {
        Shown screen(newRegister(), m_today);
        RegisterContext &context = screen.context;
        DashboardPage &page = screen.page;
        QTreeWidget *agenda = page.agendaList();
        // Getting started comes first (an empty organisation name is also an error).
        QCOMPARE(groupTitles(agenda).value(0), QStringLiteral("Getting started (3)"));
        QTreeWidgetItem *start = agenda->topLevelItem(0);
        QVERIFY(start->child(0)->text(0).contains(QStringLiteral("organisation")));
        QVERIFY(start->child(1)->text(0).contains(QStringLiteral("first processing activity")));
        QVERIFY(start->child(2)->text(0).contains(QStringLiteral("processing agreement")));
        QCOMPARE(page.card(QStringLiteral("activity"))->value(), QStringLiteral("0"));

        // Each line opens the section where the step is done.
        QSignalSpy sections(&page, &DashboardPage::sectionRequested);
        activate(agenda, start->child(1));
        QCOMPARE(sections.count(), 1);
        QCOMPARE(sections.at(0).at(0).toString(), QStringLiteral("activity"));
        // A group heading opens nothing.
        activate(agenda, start);
        QCOMPARE(sections.count(), 1);

        // The organisation line goes once its details are complete.
        Domain::Organisation organisation;
        QVERIFY(context.organisations().load(&organisation));
        organisation.name = QStringLiteral("Gemeente Voorbeeldstad");
        organisation.contactEmail = QStringLiteral("privacy@voorbeeldstad.nl");
        organisation.dpoName = QStringLiteral("J. Jansen");
        organisation.dpoEmail = QStringLiteral("fg@voorbeeldstad.nl");
        QVERIFY(context.organisations().save(organisation));
        QTRY_COMPARE(groupTitles(agenda).value(0), QStringLiteral("Getting started (2)"));
        QVERIFY(!lineNaming(agenda, QStringLiteral("organisation's details")));
    }

    void cardsCountTheRegisterAndOpenTheirSection()
    {
        auto database = newRegister();
        QVERIFY(Register::DemoRegister::write(*database));
        RegisterContext context(*database);
        DashboardPage page;
        for (const char *section :
             {"activity", "processor_activity", "agreement", "party", "retention_rule", "security_measure", "findings"})
            page.setSectionTitle(QString::fromLatin1(section), QString::fromLatin1(section).toUpper());
        page.setContext(&context);
        page.resize(1024, 700);
        page.show();
        // The check reads the whole register: its figures come after the first paint.
        QVERIFY(!context.findingsReady());
        QCOMPARE(page.card(QStringLiteral("findings"))->value(), QStringLiteral("…"));
        QTRY_VERIFY(context.findingsReady());

        Register::RegisterCounts counts;
        QVERIFY(Register::RegisterCounts::read(*database, context.today(), &counts));
        QCOMPARE(page.card(QStringLiteral("activity"))->value(), QLocale().toString(counts.activities));
        QCOMPARE(page.card(QStringLiteral("agreement"))->value(), QLocale().toString(counts.agreements));
        QCOMPARE(page.card(QStringLiteral("party"))->value(), QLocale().toString(counts.parties));
        QCOMPARE(page.card(QStringLiteral("agreement"))->caption(), QStringLiteral("AGREEMENT"));
        int errors = 0;
        for (const Register::EntityFinding &finding : context.findings())
            errors += finding.finding.severity == Domain::Finding::Severity::Error ? 1 : 0;
        QVERIFY(errors > 0); // the demo has a deliberate gap
        QCOMPARE(page.card(QStringLiteral("findings"))->value(), QLocale().toString(context.findings().size()));
        QCOMPARE(page.card(QStringLiteral("findings"))->noteSeverity(), Domain::Finding::Severity::Error);
        // Every card is as wide as the widest needs, so they line up.
        QCOMPARE(page.card(QStringLiteral("party"))->sizeHint().width(),
                 page.card(QStringLiteral("processor_activity"))->sizeHint().width());

        QSignalSpy sections(&page, &DashboardPage::sectionRequested);
        DashboardCard *agreements = page.card(QStringLiteral("agreement"));
        QTest::mouseClick(agreements, Qt::LeftButton);
        agreements->setFocus();
        QTest::keyClick(agreements, Qt::Key_Return);
        QCOMPARE(sections.count(), 2);
        QCOMPARE(sections.at(1).at(0).toString(), QStringLiteral("agreement"));
        QVERIFY(agreements->accessibleName().startsWith(QStringLiteral("AGREEMENT: ")));

        // The demo's dated items: a pending sub-processor notice and a contract that ends soon.
        QTreeWidget *agenda = page.agendaList();
        QTreeWidgetItem *notice = lineNaming(agenda, QStringLiteral("Mailbridge"));
        QVERIFY(notice);
        QVERIFY(notice->parent()->text(0).startsWith(QStringLiteral("In the coming weeks")));
        QSignalSpy shown(&context, &RegisterContext::showRequested);
        activate(agenda, notice);
        QCOMPARE(shown.count(), 1);
        QCOMPARE(shown.at(0).at(0).toString(), QStringLiteral("agreement"));
        QVERIFY(!shown.at(0).at(1).toString().isEmpty());
        // The error line opens the agreement with the gap.
        QTreeWidgetItem *errorGroup = group(agenda, QStringLiteral("Errors an auditor would raise"));
        QVERIFY(errorGroup);
        // Errors are due now: the date column says so.
        QCOMPARE(errorGroup->child(0)->text(2), QStringLiteral("now"));
        activate(agenda, errorGroup->child(0));
        QCOMPARE(shown.count(), 2);
        QCOMPARE(shown.at(1).at(0).toString(), QStringLiteral("agreement"));
    }

    void overdueComesFirstAndFollowsChanges()
    {
        Shown screen(newRegister(), m_today);
        RegisterContext &context = screen.context;
        DashboardPage &page = screen.page;
        QTreeWidget *agenda = page.agendaList();
        QVERIFY(!group(agenda, QStringLiteral("Overdue")));

        Domain::ProcessingActivity payroll;
        payroll.name = QStringLiteral("Payroll");
        payroll.nextReview = m_today.addDays(-3);
        QVERIFY(context.activities().save(&payroll));
        Domain::ProcessingActivity newsletter;
        newsletter.name = QStringLiteral("Newsletter");
        newsletter.nextReview = m_today.addDays(20);
        QVERIFY(context.activities().save(&newsletter));

        // On screen, the dashboard follows the change; overdue comes before the coming weeks.
        QTRY_VERIFY(group(agenda, QStringLiteral("Overdue (1)")));
        const QStringList titles = groupTitles(agenda);
        QVERIFY(titles.indexOf(QStringLiteral("Overdue (1)")) <
                titles.indexOf(QStringLiteral("In the coming weeks (1)")));
        QTreeWidgetItem *overdue = group(agenda, QStringLiteral("Overdue"))->child(0);
        QCOMPARE(overdue->text(1), QStringLiteral("Payroll"));
        QCOMPARE(overdue->text(0), QStringLiteral("Review overdue"));
        QVERIFY(overdue->text(2).contains(QStringLiteral("(3 day")));
        QTreeWidgetItem *coming = group(agenda, QStringLiteral("In the coming weeks"));
        QVERIFY(coming && coming->childCount() == 1);
        QTreeWidgetItem *later = coming->child(0);
        QCOMPARE(later->text(1), QStringLiteral("Newsletter"));
        QVERIFY(later);
        QVERIFY(later->text(2).contains(QStringLiteral("(in 20 day")));
        QCOMPARE(page.card(QStringLiteral("activity"))->noteSeverity(), Domain::Finding::Severity::Warning);

        QSignalSpy shown(&context, &RegisterContext::showRequested);
        activate(agenda, overdue);
        QCOMPARE(shown.count(), 1);
        QCOMPARE(shown.at(0).at(1).toString(), payroll.uuid);

        // Reviewed: it leaves the list.
        payroll.nextReview = m_today.addYears(1);
        QVERIFY(context.activities().save(&payroll));
        QTRY_VERIFY(!group(agenda, QStringLiteral("Overdue")));
    }

    void moreThanALongListOpensTheDueFilter()
    {
        auto database = newRegister();
        RegisterContext context(*database);
        context.setToday(m_today);
        const int total = DashboardPage::linesPerGroup + 3;
        for (int i = 0; i < total; ++i) {
            Domain::ProcessingActivity activity;
            activity.name = QStringLiteral("Activity %1").arg(i, 2, 10, QLatin1Char('0'));
            activity.nextReview = m_today.addDays(-1 - i);
            QVERIFY(context.activities().save(&activity));
        }
        Domain::ProcessingActivity later;
        later.name = QStringLiteral("Reviewed next year");
        later.nextReview = m_today.addYears(1);
        QVERIFY(context.activities().save(&later));

        DashboardPage page;
        page.setContext(&context);
        page.show();
        QTreeWidgetItem *overdue = group(page.agendaList(), QStringLiteral("Overdue"));
        QVERIFY(overdue);
        QCOMPARE(overdue->text(0), QStringLiteral("Overdue (%1)").arg(total));
        QCOMPARE(overdue->childCount(), DashboardPage::linesPerGroup + 1);
        QTreeWidgetItem *more = overdue->child(DashboardPage::linesPerGroup);
        QVERIFY(more->text(0).startsWith(QStringLiteral("3 more overdue")));
        QSignalSpy due(&page, &DashboardPage::dueRequested);
        activate(page.agendaList(), more);
        QCOMPARE(due.count(), 1);
        QCOMPARE(due.at(0).at(0).toString(), QStringLiteral("activity"));

        // What the window does with it: the activities list with only the due items.
        ActivitiesPage activities(&context);
        activities.resize(1280, 800);
        activities.show();
        QTRY_COMPARE(activities.proxy()->rowCount(), total + 1);
        activities.showDueOnly();
        auto *dueCheck = activities.findChild<QCheckBox *>(QStringLiteral("dueCheck"));
        QVERIFY(dueCheck && dueCheck->isChecked() && dueCheck->isVisible());
        QCOMPARE(activities.proxy()->rowCount(), total);
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
