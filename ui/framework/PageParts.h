#pragma once

#include <functional>

class QLabel;
class QLineEdit;
class QWidget;

namespace Custodian::Ui {

// The parts every section page starts with, made one way.
namespace PageParts {

// The page's heading, as an editor's (createHeading): bold, larger, wrapping rather than widening.
QLabel *title(QWidget *page);

// The list's search field: a clear button, Ctrl+F (Find) on the page focuses and selects it, and
// Escape clears it while it holds text (an empty field lets Escape through, to a dialog).
QLineEdit *searchField(QWidget *page);

// Calls `tick` each minute while `page` is visible: clocks that count down on screen (the 72 hours
// of a breach). The timer belongs to the page.
void everyMinuteWhileShown(QWidget *page, const std::function<void()> &tick);

} // namespace PageParts

} // namespace Custodian::Ui
