// The screen lock on macOS (ScreenLockWatcher.h): the system posts the distributed notifications
// com.apple.screenIsLocked and com.apple.screenIsUnlocked. Objective-C++, compiled with ARC
// (ui/CMakeLists.txt).
#include "app/ScreenLockWatcher.h"

#import <Foundation/Foundation.h>

#if !__has_feature(objc_arc)
#error "ScreenLockWatcher_mac.mm needs ARC (-fobjc-arc, set in ui/CMakeLists.txt)"
#endif

// Passes the notifications on to the watcher. Distributed notifications come on the main thread.
@interface CustodianScreenLockObserver : NSObject
- (instancetype)initWithWatcher:(Custodian::Ui::ScreenLockWatcher *)watcher;
- (void)screenLocked:(NSNotification *)notification;
- (void)screenUnlocked:(NSNotification *)notification;
@end

@implementation CustodianScreenLockObserver {
    Custodian::Ui::ScreenLockWatcher *m_watcher;
}

- (instancetype)initWithWatcher:(Custodian::Ui::ScreenLockWatcher *)watcher
{
    self = [super init];
    if (self)
        m_watcher = watcher;
    return self;
}

- (void)screenLocked:(NSNotification *)notification
{
    Q_UNUSED(notification);
    emit m_watcher->screenLocked();
}

- (void)screenUnlocked:(NSNotification *)notification
{
    Q_UNUSED(notification);
    emit m_watcher->screenUnlocked();
}

@end

namespace Custodian::Ui {

struct ScreenLockWatcher::Platform
{
    CustodianScreenLockObserver *observer = nil; // strong (ARC)
};

ScreenLockWatcher::ScreenLockWatcher(QObject *parent) : QObject(parent), m_platform(std::make_unique<Platform>())
{
    NSDistributedNotificationCenter *center = [NSDistributedNotificationCenter defaultCenter];
    m_platform->observer = [[CustodianScreenLockObserver alloc] initWithWatcher:this];
    // Delivered at once, also while another program is in front: AppKit suspends the distributed
    // notifications of an application that is not active, and with the default behaviour
    // (coalesce) the lock would arrive only when Custodian is brought to the front again.
    [center addObserver:m_platform->observer
                  selector:@selector(screenLocked:)
                      name:@"com.apple.screenIsLocked"
                    object:nil
        suspensionBehavior:NSNotificationSuspensionBehaviorDeliverImmediately];
    [center addObserver:m_platform->observer
                  selector:@selector(screenUnlocked:)
                      name:@"com.apple.screenIsUnlocked"
                    object:nil
        suspensionBehavior:NSNotificationSuspensionBehaviorDeliverImmediately];
}

ScreenLockWatcher::~ScreenLockWatcher()
{
    // Before the observer goes (with m_platform): no notification reaches a watcher that is gone.
    [[NSDistributedNotificationCenter defaultCenter] removeObserver:m_platform->observer];
}

bool ScreenLockWatcher::isWatching() const
{
    return m_platform->observer != nil;
}

} // namespace Custodian::Ui
