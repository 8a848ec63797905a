// Backups of a register file (Storage::Database::saveCopy, Exchange::Backups): a copy taken while
// the register is open, proved by opening it; generations kept in a folder; a restore as a new
// file that records itself in the history and raises no alarm.
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

#include "RegisterTestSupport.h"
#include "exchange/Backups.h"
#include "register/AuditLog.h"
#include "register/PartyService.h"
#include "storage/HistoryChain.h"

using namespace Custodian;
using Exchange::Backups;
using Storage::Database;

namespace {

const QString passphrase = QStringLiteral("backup test passphrase");

Status addParty(Storage::Store &store, const QString &name)
{
    Register::PartyService parties(store);
    Domain::Party party;
    party.name = name;
    return parties.save(&party);
}

int partiesIn(Storage::Store &store)
{
    QList<Domain::Party> all;
    Register::PartyService parties(store);
    return parties.list(&all) ? int(all.size()) : -1;
}

} // namespace

class TestBackups : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation));
        Register::AuditLog::setActor(QStringLiteral("tst_backups"));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("register.custodian"));
        m_database = std::make_unique<Database>();
        QVERIFY_OK(m_database->create(m_path, passphrase));
        QVERIFY_OK(addParty(*m_database, QStringLiteral("Klantwolk B.V.")));
        QVERIFY_OK(addParty(*m_database, QStringLiteral("Factuurgemak B.V.")));
    }

    void cleanup()
    {
        m_database.reset();
        m_dir.reset();
    }

    // Taken while the register stays open for writing: the copy opens with the same passphrase,
    // holds the same history, and the register goes on saving.
    void aCopyWhileTheRegisterIsOpen()
    {
        const QString copy = m_dir->filePath(QStringLiteral("copy.custodian"));
        Storage::HistoryHead head;
        QVERIFY_OK(m_database->saveCopy(copy, passphrase, &head));
        QCOMPARE(head, m_database->historyHead());
        QVERIFY_OK(addParty(*m_database, QStringLiteral("After the copy")));
        Database opened;
        QVERIFY_OK(opened.open(copy, passphrase, Database::Mode::ReadOnly));
        QCOMPARE(opened.registerId(), m_database->registerId());
        QCOMPARE(opened.historyHead(), head);
        QCOMPARE(partiesIn(opened), 2);
        QVERIFY(opened.checkIntegrity().ok);
#ifdef Q_OS_UNIX
        QCOMPARE(QFile::permissions(copy) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
#endif
    }

    // Another program holds the register for writing: a read-only open can still copy it.
    void aCopyOfARegisterOpenElsewhere()
    {
        Database reader;
        QVERIFY_OK(reader.open(m_path, passphrase, Database::Mode::ReadOnly));
        const QString copy = m_dir->filePath(QStringLiteral("copy.custodian"));
        QVERIFY_OK(reader.saveCopy(copy, passphrase));
        Database opened;
        QVERIFY_OK(opened.open(copy, passphrase, Database::Mode::ReadOnly));
        QCOMPARE(partiesIn(opened), 2);
    }

    void aCopyIsRefusedAndLeavesNoFile_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<int>("code");
        QTest::newRow("wrong passphrase") << QStringLiteral("copy.custodian") << QStringLiteral("not the passphrase")
                                          << int(Status::Code::WrongPassphrase);
        QTest::newRow("existing file") << QStringLiteral("existing.custodian") << passphrase
                                       << int(Status::Code::FileExists);
        QTest::newRow("the register itself")
            << QStringLiteral("register.custodian") << passphrase << int(Status::Code::FileExists);
    }

    void aCopyIsRefusedAndLeavesNoFile()
    {
        QFETCH(QString, name);
        QFETCH(QString, passphrase);
        QFETCH(int, code);
        QFile existing(m_dir->filePath(QStringLiteral("existing.custodian")));
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("someone's file");
        existing.close();
        const QStringList before = QDir(m_dir->path()).entryList(QDir::Files);
        const Status status = m_database->saveCopy(m_dir->filePath(name), passphrase);
        QCOMPARE(int(status.code()), code);
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), before);
        QCOMPARE(QFile(m_dir->filePath(QStringLiteral("existing.custodian"))).size(), qint64(14));
    }

    // Generations are named by their moment; the oldest beyond the number to keep go.
    void generationsKeepTheNewest()
    {
        const QString folder = Backups::defaultFolder(m_path);
        QCOMPARE(QFileInfo(folder).dir().absolutePath(), QFileInfo(m_path).dir().absolutePath());
        const QDateTime start(QDate(2026, 12, 1), QTime(9, 0));
        for (int i = 0; i < 4; ++i)
            QVERIFY_OK(Backups::takeGeneration(*m_database, passphrase, folder, 3, start.addSecs(i * 3600)));
        // Another register's generations in the same folder are not this one's.
        QFile other(QDir(folder).filePath(
            QStringLiteral("other 2026-11-01 090000 %1.custodian").arg(m_database->registerId().left(8))));
        // ... nor those of another register of the same name.
        QFile namesake(QDir(folder).filePath(QStringLiteral("register 2026-11-01 090000 0badf00d.custodian")));
        QVERIFY(namesake.open(QIODevice::WriteOnly));
        namesake.close();
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.close();
        const QList<Backups::Generation> kept = Backups::generations(folder, m_path, m_database->registerId());
        QCOMPARE(kept.size(), 3);
        QCOMPARE(kept.first().takenAt, start.addSecs(3 * 3600));
        QCOMPARE(kept.last().takenAt, start.addSecs(3600));
        QVERIFY(QFileInfo::exists(other.fileName()));
        QVERIFY(QFileInfo::exists(namesake.fileName()));
        Backups::Summary summary;
        QVERIFY_OK(Backups::inspect(kept.first().path, passphrase, &summary));
        QCOMPARE(summary.counts.parties, 2);
        QCOMPARE(summary.head, m_database->historyHead());
        QVERIFY(summary.historyVerified);
    }

    // A restore: a new file, the history of the backup and one entry naming it; this computer
    // accepts the older history, so opening it raises no alarm.
    void aRestoreRecordsItself()
    {
        const QString backup = m_dir->filePath(QStringLiteral("backup.custodian"));
        Storage::HistoryHead backedUp;
        QVERIFY_OK(m_database->saveCopy(backup, passphrase, &backedUp));
        QVERIFY_OK(addParty(*m_database, QStringLiteral("Lost by the restore")));
        const QString registerId = m_database->registerId();

        // Restored while the register is still open, as the app does; it closes afterwards with
        // its longer history, which this computer must not take for the restored one's.
        const QString restored = m_dir->filePath(QStringLiteral("restored.custodian"));
        Backups::Summary summary;
        QVERIFY_OK(Backups::restore(backup, passphrase, restored, &summary));
        QVERIFY_OK(addParty(*m_database, QStringLiteral("Also lost by the restore")));
        m_database->close();
        QCOMPARE(summary.head.count, backedUp.count + 1);
        QVERIFY(summary.historyVerified);

        Database opened;
        QVERIFY_OK(opened.open(restored, passphrase));
        QVERIFY2(opened.notices().isEmpty(), qPrintable(opened.notices().join(QLatin1Char('\n'))));
        QCOMPARE(partiesIn(opened), 2);
        const QList<Register::AuditLog::Entry> entries =
            Register::AuditLog::entriesFor(opened.connection(), QStringLiteral("register"), registerId);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().action, Register::AuditLog::Action::Restore);
        QCOMPARE(entries.first()
                     .changes.value(QStringLiteral("restoredFromState"))
                     .toObject()
                     .value(QStringLiteral("new"))
                     .toString(),
                 backedUp.text());
        QCOMPARE(entries.first()
                     .changes.value(QStringLiteral("restoredFromFile"))
                     .toObject()
                     .value(QStringLiteral("new"))
                     .toString(),
                 QStringLiteral("backup.custodian"));
        QVERIFY(opened.checkIntegrity().ok);
    }

    void aRestoreNeverOverwrites()
    {
        const QString backup = m_dir->filePath(QStringLiteral("backup.custodian"));
        QVERIFY_OK(m_database->saveCopy(backup, passphrase));
        const QByteArray before = [this] {
            QFile file(m_path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();
        QCOMPARE(Backups::restore(backup, passphrase, m_path).code(), Status::Code::FileExists);
        QCOMPARE(Backups::restore(backup, passphrase, backup).code(), Status::Code::FileExists);
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }

    // A backup whose history was changed is not restored.
    void aChangedBackupIsRefused()
    {
        const QString backup = m_dir->filePath(QStringLiteral("backup.custodian"));
        QVERIFY_OK(m_database->saveCopy(backup, passphrase));
        {
            Database changed;
            QVERIFY_OK(changed.open(backup, passphrase));
            // As someone with the passphrase and a SQL shell could: the triggers set aside.
            QSqlQuery query(changed.connection());
            QVERIFY(query.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
            QVERIFY(query.exec(QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE seq = 1")));
            changed.close();
        }
        const QString restored = m_dir->filePath(QStringLiteral("restored.custodian"));
        QCOMPARE(Backups::restore(backup, passphrase, restored).code(), Status::Code::Damaged);
        QVERIFY(!QFileInfo::exists(restored));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Database> m_database;
};

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
