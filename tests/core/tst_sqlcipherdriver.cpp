// The QSQLCIPHER driver: every feature the issue lists, through Qt Sql's public API.
#include <QAbstractItemModelTester>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QSqlRecord>
#include <QSqlTableModel>
#include <QTemporaryDir>
#include <QtTest>

#include "storage/BoundQuery.h"
#include "storage/SqlCipherDriver.h"

using namespace Custodian::Storage;

class TestSqlCipherDriver : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QSqlDatabase m_db;
    int m_counter = 0;

    QSqlQuery query() { return QSqlQuery(m_db); }
    void execOrFail(const QString &sql)
    {
        QSqlQuery q(m_db);
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
    }

private slots:
    void initTestCase()
    {
        registerSqlCipherDriver();
        QVERIFY(QSqlDatabase::drivers().contains(QStringLiteral("QSQLCIPHER")));
    }

    void init()
    {
        const QString name = QStringLiteral("conn%1").arg(++m_counter);
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLCIPHER"), name);
        m_db.setDatabaseName(m_dir.filePath(name + QStringLiteral(".db")));
        m_db.setConnectOptions(QStringLiteral("QSQLCIPHER_CREATE"));
        QVERIFY2(m_db.open(QString(), QStringLiteral("driver test key")), qPrintable(m_db.lastError().text()));
        execOrFail(QStringLiteral("PRAGMA cipher_page_size = 4096"));
        execOrFail(QStringLiteral("CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
                                  "amount INTEGER, ratio REAL, payload BLOB, note TEXT)"));
    }

    void cleanup()
    {
        const QString name = m_db.connectionName();
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }

    void refusesToCreateWithoutOption()
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLCIPHER"), QStringLiteral("nocreate"));
        const QString path = m_dir.filePath(QStringLiteral("absent.db"));
        db.setDatabaseName(path);
        QVERIFY(!db.open());
        QVERIFY(!QFileInfo::exists(path));
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("nocreate"));
    }

    void positionalBinding()
    {
        QSqlQuery q = query();
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO item (name, amount) VALUES (?, ?)")));
        q.addBindValue(QStringLiteral("first"));
        q.addBindValue(42);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QCOMPARE(q.numRowsAffected(), 1);
        QVERIFY(q.exec(QStringLiteral("SELECT name, amount FROM item")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("first"));
        QCOMPARE(q.value(1).toLongLong(), 42);
    }

    void namedBindingWithRepeatedName()
    {
        QSqlQuery q = query();
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO item (name, note, amount) VALUES (:name, :name, :amount)")));
        q.bindValue(QStringLiteral(":amount"), 7);
        q.bindValue(QStringLiteral(":name"), QStringLiteral("twice"));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("SELECT name, note, amount FROM item")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("twice"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("twice"));
        QCOMPARE(q.value(2).toInt(), 7);
    }

    void nullValues()
    {
        QSqlQuery q = query();
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO item (name, amount, payload, note) VALUES (?, ?, ?, ?)")));
        q.addBindValue(QStringLiteral("nulls"));
        q.addBindValue(QVariant(QMetaType(QMetaType::Int)));
        q.addBindValue(QByteArray());
        q.addBindValue(QString()); // a null QString is NULL, not ''
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("SELECT amount, payload, note, note IS NULL FROM item")));
        QVERIFY(q.next());
        QVERIFY(q.isNull(0));
        QVERIFY(q.isNull(1));
        QVERIFY(q.isNull(2));
        QCOMPARE(q.value(3).toInt(), 1);
        QCOMPARE(q.value(0).metaType().id(), QMetaType::LongLong); // typed null from the declared type
        QVERIFY(q.exec(QStringLiteral("UPDATE item SET note = ''")));
        QVERIFY(q.exec(QStringLiteral("SELECT note IS NULL, note FROM item")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(!q.isNull(1));
    }

    void blobRoundTrip()
    {
        QByteArray payload;
        for (int i = 0; i < 70000; ++i)
            payload.append(char(i % 256));
        QSqlQuery q = query();
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO item (name, payload) VALUES ('blob', ?)")));
        q.addBindValue(payload);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("SELECT payload, typeof(payload) FROM item")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toByteArray(), payload);
        QCOMPARE(q.value(1).toString(), QStringLiteral("blob"));
    }

    void utf8Text()
    {
        const QString text = QStringLiteral(u"Verwerkingsregister — één cliënt, Ærø, 東京, 🔒");
        QSqlQuery q = query();
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO item (name) VALUES (?)")));
        q.addBindValue(text);
        QVERIFY(q.exec());
        QVERIFY(q.exec(QStringLiteral("SELECT name, length(name) FROM item")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), text);
        QCOMPARE(q.value(1).toInt(), int(text.toUcs4().size())); // SQLite counts characters, not bytes
    }

    void integersAndDoubles()
    {
        const qint64 big = Q_INT64_C(9007199254740993); // not representable as a double
        QSqlQuery q = query();
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO item (name, amount, ratio) VALUES (?, ?, ?)")));
        q.addBindValue(QStringLiteral("numbers"));
        q.addBindValue(big);
        q.addBindValue(0.1 + 0.2);
        QVERIFY(q.exec());
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO item (name, amount, ratio) VALUES (?, ?, ?)")));
        q.addBindValue(QStringLiteral("min"));
        q.addBindValue(std::numeric_limits<qint64>::min());
        q.addBindValue(-1e300);
        QVERIFY(q.exec());
        QVERIFY(q.exec(QStringLiteral("SELECT amount, ratio FROM item ORDER BY id")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), big);
        QCOMPARE(q.value(1).toDouble(), 0.1 + 0.2);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), std::numeric_limits<qint64>::min());
        QCOMPARE(q.value(1).toDouble(), -1e300);
    }

    void transactions()
    {
        QVERIFY(m_db.transaction());
        execOrFail(QStringLiteral("INSERT INTO item (name) VALUES ('rolled back')"));
        QVERIFY(m_db.rollback());
        QVERIFY(m_db.transaction());
        execOrFail(QStringLiteral("INSERT INTO item (name) VALUES ('kept')"));
        QVERIFY(m_db.commit());
        QSqlQuery q = query();
        QVERIFY(q.exec(QStringLiteral("SELECT group_concat(name) FROM item")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("kept"));
        QVERIFY(!m_db.commit()); // no transaction open: an error, not silence
        QVERIFY(m_db.lastError().isValid());
    }

    void lastInsertIdAndRowsAffected()
    {
        QSqlQuery q = query();
        QVERIFY(q.exec(QStringLiteral("INSERT INTO item (id, name) VALUES (41, 'a')")));
        QCOMPARE(q.lastInsertId().toLongLong(), 41);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO item (name) VALUES ('b')")));
        QCOMPARE(q.lastInsertId().toLongLong(), 42);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO item (name) VALUES ('c')")));
        QVERIFY(q.exec(QStringLiteral("UPDATE item SET amount = 1 WHERE id >= 42")));
        QCOMPARE(q.numRowsAffected(), 2);
        QVERIFY(!q.lastInsertId().isValid()); // an UPDATE inserts nothing
        QVERIFY(q.exec(QStringLiteral("DELETE FROM item")));
        QCOMPARE(q.numRowsAffected(), 3);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE other (x)")));
        QCOMPARE(q.numRowsAffected(), 0);
    }

    void forwardOnlyAndRandomAccess()
    {
        QVERIFY(m_db.transaction());
        QSqlQuery insert = query();
        QVERIFY(insert.prepare(QStringLiteral("INSERT INTO item (name, amount) VALUES (?, ?)")));
        for (int i = 0; i < 100; ++i) {
            insert.addBindValue(QStringLiteral("row %1").arg(i));
            insert.addBindValue(i);
            QVERIFY(insert.exec());
        }
        QVERIFY(m_db.commit());

        QSqlQuery forward = query();
        forward.setForwardOnly(true);
        QVERIFY(forward.exec(QStringLiteral("SELECT amount FROM item ORDER BY amount")));
        int expected = 0;
        while (forward.next())
            QCOMPARE(forward.value(0).toInt(), expected++);
        QCOMPARE(expected, 100);

        QSqlQuery random = query();
        QVERIFY(random.exec(QStringLiteral("SELECT amount FROM item ORDER BY amount")));
        QVERIFY(random.seek(50));
        QCOMPARE(random.value(0).toInt(), 50);
        QVERIFY(random.previous());
        QCOMPARE(random.value(0).toInt(), 49);
        QVERIFY(random.last());
        QCOMPARE(random.value(0).toInt(), 99);
        QCOMPARE(random.at(), 99);
        QVERIFY(random.first());
        QCOMPARE(random.value(0).toInt(), 0);
        QVERIFY(random.seek(10, true));
        QCOMPARE(random.value(0).toInt(), 10);
        QVERIFY(!random.seek(100));
        QVERIFY(random.seek(99));
        QVERIFY(!random.next());
        QCOMPARE(random.at(), int(QSql::AfterLastRow));

        QSqlQuery forwardLast = query();
        forwardLast.setForwardOnly(true);
        QVERIFY(forwardLast.exec(QStringLiteral("SELECT amount FROM item ORDER BY amount")));
        QVERIFY(forwardLast.last());
        QCOMPARE(forwardLast.value(0).toInt(), 99);
    }

    void queryModelFetchesLazily()
    {
        QVERIFY(m_db.transaction());
        QSqlQuery insert = query();
        QVERIFY(insert.prepare(QStringLiteral("INSERT INTO item (name, amount) VALUES (?, ?)")));
        for (int i = 0; i < 1000; ++i) {
            insert.addBindValue(QStringLiteral("row %1").arg(i, 4, 10, QLatin1Char('0')));
            insert.addBindValue(i);
            QVERIFY(insert.exec());
        }
        QVERIFY(m_db.commit());
        QSqlQueryModel model;
        model.setQuery(QStringLiteral("SELECT name, amount FROM item ORDER BY amount"), m_db);
        QVERIFY2(!model.lastError().isValid(), qPrintable(model.lastError().text()));
        QCOMPARE(model.rowCount(), 256); // QSqlQueryModel's first batch: the rest waits for fetchMore
        QVERIFY(model.canFetchMore());
        while (model.canFetchMore())
            model.fetchMore();
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(model.data(model.index(999, 0)).toString(), QStringLiteral("row 0999"));
        // The tester itself calls fetchMore() while checking, so it joins once everything is fetched.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("amount"));
    }

    void tableModelEditsThroughTheDriver()
    {
        execOrFail(QStringLiteral("INSERT INTO item (name, amount) VALUES ('alpha', 1), ('beta', 2)"));
        QCOMPARE(m_db.tables(), QStringList({QStringLiteral("item")}));
        const QSqlRecord record = m_db.record(QStringLiteral("item"));
        QCOMPARE(record.count(), 6);
        QCOMPARE(record.field(QStringLiteral("name")).requiredStatus(), QSqlField::Required);
        QCOMPARE(record.field(QStringLiteral("amount")).metaType().id(), QMetaType::LongLong);
        QVERIFY(record.field(QStringLiteral("id")).isAutoValue());
        const QSqlIndex primary = m_db.primaryIndex(QStringLiteral("item"));
        QCOMPARE(primary.count(), 1);
        QCOMPARE(primary.fieldName(0), QStringLiteral("id"));

        QSqlTableModel model(nullptr, m_db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTable(QStringLiteral("item"));
        model.setEditStrategy(QSqlTableModel::OnManualSubmit);
        model.setSort(1, Qt::AscendingOrder);
        QVERIFY2(model.select(), qPrintable(model.lastError().text()));
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.setData(model.index(0, 2), 100));
        const int row = model.rowCount();
        QVERIFY(model.insertRow(row));
        QVERIFY(model.setData(model.index(row, 1), QStringLiteral("gamma")));
        QVERIFY2(model.submitAll(), qPrintable(model.lastError().text()));

        QSqlQuery q = query();
        QVERIFY(q.exec(QStringLiteral("SELECT name, amount FROM item ORDER BY name")));
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toInt(), 100);
        QVERIFY(q.next());
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("gamma"));
    }

    void quotesIdentifiers()
    {
        execOrFail(QStringLiteral("CREATE TABLE \"odd \"\"name\"\"\" (\"select\" TEXT)"));
        const QString escaped = m_db.driver()->escapeIdentifier(QStringLiteral("odd \"name\""), QSqlDriver::TableName);
        QCOMPARE(escaped, QStringLiteral("\"odd \"\"name\"\"\""));
        QCOMPARE(m_db.record(QStringLiteral("odd \"name\"")).count(), 1);
    }

    void errorsCarryTheNativeCode()
    {
        execOrFail(QStringLiteral("INSERT INTO item (name) VALUES ('unique')"));
        QSqlQuery q = query();
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO item (name) VALUES ('unique')")));
        QCOMPARE(q.lastError().type(), QSqlError::StatementError);
        QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("2067")); // SQLITE_CONSTRAINT_UNIQUE
        QVERIFY(q.lastError().databaseText().contains(QStringLiteral("UNIQUE")));

        QVERIFY(!q.exec(QStringLiteral("SELECT * FROM no_such_table")));
        QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("1")); // SQLITE_ERROR
        QVERIFY(q.lastError().databaseText().contains(QStringLiteral("no_such_table")));
    }

    void refusesASecondStatement()
    {
        QSqlQuery q = query();
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO item (name) VALUES ('x'); DROP TABLE item")));
        QVERIFY(q.lastError().databaseText().contains(QStringLiteral("one SQL statement")));
        QVERIFY(m_db.tables().contains(QStringLiteral("item"))); // and nothing of it ran
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM item")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        // A trailing semicolon or comment is one statement.
        QVERIFY(q.exec(QStringLiteral("SELECT 1; -- done")));
    }

    void bindCountMismatchIsAnError()
    {
        QSqlQuery q = query();
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO item (name, amount) VALUES (?, ?)")));
        q.addBindValue(QStringLiteral("only one"));
        QVERIFY(!q.exec());
        QVERIFY(q.lastError().isValid());
    }

    // execBound() gives the statement its values without Qt's binding: the same rows, nulls, ids,
    // counts and errors as addBindValue() and exec(), and a prepared statement run again and again.
    void boundExecutionIsPlainExecution()
    {
        QSqlQuery q = query();
        QVERIFY(
            q.prepare(QStringLiteral("INSERT INTO item (name, amount, ratio, payload, note) VALUES (?, ?, ?, ?, ?)")));
        for (int i = 0; i < 3; ++i) {
            QVERIFY2(
                execBound(q, {QStringLiteral("row %1").arg(i), i == 1 ? QVariant() : QVariant(qint64(i) << 40), 0.5 + i,
                              QByteArray("\0x", 2), i == 2 ? QVariant(QString()) : QVariant(QStringLiteral("é"))}),
                qPrintable(q.lastError().text()));
            QCOMPARE(q.lastInsertId().toLongLong(), i + 1);
            QCOMPARE(q.numRowsAffected(), 1);
        }
        QVERIFY(!execBound(q, {QStringLiteral("row 0"), 1, 1.0, QByteArray(), QString()})); // UNIQUE
        QVERIFY(q.lastError().isValid());
        QVERIFY(!execBound(q, {QStringLiteral("too few")}));
        QVERIFY(q.lastError().isValid());
        QVERIFY2(execBound(q, {QStringLiteral("after the errors"), 7, 0.0, QByteArray(), QString()}),
                 qPrintable(q.lastError().text()));
        QVERIFY(!q.lastError().isValid());

        QVERIFY(q.prepare(QStringLiteral("UPDATE item SET amount = ? WHERE id >= ?")));
        QVERIFY(execBound(q, {qint64(9), qint64(2)}));
        QCOMPARE(q.numRowsAffected(), 3);

        QVERIFY(
            q.prepare(QStringLiteral("SELECT name, amount, ratio, payload, note IS NULL, note FROM item WHERE id <= ? "
                                     "ORDER BY id")));
        QVERIFY(execBound(q, {qint64(3)}));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("row 0"));
        QCOMPARE(q.value(1).toLongLong(), 0);
        QCOMPARE(q.value(2).toDouble(), 0.5);
        QCOMPARE(q.value(3).toByteArray(), QByteArray("\0x", 2));
        QCOMPARE(q.value(5).toString(), QStringLiteral("é"));
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toLongLong(), 9); // was NULL, then updated
        QVERIFY(q.next());
        QCOMPARE(q.value(4).toInt(), 1); // a null QString is NULL
        QVERIFY(!q.next());
    }

    void statementsAreFinalizedBeforeClose()
    {
        execOrFail(QStringLiteral("INSERT INTO item (name) VALUES ('a'), ('b'), ('c')"));
        QSqlQuery open = query();
        QVERIFY(open.exec(QStringLiteral("SELECT name FROM item")));
        QVERIFY(open.next()); // a statement mid-way through its rows
        QSqlQuery prepared = query();
        QVERIFY(prepared.prepare(QStringLiteral("SELECT 1")));
        auto *driver = qobject_cast<SqlCipherDriver *>(m_db.driver());
        QVERIFY(driver && driver->connection());
        m_db.close();
        // sqlite3_close() refuses with SQLITE_BUSY while any statement lives; the driver reports that.
        QVERIFY2(!m_db.lastError().isValid(), qPrintable(m_db.lastError().text()));
        QVERIFY(driver->connection() == nullptr);
        QVERIFY(!open.isActive());
        QVERIFY(!open.next());
        QVERIFY(!prepared.exec());
    }

    void splitsScripts()
    {
        const QStringList statements = SqlCipherDriver::splitStatements(
            QStringLiteral("-- a comment; with a semicolon\nCREATE TABLE a (x TEXT DEFAULT ';');\n"
                           "CREATE TRIGGER t AFTER INSERT ON a BEGIN SELECT 1; SELECT 2; END;\n/* tail */\n"));
        QCOMPARE(statements.size(), 2);
        QVERIFY(statements.at(1).startsWith(QStringLiteral("CREATE TRIGGER")));
        QVERIFY(statements.at(1).endsWith(QStringLiteral("END;")));
    }
};

QTEST_GUILESS_MAIN(TestSqlCipherDriver)
#include "tst_sqlcipherdriver.moc"
