#include "app/AutoLockMenu.h"

#include "app/AutoLock.h"
#include "framework/LanguageChange.h"

#include <QAction>
#include <QActionGroup>
#include <QEvent>

namespace Custodian::Ui {

AutoLockMenu::AutoLockMenu(AutoLock *autoLock, QWidget *parent) : QMenu(parent), m_autoLock(autoLock)
{
    setObjectName(QStringLiteral("autoLockMenu"));
    m_idleGroup = new QActionGroup(this);
    for (const int minutes : AutoLock::idleChoices()) {
        QAction *action = addAction(QString());
        action->setCheckable(true);
        action->setData(minutes);
        m_idleGroup->addAction(action);
    }
    addSeparator();
    m_withScreenAction = addAction(QString());
    m_withScreenAction->setCheckable(true);
    connect(m_idleGroup, &QActionGroup::triggered, this, [this](QAction *action) {
        AutoLock::setIdleMinutes(action->data().toInt());
        m_autoLock->reloadSettings();
    });
    connect(m_withScreenAction, &QAction::toggled, this, [](bool on) { AutoLock::setLocksWithScreen(on); });
    connect(this, &QMenu::aboutToShow, this, &AutoLockMenu::showSettings);
    LanguageChange::follow(this, [this] { retranslateUi(); });
}

void AutoLockMenu::retranslateUi()
{
    setTitle(tr("Lock &automatically"));
    const QList<QAction *> actions = m_idleGroup->actions();
    for (QAction *action : actions) {
        const int minutes = action->data().toInt();
        action->setText(minutes == 0 ? tr("&Never") : tr("After %n minute(s) without use", nullptr, minutes));
    }
    m_withScreenAction->setText(tr("When the &screen locks"));
    m_withScreenAction->setToolTip(
        m_autoLock->watchesScreenLock() ? QString() : tr("This desktop does not tell programs when its screen locks."));
    showSettings();
}

void AutoLockMenu::showSettings()
{
    const int chosen = AutoLock::idleMinutes();
    const QList<QAction *> actions = m_idleGroup->actions();
    for (QAction *action : actions)
        action->setChecked(action->data().toInt() == chosen);
    m_withScreenAction->setChecked(AutoLock::locksWithScreen());
    m_withScreenAction->setEnabled(m_autoLock->watchesScreenLock());
}

} // namespace Custodian::Ui
