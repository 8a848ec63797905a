#pragma once

#include <functional>

class QWidget;

namespace Custodian::Ui::LanguageChange {

// Calls retranslate now and whenever the UI language changes, for as long as widget lives: the
// widget needs no changeEvent() of its own for its texts.
void follow(QWidget *widget, std::function<void()> retranslate);

} // namespace Custodian::Ui::LanguageChange
