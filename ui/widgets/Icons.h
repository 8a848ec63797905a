#pragma once

#include <QIcon>
#include <QString>

#include <initializer_list>
#include <utility>

class QAction;
class QWidget;

namespace Custodian::Ui {

// The icons of the navigation and the main actions, asked for by meaning. Each comes from the
// desktop's icon theme by its freedesktop name, else from the PNGs bundled under :/icons/actions
// and :/icons/sections (16, 24, 32 and 48 px, tools/render-icons.sh). Icons go next to the text,
// never in its place.
namespace Icons {

enum class Action
{
    NewItem,     // a new item in the section on screen
    NewRegister, // a new register file
    Open,        // open a register
    Save,
    Revert,  // drop unsaved changes
    Retire,  // retire or terminate an item (it stays in the history)
    History, // who changed an item, and when
    Lock     // lock the register
};

// The freedesktop icon name for an action or a navigation section ("" for an unknown code).
QString actionName(Action action);
QString sectionName(const QString &code);

QIcon action(Action action);
// A navigation section by its code ("dashboard", "activity", …); a null icon for an unknown code.
QIcon section(const QString &code);

// The navigation's icon size: the style's small icons, the size of the buttons' icons.
QSize navigationIconSize(const QWidget *navigation);

// Sets each action's icon: Icons::apply({{m_saveAction, Icons::Action::Save}, …}).
void apply(std::initializer_list<std::pair<QAction *, Action>> actions);

} // namespace Icons

} // namespace Custodian::Ui
