#include "exchange/TabularSupport.h"

#include "DocumentLanguage.h"
#include "domain/Codes.h"
#include "domain/ExtraField.h"
#include "domain/IsoTime.h"
#include "exchange/DutchVocabulary.h"
#include "exchange/ExchangeTables.h"
#include "register/EntityTable.h"
#include "storage/Store.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUuid>

#include <cmath>

namespace Custodian::Exchange::TabularSupport {

using Domain::EntityKind;
using Domain::EntityKinds;
using Domain::FieldType;

namespace {

constexpr const char *Context = "Custodian::Exchange::Tabular";

} // namespace

QString translated(const DocumentLanguage *language, const char *context, const char *source)
{
    return language ? language->translate(context, source) : QCoreApplication::translate(context, source);
}

const DocumentLanguage &dutch()
{
    static const DocumentLanguage language(QStringLiteral("nl"));
    return language;
}

const DocumentLanguage &english()
{
    static const DocumentLanguage language(QStringLiteral("en"));
    return language;
}

QString normalised(const QString &text)
{
    return Domain::ExtraFields::lettersAndDigits(text);
}

const QList<ListDef> &custodianLists()
{
    static const QList<ListDef> lists = [] {
        QList<ListDef> all;
        for (EntityKind kind : exchangedKinds()) {
            const KindColumns &columns = kindColumns(kind);
            ListDef main{EntityKinds::code(kind), kind, nullptr, {}};
            main.columns.append({QStringLiteral("uuid"), Role::Uuid, nullptr, nullptr});
            for (const Domain::FieldInfo *field : columns.fields)
                main.columns.append({field->keyName(), Role::Field, field, nullptr});
            QList<ListDef> records;
            for (const KindColumns::ChildColumns &child : columns.children) {
                const QString key = QLatin1String(child.child->key);
                if (child.child->kind == Domain::ChildKind::Rows) {
                    ListDef list{main.key + QLatin1Char('.') + key, kind, child.child, {}};
                    list.columns.append({QStringLiteral("_owner"), Role::Owner, nullptr, nullptr});
                    list.columns.append({QStringLiteral("_ownerUuid"), Role::OwnerUuid, nullptr, nullptr});
                    for (const Domain::FieldInfo *field : child.rowFields)
                        list.columns.append({field->keyName(), Role::Field, field, nullptr});
                    records.append(list);
                } else {
                    main.columns.append({key,
                                         child.child->kind == Domain::ChildKind::Links ? Role::Links : Role::Values,
                                         nullptr, child.child});
                }
            }
            all.append(main);
            all.append(records);
        }
        return all;
    }();
    return lists;
}

bool keepsExtraFields(const QString &listKey)
{
    if (listKey == QLatin1String("ico") || listKey == QLatin1String("nl-verwerkingen") ||
        listKey == QLatin1String("nl-verwerkersovereenkomsten") ||
        listKey == QLatin1String("nl-verwerkingen-als-verwerker") || listKey == QLatin1String("nl-datalekken"))
        return true;
    const ListDef *list = findList(listKey);
    return list && !list->child && findList(listKey + QStringLiteral(".extraFields"));
}

QJsonArray unmappedCells(const RawTable &table, const Tabular::Plan &plan, const QVariantList &row,
                         const QString &source)
{
    QJsonArray fields;
    for (qsizetype c = 0; c < table.headers.size(); ++c) {
        const QString header = table.headers.at(c).trimmed();
        if (header.isEmpty() || !plan.columns.value(c).isEmpty())
            continue;
        fields.append(QJsonObject{{QStringLiteral("source"), source},
                                  {QStringLiteral("name"), header},
                                  {QStringLiteral("value"), ImportContext::text(row.value(c))}});
    }
    return fields;
}

const ListDef *findList(const QString &key)
{
    for (const ListDef &list : custodianLists()) {
        if (list.key == key)
            return &list;
    }
    return nullptr;
}

QStringList listHeaders(const ListDef &list, const DocumentLanguage *language)
{
    QStringList headers;
    const QString singular = translated(language, "Custodian::Entities", EntityKinds::info(list.kind).singular);
    for (const ColumnDef &column : list.columns) {
        QString header;
        switch (column.role) {
        case Role::Uuid:
            header = translated(language, Context, QT_TRANSLATE_NOOP("Custodian::Exchange::Tabular", "ID"));
            break;
        case Role::Owner:
            header = singular;
            break;
        case Role::OwnerUuid:
            header =
                translated(language, Context, QT_TRANSLATE_NOOP("Custodian::Exchange::Tabular", "%1 ID")).arg(singular);
            break;
        case Role::Field:
            header = column.field->label ? translated(language, "Custodian::Fields", column.field->label) : column.key;
            break;
        case Role::Values:
        case Role::Links:
            header = column.child->label ? translated(language, "Custodian::Fields", column.child->label) : column.key;
            break;
        }
        // Two fields of one list with one label: the second is told apart by its key.
        if (headers.contains(header, Qt::CaseInsensitive))
            header += QStringLiteral(" (%1)").arg(column.key);
        headers << header;
    }
    return headers;
}

QString listTitle(const ListDef &list, const DocumentLanguage *language)
{
    const QString plural = translated(language, "Custodian::Entities", EntityKinds::info(list.kind).plural);
    if (!list.child)
        return plural;
    const QString child = list.child->label ? translated(language, "Custodian::Fields", list.child->label)
                                            : QLatin1String(list.child->key);
    return QStringLiteral("%1 – %2").arg(plural, child);
}

const QHash<QString, QString> &headerIndex(const ListDef &list)
{
    static QHash<QString, QHash<QString, QString>> indexes;
    static QMutex mutex;
    QMutexLocker lock(&mutex);
    auto it = indexes.find(list.key);
    if (it != indexes.end())
        return *it;
    QHash<QString, QString> index;
    for (const DocumentLanguage *language : {&english(), &dutch()}) {
        const QStringList headers = listHeaders(list, language);
        for (qsizetype i = 0; i < headers.size(); ++i)
            index.insert(normalised(headers.at(i)), list.columns.at(i).key);
    }
    for (const ColumnDef &column : list.columns) {
        index.insert(normalised(column.key), column.key);
        if (column.field)
            index.insert(normalised(column.field->columnName()), column.key);
    }
    return *indexes.insert(list.key, index);
}

// ---------------------------------------------------------------------------------------------
// Export

QString ExportContext::name(EntityKind kind, const QString &uuid) const
{
    const QString found = names.value(kind).value(uuid);
    return found.isEmpty() ? uuid : found;
}

QString ExportContext::yesNo(bool value) const
{
    return Domain::Codes::label(Domain::Codes::Kind::YesNo, value ? QStringLiteral("yes") : QStringLiteral("no"),
                                language);
}

QVariant ExportContext::cell(const Domain::FieldInfo &field, const QVariant &value) const
{
    switch (field.type) {
    case FieldType::Text:
    case FieldType::LongText:
        return value.toString();
    case FieldType::Bool:
        return yesNo(value.toBool());
    case FieldType::Int:
    case FieldType::BigInt:
        return QVariant(value.toLongLong());
    case FieldType::Date: {
        const QDate day = value.toDate();
        return day.isValid() ? QVariant(day) : QVariant();
    }
    case FieldType::Moment: {
        const QDateTime moment = value.toDateTime();
        return moment.isValid() ? QVariant(moment.toUTC()) : QVariant();
    }
    case FieldType::Code: {
        const QString code = value.toString();
        return code.isEmpty() ? QVariant() : QVariant(Domain::Codes::label(*field.codes, code, language));
    }
    case FieldType::Link: {
        const QString uuid = value.toString();
        return uuid.isEmpty() ? QVariant() : QVariant(name(field.target, uuid));
    }
    }
    return QVariant();
}

// A value as the JSON export writes it: days and moments as ISO text, numbers as JSON numbers.
QVariant ExportContext::cell(const Domain::FieldInfo &field, const QJsonValue &value) const
{
    if (value.isNull() || value.isUndefined())
        return QVariant();
    switch (field.type) {
    case FieldType::Date:
        return cell(field, QVariant(Domain::IsoTime::parseDay(value.toString())));
    case FieldType::Moment:
        return cell(field, QVariant(Domain::IsoTime::parseMoment(value.toString())));
    case FieldType::Int:
    case FieldType::BigInt:
        return cell(field, QVariant(qint64(value.toInteger())));
    default:
        return cell(field, value.toVariant());
    }
}

// ---------------------------------------------------------------------------------------------
// Import

ImportContext::ImportContext(Storage::Store &store_, QList<ImportFinding> *findings_)
    : store(store_), findings(findings_)
{}

void ImportContext::add(const Origin &origin, const QString &key, Severity severity, const QString &message)
{
    findings->append({origin.file, origin.sheet, origin.row, origin.headers.value(key, key), severity, message});
}

QString ImportContext::text(const QVariant &cell)
{
    switch (cell.typeId()) {
    case QMetaType::Double: {
        const double number = cell.toDouble();
        if (std::isfinite(number) && number == std::floor(number) && std::abs(number) < 1e15)
            return QString::number(qint64(number));
        return QString::number(number, 'g', 15);
    }
    case QMetaType::Bool:
        return cell.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    case QMetaType::QDate:
        return cell.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return cell.toDateTime().toString(Qt::ISODate);
    default:
        return cell.toString().trimmed();
    }
}

QStringList ImportContext::split(const QString &text, bool semicolons)
{
    static const QRegularExpression lines(QStringLiteral("[\\r\\n]+"));
    static const QRegularExpression lists(QStringLiteral("[\\r\\n;]+"));
    QStringList parts;
    const QStringList pieces = text.split(semicolons ? lists : lines, Qt::SkipEmptyParts);
    for (const QString &piece : pieces) {
        const QString trimmed = piece.trimmed();
        if (!trimmed.isEmpty())
            parts << trimmed;
    }
    return parts;
}

std::optional<bool> ImportContext::boolean(const QString &text)
{
    if (normalised(text).isEmpty())
        return false;
    return DutchVocabulary::yesNo(text);
}

QString ImportContext::code(Domain::Codes::Kind kind, const QString &text) const
{
    QHash<QString, QString> &names = m_codeNames[int(kind)];
    if (names.isEmpty()) {
        static const QRegularExpression suffix(QStringLiteral("\\s*\\([^()]*(\\([^()]*\\)[^()]*)*\\)\\s*$"));
        for (const QString &code : Domain::Codes::codes(kind)) {
            names.insert(normalised(code), code);
            for (const DocumentLanguage *language : {&english(), &dutch()}) {
                const QString label = Domain::Codes::label(kind, code, *language);
                names.insert(normalised(label), code);
                // "Consent (Art. 6(1)(a))" is also found as "Consent".
                const QString bare = QString(label).remove(suffix);
                if (!bare.isEmpty() && !names.contains(normalised(bare)))
                    names.insert(normalised(bare), code);
            }
        }
    }
    return names.value(normalised(text));
}

QString ImportContext::codeChoices(Domain::Codes::Kind kind) const
{
    QStringList labels;
    for (const QString &code : Domain::Codes::codes(kind))
        labels << QStringLiteral("\"%1\"").arg(Domain::Codes::label(kind, code));
    if (labels.size() > 8) {
        labels = labels.mid(0, 8);
        labels << QStringLiteral("…");
    }
    return labels.join(QStringLiteral(", "));
}

namespace {

QDate parseDate(const QVariant &cell)
{
    return DutchVocabulary::date(cell);
}

QDateTime parseMoment(const QVariant &cell)
{
    const QDateTime moment = DutchVocabulary::moment(cell);
    return moment.isValid() ? moment.toUTC() : QDateTime();
}

} // namespace

bool ImportContext::value(const Domain::FieldInfo &field, const QVariant &cell, const Origin &origin, QJsonValue *out)
{
    const QString text = ImportContext::text(cell);
    const QString key = field.keyName();
    switch (field.type) {
    case FieldType::Text:
    case FieldType::LongText:
        *out = text;
        return true;
    case FieldType::Bool: {
        const std::optional<bool> flag =
            cell.typeId() == QMetaType::Bool ? std::optional<bool>(cell.toBool()) : boolean(text);
        if (!flag) {
            error(origin, key, Tabular::tr("\"%1\" is not yes or no.").arg(text.left(80)));
            return false;
        }
        *out = *flag;
        return true;
    }
    case FieldType::Int:
    case FieldType::BigInt: {
        if (text.isEmpty()) {
            *out = 0;
            return true;
        }
        bool ok = false;
        const qint64 number = text.toLongLong(&ok);
        if (!ok || (field.type == FieldType::Int && (number > INT_MAX || number < INT_MIN))) {
            error(origin, key, Tabular::tr("\"%1\" is not a whole number.").arg(text.left(80)));
            return false;
        }
        *out = number;
        return true;
    }
    case FieldType::Date: {
        if (text.isEmpty()) {
            *out = QJsonValue();
            return true;
        }
        const QDate day = parseDate(cell);
        if (!day.isValid()) {
            error(origin, key, Tabular::tr("\"%1\" is not a date: write it as YYYY-MM-DD.").arg(text.left(80)));
            return false;
        }
        *out = Domain::IsoTime::day(day);
        return true;
    }
    case FieldType::Moment: {
        if (text.isEmpty()) {
            *out = QJsonValue();
            return true;
        }
        const QDateTime moment = parseMoment(cell);
        if (!moment.isValid()) {
            error(origin, key,
                  Tabular::tr("\"%1\" is not a date and time: write it as YYYY-MM-DD HH:MM.").arg(text.left(80)));
            return false;
        }
        *out = Domain::IsoTime::moment(moment);
        return true;
    }
    case FieldType::Code: {
        if (text.isEmpty()) {
            *out = QString();
            return true;
        }
        const QString found = code(*field.codes, text);
        if (found.isEmpty()) {
            error(origin, key,
                  Tabular::tr("\"%1\" is not one of the choices: %2.").arg(text.left(80), codeChoices(*field.codes)));
            return false;
        }
        *out = found;
        return true;
    }
    case FieldType::Link:
        *out = text; // found by name later (resolveLinks)
        return true;
    }
    return false;
}

qsizetype ImportContext::addItem(EntityKind kind, QJsonObject object, const Origin &origin)
{
    QString uuid = object.value(QStringLiteral("uuid")).toString();
    if (uuid.isEmpty()) {
        uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        object.insert(QStringLiteral("uuid"), uuid);
    }
    m_fileUuids[kind].insert(uuid);
    const QString display = QLatin1String(EntityKinds::info(kind).displayKey);
    const QString name = normalised(object.value(display).toVariant().toString());
    if (!name.isEmpty() && !m_fileNames[kind].contains(name))
        m_fileNames[kind].insert(name, uuid);
    items[kind].append(object);
    origins[kind].append(origin);
    m_positions[kind].insert(uuid, items[kind].size() - 1);
    return items[kind].size() - 1;
}

void ImportContext::readList(const RawTable &table, const Tabular::Plan &plan)
{
    const ListDef *list = findList(plan.listKey);
    if (!list)
        return;
    QHash<QString, const ColumnDef *> columns;
    for (const ColumnDef &column : list->columns)
        columns.insert(column.key, &column);
    QHash<QString, QString> headers;
    for (qsizetype c = 0; c < plan.columns.size() && c < table.headers.size(); ++c) {
        if (!plan.columns.at(c).isEmpty())
            headers.insert(plan.columns.at(c), table.headers.at(c));
    }
    QHash<QString, qsizetype> recordOwners; // a records list: the owner's position, by uuid
    const bool extraFields = keepsExtraFields(plan.listKey);
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const QVariantList &row = table.rows.at(r);
        const Origin origin{table.file, table.sheet, table.rowNumbers.value(r), headers};
        QJsonObject object;
        QList<Pending> links;
        bool valid = true;
        QString ownerName;
        QString ownerUuid;
        for (qsizetype c = 0; c < plan.columns.size(); ++c) {
            const ColumnDef *column = columns.value(plan.columns.at(c));
            if (!column)
                continue;
            const QVariant cell = row.value(c);
            const QString cellText = text(cell);
            switch (column->role) {
            case Role::Uuid:
                if (!cellText.isEmpty() && !isUuid(cellText.toLower())) {
                    error(origin, column->key,
                          Tabular::tr("\"%1\" is not an ID written by Custodian (a uuid).").arg(cellText.left(80)));
                    valid = false;
                } else if (!cellText.isEmpty()) {
                    object.insert(QStringLiteral("uuid"), cellText.toLower());
                }
                break;
            case Role::Owner:
                ownerName = cellText;
                break;
            case Role::OwnerUuid:
                ownerUuid = cellText.toLower();
                break;
            case Role::Field: {
                QJsonValue converted;
                if (!value(*column->field, cell, origin, &converted)) {
                    valid = false;
                    break;
                }
                object.insert(column->key, converted);
                if (column->field->type == FieldType::Link && !cellText.isEmpty())
                    links.append({list->kind, -1, column->key, -1, QString(), column->field->target, cellText, origin,
                                  column->key});
                break;
            }
            case Role::Values:
            case Role::Links: {
                const Domain::ChildInfo &child = *column->child;
                const QStringList parts = split(cellText, child.codes.has_value() || column->role == Role::Links);
                QJsonArray array;
                for (const QString &part : parts) {
                    if (column->role == Role::Links) {
                        links.append({list->kind, -1, column->key, array.size(), QString(), child.target, part, origin,
                                      column->key});
                        array.append(part);
                    } else if (child.codes) {
                        const QString found = code(*child.codes, part);
                        if (found.isEmpty()) {
                            error(origin, column->key,
                                  Tabular::tr("\"%1\" is not one of the choices: %2.")
                                      .arg(part.left(80), codeChoices(*child.codes)));
                            valid = false;
                        }
                        array.append(found);
                    } else {
                        array.append(part);
                    }
                }
                object.insert(column->key, array);
                break;
            }
            }
        }
        if (!valid)
            continue;
        if (!list->child) {
            if (extraFields) {
                const QJsonArray unmapped = unmappedCells(table, plan, row, QStringLiteral("custodian"));
                if (!unmapped.isEmpty()) {
                    // After those of the item's own list of extra fields, if the file has that column too.
                    QJsonArray fields = object.value(QStringLiteral("extraFields")).toArray();
                    for (const QJsonValue &field : unmapped)
                        fields.append(field);
                    object.insert(QStringLiteral("extraFields"), fields);
                }
            }
            const qsizetype index = addItem(list->kind, object, origin);
            for (Pending &link : links) {
                link.index = index;
                pending.append(link);
            }
            continue;
        }
        // A record: it joins the list of the item it names.
        const QString ownerColumn = ownerUuid.isEmpty() ? QStringLiteral("_owner") : QStringLiteral("_ownerUuid");
        const QString owner = findItem(list->kind, ownerUuid.isEmpty() ? ownerName : ownerUuid, origin, ownerColumn);
        if (owner.isEmpty()) {
            if (!m_failed)
                error(origin, ownerColumn,
                      Tabular::tr("No %1 is named \"%2\" in the file or the register.")
                          .arg(EntityKinds::singular(list->kind).toLower(),
                               (ownerUuid.isEmpty() ? ownerName : ownerUuid).left(80)));
            continue;
        }
        qsizetype index = recordOwners.value(owner, -1);
        if (index < 0) {
            QJsonArray &kindItems = items[list->kind];
            index = m_positions[list->kind].value(owner, -1);
            if (index < 0) // an item of the register the file only adds records to
                index = addItem(list->kind, QJsonObject{{QStringLiteral("uuid"), owner}}, origin);
            // The file's records replace the item's list; extra fields join those its columns gave
            // (the merge lays them over the item's own).
            QJsonObject item = kindItems.at(index).toObject();
            if (qstrcmp(list->child->key, "extraFields") != 0 || !item.contains(QLatin1String(list->child->key)))
                item.insert(QLatin1String(list->child->key), QJsonArray());
            kindItems[index] = item;
            recordOwners.insert(owner, index);
        }
        QJsonArray &kindItems = items[list->kind];
        QJsonObject item = kindItems.at(index).toObject();
        QJsonArray records = item.value(QLatin1String(list->child->key)).toArray();
        for (Pending &link : links) {
            link.index = index;
            link.recordKey = link.key;
            link.key = QLatin1String(list->child->key);
            link.element = records.size();
            pending.append(link);
        }
        records.append(object);
        item.insert(QLatin1String(list->child->key), records);
        kindItems[index] = item;
    }
}

