#include "RetentionCatalogue.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Custodian::Domain {

namespace {

// A text in the language asked for: an object {"en": ..., "nl": ...} or a plain string (a citation,
// the same in every language).
QString text(const QJsonValue &value, const QString &language)
{
    if (value.isString())
        return value.toString();
    const QJsonObject texts = value.toObject();
    const QString chosen = texts.value(language).toString();
    return chosen.isEmpty() ? texts.value(QStringLiteral("en")).toString() : chosen;
}

} // namespace

QList<RetentionCatalogue::Correction> RetentionCatalogue::correctionsFor(const RetentionRule &rule,
                                                                         const QString &language)
{
    if (rule.seedKey.isEmpty())
        return {};
    // The embedded catalogue does not change while the program runs: its entries by key, read once.
    static const QHash<QString, QJsonObject> entries = [] {
        QHash<QString, QJsonObject> byKey;
        QFile file(QStringLiteral(":/catalogues/retention-nl.json"));
        if (file.open(QIODevice::ReadOnly)) {
            const QJsonArray list =
                QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("entries")).toArray();
            for (const QJsonValue &value : list)
                byKey.insert(value.toObject().value(QStringLiteral("key")).toString(), value.toObject());
        }
        return byKey;
    }();
    const QJsonObject entry = entries.value(rule.seedKey);
    const QJsonObject corrected = entry.value(QStringLiteral("corrected")).toObject();
    QList<Correction> result;
    const QList<QPair<const char *, const QString *>> fields = {
        {"name", &rule.name}, {"trigger", &rule.trigger}, {"legalSource", &rule.legalSource}};
    for (const auto &[field, value] : fields) {
        const QJsonValue wrong = corrected.value(QLatin1String(field));
        if (wrong.isUndefined())
            continue;
        const QString held = value->trimmed();
        bool stillWrong = false;
        if (wrong.isString())
            stillWrong = held == wrong.toString();
        for (const QJsonValue &text : wrong.toObject())
            stillWrong = stillWrong || held == text.toString();
        if (stillWrong)
            result.append({QLatin1String(field), text(entry.value(QLatin1String(field)), language)});
    }
    return result;
}

QString RetentionCatalogue::uiLanguage()
{
    //: The code of the language of this translation: nl for Dutch. Used to choose the language of
    //: data files such as the retention catalogue.
    return tr("en");
}

Status RetentionCatalogue::load(const QString &language, QList<RetentionRule> *rules, const QString &path)
{
    rules->clear();
    const QString unreadable = tr("The retention catalogue could not be read.");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::error(Status::Code::IoError, unreadable, file.errorString());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (document.isNull())
        return Status::error(Status::Code::InvalidInput, unreadable, error.errorString());
    const QJsonObject root = document.object();
    const QString verifyNote = text(root.value(QStringLiteral("verifyNote")), language);
    for (const QJsonValue &value : root.value(QStringLiteral("entries")).toArray()) {
        const QJsonObject entry = value.toObject();
        RetentionRule rule;
        rule.seedKey = entry.value(QStringLiteral("key")).toString();
        rule.name = text(entry.value(QStringLiteral("name")), language);
        rule.periodCount = entry.value(QStringLiteral("periodCount")).toInt();
        rule.periodUnit = entry.value(QStringLiteral("periodUnit")).toString();
        rule.periodKind = entry.value(QStringLiteral("periodKind")).toString();
        rule.trigger = text(entry.value(QStringLiteral("trigger")), language);
        rule.basisType = entry.value(QStringLiteral("basisType")).toString();
        rule.legalSource = text(entry.value(QStringLiteral("legalSource")), language);
        // The source comes from secondary literature: marked "(verify)" in the notes.
        rule.notes = text(entry.value(QStringLiteral("notes")), language);
        if (entry.value(QStringLiteral("verify")).toBool())
            rule.notes = (rule.notes.isEmpty() ? QString() : rule.notes + QLatin1Char(' ')) +
                         QStringLiteral("(verify) ") + verifyNote;
        if (rule.seedKey.isEmpty() || rule.name.isEmpty() || hasErrors(rule.validate()))
            return Status::error(Status::Code::InvalidInput, unreadable,
                                 QStringLiteral("entry %1 is incomplete").arg(rules->size() + 1));
        rules->append(rule);
    }
    return Status::ok();
}

} // namespace Custodian::Domain
