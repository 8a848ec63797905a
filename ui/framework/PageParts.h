#pragma once

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

} // namespace PageParts

} // namespace Custodian::Ui