Status ImportContext::loadRegisterNames(EntityKind kind)
{
    if (m_loaded.contains(kind))
        return Status::ok();
    m_loaded.insert(kind);
    const Domain::EntityKindInfo &info = EntityKinds::info(kind);
    QSqlQuery query(store.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT uuid, %1 FROM %2")
                        .arg(QLatin1String(info.displayColumn), QLatin1String(info.table)))) {
        m_failed = true;
        m_failure = Register::EntityTable::readError(query).detail();
        return Register::EntityTable::readError(query);
    }
    QHash<QString, QString> &names = m_registerNames[kind];
    QSet<QString> &uuids = m_registerUuids[kind];
    while (query.next()) {
        const QString uuid = query.value(0).toString();
        const QString name = normalised(query.value(1).toString());
        uuids.insert(uuid);
        if (name.isEmpty())
            continue;
        names.insert(name, names.contains(name) ? QString() : uuid);
    }
    return Status::ok();
}

QString ImportContext::findItem(EntityKind kind, const QString &text, const Origin &origin, const QString &column)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QString();
    if (!loadRegisterNames(kind))
        return QString();
    const QString lower = trimmed.toLower();
    if (isUuid(lower) && (m_fileUuids.value(kind).contains(lower) || m_registerUuids.value(kind).contains(lower)))
        return lower;
    const QString name = normalised(trimmed);
    const QHash<QString, QString> &fileNames = m_fileNames[kind];
    if (const auto it = fileNames.constFind(name); it != fileNames.constEnd())
        return *it;
    const QHash<QString, QString> &registerNames = m_registerNames[kind];
    const auto it = registerNames.constFind(name);
    if (it == registerNames.constEnd())
        return QString();
    if (it->isEmpty()) {
        add(origin, column, Severity::Error,
            Tabular::tr("Several items of the register are named \"%1\": write the ID of the one you mean.")
                .arg(trimmed.left(80)));
        return QString();
    }
    return *it;
}

