#include "app/BackupSettings.h"

#include "exchange/Backups.h"

#include <QSettings>

#include <algorithm>

namespace Custodian::Ui {

namespace {

const QString enabledKey = QStringLiteral("backups/enabled");
const QString folderKey = QStringLiteral("backups/folder");
const QString keepKey = QStringLiteral("backups/keep");

} // namespace

BackupSettings BackupSettings::load()
{
    QSettings settings;
    BackupSettings result;
    result.enabled = settings.value(enabledKey, true).toBool();
    result.folder = settings.value(folderKey).toString();
    result.keep = std::clamp(settings.value(keepKey, Exchange::Backups::defaultKeep).toInt(), 1, 100);
    return result;
}

void BackupSettings::save() const
{
    QSettings settings;
    settings.setValue(enabledKey, enabled);
    settings.setValue(folderKey, folder);
    settings.setValue(keepKey, keep);
}

QString BackupSettings::folderFor(const QString &registerPath) const
{
    return folder.isEmpty() ? Exchange::Backups::defaultFolder(registerPath) : folder;
}

} // namespace Custodian::Ui
