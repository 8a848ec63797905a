// EntityTableModel, the one model of the register's lists: checked by QAbstractItemModelTester
// while items are added, changed, retired and deleted. A change to one item touches its row only
// (no reset, so a view keeps its selection and scroll position); a full re-read merges by uuid; the
// attention column follows the completeness check; and a section page applies the changes a
// service announces row by row.
#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include "app/LanguageManager.h"
#include "framework/EntityEditor.h"
#include "framework/EntityListSource.h"
#include "framework/RegisterContext.h"
#include "framework/Roles.h"
#include "register/Completeness.h"
#include "register/Services.h"
#include "sections/catalogues/MeasuresPage.h"
#include "sections/catalogues/PartiesPage.h"
#include "storage/Database.h"
#include "support/TestWindow.h"

using namespace Custodian;
using namespace Custodian::Ui;
using Domain::Party;

namespace {

// Two columns: the name (long) and the country code; rows count how often they were built.
std::unique_ptr<ListSource> partySource(RegisterContext &context, int *built)
{
    return std::make_unique<EntityListSource<Party>>(
        context.parties(),
        QList<ListColumn>{{[] { return QStringLiteral("Name"); }, {}, ListColumn::Width::Long},
                          {[] { return QStringLiteral("Country"); }, {}}},
        [built](const Party &party) {
            ++*built;
            ListRow row;
            row.uuid = party.uuid;
            row.name = party.name;
            row.status = party.retired ? QStringLiteral("retired") : QString();
            row.cells = {{party.name, {}, {}}, {party.country, {}, {}}};
            return row;
        });
}

namespace PartiesTest {
Party party(const QString &name, const QString &country = QString())
{
    Party item;
    item.name = name;
    item.country = country;
    item.roles = {QStringLiteral("processor")};
    return item;
}
} // namespace PartiesTest
using PartiesTest::party;

} // namespace

