#pragma once

#include <QObject>

#include <memory>

namespace Custodian::Ui {

// Tells when the desktop's screen locks and unlocks, where the platform says so. One source file
// per platform, chosen in ui/CMakeLists.txt:
// - Linux and other desktops with D-Bus (ScreenLockWatcher_dbus.cpp): the session's ScreenSaver
//   service (freedesktop, GNOME) on the session bus; and logind on the system bus, for this login
//   session: its Lock and Unlock signals (loginctl lock-session, which KDE and the lockers of many
//   desktops act on) and its LockedHint, which screen lockers set.
// - Windows (ScreenLockWatcher_win.cpp): the session's lock and unlock notifications
//   (WTSRegisterSessionNotification), to a hidden window of its own.
// - macOS (ScreenLockWatcher_mac.mm): the distributed notifications com.apple.screenIsLocked and
//   com.apple.screenIsUnlocked.
// - Elsewhere (ScreenLockWatcher_none.cpp): nothing; isWatching() is false.
// A lock can be told more than once (on Linux by two sources): the receiver ignores the repeats.
class ScreenLockWatcher : public QObject
{
    Q_OBJECT
public:
    explicit ScreenLockWatcher(QObject *parent = nullptr);
    ~ScreenLockWatcher() override;
    Q_DISABLE_COPY_MOVE(ScreenLockWatcher)

    // Whether the platform tells this program when the screen locks. On Linux logind names this
    // program's login session a moment after the start; from then on that counts too.
    bool isWatching() const;

signals:
    void screenLocked();
    void screenUnlocked();

private:
    struct Platform;
    std::unique_ptr<Platform> m_platform;
};

} // namespace Custodian::Ui
