// The KeyStore contract ("remember on this computer"): MemoryKeyStore, and QtKeychainStore on a
// computer without a session bus, where it must say so in time and never fall back to plaintext.
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

#include "Status.h"
#include "storage/KeyStore.h"
#include "storage/MemoryKeyStore.h"
#include "storage/QtKeychainStore.h"

using Custodian::Status;
using Custodian::Storage::KeyStore;
using Custodian::Storage::MemoryKeyStore;
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

Status notCalled()
{
    return Status::error(Status::Code::InvalidInput, QStringLiteral("the callback was never called"));
}

// What a callback received, and how often it was called.
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

KeyStore::ReadCallback recorder(const std::shared_ptr<ReadOutcome> &outcome)
{
    return [outcome](const Status &status, const QString &secret) {
        ++outcome->calls;
        outcome->status = status;
        outcome->secret = secret;
    };
}

KeyStore::DoneCallback recorder(const std::shared_ptr<DoneOutcome> &outcome)
{
    return [outcome](const Status &status) {
        ++outcome->calls;
        outcome->status = status;
    };
}

} // namespace

class TestKeyStore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_home;

    // Runs one read and waits for its callback; the outcome says how often it was called.
    std::shared_ptr<ReadOutcome> read(KeyStore &store, const QString &id, int timeoutMs = 5000)
    {
        auto outcome = std::make_shared<ReadOutcome>();
        store.readPassphrase(id, recorder(outcome));
        [&] { QTRY_VERIFY_WITH_TIMEOUT(outcome->calls > 0, timeoutMs); }();
        return outcome;
    }

    std::shared_ptr<DoneOutcome> write(KeyStore &store, const QString &id, const QString &secret, int timeoutMs = 5000)
    {
        auto outcome = std::make_shared<DoneOutcome>();
        store.writePassphrase(id, secret, recorder(outcome));
        [&] { QTRY_VERIFY_WITH_TIMEOUT(outcome->calls > 0, timeoutMs); }();
        return outcome;
    }

    std::shared_ptr<DoneOutcome> remove(KeyStore &store, const QString &id, int timeoutMs = 5000)
    {
        auto outcome = std::make_shared<DoneOutcome>();
        store.removePassphrase(id, recorder(outcome));
        [&] { QTRY_VERIFY_WITH_TIMEOUT(outcome->calls > 0, timeoutMs); }();
        return outcome;
    }

