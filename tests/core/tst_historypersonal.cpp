// Personal data of data subjects in the history (DECISIONS.md): the fields marked as such are
// stored sealed with a key of their item, read back as they were while the key exists, and become
// unreadable for good when the item's personal data is erased, while the chain still verifies. No
// entity holds a data subject's personal data before request cases exist, so the test records
// changes of a request case ("request_case") through the history itself, as the case's service will.
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <functional>

#include "RegisterTestSupport.h"
#include "register/AuditLog.h"
#include "storage/HistoryChain.h"
#include "storage/HistoryKeys.h"

using namespace Custodian;
using namespace Custodian::Register;
using RegisterTest::TestRegister;

namespace {

const QString Entity = QStringLiteral("request_case");
const QString CaseA = QStringLiteral("4f7b2c10-2a55-4c3e-9d5e-0b6f3a1c8e01");
const QString CaseB = QStringLiteral("9a0d1e22-7c41-4b8f-a3d2-5e6c7b8a9f02");
const QString Requester = QStringLiteral("Femke de Vries-Öztürk");
const QString Address = QStringLiteral("Lindelaan 12, 3512 AB Utrecht");
const QStringList Personal = {QStringLiteral("requesterName"), QStringLiteral("requesterAddress")};

QJsonObject change(const QJsonValue &oldValue, const QJsonValue &newValue)
{
    return QJsonObject{{QStringLiteral("old"), oldValue}, {QStringLiteral("new"), newValue}};
}

QJsonObject created(const QString &name, const QString &address)
{
    return QJsonObject{{QStringLiteral("requesterName"), change(QString(), name)},
                       {QStringLiteral("requesterAddress"), change(QString(), address)},
                       {QStringLiteral("status"), change(QString(), QStringLiteral("received"))}};
}

} // namespace

class TestHistoryPersonal : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestRegister> m_register;

    // One write in a transaction of its own, as a service does.
    Status inTransaction(const std::function<Status()> &write)
    {
        QSqlDatabase &db = m_register->db();
        if (!db.transaction())
            return Status::error(Status::Code::DatabaseError, QStringLiteral("BEGIN failed"));
        const Status status = write();
        if (!status) {
            db.rollback();
            return status;
        }
        return db.commit() ? Status::ok() : Status::error(Status::Code::DatabaseError, QStringLiteral("COMMIT"));
    }
    Status record(const QString &uuid, AuditLog::Action action, const QJsonObject &changes,
                  const QStringList &personal = Personal)
    {
        return inTransaction(
            [&] { return AuditLog::append(m_register->database(), Entity, uuid, action, changes, personal); });
    }
    Status erase(const QString &uuid)
    {
        return inTransaction([&] { return AuditLog::erasePersonalData(m_register->database(), Entity, uuid); });
    }
    // The changes column of every entry of the item, as stored.
    QStringList storedChanges(const QString &uuid)
    {
        QStringList texts;
        QSqlQuery query(m_register->db());
        query.prepare(
            QStringLiteral("SELECT changes FROM audit_log WHERE entity = ? AND entity_uuid = ? ORDER BY seq"));
        query.addBindValue(Entity);
        query.addBindValue(uuid);
        if (!query.exec())
            qWarning() << query.lastError().text();
        while (query.next())
            texts << query.value(0).toString();
        return texts;
    }
    QJsonObject changesOf(const QString &uuid, int index)
    {
        const QList<AuditLog::Entry> entries = m_register->entries(Entity, uuid);
        return index < entries.size() ? entries.at(index).changes : QJsonObject();
    }

