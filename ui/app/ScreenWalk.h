#pragma once

#include <QString>

#include <functional>

#include "Status.h"

class QWidget;

namespace Custodian::Ui {

class MainWindow;

// One walk through every screen a person meets: the start page, the create dialog, the demo
// register's dashboard, each section with its first item open and every page of that item's
// editor, the history of an activity, and the lock screen. The screenshot tour saves each screen as
// a PNG and the layout test (tests/ui/tst_layoutfit.cpp) looks for clipped controls on it, so every
// screen the tour shows is also checked, and a screen added here is added to both.
class ScreenWalk
{
public:
    // Called for each screen once it is shown and its pending layouts ran, with the screen's name
    // ("start-page", "activity", "activity-page2", ...) and the top-level widget that shows it: the
    // window, or a dialog over it. A failure ends the walk, and run() returns it.
    using Visit = std::function<Status(const QString &screen, QWidget *widget)>;

    // Walks the screens of window, which shows its start page at the size to look at: opens a
    // fresh copy of the demo register (auto-lock off, so a slow walk is not locked halfway) and
    // closes it again at the end.
    static Status run(MainWindow *window, const Visit &visit);
};

} // namespace Custodian::Ui