private slots:
    void initTestCase()
    {
        // No session bus and no X display: a server, a container, a login over ssh. Set before
        // anything in this process talks to D-Bus. HOME is private so a plaintext fallback would show.
        QVERIFY(m_home.isValid());
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/custodian-test-bus");
        qunsetenv("DISPLAY");
        qunsetenv("WAYLAND_DISPLAY");
        qputenv("HOME", m_home.path().toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toLocal8Bit());
        qputenv("XDG_CACHE_HOME", m_home.filePath(QStringLiteral("cache")).toLocal8Bit());
        qputenv("XDG_RUNTIME_DIR", m_home.filePath(QStringLiteral("runtime")).toLocal8Bit());
    }

    void memoryRoundTrip()
    {
        MemoryKeyStore store;
        const QString id = QStringLiteral("3f1c7a52-0000-4000-8000-000000000001");
        const QString secret = QStringLiteral("Één wachtwoord voor het register ✓");

        auto written = write(store, id, secret);
        QVERIFY2(written->status, qPrintable(written->status.message()));
        QCOMPARE(store.count(), 1);

        auto got = read(store, id);
        QVERIFY2(got->status, qPrintable(got->status.message()));
        QCOMPARE(got->secret, secret);

        // Overwrite: one entry, the new secret.
        const QString replacement = QStringLiteral("another passphrase entirely");
        QVERIFY(write(store, id, replacement)->status);
        QCOMPARE(store.count(), 1);
        QCOMPARE(read(store, id)->secret, replacement);

        auto removed = remove(store, id);
        QVERIFY2(removed->status, qPrintable(removed->status.message()));
        QCOMPARE(store.count(), 0);

        got = read(store, id);
        QCOMPARE(got->status.code(), Status::Code::NotFound);
        QVERIFY(got->secret.isEmpty());
    }

    void memoryUnknownIdIsNotFound()
    {
        MemoryKeyStore store;
        QVERIFY(write(store, QStringLiteral("known"), QStringLiteral("some secret text"))->status);
        auto got = read(store, QStringLiteral("unknown"));
        QCOMPARE(got->status.code(), Status::Code::NotFound);
        QVERIFY(!got->status.message().isEmpty());
        QVERIFY(got->secret.isEmpty());
    }

    void memoryEntriesAreIndependent()
    {
        MemoryKeyStore store;
        QVERIFY(write(store, QStringLiteral("register-a"), QStringLiteral("secret of A"))->status);
        QVERIFY(write(store, QStringLiteral("register-b"), QStringLiteral("secret of B"))->status);
        QCOMPARE(read(store, QStringLiteral("register-a"))->secret, QStringLiteral("secret of A"));
        QCOMPARE(read(store, QStringLiteral("register-b"))->secret, QStringLiteral("secret of B"));
        QVERIFY(remove(store, QStringLiteral("register-a"))->status);
        QCOMPARE(read(store, QStringLiteral("register-a"))->status.code(), Status::Code::NotFound);
        QCOMPARE(read(store, QStringLiteral("register-b"))->secret, QStringLiteral("secret of B"));
    }

    void memoryRemovingAMissingEntrySucceeds()
    {
        MemoryKeyStore store;
        auto removed = remove(store, QStringLiteral("never-written"));
        QCOMPARE(removed->status.code(), Status::Code::Ok);
        QCOMPARE(removed->calls, 1);
    }

    void memoryCallbacksAreAsynchronousAndCalledOnce()
    {
        MemoryKeyStore store;
        const QString id = QStringLiteral("async");
        auto written = std::make_shared<DoneOutcome>();
        auto got = std::make_shared<ReadOutcome>();
        auto missing = std::make_shared<ReadOutcome>();
        auto removed = std::make_shared<DoneOutcome>();

        store.writePassphrase(id, QStringLiteral("asynchronous secret"), recorder(written));
        QCOMPARE(written->calls, 0); // not before the caller returns to the event loop
        store.readPassphrase(id, recorder(got));
        QCOMPARE(got->calls, 0);
        store.readPassphrase(QStringLiteral("missing"), recorder(missing));
        QCOMPARE(missing->calls, 0);
        store.removePassphrase(id, recorder(removed));
        QCOMPARE(removed->calls, 0);

        QTRY_VERIFY(written->calls > 0 && got->calls > 0 && missing->calls > 0 && removed->calls > 0);
        QVERIFY(written->status);
        QVERIFY(got->status);
        QCOMPARE(got->secret, QStringLiteral("asynchronous secret")); // read was queued after the write
        QCOMPARE(missing->status.code(), Status::Code::NotFound);
        QVERIFY(removed->status);

        QTest::qWait(100); // nothing else is queued: still exactly one call each
        QCOMPARE(written->calls, 1);
        QCOMPARE(got->calls, 1);
        QCOMPARE(missing->calls, 1);
        QCOMPARE(removed->calls, 1);
    }

    void memoryUnavailableSaysSo()
    {
        MemoryKeyStore store;
        const QString id = QStringLiteral("unavailable");
        QVERIFY(store.isAvailable());
        QVERIFY(write(store, id, QStringLiteral("stored while available"))->status);
        store.setAvailable(false);
        QVERIFY(!store.isAvailable());

        auto got = read(store, id);
        QCOMPARE(got->status.code(), Status::Code::KeychainUnavailable);
        QVERIFY(!got->status.message().isEmpty());
        QVERIFY(got->secret.isEmpty());
        QCOMPARE(write(store, QStringLiteral("other"), QStringLiteral("not kept anywhere"))->status.code(),
                 Status::Code::KeychainUnavailable);
        QCOMPARE(remove(store, id)->status.code(), Status::Code::KeychainUnavailable);
        QCOMPARE(store.count(), 1); // neither written nor removed

        store.setAvailable(true);
        QCOMPARE(read(store, QStringLiteral("other"))->status.code(), Status::Code::NotFound);
        QCOMPARE(read(store, id)->secret, QStringLiteral("stored while available"));
    }

    void keychainWithoutSessionBus()
    {
        const QList<Status::Code> acceptable = {Status::Code::KeychainUnavailable, Status::Code::Timeout};
        const int timeoutMs = 3000;
        const QString id = QStringLiteral("9d5e3c1a-0000-4000-8000-00000000b005");
        const QString secret = QStringLiteral("PlaintextMustNeverAppear-7d41");

        QtKeychainStore store;
        store.setTimeout(timeoutMs);
        QCOMPARE(store.timeout(), timeoutMs);
#ifdef Q_OS_LINUX
        // The cheap probe the dialogs ask (UI review L9): no session bus, no keychain.
        QVERIFY(!QtKeychainStore::systemHasKeychain());
        QVERIFY(!store.isAvailable());
#endif
        // Tests can force either answer.
        store.setAvailabilityProbe([] { return true; });
        QVERIFY(store.isAvailable());
        store.setAvailabilityProbe([] { return false; });
        QVERIFY(!store.isAvailable());

        QElapsedTimer clock;
        clock.start();
        auto got = std::make_shared<ReadOutcome>();
        store.readPassphrase(id, recorder(got));
        QCOMPARE(got->calls, 0);
        QTRY_VERIFY_WITH_TIMEOUT(got->calls > 0, timeoutMs + 2000);
        QVERIFY2(clock.elapsed() <= timeoutMs + 1000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY2(acceptable.contains(got->status.code()), qPrintable(got->status.message()));
        QVERIFY(!got->status.message().isEmpty());
        QVERIFY(got->secret.isEmpty());
        QTest::qWait(timeoutMs + 500); // the store's own timer has fired by now: still one answer
        QCOMPARE(got->calls, 1);

        auto written = write(store, id, secret, timeoutMs + 2000);
        QVERIFY2(acceptable.contains(written->status.code()), qPrintable(written->status.message()));
        auto readBack = read(store, id, timeoutMs + 2000);
        QVERIFY2(acceptable.contains(readBack->status.code()), qPrintable(readBack->status.message()));
        QVERIFY(readBack->secret.isEmpty());
        auto removed = remove(store, id, timeoutMs + 2000);
        QVERIFY2(acceptable.contains(removed->status.code()), qPrintable(removed->status.message()));

        // No plaintext fallback: the secret is in no file under this process's HOME.
        const QList<QByteArray> forms = {
            secret.toUtf8(), secret.toUtf8().toBase64(), secret.toUtf8().toHex(),
            QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * qsizetype(sizeof(char16_t)))};
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            for (const QByteArray &form : forms)
                QVERIFY2(!bytes.contains(form), qPrintable(QStringLiteral("secret stored in ") + path));
        }
    }
};

QTEST_GUILESS_MAIN(TestKeyStore)
#include "tst_keystore.moc"
