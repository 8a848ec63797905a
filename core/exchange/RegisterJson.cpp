#include "RegisterJson.h"

#include "exchange/ExchangeTables.h"

#include "domain/IsoTime.h"
#include "register/EntityTable.h"
#include "register/OrganisationService.h"
#include "register/Services.h"
#include "storage/HistoryChain.h"
#include "storage/Store.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

#include <functional>

namespace Custodian::Exchange {

namespace {

namespace ET = Register::EntityTable;
using Domain::EntityKind;
using Domain::EntityKinds;
using Severity = Domain::Finding::Severity;

// The service that writes a kind in a merge: the one with the kind's own rules.
template<class T> struct ServiceOf
{
    using type = Register::EntityService<T>;
};
template<> struct ServiceOf<Domain::Organisation>
{
    using type = Register::OrganisationService;
};
template<> struct ServiceOf<Domain::Agreement>
{
    using type = Register::AgreementService;
};
template<> struct ServiceOf<Domain::RequestCase>
{
    using type = Register::RequestService;
};
template<> struct ServiceOf<Domain::Breach>
{
    using type = Register::BreachService;
};
template<> struct ServiceOf<Domain::RetentionRule>
{
    using type = Register::RetentionRuleService;
};

using T = SideColumn::Type;

// Row id → uuid of every item of a kind (export), or uuid → row id (restore).
Status idsOf(QSqlDatabase &db, EntityKind kind, QHash<qint64, QString> *uuids)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, uuid FROM %1").arg(QLatin1String(EntityKinds::info(kind).table))))
        return ET::readError(query);
    while (query.next())
        uuids->insert(query.value(0).toLongLong(), query.value(1).toString());
    return Status::ok();
}

Status exportTable(QSqlDatabase &db, const SideTable &table, QJsonArray *rows)
{
    QHash<EntityKind, QHash<qint64, QString>> uuids;
    QStringList columns;
    for (const SideColumn &column : table.columns) {
        columns << QLatin1String(column.column);
        if (column.type == T::Ref && !uuids.contains(column.target)) {
            const Status status = idsOf(db, column.target, &uuids[column.target]);
            if (!status)
                return status;
        }
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                .arg(columns.join(QLatin1String(", ")), QLatin1String(table.table), QLatin1String(table.orderBy))))
        return ET::readError(query);
    while (query.next()) {
        QJsonObject row;
        for (qsizetype i = 0; i < table.columns.size(); ++i) {
            const SideColumn &column = table.columns.at(i);
            const QVariant value = query.value(int(i));
            const QString key = QLatin1String(column.key);
            switch (column.type) {
            case T::Text:
                row.insert(key, value.isNull() ? QJsonValue() : QJsonValue(value.toString()));
                break;
            case T::Int:
                row.insert(key, value.isNull() ? QJsonValue() : QJsonValue(value.toLongLong()));
                break;
            case T::Blob:
                row.insert(key, QString::fromLatin1(value.toByteArray().toBase64()));
                break;
            case T::Json: {
                const QString text = value.toString();
                QJsonParseError error;
                const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
                // What the program wrote is an object; anything else is kept as its text.
                row.insert(key, error.error == QJsonParseError::NoError && document.isObject()
                                    ? QJsonValue(document.object())
                                    : QJsonValue(text));
                break;
            }
            case T::Ref:
                row.insert(key,
                           value.isNull() ? QJsonValue() : QJsonValue(uuids[column.target].value(value.toLongLong())));
                break;
            }
        }
        rows->append(row);
    }
    return Status::ok();
}

// ---------------------------------------------------------------------------------------------
// One import.

struct ImportRun
{
    Storage::Store &store;
    const RegisterJson::Options &options;
    QList<ImportFinding> *findings;
    ImportSummary *summary;
    ET::LinkIds ids;                 // restore: the rows written, by kind and uuid
    QHash<QString, QString> uuidMap; // merge: a file's uuid → the register's item it became
    QSet<EntityKind> touched;        // announced after the commit
    bool stopped = false;            // a database failure: nothing more is tried
    ProgressTicker *ticker = nullptr;

    // Counts one more item; false (and stopped) once the person asked to stop.
    bool tick()
    {
        if (ticker && !ticker->step())
            stopped = true;
        return !stopped;
    }

    void add(const QString &sheet, int row, const QString &column, Severity severity, const QString &message)
    {
        findings->append({options.fileName, sheet, row, column, severity, message});
        if (options.locate)
            options.locate(&findings->last());
    }
    void error(const QString &sheet, int row, const QString &column, const QString &message)
    {
        add(sheet, row, column, Severity::Error, message);
    }
};

QString typeProblem(const Domain::FieldInfo &field, const QJsonValue &value)
{
    using FT = Domain::FieldType;
    if (value.isNull() || value.isUndefined())
        return QString();
    switch (field.type) {
    case FT::Text:
    case FT::LongText:
    case FT::Link:
        if (!value.isString())
            return RegisterJson::tr("Expected text.");
        if (field.type == FT::Link && !value.toString().isEmpty() && !isUuid(value.toString()))
            return RegisterJson::tr("\"%1\" is not the uuid of an item.").arg(value.toString().left(80));
        return QString();
    case FT::Code:
        if (!value.isString())
            return RegisterJson::tr("Expected a code.");
        if (!value.toString().isEmpty() && field.codes && !Domain::Codes::isValid(*field.codes, value.toString()))
            return RegisterJson::tr("\"%1\" is not one of the codes of this field.").arg(value.toString().left(80));
        return QString();
    case FT::Bool:
        return value.isBool() ? QString() : RegisterJson::tr("Expected true or false.");
    case FT::Int:
    case FT::BigInt: {
        const double number = value.toDouble();
        // The range first: converting a larger double to an integer is undefined.
        const double limit = field.type == FT::Int ? 2147483647.0 : 9007199254740992.0; // 2^53: exact in JSON
        if (!value.isDouble() || number < -limit || number > limit || number != double(qint64(number)))
            return RegisterJson::tr("Expected a whole number.");
        return QString();
    }
    case FT::Date:
        if (!value.isString() ||
            (!value.toString().isEmpty() && !QDate::fromString(value.toString(), Qt::ISODate).isValid()))
            return RegisterJson::tr("Expected a date as YYYY-MM-DD.");
        return QString();
    case FT::Moment:
        if (!value.isString() ||
            (!value.toString().isEmpty() && !Domain::IsoTime::parseMoment(value.toString()).isValid()))
            return RegisterJson::tr("Expected a moment as YYYY-MM-DDThh:mm:ssZ.");
        return QString();
    }
    return QString();
}

