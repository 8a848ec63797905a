#include "app/RecentFiles.h"

#include <QFileInfo>
#include <QSettings>

namespace Custodian::Ui {

namespace {

QString canonical(const QString &path)
{
    const QFileInfo info(path);
    const QString resolved = info.canonicalFilePath();
    return resolved.isEmpty() ? info.absoluteFilePath() : resolved;
}

void save(const QList<RecentFiles::Entry> &entries)
{
    QSettings settings;
    settings.beginWriteArray(QStringLiteral("recentFiles"), int(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("path"), entries.at(i).path);
        settings.setValue(QStringLiteral("registerId"), entries.at(i).registerId);
        settings.setValue(QStringLiteral("remembered"), entries.at(i).remembered);
    }
    settings.endArray();
}

} // namespace

QList<RecentFiles::Entry> RecentFiles::entries()
{
    QList<Entry> result;
    QSettings settings;
    const int count = settings.beginReadArray(QStringLiteral("recentFiles"));
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        result.append({settings.value(QStringLiteral("path")).toString(),
                       settings.value(QStringLiteral("registerId")).toString(),
                       settings.value(QStringLiteral("remembered")).toBool()});
    }
    settings.endArray();
    return result;
}

RecentFiles::Entry RecentFiles::find(const QString &path)
{
    const QString wanted = canonical(path);
    const QList<Entry> all = entries();
    for (const Entry &entry : all) {
        if (canonical(entry.path) == wanted)
            return entry;
    }
    return {};
}

void RecentFiles::add(const Entry &entry)
{
    QList<Entry> all = entries();
    const QString wanted = canonical(entry.path);
    all.removeIf([&wanted](const Entry &existing) { return canonical(existing.path) == wanted; });
    Entry stored = entry;
    stored.path = wanted;
    all.prepend(stored);
    while (all.size() > maximum)
        all.removeLast();
    save(all);
}

void RecentFiles::remove(const QString &path)
{
    QList<Entry> all = entries();
    const QString wanted = canonical(path);
    all.removeIf([&wanted](const Entry &existing) { return canonical(existing.path) == wanted; });
    save(all);
}

} // namespace Custodian::Ui
