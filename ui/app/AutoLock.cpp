#include "app/AutoLock.h"

#include "app/ScreenLockWatcher.h"

#include <QCoreApplication>
#include <QEvent>
#include <QSettings>

namespace Custodian::Ui {

namespace {

const QString idleKey = QStringLiteral("security/autoLockMinutes");
const QString screenKey = QStringLiteral("security/lockWithScreen");

} // namespace

QList<int> AutoLock::idleChoices()
{
    return {1, 5, 10, 15, 30, 60, 0};
}

AutoLock::AutoLock(QObject *parent) : QObject(parent), m_screenLock(new ScreenLockWatcher(this))
{
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        if (m_active && m_suspended == 0)
            emit lockRequested(Reason::Idle);
    });
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
    connect(m_screenLock, &ScreenLockWatcher::screenLocked, this, [this] { onScreenLockChanged(true); });
    connect(m_screenLock, &ScreenLockWatcher::screenUnlocked, this, [this] { onScreenLockChanged(false); });
}

AutoLock::~AutoLock()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

int AutoLock::idleMinutes()
{
    bool ok = false;
    const int minutes = QSettings().value(idleKey, defaultIdleMinutes).toInt(&ok);
    return ok && minutes >= 0 ? minutes : defaultIdleMinutes;
}

void AutoLock::setIdleMinutes(int minutes)
{
    QSettings().setValue(idleKey, qMax(0, minutes));
}

bool AutoLock::locksWithScreen()
{
    return QSettings().value(screenKey, true).toBool();
}

void AutoLock::setLocksWithScreen(bool enabled)
{
    QSettings().setValue(screenKey, enabled);
}

bool AutoLock::watchesScreenLock() const
{
    return m_screenLock->isWatching();
}

void AutoLock::setActive(bool active)
{
    // Called on every change of the window's actions: only a change of state restarts the clock,
    // so that updates nobody made by hand never postpone the lock.
    if (active == m_active)
        return;
    m_active = active;
    restart();
}

void AutoLock::reloadSettings()
{
    restart();
}

void AutoLock::setIdleIntervalForTesting(int milliseconds)
{
    m_testInterval = milliseconds;
    restart();
}

AutoLock::Suspend::Suspend(AutoLock &autoLock) : m_autoLock(autoLock)
{
    if (m_autoLock.m_suspended++ == 0)
        m_autoLock.m_idle.stop();
}

AutoLock::Suspend::~Suspend()
{
    if (--m_autoLock.m_suspended == 0)
        m_autoLock.resume();
}

void AutoLock::resume()
{
    restart();
    if (!m_screenLockedMeanwhile)
        return;
    m_screenLockedMeanwhile = false;
    // Not from inside the operation that just ended: once it has returned.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_active && m_suspended == 0 && locksWithScreen())
                emit lockRequested(Reason::ScreenLocked);
        },
        Qt::QueuedConnection);
}

void AutoLock::restart()
{
    const int interval = m_testInterval >= 0 ? m_testInterval : idleMinutes() * 60 * 1000;
    if (!m_active || interval <= 0 || m_suspended > 0) {
        m_idle.stop();
        return;
    }
    m_idle.start(interval);
}

bool AutoLock::eventFilter(QObject *watched, QEvent *event)
{
    // Any input to the application counts as use; the clock starts again.
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_active && m_idle.isActive())
            m_idle.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void AutoLock::onScreenLockChanged(bool locked)
{
    if (m_suspended > 0) {
        m_screenLockedMeanwhile = locked;
        return;
    }
    if (locked && m_active && locksWithScreen())
        emit lockRequested(Reason::ScreenLocked);
}

} // namespace Custodian::Ui