// A finding for every value of an item that is not of its field's type; unknown keys are noted.
// False when an error was found.
template<class D>
bool checkValues(ImportRun &run, const Domain::EntitySpec<D> &spec, const QJsonObject &object, const QString &sheet,
                 int row)
{
    static const QSet<QString> bookkeeping = {QStringLiteral("uuid"), QStringLiteral("createdAt"),
                                              QStringLiteral("updatedAt"), QStringLiteral("rowVersion")};
    bool ok = true;
    auto problem = [&](const QString &column, const QString &message) {
        run.error(sheet, row, column, message);
        ok = false;
    };
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = it.key();
        if (bookkeeping.contains(key))
            continue;
        if (const Domain::Field<D> *field = spec.field(QLatin1StringView(key.toLatin1()))) {
            const QString message = typeProblem(*field, it.value());
            if (!message.isEmpty())
                problem(key, message);
            continue;
        }
        const Domain::Child<D> *child = nullptr;
        for (const Domain::Child<D> &candidate : spec.children) {
            if (key == QLatin1String(candidate.key))
                child = &candidate;
        }
        if (!child) {
            run.add(sheet, row, key, Severity::Warning, RegisterJson::tr("Unknown field: ignored."));
            continue;
        }
        if (child->has(Domain::FieldFlag::ReadOnly))
            continue;
        if (!it.value().isArray() && !it.value().isNull()) {
            problem(key, RegisterJson::tr("Expected a list."));
            continue;
        }
        for (const QJsonValue &element : it.value().toArray()) {
            if (const Domain::RowOps<D> *rows = child->rowOps()) {
                if (!element.isObject()) {
                    problem(key, RegisterJson::tr("Expected a list of records."));
                    break;
                }
                const QJsonObject record = element.toObject();
                for (const Domain::FieldInfo *field : rows->fields()) {
                    const QString message = typeProblem(*field, record.value(field->keyName()));
                    if (!message.isEmpty())
                        problem(QStringLiteral("%1.%2").arg(key, field->keyName()), message);
                }
            } else if (!element.isString()) {
                problem(key, RegisterJson::tr("Expected a list of text."));
                break;
            } else if (child->kind == Domain::ChildKind::Links && !isUuid(element.toString())) {
                problem(key, RegisterJson::tr("\"%1\" is not the uuid of an item.").arg(element.toString().left(80)));
                break;
            } else if (child->codes && !Domain::Codes::isValid(*child->codes, element.toString())) {
                problem(
                    key,
                    RegisterJson::tr("\"%1\" is not one of the codes of this list.").arg(element.toString().left(80)));
                break;
            }
        }
    }
    return ok;
}

// The uuids an item's links name, in its own kind (an agreement above another).
template<class D> QStringList selfLinks(const Domain::EntitySpec<D> &spec, const D &item)
{
    QStringList uuids;
    for (const ET::LinkRef &link : ET::linksOf(spec, item)) {
        if (link.target == spec.kind && !link.uuid.isEmpty())
            uuids << link.uuid;
    }
    return uuids;
}

// Items in an order that writes an item after the items of its own kind it refers to (Kahn's
// topological sort: linear in the items and their links).
template<class D> QList<qsizetype> writeOrder(const Domain::EntitySpec<D> &spec, const QList<D> &items)
{
    QHash<QString, qsizetype> indexOf;
    for (qsizetype i = 0; i < items.size(); ++i)
        indexOf.insert(items.at(i).uuid, i);
    QList<QList<qsizetype>> dependents(items.size());
    QList<int> waitingFor(items.size(), 0);
    for (qsizetype i = 0; i < items.size(); ++i) {
        for (const QString &uuid : selfLinks(spec, items.at(i))) {
            const qsizetype target = indexOf.value(uuid, -1);
            if (target >= 0 && target != i) {
                dependents[target].append(i);
                ++waitingFor[i];
            }
        }
    }
    QList<qsizetype> order;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (waitingFor.at(i) == 0)
            order.append(i);
    }
    for (qsizetype next = 0; next < order.size(); ++next) {
        for (qsizetype dependent : std::as_const(dependents[order.at(next)])) {
            if (--waitingFor[dependent] == 0)
                order.append(dependent);
        }
    }
    // A cycle: the rest in file order; their links are found unknown and reported.
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (waitingFor.at(i) > 0)
            order.append(i);
    }
    return order;
}

// The file's items of a kind, checked: each with its row number (1-based).
template<class D>
void readItems(ImportRun &run, const Domain::EntitySpec<D> &spec, const QJsonArray &array, const QString &sheet,
               QList<D> *items, QList<int> *rows, QList<QJsonObject> *objects)
{
    QSet<QString> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const int row = int(i + 1);
        if (!array.at(i).isObject()) {
            run.error(sheet, row, QString(), RegisterJson::tr("Expected an item (a JSON object)."));
            continue;
        }
        const QJsonObject object = array.at(i).toObject();
        if (!checkValues(run, spec, object, sheet, row))
            continue;
        D item = spec.fromJson(object);
        if (!item.uuid.isEmpty() && !isUuid(item.uuid)) {
            run.error(sheet, row, QStringLiteral("uuid"),
                      RegisterJson::tr("\"%1\" is not a uuid.").arg(item.uuid.left(80)));
            continue;
        }
        if (!item.uuid.isEmpty() && seen.contains(item.uuid)) {
            run.error(sheet, row, QStringLiteral("uuid"),
                      RegisterJson::tr("The uuid %1 appears twice in the file.").arg(item.uuid));
            continue;
        }
        seen.insert(item.uuid);
        item.rowVersion = object.value(QStringLiteral("rowVersion")).toInteger(1);
        items->append(item);
        rows->append(row);
        objects->append(object);
    }
}

