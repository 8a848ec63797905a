// The Cookies and trackers section: a cookie entered through its editor, with its category telling
// whether it needs consent, checked at once against the processing activity it serves; in the list
// with its provider and lifetime; retired and restored.
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "app/LanguageManager.h"
#include "framework/EntityTableModel.h"
#include "framework/RegisterContext.h"
#include "register/Services.h"
#include "sections/catalogues/CookieEditor.h"
#include "sections/catalogues/CookiesPage.h"
#include "storage/Database.h"
#include "support/FormInput.h"
#include "support/TestWindow.h"
#include "widgets/EntityPicker.h"

using namespace Custodian;
using namespace Custodian::Ui;
using namespace TestSupport;

class TestCookiesPage : public QObject
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

    void enterCheckRetire()
    {
        Storage::Database database;
        QVERIFY(database.create(m_dir.filePath(QStringLiteral("cookies.custodian")),
                                QStringLiteral("a long test passphrase")));
        RegisterContext context(database);
        // The website rests on legitimate interests only: no consent to place analytics cookies with.
        Domain::ProcessingActivity website;
        website.name = QStringLiteral("Website");
        website.lawfulBases = {QStringLiteral("f")};
        QVERIFY(context.activities().save(&website));
        Domain::Party provider;
        provider.name = QStringLiteral("Statistiek B.V.");
        provider.country = QStringLiteral("NL");
        QVERIFY(context.parties().save(&provider));

        CookiesPage page(&context);
        QVERIFY(TestSupport::showAt(page, QSize(1024, 700)));
        QCOMPARE(page.entityCode(), QStringLiteral("cookie"));
        QCOMPARE(page.model()->rowCount(), 0);
        page.startNew();
        CookieEditor *editor = page.cookieEditor();
        type(child<QLineEdit>(editor, "nameEdit"), QStringLiteral("_st"));
        auto *categoryHint = child<QLabel>(editor, "categoryHint");
        QVERIFY2(categoryHint->text().contains(QStringLiteral("Needs no consent")), qPrintable(categoryHint->text()));
        pick(child<QComboBox>(editor, "categoryCombo"), QStringLiteral("analytics"));
        QVERIFY2(categoryHint->text().contains(QStringLiteral("only after the visitor consents")),
                 qPrintable(categoryHint->text()));
        typePlain(child<QPlainTextEdit>(editor, "purposeEdit"), QStringLiteral("Counts visits"));
        child<EntityPicker>(editor, "providerPicker")->setCurrentUuid(provider.uuid);
        child<QSpinBox>(editor, "lifetimeCountSpin")->setValue(13);
        pick(child<QComboBox>(editor, "lifetimeUnitCombo"), QStringLiteral("months"));
        child<EntityPicker>(editor, "activityPicker")->setCurrentUuid(website.uuid);
        // Checked as it is typed: the activity does not rest on consent.
        QTRY_VERIFY(!child<QLabel>(editor, "categoryMessage")->isHidden());
        QVERIFY(child<QLabel>(editor, "categoryMessage")->text().contains(QStringLiteral("Tw art. 11.7a")));
        QVERIFY(editor->save()); // an error of the check, not of the input: it can be saved, and is listed

        QList<Domain::Cookie> cookies;
        QVERIFY(context.cookies().list(&cookies));
        QCOMPARE(cookies.size(), 1);
        const Domain::Cookie &stored = cookies.constFirst();
        QCOMPARE(stored.category, QStringLiteral("analytics"));
        QCOMPARE(stored.partyUuid, provider.uuid);
        QCOMPARE(stored.activityUuid, website.uuid);
        QCOMPARE(stored.lifetimeCount, 13);
        QCOMPARE(stored.lifetimeUnit, QStringLiteral("months"));
        QTRY_COMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->index(0, CookiesPage::ProviderColumn).data().toString(),
                 QStringLiteral("Statistiek B.V."));
        QCOMPARE(page.model()->index(0, CookiesPage::LifetimeColumn).data().toString(), QStringLiteral("13 months"));

        // Consent on the activity, recorded and withdrawable: the cookie is in order.
        website.lawfulBases = {QStringLiteral("a"), QStringLiteral("f")};
        website.consentRecord = QStringLiteral("Banner log");
        website.consentWithdrawal = QStringLiteral("Cookie settings link");
        QVERIFY(context.activities().save(&website));
        QVERIFY(Register::CompletenessCheck::forCookie(stored, context.snapshot()).isEmpty());

        QVERIFY(page.setRetired(stored.uuid, true));
        Domain::Cookie retired;
        QVERIFY(context.cookies().load(stored.uuid, &retired));
        QVERIFY(retired.retired);
        QVERIFY(page.setRetired(stored.uuid, false));
    }
};

QTEST_MAIN(TestCookiesPage)
#include "tst_cookiespage.moc"
