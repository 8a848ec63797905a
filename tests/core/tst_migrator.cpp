// Storage::Migrator: numbered migrations, each applied in one transaction with its user_version bump.
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

#include "Status.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/SqlCipherDriver.h"

using Custodian::Status;
using Custodian::Storage::Migrator;

namespace {

QString describe(const Status &status)
{
    return QStringLiteral("%1 (%2)").arg(status.message(), status.detail());
}

} // namespace

class TestMigrator : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QSqlDatabase m_db;
    int m_counter = 0;

    // A folder of migrations written for this test: {file name, script}.
    QString writeMigrations(const QList<QPair<QString, QString>> &files)
    {
        const QString folder = m_dir->filePath(QStringLiteral("migrations-%1").arg(++m_counter));
        if (!QDir().mkpath(folder))
            return QString();
        for (const auto &[name, script] : files) {
            QFile file(QDir(folder).filePath(name));
            if (!file.open(QIODevice::WriteOnly) || file.write(script.toUtf8()) < 0)
                return QString();
        }
        return folder;
    }

    QStringList objects(const QString &type)
    {
        QStringList names;
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = ? AND name NOT LIKE 'sqlite_%' "
                                     "ORDER BY name"));
        query.addBindValue(type);
        if (query.exec()) {
            while (query.next())
                names << query.value(0).toString();
        }
        return names;
    }

    int userVersion() { return Migrator::currentVersion(m_db); }

    qint64 scalar(const QString &sql)
    {
        QSqlQuery query(m_db);
        if (!query.exec(sql) || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }

private slots:
    void initTestCase() { Custodian::Storage::registerSqlCipherDriver(); }

    // Every test starts from an empty encrypted database.
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLCIPHER"), QStringLiteral("migrator"));
        m_db.setDatabaseName(m_dir->filePath(QStringLiteral("empty.db")));
        m_db.setConnectOptions(QStringLiteral("QSQLCIPHER_CREATE"));
        QVERIFY2(m_db.open(QString(), QStringLiteral("migrator test passphrase")), qPrintable(m_db.lastError().text()));
        QSqlQuery query(m_db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA cipher_page_size = 4096")));
        QCOMPARE(userVersion(), 0);
        QVERIFY(objects(QStringLiteral("table")).isEmpty());
    }

    void cleanup()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("migrator"));
        m_dir.reset();
    }

    // DECISIONS.md: a column change on SQLite 3.15 is a table rebuild with foreign keys off around
    // the transaction and a foreign-key check before its commit.
    void rebuildKeepsDataAndReferences()
    {
        const QString base = QStringLiteral(
            "CREATE TABLE parent (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n"
            "CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL REFERENCES parent(id), "
            "old_name TEXT NOT NULL);\n"
            "CREATE INDEX child_parent ON child(parent_id);\n"
            "INSERT INTO parent (id, name) VALUES (1, 'p');\n"
            "INSERT INTO child (id, parent_id, old_name) VALUES (10, 1, 'c');\n");
        // Rebuilds the parent (which the child refers to): impossible with foreign keys on.
        const QString rebuild =
            QStringLiteral("-- custodian: rebuilds tables\n"
                           "CREATE TABLE parent_new (id INTEGER PRIMARY KEY, title TEXT NOT NULL);\n"
                           "INSERT INTO parent_new (id, title) SELECT id, name FROM parent;\n"
                           "DROP TABLE parent;\n"
                           "ALTER TABLE parent_new RENAME TO parent;\n");
        const QString folder =
            writeMigrations({{QStringLiteral("0001_base.sql"), base}, {QStringLiteral("0002_rebuild.sql"), rebuild}});
        const Migrator migrator(folder);
        QVERIFY(migrator.migrations().at(1).rebuildsTables);
        QVERIFY(!migrator.migrations().at(0).rebuildsTables);
        QSqlQuery on(m_db);
        QVERIFY(on.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
        const Status status = migrator.migrate(m_db);
        QVERIFY2(status, qPrintable(describe(status)));
        QCOMPARE(userVersion(), 2);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM parent WHERE title = 'p'")), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM child WHERE parent_id = 1")), 1);
        // Foreign keys are on again, and still refer to the rebuilt table.
        QCOMPARE(scalar(QStringLiteral("PRAGMA foreign_keys")), 1);
        QSqlQuery orphan(m_db);
        QVERIFY(!orphan.exec(QStringLiteral("INSERT INTO child (id, parent_id, old_name) VALUES (11, 99, 'x')")));
    }

    void rebuildThatBreaksAReferenceChangesNothing()
    {
        const QString base = QStringLiteral(
            "CREATE TABLE parent (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n"
            "CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL REFERENCES parent(id));\n"
            "INSERT INTO parent (id, name) VALUES (1, 'p');\n"
            "INSERT INTO child (id, parent_id) VALUES (10, 1);\n");
        // Loses the parent row the child refers to.
        const QString rebuild = QStringLiteral("-- custodian: rebuilds tables\n"
                                               "CREATE TABLE parent_new (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n"
                                               "DROP TABLE parent;\n"
                                               "ALTER TABLE parent_new RENAME TO parent;\n");
        const QString folder =
            writeMigrations({{QStringLiteral("0001_base.sql"), base}, {QStringLiteral("0002_rebuild.sql"), rebuild}});
        const Migrator migrator(folder);
        QSqlQuery on(m_db);
        QVERIFY(on.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
        const Status status = migrator.migrate(m_db);
        QVERIFY(!status);
        QVERIFY2(status.detail().contains(QLatin1String("child")), qPrintable(status.detail()));
        QCOMPARE(userVersion(), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM parent")), 1);
        QCOMPARE(scalar(QStringLiteral("PRAGMA foreign_keys")), 1);
    }

    void embeddedMigrationsLoad()
    {
        const Migrator migrator;
        QVERIFY2(migrator.loadStatus(), qPrintable(describe(migrator.loadStatus())));
        QVERIFY(!migrator.migrations().isEmpty());
        for (int i = 0; i < migrator.migrations().size(); ++i) {
            const Migrator::Migration &migration = migrator.migrations().at(i);
            QCOMPARE(migration.version, i + 1);
            QVERIFY(!migration.name.isEmpty());
            QVERIFY(!migration.script.trimmed().isEmpty());
        }
        QCOMPARE(migrator.latestVersion(), int(migrator.migrations().size()));
        QCOMPARE(Custodian::Storage::Database::supportedSchemaVersion(), migrator.latestVersion());
        QCOMPARE(migrator.migrations().first().name, QStringLiteral("organisation_and_audit"));
    }

    // One description serves both stores: each keeps the common lines and its own sections, with
    // the type placeholders as its own types.
    void oneDescriptionBecomesEachDialectsSql()
    {
        const QString description = QStringLiteral("CREATE TABLE t (\n"
                                                   "    id %ID%,\n"
                                                   "    parent_id %BIGINT% REFERENCES t(id),\n"
                                                   "-- dialect: sqlite\n"
                                                   "    day TEXT CHECK (day GLOB '[0-9]*'),\n"
                                                   "-- dialect: postgres\n"
                                                   "    day TEXT CHECK (day ~ '^[0-9]{4}$'),\n"
                                                   "-- dialect: all\n"
                                                   "    content %BLOB%\n"
                                                   ");");
        QCOMPARE(Custodian::Storage::sqliteDialect().migrationScript(description),
                 QStringLiteral("CREATE TABLE t (\n"
                                "    id INTEGER PRIMARY KEY,\n"
                                "    parent_id INTEGER REFERENCES t(id),\n"
                                "    day TEXT CHECK (day GLOB '[0-9]*'),\n"
                                "    content BLOB\n"
                                ");"));
        QCOMPARE(Custodian::Storage::postgresDialect().migrationScript(description),
                 QStringLiteral("CREATE TABLE t (\n"
                                "    id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,\n"
                                "    parent_id BIGINT REFERENCES t(id),\n"
                                "    day TEXT CHECK (day ~ '^[0-9]{4}$'),\n"
                                "    content BYTEA\n"
                                ");"));
        // The embedded set leaves no placeholder or section marker in either store's SQL.
        for (const Custodian::Storage::SqlDialect *dialect :
             {&Custodian::Storage::sqliteDialect(), &Custodian::Storage::postgresDialect()}) {
            const Migrator migrator(*dialect);
            QVERIFY2(migrator.loadStatus(), qPrintable(describe(migrator.loadStatus())));
            for (const Migrator::Migration &migration : migrator.migrations()) {
                for (const char *left : {"%ID%", "%BIGINT%", "%BLOB%", "-- dialect:"})
                    QVERIFY2(!migration.script.contains(QLatin1String(left)),
                             qPrintable(dialect->name() + QLatin1Char(' ') + migration.name + QLatin1Char(' ') +
                                        QLatin1String(left)));
            }
        }
    }

    void migratesAnEmptyDatabase()
    {
        const Migrator migrator;
        const Status status = migrator.migrate(m_db);
        QVERIFY2(status, qPrintable(describe(status)));
        QCOMPARE(userVersion(), migrator.latestVersion());

        const QStringList tables = objects(QStringLiteral("table"));
        for (const char *table : {"register_info", "organisation", "joint_controller", "audit_log"})
            QVERIFY2(tables.contains(QLatin1String(table)), table);
        const QStringList triggers = objects(QStringLiteral("trigger"));
        QVERIFY(triggers.contains(QStringLiteral("audit_log_no_update")));
        QVERIFY(triggers.contains(QStringLiteral("audit_log_no_delete")));
        const QStringList indexes = objects(QStringLiteral("index"));
        QVERIFY(indexes.contains(QStringLiteral("joint_controller_organisation")));
        QVERIFY(indexes.contains(QStringLiteral("audit_log_entity")));

        // The organisation table holds one row at most.
        QSqlQuery query(m_db);
        QVERIFY2(query.exec(QStringLiteral("INSERT INTO organisation (id, uuid, name, created_at, updated_at) "
                                           "VALUES (1, 'u', 'n', 't', 't')")),
                 qPrintable(query.lastError().text()));
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO organisation (id, uuid, name, created_at, updated_at) "
                                           "VALUES (2, 'v', 'm', 't', 't')")));
    }

    void rerunningTheEmbeddedSchemaIsANoOp()
    {
        // A second run neither fails nor changes anything.
        const Migrator embedded;
        QVERIFY(embedded.migrate(m_db));
        const qint64 objectCount = scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"));
        const Status again = embedded.migrate(m_db);
        QVERIFY2(again, qPrintable(describe(again)));
        QCOMPARE(userVersion(), embedded.latestVersion());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM sqlite_master")), objectCount);
    }

    void rerunningIsANoOp()
    {
        // A migration that would fail (table exists) or duplicate its row if it ran twice.
        const QString folder = writeMigrations({
            {QStringLiteral("0001_counted.sql"),
             QStringLiteral("CREATE TABLE counted (id INTEGER PRIMARY KEY);\nINSERT INTO counted DEFAULT VALUES;\n")},
        });
        QVERIFY(!folder.isEmpty());
        const Migrator migrator(folder);
        QVERIFY2(migrator.loadStatus(), qPrintable(describe(migrator.loadStatus())));
        QVERIFY(migrator.migrate(m_db));
        QCOMPARE(userVersion(), 1);
        for (int run = 0; run < 2; ++run) {
            const Status status = migrator.migrate(m_db);
            QVERIFY2(status, qPrintable(describe(status)));
        }
        QCOMPARE(userVersion(), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM counted")), 1);
    }

    void failedMigrationIsRolledBack()
    {
        const QString first = QStringLiteral("CREATE TABLE first (id INTEGER PRIMARY KEY, v TEXT NOT NULL);\n"
                                             "INSERT INTO first (v) VALUES ('kept');\n");
        const QString folder = writeMigrations({
            {QStringLiteral("0001_first.sql"), first},
            {QStringLiteral("0002_broken.sql"),
             QStringLiteral("-- the first statement succeeds, the third fails\n"
                            "CREATE TABLE second (id INTEGER PRIMARY KEY, v TEXT NOT NULL);\n"
                            "INSERT INTO second (v) VALUES ('lost');\n"
                            "INSERT INTO first (v) VALUES (NULL);\n"
                            "CREATE TABLE third (id INTEGER PRIMARY KEY);\n")},
        });
        QVERIFY(!folder.isEmpty());
        const Migrator migrator(folder);
        QVERIFY2(migrator.loadStatus(), qPrintable(describe(migrator.loadStatus())));
        QCOMPARE(migrator.latestVersion(), 2);

        const Status status = migrator.migrate(m_db);
        QVERIFY(!status.isOk());
        QCOMPARE(status.code(), Status::Code::DatabaseError);
        QVERIFY(!status.message().isEmpty());
        QVERIFY2(status.detail().contains(QLatin1String("NOT NULL"), Qt::CaseInsensitive), qPrintable(status.detail()));

        QCOMPARE(userVersion(), 1);
        const QStringList tables = objects(QStringLiteral("table"));
        QCOMPARE(tables, QStringList{QStringLiteral("first")});
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM first")), 1);

        // No transaction is left open: once the migration is fixed, it applies.
        {
            QFile broken(QDir(folder).filePath(QStringLiteral("0002_broken.sql")));
            QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
            broken.write("CREATE TABLE second (id INTEGER PRIMARY KEY, v TEXT NOT NULL);\n");
        }
        const Migrator fixed(folder);
        const Status retried = fixed.migrate(m_db);
        QVERIFY2(retried, qPrintable(describe(retried)));
        QCOMPARE(userVersion(), 2);
        QVERIFY(objects(QStringLiteral("table")).contains(QStringLiteral("second")));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM first")), 1);
    }

    void failureInTheFirstMigrationLeavesVersionZero()
    {
        const QString folder = writeMigrations({
            {QStringLiteral("0001_broken.sql"),
             QStringLiteral("CREATE TABLE early (id INTEGER PRIMARY KEY);\nSELECT * FROM no_such_table;\n")},
        });
        const Migrator migrator(folder);
        QVERIFY(migrator.loadStatus());
        QVERIFY(!migrator.migrate(m_db).isOk());
        QCOMPARE(userVersion(), 0);
        QVERIFY(objects(QStringLiteral("table")).isEmpty());
    }

    void malformedFolderIsRefused_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::newRow("gap") << QStringList{QStringLiteral("0001_one.sql"), QStringLiteral("0003_three.sql")};
        QTest::newRow("not starting at 1") << QStringList{QStringLiteral("0002_two.sql")};
        QTest::newRow("duplicate number")
            << QStringList{QStringLiteral("0001_one.sql"), QStringLiteral("0001_again.sql")};
        QTest::newRow("three digits") << QStringList{QStringLiteral("0001_one.sql"), QStringLiteral("002_two.sql")};
        QTest::newRow("no description") << QStringList{QStringLiteral("0001_one.sql"), QStringLiteral("0002.sql")};
        QTest::newRow("space in name") << QStringList{QStringLiteral("0001_one.sql"),
                                                      QStringLiteral("0002_two things.sql")};
        QTest::newRow("no underscore") << QStringList{QStringLiteral("0001_one.sql"), QStringLiteral("0002-two.sql")};
        QTest::newRow("letters") << QStringList{QStringLiteral("0001_one.sql"), QStringLiteral("abcd_two.sql")};
    }

    void malformedFolderIsRefused()
    {
        QFETCH(QStringList, files);
        QList<QPair<QString, QString>> migrations;
        for (const QString &name : std::as_const(files))
            migrations.append({name, QStringLiteral("CREATE TABLE t_%1 (id INTEGER PRIMARY KEY);")
                                         .arg(QString::number(migrations.size()))});
        const QString folder = writeMigrations(migrations);
        QVERIFY(!folder.isEmpty());

        const Migrator migrator(folder);
        QVERIFY(!migrator.loadStatus().isOk());
        QCOMPARE(migrator.loadStatus().code(), Status::Code::InvalidInput);
        QVERIFY(!migrator.loadStatus().message().isEmpty());

        // A malformed set is never applied, not even its well-formed part.
        QVERIFY(!migrator.migrate(m_db).isOk());
        QCOMPARE(userVersion(), 0);
        QVERIFY(objects(QStringLiteral("table")).isEmpty());
    }

    void wellFormedFolderLoadsInOrder()
    {
        const QString folder = writeMigrations({
            {QStringLiteral("0002_second-step.sql"), QStringLiteral("CREATE TABLE b (id INTEGER PRIMARY KEY);")},
            {QStringLiteral("0001_first_step.sql"), QStringLiteral("CREATE TABLE a (id INTEGER PRIMARY KEY);")},
            {QStringLiteral("0003_third.sql"), QStringLiteral("CREATE TABLE c (id INTEGER PRIMARY KEY);")},
            {QStringLiteral("README.txt"), QStringLiteral("not a migration")},
        });
        const Migrator migrator(folder);
        QVERIFY2(migrator.loadStatus(), qPrintable(describe(migrator.loadStatus())));
        QCOMPARE(migrator.migrations().size(), 3);
        QCOMPARE(migrator.migrations().at(0).name, QStringLiteral("first_step"));
        QCOMPARE(migrator.migrations().at(1).name, QStringLiteral("second-step"));
        QCOMPARE(migrator.latestVersion(), 3);
        QVERIFY(migrator.migrate(m_db));
        QCOMPARE(userVersion(), 3);
        QCOMPARE(objects(QStringLiteral("table")),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    }
};

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"