QString databaseProblem(const QString &detail)
{
    return RegisterJson::tr("The register refused this item: %1").arg(detail);
}

// Restore: the item written as it is, with its uuid, timestamps and row version.
template<class D>
void insertVerbatim(ImportRun &run, const Domain::EntitySpec<D> &spec, const D &item, const QString &sheet, int row)
{
    QSqlDatabase &db = run.store.connection();
    QList<ET::LinkRef> unknown;
    const Status resolved = ET::resolve(db, ET::linksOf(spec, item), &run.ids, &unknown);
    if (!resolved) {
        run.error(sheet, row, QString(), databaseProblem(resolved.detail()));
        run.stopped = true;
        return;
    }
    for (const ET::LinkRef &link : std::as_const(unknown))
        run.error(sheet, row, link.key,
                  RegisterJson::tr("Refers to %1 %2, which is not in the file.")
                      .arg(EntityKinds::singular(link.target).toLower(), link.uuid));
    if (!unknown.isEmpty())
        return;
    QVariantList head = {item.uuid, Domain::IsoTime::moment(item.createdAt), Domain::IsoTime::moment(item.updatedAt),
                         qMax<qint64>(1, item.rowVersion)};
    if (spec.singleRowId > 0)
        head.prepend(spec.singleRowId);
    QSqlQuery query(db);
    qint64 id = 0;
    if (!run.store.dialect().insert(query, ET::insertMain(spec.info().table, ET::infos(spec), spec.singleRowId > 0),
                                    head + ET::mainValues(spec, item, run.ids), &id)) {
        run.error(sheet, row, QString(), databaseProblem(query.lastError().text()));
        run.stopped = true;
        return;
    }
    QString detail;
    if (!ET::writeChildren(db, spec, id, item, run.ids, &detail,
                           spec.singleRowId == 0 ? ET::Owner::New : ET::Owner::Existing)) {
        run.error(sheet, row, QString(), databaseProblem(detail));
        run.stopped = true;
        return;
    }
    run.ids.insert(spec.kind, item.uuid, id);
    ++run.summary->perKind[EntityKinds::code(spec.kind)].created;
}

template<class D> void restoreKind(ImportRun &run, const QJsonArray &array)
{
    const Domain::EntitySpec<D> &spec = D::spec();
    const QString sheet = EntityKinds::code(spec.kind);
    QList<D> items;
    QList<int> rows;
    QList<QJsonObject> objects;
    readItems(run, spec, array, sheet, &items, &rows, &objects);
    for (qsizetype i : writeOrder(spec, items)) {
        if (!run.tick())
            return;
        if (items.at(i).uuid.isEmpty()) {
            run.error(sheet, rows.at(i), QStringLiteral("uuid"),
                      RegisterJson::tr("A restore needs the uuid of every item."));
            continue;
        }
        insertVerbatim(run, spec, items.at(i), sheet, rows.at(i));
    }
    if (!items.isEmpty())
        run.touched.insert(spec.kind);
}

// Merge: a file's uuids in links become the uuids of the items they were matched to.
template<class D>
void remapLinks(const Domain::EntitySpec<D> &spec, QJsonObject &object, const QHash<QString, QString> &map)
{
    if (map.isEmpty())
        return;
    auto mapped = [&map](const QJsonValue &value) {
        const QString uuid = value.toString();
        return QJsonValue(map.value(uuid, uuid));
    };
    for (const Domain::Field<D> &field : spec.fields) {
        if (field.type == Domain::FieldType::Link && object.contains(field.keyName()))
            object.insert(field.keyName(), mapped(object.value(field.keyName())));
    }
    for (const Domain::Child<D> &child : spec.children) {
        const QString key = QLatin1String(child.key);
        if (!object.contains(key))
            continue;
        QJsonArray array = object.value(key).toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (child.kind == Domain::ChildKind::Links) {
                array[i] = mapped(array.at(i));
            } else if (const Domain::RowOps<D> *rows = child.rowOps()) {
                QJsonObject record = array.at(i).toObject();
                for (const Domain::FieldInfo *field : rows->fields()) {
                    if (field->type == Domain::FieldType::Link && record.contains(field->keyName()))
                        record.insert(field->keyName(), mapped(record.value(field->keyName())));
                }
                array[i] = record;
            }
        }
        object.insert(key, array);
    }
}

// Runs work inside a savepoint: a failed item is undone alone (PostgreSQL refuses every later
// statement of a transaction after a failed one otherwise).
bool savepoint(QSqlDatabase &db, const char *sql)
{
    QSqlQuery query(db);
    return query.exec(QLatin1String(sql));
}

