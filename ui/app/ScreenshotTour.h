#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

#include "Status.h"

namespace Custodian::Ui {

class LanguageManager;

// `custodian --tour DIR [--lang nl|en] [--size WxH]`: opens a fresh copy of the demo register and
// writes one PNG per screen into DIR: the start page, the create dialog, the dashboard, each
// section with its first item open and every page of that item's editor, the history of an
// activity, and the lock screen, as ScreenWalk walks them (the layout test walks the same). The
// AppStream screenshots come from it (make screenshots); a person reviewing the UI looks at every
// screen in both languages without clicking through.
class ScreenshotTour
{
public:
    // The language must be set on language before; files are "NN-screen.png" in the order shown.
    static Status run(const QString &dir, QSize size, LanguageManager *language, QStringList *written);
    // "1024x700" → 1024×700; an invalid size for text that is not W×H of at least 640×480.
    static QSize parseSize(const QString &text);
};

} // namespace Custodian::Ui
