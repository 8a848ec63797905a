// The Controls section: a control of the organisation's own entered through its editor, with the
// reports that are evidence for it and, under them, what those reports name already; refused
// without its code; in the list; named by the Reports section beside the shipped controls of the
// kinds it names, and no longer once retired.
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "app/LanguageManager.h"
#include "domain/Codes.h"
#include "framework/EntityTableModel.h"
#include "framework/RegisterContext.h"
#include "register/Services.h"
#include "reports/Report.h"
#include "sections/catalogues/ControlEditor.h"
#include "sections/catalogues/ControlsPage.h"
#include "sections/reports/ReportsPage.h"
#include "storage/Database.h"
#include "support/FormInput.h"
#include "support/TestWindow.h"
#include "widgets/CodeChecklist.h"

using namespace Custodian;
using namespace Custodian::Ui;
using namespace TestSupport;

class TestControlsPage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    LanguageManager m_language;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_language.setLanguage(QStringLiteral("en"));
    }

    void enterListNameRetire()
    {
        Storage::Database database;
        QVERIFY(database.create(m_dir.filePath(QStringLiteral("controls.custodian")),
                                QStringLiteral("a long test passphrase")));
        RegisterContext context(database);
        ControlsPage page(&context);
        QVERIFY(TestSupport::showAt(page, QSize(1024, 700)));
        QCOMPARE(page.entityCode(), QStringLiteral("control_reference"));
        QCOMPARE(page.model()->rowCount(), 0);

        page.startNew();
        ControlEditor *editor = page.controlEditor();
        type(child<QLineEdit>(editor, "frameworkEdit"), QStringLiteral("NOREA PCF"));
        type(child<QLineEdit>(editor, "titleEdit"), QStringLiteral("Register of processing kept current"));
        auto *reports = child<CodeChecklist>(editor, "reportKindsList");
        auto *shipped = child<QLabel>(editor, "shippedControls");
        QVERIFY2(shipped->text().startsWith(QStringLiteral("Tick the reports")), qPrintable(shipped->text()));
        reports->setChecked(QStringLiteral("agreements"), true);
        // What the agreements report names already, so that it is not entered twice.
        QVERIFY2(shipped->text().contains(QStringLiteral("BIO2 5.19.01")), qPrintable(shipped->text()));
        QVERIFY2(shipped->text().contains(QStringLiteral("GDPR Art. 28")), qPrintable(shipped->text()));
        // Two reports: one group per framework, in the catalogue's order.
        reports->setChecked(QStringLiteral("register"), true);
        QVERIFY2(shipped->text().startsWith(QStringLiteral("These reports name already: GDPR Art. 28, Art. 30 · BIO2 "
                                                           "5.09.01, 5.12.01, 5.19.01")),
                 qPrintable(shipped->text()));
        QCOMPARE(shipped->text().count(QStringLiteral("BIO2")), 1);
        reports->setChecked(QStringLiteral("register"), false);
        // The public statement is none of the reports a control can name.
        QVERIFY(!Domain::Codes::codes(Domain::Codes::Kind::ReportKind).contains(QStringLiteral("statement")));
        // Without its code: refused, nothing saved.
        QVERIFY(!editor->save());
        QList<Domain::ControlReference> controls;
        QVERIFY(context.controls().list(&controls));
        QVERIFY(controls.isEmpty());
        type(child<QLineEdit>(editor, "codeEdit"), QStringLiteral("4.1"));
        QVERIFY(editor->save());
        QVERIFY(context.controls().list(&controls));
        QCOMPARE(controls.size(), 1);
        const Domain::ControlReference stored = controls.constFirst();
        QCOMPARE(stored.framework, QStringLiteral("NOREA PCF"));
        QCOMPARE(stored.code, QStringLiteral("4.1"));
        QCOMPARE(stored.reportKinds, QStringList{QStringLiteral("agreements")});
        QTRY_COMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->index(0, ControlsPage::ReportsColumn).data().toString(),
                 QStringLiteral("Processing agreements and sub-processors"));

        // The Reports section names it for the agreements, not for the register.
        ReportsPage reportsPage(&context);
        QVERIFY(TestSupport::showAt(reportsPage, QSize(1024, 700)));
        QListWidget *kinds = reportsPage.kindList();
        auto *evidence = child<QLabel>(&reportsPage, "kindEvidence");
        kinds->setCurrentRow(int(Reports::allKinds().indexOf(Reports::Kind::Agreements)));
        // One line, cut to the column's width; the whole line in its tooltip.
        QVERIFY2(evidence->toolTip().contains(QStringLiteral("NOREA PCF 4.1 (entered by the organisation)")),
                 qPrintable(evidence->toolTip()));
        QVERIFY(evidence->toolTip().contains(QStringLiteral("5.22.02")));
        QVERIFY2(evidence->text().startsWith(QStringLiteral("Evidence for: GDPR Art. 28")),
                 qPrintable(evidence->text()));
        QVERIFY(evidence->text().endsWith(QChar(0x2026)));
        // The longest line (the agreements') leaves the page's choices and buttons whole at 1024×700.
        QApplication::processEvents();
        for (auto *button : reportsPage.findChildren<QPushButton *>()) {
            if (!button->isVisible())
                continue;
            QVERIFY2(button->height() >= button->minimumSizeHint().height(), qPrintable(button->text()));
            QVERIFY2(button->mapTo(&reportsPage, QPoint(0, button->height())).y() <= reportsPage.height(),
                     qPrintable(button->text()));
        }
        kinds->setCurrentRow(int(Reports::allKinds().indexOf(Reports::Kind::Register)));
        QVERIFY(evidence->toolTip().contains(QStringLiteral("GDPR Art. 30")));
        QVERIFY(!evidence->toolTip().contains(QStringLiteral("NOREA")));

        // The statement names none.
        kinds->setCurrentRow(int(Reports::allKinds().indexOf(Reports::Kind::Statement)));
        QVERIFY(evidence->isHidden());
        // Retired while the Reports section is open: no longer named, without choosing the kind again.
        kinds->setCurrentRow(int(Reports::allKinds().indexOf(Reports::Kind::Agreements)));
        QVERIFY(evidence->toolTip().contains(QStringLiteral("NOREA")));
        QVERIFY(page.setRetired(stored.uuid, true));
        QTRY_VERIFY(!evidence->toolTip().contains(QStringLiteral("NOREA")));
        // In the report's language.
        reportsPage.languageCombo()->setCurrentIndex(reportsPage.languageCombo()->findData(QStringLiteral("nl")));
        QVERIFY2(evidence->toolTip().startsWith(QStringLiteral("Evidence for: AVG art. 28 · BIO2 5.19.01")),
                 qPrintable(evidence->toolTip()));
    }
};

QTEST_MAIN(TestControlsPage)
#include "tst_controlspage.moc"