private slots:
    void init()
    {
        m_register = std::make_unique<TestRegister>();
        QVERIFY2(m_register->ok(), qPrintable(m_register->error()));
    }
    void cleanup() { m_register.reset(); }

    // What a user relies on: the history shows the change as it was, but the register never holds
    // a data subject's details in plain text in its history.
    void personalFieldsAreStoredSealedAndReadBack()
    {
        QVERIFY_OK(record(CaseA, AuditLog::Action::Create, created(Requester, Address)));
        QVERIFY_OK(record(CaseA, AuditLog::Action::Update,
                          QJsonObject{{QStringLiteral("requesterAddress"),
                                       change(Address, QStringLiteral("Postbus 77, 1000 AA Amsterdam"))}}));

        const QStringList stored = storedChanges(CaseA);
        QCOMPARE(stored.size(), 2);
        for (const QString &text : stored) {
            QVERIFY2(!text.contains(QStringLiteral("Femke")) && !text.contains(QStringLiteral("Lindelaan")) &&
                         !text.contains(QStringLiteral("Postbus")),
                     qPrintable(text));
        }
        // Fields that are not personal stay readable as they are: the history is still useful.
        QVERIFY(stored.constFirst().contains(QStringLiteral("\"received\"")));
        const QJsonObject sealed = QJsonDocument::fromJson(stored.constFirst().toUtf8()).object();
        QVERIFY(Storage::HistoryKeys::isSealed(
            sealed.value(QStringLiteral("requesterName")).toObject().value(QStringLiteral("sealed")).toString()));

        QCOMPARE(changesOf(CaseA, 0), created(Requester, Address));
        QCOMPARE(changesOf(CaseA, 1).value(QStringLiteral("requesterAddress")).toObject(),
                 change(Address, QStringLiteral("Postbus 77, 1000 AA Amsterdam")));
        QVERIFY(Storage::HistoryChain::verify(m_register->db()).ok);
    }

    // Each item has its own key, and the same value never looks the same twice (a fresh nonce), so
    // the stored text does not tell which cases share a requester.
    void eachItemHasItsOwnKey()
    {
        QVERIFY_OK(record(CaseA, AuditLog::Action::Create, created(Requester, Address)));
        QVERIFY_OK(record(CaseB, AuditLog::Action::Create, created(Requester, Address)));
        QCOMPARE(m_register->scalar(QStringLiteral("SELECT count(*) FROM history_keys")), 2);
        QVERIFY(storedChanges(CaseA) != storedChanges(CaseB));
        QByteArray keyA;
        QByteArray keyB;
        QVERIFY_OK(Storage::HistoryKeys::keyFor(m_register->db(), Entity, CaseA, false, &keyA));
        QVERIFY_OK(Storage::HistoryKeys::keyFor(m_register->db(), Entity, CaseB, false, &keyB));
        QCOMPARE(keyA.size(), Storage::HistoryKeys::KeySize);
        QVERIFY(keyA != keyB);
        QCOMPARE(changesOf(CaseB, 0), created(Requester, Address));

        // An entry without personal fields needs no key.
        const QString other = QStringLiteral("1c2d3e4f-0000-4000-8000-000000000003");
        QVERIFY_OK(record(other, AuditLog::Action::Create,
                          QJsonObject{{QStringLiteral("status"), change(QString(), QStringLiteral("received"))}}));
        QCOMPARE(m_register->scalar(QStringLiteral("SELECT count(*) FROM history_keys")), 2);
    }

    // Erasure: the key goes, the entries stay and say "erased", other items keep theirs, nothing
    // is rewritten, and the chain and the register's checks still pass.
    void erasingMakesTheHistoryUnreadableAndTheChainStillVerifies()
    {
        QVERIFY_OK(record(CaseA, AuditLog::Action::Create, created(Requester, Address)));
        QVERIFY_OK(record(CaseB, AuditLog::Action::Create, created(QStringLiteral("Jan Jansen"), Address)));
        const QStringList before = storedChanges(CaseA);
        Storage::HistoryHead head;
        QVERIFY_OK(Storage::HistoryChain::readHead(m_register->db(), &head));

        QVERIFY_OK(erase(CaseA));

        QCOMPARE(storedChanges(CaseA).mid(0, before.size()), before); // nothing rewritten
        QByteArray key;
        QVERIFY_OK(Storage::HistoryKeys::keyFor(m_register->db(), Entity, CaseA, false, &key));
        QVERIFY(key.isEmpty());
        const QList<AuditLog::Entry> entries = m_register->entries(Entity, CaseA);
        QCOMPARE(entries.size(), 2);
        const QJsonObject erased{{QStringLiteral("erased"), true}};
        QCOMPARE(entries.at(0).changes.value(QStringLiteral("requesterName")).toObject(), erased);
        QCOMPARE(entries.at(0).changes.value(QStringLiteral("requesterAddress")).toObject(), erased);
        QCOMPARE(entries.at(0).changes.value(QStringLiteral("status")).toObject(),
                 change(QString(), QStringLiteral("received")));
        QCOMPARE(entries.at(1).action, AuditLog::Action::Erase);
        QCOMPARE(entries.at(1).actor, m_register->database().actor());

        // The other case is untouched.
        QCOMPARE(changesOf(CaseB, 0), created(QStringLiteral("Jan Jansen"), Address));

        const Storage::HistoryChain::Report report = Storage::HistoryChain::verify(m_register->db());
        QVERIFY2(report.ok, qPrintable(report.problem));
        QCOMPARE(report.head.count, head.count + 1);
        const Storage::Store::IntegrityReport integrity = m_register->database().checkIntegrity();
        QVERIFY2(integrity.ok, qPrintable(integrity.problems.join(QLatin1Char('\n'))));

        // Erasing again changes nothing and records nothing.
        QVERIFY_OK(erase(CaseA));
        QCOMPARE(m_register->entries(Entity, CaseA).size(), 2);
        // A later change of the case gets a new key; the erased entries stay erased.
        QVERIFY_OK(record(CaseA, AuditLog::Action::Update,
                          QJsonObject{{QStringLiteral("requesterName"), change(QString(), QStringLiteral("X"))}}));
        QCOMPARE(changesOf(CaseA, 0).value(QStringLiteral("requesterName")).toObject(), erased);
        QCOMPARE(changesOf(CaseA, 2).value(QStringLiteral("requesterName")).toObject(),
                 change(QString(), QStringLiteral("X")));
    }

    // A sealed value is bound to its item and field: copied to another field or another case it
    // does not open (and the chain names the changed entry).
    void aSealedValueOpensOnlyWhereItWasWritten()
    {
        QByteArray key;
        QVERIFY_OK(Storage::HistoryKeys::keyFor(m_register->db(), Entity, CaseA, true, &key));
        QString sealed;
        QVERIFY(Storage::HistoryKeys::seal(key, "request_case\nA\nrequesterName", Requester.toUtf8(), &sealed));
        QByteArray plain;
        QVERIFY(Storage::HistoryKeys::open(key, "request_case\nA\nrequesterName", sealed, &plain));
        QCOMPARE(QString::fromUtf8(plain), Requester);
        QVERIFY(!Storage::HistoryKeys::open(key, "request_case\nA\nrequesterAddress", sealed, &plain));
        QVERIFY(!Storage::HistoryKeys::open(key, "request_case\nB\nrequesterName", sealed, &plain));
        QByteArray otherKey = key;
        otherKey[0] = char(otherKey.at(0) ^ 1);
        QVERIFY(!Storage::HistoryKeys::open(otherKey, "request_case\nA\nrequesterName", sealed, &plain));
        // One changed character of the stored text.
        QString changed = sealed;
        const qsizetype at = changed.size() / 2;
        changed[at] = changed.at(at) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QVERIFY(!Storage::HistoryKeys::open(key, "request_case\nA\nrequesterName", changed, &plain));
        QVERIFY(!Storage::HistoryKeys::open(key, "request_case\nA\nrequesterName", QStringLiteral("gcm1:!!"), &plain));
        QVERIFY(!Storage::HistoryKeys::open(key, "request_case\nA\nrequesterName", Requester, &plain));
        // An empty value seals and opens too.
        QVERIFY(Storage::HistoryKeys::seal(key, "c", QByteArray(), &sealed));
        QVERIFY(Storage::HistoryKeys::open(key, "c", sealed, &plain));
        QVERIFY(plain.isEmpty());
    }

    // A failed write leaves no key behind: the key is part of the change's transaction.
    void aRolledBackChangeLeavesNoKey()
    {
        QVERIFY(m_register->injectFailure(QStringLiteral("audit_log")));
        QVERIFY(!record(CaseA, AuditLog::Action::Create, created(Requester, Address)));
        QVERIFY(m_register->removeFailure());
        QCOMPARE(m_register->scalar(QStringLiteral("SELECT count(*) FROM history_keys")), 0);
        QCOMPARE(m_register->auditCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestHistoryPersonal)
#include "tst_historypersonal.moc"