template<class D> void mergeKind(ImportRun &run, const QJsonArray &array)
{
    const Domain::EntitySpec<D> &spec = D::spec();
    const QString sheet = EntityKinds::code(spec.kind);
    QSqlDatabase &db = run.store.connection();
    QList<D> current;
    Status status = ET::fetch(db, spec, ET::Filter::all(), &current, false);
    if (!status) {
        run.error(sheet, 0, QString(), databaseProblem(status.detail()));
        run.stopped = true;
        return;
    }
    QHash<QString, const D *> byUuid;
    QHash<QString, QList<const D *>> byName;
    // Request cases and breaches are named by the number their register gave them: another
    // register's R-2026-0001 is another case. They are matched by uuid only.
    const bool numbered = spec.kind == EntityKind::RequestCase || spec.kind == EntityKind::Breach;
    const Domain::Field<D> *display = numbered ? nullptr : spec.displayField();
    QSet<QString> matched; // the register's items this file already wrote
    for (const D &item : std::as_const(current)) {
        byUuid.insert(item.uuid, &item);
        if (display)
            byName[display->text(item)->trimmed().toCaseFolded()].append(&item);
    }

    QList<D> items;
    QList<int> rows;
    QList<QJsonObject> objects;
    readItems(run, spec, array, sheet, &items, &rows, &objects);
    typename ServiceOf<D>::type service(run.store);
    const bool itemSavepoints = run.store.dialect().failureSpoilsTransaction();
    for (qsizetype i : writeOrder(spec, items)) {
        if (!run.tick())
            return;
        QJsonObject object = objects.at(i);
        remapLinks(spec, object, run.uuidMap);
        D item = spec.fromJson(object);
        const QString fileUuid = items.at(i).uuid;
        const D *match = byUuid.value(fileUuid);
        if (!match && spec.singleRowId > 0 && !current.isEmpty())
            match = &current.constFirst(); // the register's one organisation
        if (!match && display) {
            const QList<const D *> named = byName.value(display->text(item)->trimmed().toCaseFolded());
            if (named.size() == 1 && !matched.contains(named.constFirst()->uuid))
                match = named.constFirst();
            else if (named.size() > 1)
                run.add(sheet, rows.at(i), display->keyName(), Severity::Warning,
                        RegisterJson::tr("%n items of the register have this name: a new one is created.", nullptr,
                                         int(named.size())));
        }
        if (match && matched.contains(match->uuid)) {
            run.error(sheet, rows.at(i), display ? display->keyName() : QStringLiteral("uuid"),
                      RegisterJson::tr("Another item of the file was already written to the same item of the "
                                       "register: give each its own name."));
            continue;
        }
        D stored;
        if (match) {
            QList<D> found;
            status = ET::fetch(db, spec, ET::Filter::byUuid(QLatin1String(spec.info().table), match->uuid), &found);
            if (!status || found.isEmpty()) {
                run.error(sheet, rows.at(i), QString(), databaseProblem(status.detail()));
                run.stopped = true;
                return;
            }
            stored = found.constFirst();
            // The file's values over the stored item: what the file does not name (a field of a
            // later version, a list left out) stays as the register has it.
            QJsonObject combined = spec.toJson(stored);
            for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
                if (combined.contains(it.key()) && it.key() != QLatin1String("uuid"))
                    combined.insert(it.key(), it.value());
            }
            // What save() never writes (an agreement's documents) stays as the register has it.
            for (const Domain::Child<D> &child : spec.children) {
                if (child.has(Domain::FieldFlag::ReadOnly))
                    combined.insert(QLatin1String(child.key), child.json(stored));
            }
            item = spec.fromJson(combined);
            item.uuid = stored.uuid;
            item.rowVersion = stored.rowVersion;
            matched.insert(stored.uuid);
        }
        if (itemSavepoints && !savepoint(db, "SAVEPOINT import_item")) {
            run.error(sheet, rows.at(i), QString(), databaseProblem(db.lastError().text()));
            run.stopped = true;
            return;
        }
        Domain::Findings found;
        bool written = false;
        status = service.importItem(&item, !match, &found, &written);
        for (const Domain::Finding &finding : std::as_const(found))
            run.add(sheet, rows.at(i), finding.field, finding.severity, finding.message);
        if (!status) {
            if (itemSavepoints) {
                savepoint(db, "ROLLBACK TO SAVEPOINT import_item");
                savepoint(db, "RELEASE SAVEPOINT import_item");
            }
            if (!Domain::hasErrors(found))
                run.error(sheet, rows.at(i), QString(),
                          status.detail().isEmpty() ? status.message()
                                                    : QStringLiteral("%1 (%2)").arg(status.message(), status.detail()));
            // Refused or in conflict, the item wrote nothing; any other failure may have come after
            // its first write, which only a savepoint could undo: the import stops (and is undone).
            if (!itemSavepoints && status.code() != Status::Code::InvalidInput &&
                status.code() != Status::Code::Conflict)
                run.stopped = true;
            continue;
        }
        if (itemSavepoints)
            savepoint(db, "RELEASE SAVEPOINT import_item");
        if (!fileUuid.isEmpty())
            run.uuidMap.insert(fileUuid, item.uuid);
        ImportSummary::Counts &counts = run.summary->perKind[sheet];
        if (!written)
            ++counts.unchanged;
        else if (match)
            ++counts.updated;
        else
            ++counts.created;
        if (written)
            run.touched.insert(spec.kind);
    }
}