QString ImportContext::findOrCreate(EntityKind kind, const QString &text, const Origin &origin, const QString &column)
{
    const qsizetype before = findings->size();
    QString uuid = findItem(kind, text, origin, column);
    if (!uuid.isEmpty() || findings->size() > before || m_failed)
        return uuid;
    if (kind != EntityKind::Party && kind != EntityKind::RetentionRule)
        return QString();
    const QString display = QLatin1String(EntityKinds::info(kind).displayKey);
    Origin created = origin;
    created.headers.insert(display, origin.headers.value(column, column));
    const qsizetype index = addItem(kind, QJsonObject{{display, text.trimmed()}}, created);
    add(origin, column, Severity::Info,
        Tabular::tr("\"%1\" is not in the register: a new %2 is created.")
            .arg(text.trimmed().left(80), EntityKinds::singular(kind).toLower()));
    return items[kind].at(index).toObject().value(QStringLiteral("uuid")).toString();
}

Status ImportContext::resolveLinks()
{
    for (const Pending &link : std::as_const(pending)) {
        const qsizetype before = findings->size();
        const QString uuid = findOrCreate(link.target, link.text, link.origin, link.column);
        if (m_failed)
            return Status::error(Status::Code::DatabaseError, Tabular::tr("The register could not be read."),
                                 m_failure);
        if (uuid.isEmpty()) {
            if (findings->size() == before)
                error(link.origin, link.column,
                      Tabular::tr("No %1 is named \"%2\" in the file or the register.")
                          .arg(EntityKinds::singular(link.target).toLower(), link.text.left(80)));
            continue;
        }
        QJsonArray &kindItems = items[link.kind];
        QJsonObject item = kindItems.at(link.index).toObject();
        if (link.element < 0) {
            item.insert(link.key, uuid);
        } else {
            QJsonArray array = item.value(link.key).toArray();
            if (link.recordKey.isEmpty()) {
                array[link.element] = uuid;
            } else {
                QJsonObject record = array.at(link.element).toObject();
                record.insert(link.recordKey, uuid);
                array[link.element] = record;
            }
            item.insert(link.key, array);
        }
        kindItems[link.index] = item;
    }
    pending.clear();
    return Status::ok();
}

void ImportContext::locate(ImportFinding *finding) const
{
    const std::optional<EntityKind> kind = EntityKinds::fromCode(finding->sheet);
    if (!kind)
        return;
    const QList<Origin> list = origins.value(*kind);
    if (finding->row < 1 || finding->row > list.size())
        return;
    const Origin &origin = list.at(finding->row - 1);
    finding->file = origin.file;
    finding->sheet = origin.sheet;
    finding->row = origin.row;
    finding->column = origin.headers.value(finding->column, finding->column);
}

} // namespace Custodian::Exchange::TabularSupport
