#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>
#include <type_traits>
#include <variant>

#include "domain/Codes.h"
#include "domain/EntityKind.h"
#include "domain/Finding.h"
#include "domain/IsoTime.h"
#include "domain/JsonWriter.h"

namespace Custodian::Domain {

// Entities and their fields described as data, the way Codes describes the code lists. One table
// per entity (its Fields file) drives the SQL mapping, toJson()/fromJson(), the history's diff,
// and later list columns, forms, export and import. A new scalar field is one row here.

enum class FieldType
{
    Text,     // one line
    LongText, // several lines
    Bool,
    Int,
    BigInt,
    Date,   // calendar day, YYYY-MM-DD
    Moment, // UTC instant
    Code,   // a code of FieldInfo::codes
    Link,   // the uuid of another item (FieldInfo::target); stored as that item's row id
};

namespace FieldFlag {
enum : unsigned
{
    None = 0,
    NullWhenEmpty = 1 << 0, // stored as NULL when empty or 0 (UNIQUE or CHECK > 0 columns)
    Upper = 1 << 1,         // upper-cased on save (country codes)
    Personal = 1 << 2,      // holds a data subject's personal data (DECISIONS.md: the history)
    ReadOnly = 1 << 3,      // read with the item, never written by save()
};
}

// A value the record is expected to have (the completeness check): how serious its absence is and
// why, the reason as QT_TRANSLATE_NOOP("Custodian::Completeness", ...). A rule that looks at more
// than one field stays in code.
struct Expectation
{
    Finding::Severity severity = Finding::Severity::Warning;
    const char *reason = nullptr;

    // The finding for a field or list without a value, its reason translated.
    Finding finding(const char *key) const;
};

// What generic code needs to know of a field without its struct.
struct FieldInfo
{
    const char *key = "";    // "contactEmail": JSON key, Finding::field, widget name
    const char *column = ""; // "contact_email"
    FieldType type = FieldType::Text;
    std::optional<Codes::Kind> codes;
    EntityKind target = EntityKind::None; // Link: the kind the uuid names
    unsigned flags = FieldFlag::None;
    const char *label = nullptr;    // QT_TRANSLATE_NOOP("Custodian::Fields", ...)
    const char *hint = nullptr;     // QT_TRANSLATE_NOOP("Custodian::Fields", ...)
    const char *referrer = nullptr; // Link: how an item referring through this field is named
    std::optional<Expectation> expected;
    const char *group = nullptr;       // the part of the form the field is shown in ("systems")
    const char *placeholder = nullptr; // an example in the empty field, QT_TRANSLATE_NOOP("Custodian::Fields", ...)

