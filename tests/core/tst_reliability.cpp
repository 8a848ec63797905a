// The reproductions of the reliability review (RELIABILITY-REVIEW.md) as regression tests: one
// writer at a time (D5), a passphrase change that is proved or refused (D1), an interrupted save
// that is recovered and never called damaged (D2), creation that is never half a register (D9),
// a history that names the first entry someone changed and notices a file rolled back (D6), and
// private files (D7).
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

#include "RegisterTestSupport.h"
#include "domain/Organisation.h"
#include "register/OrganisationService.h"
#include "storage/Database.h"
#include "storage/HistoryChain.h"
#include "storage/WriterLock.h"
#include "support/FileTestSupport.h"

using Custodian::Status;
using Custodian::Domain::Organisation;
using Custodian::Register::OrganisationService;
using Custodian::Storage::Database;
using Custodian::Storage::HistoryChain;
using Custodian::Storage::HistoryHead;
using Custodian::Storage::WriterLock;
using RegisterTest::describe;

using FileTest::filesIn;
using FileTest::sha256;

namespace {

const QString key = QStringLiteral("betrouwbaar en bewezen");
const QString newKey = QStringLiteral("een nieuwe sleutel voor het register");

Status saveName(Database &database, const QString &name)
{
    OrganisationService service(database);
    Organisation organisation;
    const Status loaded = service.load(&organisation);
    if (!loaded && loaded.code() != Status::Code::NotFound)
        return loaded;
    organisation.name = name;
    return service.save(organisation);
}

QString storedName(Database &database)
{
    Organisation organisation;
    return OrganisationService(database).load(&organisation) ? organisation.name : QString();
}

bool exec(Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    return query.exec(sql);
}

} // namespace

class TestReliability : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QString filePath(const QString &name) const { return m_dir->filePath(name); }

    // A register with an organisation saved `saves` times (one history entry each), closed.
    void makeRegister(const QString &path, int saves = 3)
    {
        Database database;
        QVERIFY_OK(database.create(path, key));
        for (int i = 1; i <= saves; ++i)
            QVERIFY_OK(saveName(database, QStringLiteral("Stichting Betrouwbaar %1").arg(i)));
        database.close();
    }

