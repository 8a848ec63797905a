// The screen lock on Windows (ScreenLockWatcher.h): Windows sends WM_WTSSESSION_CHANGE with
// WTS_SESSION_LOCK or WTS_SESSION_UNLOCK to the windows registered with
// WTSRegisterSessionNotification. The window is a hidden one of its own, never shown; the message
// reaches Qt's window procedure, which hands it to the application's native event filters first.
#include "app/ScreenLockWatcher.h"

#include <QAbstractNativeEventFilter>
#include <QByteArray>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QWindow>

#include <qt_windows.h>
// After windows.h, which it needs.
#include <wtsapi32.h>

namespace Custodian::Ui {

struct ScreenLockWatcher::Platform final : QAbstractNativeEventFilter
{
    explicit Platform(ScreenLockWatcher *watcher) : watcher(watcher) {}

    bool nativeEventFilter(const QByteArray &eventType, void *message, qintptr *result) override;

    ScreenLockWatcher *watcher;
    std::unique_ptr<QWindow> window;
    HWND hwnd = nullptr; // registered for the notifications
};

bool ScreenLockWatcher::Platform::nativeEventFilter(const QByteArray &eventType, void *message, qintptr * /*result*/)
{
    // "windows_generic_MSG": a message to a window of this program, as its window procedure got it.
    if (eventType != QByteArrayLiteral("windows_generic_MSG"))
        return false;
    const MSG *msg = static_cast<const MSG *>(message);
    if (hwnd == nullptr || msg->hwnd != hwnd || msg->message != WM_WTSSESSION_CHANGE)
        return false;
    // Not from inside the window procedure: once it has returned, as other events come.
    switch (msg->wParam) {
    case WTS_SESSION_LOCK:
        QMetaObject::invokeMethod(
            watcher, [target = watcher] { emit target->screenLocked(); }, Qt::QueuedConnection);
        break;
    case WTS_SESSION_UNLOCK:
        QMetaObject::invokeMethod(
            watcher, [target = watcher] { emit target->screenUnlocked(); }, Qt::QueuedConnection);
        break;
    default:
        break;
    }
    return false; // the message goes on to the window procedure as usual
}

ScreenLockWatcher::ScreenLockWatcher(QObject *parent) : QObject(parent), m_platform(std::make_unique<Platform>(this))
{
    // Only the "windows" platform plugin gives real window handles; not "offscreen" or "minimal".
    if (QGuiApplication::platformName() != QStringLiteral("windows"))
        return;
    auto window = std::make_unique<QWindow>();
    // winId() creates the native window, without showing it.
    const auto hwnd = reinterpret_cast<HWND>(window->winId());
    if (hwnd == nullptr || !WTSRegisterSessionNotification(hwnd, NOTIFY_FOR_THIS_SESSION))
        return;
    m_platform->window = std::move(window);
    m_platform->hwnd = hwnd;
    QCoreApplication::instance()->installNativeEventFilter(m_platform.get());
}

ScreenLockWatcher::~ScreenLockWatcher()
{
    if (m_platform->hwnd == nullptr)
        return;
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeNativeEventFilter(m_platform.get());
    // Before the window is destroyed (with m_platform), as the registration requires.
    WTSUnRegisterSessionNotification(m_platform->hwnd);
}

bool ScreenLockWatcher::isWatching() const
{
    return m_platform->hwnd != nullptr;
}

} // namespace Custodian::Ui