    bool has(unsigned flag) const { return (flags & flag) != 0; }
    QString keyName() const { return QLatin1String(key); }
    QString columnName() const { return QLatin1String(column); }
};

template<class T> class Field : public FieldInfo
{
public:
    using Member = std::variant<QString T::*, bool T::*, int T::*, qint64 T::*, QDate T::*, QDateTime T::*>;

    Field(const char *key_, const char *column_, FieldType type_, Member member, const char *label_ = nullptr,
          unsigned flags_ = FieldFlag::None)
        : m_member(member)
    {
        key = key_;
        column = column_;
        type = type_;
        label = label_;
        flags = flags_;
    }
    // A copy with one member of the description set: the builders below.
    template<class M, class V> Field with(M FieldInfo::*member, V &&value) const
    {
        Field copy = *this;
        copy.*member = std::forward<V>(value);
        return copy;
    }
    Field withCodes(Codes::Kind kind) const { return with(&FieldInfo::codes, kind); }
    Field linkTo(EntityKind kind) const { return with(&FieldInfo::target, kind); }
    Field referredAs(const char *text) const { return with(&FieldInfo::referrer, text); }
    Field withHint(const char *text) const { return with(&FieldInfo::hint, text); }
    Field inGroup(const char *name) const { return with(&FieldInfo::group, name); }
    Field withPlaceholder(const char *text) const { return with(&FieldInfo::placeholder, text); }
    Field expect(Finding::Severity severity, const char *reason) const
    {
        return with(&FieldInfo::expected, Expectation{severity, reason});
    }

    // No value: text that is blank, a link or day that is not set.
    bool isBlank(const T &item) const
    {
        return std::visit(
            [&item](auto member) {
                using M = std::remove_cvref_t<decltype(item.*member)>;
                if constexpr (std::is_same_v<M, QString>)
                    return (item.*member).trimmed().isEmpty();
                else if constexpr (std::is_same_v<M, QDate> || std::is_same_v<M, QDateTime>)
                    return !(item.*member).isValid();
                else
                    return false;
            },
            m_member);
    }

    // The member as it is, for generic readers (a model's column, an export cell).
    QVariant value(const T &item) const
    {
        return std::visit([&item](auto member) { return QVariant::fromValue(item.*member); }, m_member);
    }

    // Sets the member from a value of its own type (QString, bool, int, qint64, QDate, QDateTime), as
    // a form reads it; other values are converted.
    void setValue(T &item, const QVariant &value) const
    {
        std::visit(
            [&item, &value](auto member) { item.*member = value.value<std::remove_cvref_t<decltype(item.*member)>>(); },
            m_member);
    }

    QJsonValue json(const T &item) const
    {
        return std::visit(
            [&item](auto member) -> QJsonValue {
                using M = std::remove_cvref_t<decltype(item.*member)>;
                if constexpr (std::is_same_v<M, QDate>)
                    return IsoTime::dayJson(item.*member);
                else if constexpr (std::is_same_v<M, QDateTime>)
                    return IsoTime::momentJson(item.*member);
                else
                    return QJsonValue(item.*member);
            },
            m_member);
    }

    // What json() gives, written as text.
    void writeJson(JsonWriter &writer, const T &item) const
    {
        std::visit(
            [&item, &writer](auto member) {
                using M = std::remove_cvref_t<decltype(item.*member)>;
                const M &v = item.*member;
                if constexpr (std::is_same_v<M, QString>)
                    writer.string(v);
                else if constexpr (std::is_same_v<M, bool>)
                    writer.boolean(v);
                else if constexpr (std::is_same_v<M, int> || std::is_same_v<M, qint64>)
                    writer.integer(v);
                else if constexpr (std::is_same_v<M, QDate>)
                    writer.day(v);
                else
                    writer.moment(v);
            },
            m_member);
    }

    // A JSON value reads like the column's value: a string for text, days and moments, a number or
    // a boolean for the others, null for nothing.
    void setJson(T &item, const QJsonValue &value) const { setSql(item, value.toVariant()); }

    // The value bound to the column. Text columns are NOT NULL ('' when empty); a Link binds its
    // uuid, which the storage layer maps to the row id.
    QVariant sql(const T &item) const
    {
        const bool nullWhenEmpty = has(FieldFlag::NullWhenEmpty);
        return std::visit(
            [&item, nullWhenEmpty](auto member) -> QVariant {
                using M = std::remove_cvref_t<decltype(item.*member)>;
                const M &v = item.*member;
                if constexpr (std::is_same_v<M, QString>)
                    return v.isEmpty() ? (nullWhenEmpty ? QVariant() : QVariant(QStringLiteral(""))) : QVariant(v);
                else if constexpr (std::is_same_v<M, bool>)
                    return QVariant(v ? 1 : 0);
                else if constexpr (std::is_same_v<M, int> || std::is_same_v<M, qint64>)
                    return (nullWhenEmpty && v == 0) ? QVariant() : QVariant(v);
                else if constexpr (std::is_same_v<M, QDate>)
                    return IsoTime::daySql(v);
                else
                    return v.isValid() ? QVariant(IsoTime::moment(v)) : QVariant();
            },
            m_member);
    }

    void setSql(T &item, const QVariant &value) const
    {
        std::visit(
            [&item, &value](auto member) {
                using M = std::remove_cvref_t<decltype(item.*member)>;
                if constexpr (std::is_same_v<M, QString>)
                    item.*member = value.toString();
                else if constexpr (std::is_same_v<M, bool>)
                    item.*member = value.toInt() != 0;
                else if constexpr (std::is_same_v<M, int>)
                    item.*member = value.isNull() ? 0 : value.toInt();
                else if constexpr (std::is_same_v<M, qint64>)
                    item.*member = value.isNull() ? 0 : value.toLongLong();
                else if constexpr (std::is_same_v<M, QDate>)
                    item.*member = IsoTime::daySql(value);
                else
                    item.*member = IsoTime::parseMoment(value.toString());
            },
            m_member);
    }

    // Trims text; upper-cases where flagged.
    void normalise(T &item) const
    {
        if (const auto *member = std::get_if<QString T::*>(&m_member)) {
            QString &v = item.**member;
            v = v.trimmed();
            if (has(FieldFlag::Upper))
                v = v.toUpper();
        }
    }

    // The text member, for the display field and sorting; nullptr for other types.
    const QString *text(const T &item) const
    {
        const auto *member = std::get_if<QString T::*>(&m_member);
        return member ? &(item.**member) : nullptr;
    }

private:
    Member m_member;
};

// A record's fields as a JSON object.
template<class C> QJsonObject rowJson(const QList<Field<C>> &fields, const C &row)
{
    QJsonObject object;
    for (const Field<C> &field : fields)
        object.insert(field.keyName(), field.json(row));
    return object;
}

// ---------------------------------------------------------------------------------------------
// Child tables: lists that belong to an item.

enum class ChildKind
{
    Values, // a list of text or codes, one row each
    Links,  // a set of links to other items (a link table)
    Rows,   // a list of small records (their own field table)
};

struct ChildInfo
{
    const char *key = "";         // JSON key and Finding::field: "dataCategories"
    const char *table = "";       // "activity_data_category"
    const char *ownerColumn = ""; // "activity_id"
    ChildKind kind = ChildKind::Values;
    const char *positionColumn = nullptr; // positioned lists keep the user's order
    QList<const char *> orderBy;          // unpositioned lists read in this order ("received_on", "id")
    const char *valueColumn = nullptr;    // Values: the text column; Links: the target's id column
    std::optional<Codes::Kind> codes;     // Values of a code list: each once, in Codes order
    EntityKind target = EntityKind::None; // Links
    unsigned flags = FieldFlag::None;     // ReadOnly: loaded, never written by save()
    const char *label = nullptr;
    std::optional<Expectation> expected; // the list should not be empty

