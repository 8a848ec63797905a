// File › Import… as a privacy officer uses it: a CSV file of activities with a column the import
// does not know and a date it cannot read; the column step shows where each column goes, the dry
// run stops at the bad date with its row and column, leaving that column out lets the import run,
// and the register then holds the activities, each with its history entry.
#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QProgressDialog>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

#include "app/AutoLock.h"
#include "app/ExchangeProgress.h"
#include "app/ImportWizard.h"
#include "app/RegisterSession.h"
#include "register/Services.h"
#include "storage/Database.h"
#include "support/TestWindow.h"

using namespace Custodian;
using namespace Custodian::Ui;

namespace {

// The row of the column step whose header in the file is header.
int rowOf(QTableWidget *columns, const QString &header)
{
    for (int row = 0; row < columns->rowCount(); ++row) {
        if (columns->item(row, 0) && columns->item(row, 0)->text() == header)
            return row;
    }
    return -1;
}

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void aBadColumnIsFoundThenLeftOut()
    {
        LanguageManager language;
        TestSupport::TestWindow window(&language, QStringLiteral("en"));
        QVERIFY(TestSupport::showAt(window));
        const Status created =
            window.createRegister(m_dir.filePath(QStringLiteral("import.custodian")), QStringLiteral("Voorbeeld B.V."),
                                  QStringLiteral("a long enough passphrase"), false);
        QVERIFY2(created, qPrintable(created.message()));

        const QString path = m_dir.filePath(QStringLiteral("activities.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Name;Purpose;Next review;Remarks\r\n"
                   "Payroll;Paying salaries;2027-01-31;ok\r\n"
                   "Newsletter;Sending news;after the summer;check\r\n");
        file.close();

        ImportWizard wizard(window.session(), &window);
        wizard.show();
        QString problem;
        QVERIFY2(wizard.readSource(path, Exchange::Layout::Custodian, &problem), qPrintable(problem));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::MapPage));

        // The list is recognised as processing activities; each column shows where it goes.
        auto *kind = wizard.currentPage()->findChild<QComboBox *>();
        QVERIFY(kind);
        QCOMPARE(kind->currentData().toString(), QStringLiteral("activity"));
        auto *columns = wizard.currentPage()->findChild<QTableWidget *>();
        QVERIFY(columns);
        const int review = rowOf(columns, QStringLiteral("Next review"));
        const int remarks = rowOf(columns, QStringLiteral("Remarks"));
        QVERIFY(review >= 0 && remarks >= 0);
        auto *reviewTarget = qobject_cast<QComboBox *>(columns->cellWidget(review, 1));
        auto *remarksTarget = qobject_cast<QComboBox *>(columns->cellWidget(remarks, 1));
        QCOMPARE(reviewTarget->currentData().toString(), QStringLiteral("nextReview"));
        // A column no field takes is kept on each item, unless it is left out.
        QCOMPARE(remarksTarget->currentData().toString(), QString());
        QCOMPARE(remarksTarget->currentText(), QStringLiteral("(keep as an extra field)"));
        QVERIFY(remarksTarget->findData(Exchange::Tabular::leftOut()) > 0);
        // The first rows are shown beside each column.
        QVERIFY(columns->item(review, 2)->text().contains(QStringLiteral("2027-01-31")));

        // The dry run finds the bad date at its row and column; the import cannot go on.
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::CheckPage));
        QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
        auto *findings = wizard.currentPage()->findChild<QTreeWidget *>();
        QVERIFY(findings);
        bool found = false;
        for (int i = 0; i < findings->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = findings->topLevelItem(i);
            found = found ||
                    (item->text(0).contains(QStringLiteral("row 3")) && item->text(1) == QLatin1String("Next review"));
        }
        QVERIFY(found);

        // Leave the column out: the dry run passes and the import writes both activities.
        wizard.back();
        reviewTarget = qobject_cast<QComboBox *>(columns->cellWidget(review, 1));
        reviewTarget->setCurrentIndex(reviewTarget->findData(Exchange::Tabular::leftOut()));
        wizard.next();
        QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
        Register::ActivityService activities(*window.session()->database());
        QList<Domain::ProcessingActivity> stored;
        QVERIFY(activities.list(&stored));
        QVERIFY(stored.isEmpty()); // the dry run changed nothing
        wizard.button(QWizard::FinishButton)->click();
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        QVERIFY(activities.list(&stored));
        QCOMPARE(stored.size(), 2);
        for (const Domain::ProcessingActivity &activity : std::as_const(stored)) {
            QVERIFY(!activity.nextReview.isValid());
            QCOMPARE(activity.extraFields.size(), 1);
            QCOMPARE(activity.extraFields.constFirst().name, QStringLiteral("Remarks"));
        }
        QVERIFY(wizard.resultText().contains(QStringLiteral("2 new items")));
    }

    // The progress window of a long import or export: it appears over the dialog after half a
    // second, shows how far the work is, and its Stop answers the work with false; the register
    // does not lock itself meanwhile.
    void theProgressWindowShowsAndStops()
    {
        QWidget owner;
        owner.setWindowTitle(QStringLiteral("Import"));
        owner.resize(600, 400);
        QVERIFY(TestSupport::showAt(owner));
        AutoLock autoLock;
        ExchangeProgress progress(&owner, &autoLock, QStringLiteral("Importing…"));
        const Exchange::Progress report = progress.callback();
        QVERIFY(report(1, 4));
        QTest::qWait(600);
        QVERIFY(report(2, 4));
        auto *dialog = owner.findChild<QProgressDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->labelText(), QStringLiteral("Importing…"));
        QCOMPARE(dialog->value() * 2, dialog->maximum());
        QVERIFY(autoLock.isSuspended());
        if (!qEnvironmentVariableIsEmpty("CUSTODIAN_GRAB"))
            dialog->grab().save(qEnvironmentVariable("CUSTODIAN_GRAB"));
        QAbstractButton *stop = nullptr;
        for (QAbstractButton *button : dialog->findChildren<QAbstractButton *>()) {
            if (button->text() == QLatin1String("Stop"))
                stop = button;
        }
        QVERIFY(stop);
        stop->click();
        QVERIFY(!report(3, 4));
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
