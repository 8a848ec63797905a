// A register written by an older version is upgraded on open, keeps its data, and the file as it
// was is kept beside it.
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include "register/OrganisationService.h"
#include "register/RegisterSettingsService.h"
#include "storage/CipherProfile.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/SqlCipherDriver.h"

using namespace Custodian;

class TestSchemaUpgrade : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    const QString m_passphrase = QStringLiteral("upgrade passphrase");

    // Writes a register as schema version 1 left it: only the first migration, with data.
    bool writeVersionOne(const QString &path)
    {
        const QString folder = m_dir.filePath(QStringLiteral("v1-schema"));
        QDir().mkpath(folder);
        const QString migration = QStringLiteral("0001_organisation_and_audit.sql");
        QFile::remove(QDir(folder).filePath(migration));
        if (!QFile::copy(QStringLiteral(":/schema/") + migration, QDir(folder).filePath(migration)))
            return false;
        Storage::registerSqlCipherDriver();
        bool ok = false;
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLCIPHER"), QStringLiteral("v1"));
            raw.setDatabaseName(path);
            raw.setConnectOptions(QStringLiteral("QSQLCIPHER_CREATE"));
            ok = raw.open(QString(), m_passphrase) && Storage::CipherProfile::pinned().apply(raw).isOk();
            QSqlQuery query(raw);
            ok = ok && query.exec(QStringLiteral("PRAGMA application_id = %1").arg(Storage::Database::applicationId));
            const Storage::Migrator migrator(folder);
            ok = ok && migrator.latestVersion() == 1 && migrator.migrate(raw).isOk();
            ok = ok && query.exec(QStringLiteral("INSERT INTO register_info (key, value) VALUES ('register_id', "
                                                 "'11111111-2222-3333-4444-555555555555')"));
            ok = ok &&
                 query.exec(QStringLiteral("INSERT INTO organisation (id, uuid, name, city, created_at, updated_at) "
                                           "VALUES (1, 'org', 'Oud Register B.V.', 'Zwolle', "
                                           "'2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')"));
            if (!ok)
                qWarning() << query.lastError().text() << raw.lastError().text();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        return ok;
    }

private slots:
    void upgradesAndKeepsData()
    {
        const QString path = m_dir.filePath(QStringLiteral("old.custodian"));
        QVERIFY(writeVersionOne(path));

        Storage::Database database;
        const Status status = database.open(path, m_passphrase);
        QVERIFY2(status, qPrintable(status.message() + QLatin1Char(' ') + status.detail()));
        QCOMPARE(database.schemaVersion(), Storage::Database::supportedSchemaVersion());
        QVERIFY(database.schemaVersion() > 1);
        QCOMPARE(database.registerId(), QStringLiteral("11111111-2222-3333-4444-555555555555"));

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

    void readOnlyOpenDoesNotUpgrade()
    {
        const QString path = m_dir.filePath(QStringLiteral("readonly.custodian"));
        QVERIFY(writeVersionOne(path));
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
