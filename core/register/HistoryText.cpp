#include "register/HistoryText.h"

#include "DocumentLanguage.h"

#include "letters/LetterCatalogue.h"

#include "domain/Countries.h"

#include "domain/Codes.h"
#include "domain/IsoTime.h"

#include <QJsonArray>
#include <QLocale>

namespace Custodian::Register {

using Domain::ChildFields;
using Domain::ChildKind;
using Domain::EntityKind;
using Domain::FieldInfo;
using Domain::FieldType;

namespace {

const QString None = QStringLiteral("—");

bool isEmptyValue(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined() || (value.isString() && value.toString().trimmed().isEmpty()) ||
           (value.isArray() && value.toArray().isEmpty());
}

QString shortened(const QString &text, int limit = 160)
{
    const QString simple = text.simplified();
    return simple.size() > limit ? simple.left(limit - 1) + QChar(0x2026) : simple;
}

QString quoted(const QString &text)
{
    return QStringLiteral("“%1”").arg(text);
}

// A value the field tables do not describe: text as it is, lists and rows by their values.
QString plainValue(const QJsonValue &value)
{
    if (isEmptyValue(value))
        return None;
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? HistoryText::tr("yes") : HistoryText::tr("no");
    case QJsonValue::Double:
        return DocumentLanguage::currentLocale().toString(value.toDouble());
    case QJsonValue::String: {
        // A day (the register settings' extra days off) reads as the locale writes it.
        const QString text = value.toString();
        const QDate day = text.size() == 10 ? QDate::fromString(text, Qt::ISODate) : QDate();
        return day.isValid() ? DocumentLanguage::currentLocale().toString(day, QLocale::ShortFormat) : shortened(text);
    }
    case QJsonValue::Array: {
        QStringList texts;
        for (const QJsonValue &element : value.toArray())
            texts << plainValue(element);
        return texts.join(QStringLiteral(", "));
    }
    case QJsonValue::Object: {
        QStringList texts;
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!isEmptyValue(it.value()))
                texts << plainValue(it.value());
        }
        return texts.join(QLatin1Char(' '));
    }
    default:
        return None;
    }
}

// Labels of the register settings, which have no field table (RegisterSettingsService writes them).
const char *settingsLabel(const QString &key)
{
    if (key == QLatin1String("holidayCalendar"))
        return QT_TRANSLATE_NOOP("Custodian::Register::HistoryText", "Holiday calendar");
    if (key == QLatin1String("internalMarginWorkingDays"))
        return QT_TRANSLATE_NOOP("Custodian::Register::HistoryText", "Internal margin (working days)");
    if (key == QLatin1String("extraHolidays"))
        return QT_TRANSLATE_NOOP("Custodian::Register::HistoryText", "Extra days off");
    if (key == QLatin1String("letterTemplate"))
        return QT_TRANSLATE_NOOP("Custodian::Register::HistoryText", "Own letter template");
    return nullptr;
}

QString fieldsText(const char *label)
{
    return QCoreApplication::translate("Custodian::Fields", label);
}

} // namespace

HistoryText::HistoryText(NameOf nameOf) : m_nameOf(std::move(nameOf)) {}

QString HistoryText::label(EntityKind kind, const QString &key)
{
    if (const Domain::EntityFields *fields = Domain::entityFields(kind)) {
        if (const FieldInfo *field = fields->field(key); field && field->label)
            return fieldsText(field->label);
        if (const ChildFields *child = fields->child(key); child && child->child->label)
            return fieldsText(child->child->label);
    }
    if (kind == EntityKind::RegisterSettings) {
        if (const char *text = settingsLabel(key))
            return tr(text);
    }
    return key;
}

