// The LDV resolver export: the established activity versions as static files for a logging
// back-end. Only established versions are written, never a working record; a version's file reads
// byte for byte the same in a later export, whatever changed in the register since; the index lists
// every version with its state (lapsed once replaced or retired); a folder and a .zip hold the same.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include "RegisterTestSupport.h"
#include "exchange/LdvExport.h"
#include "exchange/Zip.h"
#include "register/OrganisationService.h"
#include "register/Services.h"
#include "storage/HistoryChain.h"

using namespace Custodian;
using namespace Custodian::Domain;
using namespace Custodian::Register;
using RegisterTest::TestRegister;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestLdvExport : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        AuditLog::setActor(QStringLiteral("tester"));
        m_register = std::make_unique<TestRegister>();
        QVERIFY2(m_register->ok(), qPrintable(m_register->error()));
        QVERIFY(m_out.isValid());
        Store &store = m_register->database();
        RetentionRuleService rules(store);
        m_rule = RetentionRule();
        m_rule.name = QStringLiteral("Salary records");
        m_rule.periodCount = 7;
        m_rule.periodUnit = QStringLiteral("years");
        m_rule.periodKind = QStringLiteral("minimum");
        m_rule.basisType = QStringLiteral("statute");
        m_rule.legalSource = QStringLiteral("AWR art. 52");
        QVERIFY_OK(rules.save(&m_rule));
        ActivityService activities(store);
        m_payroll = ProcessingActivity();
        m_payroll.name = QStringLiteral("Payroll");
        m_payroll.purpose = QStringLiteral("Paying the staff");
        m_payroll.lawfulBases = {QStringLiteral("c")};
        m_payroll.confidentiality = QStringLiteral("confidential");
        m_payroll.logRetentionCount = 2;
        m_payroll.logRetentionUnit = QStringLiteral("years");
        m_payroll.dataCategories = {{QStringLiteral("Salary"), QString(), m_rule.uuid}};
        m_payroll.status = QStringLiteral("approved");
        QVERIFY_OK(activities.save(&m_payroll));
        m_draft = ProcessingActivity();
        m_draft.name = QStringLiteral("Recruitment");
        QVERIFY_OK(activities.save(&m_draft));
    }
    void cleanup() { m_register.reset(); }

    void onlyEstablishedVersions()
    {
        ActivityVersion version;
        QVERIFY_OK(ActivityVersionService(m_register->database()).establish(m_payroll.uuid, QString(), &version));
        const QString folder = m_out.filePath(QStringLiteral("only"));
        Storage::HistoryHead state;
        int written = 0;
        QVERIFY_OK(Exchange::LdvExport::write(m_register->database(), folder, &state, &written));
        QCOMPARE(written, 1);
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot),
                 (QStringList{QStringLiteral("activity"), QStringLiteral("index.json")}));
        // The draft has no folder: it was never established.
        QCOMPARE(QDir(folder + QStringLiteral("/activity")).entryList(QDir::Dirs | QDir::NoDotAndDotDot),
                 QStringList{m_payroll.uuid});
        const QJsonObject file =
            QJsonDocument::fromJson(readFile(folder + QStringLiteral("/activity/%1/1.json").arg(m_payroll.uuid)))
                .object();
        QCOMPARE(file.value(QStringLiteral("uri")).toString(), version.uri);
        QCOMPARE(file.value(QStringLiteral("nummer")).toString(), QStringLiteral("VA-0001"));
        QCOMPARE(file.value(QStringLiteral("versie")).toInt(), 1);
        QCOMPARE(file.value(QStringLiteral("doel")).toString(), QStringLiteral("Paying the staff"));
        QCOMPARE(file.value(QStringLiteral("vertrouwelijkheid")).toString(), QStringLiteral("vertrouwelijk"));
        QCOMPARE(file.value(QStringLiteral("bewaartermijn")).toString(), QStringLiteral("P7Y"));
        QCOMPARE(file.value(QStringLiteral("logBewaartermijn")).toString(), QStringLiteral("P2Y"));
        QCOMPARE(file.value(QStringLiteral("grondslag")).toArray().at(0).toObject().value(QStringLiteral("code")),
                 QJsonValue(QStringLiteral("c")));
        QCOMPARE(file.value(QStringLiteral("digest")).toString(), version.digest);
        const QJsonObject index = QJsonDocument::fromJson(readFile(folder + QStringLiteral("/index.json"))).object();
        QCOMPARE(index.value(QStringLiteral("format")).toString(), Exchange::LdvExport::formatName());
        QCOMPARE(index.value(QStringLiteral("registerState")).toString(), state.text());
        QCOMPARE(index.value(QStringLiteral("versies")).toArray().size(), 1);
        // Nothing is written over: the folder is not empty any more.
        QCOMPARE(Exchange::LdvExport::write(m_register->database(), folder, &state, &written).code(),
                 Status::Code::InvalidInput);
    }

    void versionFilesAreByteIdentical()
    {
        ActivityVersionService versions(m_register->database());
        ActivityVersion version;
        QVERIFY_OK(versions.establish(m_payroll.uuid, QString(), &version));
        Storage::HistoryHead state;
        int written = 0;
        const QString first = m_out.filePath(QStringLiteral("first"));
        QVERIFY_OK(Exchange::LdvExport::write(m_register->database(), first, &state, &written));
        // The register moves on: the activity, its rule and the organisation change.
        m_payroll.purpose = QStringLiteral("Paying the staff and their pensions");
        QVERIFY_OK(ActivityService(m_register->database()).save(&m_payroll));
        m_rule.periodCount = 10;
        QVERIFY_OK(RetentionRuleService(m_register->database()).save(&m_rule));
        const QString second = m_out.filePath(QStringLiteral("second"));
        QVERIFY_OK(Exchange::LdvExport::write(m_register->database(), second, &state, &written));
        const QString file = QStringLiteral("/activity/%1/1.json").arg(m_payroll.uuid);
        QVERIFY(!readFile(first + file).isEmpty());
        QCOMPARE(readFile(second + file), readFile(first + file));
        QVERIFY(readFile(first + QStringLiteral("/index.json")) != readFile(second + QStringLiteral("/index.json")));
    }

    void indexListsLapsedVersions()
    {
        Store &store = m_register->database();
        ActivityVersionService versions(store);
        ActivityVersion first;
        QVERIFY_OK(versions.establish(m_payroll.uuid, QString(), &first));
        m_payroll.purpose = QStringLiteral("Paying the staff and their pensions");
        QVERIFY_OK(ActivityService(store).save(&m_payroll));
        ActivityVersion second;
        QVERIFY_OK(versions.establish(m_payroll.uuid, QString(), &second));
        Storage::HistoryHead state;
        int written = 0;
        const QString before = m_out.filePath(QStringLiteral("before"));
        QVERIFY_OK(Exchange::LdvExport::write(store, before, &state, &written));
        QCOMPARE(written, 2);
        auto statuses = [](const QString &folder) {
            QStringList found;
            const QJsonArray index = QJsonDocument::fromJson(readFile(folder + QStringLiteral("/index.json")))
                                         .object()
                                         .value(QStringLiteral("versies"))
                                         .toArray();
            for (const QJsonValue &entry : index)
                found << QStringLiteral("%1:%2")
                             .arg(entry.toObject().value(QStringLiteral("versie")).toInt())
                             .arg(entry.toObject().value(QStringLiteral("status")).toString());
            return found;
        };
        QCOMPARE(statuses(before), (QStringList{QStringLiteral("1:vervallen"), QStringLiteral("2:vastgesteld")}));
        QVERIFY_OK(ActivityService(store).retire(m_payroll.uuid));
        const QString after = m_out.filePath(QStringLiteral("after"));
        QVERIFY_OK(Exchange::LdvExport::write(store, after, &state, &written));
        QCOMPARE(statuses(after), (QStringList{QStringLiteral("1:vervallen"), QStringLiteral("2:vervallen")}));
    }

    void zipAndFolder()
    {
        Store &store = m_register->database();
        ActivityVersion version;
        QVERIFY_OK(ActivityVersionService(store).establish(m_payroll.uuid, QString(), &version));
        Storage::HistoryHead state;
        int written = 0;
        const QString folder = m_out.filePath(QStringLiteral("folder"));
        const QString zipPath = m_out.filePath(QStringLiteral("resolver.zip"));
        QVERIFY_OK(Exchange::LdvExport::write(store, folder, &state, &written));
        QVERIFY_OK(Exchange::LdvExport::write(store, zipPath, &state, &written));
        Exchange::ZipReader zip(readFile(zipPath));
        QVERIFY(zip.isOpen());
        const QString entry = QStringLiteral("activity/%1/1.json").arg(version.activityUuid);
        QCOMPARE(zip.names(), (QStringList{QStringLiteral("index.json"), entry}));
        QByteArray zipped;
        QCOMPARE(zip.read(entry, 1 << 20, &zipped), Exchange::ZipReader::Result::Ok);
        QCOMPARE(zipped, readFile(folder + QLatin1Char('/') + entry));
        QVERIFY(!QFile::exists(zipPath + QStringLiteral(".part")));
        // A .zip is not written over either.
        QCOMPARE(Exchange::LdvExport::write(store, zipPath, &state, &written).code(), Status::Code::InvalidInput);
    }

private:
    using Store = Storage::Store;
    std::unique_ptr<TestRegister> m_register;
    QTemporaryDir m_out;
    RetentionRule m_rule;
    ProcessingActivity m_payroll;
    ProcessingActivity m_draft;
};

QTEST_GUILESS_MAIN(TestLdvExport)
#include "tst_ldvexport.moc"