// Merge: the documents of the agreements, each added once (matched by uuid, else by its content
// and name on the same agreement), with one history entry per agreement.
void mergeAttachments(ImportRun &run, const QJsonArray &array)
{
    const QString sheet = QStringLiteral("attachments");
    QSqlDatabase &db = run.store.connection();
    QMap<QString, QList<Register::AgreementService::ImportedAttachment>> perAgreement;
    QMap<QString, QList<int>> rowsOf;
    QSet<QString> known;
    QSet<QString> sameContent; // agreement uuid + sha256 + file name
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT t.uuid, a.uuid, t.sha256, t.file_name FROM attachment t "
                                       "JOIN agreement a ON a.id = t.agreement_id"))) {
            run.error(sheet, 0, QString(), databaseProblem(query.lastError().text()));
            run.stopped = true;
            return;
        }
        while (query.next()) {
            known.insert(query.value(0).toString());
            sameContent.insert(query.value(1).toString() + QLatin1Char('/') + query.value(2).toString() +
                               QLatin1Char('/') + query.value(3).toString());
        }
    }
    for (qsizetype i = 0; i < array.size(); ++i) {
        const int row = int(i + 1);
        const QJsonObject object = array.at(i).toObject();
        const QString fileAgreement = object.value(QStringLiteral("agreement")).toString();
        const QString agreement = run.uuidMap.value(fileAgreement);
        if (agreement.isEmpty()) {
            run.error(sheet, row, QStringLiteral("agreement"),
                      RegisterJson::tr("Refers to %1 %2, which is not in the file.")
                          .arg(EntityKinds::singular(EntityKind::Agreement).toLower(), fileAgreement.left(80)));
            continue;
        }
        const auto content = QByteArray::fromBase64Encoding(
            object.value(QStringLiteral("content")).toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!content) {
            run.error(sheet, row, QStringLiteral("content"), RegisterJson::tr("Expected base64 content."));
            continue;
        }
        const QString sha256 =
            QString::fromLatin1(QCryptographicHash::hash(content.decoded, QCryptographicHash::Sha256).toHex());
        const QString stated = object.value(QStringLiteral("sha256")).toString();
        if (!stated.isEmpty() && stated != sha256) {
            run.error(sheet, row, QStringLiteral("sha256"),
                      RegisterJson::tr("The document's content does not match its SHA-256: the file was damaged or "
                                       "changed."));
            continue;
        }
        Register::AgreementService::ImportedAttachment document;
        document.info.uuid = object.value(QStringLiteral("uuid")).toString();
        document.info.fileName = object.value(QStringLiteral("fileName")).toString();
        document.info.mimeType = object.value(QStringLiteral("mimeType")).toString();
        document.info.description = object.value(QStringLiteral("description")).toString();
        document.info.addedAt = Domain::IsoTime::parseMoment(object.value(QStringLiteral("addedAt")).toString());
        document.content = content.decoded;
        if (!isUuid(document.info.uuid))
            document.info.uuid.clear();
        ImportSummary::Counts &counts = run.summary->perKind[sheet];
        if (!document.info.uuid.isEmpty() && known.contains(document.info.uuid) &&
            !sameContent.contains(agreement + QLatin1Char('/') + sha256 + QLatin1Char('/') +
                                  document.info.fileName.trimmed()))
            document.info.uuid.clear(); // the uuid of another document: this one gets its own
        if (known.contains(document.info.uuid) ||
            sameContent.contains(agreement + QLatin1Char('/') + sha256 + QLatin1Char('/') +
                                 document.info.fileName.trimmed())) {
            ++counts.unchanged;
            continue;
        }
        if (!document.info.uuid.isEmpty())
            known.insert(document.info.uuid);
        sameContent.insert(agreement + QLatin1Char('/') + sha256 + QLatin1Char('/') + document.info.fileName.trimmed());
        perAgreement[agreement].append(document);
        rowsOf[agreement].append(row);
    }
    Register::AgreementService service(run.store);
    for (auto it = perAgreement.cbegin(); it != perAgreement.cend() && !run.stopped; ++it) {
        if (!savepoint(db, "SAVEPOINT import_item")) {
            run.error(sheet, rowsOf.value(it.key()).constFirst(), QString(), databaseProblem(db.lastError().text()));
            run.stopped = true;
            return;
        }
        const Status status = service.importAttachments(it.key(), it.value());
        if (!status) {
            savepoint(db, "ROLLBACK TO SAVEPOINT import_item");
            run.error(sheet, rowsOf.value(it.key()).constFirst(), QString(),
                      status.detail().isEmpty() ? status.message()
                                                : QStringLiteral("%1 (%2)").arg(status.message(), status.detail()));
        }
        savepoint(db, "RELEASE SAVEPOINT import_item");
        if (status) {
            run.summary->perKind[sheet].created += int(it.value().size());
            run.touched.insert(EntityKind::Agreement);
        }
    }
}

// Every kind, in an order that writes an item after the items it refers to.
struct KindExchange
{
    EntityKind kind;
    std::function<Status(QSqlDatabase &, QJsonArray *)> exportItems;
    std::function<void(ImportRun &, const QJsonArray &)> restore;
    std::function<void(ImportRun &, const QJsonArray &)> merge;
    KindColumns columns;
};

template<class D> KindColumns columnsOf()
{
    const Domain::EntitySpec<D> &spec = D::spec();
    KindColumns columns;
    columns.kind = spec.kind;
    for (const Domain::Field<D> &field : spec.fields)
        columns.fields.append(&field);
    for (const Domain::Child<D> &child : spec.children) {
        if (child.has(Domain::FieldFlag::ReadOnly))
            continue;
        KindColumns::ChildColumns entry{&child, {}};
        if (const Domain::RowOps<D> *rows = child.rowOps())
            entry.rowFields = rows->fields();
        columns.children.append(entry);
    }
    return columns;
}

template<class D> KindExchange kindExchange()
{
    return {D::spec().kind,
            [](QSqlDatabase &db, QJsonArray *out) {
                const Domain::EntitySpec<D> &spec = D::spec();
                QList<D> items;
                const Status status = ET::fetch(db, spec, ET::Filter::all(), &items);
                if (!status)
                    return status;
                for (const D &item : std::as_const(items)) {
                    QJsonObject object = spec.toJson(item);
                    // What save() never writes is exported with its own table (documents).
                    for (const Domain::Child<D> &child : spec.children) {
                        if (child.has(Domain::FieldFlag::ReadOnly))
                            object.remove(QLatin1String(child.key));
                    }
                    object.insert(QStringLiteral("rowVersion"), item.rowVersion);
                    out->append(object);
                }
                return Status::ok();
            },
            &restoreKind<D>, &mergeKind<D>, columnsOf<D>()};
}

const QList<KindExchange> &kinds()
{
    static const QList<KindExchange> all = {
        kindExchange<Domain::Organisation>(),      kindExchange<Domain::Party>(),
        kindExchange<Domain::SecurityMeasure>(),   kindExchange<Domain::RetentionRule>(),
        kindExchange<Domain::Agreement>(),         kindExchange<Domain::ProcessingActivity>(),
        kindExchange<Domain::ProcessorActivity>(), kindExchange<Domain::LegalHold>(),
        kindExchange<Domain::RequestCase>(),       kindExchange<Domain::Breach>(),
    };
    return all;
}

} // namespace