QStringList HistoryText::describe(EntityKind kind, const QJsonObject &changes) const
{
    QStringList keys;
    if (const Domain::EntityFields *fields = Domain::entityFields(kind)) {
        for (const FieldInfo *field : fields->fields) {
            if (changes.contains(field->keyName()))
                keys << field->keyName();
        }
        for (const ChildFields &child : fields->children) {
            if (changes.contains(QLatin1String(child.child->key)))
                keys << QLatin1String(child.child->key);
        }
    }
    QStringList rest = changes.keys();
    // A deletion records the item's identity and timestamps too: bookkeeping, not changes.
    static const QStringList bookkeeping = {QStringLiteral("uuid"), QStringLiteral("createdAt"),
                                            QStringLiteral("updatedAt")};
    rest.removeIf([&keys](const QString &key) { return keys.contains(key) || bookkeeping.contains(key); });
    keys += rest; // QJsonObject keeps its keys sorted

    QStringList lines;
    for (const QString &key : std::as_const(keys)) {
        const QString text = line(kind, key, changes.value(key).toObject());
        if (!text.isEmpty())
            lines << text;
    }
    return lines;
}

QString HistoryText::line(EntityKind kind, const QString &key, const QJsonObject &change) const
{
    const QString name = label(kind, key);
    if (change.value(QStringLiteral("erased")).toBool())
        return tr("%1: erased (personal data of a data subject)").arg(name);
    if (change.value(QStringLiteral("unreadable")).toBool())
        return tr("%1: cannot be read (changed outside Custodian)").arg(name);
    if (change.value(QStringLiteral("withheld")).toBool())
        return tr("%1: changed (personal data of a data subject, not shown here)").arg(name);
    const QJsonValue before = change.value(QStringLiteral("old"));
    const QJsonValue after = change.value(QStringLiteral("new"));
    // A letter of a case: written, changed or deleted, named by its kind (LetterService).
    if (key == QLatin1String("letter")) {
        const QString kind = after.isString() ? after.toString() : before.toString();
        const QString title = Letters::LetterCatalogue::title(kind);
        if (before.isString() && after.isString())
            return tr("Letter changed: %1").arg(title);
        return after.isString() ? tr("Letter written: %1").arg(title) : tr("Letter deleted: %1").arg(title);
    }
    if (const Domain::EntityFields *fields = Domain::entityFields(kind)) {
        if (const FieldInfo *field = fields->field(key))
            return tr("%1: %2 → %3").arg(name, value(*field, before), value(*field, after));
        if (const ChildFields *child = fields->child(key)) {
            const QString text = childLine(*child, before, after);
            return text.isEmpty() ? QString() : tr("%1: %2").arg(name, text);
        }
    }
    return tr("%1: %2 → %3").arg(name, plainValue(before), plainValue(after));
}

QString HistoryText::linkName(EntityKind kind, const QString &uuid) const
{
    const QString name = m_nameOf ? m_nameOf(kind, uuid) : QString();
    return name.isEmpty() ? tr("a deleted item") : quoted(name);
}

QString HistoryText::value(const FieldInfo &field, const QJsonValue &value) const
{
    if (isEmptyValue(value))
        return field.type == FieldType::Bool ? tr("no") : None;
    const QLocale locale = DocumentLanguage::currentLocale();
    switch (field.type) {
    case FieldType::Text:
        // A country is named in the language of the text, with its code ("Ierland (IE)").
        if (value.isString() && field.keyName() == QLatin1String("country") &&
            Domain::Countries::find(value.toString().trimmed()))
            return tr("%1 (%2)").arg(Domain::Countries::name(value.toString().trimmed()),
                                     value.toString().trimmed().toUpper());
        return value.isString() ? value.toString().trimmed() : plainValue(value);
    case FieldType::LongText:
        return shortened(value.toString());
    case FieldType::Bool:
        return value.toBool() || value.toInt() != 0 ? tr("yes") : tr("no");
    case FieldType::Int:
    case FieldType::BigInt:
        return locale.toString(qint64(value.toDouble()));
    case FieldType::Date: {
        const QDate day = QDate::fromString(value.toString(), Qt::ISODate);
        return day.isValid() ? locale.toString(day, QLocale::ShortFormat) : value.toString();
    }
    case FieldType::Moment: {
        const QDateTime moment = Domain::IsoTime::parseMoment(value.toString());
        return moment.isValid() ? locale.toString(moment.toLocalTime(), QLocale::ShortFormat) : value.toString();
    }
    case FieldType::Code: {
        const QString code = value.toString();
        const QString text = field.codes ? Domain::Codes::label(*field.codes, code) : QString();
        return text.isEmpty() ? code : text;
    }
    case FieldType::Link:
        return linkName(field.target, value.toString());
    }
    return plainValue(value);
}

