// The findings overview: every completeness finding of the register, filtered, counted, and a way
// to jump to the item; the empty state when there is nothing to ask about.
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include "framework/ListFilterProxy.h"
#include "framework/RegisterContext.h"
#include "framework/Roles.h"
#include "framework/Severity.h"
#include "register/OrganisationService.h"
#include "register/Services.h"
#include "sections/findings/FindingsPage.h"
#include "sections/findings/FindingsTableModel.h"
#include "storage/Database.h"
#include "support/TestWindow.h"

using namespace Custodian;
using namespace Custodian::Ui;

class TestFindingsPage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    const QString m_passphrase = QStringLiteral("a long test passphrase");

    template<typename T> static T *child(QWidget *parent, const char *name)
    {
        return parent->findChild<T *>(QString::fromLatin1(name));
    }

    static void type(QLineEdit *edit, const QString &text)
    {
        QVERIFY(edit);
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }

    static void pickData(QComboBox *combo, const QString &data)
    {
        QVERIFY(combo);
        const int index = combo->findData(data);
        QVERIFY2(index >= 0, qPrintable(data));
        combo->setCurrentIndex(index);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void modelOnItsOwn()
    {
        FindingsTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        using Severity = Domain::Finding::Severity;
        model.setFindings({
            {QStringLiteral("agreement"),
             QStringLiteral("u1"),
             QStringLiteral("Hosting"),
             {QStringLiteral("attachments"), Severity::Warning, QStringLiteral("No signed copy.")}},
            {QStringLiteral("activity"),
             QStringLiteral("u2"),
             QStringLiteral("Payroll"),
             {QStringLiteral("purpose"), Severity::Error, QStringLiteral("No purpose.")}},
            {QStringLiteral("organisation"),
             QString(),
             QString(),
             {QStringLiteral("dpoName"), Severity::Info, QStringLiteral("No DPO.")}},
        });
        QCOMPARE(model.rowCount(), 3);
        // Errors first, in words.
        QCOMPARE(model.index(0, FindingsTableModel::SeverityColumn).data().toString(), QStringLiteral("Error"));
        QCOMPARE(model.index(0, FindingsTableModel::KindColumn).data().toString(), QStringLiteral("Activity"));
        QCOMPARE(model.index(1, FindingsTableModel::KindColumn).data().toString(), QStringLiteral("Agreement"));
        QCOMPARE(model.index(2, FindingsTableModel::SeverityColumn).data().toString(), QStringLiteral("Note"));
        // And by icon; a cut cell has its whole text in the tooltip.
        const QModelIndex errorCell = model.index(0, FindingsTableModel::SeverityColumn);
        const QIcon shown = errorCell.data(Qt::DecorationRole).value<QIcon>();
        QVERIFY(!shown.isNull());
        QCOMPARE(shown.pixmap(16).toImage(), Custodian::Ui::Severity::icon(Severity::Error).pixmap(16).toImage());
        QVERIFY(model.index(0, FindingsTableModel::KindColumn).data(Qt::DecorationRole).isNull());
        QCOMPARE(model.index(0, FindingsTableModel::ItemColumn).data(Qt::ToolTipRole),
                 model.index(0, FindingsTableModel::ItemColumn).data());
        QCOMPARE(model.index(2, FindingsTableModel::ItemColumn).data().toString(), QStringLiteral("Our organisation"));
        QCOMPARE(model.index(0, 0).data(StatusRole).toString(), QStringLiteral("error"));
        QCOMPARE(model.index(1, 0).data(FindingsTableModel::EntityRole).toString(), QStringLiteral("agreement"));
        QVERIFY(model.index(1, 0).data(SearchTextRole).toString().contains(QStringLiteral("no signed copy")));
        model.setFindings({});
        QCOMPARE(model.rowCount(), 0);
    }

    void overview()
    {
        const QString path = m_dir.filePath(QStringLiteral("findings.custodian"));
        Storage::Database database;
        const Status created = database.create(path, m_passphrase);
        QVERIFY2(created, qPrintable(created.message()));
        RegisterContext context(database);
        context.setToday(QDate(2026, 5, 1));

        // An organisation with what an auditor asks for: no findings at all.
        Domain::Organisation organisation;
        QVERIFY(context.organisations().load(&organisation));
        organisation.name = QStringLiteral("Voorbeeld B.V.");
        organisation.contactEmail = QStringLiteral("privacy@voorbeeld.nl");
        organisation.dpoName = QStringLiteral("Anna de Vries");
        organisation.dpoEmail = QStringLiteral("fg@voorbeeld.nl");
        organisation.dpoRegisteredOn = QDate(2025, 1, 6);
        const Status organisationSaved = context.organisations().save(organisation);
        QVERIFY2(organisationSaved, qPrintable(organisationSaved.message()));

        FindingsPage page(&context);
        QVERIFY(TestSupport::showAt(page));
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.refresh();
        auto *emptyLabel = child<QLabel>(&page, "emptyLabel");
        QVERIFY(emptyLabel);
        QCOMPARE(page.model()->rowCount(), 0);
        QVERIFY(emptyLabel->isVisible());
        QCOMPARE(emptyLabel->text(), QStringLiteral("No findings: every activity and agreement has what an auditor "
                                                    "asks for."));

        // An agreement with one ticked clause, expiring soon: errors and warnings appear by themselves.
        Domain::Party processor;
        processor.name = QStringLiteral("Hosting B.V.");
        processor.roles = {QStringLiteral("processor")};
        QVERIFY(context.parties().save(&processor));
        Domain::Agreement agreement;
        agreement.title = QStringLiteral("Processing agreement hosting");
        agreement.processorUuid = processor.uuid;
        agreement.status = QStringLiteral("active");
        agreement.expiresOn = QDate(2026, 6, 1);
        // What Art. 28(3), first sentence, asks the contract to set out, and the evidence of Art. 28(1).
        agreement.subjectMatter = QStringLiteral("Hosting");
        agreement.duration = QStringLiteral("Two years");
        agreement.naturePurpose = QStringLiteral("Storage");
        agreement.dataTypes = QStringLiteral("Contact details");
        agreement.subjectCategories = QStringLiteral("Customers");
        agreement.controllerRights = QStringLiteral("Instructions and audits");
        agreement.auditEvidence = QStringLiteral("ISO 27001");
        // A certificate valid today, and the supplier reviewed today (Art. 28(1)).
        agreement.assurances = {{QStringLiteral("iso27001"), QString(), QString(), QString(),
                                 context.today().addYears(-1), context.today().addYears(2)}};
        agreement.reviews = {
            {context.today(), QStringLiteral("DPO"), QStringLiteral("adequate"), QString(), QString()}};
        agreement.clauses = Domain::Agreement::emptyClauses();
        agreement.clauses[0].ticked = true;
        QVERIFY(context.agreements().save(&agreement));
        QVERIFY(page.model()->rowCount() > 0);
        QVERIFY(!emptyLabel->isVisible());
        const int total = page.model()->rowCount();
        // Eight unticked clauses (errors) and no signed copy (warning).
        QCOMPARE(total, 9);
        auto *count = child<QLabel>(&page, "countLabel");
        QVERIFY2(count->text().startsWith(QStringLiteral("9 finding(s)")), qPrintable(count->text()));
        QVERIFY2(count->text().contains(QStringLiteral("8 error(s)")), qPrintable(count->text()));
        QCOMPARE(page.proxy()->index(0, FindingsTableModel::SeverityColumn).data().toString(), QStringLiteral("Error"));
        QCOMPARE(page.proxy()->index(0, FindingsTableModel::KindColumn).data().toString(), QStringLiteral("Agreement"));
        QCOMPARE(page.proxy()->index(0, FindingsTableModel::ItemColumn).data().toString(),
                 QStringLiteral("Processing agreement hosting"));

        // Filters: severity, kind, search.
        pickData(child<QComboBox>(&page, "severityCombo"), QStringLiteral("warning"));
        QCOMPARE(page.proxy()->rowCount(), 1);
        QVERIFY(count->text().contains(QStringLiteral("1 of 9")));
        pickData(child<QComboBox>(&page, "severityCombo"), QString());
        pickData(child<QComboBox>(&page, "kindCombo"), QStringLiteral("activity"));
        QCOMPARE(page.proxy()->rowCount(), 0);
        pickData(child<QComboBox>(&page, "kindCombo"), QStringLiteral("agreement"));
        QCOMPARE(page.proxy()->rowCount(), 9);
        type(child<QLineEdit>(&page, "searchEdit"), QStringLiteral("confidentiality"));
        QCOMPARE(page.proxy()->rowCount(), 1);
        QVERIFY(count->text().contains(QStringLiteral("1 of 9")));

        // Enter (and double-click) opens the item.
        QSignalSpy spy(&context, &RegisterContext::showRequested);
        QTableView *view = page.view();
        view->setFocus();
        view->setCurrentIndex(page.proxy()->index(0, 0));
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("agreement"));
        QCOMPARE(spy.at(0).at(1).toString(), agreement.uuid);
        page.openRow(0);
        QCOMPARE(spy.count(), 2);
        // Escape in the search field clears it, as in every list.
        auto *search = child<QLineEdit>(&page, "searchEdit");
        search->setFocus();
        QTest::keyClick(search, Qt::Key_Escape);
        QVERIFY(search->text().isEmpty());
        QCOMPARE(page.proxy()->rowCount(), 9);

        // Time moves on: "Check again" sees the expiry.
        context.setToday(QDate(2026, 6, 2));
        QTest::mouseClick(child<QPushButton>(&page, "checkAgainButton"), Qt::LeftButton);
        QCOMPARE(page.model()->rowCount(), 10);
        QCOMPARE(context.today(), QDate(2026, 6, 2));

        // Fixing the agreement empties the list again (it refreshes while shown).
        for (Domain::ClauseCheck &clause : agreement.clauses)
            clause.ticked = true;
        agreement.expiresOn = QDate(2027, 6, 1);
        QVERIFY(context.agreements().save(&agreement));
        QCOMPARE(page.model()->rowCount(), 1);
        Domain::AttachmentInfo added;
        QVERIFY(context.agreements().addAttachment(agreement.uuid, QStringLiteral("signed.pdf"),
                                                   QStringLiteral("application/pdf"), QByteArray("%PDF"), QString(),
                                                   &added));
        QCOMPARE(page.model()->rowCount(), 0);
        QVERIFY(emptyLabel->isVisible());

        // While hidden it does not recompute; it does when shown again.
        page.hide();
        agreement.clauses[1].ticked = false;
        QVERIFY(context.agreements().save(&agreement));
        QCOMPARE(page.model()->rowCount(), 0);
        page.show();
        QCOMPARE(page.model()->rowCount(), 1);
    }
};

QTEST_MAIN(TestFindingsPage)
#include "tst_findingspage.moc"
