// Storage::Database: a register file is created encrypted, opens only with its passphrase, and a
// file that is not a register of this version is named as such and never modified.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

#include <memory>
#include <thread>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

#include "Status.h"
#include "domain/Organisation.h"
#include "register/AuditLog.h"
#include "register/OrganisationService.h"
#include "storage/Database.h"
#include "storage/SqlCipherDriver.h"
#include "support/FileTestSupport.h"

using Custodian::Status;
using Custodian::Domain::JointController;
using Custodian::Domain::Organisation;
using Custodian::Register::OrganisationService;
using Custodian::Storage::Database;

namespace Custodian {
// Readable QCOMPARE output for status codes.
inline char *toString(Status::Code code)
{
    static const QList<QByteArray> names =
        QByteArray("Ok InvalidInput FileNotFound FileExists NotARegister "
                   "WrongPassphrase Damaged NewerVersion CipherUnavailable "
                   "PassphraseTooWeak IoError DatabaseError KeychainUnavailable "
                   "Timeout NotFound Conflict InUse ReadOnlyLocation Interrupted Incomplete")
            .split(' ');
    const auto index = qsizetype(code);
    return qstrdup(index < names.size() ? names.at(index).constData() : "?");
}
} // namespace Custodian

using FileTest::contents;
using FileTest::filesIn;
using FileTest::sha256;

namespace {

const QString passphrase = QStringLiteral("Stille wateren hebben diepe gronden");
constexpr int pageSize = 4096;

QString describe(const Status &status)
{
    return QStringLiteral("%1 (%2)").arg(status.message(), status.detail());
}

QByteArray utf16le(const QString &text)
{
    QByteArray bytes;
    for (const QChar c : text) {
        bytes.append(char(c.unicode() & 0xff));
        bytes.append(char(c.unicode() >> 8));
    }
    return bytes;
}

QByteArray utf16be(const QString &text)
{
    QByteArray bytes;
    for (const QChar c : text) {
        bytes.append(char(c.unicode() >> 8));
        bytes.append(char(c.unicode() & 0xff));
    }
    return bytes;
}

// A plain connection through the QSQLCIPHER driver, with the pinned page size and KDF iterations
// but none of Database's checks: what another program (or an attacker) could do to a file.
class RawConnection
{
public:
    explicit RawConnection(const QString &name) : m_name(name) {}
    ~RawConnection() { close(); }

    bool open(const QString &path, const QString &key, bool create)
    {
        Custodian::Storage::registerSqlCipherDriver();
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLCIPHER"), m_name);
        m_db.setDatabaseName(path);
        if (create)
            m_db.setConnectOptions(QStringLiteral("QSQLCIPHER_CREATE"));
        if (!m_db.open(QString(), key)) {
            m_error = m_db.lastError().text();
            return false;
        }
        return exec(QStringLiteral("PRAGMA cipher_page_size = 4096")) &&
               exec(QStringLiteral("PRAGMA kdf_iter = 256000"));
    }

    bool exec(const QString &sql)
    {
        QSqlQuery query(m_db);
        if (!query.exec(sql)) {
            m_error = query.lastError().text() + QStringLiteral(" in: ") + sql;
            return false;
        }
        return true;
    }

    QVariant value(const QString &sql)
    {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.exec(sql) || !query.next()) {
            m_error = query.lastError().text() + QStringLiteral(" in: ") + sql;
            return QVariant();
        }
        return query.value(0);
    }

    void close()
    {
        if (!m_db.isValid())
            return;
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }

    const QString &error() const { return m_error; }

private:
    QString m_name;
    QSqlDatabase m_db;
    QString m_error;
};