QString HistoryText::listItem(const Domain::ChildInfo &child, const QString &value) const
{
    if (child.kind == ChildKind::Links)
        return linkName(child.target, value);
    if (child.codes) {
        const QString text = Domain::Codes::label(*child.codes, value);
        return text.isEmpty() ? value : text;
    }
    return quoted(value);
}

QString HistoryText::rowName(const ChildFields &child, const QJsonObject &row, int position) const
{
    for (const FieldInfo *field : child.rowFields) {
        if (!field->label ||
            (field->type != FieldType::Text && field->type != FieldType::Code && field->type != FieldType::Link))
            continue;
        const QJsonValue cell = row.value(field->keyName());
        if (!isEmptyValue(cell)) {
            const QString text = value(*field, cell);
            return field->type == FieldType::Link ? text : quoted(text);
        }
    }
    return tr("row %1").arg(position + 1);
}

QString HistoryText::childLine(const ChildFields &child, const QJsonValue &before, const QJsonValue &after) const
{
    const QJsonArray oldArray = before.toArray();
    const QJsonArray newArray = after.toArray();
    QStringList parts;
    if (child.child->kind != ChildKind::Rows) {
        QStringList oldValues;
        QStringList newValues;
        for (const QJsonValue &element : oldArray)
            oldValues << element.toString();
        for (const QJsonValue &element : newArray)
            newValues << element.toString();
        QStringList added;
        QStringList removed;
        for (const QString &item : std::as_const(newValues)) {
            if (!oldValues.contains(item))
                added << listItem(*child.child, item);
        }
        for (const QString &item : std::as_const(oldValues)) {
            if (!newValues.contains(item))
                removed << listItem(*child.child, item);
        }
        if (!added.isEmpty())
            parts << tr("added %1").arg(added.join(QStringLiteral(", ")));
        if (!removed.isEmpty())
            parts << tr("removed %1").arg(removed.join(QStringLiteral(", ")));
        if (parts.isEmpty() && oldValues != newValues)
            parts << tr("order changed");
        return parts.join(QStringLiteral("; "));
    }

    // Rows: matched by their uuid where they have one, by position otherwise.
    auto keyOf = [](const QJsonObject &row, int position) {
        const QString uuid = row.value(QStringLiteral("uuid")).toString();
        return uuid.isEmpty() ? QStringLiteral("#%1").arg(position) : uuid;
    };
    QHash<QString, int> oldIndex;
    for (int i = 0; i < oldArray.size(); ++i)
        oldIndex.insert(keyOf(oldArray.at(i).toObject(), i), i);
    QSet<QString> seen;
    for (int i = 0; i < newArray.size(); ++i) {
        const QJsonObject row = newArray.at(i).toObject();
        const QString key = keyOf(row, i);
        seen.insert(key);
        const auto found = oldIndex.constFind(key);
        if (found == oldIndex.cend()) {
            parts << tr("%1 added").arg(rowName(child, row, i));
            continue;
        }
        const QJsonObject previous = oldArray.at(found.value()).toObject();
        QStringList fieldChanges;
        for (const FieldInfo *field : child.rowFields) {
            if (!field->label)
                continue;
            const QJsonValue a = previous.value(field->keyName());
            const QJsonValue b = row.value(field->keyName());
            if (a == b || (isEmptyValue(a) && isEmptyValue(b)))
                continue;
            fieldChanges << tr("%1: %2 → %3").arg(fieldsText(field->label), value(*field, a), value(*field, b));
        }
        if (!fieldChanges.isEmpty())
            parts << tr("%1 changed (%2)").arg(rowName(child, row, i), fieldChanges.join(QStringLiteral("; ")));
    }
    for (int i = 0; i < oldArray.size(); ++i) {
        const QJsonObject row = oldArray.at(i).toObject();
        if (!seen.contains(keyOf(row, i)))
            parts << tr("%1 removed").arg(rowName(child, row, i));
    }
    if (parts.isEmpty() && oldArray != newArray)
        parts << tr("order changed");
    return parts.join(QStringLiteral("; "));
}

} // namespace Custodian::Register
