// Platforms that tell programs nothing of the screen lock (ScreenLockWatcher.h): never watching.
#include "app/ScreenLockWatcher.h"

namespace Custodian::Ui {

struct ScreenLockWatcher::Platform
{};

ScreenLockWatcher::ScreenLockWatcher(QObject *parent) : QObject(parent), m_platform(std::make_unique<Platform>()) {}

ScreenLockWatcher::~ScreenLockWatcher() = default;

bool ScreenLockWatcher::isWatching() const
{
    return false;
}

} // namespace Custodian::Ui