Organisation sampleOrganisation()
{
    Organisation organisation;
    organisation.name = QStringLiteral("Zwaluwstaart Gegevensbeheer B.V.");
    organisation.streetAddress = QStringLiteral("Kievitslaan 17");
    organisation.postalCode = QStringLiteral("3581 AB");
    organisation.city = QStringLiteral("Utrecht");
    organisation.country = QStringLiteral("NL");
    organisation.contactEmail = QStringLiteral("privacy@zwaluwstaart.example");
    organisation.dpoName = QStringLiteral("Ingrid Oosterhuis-Bakker");
    organisation.dpoEmail = QStringLiteral("fg@zwaluwstaart.example");
    organisation.jointControllers = {
        {QString(), QStringLiteral("Kraanvogel Coöperatie U.A."), QStringLiteral("info@kraanvogel.example"),
         QStringLiteral("Gezamenlijk ledenbeheer")},
    };
    return organisation;
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QString filePath(const QString &name) const { return m_dir->filePath(name); }

    // Creates a register at path holding the given organisation, then closes it.
    void makeRegister(const QString &path, const Organisation &organisation, const QString &key = passphrase)
    {
        Database database;
        const Status created = database.create(path, key);
        QVERIFY2(created, qPrintable(describe(created)));
        OrganisationService service(database);
        Custodian::Domain::Findings findings;
        const Status saved = service.save(organisation, &findings);
        QVERIFY2(saved, qPrintable(describe(saved)));
        database.close();
    }

    // Overwrites bytes in the middle of one page (1-based) with their complement.
    static bool damagePage(const QString &path, int page)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadWrite))
            return false;
        const qint64 offset = qint64(page - 1) * pageSize + pageSize / 2;
        if (!file.seek(offset))
            return false;
        QByteArray bytes = file.read(32);
        if (bytes.size() != 32)
            return false;
        for (char &byte : bytes)
            byte = char(~byte);
        return file.seek(offset) && file.write(bytes) == bytes.size();
    }

