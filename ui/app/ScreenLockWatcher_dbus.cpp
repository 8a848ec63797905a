// The screen lock on Linux and other desktops with D-Bus (ScreenLockWatcher.h): the session's
// ScreenSaver service on the session bus, and logind on the system bus.
#include "app/ScreenLockWatcher.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>

namespace Custodian::Ui {

namespace {

const QString login1Service = QStringLiteral("org.freedesktop.login1");
const QString login1Session = QStringLiteral("org.freedesktop.login1.Session");

} // namespace

// Receives the signals of both buses (QDBusConnection::connect takes a slot by its name) and passes
// them on as the watcher's.
class DBusScreenLockReceiver : public QObject
{
    Q_OBJECT
public:
    explicit DBusScreenLockReceiver(ScreenLockWatcher *watcher);

    bool isWatching() const { return m_screenSaver || !m_sessionPath.isEmpty(); }

private slots:
    // The screen saver became active (the screen locked) or inactive.
    void onScreenSaverActiveChanged(bool active);
    // logind asks the session's screen locker to lock or unlock (loginctl lock-session).
    void onSessionLock(const QDBusMessage &message);
    void onSessionUnlock(const QDBusMessage &message);
    // The session's LockedHint, which screen lockers set while the screen is locked.
    void onSessionPropertiesChanged(const QString &interface, const QVariantMap &changed,
                                    const QStringList &invalidated, const QDBusMessage &message);

private:
    // Asks logind for the object path of this program's login session: "auto", or else by the
    // process ID.
    void askForSession(bool byProcessId);
    bool isOwnSession(const QDBusMessage &message) const;

    ScreenLockWatcher *m_watcher;
    bool m_screenSaver = false;
    QString m_sessionPath; // empty until logind has answered
};

DBusScreenLockReceiver::DBusScreenLockReceiver(ScreenLockWatcher *watcher) : m_watcher(watcher)
{
    // Desktops announce the locked screen as their screen saver becoming active.
    QDBusConnection sessionBus = QDBusConnection::sessionBus();
    if (sessionBus.isConnected()) {
        const bool freedesktop = sessionBus.connect(
            QString(), QStringLiteral("/org/freedesktop/ScreenSaver"), QStringLiteral("org.freedesktop.ScreenSaver"),
            QStringLiteral("ActiveChanged"), this, SLOT(onScreenSaverActiveChanged(bool)));
        const bool gnome = sessionBus.connect(QString(), QStringLiteral("/org/gnome/ScreenSaver"),
                                              QStringLiteral("org.gnome.ScreenSaver"), QStringLiteral("ActiveChanged"),
                                              this, SLOT(onScreenSaverActiveChanged(bool)));
        m_screenSaver = freedesktop || gnome;
    }

    // logind sends a session's signals from that session's own object path only, never from the
    // ".../session/auto" alias (org.freedesktop.login1(5)), and the path is known only once logind
    // has answered. So the match takes every session's signals from the start, and the slots keep
    // those of this program's session: none is missed while the answer is on its way. Locks are rare.
    QDBusConnection systemBus = QDBusConnection::systemBus();
    if (!systemBus.isConnected())
        return;
    systemBus.connect(login1Service, QString(), login1Session, QStringLiteral("Lock"), this,
                      SLOT(onSessionLock(QDBusMessage)));
    systemBus.connect(login1Service, QString(), login1Session, QStringLiteral("Unlock"), this,
                      SLOT(onSessionUnlock(QDBusMessage)));
    systemBus.connect(login1Service, QString(), QStringLiteral("org.freedesktop.DBus.Properties"),
                      QStringLiteral("PropertiesChanged"), {login1Session}, QString(), this,
                      SLOT(onSessionPropertiesChanged(QString, QVariantMap, QStringList, QDBusMessage)));
    // "auto": the caller's own session, or else its user's display session (for a program that the
    // desktop started outside the login session, in a systemd user unit).
    askForSession(false);
}

void DBusScreenLockReceiver::askForSession(bool byProcessId)
{
    QDBusMessage call = QDBusMessage::createMethodCall(
        login1Service, QStringLiteral("/org/freedesktop/login1"), QStringLiteral("org.freedesktop.login1.Manager"),
        byProcessId ? QStringLiteral("GetSessionByPID") : QStringLiteral("GetSession"));
    if (byProcessId)
        call << quint32(QCoreApplication::applicationPid());
    else
        call << QStringLiteral("auto");
    auto *pending = new QDBusPendingCallWatcher(QDBusConnection::systemBus().asyncCall(call), this);
    connect(pending, &QDBusPendingCallWatcher::finished, this, [this, byProcessId](QDBusPendingCallWatcher *finished) {
        finished->deleteLater();
        const QDBusPendingReply<QDBusObjectPath> reply = *finished;
        if (!reply.isError())
            m_sessionPath = reply.value().path();
        else if (!byProcessId)
            askForSession(true); // an older logind does not know "auto": the session this process runs in
    });
}

bool DBusScreenLockReceiver::isOwnSession(const QDBusMessage &message) const
{
    return !m_sessionPath.isEmpty() && message.path() == m_sessionPath;
}

void DBusScreenLockReceiver::onScreenSaverActiveChanged(bool active)
{
    if (active)
        emit m_watcher->screenLocked();
    else
        emit m_watcher->screenUnlocked();
}

void DBusScreenLockReceiver::onSessionLock(const QDBusMessage &message)
{
    if (isOwnSession(message))
        emit m_watcher->screenLocked();
}

void DBusScreenLockReceiver::onSessionUnlock(const QDBusMessage &message)
{
    if (isOwnSession(message))
        emit m_watcher->screenUnlocked();
}

void DBusScreenLockReceiver::onSessionPropertiesChanged(const QString &interface, const QVariantMap &changed,
                                                        const QStringList & /*invalidated*/,
                                                        const QDBusMessage &message)
{
    const auto lockedHint = changed.constFind(QStringLiteral("LockedHint"));
    if (interface != login1Session || lockedHint == changed.constEnd() || !isOwnSession(message))
        return;
    if (lockedHint->toBool())
        emit m_watcher->screenLocked();
    else
        emit m_watcher->screenUnlocked();
}

struct ScreenLockWatcher::Platform
{
    explicit Platform(ScreenLockWatcher *watcher) : receiver(watcher) {}
    DBusScreenLockReceiver receiver;
};

ScreenLockWatcher::ScreenLockWatcher(QObject *parent) : QObject(parent), m_platform(std::make_unique<Platform>(this)) {}

ScreenLockWatcher::~ScreenLockWatcher() = default;

bool ScreenLockWatcher::isWatching() const
{
    return m_platform->receiver.isWatching();
}

} // namespace Custodian::Ui

#include "ScreenLockWatcher_dbus.moc"
