// The Legal holds section (DOMAIN-REVIEW A9): a hold made through the editor under a rule and an
// activity, what the list says about it (what it covers, active, the yearly review), the check's
// findings while it is being edited, its release, and its deletion; reopened, it is all still there.
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "app/LanguageManager.h"
#include "framework/EntityTableModel.h"
#include "framework/RegisterContext.h"
#include "register/Services.h"
#include "sections/holds/LegalHoldEditor.h"
#include "sections/holds/LegalHoldsPage.h"
#include "storage/Database.h"
#include "support/FormInput.h"
#include "support/TestWindow.h"
#include "widgets/DateField.h"
#include "widgets/EntityPicker.h"

using namespace Custodian;
using namespace Custodian::Ui;
using namespace TestSupport;

class TestLegalHoldsPage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    LanguageManager m_language;
    const QString m_passphrase = QStringLiteral("a long test passphrase");
    const QDate m_today = QDate(2026, 6, 15);

    static void choose(EntityPicker *picker, const QString &uuid)
    {
        QComboBox *combo = picker->comboBox();
        const int index = combo->findData(uuid);
        QVERIFY2(index >= 0, qPrintable(uuid));
        combo->setCurrentIndex(index);
    }

    // As a person sets a date: ticks the field, then picks the day.
    static void setDate(DateField *field, QDate date)
    {
        if (!field->checkBox()->isChecked())
            QTest::mouseClick(field->checkBox(), Qt::LeftButton);
        field->dateEdit()->setDate(date);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_language.setLanguage(QStringLiteral("en"));
    }

    void createReviewReleaseReopen()
    {
        const QString path = m_dir.filePath(QStringLiteral("holds.custodian"));
        QString holdUuid;
        QString ruleUuid;
        QString activityUuid;
        {
            Storage::Database database;
            const Status created = database.create(path, m_passphrase);
            QVERIFY2(created, qPrintable(created.message()));
            RegisterContext context(database);
            context.setToday(m_today);
            Domain::RetentionRule rule;
            rule.name = QStringLiteral("Personnel files");
            QVERIFY(context.retentionRules().save(&rule));
            ruleUuid = rule.uuid;
            Domain::ProcessingActivity activity;
            activity.name = QStringLiteral("Personnel administration");
            QVERIFY(context.activities().save(&activity));
            activityUuid = activity.uuid;

            LegalHoldsPage page(&context);
            QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            QVERIFY(TestSupport::showAt(page));
            QCOMPARE(page.entityCode(), QStringLiteral("legal_hold"));
            QCOMPARE(page.model()->rowCount(), 0);
            QVERIFY(child<QLabel>(&page, "emptyLabel")->isVisible());

            // Neither a rule nor an activity: the hold cannot be saved.
            page.startNew();
            type(child<QLineEdit>(&page, "titleEdit"), QStringLiteral("Dismissal dispute"));
            QVERIFY(!page.saveChanges());
            QVERIFY(!child<QLabel>(&page, "retentionRuleUuidMessage")->isHidden());

            choose(child<EntityPicker>(&page, "rulePicker"), ruleUuid);
            choose(child<EntityPicker>(&page, "activityPicker"), activityUuid);
            QVERIFY(child<QLabel>(&page, "retentionRuleUuidMessage")->isHidden());
            // Without a scope the check says it stops deletion for everyone under the rule.
            auto *scopeMessage = child<QLabel>(&page, "scopeMessage");
            QVERIFY(!scopeMessage->isHidden());
            QVERIFY2(scopeMessage->text().contains(QLatin1String("Art. 5(1)(e)")), qPrintable(scopeMessage->text()));
            typePlain(child<QPlainTextEdit>(&page, "scopeEdit"),
                      QStringLiteral("The personnel file and e-mail of the employee concerned"));
            QVERIFY(scopeMessage->isHidden());
            typePlain(child<QPlainTextEdit>(&page, "reasonEdit"), QStringLiteral("Claim before the cantonal court"));
            setDate(child<DateField>(&page, "startedOnField"), QDate(2025, 5, 1));
            auto *status = child<QLabel>(&page, "holdStatusLabel");
            QVERIFY2(status->text().contains(QLatin1String("was due")), qPrintable(status->text()));
            // Reviewed: the next review is a year later.
            setDate(child<DateField>(&page, "reviewedOnField"), QDate(2026, 5, 1));
            QVERIFY2(status->text().contains(QLatin1String("next review")), qPrintable(status->text()));
            QVERIFY(page.saveChanges());
            holdUuid = page.holdEditor()->currentUuid();
            QVERIFY(!holdUuid.isEmpty());

            QTRY_COMPARE(page.model()->rowCount(), 1);
            int row = rowOf(page.model(), holdUuid);
            QCOMPARE(cell(page.model(), row, LegalHoldsPage::TitleColumn), QStringLiteral("Dismissal dispute"));
            QCOMPARE(cell(page.model(), row, LegalHoldsPage::CoversColumn),
                     QStringLiteral("Personnel files · Personnel administration"));
            QCOMPARE(cell(page.model(), row, LegalHoldsPage::StatusColumn), QStringLiteral("Active"));
            QCOMPARE(cell(page.model(), row, LegalHoldsPage::ReviewColumn),
                     QLocale().toString(QDate(2027, 5, 1), QLocale::ShortFormat));
            QCOMPARE(cell(page.model(), row, LegalHoldsPage::AttentionColumn), QString());

            // A review more than a year ago is a finding of the register, shown in the list.
            Domain::LegalHold stored;
            QVERIFY(context.legalHolds().load(holdUuid, &stored));
            stored.reviewedOn = QDate(2025, 6, 1);
            QVERIFY(context.legalHolds().save(&stored));
            QTRY_VERIFY(cell(page.model(), rowOf(page.model(), holdUuid), LegalHoldsPage::ReviewColumn)
                            .endsWith(QLatin1String("review overdue")));
            QTRY_COMPARE(cell(page.model(), rowOf(page.model(), holdUuid), LegalHoldsPage::AttentionColumn),
                         QString(QChar(0x26A0)) + QStringLiteral(" 1"));

            // Released: no longer active, and nothing to review.
            page.showItem(holdUuid);
            setDate(child<DateField>(&page, "releasedOnField"), m_today);
            QVERIFY(page.saveChanges());
            row = rowOf(page.model(), holdUuid);
            QTRY_VERIFY(cell(page.model(), rowOf(page.model(), holdUuid), LegalHoldsPage::StatusColumn)
                            .startsWith(QLatin1String("Released on")));
            QCOMPARE(cell(page.model(), rowOf(page.model(), holdUuid), LegalHoldsPage::ReviewColumn), QString());
            QTRY_COMPARE(cell(page.model(), rowOf(page.model(), holdUuid), LegalHoldsPage::AttentionColumn), QString());
        }
        {
            Storage::Database database;
            const Status opened = database.open(path, m_passphrase);
            QVERIFY2(opened, qPrintable(opened.message()));
            RegisterContext context(database);
            context.setToday(m_today);
            LegalHoldsPage page(&context);
            QVERIFY(TestSupport::showAt(page));
            page.showItem(holdUuid);
            QCOMPARE(child<QLineEdit>(&page, "titleEdit")->text(), QStringLiteral("Dismissal dispute"));
            QCOMPARE(child<EntityPicker>(&page, "rulePicker")->currentUuid(), ruleUuid);
            QCOMPARE(child<EntityPicker>(&page, "activityPicker")->currentUuid(), activityUuid);
            QCOMPARE(child<DateField>(&page, "releasedOnField")->date(), m_today);
            // The rule and the activity cannot be deleted while the hold names them.
            QVERIFY(!context.retentionRules().remove(ruleUuid));
            // Deleted, it is gone from the list; the rule can go now.
            QVERIFY(page.deleteHold(holdUuid));
            QTRY_COMPARE(page.model()->rowCount(), 0);
            QVERIFY(context.retentionRules().remove(ruleUuid));
        }
    }
};

QTEST_MAIN(TestLegalHoldsPage)
#include "tst_legalholdspage.moc"
