#include "app/BackupMenu.h"

#include "app/BackupSettings.h"
#include "framework/LanguageChange.h"

#include <QAction>
#include <QActionGroup>
#include <QDir>
#include <QFileDialog>
#include <QFontMetrics>

namespace Custodian::Ui {

BackupMenu::BackupMenu(QWidget *parent) : QMenu(parent)
{
    setObjectName(QStringLiteral("backupMenu"));
    m_enabledAction = addAction(QString());
    m_enabledAction->setObjectName(QStringLiteral("backupOnCloseAction"));
    m_enabledAction->setCheckable(true);
    addSeparator();
    m_keepGroup = new QActionGroup(this);
    for (const int count : keepChoices()) {
        QAction *action = addAction(QString());
        action->setCheckable(true);
        action->setData(count);
        m_keepGroup->addAction(action);
    }
    addSeparator();
    m_besideAction = addAction(QString());
    m_besideAction->setCheckable(true);
    m_folderAction = addAction(QString(), this, &BackupMenu::chooseFolder);
    m_folderAction->setCheckable(true);
    auto *folderGroup = new QActionGroup(this);
    folderGroup->addAction(m_besideAction);
    folderGroup->addAction(m_folderAction);

    connect(m_enabledAction, &QAction::toggled, this, [](bool on) {
        BackupSettings settings = BackupSettings::load();
        settings.enabled = on;
        settings.save();
    });
    connect(m_keepGroup, &QActionGroup::triggered, this, [](QAction *action) {
        BackupSettings settings = BackupSettings::load();
        settings.keep = action->data().toInt();
        settings.save();
    });
    connect(m_besideAction, &QAction::triggered, this, [this] {
        BackupSettings settings = BackupSettings::load();
        settings.folder.clear();
        settings.save();
        showSettings();
    });
    connect(this, &QMenu::aboutToShow, this, &BackupMenu::showSettings);
    LanguageChange::follow(this, [this] { retranslateUi(); });
}

void BackupMenu::retranslateUi()
{
    setTitle(tr("Automatic &backups"));
    m_enabledAction->setText(tr("Keep a &backup each time a changed register is closed"));
    const QList<QAction *> actions = m_keepGroup->actions();
    for (QAction *action : actions)
        action->setText(tr("Keep the last %n backup(s)", nullptr, action->data().toInt()));
    m_besideAction->setText(tr("In a \"Custodian backups\" folder &beside the register"));
    showSettings();
}

void BackupMenu::showSettings()
{
    const BackupSettings settings = BackupSettings::load();
    m_enabledAction->setChecked(settings.enabled);
    const QList<QAction *> actions = m_keepGroup->actions();
    for (QAction *action : actions)
        action->setChecked(action->data().toInt() == settings.keep);
    m_besideAction->setChecked(settings.folder.isEmpty());
    m_folderAction->setChecked(!settings.folder.isEmpty());
    const QString folder = QFontMetrics(font()).elidedText(QDir::toNativeSeparators(settings.folder), Qt::ElideMiddle,
                                                           fontMetrics().averageCharWidth() * 40);
    m_folderAction->setText(settings.folder.isEmpty() ? tr("In a &folder of my choice…")
                                                      : tr("In the &folder %1…").arg(folder));
}

void BackupMenu::chooseFolder()
{
    BackupSettings settings = BackupSettings::load();
    const QString folder =
        QFileDialog::getExistingDirectory(parentWidget(), tr("Folder for automatic backups"),
                                          settings.folder.isEmpty() ? QDir::homePath() : settings.folder);
    if (!folder.isEmpty()) {
        settings.folder = folder;
        settings.save();
    }
    showSettings();
}

} // namespace Custodian::Ui