private slots:
    void initTestCase()
    {
        // The remembered history heads live in the settings: a private folder for the test.
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation));
        Custodian::Register::AuditLog::setActor(QStringLiteral("tst_reliability"));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup() { m_dir.reset(); }

    // D5: a second writer is told who has the register, and may read it.
    void secondWriterIsToldWhoHasIt()
    {
        const QString path = filePath(QStringLiteral("shared.custodian"));
        makeRegister(path);
        Database first;
        QVERIFY_OK(first.open(path, key));
        QVERIFY(QFileInfo::exists(WriterLock::lockPathFor(path)));

        Database second;
        const Status refused = second.open(path, key);
        QCOMPARE(refused.code(), Status::Code::InUse);
        QVERIFY(!second.isOpen());
        QCOMPARE(second.lockHolder().pid, QCoreApplication::applicationPid());
        QVERIFY2(refused.message().contains(QSysInfo::machineHostName()), qPrintable(refused.message()));
        QVERIFY(!second.lockHolder().user.isEmpty());
        QVERIFY(refused.message().contains(second.lockHolder().user));
        QVERIFY(second.lockHolder().since.isValid());

        // Read-only is allowed, and cannot write.
        QVERIFY_OK(second.open(path, key, Database::Mode::ReadOnly));
        QCOMPARE(storedName(second), QStringLiteral("Stichting Betrouwbaar 3"));
        QVERIFY(!saveName(second, QStringLiteral("Niet toegestaan")));
        QCOMPARE(second.changePassphrase(newKey).code(), Status::Code::ReadOnlyLocation);
        second.close();

        // Once the first closes, the lock is gone and the next writer gets it.
        first.close();
        QVERIFY(!QFileInfo::exists(WriterLock::lockPathFor(path)));
        QVERIFY_OK(second.open(path, key));
        QVERIFY_OK(saveName(second, QStringLiteral("Stichting Betrouwbaar 4")));
    }

    // D5: the lock of a process that is gone (killed, crashed) is taken over.
    void staleLockOfAKilledProcessIsTakenOver()
    {
#ifndef Q_OS_UNIX
        QSKIP("needs SIGKILL");
#else
        const QString path = filePath(QStringLiteral("stale.custodian"));
        makeRegister(path);
        // custodian-cli holds the writer lock while it waits for the new passphrase on the terminal... it
        // reads from stdin instead when there is no terminal; a FIFO would block. The simplest holder is
        // a child that takes the lock and is killed: this very test binary in helper mode.
        QProcess holder;
        holder.setProgram(QCoreApplication::applicationFilePath());
        holder.setArguments({QStringLiteral("--hold-lock"), path});
        holder.start();
        QVERIFY(holder.waitForStarted());
        QVERIFY(holder.waitForReadyRead(10000));
        QCOMPARE(holder.readLine().trimmed(), QByteArray("locked"));
        Database blocked;
        QCOMPARE(blocked.open(path, key).code(), Status::Code::InUse);
        QCOMPARE(blocked.lockHolder().pid, holder.processId());

        holder.kill(); // SIGKILL: no cleanup, the lock file stays
        QVERIFY(holder.waitForFinished());
        QVERIFY(QFileInfo::exists(WriterLock::lockPathFor(path)));
        Database next;
        QVERIFY_OK(next.open(path, key));
        QVERIFY_OK(saveName(next, QStringLiteral("Na de crash")));
#endif
    }

    // D5: a register in a folder a sync client copies, or on a network share, is flagged on open.
    void sharedFolderIsNamed()
    {
        const QString plain = filePath(QStringLiteral("local.custodian"));
        QVERIFY(WriterLock::sharedLocationWarning(plain).isEmpty());
        for (const QString &folder : {QStringLiteral("Dropbox/Privacy"), QStringLiteral("OneDrive - Gemeente/AVG"),
                                      QStringLiteral("Nextcloud")}) {
            QVERIFY(QDir(m_dir->path()).mkpath(folder));
            const QString path = filePath(folder + QStringLiteral("/register.custodian"));
            QVERIFY2(WriterLock::sharedLocationWarning(path).contains(QLatin1String("synchronised folder")),
                     qPrintable(folder));
        }
        // Syncthing marks the root of what it shares.
        QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("gedeeld/.stfolder")));
        const QString synced = filePath(QStringLiteral("gedeeld/register.custodian"));
        makeRegister(synced, 1);
        Database database;
        QVERIFY_OK(database.open(synced, key, Database::Mode::ReadOnly));
        QVERIFY2(database.notices().join(QLatin1Char(' ')).contains(QLatin1String("team register")),
                 qPrintable(database.notices().join(QLatin1Char(' '))));
    }

    // D1: under a reader, the change either happened and is proved, or nothing changed; never a
    // reported success with the old passphrase still in force.
    void passphraseChangeUnderAReaderIsTrue()
    {
        const QString path = filePath(QStringLiteral("reader.custodian"));
        makeRegister(path);
        Database reader;
        QVERIFY_OK(reader.open(path, key, Database::Mode::ReadOnly));
        QVERIFY(exec(reader, QStringLiteral("BEGIN")));
        QSqlQuery held(reader.connection());
        QVERIFY(held.exec(QStringLiteral("SELECT count(*) FROM audit_log")) && held.next());

        Database writer;
        QVERIFY_OK(writer.open(path, key));
        QList<Database::RekeyStage> stages;
        const Status changed = writer.changePassphrase(newKey, [&](Database::RekeyStage stage) {
            if (stages.isEmpty() || stages.constLast() != stage)
                stages << stage;
        });
        QVERIFY_OK(changed);
        QCOMPARE(stages, (QList<Database::RekeyStage>{Database::RekeyStage::Copying, Database::RekeyStage::Proving,
                                                      Database::RekeyStage::Replacing}));
        // The writer goes on under the new passphrase, in the file at the path.
        QVERIFY_OK(saveName(writer, QStringLiteral("Na de nieuwe sleutel")));
        writer.close();
        held.finish();
        exec(reader, QStringLiteral("COMMIT"));
        reader.close();

        Database check;
        QCOMPARE(check.open(path, key, Database::Mode::ReadOnly).code(), Status::Code::WrongPassphrase);
        QVERIFY_OK(check.open(path, newKey, Database::Mode::ReadOnly));
        QCOMPARE(storedName(check), QStringLiteral("Na de nieuwe sleutel"));
        QVERIFY2(check.checkIntegrity().ok, qPrintable(check.checkIntegrity().problems.join(QLatin1Char('\n'))));
        check.close();
        QCOMPARE(filesIn(m_dir->path()), QStringList{QStringLiteral("reader.custodian")});
    }

    // D1: a change that cannot be written reports failure, and the old passphrase still opens.
    void passphraseChangeWhereNothingCanBeWrittenFails()
    {
#ifndef Q_OS_UNIX
        QSKIP("file modes");
#else
        const QString path = filePath(QStringLiteral("readonly.custodian"));
        makeRegister(path);
        const QByteArray before = sha256(path);
        // A file and folder this user cannot write (as root: through the CLI as nobody, as the review did).
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QVERIFY(QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner |
                                                         QFileDevice::ReadGroup | QFileDevice::ExeGroup |
                                                         QFileDevice::ReadOther | QFileDevice::ExeOther));
        QProcess cli;
        QStringList arguments = {QStringLiteral(CUSTODIAN_CLI_PATH), QStringLiteral("change-passphrase"), path};
        QString program = arguments.takeFirst();
        if (::geteuid() == 0) {
            if (QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
                QFAIL("setpriv is needed to test as an ordinary user");
            arguments.prepend(program);
            arguments = QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                    QStringLiteral("--clear-groups")} +
                        arguments;
            program = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        }
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("CUSTODIAN_PASSPHRASE"), key);
        environment.insert(QStringLiteral("CUSTODIAN_NEW_PASSPHRASE"), newKey);
        environment.insert(QStringLiteral("HOME"), m_dir->path());
        cli.setProcessEnvironment(environment);
        cli.start(program, arguments);
        QVERIFY(cli.waitForFinished(60000));
        const QString output = QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError());
        QCOMPARE(cli.exitCode(), 1);
        QVERIFY2(!output.contains(QLatin1String("has been changed")), qPrintable(output));
        QVERIFY2(output.contains(QLatin1String("read-only")), qPrintable(output));
        QCOMPARE(sha256(path), before);

        QVERIFY(QFile::setPermissions(m_dir->path(),
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
        Database check;
        QVERIFY_OK(check.open(path, key, Database::Mode::ReadOnly));
#endif
    }

    // D2: a save killed half-way leaves a hot journal. A read-only look recovers it first, and the
    // register is as it was after the last completed save; it is never called damaged.
    void interruptedSaveIsRecoveredNotDamaged()
    {
        const QString path = filePath(QStringLiteral("source.custodian"));
        const QString crashed = filePath(QStringLiteral("crashed.custodian"));
        makeRegister(path);
        {
            // A large save whose pages spill into the file before it commits; a copy of the file
            // and its journal taken now is what a kill at this moment leaves behind.
            Database database;
            QVERIFY_OK(database.open(path, key));
            QVERIFY(exec(database, QStringLiteral("PRAGMA cache_size = 2")));
            QVERIFY(exec(database, QStringLiteral("BEGIN")));
            QSqlQuery query(database.connection());
            for (int i = 0; i < 40; ++i) {
                query.prepare(QStringLiteral("INSERT INTO register_info (key, value) VALUES (?, ?)"));
                query.addBindValue(QStringLiteral("filler-%1").arg(i));
                query.addBindValue(QString(3000, QLatin1Char('x')));
                QVERIFY(query.exec());
            }
            QVERIFY(exec(database, QStringLiteral("UPDATE organisation SET name = 'Nooit opgeslagen'")));
            QVERIFY(QFile::copy(path, crashed));
            QVERIFY(QFile::copy(path + QStringLiteral("-journal"), crashed + QStringLiteral("-journal")));
            QVERIFY(exec(database, QStringLiteral("ROLLBACK")));
        }
        QVERIFY(QFileInfo(crashed + QStringLiteral("-journal")).size() > 0);

        // While another program holds the writer lock, recovery must wait: the honest message.
        {
            WriterLock other;
            WriterLock::Holder holder;
            QCOMPARE(other.acquire(crashed, &holder), WriterLock::Result::Acquired);
            Database look;
            const Status interrupted = look.open(crashed, key, Database::Mode::ReadOnly);
            QCOMPARE(interrupted.code(), Status::Code::Interrupted);
            QVERIFY(interrupted.message().contains(QLatin1String("interrupted during a save")));
            QVERIFY(interrupted.message().contains(QLatin1String("crashed.custodian-journal")));
            QVERIFY(!interrupted.message().contains(QLatin1String("Restore")));
        }

        Database look;
        QVERIFY_OK(look.open(crashed, key, Database::Mode::ReadOnly));
        QVERIFY(look.notices().join(QLatin1Char(' ')).contains(QLatin1String("rolled back")));
        QCOMPARE(storedName(look), QStringLiteral("Stichting Betrouwbaar 3"));
        const auto report = look.checkIntegrity();
        QVERIFY2(report.ok, qPrintable(report.problems.join(QLatin1Char('\n'))));
        look.close();
        QVERIFY(!QFileInfo::exists(crashed + QStringLiteral("-journal")));
    }

    // D9: a register killed while being created is named incomplete, never opened as healthy; a
    // failed init leaves no file.
    void halfCreatedRegisterIsIncomplete()
    {
        const QString path = filePath(QStringLiteral("half.custodian"));
        makeRegister(path, 1);
        {
            // What a kill before the identity's commit leaves: every table, no identity.
            Database database;
            QVERIFY_OK(database.open(path, key));
            QVERIFY(exec(database, QStringLiteral("DELETE FROM register_info WHERE key = 'register_id'")));
        }
        Database database;
        const Status incomplete = database.open(path, key, Database::Mode::ReadOnly);
        QCOMPARE(incomplete.code(), Status::Code::Incomplete);
        QVERIFY(incomplete.message().contains(QLatin1String("never completely created")));

        QProcess cli;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("CUSTODIAN_PASSPHRASE"), key);
        cli.setProcessEnvironment(environment);
        const QString failed = filePath(QStringLiteral("failed.custodian"));
        cli.start(QStringLiteral(CUSTODIAN_CLI_PATH),
                  {QStringLiteral("init"), failed, QStringLiteral("--organisation"), QStringLiteral("   ")});
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY(cli.exitCode() != 0);
        QVERIFY(!QFileInfo::exists(failed));
    }

    // D6: rewriting or deleting history with the key (triggers dropped) names the first broken entry.
    void changedHistoryNamesTheFirstBrokenEntry_data()
    {
        QTest::addColumn<QString>("tamper");
        QTest::addColumn<QString>("expected");
        QTest::newRow("entry rewritten") << QStringLiteral("UPDATE audit_log SET actor = 'iemand anders' WHERE seq = 2")
                                         << QStringLiteral("Entry 2 of the history");
        QTest::newRow("entry deleted") << QStringLiteral("DELETE FROM audit_log WHERE seq = 2")
                                       << QStringLiteral("Entry 2 of the history is missing");
        QTest::newRow("last entry deleted")
            << QStringLiteral("DELETE FROM audit_log WHERE seq = 4") << QStringLiteral("the last entries were removed");
        QTest::newRow("time moved") << QStringLiteral(
                                           "UPDATE audit_log SET at = '2020-01-01T00:00:00.000Z' WHERE seq = 3")
                                    << QStringLiteral("Entry 3 of the history");
        QTest::newRow("change without history")
            << QStringLiteral("UPDATE organisation SET name = 'Stil gewijzigd', row_version = row_version + 1")
            << QStringLiteral("but the history records");
    }

    void changedHistoryNamesTheFirstBrokenEntry()
    {
        QFETCH(QString, tamper);
        QFETCH(QString, expected);
        const QString path = filePath(QStringLiteral("tamper.custodian"));
        makeRegister(path, 4);
        {
            Database database;
            QVERIFY_OK(database.open(path, key));
            QVERIFY(database.checkIntegrity().ok);
            QCOMPARE(database.historyHead().count, 4);
            for (const char *trigger : {"audit_log_no_update", "audit_log_no_delete"})
                QVERIFY(exec(database, QStringLiteral("DROP TRIGGER %1").arg(QLatin1String(trigger))));
            QVERIFY(exec(database, tamper));
        }
        Database database;
        QVERIFY_OK(database.open(path, key, Database::Mode::ReadOnly));
        const auto report = database.checkIntegrity();
        QVERIFY(!report.ok);
        QVERIFY2(report.problems.join(QLatin1Char('\n')).contains(expected),
                 qPrintable(report.problems.join(QLatin1Char('\n'))));
    }

    // D6 without the key: pages of an older copy put into the file (page replay) are detected,
    // whichever pages are chosen; and a whole older copy is "older than the one last opened here".
    void pageReplayIsDetected()
    {
        const QString path = filePath(QStringLiteral("replay.custodian"));
        const QString older = filePath(QStringLiteral("older.custodian"));
        makeRegister(path, 3);
        QVERIFY(QFile::copy(path, older));
        {
            Database database;
            QVERIFY_OK(database.open(path, key));
            QVERIFY_OK(saveName(database, QStringLiteral("Hernoemd na de kopie")));
        } // closed: this computer remembers the head
        QFile newer(path);
        QVERIFY(newer.open(QIODevice::ReadOnly));
        const QByteArray current = newer.readAll();
        newer.close();
        QFile old(older);
        QVERIFY(old.open(QIODevice::ReadOnly));
        const QByteArray previous = old.readAll();
        old.close();
        constexpr int page = 4096;
        QList<int> differing;
        for (int i = 0; i * page < qMin(current.size(), previous.size()); ++i) {
            if (current.mid(i * page, page) != previous.mid(i * page, page))
                differing << i;
        }
        QVERIFY(differing.size() >= 2);

        // Every single page, and every page at once.
        QList<QList<int>> trials;
        for (int index : std::as_const(differing))
            trials << QList<int>{index};
        trials << differing;
        // Each trial is either caught (it does not open, fails its checks, or the open tells of an
        // older history), or it reads exactly as the newer file does: a page whose difference is
        // bookkeeping only (the header's change counter) changes nothing a person relies on.
        HistoryHead newest;
        {
            Database database;
            QVERIFY_OK(database.open(path, key, Database::Mode::ReadOnly));
            newest = database.historyHead();
        }
        int caughtCount = 0;
        for (const QList<int> &pages : std::as_const(trials)) {
            QByteArray mixed = current;
            for (int index : pages)
                mixed.replace(index * page, page, previous.mid(index * page, page));
            const QString trial = filePath(QStringLiteral("trial.custodian"));
            QFile::remove(trial);
            QFile out(trial);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(mixed);
            out.close();
            // The trial is "the same register": the head this computer remembers applies.
            Database database;
            const Status opened = database.open(trial, key, Database::Mode::ReadOnly);
            const bool caught = !opened || !database.checkIntegrity().ok || !database.notices().isEmpty();
            if (caught) {
                ++caughtCount;
            } else {
                QVERIFY2(
                    storedName(database) == QStringLiteral("Hernoemd na de kopie") && database.historyHead() == newest,
                    qPrintable(
                        QStringLiteral("page %1 replayed without notice").arg(QString::number(pages.constFirst()))));
            }
            database.close();
        }
        // Most single pages, and everything that differs (the older register), are caught.
        QVERIFY2(caughtCount * 2 > trials.size(), qPrintable(QString::number(caughtCount)));

        // The whole older copy in place of the register.
        QVERIFY(QFile::remove(path));
        QVERIFY(QFile::copy(older, path));
        Database database;
        QVERIFY_OK(database.open(path, key, Database::Mode::ReadOnly));
        QVERIFY2(database.notices().join(QLatin1Char(' ')).contains(QLatin1String("older than the one last opened")),
                 qPrintable(database.notices().join(QLatin1Char(' '))));
        QVERIFY(!database.checkIntegrity().ok);
        database.close();
        // ... until a named restore accepts it.
        QVERIFY_OK(database.open(path, key, Database::Mode::ReadOnly));
        Database::acceptHead(database.registerId(), database.historyHead());
        database.close();
        QVERIFY_OK(database.open(path, key, Database::Mode::ReadOnly));
        QVERIFY(database.notices().isEmpty());
        QVERIFY(database.checkIntegrity().ok);
    }

    // The canonical encoding is the one DECISIONS.md describes, byte for byte.
    void canonicalEncodingIsSortedCompactJson()
    {
        HistoryChain::Entry entry;
        entry.seq = 7;
        entry.at = QStringLiteral("2026-12-01T10:15:00.123Z");
        entry.actor = QStringLiteral("fg");
        entry.entity = QStringLiteral("party");
        entry.uuid = QStringLiteral("0b5e");
        entry.action = QStringLiteral("update");
        entry.changes = QStringLiteral(R"({"name":{"old":"A","new":"Bé"}})");
        const QByteArray expected =
            R"({"action":"update","actor":"fg","at":"2026-12-01T10:15:00.123Z","changes":{"name":{"new":"Bé","old":"A"}},)"
            R"("entity":"party","prev":"ab","seq":7,"uuid":"0b5e"})";
        QCOMPARE(HistoryChain::canonicalEncoding(entry, QStringLiteral("ab")), expected);
        QCOMPARE(HistoryChain::hashOf(entry, QStringLiteral("ab")),
                 QString::fromLatin1(QCryptographicHash::hash(expected, QCryptographicHash::Sha256).toHex()));
    }

    // A writer that hands over its own compact text (AuditLog) gets the same encoding as one read
    // back from the register, whatever the change holds: quotes, escapes, unicode, numbers, a key
    // that looks like the envelope's.
    void canonicalChangesAreHashedAsParsed()
    {
        const QList<QJsonObject> changes = {
            QJsonObject(),
            QJsonObject{{QStringLiteral("name"), QJsonObject{{QStringLiteral("old"), QJsonValue()},
                                                             {QStringLiteral("new"), QStringLiteral("\"q\" \\ é 😀")}}}},
            QJsonObject{{QStringLiteral("changes"), 0},
                        {QStringLiteral("n"), 1.5},
                        {QStringLiteral("big"), qint64(1) << 60},
                        {QStringLiteral("list"), QJsonArray{1, QStringLiteral("\n\t\u0001"), true, QJsonValue()}}},
        };
        for (const QJsonObject &object : changes) {
            HistoryChain::Entry entry;
            entry.seq = 12;
            entry.at = QStringLiteral("2026-12-01T10:15:00.123Z");
            entry.actor = QStringLiteral("\"changes\":0,");
            entry.entity = QStringLiteral("activity");
            entry.uuid = QStringLiteral("0b5e");
            entry.action = QStringLiteral("create");
            const QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Compact);
            entry.changes = QString::fromUtf8(text);
            const QByteArray parsed = HistoryChain::canonicalEncoding(entry, QStringLiteral("ab"));
            entry.canonicalChanges = text;
            QCOMPARE(HistoryChain::canonicalEncoding(entry, QStringLiteral("ab")), parsed);
        }
    }

    // The chain checked entry by entry (a restore checks its file so) decides as verify() does:
    // the same head for the stored text, for its compact canonical text handed over and for the
    // same change laid out otherwise; an entry changed, left out, or a head that says more, fails
    // at the place verify() names.
    void verifierChecksAsVerifyDoes()
    {
        const QString path = filePath(QStringLiteral("verifier.cstd"));
        makeRegister(path, 4);
        Database database;
        QVERIFY_OK(database.open(path, key));
        QSqlDatabase &db = database.connection();
        const HistoryChain::Report verified = HistoryChain::verify(db);
        QVERIFY2(verified.ok, qPrintable(verified.problem));
        QList<std::pair<HistoryChain::Entry, QString>> rows;
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral(
            "SELECT seq, at, actor, entity, entity_uuid, action, changes, hash FROM audit_log ORDER BY seq")));
        while (query.next()) {
            HistoryChain::Entry entry;
            entry.seq = query.value(0).toLongLong();
            entry.at = query.value(1).toString();
            entry.actor = query.value(2).toString();
            entry.entity = query.value(3).toString();
            entry.uuid = query.value(4).toString();
            entry.action = query.value(5).toString();
            entry.changes = query.value(6).toString();
            rows.append({entry, query.value(7).toString()});
        }
        QCOMPARE(rows.size(), 4);
        HistoryHead stored;
        QVERIFY_OK(HistoryChain::readHead(db, &stored));

        enum class Form
        {
            Stored,
            Canonical,
            Indented
        };
        for (const Form form : {Form::Stored, Form::Canonical, Form::Indented}) {
            HistoryChain::Verifier verifier;
            for (auto [entry, hash] : rows) {
                const QJsonObject changes = QJsonDocument::fromJson(entry.changes.toUtf8()).object();
                if (form == Form::Canonical)
                    entry.canonicalChanges = QJsonDocument(changes).toJson(QJsonDocument::Compact);
                else if (form == Form::Indented)
                    entry.changes = QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Indented));
                QVERIFY(verifier.add(entry, hash));
            }
            const HistoryChain::Report report = verifier.finish(stored);
            QVERIFY2(report.ok, qPrintable(report.problem));
            QVERIFY(report.head == verified.head);
            QCOMPARE(report.entries, 4);
        }

        HistoryChain::Verifier changed;
        QVERIFY(changed.add(rows.at(0).first, rows.at(0).second));
        HistoryChain::Entry other = rows.at(1).first;
        other.actor = QStringLiteral("somebody else");
        QVERIFY(!changed.add(other, rows.at(1).second));
        QVERIFY(!changed.add(rows.at(2).first, rows.at(2).second)); // nothing after the first break
        QCOMPARE(changed.finish(stored).firstBroken, 2);

        HistoryChain::Verifier missing;
        QVERIFY(missing.add(rows.at(0).first, rows.at(0).second));
        QVERIFY(!missing.add(rows.at(2).first, rows.at(2).second));
        const HistoryChain::Report gap = missing.finish(stored);
        QVERIFY(!gap.ok);
        QCOMPARE(gap.firstBroken, 2);

        HistoryChain::Verifier shorter;
        for (int i = 0; i < 3; ++i)
            QVERIFY(shorter.add(rows.at(i).first, rows.at(i).second));
        const HistoryChain::Report removed = shorter.finish(stored);
        QVERIFY(!removed.ok);
        QCOMPARE(removed.firstBroken, 4);
    }

    // D7: the register, its lock and its journal are private, whatever the umask; an existing
    // world-readable register is made private when it is opened for writing.
    void filesArePrivate()
    {
#ifndef Q_OS_UNIX
        QSKIP("file modes");
#else
        const mode_t previous = ::umask(0);
        const QString path = filePath(QStringLiteral("private.custodian"));
        Database database;
        QVERIFY_OK(database.create(path, key));
        struct stat info = {};
        QVERIFY(::stat(QFile::encodeName(path).constData(), &info) == 0);
        QCOMPARE(info.st_mode & 0777, mode_t(0600));
        database.close();
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
        QVERIFY_OK(database.open(path, key));
        QVERIFY(::stat(QFile::encodeName(path).constData(), &info) == 0);
        QCOMPARE(info.st_mode & 0777, mode_t(0600));
        ::umask(previous);
#endif
    }
};

// Helper mode for staleLockOfAKilledProcessIsTakenOver: take the lock, say so, wait to be killed.
int main(int argc, char *argv[])
{
    if (argc == 3 && qstrcmp(argv[1], "--hold-lock") == 0) {
        QCoreApplication app(argc, argv);
        WriterLock lock;
        WriterLock::Holder holder;
        if (lock.acquire(QString::fromLocal8Bit(argv[2]), &holder) != WriterLock::Result::Acquired)
            return 1;
        fputs("locked\n", stdout);
        fflush(stdout);
        for (;;)
            ::sleep(60);
    }
    QCoreApplication app(argc, argv);
    TestReliability test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_reliability.moc"
