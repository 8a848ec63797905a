// The Versions page of the activity editor: an approved activity is established through the dialog,
// listed with its state and URI, and a later edit shows as a difference with the version, in the form
// as it is typed and in the state line once saved. A draft, or unsaved edits, keep "Establish…" off.
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include "framework/EditorPages.h"
#include "framework/RegisterContext.h"
#include "register/Services.h"
#include "sections/activities/ActivitiesPage.h"
#include "sections/activities/ActivityEditor.h"
#include "sections/activities/ActivityVersionsPanel.h"
#include "storage/Database.h"
#include "support/FormInput.h"
#include "support/TestWindow.h"

using namespace Custodian;
using namespace Custodian::Ui;
using namespace TestSupport;

class TestActivityVersionsPage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    const QString m_passphrase = QStringLiteral("a long test passphrase");

    static QString stateLine(ActivityEditor *editor) { return child<QLabel>(editor, "editorStateLabel")->text(); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void establishThroughTheDialogThenEdit()
    {
        const QString path = m_dir.filePath(QStringLiteral("versions.custodian"));
        Storage::Database database;
        QVERIFY(database.create(path, m_passphrase));
        RegisterContext context(database);
        Domain::ProcessingActivity payroll;
        payroll.name = QStringLiteral("Payroll");
        payroll.purpose = QStringLiteral("Paying the staff");
        payroll.status = QStringLiteral("in_review");
        QVERIFY(context.activities().save(&payroll));

        ActivitiesPage page(&context);
        QVERIFY(TestSupport::showAt(page));
        QCOMPARE(page.view()->model()->index(0, ActivitiesPage::NumberColumn).data().toString(),
                 QStringLiteral("VA-0001"));
        page.showItem(payroll.uuid);
        ActivityEditor *editor = page.activityEditor();
        QTRY_COMPARE(editor->currentUuid(), payroll.uuid);
        editor->pages()->setCurrentIndex(ActivityEditor::VersionsTab);
        ActivityVersionsPanel *panel = editor->versionsPanel();
        QCOMPARE(stateLine(editor), QStringLiteral("VA-0001 · not established yet"));
        // In review: not yet.
        QVERIFY(!panel->establishButton()->isEnabled());
        QCOMPARE(panel->table()->rowCount(), 0);

        payroll.status = QStringLiteral("approved");
        QVERIFY(context.activities().save(&payroll));
        QTRY_VERIFY(panel->establishButton()->isEnabled());

        // The dialog asks what changed; the version keeps it.
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<EstablishActivityDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->noteEdit()->setPlainText(QStringLiteral("Established after the yearly review"));
            dialog->accept();
        });
        QTest::mouseClick(panel->establishButton(), Qt::LeftButton);
        QCOMPARE(panel->table()->rowCount(), 1);
        QCOMPARE(panel->table()->item(0, 0)->text(), QStringLiteral("v1"));
        QCOMPARE(panel->table()->item(0, 1)->text(), QStringLiteral("Established"));
        QCOMPARE(panel->table()->item(0, 3)->text(), QStringLiteral("Established after the yearly review"));
        QVERIFY(panel->table()->item(0, 0)->toolTip().endsWith(QStringLiteral("/activity/%1/1").arg(payroll.uuid)));
        QVERIFY2(stateLine(editor).startsWith(QStringLiteral("VA-0001 · established version 1")),
                 qPrintable(stateLine(editor)));
        QCOMPARE(panel->differenceList()->count(), 1);
        QVERIFY(panel->differenceList()->item(0)->text().startsWith(QStringLiteral("None")));
        QList<Domain::ActivityVersion> stored;
        QVERIFY(context.activityVersions().versionsOf(payroll.uuid, &stored));
        QCOMPARE(stored.size(), 1);

        // An edit shows as a difference as it is typed; establishing waits for the save.
        editor->pages()->setCurrentIndex(ActivityEditor::PurposeTab);
        auto *purpose = child<QPlainTextEdit>(editor, "purposeEdit");
        purpose->setPlainText(QStringLiteral("Paying the staff and their pensions"));
        QVERIFY(!panel->establishButton()->isEnabled());
        editor->pages()->setCurrentIndex(ActivityEditor::VersionsTab);
        QCOMPARE(panel->differenceList()->count(), 1);
        QVERIFY2(
            panel->differenceList()->item(0)->text().contains(QStringLiteral("Paying the staff and their pensions")),
            qPrintable(panel->differenceList()->item(0)->text()));
        QVERIFY(editor->save());
        QCOMPARE(stateLine(editor), QStringLiteral("VA-0001 · changed since established version 1"));
        QVERIFY(panel->establishButton()->isEnabled());

        // Establishing again makes version 2; version 1 has lapsed.
        QVERIFY(panel->establish(QStringLiteral("The pensions added")));
        QCOMPARE(panel->table()->rowCount(), 2);
        QCOMPARE(panel->table()->item(0, 1)->text(), QStringLiteral("Established"));
        QCOMPARE(panel->table()->item(1, 1)->text(), QStringLiteral("Lapsed"));
        QVERIFY(stateLine(editor).startsWith(QStringLiteral("VA-0001 · established version 2")));
        // The same again is refused with the reason, and nothing is added.
        const Status again = panel->establish(QString());
        QVERIFY(!again);
        QVERIFY(again.message().contains(QStringLiteral("version 2")));
        QCOMPARE(panel->table()->rowCount(), 2);
    }
};

QTEST_MAIN(TestActivityVersionsPage)
#include "tst_activityversionspage.moc"
