// QtKeychainStore against a real Secret Service: a private session bus with an unlocked
// gnome-keyring-daemon, set up by tests/with-keyring.sh (ctest runs this test through it).
#include <QUuid>
#include <QtTest>

#include <memory>

#include "Status.h"
#include "storage/QtKeychainStore.h"

using Custodian::Status;
using Custodian::Storage::KeyStore;
using Custodian::Storage::QtKeychainStore;

namespace Custodian {
inline char *toString(Status::Code code)
{
    static const QList<QByteArray> names = QByteArray("Ok InvalidInput FileNotFound FileExists NotARegister "
                                                      "WrongPassphrase Damaged NewerVersion CipherUnavailable "
                                                      "PassphraseTooWeak IoError DatabaseError KeychainUnavailable "
                                                      "Timeout NotFound")
                                               .split(' ');
    const auto index = qsizetype(code);
    return qstrdup(index < names.size() ? names.at(index).constData() : "?");
}
} // namespace Custodian

namespace {

constexpr int storeTimeoutMs = 20000;

Status notCalled()
{
    return Status::error(Status::Code::InvalidInput, QStringLiteral("the callback was never called"));
}

struct ReadOutcome
{
    int calls = 0;
    Status status = notCalled();
    QString secret;
};

struct DoneOutcome
{
    int calls = 0;
    Status status = notCalled();
};

QString describe(const Status &status)
{
    return QStringLiteral("%1 (%2)").arg(status.message(), status.detail());
}

QString newRegisterId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

class TestQtKeychainStore : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QtKeychainStore> m_store;

    std::shared_ptr<ReadOutcome> read(const QString &id)
    {
        auto outcome = std::make_shared<ReadOutcome>();
        m_store->readPassphrase(id, [outcome](const Status &status, const QString &secret) {
            ++outcome->calls;
            outcome->status = status;
            outcome->secret = secret;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(outcome->calls > 0, storeTimeoutMs + 5000); }();
        return outcome;
    }

    Status write(const QString &id, const QString &secret)
    {
        auto outcome = std::make_shared<DoneOutcome>();
        m_store->writePassphrase(id, secret, [outcome](const Status &status) {
            ++outcome->calls;
            outcome->status = status;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(outcome->calls > 0, storeTimeoutMs + 5000); }();
        return outcome->status;
    }

    Status remove(const QString &id)
    {
        auto outcome = std::make_shared<DoneOutcome>();
        m_store->removePassphrase(id, [outcome](const Status &status) {
            ++outcome->calls;
            outcome->status = status;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(outcome->calls > 0, storeTimeoutMs + 5000); }();
        return outcome->status;
    }

private slots:
    void initTestCase()
    {
        // Outside the wrapper this would talk to the developer's own keyring, or to none.
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "no session bus: run this test through tests/with-keyring.sh (ctest does)");
        QVERIFY2(qEnvironmentVariableIsSet("CUSTODIAN_TEST_KEYRING"),
                 "not inside tests/with-keyring.sh: refusing to touch a real user's keyring");
        m_store = std::make_unique<QtKeychainStore>();
        m_store->setTimeout(storeTimeoutMs);
    }

    void cleanupTestCase() { m_store.reset(); }

    // The unlocked gnome-keyring of the wrapper is on the session bus: the probe finds it.
    void probeFindsTheKeyring() { QVERIFY(m_store->isAvailable()); }

    void writeReadOverwriteRemove()
    {
        const QString id = newRegisterId();
        const QString secret = QStringLiteral("Geheim wachtwoord: één, twee, drie — ÆØÅ ß 密码 🔑");

        Status status = write(id, secret);
        QVERIFY2(status, qPrintable(describe(status)));
        auto got = read(id);
        QVERIFY2(got->status, qPrintable(describe(got->status)));
        QCOMPARE(got->secret, secret);
        QCOMPARE(got->calls, 1);

        const QString replacement = QStringLiteral("Een nieuwe zin voor het register, ook met ü");
        status = write(id, replacement);
        QVERIFY2(status, qPrintable(describe(status)));
        got = read(id);
        QVERIFY2(got->status, qPrintable(describe(got->status)));
        QCOMPARE(got->secret, replacement);

        status = remove(id);
        QVERIFY2(status, qPrintable(describe(status)));
        got = read(id);
        QCOMPARE(got->status.code(), Status::Code::NotFound);
        QVERIFY(got->secret.isEmpty());
    }

    void neverWrittenIsNotFound()
    {
        auto got = read(newRegisterId());
        QCOMPARE(got->status.code(), Status::Code::NotFound);
        QVERIFY(!got->status.message().isEmpty());
        QVERIFY(got->secret.isEmpty());
    }

    void removingAMissingEntrySucceeds()
    {
        const Status status = remove(newRegisterId());
        QVERIFY2(status, qPrintable(describe(status)));
    }

    void registersAreIndependent()
    {
        const QString first = newRegisterId();
        const QString second = newRegisterId();
        QVERIFY(write(first, QStringLiteral("passphrase of the first register")));
        QVERIFY(write(second, QStringLiteral("passphrase of the second register")));
        QCOMPARE(read(first)->secret, QStringLiteral("passphrase of the first register"));
        QCOMPARE(read(second)->secret, QStringLiteral("passphrase of the second register"));

        QVERIFY(write(first, QStringLiteral("first register, changed")));
        QCOMPARE(read(second)->secret, QStringLiteral("passphrase of the second register"));

        QVERIFY(remove(first));
        QCOMPARE(read(first)->status.code(), Status::Code::NotFound);
        auto got = read(second);
        QVERIFY2(got->status, qPrintable(describe(got->status)));
        QCOMPARE(got->secret, QStringLiteral("passphrase of the second register"));
        QVERIFY(remove(second));
    }

    void callbackIsAsynchronous()
    {
        auto outcome = std::make_shared<ReadOutcome>();
        m_store->readPassphrase(newRegisterId(), [outcome](const Status &status, const QString &secret) {
            ++outcome->calls;
            outcome->status = status;
            outcome->secret = secret;
        });
        QCOMPARE(outcome->calls, 0);
        QTRY_VERIFY_WITH_TIMEOUT(outcome->calls > 0, storeTimeoutMs + 5000);
        QCOMPARE(outcome->status.code(), Status::Code::NotFound);
        QTest::qWait(200);
        QCOMPARE(outcome->calls, 1);
    }
};

QTEST_GUILESS_MAIN(TestQtKeychainStore)
#include "tst_qtkeychainstore.moc"
