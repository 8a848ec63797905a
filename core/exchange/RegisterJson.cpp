#include "RegisterJson.h"

#include "exchange/ExchangeKinds.h"
#include "exchange/ExchangeTables.h"
#include "exchange/JsonImportRun.h"
#include "register/ActivityService.h"

#include "domain/IsoTime.h"
#include "register/EntityTable.h"
#include "register/Services.h"
#include "storage/BoundQuery.h"
#include "storage/HistoryChain.h"
#include "storage/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>

namespace Custodian::Exchange {

using namespace JsonImport;

namespace JsonImport {

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

QString databaseProblem(const QString &detail)
{
    return RegisterJson::tr("The register refused this item: %1").arg(detail);
}

} // namespace JsonImport

namespace {

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

// Every kind, in an order that writes an item after the items it refers to.
struct KindExchange
{
    EntityKind kind;
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

const QList<KindExchange> &kinds()
{
    static const QList<KindExchange> all = [] {
        QList<KindExchange> list;
        forEachKindType([&list]<class D>() {
            list.append({D::spec().kind, &restoreKind<D>, &mergeKind<D>, columnsOf<D>()});
        });
        return list;
    }();
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

namespace {

using T = SideColumn::Type;

// Restore: the rows of a side table, references by uuid to the items written before; `written`
// sees each row written, as its object in the file and the values it was written with.
void restoreTable(ImportRun &run, const SideTable &table, const QJsonArray &array, const QString &sheet,
                  const std::function<void(const QJsonObject &, const QVariantList &)> &written = {})
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
        if (!Storage::execBound(query, values)) {
            run.error(sheet, row, QString(), databaseProblem(query.lastError().text()));
            run.stopped = true;
        } else if (written) {
            written(object, values);
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

QString RegisterJson::listName(const QString &key)
{
    if (const std::optional<EntityKind> kind = EntityKinds::fromCode(key))
        return EntityKinds::plural(*kind);
    if (key == QLatin1String("attachments"))
        return tr("Documents");
    if (key == QLatin1String("letters"))
        return tr("Letters");
    if (key == QLatin1String("letterTemplates"))
        return tr("Letter templates");
    if (key == QLatin1String("extraHolidays"))
        return tr("Extra holidays");
    return key;
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
        // An export made before activities had numbers (schema 20): numbered as the upgrade numbers them.
        if (!run.stopped) {
            const Status numbered = Register::ActivityService::numberUnnumbered(db);
            if (!numbered) {
                run.error(EntityKinds::code(EntityKind::ProcessingActivity), 0, QString(),
                          databaseProblem(numbered.detail().isEmpty() ? numbered.message() : numbered.detail()));
                run.stopped = true;
            }
        }
        const QJsonArray entries = history.value(QStringLiteral("entries")).toArray();
        if (!run.stopped)
            restoreTable(run, historyKeysTable(), history.value(QStringLiteral("keys")).toArray(),
                         QStringLiteral("history.keys"));
        // The chain is checked as its entries are written, from the values written: the changes
        // of each as the compact text of its object, which is their canonical form. Entries out of
        // order in the file, and text the register may store otherwise than it was given, are
        // checked again below as the register holds them.
        Storage::HistoryChain::Verifier verifier;
        bool asStored = false; // the chain is to be checked on the register's rows
        if (!run.stopped)
            restoreTable(run, historyEntriesTable(), entries, QStringLiteral("history.entries"),
                         [&verifier, &asStored](const QJsonObject &object, const QVariantList &values) {
                             Storage::HistoryChain::Entry entry;
                             entry.seq = values.at(0).toLongLong();
                             entry.at = values.at(1).toString();
                             entry.actor = values.at(2).toString();
                             entry.entity = values.at(3).toString();
                             entry.uuid = values.at(4).toString();
                             entry.action = values.at(5).toString();
                             entry.changes = values.at(6).toString();
                             if (object.value(QLatin1String("changes")).isObject())
                                 entry.canonicalChanges = entry.changes.toUtf8();
                             for (const QVariant &value : values) {
                                 if (value.typeId() == QMetaType::QString && !value.toString().isValidUtf16())
                                     asStored = true;
                             }
                             verifier.add(entry, values.at(7).toString());
                         });
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
            Storage::HistoryHead stored;
            Storage::HistoryChain::Report chain;
            if (!asStored && Storage::HistoryChain::readHead(db, &stored))
                chain = verifier.finish(stored);
            if (!chain.ok)
                chain = Storage::HistoryChain::verify(db);
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
        if (!run.stopped)
            mergeLetters(run, tables.value(QStringLiteral("letters")).toArray());
        if (!run.stopped)
            mergeLetterTemplates(run, tables.value(QStringLiteral("letterTemplates")).toArray());
        if (!run.stopped)
            mergeExtraHolidays(run, tables.value(QStringLiteral("extraHolidays")).toArray());
        const qsizetype own = tables.value(QStringLiteral("settings")).toArray().size() +
                              tables.value(QStringLiteral("counters")).toArray().size();
        if (own > 0)
            run.add(QStringLiteral("tables"), 0, QString(), Severity::Info,
                    tr("A merge keeps this register's own settings and case numbering; the file's (%n rows) are not "
                       "copied (a restore into a new register copies them).",
                       nullptr, int(own)));
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
