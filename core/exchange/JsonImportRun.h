#pragma once

// The parts of a register import (RegisterJson::importDocument) that its restore
// (RegisterJson.cpp) and its merge (RegisterJsonMerge.cpp) share. Internal to core/exchange.

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include "domain/EntityKind.h"
#include "domain/Finding.h"
#include "exchange/ExchangeTables.h"
#include "exchange/ImportReport.h"
#include "exchange/Progress.h"
#include "exchange/RegisterJson.h"
#include "register/EntityTable.h"

namespace Custodian::Storage {
class Store;
}

namespace Custodian::Exchange::JsonImport {

namespace ET = Register::EntityTable;
using Domain::EntityKind;
using Domain::EntityKinds;
using Severity = Domain::Finding::Severity;

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

// Why a value does not fit its field, or an empty string.
QString typeProblem(const Domain::FieldInfo &field, const QJsonValue &value);
// A finding's text for a write the register refused.
QString databaseProblem(const QString &detail);

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
    seen.reserve(array.size());
    items->reserve(array.size());
    rows->reserve(array.size());
    objects->reserve(array.size());
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
        items->append(std::move(item));
        rows->append(row);
        objects->append(object);
    }
}

// Merge (RegisterJsonMerge.cpp): the items of a kind, matched by uuid else by name, each written
// through its service with a history entry.
template<class D> void mergeKind(ImportRun &run, const QJsonArray &array);
// Merge: the documents of the agreements.
void mergeAttachments(ImportRun &run, const QJsonArray &array);
// Letters, by uuid, with their case as the merge wrote it; a letter the register holds gets the
// file's title and text.
void mergeLetters(ImportRun &run, const QJsonArray &array);
// The register's own template texts, by name and language, checked as the template editor checks
// them.
void mergeLetterTemplates(ImportRun &run, const QJsonArray &array);
// Extra holidays a calendar does not have yet, by day.
void mergeExtraHolidays(ImportRun &run, const QJsonArray &array);

} // namespace Custodian::Exchange::JsonImport