const QList<Domain::EntityKind> &exchangedKinds()
{
    static const QList<EntityKind> list = [] {
        QList<EntityKind> found;
        for (const KindExchange &kind : kinds())
            found.append(kind.kind);
        return found;
    }();
    return list;
}

const KindColumns &kindColumns(EntityKind kind)
{
    for (const KindExchange &exchange : kinds()) {
        if (exchange.kind == kind)
            return exchange.columns;
    }
    static const KindColumns none;
    return none;
}

Status exportItems(QSqlDatabase &db, EntityKind kind, QJsonArray *items)
{
    for (const KindExchange &exchange : kinds()) {
        if (exchange.kind == kind)
            return exchange.exportItems(db, items);
    }
    return Status::ok();
}

namespace {

// Restore: the rows of a side table, references by uuid to the items written before.
void restoreTable(ImportRun &run, const SideTable &table, const QJsonArray &array, const QString &sheet)
{
    QSqlDatabase &db = run.store.connection();
    QStringList columns;
    for (const SideColumn &column : table.columns)
        columns << QLatin1String(column.column);
    const QString sql = table.upsertKey ? run.store.dialect().upsert(QLatin1String(table.table), columns,
                                                                     QLatin1String(table.upsertKey))
                                        : QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                              .arg(QLatin1String(table.table), columns.join(QLatin1String(", ")),
                                                   Storage::sqlPlaceholders(columns.size()));
    QSqlQuery query(db);
    if (!query.prepare(sql)) {
        run.error(sheet, 0, QString(), databaseProblem(query.lastError().text()));
        run.stopped = true;
        return;
    }
    for (qsizetype i = 0; i < array.size() && run.tick(); ++i) {
        const int row = int(i + 1);
        const QJsonObject object = array.at(i).toObject();
        if (!array.at(i).isObject()) {
            run.error(sheet, row, QString(), RegisterJson::tr("Expected a row (a JSON object)."));
            continue;
        }
        QVariantList values;
        bool ok = true;
        for (const SideColumn &column : table.columns) {
            const QString key = QLatin1String(column.key);
            const QJsonValue value = object.value(key);
            switch (column.type) {
            case T::Text:
                if (!value.isString() && !value.isNull()) {
                    run.error(sheet, row, key, RegisterJson::tr("Expected text."));
                    ok = false;
                }
                values << (value.isNull() ? QVariant() : QVariant(value.toString()));
                break;
            case T::Int:
                if ((!value.isDouble() || value.toDouble() != double(value.toInteger())) && !value.isNull()) {
                    run.error(sheet, row, key, RegisterJson::tr("Expected a whole number."));
                    ok = false;
                }
                values << (value.isNull() ? QVariant() : QVariant(value.toInteger()));
                break;
            case T::Blob: {
                const auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(),
                                                                    QByteArray::AbortOnBase64DecodingErrors);
                if (!value.isString() || !decoded) {
                    run.error(sheet, row, key, RegisterJson::tr("Expected base64 content."));
                    ok = false;
                }
                values << QVariant(decoded.decoded);
                break;
            }
            case T::Json:
                values << (value.isObject()
                               ? QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact))
                               : value.toString());
                break;
            case T::Ref: {
                const QString uuid = value.toString();
                const qint64 id = uuid.isEmpty() ? 0 : run.ids.id(column.target, uuid);
                if (!uuid.isEmpty() && id == 0) {
                    run.error(sheet, row, key,
                              RegisterJson::tr("Refers to %1 %2, which is not in the file.")
                                  .arg(EntityKinds::singular(column.target).toLower(), uuid.left(80)));
                    ok = false;
                }
                values << (id > 0 ? QVariant(id) : QVariant());
                break;
            }
            }
        }
        if (!ok)
            continue;
        for (const QVariant &value : std::as_const(values))
            query.addBindValue(value);
        if (!query.exec()) {
            run.error(sheet, row, QString(), databaseProblem(query.lastError().text()));
            run.stopped = true;
        }
    }
}

bool isEmptyRegister(Storage::Store &store, QString *detail)
{
    QSqlQuery query(store.connection());
    query.setForwardOnly(true);
    QStringList counts = {QStringLiteral("(SELECT count(*) FROM audit_log)")};
    for (const KindExchange &kind : kinds())
        counts << QStringLiteral("(SELECT count(*) FROM %1)").arg(QLatin1String(EntityKinds::info(kind.kind).table));
    if (!query.exec(QStringLiteral("SELECT %1").arg(counts.join(QLatin1String(" + ")))) || !query.next()) {
        *detail = query.lastError().text();
        return false;
    }
    return query.value(0).toLongLong() == 0;
}

} // namespace

QString RegisterJson::cancelledExport()
{
    return tr("The export was stopped. No file was written.");
}

