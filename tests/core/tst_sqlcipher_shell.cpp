// Interoperability: a register the app wrote opens in the stock `sqlcipher` command-line shell with
// only the documented pragmas, so a user is never locked into Custodian to read their own data.
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "Status.h"
#include "domain/Organisation.h"
#include "register/OrganisationService.h"
#include "storage/Database.h"

using Custodian::Status;
using Custodian::Domain::Organisation;
using Custodian::Register::OrganisationService;
using Custodian::Storage::Database;

namespace {

// Non-ASCII and a quote: the app keys with the UTF-8 bytes, the shell must get the same bytes.
const QString passphrase = QStringLiteral("Schelp's sleutel: één, twee");
const QString organisationName = QStringLiteral("Shell Test B.V.");

QString sqlLiteral(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

struct ShellResult
{
    bool finished = false;
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestSqlCipherShell : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_shell;
    QString m_path;

    // The script goes to the shell's stdin: the passphrase never appears on a command line.
    ShellResult runShell(const QString &script)
    {
        ShellResult result;
        QProcess process;
        process.setProgram(m_shell);
        process.setArguments({m_path});
        process.start();
        if (!process.waitForStarted(10000))
            return result;
        process.write(script.toUtf8());
        process.closeWriteChannel();
        result.finished = process.waitForFinished(60000);
        result.exitCode = process.exitCode();
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

private slots:
    void initTestCase()
    {
        m_shell = QStandardPaths::findExecutable(QStringLiteral("sqlcipher"));
        if (m_shell.isEmpty())
            QFAIL("the sqlcipher command-line shell is not installed (Debian package sqlcipher; make test installs "
                  "it)");
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("shell.cstd"));

        Database database;
        Status status = database.create(m_path, passphrase);
        QVERIFY2(status, qPrintable(status.message() + QLatin1Char(' ') + status.detail()));
        Organisation organisation;
        organisation.name = organisationName;
        organisation.city = QStringLiteral("Groningen");
        OrganisationService service(database);
        status = service.save(organisation);
        QVERIFY2(status, qPrintable(status.message() + QLatin1Char(' ') + status.detail()));
        database.close();
    }

    void opensWithTheDocumentedPragmas()
    {
        const ShellResult result = runShell(QStringLiteral("PRAGMA key = %1;\n"
                                                           "PRAGMA cipher_page_size = 4096;\n"
                                                           "PRAGMA kdf_iter = 256000;\n"
                                                           "SELECT name FROM organisation;\n")
                                                .arg(sqlLiteral(passphrase)));
        QVERIFY2(result.finished, "the sqlcipher shell did not finish");
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.err.trimmed().isEmpty(), qPrintable(result.err));
        const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.contains(organisationName), qPrintable(result.out));
    }

    void failsWithoutTheProfile_data()
    {
        QTest::addColumn<QString>("pragmas");
        QTest::newRow("key only") << QStringLiteral("PRAGMA key = %1;\n").arg(sqlLiteral(passphrase));
        QTest::newRow("no page size")
            << QStringLiteral("PRAGMA key = %1;\nPRAGMA kdf_iter = 256000;\n").arg(sqlLiteral(passphrase));
        QTest::newRow("no kdf_iter")
            << QStringLiteral("PRAGMA key = %1;\nPRAGMA cipher_page_size = 4096;\n").arg(sqlLiteral(passphrase));
        QTest::newRow("wrong key") << QStringLiteral("PRAGMA key = 'not the passphrase';\n"
                                                     "PRAGMA cipher_page_size = 4096;\nPRAGMA kdf_iter = 256000;\n");
        QTest::newRow("no key") << QString();
    }

    void failsWithoutTheProfile()
    {
        QFETCH(QString, pragmas);
        const ShellResult result = runShell(pragmas + QStringLiteral("SELECT name FROM organisation;\n"));
        QVERIFY2(result.finished, "the sqlcipher shell did not finish");
        QVERIFY2(result.err.contains(QLatin1String("file is encrypted or is not a database")), qPrintable(result.err));
        QVERIFY(!result.out.contains(organisationName));
        QVERIFY(result.exitCode != 0);
    }
};

QTEST_GUILESS_MAIN(TestSqlCipherShell)
#include "tst_sqlcipher_shell.moc"