class TestEntityTableModel : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    LanguageManager m_language;
    const QString m_passphrase = QStringLiteral("a long test passphrase");
    int m_files = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("model-%1.custodian").arg(++m_files)); }

    static QStringList names(const QAbstractItemModel &model)
    {
        QStringList result;
        for (int row = 0; row < model.rowCount(); ++row)
            result << model.index(row, 0).data().toString();
        result.sort();
        return result;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_language.setLanguage(QStringLiteral("en"));
    }

    void aChangeTouchesOnlyItsRow()
    {
        Storage::Database database;
        QVERIFY(database.create(newPath(), m_passphrase));
        RegisterContext context(database);
        Party hosting = party(QStringLiteral("Hosting B.V."), QStringLiteral("NL"));
        Party payroll = party(QStringLiteral("Payroll Services"), QStringLiteral("DE"));
        QVERIFY(context.parties().save(&hosting));
        QVERIFY(context.parties().save(&payroll));

        int built = 0;
        EntityTableModel model(&context, partySource(context, &built));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 3); // name, country, attention
        QCOMPARE(model.longColumn(), 0);
        QCOMPARE(model.headerData(model.attentionColumn(), Qt::Horizontal, Qt::AccessibleTextRole).toString(),
                 QStringLiteral("Attention"));
        QCOMPARE(model.headerData(model.attentionColumn(), Qt::Horizontal).toString(), QStringLiteral("⚠"));
        QCOMPARE(names(model), (QStringList{QStringLiteral("Hosting B.V."), QStringLiteral("Payroll Services")}));
        const int hostingRow = model.rowOf(hosting.uuid);
        QCOMPARE(model.index(hostingRow, 0).data(UuidRole).toString(), hosting.uuid);
        QCOMPARE(model.index(hostingRow, 1).data().toString(), QStringLiteral("NL"));
        QVERIFY(model.index(hostingRow, 0).data(SearchTextRole).toString().contains(QStringLiteral("hosting b.v.")));

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removals(&model, &QAbstractItemModel::rowsRemoved);

        // One item renamed: its row, and only its row, changes; one item was read.
        hosting.name = QStringLiteral("Hosting Partner B.V.");
        QVERIFY(context.parties().save(&hosting));
        built = 0;
        QVERIFY(model.refresh(hosting.uuid));
        QCOMPARE(built, 1);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changes.count(), 1);
        QCOMPARE(changes.at(0).at(0).toModelIndex().row(), hostingRow);
        QCOMPARE(changes.at(0).at(1).toModelIndex().row(), hostingRow);
        QCOMPARE(model.rowOf(hosting.uuid), hostingRow);
        QCOMPARE(model.index(hostingRow, 0).data().toString(), QStringLiteral("Hosting Partner B.V."));
        QCOMPARE(model.row(hosting.uuid)->name, QStringLiteral("Hosting Partner B.V."));

        // Refreshing an item that did not change signals nothing.
        QVERIFY(model.refresh(payroll.uuid));
        QCOMPARE(changes.count(), 1);

        // A new item is one inserted row; a deleted one is one removed row.
        Party backup = party(QStringLiteral("Backup Co"));
        QVERIFY(context.parties().save(&backup));
        QVERIFY(model.refresh(backup.uuid));
        QCOMPARE(inserts.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(context.parties().remove(payroll.uuid));
        QVERIFY(model.refresh(payroll.uuid));
        QCOMPARE(removals.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(payroll.uuid), -1);
        QCOMPARE(model.index(model.rowOf(backup.uuid), 0).data().toString(), QStringLiteral("Backup Co"));
        QCOMPARE(resets.count(), 0);

        // A full re-read after changes elsewhere merges: removed, changed and new rows, no reset.
        QVERIFY(context.parties().setRetired(backup.uuid, true));
        Party another = party(QStringLiteral("Another Party"));
        QVERIFY(context.parties().save(&another));
        QVERIFY(context.parties().remove(hosting.uuid));
        changes.clear();
        inserts.clear();
        removals.clear();
        QVERIFY(model.reload());
        QCOMPARE(resets.count(), 0);
        QCOMPARE(removals.count(), 1);
        QCOMPARE(inserts.count(), 1);
        QCOMPARE(names(model), (QStringList{QStringLiteral("Another Party"), QStringLiteral("Backup Co")}));
        QCOMPARE(model.index(model.rowOf(backup.uuid), 0).data(StatusRole).toString(), QStringLiteral("retired"));
        QCOMPARE(changes.count(), 1);
    }

    void theAttentionColumnFollowsTheCheck()
    {
        Storage::Database database;
        QVERIFY(database.create(newPath(), m_passphrase));
        RegisterContext context(database);
        // A processor without an agreement is a finding of the completeness check.
        Party processor = party(QStringLiteral("Processor Without Agreement"));
        QVERIFY(context.parties().save(&processor));
        int built = 0;
        EntityTableModel model(&context, partySource(context, &built));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload());
        // The check has not run: the list shows first, the column fills after.
        QVERIFY(model.attentionPending());
        QCOMPARE(model.index(0, model.attentionColumn()).data().toString(), QString());
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        model.updateAttention();
        QVERIFY(!model.attentionPending());
        const int expected = context.attentionCount(QStringLiteral("party"), processor.uuid);
        QCOMPARE(model.index(0, 0).data(FindingsRole).toInt(), expected);
        if (expected > 0) {
            QCOMPARE(changes.count(), 1);
            QCOMPARE(model.index(0, model.attentionColumn()).data().toString(), QStringLiteral("⚠ %1").arg(expected));
            QCOMPARE(model.index(0, model.attentionColumn()).data(SortRole).toInt(), expected);
        } else {
            QCOMPARE(changes.count(), 0);
        }

        // Another change makes the findings stale: a re-read keeps the counts shown until the check
        // has run again, so no marker blinks off and on.
        Party other = party(QStringLiteral("Another Processor"));
        QVERIFY(context.parties().save(&other));
        QVERIFY(!context.findingsReady());
        QVERIFY(model.reload());
        QVERIFY(model.attentionPending());
        QCOMPARE(model.index(model.rowOf(processor.uuid), 0).data(FindingsRole).toInt(), expected);
    }

    // A saved, purged or deleted request case or breach is checked again alone: the findings stay
    // ready (no whole read of the register after each save of a case), and they are the findings a
    // whole check of the register gives at that moment.
    void aCaseIsCheckedAgainAlone()
    {
        Storage::Database database;
        QVERIFY(database.create(newPath(), m_passphrase));
        RegisterContext context(database);
        const QDate today = QDate::currentDate();
        context.setToday(today);
        const auto whole = [&] {
            Register::RegisterSnapshot snapshot;
            [&] { QVERIFY(Register::RegisterSnapshot::load(database, &snapshot)); }();
            QStringList lines;
            for (const Register::EntityFinding &item : Register::CompletenessCheck::run(snapshot, today))
                lines << item.entity + u'/' + item.uuid + u'/' + item.name + u'/' + item.finding.field + u'/' +
                             item.finding.message;
            lines.sort();
            return lines;
        };
        const auto held = [&] {
            QStringList lines;
            for (const Register::EntityFinding &item : context.findings())
                lines << item.entity + u'/' + item.uuid + u'/' + item.name + u'/' + item.finding.field + u'/' +
                             item.finding.message;
            lines.sort();
            return lines;
        };
        QCOMPARE(held(), whole());
        QVERIFY(context.findingsReady());

        // Refused without a ground: an error of the case itself.
        Domain::RequestCase request;
        request.receivedOn = today.addDays(-3);
        request.requesterName = QStringLiteral("A. Jansen");
        Domain::RequestedRight erasure;
        erasure.right = QStringLiteral("erasure");
        erasure.outcome = QStringLiteral("refused");
        request.rights = {erasure};
        QVERIFY(context.requests().save(&request));
        QVERIFY(context.findingsReady());
        const auto fields = [&](const QString &uuid) {
            QStringList result;
            for (const Domain::Finding &finding : context.findingsFor(QStringLiteral("request"), uuid))
                result << finding.field;
            return result;
        };
        QVERIFY(fields(request.uuid).contains(QStringLiteral("rights")));
        QCOMPARE(held(), whole());

        // Mended: the finding goes.
        request.rights[0].outcome = QStringLiteral("granted");
        QVERIFY(context.requests().save(&request));
        QVERIFY(context.findingsReady());
        QVERIFY(!fields(request.uuid).contains(QStringLiteral("rights")));
        QCOMPARE(held(), whole());

        Domain::Breach breach;
        breach.summary = QStringLiteral("Wrong recipient");
        breach.awareAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
        QVERIFY(context.breaches().save(&breach));
        QVERIFY(context.findingsReady());
        QVERIFY(!context.findingsFor(QStringLiteral("breach"), breach.uuid).isEmpty());
        QCOMPARE(held(), whole());

        // Answered long ago and purged: the check no longer reads it.
        request.status = QStringLiteral("answered");
        request.responseOn = today.addDays(-1);
        QVERIFY(context.requests().save(&request));
        QVERIFY(context.requests().purge(request.uuid));
        QVERIFY(context.findingsReady());
        QVERIFY(context.findingsFor(QStringLiteral("request"), request.uuid).isEmpty());
        QCOMPARE(held(), whole());

        QVERIFY(context.breaches().remove(breach.uuid));
        QVERIFY(context.findingsFor(QStringLiteral("breach"), breach.uuid).isEmpty());
        QCOMPARE(held(), whole());

        // A change of another kind reads the register again.
        Party processor = party(QStringLiteral("Processor Without Agreement"));
        QVERIFY(context.parties().save(&processor));
        QVERIFY(!context.findingsReady());
        QCOMPARE(held(), whole());
    }

    // The Parties section applies a change announced by a service to one row: the list is not reset,
    // the selected party stays selected, and the new name shows.
    void aSectionUpdatesTheChangedRowOnly()
    {
        Storage::Database database;
        QVERIFY(database.create(newPath(), m_passphrase));
        RegisterContext context(database);
        QList<Party> parties;
        for (int i = 0; i < 20; ++i) {
            Party item = party(QStringLiteral("Party %1").arg(i, 2, 10, QLatin1Char('0')));
            QVERIFY(context.parties().save(&item));
            parties.append(item);
        }
        PartiesPage page(&context);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(TestSupport::showAt(page));
        page.showItem(parties.at(5).uuid);
        auto *view = page.findChild<QTableView *>(QStringLiteral("listView"));
        QVERIFY(view);
        QCOMPARE(view->currentIndex().siblingAtColumn(0).data(UuidRole).toString(), parties.at(5).uuid);

        QSignalSpy resets(page.model(), &QAbstractItemModel::modelReset);
        QSignalSpy changes(page.model(), &QAbstractItemModel::dataChanged);
        Party renamed = parties.at(12);
        renamed.name = QStringLiteral("Party 12, renamed");
        QVERIFY(context.parties().save(&renamed));
        const int row = page.model()->rowOf(renamed.uuid);
        QTRY_COMPARE(page.model()->index(row, PartiesPage::NameColumn).data().toString(),
                     QStringLiteral("Party 12, renamed"));
        QCOMPARE(resets.count(), 0);
        for (const QList<QVariant> &change : std::as_const(changes))
            QCOMPARE(change.at(0).toModelIndex().row(), row);
        QCOMPARE(view->currentIndex().siblingAtColumn(0).data(UuidRole).toString(), parties.at(5).uuid);
        QCOMPARE(page.model()->rowCount(), 20);

        // A long name shows its start in the editor, not its end.
        Party longName = party(QStringLiteral("Stichting Samenwerkende Gemeentelijke Belastingdiensten in de Regio "
                                              "Midden-Nederland en Omstreken"));
        QVERIFY(context.parties().save(&longName));
        QTRY_VERIFY(page.model()->rowOf(longName.uuid) >= 0);
        page.showItem(longName.uuid);
        auto *name = page.editor()->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        QVERIFY(name);
        QCOMPARE(name->text(), longName.name);
        QCOMPARE(name->cursorPosition(), 0);
    }

    // Columns are sized to their content, the long one stretches, and a narrow list hides its
    // optional columns instead of scrolling sideways (UI review M8); a wide one shows them all.
    void columnsFitTheList_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<bool>("allShown");
        QTest::newRow("narrow") << 760 << false;
        QTest::newRow("wide") << 1900 << true;
    }

    void columnsFitTheList()
    {
        QFETCH(int, width);
        QFETCH(bool, allShown);
        QSettings().remove(QStringLiteral("ui/sections/party/columns"));
        Storage::Database database;
        QVERIFY(database.create(newPath(), m_passphrase));
        RegisterContext context(database);
        Party party = PartiesTest::party(QStringLiteral("Hosting Partner Noord B.V."), QStringLiteral("NL"));
        party.contactName = QStringLiteral("Jan Jansen");
        QVERIFY(context.parties().save(&party));
        PartiesPage page(&context);
        page.resize(width, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *view = page.findChild<QTableView *>(QStringLiteral("listView"));
        QHeaderView *header = view->horizontalHeader();
        QTRY_VERIFY(header->sectionSize(PartiesPage::NameColumn) > 0 && !header->isSectionHidden(0));
        QCoreApplication::processEvents();
        QCOMPARE(header->isSectionHidden(PartiesPage::ContactColumn), !allShown);
        QCOMPARE(header->isSectionHidden(PartiesPage::CountryColumn), !allShown);
        QVERIFY(!header->isSectionHidden(PartiesPage::UsedByColumn));
        QVERIFY(!header->isSectionHidden(PartiesPage::AttentionColumn));
        QVERIFY2(!view->horizontalScrollBar()->isVisible(), "the list scrolls sideways");
        for (int column = 0; column < page.model()->columnCount(); ++column) {
            if (!header->isSectionHidden(column))
                QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column),
                         qPrintable(page.model()->headerData(column, Qt::Horizontal).toString()));
        }
    }

    // In a narrow list the first column, the item's name, keeps the start of it (sixteen characters)
    // and a longer column beside it gives way: a measure's title before its description.
    void theNameKeepsItsStart()
    {
        QSettings().remove(QStringLiteral("ui/sections/security_measure/columns"));
        Storage::Database database;
        QVERIFY(database.create(newPath(), m_passphrase));
        RegisterContext context(database);
        Domain::SecurityMeasure measure;
        measure.title = QStringLiteral("Daily encrypted backups to a second data centre");
        measure.description = QStringLiteral("Backups every night to a second Dutch data centre, kept for ninety days "
                                             "and tested for restoring every quarter.");
        QVERIFY(context.measures().save(&measure));
        MeasuresPage page(&context);
        page.resize(700, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *view = page.findChild<QTableView *>(QStringLiteral("listView"));
        QHeaderView *header = view->horizontalHeader();
        QTRY_VERIFY(header->sectionSize(MeasuresPage::TitleColumn) > 0);
        QCoreApplication::processEvents();
        QVERIFY2(!view->horizontalScrollBar()->isVisible(), "the list scrolls sideways");
        const int sixteen = view->fontMetrics().averageCharWidth() * 16;
        QVERIFY2(header->sectionSize(MeasuresPage::TitleColumn) >= sixteen,
                 qPrintable(QStringLiteral("title %1 px, description %2 px")
                                .arg(header->sectionSize(MeasuresPage::TitleColumn))
                                .arg(header->sectionSize(MeasuresPage::DescriptionColumn))));
    }
};

QTEST_MAIN(TestEntityTableModel)
#include "tst_entitytablemodel.moc"