Status RegisterJson::exportRegister(Storage::Store &store, QJsonObject *document, const Progress &progress)
{
    const qint64 steps = kinds().size() + sideTables().size() + 2 + 1;
    qint64 done = 0;
    auto step = [&] { return !progress || progress(++done, steps); };
    QSqlDatabase &db = store.connection();
    const QString failed = tr("The register could not be exported.");
    // One state: everything is read in one transaction (a snapshot on PostgreSQL).
    if (!beginSnapshot(store))
        return Status::error(Status::Code::DatabaseError, failed, db.lastError().text());
    auto abandon = [&db, &failed](const Status &status) {
        db.rollback();
        return Status::error(status.code(), failed, status.detail().isEmpty() ? status.message() : status.detail());
    };
    Storage::HistoryHead head;
    Status status = Storage::HistoryChain::readHead(db, &head);
    if (!status)
        return abandon(status);

    QJsonObject items;
    for (const KindExchange &kind : kinds()) {
        QJsonArray array;
        status = kind.exportItems(db, &array);
        if (!status)
            return abandon(status);
        items.insert(EntityKinds::code(kind.kind), array);
        if (!step()) {
            db.rollback();
            return Status::error(Status::Code::Cancelled, cancelledExport());
        }
    }
    QJsonObject tables;
    for (const SideTable &table : sideTables()) {
        QJsonArray rows;
        status = exportTable(db, table, &rows);
        if (!status)
            return abandon(status);
        tables.insert(QLatin1String(table.key), rows);
        step();
    }
    QJsonArray entries;
    QJsonArray keys;
    status = exportTable(db, historyEntriesTable(), &entries);
    if (status)
        status = exportTable(db, historyKeysTable(), &keys);
    if (!status)
        return abandon(status);
    if (!step() || !step()) {
        db.rollback();
        return Status::error(Status::Code::Cancelled, cancelledExport());
    }
    // From the register itself: a restore writes the id of the register it restores, which a store
    // opened before it does not know until it is opened again.
    QString registerId = store.registerId();
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (query.exec(QStringLiteral("SELECT value FROM register_info WHERE key = 'register_id'")) && query.next())
            registerId = query.value(0).toString();
    }
    const QDateTime now = store.now();
    db.rollback();

    *document = QJsonObject{
        {QStringLiteral("format"), formatName()},
        {QStringLiteral("formatVersion"), formatVersion},
        {QStringLiteral("schemaVersion"), store.schemaVersion()},
        {QStringLiteral("generator"), QStringLiteral("Custodian " CUSTODIAN_VERSION)},
        {QStringLiteral("exportedAt"), Domain::IsoTime::moment(now)},
        {QStringLiteral("register"),
         QJsonObject{{QStringLiteral("id"), registerId},
                     {QStringLiteral("state"),
                      QJsonObject{{QStringLiteral("count"), head.count}, {QStringLiteral("hash"), head.hash}}}}},
        {QStringLiteral("items"), items},
        {QStringLiteral("tables"), tables},
        {QStringLiteral("history"), QJsonObject{{QStringLiteral("entries"), entries}, {QStringLiteral("keys"), keys}}},
    };
    return Status::ok();
}

QByteArray RegisterJson::toText(const QJsonObject &document)
{
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

Status RegisterJson::import(Storage::Store &store, const QByteArray &data, const Options &options,
                            QList<ImportFinding> *findings, ImportSummary *summary)
{
    *summary = ImportSummary();
    summary->dryRun = options.dryRun;
    ImportRun run{store, options, findings, summary, {}, {}, {}, false, nullptr};
    const QString refused = tr("Nothing was imported: the file has errors.");
    auto refuse = [&] { return Status::error(Status::Code::InvalidInput, refused); };

    QJsonParseError parseError;
    const QJsonDocument parsed = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        run.error(QString(), 0, QString(),
                  tr("The file is not valid JSON (at byte %1: %2).")
                      .arg(QString::number(parseError.offset), parseError.errorString()));
        return refuse();
    }
    if (!parsed.isObject()) {
        run.error(QString(), 0, QStringLiteral("format"), tr("The file is not a Custodian register export."));
        return refuse();
    }
    return importDocument(store, parsed.object(), options, findings, summary);
}

