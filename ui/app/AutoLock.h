#pragma once

#include <QObject>
#include <QTimer>

namespace Custodian::Ui {

class ScreenLockWatcher;

// When the window locks by itself: after an idle time without keyboard or mouse input in the
// application, and when the desktop's screen locks, where the platform says so (ScreenLockWatcher:
// on Linux the session's ScreenSaver service and logind over D-Bus, on Windows the session's lock
// notification, on macOS the system's screen-locked notification). Both are settings of this
// computer, not of the register (DECISIONS.md: locking).
class AutoLock : public QObject
{
    Q_OBJECT
public:
    enum class Reason
    {
        Idle,
        ScreenLocked
    };

    // Holds the auto-lock off while it lives: a long operation on the open register (the rekey of a
    // passphrase change) must not be cut off by a lock. The idle clock stands still meanwhile and
    // starts again, from the full idle time, when the last one ends; a screen lock that came
    // meanwhile locks then. They nest.
    class Suspend
    {
    public:
        explicit Suspend(AutoLock &autoLock);
        ~Suspend();
        Q_DISABLE_COPY_MOVE(Suspend)

    private:
        AutoLock &m_autoLock;
    };

    static constexpr int defaultIdleMinutes = 10;
    // The choices the Settings menu offers; 0 means never.
    static QList<int> idleChoices();

    explicit AutoLock(QObject *parent = nullptr);
    ~AutoLock() override;

    // Minutes without input before the window locks; 0: never. Kept in the computer's settings.
    static int idleMinutes();
    static void setIdleMinutes(int minutes);
    static bool locksWithScreen();
    static void setLocksWithScreen(bool enabled);

    // Watching starts while a register is open and unlocked; stopped otherwise.
    void setActive(bool active);
    bool isActive() const { return m_active; }
    // Whether a Suspend holds it off now.
    bool isSuspended() const { return m_suspended > 0; }
    // The settings changed: restarts the idle clock.
    void reloadSettings();
    // For tests: the idle time in milliseconds, instead of the setting's minutes.
    void setIdleIntervalForTesting(int milliseconds);
    // Whether the platform tells this program when the screen locks.
    bool watchesScreenLock() const;

signals:
    void lockRequested(Custodian::Ui::AutoLock::Reason reason);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The desktop's screen locked or unlocked.
    void onScreenLockChanged(bool locked);
    void restart();
    void resume();

    QTimer m_idle;
    ScreenLockWatcher *m_screenLock = nullptr;
    int m_testInterval = -1;
    int m_suspended = 0;
    bool m_active = false;
    bool m_screenLockedMeanwhile = false; // the screen locked while suspended
};

} // namespace Custodian::Ui