    bool has(unsigned flag) const { return (flags & flag) != 0; }
};

// The operations on a list of records, without knowing the record's type.
template<class T> class RowOps
{
public:
    virtual ~RowOps() = default;
    virtual const QList<const FieldInfo *> &fields() const = 0;
    virtual void clear(T &item) const = 0;
    virtual qsizetype size(const T &item) const = 0;
    virtual QVariant sql(const T &item, qsizetype row, qsizetype field) const = 0;
    virtual void appendFromSql(T &item, const std::function<QVariant(qsizetype field)> &value) const = 0;
    virtual QJsonValue json(const T &item) const = 0;
    virtual void writeJson(JsonWriter &writer, const T &item) const = 0;
    virtual void setJson(T &item, const QJsonValue &value) const = 0;
    virtual void normalise(T &item) const = 0;
    // Each record's links (fields of type Link that are set) become what `map` makes of them.
    virtual void mapLinks(T &item, const std::function<QString(const QString &)> &map) const = 0;
};

template<class T, class C> class RowsOf final : public RowOps<T>
{
public:
    RowsOf(QList<C> T::*list, QList<Field<C>> fields) : m_list(list), m_fields(std::move(fields))
    {
        for (const Field<C> &field : m_fields)
            m_infos.append(&field);
    }
    const QList<const FieldInfo *> &fields() const override { return m_infos; }
    void clear(T &item) const override { (item.*m_list).clear(); }
    qsizetype size(const T &item) const override { return (item.*m_list).size(); }
    QVariant sql(const T &item, qsizetype row, qsizetype field) const override
    {
        return m_fields.at(field).sql((item.*m_list).at(row));
    }
    void appendFromSql(T &item, const std::function<QVariant(qsizetype field)> &value) const override
    {
        C &row = (item.*m_list).emplaceBack();
        for (qsizetype i = 0; i < m_fields.size(); ++i)
            m_fields.at(i).setSql(row, value(i));
    }
    QJsonValue json(const T &item) const override
    {
        QJsonArray array;
        for (const C &row : item.*m_list)
            array.append(rowJson(m_fields, row));
        return array;
    }
    void writeJson(JsonWriter &writer, const T &item) const override
    {
        writer.beginArray();
        for (const C &row : item.*m_list) {
            writer.beginObject();
            for (const Field<C> &field : m_fields) {
                writer.key(QLatin1StringView(field.key));
                field.writeJson(writer, row);
            }
            writer.endObject();
        }
        writer.endArray();
    }
    void setJson(T &item, const QJsonValue &value) const override
    {
        QList<C> &list = item.*m_list;
        list.clear();
        for (const QJsonValue &element : value.toArray()) {
            const QJsonObject object = element.toObject();
            C &row = list.emplaceBack();
            for (const Field<C> &field : m_fields) {
                if (object.contains(field.keyName()))
                    field.setJson(row, object.value(field.keyName()));
            }
        }
    }
    void normalise(T &item) const override
    {
        for (C &row : item.*m_list) {
            for (const Field<C> &field : m_fields)
                field.normalise(row);
        }
    }
    void mapLinks(T &item, const std::function<QString(const QString &)> &map) const override
    {
        for (C &row : item.*m_list) {
            for (const Field<C> &field : m_fields) {
                if (field.type != FieldType::Link)
                    continue;
                const QString uuid = field.value(row).toString();
                if (!uuid.isEmpty())
                    field.setValue(row, map(uuid));
            }
        }
    }

private:
    QList<C> T::*m_list;
    QList<Field<C>> m_fields;
    QList<const FieldInfo *> m_infos;
};

QStringList normalisedCodes(const QStringList &codes, Codes::Kind kind);
QStringList normalisedLinks(const QStringList &uuids);

template<class T> class Child : public ChildInfo
{
public:
    static Child values(const char *key, const char *table, const char *ownerColumn, const char *valueColumn,
                        QStringList T::*list, const char *label = nullptr)
    {
        Child child = make(ChildKind::Values, key, table, ownerColumn, label);
        child.valueColumn = valueColumn;
        child.m_list = list;
        return child;
    }
    static Child links(const char *key, const char *table, const char *ownerColumn, const char *targetColumn,
                       EntityKind target, QStringList T::*list, const char *label = nullptr)
    {
        Child child = values(key, table, ownerColumn, targetColumn, list, label);
        child.kind = ChildKind::Links;
        child.target = target;
        return child;
    }
    template<class C>
    static Child rows(const char *key, const char *table, const char *ownerColumn, QList<C> T::*list,
                      QList<Field<C>> fields, const char *label = nullptr)
    {
        Child child = make(ChildKind::Rows, key, table, ownerColumn, label);
        child.m_rows = std::make_shared<const RowsOf<T, C>>(list, std::move(fields));
        return child;
    }
    // A copy with one member of the description set: the builders below.
    template<class M, class V> Child with(M ChildInfo::*member, V &&value) const
    {
        Child copy = *this;
        copy.*member = std::forward<V>(value);
        return copy;
    }
    Child withCodes(Codes::Kind kind) const { return with(&ChildInfo::codes, kind); }
    Child positioned(const char *column = "position") const { return with(&ChildInfo::positionColumn, column); }
    Child orderedBy(QList<const char *> columns) const { return with(&ChildInfo::orderBy, std::move(columns)); }
    // The list's rows hold a data subject's personal data: sealed in the history as a whole.
    Child personal() const
    {
        Child copy = *this;
        copy.flags |= FieldFlag::Personal;
        return copy;
    }
    Child readOnly() const
    {
        Child copy = *this;
        copy.flags |= FieldFlag::ReadOnly;
        return copy;
    }
    Child expect(Finding::Severity severity, const char *reason) const
    {
        return with(&ChildInfo::expected, Expectation{severity, reason});
    }

    bool isEmpty(const T &item) const { return m_rows ? m_rows->size(item) == 0 : (item.*m_list).isEmpty(); }

    QStringList T::*list() const { return m_list; }
    const RowOps<T> *rowOps() const { return m_rows.get(); }

    void clear(T &item) const
    {
        if (m_rows)
            m_rows->clear(item);
        else
            (item.*m_list).clear();
    }

    QJsonValue json(const T &item) const
    {
        return m_rows ? m_rows->json(item) : QJsonValue(QJsonArray::fromStringList(item.*m_list));
    }

    void writeJson(JsonWriter &writer, const T &item) const
    {
        if (m_rows) {
            m_rows->writeJson(writer, item);
            return;
        }
        writer.beginArray();
        for (const QString &value : item.*m_list)
            writer.string(value);
        writer.endArray();
    }

    void setJson(T &item, const QJsonValue &value) const
    {
        if (m_rows) {
            m_rows->setJson(item, value);
            return;
        }
        QStringList list;
        for (const QJsonValue &element : value.toArray())
            list.append(element.toString());
        item.*m_list = list;
    }

    // Trimmed; code lists once each in Codes order; link sets once each in uuid order (the order
    // they load in, so that a save and a load give the same list).
    void normalise(T &item) const
    {
        if (m_rows) {
            m_rows->normalise(item);
            return;
        }
        QStringList &list = item.*m_list;
        if (kind == ChildKind::Links)
            list = normalisedLinks(list);
        else if (codes)
            list = normalisedCodes(list, *codes);
        else
            for (QString &value : list)
                value = value.trimmed();
    }

    // Puts a list read in row order into its canonical order.
    void afterLoad(T &item) const
    {
        if (m_rows)
            return;
        QStringList &list = item.*m_list;
        if (kind == ChildKind::Links)
            std::sort(list.begin(), list.end());
        else if (codes && list.size() > 1)
            list = normalisedCodes(list, *codes);
    }

private:
    static Child make(ChildKind kind, const char *key, const char *table, const char *ownerColumn, const char *label)
    {
        Child child;
        child.kind = kind;
        child.key = key;
        child.table = table;
        child.ownerColumn = ownerColumn;
        child.label = label;
        return child;
    }

    QStringList T::*m_list = nullptr;
    std::shared_ptr<const RowOps<T>> m_rows;
};

// ---------------------------------------------------------------------------------------------
// An entity: its kind, fields and child lists. T has uuid, createdAt, updatedAt and rowVersion.

// A link from one kind of item to another, as the "what refers to this" index needs it.
struct LinkInfo
{
    EntityKind owner = EntityKind::None;
    EntityKind target = EntityKind::None;
    const char *key = "";              // the owner's field or child key
    const char *childTable = nullptr;  // nullptr: a column of the owner's main table
    const char *ownerColumn = nullptr; // the child table's column naming the owner
    const char *column = "";           // the column holding the target's id
    const char *referrer = nullptr;    // how a referrer is named, when not by its kind
};

template<class T> class EntitySpec
{
public:
    EntityKind kind = EntityKind::None;
    QList<Field<T>> fields;
    QList<Child<T>> children;
    QList<LinkInfo> extraLinks; // links the tables above do not show (none yet)
    qint64 singleRowId = 0;     // a kind kept in one row (the organisation): that row's id

    const EntityKindInfo &info() const { return EntityKinds::info(kind); }

    const Field<T> *field(QLatin1StringView key) const
    {
        for (const Field<T> &f : fields) {
            if (key == QLatin1String(f.key))
                return &f;
        }
        return nullptr;
    }

    const Field<T> *displayField() const { return field(QLatin1String(info().displayKey)); }

    // Every field, uuid and the timestamps; not the row version, which is bookkeeping.
    QJsonObject toJson(const T &item) const
    {
        QJsonObject object;
        object.insert(QStringLiteral("uuid"), item.uuid);
        object.insert(QStringLiteral("createdAt"), IsoTime::momentJson(item.createdAt));
        object.insert(QStringLiteral("updatedAt"), IsoTime::momentJson(item.updatedAt));
        for (const Field<T> &f : fields)
            object.insert(f.keyName(), f.json(item));
        for (const Child<T> &c : children)
            object.insert(QLatin1String(c.key), c.json(item));
        return object;
    }

    // The inverse of toJson(); members the object does not name keep their defaults.
    T fromJson(const QJsonObject &object) const
    {
        T item;
        item.uuid = object.value(QStringLiteral("uuid")).toString();
        item.createdAt = IsoTime::parseMoment(object.value(QStringLiteral("createdAt")).toString());
        item.updatedAt = IsoTime::parseMoment(object.value(QStringLiteral("updatedAt")).toString());
        for (const Field<T> &f : fields) {
            if (object.contains(f.keyName()))
                f.setJson(item, object.value(f.keyName()));
        }
        for (const Child<T> &c : children) {
            if (object.contains(QLatin1String(c.key)))
                c.setJson(item, object.value(QLatin1String(c.key)));
        }
        return item;
    }

    void normalise(T &item) const
    {
        for (const Field<T> &f : fields)
            f.normalise(item);
        for (const Child<T> &c : children)
            c.normalise(item);
    }

    // A finding for each expected field and list that has no value, fields first, in table order.
    Findings unmetExpectations(const T &item) const
    {
        Findings findings;
        for (const Field<T> &f : fields) {
            if (f.expected && f.isBlank(item))
                findings.append(f.expected->finding(f.key));
        }
        for (const Child<T> &c : children) {
            if (c.expected && c.isEmpty(item))
                findings.append(c.expected->finding(c.key));
        }
        return findings;
    }

    QList<LinkInfo> links() const
    {
        QList<LinkInfo> result = extraLinks;
        for (const Field<T> &f : fields) {
            if (f.type == FieldType::Link)
                result.append({kind, f.target, f.key, nullptr, nullptr, f.column, f.referrer});
        }
        for (const Child<T> &c : children) {
            if (c.kind == ChildKind::Links)
                result.append({kind, c.target, c.key, c.table, c.ownerColumn, c.valueColumn, nullptr});
            if (const RowOps<T> *rows = c.rowOps()) {
                for (const FieldInfo *f : rows->fields()) {
                    if (f->type == FieldType::Link)
                        result.append({kind, f->target, c.key, c.table, c.ownerColumn, f->column, nullptr});
                }
            }
        }
        return result;
    }
};

// Every link between the register's kinds, from every entity's table.
const QList<LinkInfo> &allLinks();

// A kind's fields and child lists without its struct: for readers of the history and of exports.
struct ChildFields
{
    const ChildInfo *child = nullptr;
    QList<const FieldInfo *> rowFields; // ChildKind::Rows: the fields of one row
};
struct EntityFields
{
    EntityKind kind = EntityKind::None;
    QList<const FieldInfo *> fields;
    QList<ChildFields> children;

    const FieldInfo *field(QStringView key) const;
    const ChildFields *child(QStringView key) const;
};
// nullptr for a kind without a field table.
const EntityFields *entityFields(EntityKind kind);

} // namespace Custodian::Domain
