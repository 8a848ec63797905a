// A register written by an older version is upgraded on open, keeps its data, and the file as it
// was is kept beside it.
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "register/OrganisationService.h"
#include "register/RegisterSettingsService.h"
#include "storage/Database.h"
#include "storage/HistoryChain.h"
#include "storage/Migrator.h"
#include "storage/SqlDialect.h"
#include "support/OldRegister.h"

using namespace Custodian;

class TestSchemaUpgrade : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    const QString m_passphrase = QStringLiteral("upgrade passphrase");

    bool writeVersion(const QString &path, int version = 1)
    {
        return OldRegister::write(path, m_passphrase, version,
                                  QStringLiteral("5c4e3a00-0000-4000-8000-00000000000%1").arg(version), m_dir.path());
    }

private slots:
    // The heads this computer remembers (Database::rememberedHead) go to a test folder.
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void upgradesAndKeepsData()
    {
        const QString path = m_dir.filePath(QStringLiteral("old.custodian"));
        QVERIFY(writeVersion(path));

        Storage::Database database;
        const Status status = database.open(path, m_passphrase);
        QVERIFY2(status, qPrintable(status.message() + QLatin1Char(' ') + status.detail()));
        QCOMPARE(database.schemaVersion(), Storage::Database::supportedSchemaVersion());
        QVERIFY(database.schemaVersion() > 1);
        QCOMPARE(database.registerId(), QStringLiteral("5c4e3a00-0000-4000-8000-000000000001"));

        Register::OrganisationService organisations(database);
        Domain::Organisation organisation;
        QVERIFY(organisations.load(&organisation));
        QCOMPARE(organisation.name, QStringLiteral("Oud Register B.V."));
        QCOMPARE(organisation.city, QStringLiteral("Zwolle"));
        Register::RegisterSettingsService settings(database);
        Register::RegisterSettings loaded;
        QVERIFY(settings.load(&loaded));
        QCOMPARE(loaded.holidayCalendar, QStringLiteral("NL"));

        // The history of the older version is sealed into the chain, and the register checks out.
        const auto report = database.checkIntegrity();
        QVERIFY2(report.ok, qPrintable(report.problems.join(QLatin1Char('\n'))));
        // A verified upgrade keeps no copy of the older file (which would keep the old state, and
        // the passphrase it had, in force); the person is told what happened.
        QVERIFY(database.migrationBackupPath().isEmpty());
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".schema-1.bak")));
        QVERIFY2(database.notices().join(QLatin1Char(' ')).contains(QLatin1String("upgraded from schema 1")),
                 qPrintable(database.notices().join(QLatin1Char(' '))));
    }

    // Version 6 copies the audit log to accept erasures (SQLite cannot change a CHECK): the chain
    // keeps every entry, id and hash, the head stays, and the log is as append-only as before.
    void theChainSurvivesTheAuditLogsRebuild()
    {
        const QString path = m_dir.filePath(QStringLiteral("v5.custodian"));
        QVERIFY(writeVersion(path, 5));
        Storage::HistoryHead before;
        {
            Storage::Database old;
            QVERIFY(old.open(path, m_passphrase, Storage::Database::Mode::ReadOnly));
            QCOMPARE(old.schemaVersion(), 5);
            before = old.historyHead();
        }
        QCOMPARE(before.count, 3);

        Storage::Database database;
        const Status status = database.open(path, m_passphrase);
        QVERIFY2(status, qPrintable(status.message() + QLatin1Char(' ') + status.detail()));
        QVERIFY(database.schemaVersion() >= 6);
        QCOMPARE(database.historyHead(), before);
        const Storage::HistoryChain::Report report = Storage::HistoryChain::verify(database.connection());
        QVERIFY2(report.ok, qPrintable(report.problem));
        QCOMPARE(report.entries, 3);

        QSqlQuery query(database.connection());
        QVERIFY(!query.exec(QStringLiteral("UPDATE audit_log SET actor = 'x' WHERE seq = 2")));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 3")));
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO audit_log (at, actor, entity, entity_uuid, action) "
                                           "VALUES ('2026-01-01T00:00:00.000Z', 'x', 'note', 'n1', 'update')")));
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO audit_log (at, actor, entity, entity_uuid, action, seq, "
                                           "hash) VALUES ('2026-01-01T00:00:00.000Z', 'x', 'note', 'n1', 'rename', "
                                           "4, 'h')")));
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM audit_log")) && query.next());
        QCOMPARE(query.value(0).toInt(), 3);
    }

    void readOnlyOpenDoesNotUpgrade()
    {
        const QString path = m_dir.filePath(QStringLiteral("readonly.custodian"));
        QVERIFY(writeVersion(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        {
            Storage::Database database;
            QVERIFY(database.open(path, m_passphrase, Storage::Database::Mode::ReadOnly));
            QCOMPARE(database.schemaVersion(), 1);
            QVERIFY(database.migrationBackupPath().isEmpty());
        }
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".schema-1.bak")));
    }
};

QTEST_GUILESS_MAIN(TestSchemaUpgrade)
#include "tst_schemaupgrade.moc"
