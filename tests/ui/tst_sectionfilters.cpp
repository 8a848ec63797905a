// The filters every register list shares: status, owner, "needs attention", "due", with the
// shown/total count.
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include "framework/ElidedTextDelegate.h"
#include "framework/EntityEditor.h"
#include "framework/HistoryDialog.h"
#include "framework/ListFilterProxy.h"
#include "framework/RegisterContext.h"
#include "framework/Roles.h"
#include "register/Services.h"
#include "sections/activities/ActivitiesPage.h"
#include "storage/Database.h"

using namespace Custodian;
using namespace Custodian::Ui;

class TestSectionFilters : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Small lists take hidden rows out range by range; large ones (100,000 request cases) are
    // filtered and sorted again in one layout change: the same behaviour either way.
    void ownerStatusAndDueFilters_data()
    {
        QTest::addColumn<int>("smallListLimit");
        QTest::newRow("rows taken out") << 20000;
        QTest::newRow("sorted again") << 0;
    }

    void ownerStatusAndDueFilters()
    {
        QFETCH(int, smallListLimit);
        Storage::Database database;
        QVERIFY(database.create(m_dir.filePath(QStringLiteral("filters-%1.custodian").arg(smallListLimit)),
                                QStringLiteral("filters passphrase")));
        RegisterContext context(database);
        const QDate today(2026, 11, 25);
        context.setToday(today);
        struct Spec
        {
            const char *name;
            const char *department;
            const char *status;
            QDate nextReview;
        };
        const QList<Spec> specs = {
            {"Payroll", "HR", "approved", today.addDays(-3)}, // overdue
            {"Recruitment", "HR", "draft", today.addDays(3)}, // due this week
            {"Customer contracts", "Sales", "approved", today.addYears(1)},
            {"Newsletter", "Marketing", "in_review", QDate()},
        };
        for (const Spec &spec : specs) {
            Domain::ProcessingActivity activity;
            activity.name = QString::fromLatin1(spec.name);
            activity.ownerDepartment = QString::fromLatin1(spec.department);
            activity.status = QString::fromLatin1(spec.status);
            activity.nextReview = spec.nextReview;
            QVERIFY(context.activities().save(&activity));
        }

        ActivitiesPage page(&context);
        page.proxy()->setSmallListLimit(smallListLimit);
        page.resize(1280, 800);
        page.show();
        QTRY_COMPARE(page.proxy()->rowCount(), 4);
        auto *owner = page.findChild<QComboBox *>(QStringLiteral("ownerCombo"));
        auto *status = page.findChild<QComboBox *>(QStringLiteral("statusCombo"));
        auto *due = page.findChild<QCheckBox *>(QStringLiteral("dueCheck"));
        auto *count = page.findChild<QLabel *>(QStringLiteral("countLabel"));
        QVERIFY(owner && status && due && count);

        // Owners offered are exactly those in the list, after "every owner".
        QVERIFY(owner->isVisible());
        QCOMPARE(owner->count(), 4);
        QCOMPARE(owner->itemData(0).toString(), QString());
        owner->setCurrentIndex(owner->findData(QStringLiteral("HR")));
        QCOMPARE(page.proxy()->rowCount(), 2);
        QVERIFY(count->text().contains(QStringLiteral("2")));

        // Combined with the status filter.
        status->setCurrentIndex(status->findData(QStringLiteral("approved")));
        QCOMPARE(page.proxy()->rowCount(), 1);
        status->setCurrentIndex(0);
        owner->setCurrentIndex(0);
        QCOMPARE(page.proxy()->rowCount(), 4);

        // "Due": overdue and due this week, not next year and not "no date".
        QVERIFY(due->isVisible());
        due->setChecked(true);
        QCOMPARE(page.proxy()->rowCount(), 2);
        QStringList names;
        for (int row = 0; row < page.proxy()->rowCount(); ++row)
            names << page.proxy()->index(row, 0).data().toString();
        names.sort();
        QCOMPARE(names, QStringList({QStringLiteral("Payroll"), QStringLiteral("Recruitment")}));
        due->setChecked(false);

        // Search narrows within the filters; clearing restores the count.
        auto *search = page.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        search->setText(QStringLiteral("news"));
        QCOMPARE(page.proxy()->rowCount(), 1);
        search->clear();
        QCOMPARE(page.proxy()->rowCount(), 4);

        // Escape in the search field clears it (UI review M10), and the list shows everything again.
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("pay"));
        QCOMPARE(page.proxy()->rowCount(), 1);
        QTest::keyClick(search, Qt::Key_Escape);
        QCOMPARE(search->text(), QString());
        QCOMPARE(page.proxy()->rowCount(), 4);

        // The open item stays open when a filter hides it, and the count says so (UI review M10);
        // it is selected again when the filter shows it.
        auto *view = page.findChild<QTableView *>(QStringLiteral("listView"));
        QString payrollUuid;
        for (int row = 0; row < page.proxy()->rowCount(); ++row) {
            if (page.proxy()->index(row, 0).data().toString() == QLatin1String("Payroll"))
                payrollUuid = page.proxy()->index(row, 0).data(UuidRole).toString();
        }
        page.showItem(payrollUuid);
        QCOMPARE(page.editor()->currentUuid(), payrollUuid);
        search->setText(QStringLiteral("news"));
        QCOMPARE(page.proxy()->rowCount(), 1);
        QCOMPARE(page.editor()->currentUuid(), payrollUuid);
        QVERIFY(!view->currentIndex().isValid());
        QVERIFY2(count->text().contains(QStringLiteral("hidden by the filters")), qPrintable(count->text()));
        search->clear();
        QCOMPARE(page.editor()->currentUuid(), payrollUuid);
        QCOMPARE(view->currentIndex().siblingAtColumn(0).data(UuidRole).toString(), payrollUuid);
        QVERIFY(!count->text().contains(QStringLiteral("hidden")));
    }

    void historyIsOneClickAway()
    {
        Storage::Database database;
        QVERIFY(
            database.create(m_dir.filePath(QStringLiteral("history.custodian")), QStringLiteral("history passphrase")));
        RegisterContext context(database);
        Domain::ProcessingActivity activity;
        activity.name = QStringLiteral("Payroll");
        QVERIFY(context.activities().save(&activity));
        activity.status = QStringLiteral("approved");
        QVERIFY(context.activities().save(&activity));

        ActivitiesPage page(&context);
        page.show();
        auto *history = page.findChild<QPushButton *>(QStringLiteral("historyButton"));
        QVERIFY(history);
        QVERIFY(!history->isEnabled()); // nothing chosen yet
        page.showItem(activity.uuid);
        QVERIFY(history->isEnabled());

        QList<Register::AuditLog::Entry> entries;
        QVERIFY(context.history(QStringLiteral("activity"), activity.uuid, &entries));
        QCOMPARE(entries.size(), 2);
        HistoryDialog dialog(QStringLiteral("Payroll"), Domain::EntityKind::ProcessingActivity, entries);
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("historyTable"));
        QCOMPARE(table->rowCount(), 2);
        // Newest first: the approval, naming the field with its old and new value.
        QCOMPARE(table->item(0, 2)->text(), HistoryDialog::actionText(Register::AuditLog::Action::Update));
        // Labels and values as the editor shows them (UI review H3), not keys and codes.
        QVERIFY2(table->item(0, 3)->text().contains(QStringLiteral("Status: Draft → Approved")),
                 qPrintable(table->item(0, 3)->text()));
        QCOMPARE(table->item(1, 2)->text(), HistoryDialog::actionText(Register::AuditLog::Action::Create));
        QCOMPARE(table->item(0, 1)->text(), Register::AuditLog::actor());

        // The period narrows the list: nothing was changed before today.
        const QDate today = QDate::currentDate();
        auto *shown = dialog.findChild<QLabel *>(QStringLiteral("historyCount"));
        QVERIFY(shown);
        QCOMPARE(dialog.shownCount(), 2);
        dialog.setPeriod(today.addDays(-30), today.addDays(-1));
        QCOMPARE(dialog.shownCount(), 0);
        QVERIFY(table->isRowHidden(0) && table->isRowHidden(1));
        QVERIFY2(shown->text().startsWith(QStringLiteral("0 of 2")), qPrintable(shown->text()));
        dialog.setPeriod(today, today);
        QCOMPARE(dialog.shownCount(), 2);
    }

    // Sorted by a date column, the list keeps its order through saves, new items and filters (the
    // proxy keeps the column's keys and reads them again when the rows change).
    void sortedByDateThroughChanges()
    {
        Storage::Database database;
        QVERIFY(
            database.create(m_dir.filePath(QStringLiteral("sorted.custodian")), QStringLiteral("sorted passphrase")));
        RegisterContext context(database);
        const QDate today(2026, 11, 25);
        context.setToday(today);
        QHash<QString, Domain::ProcessingActivity> saved;
        const QList<QPair<const char *, int>> specs = {{"Payroll", 30}, {"Recruitment", 10}, {"Newsletter", 20}};
        for (const auto &[name, days] : specs) {
            Domain::ProcessingActivity activity;
            activity.name = QString::fromLatin1(name);
            activity.nextReview = today.addDays(days);
            QVERIFY(context.activities().save(&activity));
            saved.insert(activity.name, activity);
        }
        ActivitiesPage page(&context);
        page.resize(1280, 800);
        page.show();
        QTRY_COMPARE(page.proxy()->rowCount(), 3);
        auto *view = page.findChild<QTableView *>(QStringLiteral("listView"));
        view->sortByColumn(ActivitiesPage::NextReviewColumn, Qt::AscendingOrder);
        auto order = [&] {
            QStringList names;
            for (int row = 0; row < page.proxy()->rowCount(); ++row)
                names << page.proxy()->index(row, ActivitiesPage::NameColumn).data().toString();
            return names.join(QLatin1Char(','));
        };
        QCOMPARE(order(), QStringLiteral("Recruitment,Newsletter,Payroll"));
        // A saved date moves its row.
        saved[QStringLiteral("Payroll")].nextReview = today.addDays(5);
        QVERIFY(context.activities().save(&saved[QStringLiteral("Payroll")]));
        QTRY_COMPARE(order(), QStringLiteral("Payroll,Recruitment,Newsletter"));
        // A new item takes its place; one without a date goes last.
        Domain::ProcessingActivity added;
        added.name = QStringLiteral("Visitors");
        added.nextReview = today.addDays(15);
        QVERIFY(context.activities().save(&added));
        Domain::ProcessingActivity undated;
        undated.name = QStringLiteral("Archive");
        QVERIFY(context.activities().save(&undated));
        QTRY_COMPARE(order(), QStringLiteral("Payroll,Recruitment,Visitors,Newsletter,Archive"));
        // Filtered and shown again, sorted again either way.
        for (const int limit : {20000, 0}) {
            page.proxy()->setSmallListLimit(limit);
            auto *search = page.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
            search->setText(QStringLiteral("recruit"));
            QCOMPARE(order(), QStringLiteral("Recruitment"));
            search->clear();
            QCOMPARE(order(), QStringLiteral("Payroll,Recruitment,Visitors,Newsletter,Archive"));
        }
        view->sortByColumn(ActivitiesPage::NextReviewColumn, Qt::DescendingOrder);
        QCOMPARE(order(), QStringLiteral("Archive,Newsletter,Visitors,Recruitment,Payroll"));
    }

    // A cell cut short by a narrow column shows its whole text when the pointer rests on it.
    void aCellCutShortShowsItsWholeText()
    {
        Storage::Database database;
        QVERIFY(
            database.create(m_dir.filePath(QStringLiteral("elided.custodian")), QStringLiteral("elided passphrase")));
        RegisterContext context(database);
        Domain::ProcessingActivity activity;
        activity.name = QStringLiteral("Recruitment of temporary staff through agencies");
        QVERIFY(context.activities().save(&activity));

        ActivitiesPage page(&context);
        page.resize(1024, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *view = page.findChild<QTableView *>(QStringLiteral("listView"));
        QVERIFY(view);
        auto *delegate = qobject_cast<ElidedTextDelegate *>(view->itemDelegate());
        QVERIFY(delegate);
        const QModelIndex name = view->model()->index(0, 0);
        QCOMPARE(name.data().toString(), activity.name);
        auto tipAt = [&](int width) {
            view->setColumnWidth(0, width);
            QStyleOptionViewItem option;
            option.initFrom(view);
            option.font = view->font();
            option.fontMetrics = view->fontMetrics();
            option.rect = view->visualRect(name);
            return delegate->toolTip(option, name, view);
        };
        QCOMPARE(tipAt(60), activity.name);
        QCOMPARE(tipAt(view->fontMetrics().horizontalAdvance(activity.name) + 40), QString());
    }
};

QTEST_MAIN(TestSectionFilters)
#include "tst_sectionfilters.moc"