Status RegisterJson::importDocument(Storage::Store &store, const QJsonObject &document, const Options &options,
                                    QList<ImportFinding> *findings, ImportSummary *summary)
{
    *summary = ImportSummary();
    summary->dryRun = options.dryRun;
    ImportRun run{store, options, findings, summary, {}, {}, {}, false, nullptr};
    const QString refused = tr("Nothing was imported: the file has errors.");
    auto refuse = [&] { return Status::error(Status::Code::InvalidInput, refused); };
    if (document.value(QStringLiteral("format")).toString() != formatName()) {
        run.error(QString(), 0, QStringLiteral("format"), tr("The file is not a Custodian register export."));
        return refuse();
    }
    const int version = document.value(QStringLiteral("formatVersion")).toInt();
    if (version < 1 || version > formatVersion) {
        run.error(QString(), 0, QStringLiteral("formatVersion"),
                  tr("The file was written in format version %1, which this version of Custodian does not read "
                     "(it reads up to %2): update Custodian.")
                      .arg(QString::number(version), QString::number(formatVersion)));
        return refuse();
    }
    const int schema = document.value(QStringLiteral("schemaVersion")).toInt();
    if (schema > store.schemaVersion())
        run.add(QString(), 0, QStringLiteral("schemaVersion"), Severity::Warning,
                tr("The file comes from a newer version of Custodian (schema %1, this one has %2): fields this "
                   "version does not know are left out.")
                    .arg(QString::number(schema), QString::number(store.schemaVersion())));
    const QJsonObject items = document.value(QStringLiteral("items")).toObject();
    const QJsonObject tables = document.value(QStringLiteral("tables")).toObject();
    const QJsonObject history = document.value(QStringLiteral("history")).toObject();
    for (auto it = items.constBegin(); it != items.constEnd(); ++it) {
        bool known = false;
        for (const KindExchange &kind : kinds())
            known = known || it.key() == EntityKinds::code(kind.kind);
        if (!known)
            run.add(it.key(), 0, QString(), Severity::Warning, tr("Unknown kind of item: ignored."));
        else if (!it.value().isArray())
            run.error(it.key(), 0, QString(), tr("Expected a list of items."));
    }

    QSqlDatabase &db = store.connection();
    const QString failed = tr("The import could not be written. Nothing was changed.");
    if (options.mode == Mode::Restore) {
        QString detail;
        const bool empty = isEmptyRegister(store, &detail);
        if (!detail.isEmpty())
            return Status::error(Status::Code::DatabaseError, failed, detail);
        if (!empty) {
            run.error(QString(), 0, QString(),
                      tr("A restore needs an empty register: this one already holds items or history. Import into a "
                         "new register, or merge instead."));
            return refuse();
        }
    }
    if (hasErrors(*findings))
        return refuse();

    qint64 total = 0;
    for (const KindExchange &kind : kinds())
        total += items.value(EntityKinds::code(kind.kind)).toArray().size();
    if (options.mode == Mode::Restore) {
        for (const SideTable &table : sideTables())
            total += tables.value(QLatin1String(table.key)).toArray().size();
        total += history.value(QStringLiteral("keys")).toArray().size() +
                 history.value(QStringLiteral("entries")).toArray().size();
    }
    ProgressTicker ticker(options.progress, total);
    run.ticker = &ticker;
    // Events a progress window ran may have read the items written so far: after a rollback the
    // lists read again.
    auto undo = [&] {
        db.rollback();
        if (ticker.reported()) {
            for (EntityKind kind : std::as_const(run.touched))
                store.changes().announce(kind, QString());
        }
    };
    if (!db.transaction())
        return Status::error(Status::Code::DatabaseError, failed, db.lastError().text());
    for (const KindExchange &kind : kinds()) {
        const QJsonArray array = items.value(EntityKinds::code(kind.kind)).toArray();
        if (run.stopped)
            break;
        if (options.mode == Mode::Restore)
            kind.restore(run, array);
        else
            kind.merge(run, array);
    }
    if (options.mode == Mode::Restore) {
        for (const SideTable &table : sideTables()) {
            if (!run.stopped)
                restoreTable(run, table, tables.value(QLatin1String(table.key)).toArray(), QLatin1String(table.key));
        }
        const QJsonArray entries = history.value(QStringLiteral("entries")).toArray();
        if (!run.stopped)
            restoreTable(run, historyKeysTable(), history.value(QStringLiteral("keys")).toArray(),
                         QStringLiteral("history.keys"));
        if (!run.stopped)
            restoreTable(run, historyEntriesTable(), entries, QStringLiteral("history.entries"));
        // The head follows the entries; the chain must then verify and end where the file says.
        const QJsonObject state =
            document.value(QStringLiteral("register")).toObject().value(QStringLiteral("state")).toObject();
        // '' (not NULL: the column is NOT NULL) for a register without history.
        const QString lastHash =
            entries.isEmpty() ? QStringLiteral("") : entries.last().toObject().value(QStringLiteral("hash")).toString();
        QSqlQuery query(db);
        if (!run.stopped && !ET::run(query, QStringLiteral("UPDATE history_head SET count = ?, hash = ? WHERE id = 1"),
                                     {qint64(entries.size()), lastHash})) {
            run.error(QStringLiteral("history.entries"), 0, QString(), databaseProblem(query.lastError().text()));
            run.stopped = true;
        }
        summary->historyEntries = entries.size();
        const QString registerId =
            document.value(QStringLiteral("register")).toObject().value(QStringLiteral("id")).toString();
        if (!run.stopped && !registerId.isEmpty() &&
            !ET::run(query, QStringLiteral("UPDATE register_info SET value = ? WHERE key = 'register_id'"),
                     {registerId})) {
            run.error(QString(), 0, QStringLiteral("register.id"), databaseProblem(query.lastError().text()));
            run.stopped = true;
        }
        if (!run.stopped && !hasErrors(*findings)) {
            const Storage::HistoryChain::Report chain = Storage::HistoryChain::verify(db);
            if (!chain.ok)
                run.error(QStringLiteral("history.entries"), int(chain.firstBroken), QString(),
                          tr("The history in the file does not verify: %1").arg(chain.problem));
            else if (chain.head.count != state.value(QStringLiteral("count")).toInteger() ||
                     chain.head.hash != state.value(QStringLiteral("hash")).toString())
                run.error(QStringLiteral("history.entries"), 0, QString(),
                          tr("The history in the file does not end in the state the file names: entries are "
                             "missing or were changed."));
            QStringList problems;
            const Status compared =
                Storage::HistoryChain::rowsAgainstHistory(db, Storage::HistoryChain::registerTables(), &problems);
            for (const QString &problem : std::as_const(problems))
                run.add(QStringLiteral("history.entries"), 0, QString(), Severity::Warning, problem);
            if (!compared)
                run.error(QStringLiteral("history.entries"), 0, QString(), databaseProblem(compared.detail()));
        }
    } else {
        const qsizetype entries = history.value(QStringLiteral("entries")).toArray().size();
        if (entries > 0)
            run.add(QStringLiteral("history.entries"), 0, QString(), Severity::Info,
                    tr("A merge records each item it writes in this register's own history; the %n entries of the "
                       "file's history are not copied (a restore into a new register copies them).",
                       nullptr, int(entries)));
        if (!run.stopped)
            mergeAttachments(run, tables.value(QStringLiteral("attachments")).toArray());
        int rows = 0;
        for (const SideTable &table : sideTables()) {
            const QLatin1String key(table.key);
            if (key != QLatin1String("settings") && key != QLatin1String("attachments"))
                rows += int(tables.value(QLatin1String(table.key)).toArray().size());
        }
        if (rows > 0)
            run.add(QStringLiteral("tables"), 0, QString(), Severity::Warning,
                    tr("A merge does not yet bring letters, letter templates, extra holidays and counters (%n "
                       "rows in the file); a restore into a new register does.",
                       nullptr, rows));
    }

    if (ticker.cancelled()) {
        undo();
        return Status::error(Status::Code::Cancelled, tr("The import was stopped. Nothing was changed."));
    }
    if (hasErrors(*findings) || options.dryRun) {
        undo();
        return hasErrors(*findings) ? refuse() : Status::ok();
    }
    if (!db.commit()) {
        const QString detail = db.lastError().text();
        db.rollback();
        return Status::error(Status::Code::DatabaseError, failed, detail);
    }
    summary->applied = true;
    // A changed agreement can move the controller notices of open breaches
    // (AgreementService::allocate): their lists read them again.
    if (run.touched.contains(EntityKind::Agreement))
        run.touched.insert(EntityKind::Breach);
    for (EntityKind kind : std::as_const(run.touched))
        store.changes().announce(kind, QString());
    return Status::ok();
}

} // namespace Custodian::Exchange