private slots:
    void initTestCase()
    {
        Custodian::Register::AuditLog::setActor(QStringLiteral("tst_database"));
        QVERIFY(Database::supportedSchemaVersion() >= 1);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup() { m_dir.reset(); }

    void createMakesAnEncryptedRegister()
    {
        const QString path = filePath(QStringLiteral("new.cstd"));
        Database database;
        const Status status = database.create(path, passphrase);
        QVERIFY2(status, qPrintable(describe(status)));
        QVERIFY(database.isOpen());
        QCOMPARE(database.path(), path);
        QCOMPARE(database.schemaVersion(), Database::supportedSchemaVersion());

        QSqlQuery query(database.connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA application_id")) && query.next());
        QCOMPARE(query.value(0).toInt(), Database::applicationId);
        QVERIFY(query.exec(QStringLiteral("PRAGMA cipher_page_size")) && query.next());
        QCOMPARE(query.value(0).toInt(), pageSize);
        QVERIFY(query.exec(QStringLiteral("PRAGMA kdf_iter")) && query.next());
        QCOMPARE(query.value(0).toInt(), 256000);
        query.finish();
        database.close();
        QVERIFY(!database.isOpen());

        const QByteArray bytes = contents(path);
        QVERIFY(bytes.size() >= pageSize);
        QCOMPARE(bytes.size() % pageSize, 0);
        QVERIFY(!bytes.startsWith("SQLite format 3"));
        QVERIFY(!bytes.contains("SQLite format 3"));
        QCOMPARE(filesIn(m_dir->path()), QStringList{QStringLiteral("new.cstd")});
    }

    void createRefusesAnExistingFile()
    {
        const QString path = filePath(QStringLiteral("precious.txt"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("Somebody's notes that must survive.\n");
        }
        const QByteArray before = sha256(path);
        Database database;
        const Status status = database.create(path, passphrase);
        QCOMPARE(status.code(), Status::Code::FileExists);
        QVERIFY(!status.message().isEmpty());
        QVERIFY(!database.isOpen());
        QCOMPARE(sha256(path), before);
        QCOMPARE(filesIn(m_dir->path()), QStringList{QStringLiteral("precious.txt")});

        // An existing register is not overwritten either.
        const QString registerPath = filePath(QStringLiteral("existing.cstd"));
        makeRegister(registerPath, sampleOrganisation());
        if (QTest::currentTestFailed())
            return;
        const QByteArray registerBefore = sha256(registerPath);
        QCOMPARE(database.create(registerPath, QStringLiteral("another passphrase")).code(), Status::Code::FileExists);
        QCOMPARE(sha256(registerPath), registerBefore);
        QVERIFY2(database.open(registerPath, passphrase), "the original passphrase still opens it");
    }

    void createRefusesAShortPassphrase()
    {
        const QString path = filePath(QStringLiteral("short.cstd"));
        Database database;
        const Status status = database.create(path, QStringLiteral("123456789"));
        QCOMPARE(status.code(), Status::Code::PassphraseTooWeak);
        QVERIFY(!status.message().isEmpty());
        QVERIFY(!database.isOpen());
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(filesIn(m_dir->path()).isEmpty());

        QCOMPARE(database.create(path, QString()).code(), Status::Code::PassphraseTooWeak);
        QVERIFY(filesIn(m_dir->path()).isEmpty());

        const Status tenCharacters = database.create(path, QStringLiteral("1234567890"));
        QVERIFY2(tenCharacters, qPrintable(describe(tenCharacters)));
    }

    // A missing folder is made with the register (UI review H4).
    void createInAMissingFolderMakesIt()
    {
        const QString path = filePath(QStringLiteral("no/such/folder/r.cstd"));
        Database database;
        const Status status = database.create(path, passphrase);
        QVERIFY2(status, qPrintable(describe(status)));
        QVERIFY(QFileInfo(path).isFile());
    }

    // Where no folder can be made (a file stands in the way), creation fails cleanly and says why.
    void createUnderAFileFailsCleanly()
    {
        const QString blocker = filePath(QStringLiteral("a-file"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const QString path = blocker + QStringLiteral("/folder/r.cstd");
        Database database;
        const Status status = database.create(path, passphrase);
        QVERIFY(!status.isOk());
        QCOMPARE(status.code(), Status::Code::IoError);
        QVERIFY2(status.message().contains(QLatin1String("is a file, not a folder")), qPrintable(describe(status)));
        QVERIFY(!database.isOpen());
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(QFileInfo(blocker).isFile());
    }

#ifdef Q_OS_UNIX
    // The register and its journal are readable by their owner only, whatever the umask (review D7).
    void createdRegisterIsPrivate()
    {
        const QString path = filePath(QStringLiteral("private.cstd"));
        const mode_t previous = ::umask(0);
        Database database;
        const Status status = database.create(path, passphrase);
        ::umask(previous);
        QVERIFY2(status, qPrintable(describe(status)));
        auto modeOf = [](const QString &file) {
            struct stat info = {};
            return ::stat(QFile::encodeName(file).constData(), &info) == 0 ? int(info.st_mode & 0777) : -1;
        };
        QCOMPARE(modeOf(path), 0600);
        // A write in progress has its journal next to the register, with the same mode.
        QVERIFY(database.connection().transaction());
        QSqlQuery query(database.connection());
        QVERIFY2(query.exec(QStringLiteral("UPDATE register_setting SET value = value || ''")),
                 qPrintable(query.lastError().text()));
        const int journal = modeOf(path + QStringLiteral("-journal"));
        QVERIFY(database.connection().rollback());
        QCOMPARE(journal, 0600);
    }
#endif

    // Two creations of the same path at the same moment: one wins and its register stays, opening
    // with its passphrase; the other is told the file exists and removes nothing (review D3).
    void concurrentCreationsKeepTheWinner()
    {
        {
            Database registerDriver;
        }
        for (int trial = 0; trial < 12; ++trial) {
            const QString path = filePath(QStringLiteral("race-%1.cstd").arg(trial));
            const QStringList keys = {QStringLiteral("first racer passphrase"),
                                      QStringLiteral("second racer passphrase")};
            Status results[2];
            std::thread racers[2];
            for (int i = 0; i < 2; ++i)
                racers[i] = std::thread([&, i] {
                    Database database;
                    results[i] = database.create(path, keys.at(i));
                });
            for (std::thread &racer : racers)
                racer.join();
            QVERIFY2(results[0].isOk() != results[1].isOk(),
                     qPrintable(describe(results[0]) + QStringLiteral(" / ") + describe(results[1])));
            const int winner = results[0].isOk() ? 0 : 1;
            QCOMPARE(results[1 - winner].code(), Status::Code::FileExists);
            QVERIFY2(QFileInfo::exists(path), qPrintable(QStringLiteral("trial %1: the register is gone").arg(trial)));
            Database reopened;
            const Status opened = reopened.open(path, keys.at(winner));
            QVERIFY2(opened, qPrintable(describe(opened)));
        }
    }

    void openUnlocksWithThePassphrase()
    {
        const QString path = filePath(QStringLiteral("r.cstd"));
        makeRegister(path, sampleOrganisation());
        if (QTest::currentTestFailed())
            return;

        Database database;
        const Status status = database.open(path, passphrase);
        QVERIFY2(status, qPrintable(describe(status)));
        QVERIFY(database.isOpen());
        QCOMPARE(database.path(), path);
        QCOMPARE(database.schemaVersion(), Database::supportedSchemaVersion());
        QVERIFY(database.migrationBackupPath().isEmpty());

        OrganisationService service(database);
        Organisation loaded;
        QVERIFY(service.load(&loaded));
        QCOMPARE(loaded.name, sampleOrganisation().name);
        QCOMPARE(loaded.jointControllers.size(), 1);
        QCOMPARE(loaded.jointControllers.first().name, QStringLiteral("Kraanvogel Coöperatie U.A."));
    }

    void fileRevealsNothingWrittenIntoIt()
    {
        const QString path = filePath(QStringLiteral("secret.cstd"));
        const Organisation organisation = sampleOrganisation();
        makeRegister(path, organisation);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(filesIn(m_dir->path()), QStringList{QStringLiteral("secret.cstd")});

        const QByteArray bytes = contents(path);
        QVERIFY(bytes.size() >= pageSize);
        QVERIFY(!bytes.startsWith("SQLite format 3"));
        const QStringList written = {
            organisation.name,
            organisation.streetAddress,
            organisation.contactEmail,
            organisation.dpoName,
            organisation.jointControllers.first().name,
            organisation.jointControllers.first().arrangement,
            QStringLiteral("Zwaluwstaart"),
            // The schema and the register's own bookkeeping are private too.
            QStringLiteral("CREATE TABLE"),
            QStringLiteral("audit_log"),
            QStringLiteral("register_id"),
            QStringLiteral("tst_database"),
        };
        for (const QString &text : written) {
            QVERIFY2(!bytes.contains(text.toUtf8()), qPrintable(QStringLiteral("UTF-8 in the file: ") + text));
            QVERIFY2(!bytes.contains(utf16le(text)), qPrintable(QStringLiteral("UTF-16LE in the file: ") + text));
            QVERIFY2(!bytes.contains(utf16be(text)), qPrintable(QStringLiteral("UTF-16BE in the file: ") + text));
        }

        // And the text is really in there: the right key reads it back.
        Database database;
        QVERIFY(database.open(path, passphrase));
        Organisation loaded;
        QVERIFY(OrganisationService(database).load(&loaded));
        QCOMPARE(loaded.name, organisation.name);
    }

    void cipherProfileIsReadBack()
    {
        const QString path = filePath(QStringLiteral("profile.cstd"));
        Database database;
        QVERIFY(database.create(path, passphrase));
        QCOMPARE(database.profile().pageSize, pageSize);
        QCOMPARE(database.profile().kdfIterations, 256000);
        QVERIFY(!database.cipherVersion().isEmpty());
        database.close();

        const Status status = database.open(path, passphrase);
        QVERIFY2(status, qPrintable(describe(status)));
        QCOMPARE(database.profile().pageSize, pageSize);
        QCOMPARE(database.profile().kdfIterations, 256000);
        QCOMPARE(database.profile().name, Custodian::Storage::CipherProfile::pinned().name);
        QVERIFY(!database.cipherVersion().isEmpty());
        QCOMPARE(contents(path).size() % pageSize, 0);
    }

    void registerIdIsStableAcrossReopen()
    {
        const QString path = filePath(QStringLiteral("id.cstd"));
        Database database;
        QVERIFY(database.create(path, passphrase));
        const QString id = database.registerId();
        QVERIFY(!id.isEmpty());
        QVERIFY(!QUuid::fromString(id).isNull());
        database.close();
        QVERIFY(database.registerId().isEmpty());

        QVERIFY(database.open(path, passphrase));
        QCOMPARE(database.registerId(), id);
        database.close();
        QVERIFY(database.open(path, passphrase, Database::Mode::ReadOnly));
        QCOMPARE(database.registerId(), id);
        database.close();

        Database other;
        QVERIFY(other.create(filePath(QStringLiteral("other.cstd")), passphrase));
        QVERIFY(!other.registerId().isEmpty());
        QVERIFY(other.registerId() != id);
    }

    void changePassphrase()
    {
        const QString path = filePath(QStringLiteral("rekey.cstd"));
        makeRegister(path, sampleOrganisation());
        if (QTest::currentTestFailed())
            return;
        const QString newPassphrase = QStringLiteral("Nieuwe sleutel voor het register");

        Database database;
        QVERIFY(database.open(path, passphrase));
        const QString id = database.registerId();

        // Too short: refused, and the old passphrase stays in force.
        QCOMPARE(database.changePassphrase(QStringLiteral("kort")).code(), Status::Code::PassphraseTooWeak);
        database.close();
        QVERIFY2(database.open(path, passphrase), "a refused change leaves the old passphrase");

        const Status changed = database.changePassphrase(newPassphrase);
        QVERIFY2(changed, qPrintable(describe(changed)));
        Organisation loaded;
        QVERIFY(OrganisationService(database).load(&loaded));
        QCOMPARE(loaded.name, sampleOrganisation().name);
        database.close();
        QCOMPARE(filesIn(m_dir->path()), QStringList{QStringLiteral("rekey.cstd")});

        QCOMPARE(database.open(path, passphrase).code(), Status::Code::WrongPassphrase);
        QVERIFY(!database.isOpen());
        const Status reopened = database.open(path, newPassphrase);
        QVERIFY2(reopened, qPrintable(describe(reopened)));
        QCOMPARE(database.registerId(), id);
        QCOMPARE(database.profile().pageSize, pageSize);
        QCOMPARE(database.profile().kdfIterations, 256000);
        QVERIFY(OrganisationService(database).load(&loaded));
        QCOMPARE(loaded.name, sampleOrganisation().name);
        QVERIFY(database.checkIntegrity().ok);
        database.close();

        // Not open: nothing to change.
        QVERIFY(!database.changePassphrase(newPassphrase).isOk());
    }

    void badFileIsNamedAndLeftUntouched_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<Status::Code>("expected");
        QTest::newRow("wrong passphrase") << QStringLiteral("wrong") << Status::Code::WrongPassphrase;
        QTest::newRow("no passphrase") << QStringLiteral("nokey") << Status::Code::WrongPassphrase;
        QTest::newRow("text file") << QStringLiteral("text") << Status::Code::NotARegister;
        QTest::newRow("empty file") << QStringLiteral("empty") << Status::Code::NotARegister;
        QTest::newRow("plain SQLite") << QStringLiteral("sqlite") << Status::Code::NotARegister;
        QTest::newRow("SQLCipher, not ours") << QStringLiteral("foreign") << Status::Code::NotARegister;
        QTest::newRow("truncated") << QStringLiteral("truncated") << Status::Code::Damaged;
        QTest::newRow("damaged page 2") << QStringLiteral("damaged-second") << Status::Code::Damaged;
        QTest::newRow("damaged middle page") << QStringLiteral("damaged-middle") << Status::Code::Damaged;
        QTest::newRow("damaged last page") << QStringLiteral("damaged-last") << Status::Code::Damaged;
        QTest::newRow("newer schema") << QStringLiteral("newer") << Status::Code::NewerVersion;
    }

    void badFileIsNamedAndLeftUntouched()
    {
        QFETCH(QString, kind);
        QFETCH(Status::Code, expected);
        const QString fileName = QStringLiteral("bad.cstd");
        const QString path = filePath(fileName);
        QString key = passphrase;
        makeBadFile(kind, path, &key);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(filesIn(m_dir->path()), QStringList{fileName});
        const QByteArray before = sha256(path);
        QVERIFY(!before.isEmpty() || kind == QLatin1String("empty"));

        for (const Database::Mode mode : {Database::Mode::ReadWrite, Database::Mode::ReadOnly}) {
            Database database;
            const Status status = database.open(path, key, mode);
            if (status.code() != expected)
                qWarning() << "open answered:" << describe(status);
            QCOMPARE(status.code(), expected);
            QVERIFY(!status.message().isEmpty());
            QVERIFY(!database.isOpen());
            QVERIFY(database.registerId().isEmpty());
            database.close();
            QCOMPARE(sha256(path), before);
            QCOMPARE(filesIn(m_dir->path()), QStringList{fileName});
        }
    }

    void readOnlyNeverModifiesTheFile()
    {
        const QString path = filePath(QStringLiteral("ro.cstd"));
        makeRegister(path, sampleOrganisation());
        if (QTest::currentTestFailed())
            return;
        const QByteArray before = sha256(path);
        {
            Database database;
            const Status status = database.open(path, passphrase, Database::Mode::ReadOnly);
            QVERIFY2(status, qPrintable(describe(status)));
            QVERIFY(!database.registerId().isEmpty());
            QCOMPARE(database.schemaVersion(), Database::supportedSchemaVersion());
            OrganisationService service(database);
            Organisation organisation;
            QVERIFY(service.load(&organisation));
            QCOMPARE(organisation.name, sampleOrganisation().name);
            QVERIFY(database.checkIntegrity().ok);

            organisation.name = QStringLiteral("Changed While Read-Only B.V.");
            QVERIFY(!service.save(organisation).isOk());
            QVERIFY(!database.changePassphrase(QStringLiteral("een ander wachtwoord")).isOk());
            QSqlQuery query(database.connection());
            QVERIFY(!query.exec(QStringLiteral("CREATE TABLE intruder (x)")));
            QVERIFY(!query.exec(QStringLiteral("PRAGMA user_version = 42")));
        }
        QCOMPARE(sha256(path), before);
        QCOMPARE(filesIn(m_dir->path()), QStringList{QStringLiteral("ro.cstd")});

        Database database;
        QVERIFY(database.open(path, passphrase));
        Organisation organisation;
        QVERIFY(OrganisationService(database).load(&organisation));
        QCOMPARE(organisation.name, sampleOrganisation().name);
    }

    void integrityOfAFreshRegister()
    {
        Database database;
        QVERIFY(!database.checkIntegrity().ok);
        QVERIFY(!database.checkIntegrity().problems.isEmpty());

        const QString path = filePath(QStringLiteral("fresh.cstd"));
        QVERIFY(database.create(path, passphrase));
        const Database::IntegrityReport report = database.checkIntegrity();
        QVERIFY2(report.ok, qPrintable(report.problems.join(QLatin1Char('\n'))));
        QVERIFY(report.problems.isEmpty());
        database.close();

        QVERIFY(database.open(path, passphrase));
        QVERIFY(database.checkIntegrity().ok);
    }

    void missingFileIsNotFound()
    {
        const QString path = filePath(QStringLiteral("absent.cstd"));
        for (const Database::Mode mode : {Database::Mode::ReadWrite, Database::Mode::ReadOnly}) {
            Database database;
            const Status status = database.open(path, passphrase, mode);
            QCOMPARE(status.code(), Status::Code::FileNotFound);
            QVERIFY(!status.message().isEmpty());
            QVERIFY(!database.isOpen());
            QVERIFY2(!QFileInfo::exists(path), "opening must never create a file");
            QVERIFY(filesIn(m_dir->path()).isEmpty());
        }
    }

    // Whatever page is hit (page 1 aside, which no key can tell from a wrong one), the register is
    // named damaged, never "wrong passphrase", and is not written to. Here the schema no longer fits
    // on page 1, so some hits land in sqlite_master itself, read before the integrity check.
    void anyDamagedPageIsNamedDamaged()
    {
        const QString path = filePath(QStringLiteral("big.cstd"));
        makeRegister(path, sampleOrganisation());
        if (QTest::currentTestFailed())
            return;
        {
            RawConnection raw(QStringLiteral("grow"));
            QVERIFY2(raw.open(path, passphrase, false), qPrintable(raw.error()));
            for (int i = 0; i < 30; ++i)
                QVERIFY2(raw.exec(QStringLiteral("CREATE TABLE extra_%1 (id INTEGER PRIMARY KEY, a TEXT NOT NULL "
                                                 "DEFAULT '%2', b TEXT NOT NULL DEFAULT '%2')")
                                      .arg(i)
                                      .arg(QString(60, QLatin1Char('x')))),
                         qPrintable(raw.error()));
            QVERIFY(raw.value(QStringLiteral("SELECT sum(length(sql)) FROM sqlite_master")).toInt() > 2 * pageSize);
            QCOMPARE(raw.value(QStringLiteral("PRAGMA freelist_count")).toInt(), 0);
        }
        const int pages = int(contents(path).size() / pageSize);
        QVERIFY(pages > 20);
        for (int page = 2; page <= pages; ++page) {
            const QString copy = filePath(QStringLiteral("page-%1.cstd").arg(page));
            QVERIFY(QFile::copy(path, copy));
            QVERIFY(damagePage(copy, page));
            const QByteArray before = sha256(copy);
            Database database;
            const Status status = database.open(copy, passphrase);
            QVERIFY2(status.code() == Status::Code::Damaged,
                     qPrintable(QStringLiteral("page %1: %2").arg(page).arg(describe(status))));
            QVERIFY(!database.isOpen());
            QCOMPARE(sha256(copy), before);
            QVERIFY(QFile::remove(copy));
        }
        QCOMPARE(filesIn(m_dir->path()), QStringList{QStringLiteral("big.cstd")});
    }

private:
    void makeBadFile(const QString &kind, const QString &path, QString *key)
    {
        if (kind == QLatin1String("wrong") || kind == QLatin1String("nokey")) {
            makeRegister(path, sampleOrganisation());
            *key = kind == QLatin1String("wrong") ? QStringLiteral("Stille wateren hebben diepe grondeN") : QString();
        } else if (kind == QLatin1String("text")) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QByteArray text;
            while (text.size() < 3 * pageSize)
                text += "Verwerkingsregister, versie 1: naam, adres, woonplaats, e-mailadres.\n";
            QVERIFY(file.write(text) == text.size());
        } else if (kind == QLatin1String("empty")) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
        } else if (kind == QLatin1String("sqlite")) {
            QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")), "Qt's QSQLITE driver is missing");
            const QString name = QStringLiteral("plain-sqlite");
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QSqlQuery query(db);
                QVERIFY(query.exec(QStringLiteral("CREATE TABLE organisation (name TEXT)")));
                QVERIFY(query.exec(QStringLiteral("INSERT INTO organisation VALUES ('Open Boek B.V.')")));
                query.finish();
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
            QVERIFY(contents(path).startsWith("SQLite format 3"));
        } else if (kind == QLatin1String("foreign")) {
            RawConnection raw(QStringLiteral("foreign"));
            QVERIFY2(raw.open(path, *key, true), qPrintable(raw.error()));
            QVERIFY2(raw.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")),
                     qPrintable(raw.error()));
            QVERIFY2(raw.exec(QStringLiteral("INSERT INTO notes (body) VALUES ('not a register')")),
                     qPrintable(raw.error()));
            QCOMPARE(raw.value(QStringLiteral("PRAGMA application_id")).toInt(), 0);
            raw.close();
            QVERIFY(!contents(path).startsWith("SQLite format 3"));
            QCOMPARE(contents(path).size() % pageSize, 0);
        } else if (kind == QLatin1String("truncated")) {
            makeRegister(path, sampleOrganisation());
            QFile file(path);
            QVERIFY(file.size() > 2 * pageSize);
            QVERIFY(file.resize(file.size() - pageSize - 1000));
            QVERIFY(file.size() % pageSize != 0);
        } else if (kind.startsWith(QLatin1String("damaged-"))) {
            // Several pages: long texts in joint controllers spill onto overflow pages.
            Organisation organisation = sampleOrganisation();
            for (int i = 0; i < 6; ++i)
                organisation.jointControllers.append({QString(), QStringLiteral("Partner %1").arg(i),
                                                      QStringLiteral("partner%1@example.org").arg(i),
                                                      QStringLiteral("Afspraak %1. ").arg(i).repeated(400)});
            makeRegister(path, organisation);
            if (QTest::currentTestFailed())
                return;
            RawConnection raw(QStringLiteral("count-pages"));
            QVERIFY2(raw.open(path, *key, false), qPrintable(raw.error()));
            const int pages = raw.value(QStringLiteral("PRAGMA page_count")).toInt();
            QCOMPARE(raw.value(QStringLiteral("PRAGMA freelist_count")).toInt(), 0); // every page is in use
            raw.close();
            QVERIFY2(pages >= 10, qPrintable(QString::number(pages)));
            QCOMPARE(contents(path).size(), pages * pageSize);
            const int page = kind == QLatin1String("damaged-second")   ? 2
                             : kind == QLatin1String("damaged-middle") ? pages / 2 + 1
                                                                       : pages;
            QVERIFY(damagePage(path, page));
        } else if (kind == QLatin1String("newer")) {
            makeRegister(path, sampleOrganisation());
            if (QTest::currentTestFailed())
                return;
            RawConnection raw(QStringLiteral("newer"));
            QVERIFY2(raw.open(path, *key, false), qPrintable(raw.error()));
            QVERIFY2(raw.exec(QStringLiteral("PRAGMA user_version = 99")), qPrintable(raw.error()));
            QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), 99);
            raw.close();
        } else {
            QFAIL(qPrintable(QStringLiteral("unknown kind ") + kind));
        }
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
