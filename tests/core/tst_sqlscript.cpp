// Storage::splitPostgresScript: a ';' ends a statement only outside strings, quoted identifiers,
// comments and dollar-quoted bodies; the embedded PostgreSQL migrations split as their authors meant.
#include <algorithm>

#include <QFile>
#include <QRegularExpression>
#include <QtTest>

#include "storage/Migrator.h"
#include "storage/SqlScript.h"

using Custodian::Storage::Migrator;
using Custodian::Storage::splitPostgresScript;

// True when a script holds no SQL, only comments (a migration for the other store alone).
static bool onlyComments(const QString &script)
{
    const QStringList lines = script.split(QLatin1Char('\n'));
    return std::all_of(lines.cbegin(), lines.cend(), [](const QString &line) {
        const QString text = line.trimmed();
        return text.isEmpty() || text.startsWith(QLatin1String("--"));
    });
}

class TestSqlScript : public QObject
{
    Q_OBJECT
private slots:
    void splits_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QStringList>("statements");

        QTest::newRow("empty") << QString() << QStringList();
        QTest::newRow("blank and semicolons") << QStringLiteral(" \n\t;;\n ; ") << QStringList();
        QTest::newRow("comments only") << QStringLiteral("-- a line; with a semicolon\n/* a block; */\n;\n-- end")
                                       << QStringList();
        QTest::newRow("two statements") << QStringLiteral("SELECT 1;\nSELECT 2;\n")
                                        << QStringList{QStringLiteral("SELECT 1"), QStringLiteral("SELECT 2")};
        QTest::newRow("last without semicolon") << QStringLiteral("SELECT 1;\n  SELECT 2  \n")
                                                << QStringList{QStringLiteral("SELECT 1"), QStringLiteral("SELECT 2")};
        QTest::newRow("semicolon in a string")
            << QStringLiteral("INSERT INTO t VALUES ('a; b');SELECT 2")
            << QStringList{QStringLiteral("INSERT INTO t VALUES ('a; b')"), QStringLiteral("SELECT 2")};
        QTest::newRow("doubled quote in a string")
            << QStringLiteral("SELECT 'it''s; fine'; SELECT 2")
            << QStringList{QStringLiteral("SELECT 'it''s; fine'"), QStringLiteral("SELECT 2")};
        QTest::newRow("backslash is plain in a standard string")
            << QStringLiteral("SELECT 'a\\'; SELECT 2")
            << QStringList{QStringLiteral("SELECT 'a\\'"), QStringLiteral("SELECT 2")};
        QTest::newRow("backslash escapes in an E string")
            << QStringLiteral("SELECT E'it\\'s; fine'; SELECT e'\\\\'; SELECT 3")
            << QStringList{QStringLiteral("SELECT E'it\\'s; fine'"), QStringLiteral("SELECT e'\\\\'"),
                           QStringLiteral("SELECT 3")};
        QTest::newRow("a word ending in E is not an E string")
            << QStringLiteral("SELECT name'x\\'; SELECT 2")
            << QStringList{QStringLiteral("SELECT name'x\\'"), QStringLiteral("SELECT 2")};
        QTest::newRow("semicolon in a quoted identifier")
            << QStringLiteral("CREATE TABLE \"a;\"\"b\" (x int); SELECT 2")
            << QStringList{QStringLiteral("CREATE TABLE \"a;\"\"b\" (x int)"), QStringLiteral("SELECT 2")};
        QTest::newRow("quote and semicolon in a line comment")
            << QStringLiteral("SELECT 1 -- it's; not the end\n, 2;\nSELECT 3")
            << QStringList{QStringLiteral("SELECT 1 -- it's; not the end\n, 2"), QStringLiteral("SELECT 3")};
        QTest::newRow("nested block comment")
            << QStringLiteral("SELECT /* a /* b; */ still; ' */ 1; SELECT 2")
            << QStringList{QStringLiteral("SELECT /* a /* b; */ still; ' */ 1"), QStringLiteral("SELECT 2")};
        QTest::newRow("comments before a statement are left out")
            << QStringLiteral("-- Schema version 9.\n/* note */\n\nCREATE TABLE t (x int);\n-- trailing\n")
            << QStringList{QStringLiteral("CREATE TABLE t (x int)")};
        QTest::newRow("dollar-quoted body")
            << QStringLiteral("CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n"
                              "    RAISE EXCEPTION 'no; never';\nEND;\n$$;\nSELECT 2;")
            << QStringList{QStringLiteral("CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n"
                                          "    RAISE EXCEPTION 'no; never';\nEND;\n$$"),
                           QStringLiteral("SELECT 2")};
        QTest::newRow("tagged body holding $$ and another tag")
            << QStringLiteral("DO $body$ BEGIN PERFORM $$x;$$; PERFORM $other$;$other$; END $body$; SELECT 2")
            << QStringList{QStringLiteral("DO $body$ BEGIN PERFORM $$x;$$; PERFORM $other$;$other$; END $body$"),
                           QStringLiteral("SELECT 2")};
        QTest::newRow("quote and comment markers inside a body")
            << QStringLiteral("DO $$ BEGIN -- it's\n /* ; */ END $$; SELECT 2")
            << QStringList{QStringLiteral("DO $$ BEGIN -- it's\n /* ; */ END $$"), QStringLiteral("SELECT 2")};
        QTest::newRow("positional parameter is not a tag")
            << QStringLiteral("PREPARE p AS SELECT $1; SELECT $2::int;")
            << QStringList{QStringLiteral("PREPARE p AS SELECT $1"), QStringLiteral("SELECT $2::int")};
        QTest::newRow("dollar inside an identifier is not a tag")
            << QStringLiteral("SELECT a$b$c; SELECT 2")
            << QStringList{QStringLiteral("SELECT a$b$c"), QStringLiteral("SELECT 2")};
        QTest::newRow("unterminated string runs to the end")
            << QStringLiteral("SELECT 1; SELECT 'open; SELECT 3")
            << QStringList{QStringLiteral("SELECT 1"), QStringLiteral("SELECT 'open; SELECT 3")};
        QTest::newRow("unterminated body runs to the end")
            << QStringLiteral("SELECT 1; DO $x$ BEGIN; END;")
            << QStringList{QStringLiteral("SELECT 1"), QStringLiteral("DO $x$ BEGIN; END;")};
        QTest::newRow("non-ASCII text") << QStringLiteral("INSERT INTO t VALUES ('Zoë; één'); SELECT 2")
                                        << QStringList{QStringLiteral("INSERT INTO t VALUES ('Zoë; één')"),
                                                       QStringLiteral("SELECT 2")};
    }

    void splits()
    {
        QFETCH(QString, script);
        QFETCH(QStringList, statements);
        QCOMPARE(splitPostgresScript(script), statements);
    }

    // Each embedded PostgreSQL migration splits into exactly its top-level statements: as many as
    // lines that begin one, each starting with its keyword, the trigger function in one piece.
    void embeddedMigrationsSplit()
    {
        const Migrator postgres(Custodian::Storage::postgresDialect());
        QVERIFY2(postgres.loadStatus(), qPrintable(postgres.loadStatus().message()));
        static const QRegularExpression begins(QStringLiteral("^(CREATE|INSERT|UPDATE|ALTER|DROP)\\b"),
                                               QRegularExpression::MultilineOption);
        static const QRegularExpression keyword(QStringLiteral("^(CREATE|INSERT|UPDATE|ALTER|DROP)\\b"));
        bool sawFunction = false;
        for (const Migrator::Migration &migration : postgres.migrations()) {
            const QStringList statements = splitPostgresScript(migration.script);
            qsizetype expected = 0;
            for (auto it = begins.globalMatch(migration.script); it.hasNext(); it.next())
                ++expected;
            // None only in a migration for the SQLite store alone.
            QVERIFY2(expected > 0 || onlyComments(migration.script), qPrintable(migration.name));
            QCOMPARE(statements.size(), expected);
            for (const QString &statement : statements) {
                QVERIFY2(keyword.match(statement).hasMatch(), qPrintable(statement.left(80)));
                if (statement.startsWith(QLatin1String("CREATE FUNCTION"))) {
                    sawFunction = true;
                    QVERIFY2(statement.contains(QLatin1String("RAISE EXCEPTION")), qPrintable(statement));
                    QVERIFY2(statement.endsWith(QLatin1String("$$")), qPrintable(statement));
                }
            }
        }
        QVERIFY(sawFunction);
    }
};

QTEST_GUILESS_MAIN(TestSqlScript)
#include "tst_sqlscript.moc"
