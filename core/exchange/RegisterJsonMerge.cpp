#include "exchange/JsonImportRun.h"

#include "domain/IsoTime.h"
#include "register/LetterService.h"
#include "register/OrganisationService.h"
#include "register/RegisterSettingsService.h"
#include "register/Services.h"
#include "storage/Store.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

// The merge of a register export (RegisterJson::Mode::Merge): every item written through the
// service of its kind, with the kind's rules and a history entry, matched to the register's items
// by uuid, else by name.

namespace Custodian::Exchange::JsonImport {

namespace {

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
template<> struct ServiceOf<Domain::PrivacyStatement>
{
    using type = Register::PrivacyStatementService;
};
template<> struct ServiceOf<Domain::StatementVersion>
{
    using type = Register::StatementVersionService;
};
template<> struct ServiceOf<Domain::ActivityVersion>
{
    using type = Register::ActivityVersionService;
};
template<> struct ServiceOf<Domain::ProcessingActivity>
{
    using type = Register::ActivityService;
};
template<> struct ServiceOf<Domain::ProcessorActivity>
{
    using type = Register::ProcessorActivityService;
};
template<> struct ServiceOf<Domain::RetentionRule>
{
    using type = Register::RetentionRuleService;
};

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

// The same for an item as read from the file.
template<class D> void remapLinks(const Domain::EntitySpec<D> &spec, D &item, const QHash<QString, QString> &map)
{
    if (map.isEmpty())
        return;
    const auto mapped = [&map](const QString &uuid) { return map.value(uuid, uuid); };
    for (const Domain::Field<D> &field : spec.fields) {
        if (field.type != Domain::FieldType::Link)
            continue;
        const QString uuid = field.value(item).toString();
        if (!uuid.isEmpty())
            field.setValue(item, mapped(uuid));
    }
    for (const Domain::Child<D> &child : spec.children) {
        if (const Domain::RowOps<D> *rows = child.rowOps())
            rows->mapLinks(item, mapped);
        else if (child.kind == Domain::ChildKind::Links) {
            for (QString &uuid : item.*child.list())
                uuid = mapped(uuid);
        }
    }
}

// Runs work inside a savepoint: a failed item is undone alone (PostgreSQL refuses every later
// statement of a transaction after a failed one otherwise).
bool savepoint(QSqlDatabase &db, const char *sql)
{
    QSqlQuery query(db);
    return query.exec(QLatin1String(sql));
}

} // namespace

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
    // register's R-2026-0001 is another case; every version of a statement or an activity has its
    // title. They are matched by uuid only.
    const bool numbered = spec.kind == EntityKind::RequestCase || spec.kind == EntityKind::Breach ||
                          spec.kind == EntityKind::StatementVersion || spec.kind == EntityKind::ActivityVersion;
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
        D item = items.at(i);
        item.rowVersion = D().rowVersion;
        const QString fileUuid = item.uuid;
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
            QJsonObject object = objects.at(i);
            remapLinks(spec, object, run.uuidMap);
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
            // A file's extra fields join those the item has from other files and layouts: one of
            // the same name takes the file's value, an emptied cell removes it.
            if constexpr (requires { item.extraFields; }) {
                item.extraFields = object.contains(QLatin1String("extraFields"))
                                       ? Domain::ExtraFields::merged(stored.extraFields, items.at(i).extraFields)
                                       : stored.extraFields;
            }
            matched.insert(stored.uuid);
        } else {
            remapLinks(spec, item, run.uuidMap);
            if constexpr (requires { item.extraFields; })
                item.extraFields = Domain::ExtraFields::merged({}, item.extraFields);
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

template void mergeKind<Domain::Organisation>(ImportRun &, const QJsonArray &);
template void mergeKind<Domain::Party>(ImportRun &, const QJsonArray &);
template void mergeKind<Domain::SecurityMeasure>(ImportRun &, const QJsonArray &);
template void mergeKind<Domain::RetentionRule>(ImportRun &, const QJsonArray &);
template void mergeKind<Domain::Agreement>(ImportRun &, const QJsonArray &);
template void mergeKind<Domain::ProcessingActivity>(ImportRun &, const QJsonArray &);
template void mergeKind<Domain::ProcessorActivity>(ImportRun &, const QJsonArray &);
template void mergeKind<Domain::ActivityVersion>(ImportRun &, const QJsonArray &);
template void mergeKind<Domain::LegalHold>(ImportRun &, const QJsonArray &);
template void mergeKind<Domain::Cookie>(ImportRun &, const QJsonArray &);
template void mergeKind<Domain::ControlReference>(ImportRun &, const QJsonArray &);
template void mergeKind<Domain::PrivacyStatement>(ImportRun &, const QJsonArray &);
template void mergeKind<Domain::StatementVersion>(ImportRun &, const QJsonArray &);
template void mergeKind<Domain::RequestCase>(ImportRun &, const QJsonArray &);
template void mergeKind<Domain::Breach>(ImportRun &, const QJsonArray &);

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

namespace {

QString problemOf(const Status &status)
{
    return status.detail().isEmpty() ? status.message()
                                     : QStringLiteral("%1 (%2)").arg(status.message(), status.detail());
}

// One row of a side table written through its service, undone alone when the service refuses it;
// a database failure stops the import.
Status writeGuarded(ImportRun &run, const QString &sheet, int row, const QString &column,
                    const std::function<Status()> &write)
{
    QSqlDatabase &db = run.store.connection();
    if (!savepoint(db, "SAVEPOINT import_row")) {
        run.error(sheet, row, QString(), databaseProblem(db.lastError().text()));
        run.stopped = true;
        return Status::error(Status::Code::DatabaseError, db.lastError().text());
    }
    const Status status = write();
    if (!status) {
        savepoint(db, "ROLLBACK TO SAVEPOINT import_row");
        run.error(sheet, row, column, problemOf(status));
        if (status.code() == Status::Code::DatabaseError)
            run.stopped = true;
    }
    savepoint(db, "RELEASE SAVEPOINT import_row");
    return status;
}

bool rowObject(ImportRun &run, const QJsonArray &array, qsizetype i, const QString &sheet, QJsonObject *object)
{
    if (!array.at(i).isObject()) {
        run.error(sheet, int(i + 1), QString(), RegisterJson::tr("Expected a row (a JSON object)."));
        return false;
    }
    *object = array.at(i).toObject();
    return true;
}

} // namespace

void mergeLetters(ImportRun &run, const QJsonArray &array)
{
    if (array.isEmpty())
        return; // a list the file does not have is not in the summary
    const QString sheet = QStringLiteral("letters");
    Register::LetterService service(run.store);
    ImportSummary::Counts &counts = run.summary->perKind[sheet];
    for (qsizetype i = 0; i < array.size() && !run.stopped; ++i) {
        const int row = int(i + 1);
        QJsonObject object;
        if (!rowObject(run, array, i, sheet, &object))
            continue;
        const QString request = object.value(QStringLiteral("request")).toString();
        const QString breach = object.value(QStringLiteral("breach")).toString();
        const bool ofRequest = !request.isEmpty();
        const QString fileCase = ofRequest ? request : breach;
        const QString caseUuid = run.uuidMap.value(fileCase);
        if (caseUuid.isEmpty()) {
            const EntityKind kind = ofRequest ? EntityKind::RequestCase : EntityKind::Breach;
            run.error(sheet, row, ofRequest ? QStringLiteral("request") : QStringLiteral("breach"),
                      RegisterJson::tr("Refers to %1 %2, which is not in the file.")
                          .arg(EntityKinds::singular(kind).toLower(), fileCase.left(80)));
            continue;
        }
        Register::Letter letter;
        letter.uuid = object.value(QStringLiteral("uuid")).toString();
        if (!isUuid(letter.uuid))
            letter.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        letter.caseUuid = caseUuid;
        letter.kind = object.value(QStringLiteral("kind")).toString();
        letter.language = object.value(QStringLiteral("language")).toString();
        letter.title = object.value(QStringLiteral("title")).toString();
        const QString party = object.value(QStringLiteral("partyUuid")).toString();
        letter.partyUuid = run.uuidMap.value(party, party);
        letter.body = object.value(QStringLiteral("body")).toString();
        letter.createdAt = Domain::IsoTime::parseMoment(object.value(QStringLiteral("createdAt")).toString());
        letter.updatedAt = Domain::IsoTime::parseMoment(object.value(QStringLiteral("updatedAt")).toString());
        using Imported = Register::LetterService::Imported;
        Imported imported = Imported::Unchanged;
        if (!writeGuarded(run, sheet, row, QString(), [&] { return service.importLetter(letter, &imported); }))
            continue;
        if (imported == Imported::Unchanged) {
            ++counts.unchanged;
            continue;
        }
        ++(imported == Imported::Created ? counts.created : counts.updated);
        run.touched.insert(ofRequest ? EntityKind::RequestCase : EntityKind::Breach);
    }
}

void mergeLetterTemplates(ImportRun &run, const QJsonArray &array)
{
    if (array.isEmpty())
        return; // a list the file does not have is not in the summary
    const QString sheet = QStringLiteral("letterTemplates");
    Register::LetterService service(run.store);
    ImportSummary::Counts &counts = run.summary->perKind[sheet];
    for (qsizetype i = 0; i < array.size() && !run.stopped; ++i) {
        const int row = int(i + 1);
        QJsonObject object;
        if (!rowObject(run, array, i, sheet, &object))
            continue;
        const QString name = object.value(QStringLiteral("name")).toString();
        const QString language = object.value(QStringLiteral("language")).toString();
        QList<Letters::TemplateError> errors;
        bool written = false;
        const Status status = writeGuarded(run, sheet, row, QStringLiteral("body"), [&] {
            return service.importTemplate(name, language, object.value(QStringLiteral("body")).toString(), &errors,
                                          &written);
        });
        for (const Letters::TemplateError &error : std::as_const(errors))
            run.error(sheet, row, QStringLiteral("body"),
                      RegisterJson::tr("Template %1 (%2): %3").arg(name.left(60), language.left(8), error.text()));
        if (!status)
            continue;
        ++(written ? counts.created : counts.unchanged);
    }
}

void mergeExtraHolidays(ImportRun &run, const QJsonArray &array)
{
    if (array.isEmpty())
        return; // a list the file does not have is not in the summary
    const QString sheet = QStringLiteral("extraHolidays");
    QMap<QString, QList<Register::ExtraHoliday>> perCalendar;
    QMap<QString, int> firstRow;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const int row = int(i + 1);
        QJsonObject object;
        if (!rowObject(run, array, i, sheet, &object))
            continue;
        const QDate day = Domain::IsoTime::parseDay(object.value(QStringLiteral("day")).toString());
        if (!day.isValid()) {
            run.error(sheet, row, QStringLiteral("day"), RegisterJson::tr("Expected a date as YYYY-MM-DD."));
            continue;
        }
        const QString calendar = object.value(QStringLiteral("calendar")).toString();
        if (!firstRow.contains(calendar))
            firstRow.insert(calendar, row);
        perCalendar[calendar].append(
            {object.value(QStringLiteral("uuid")).toString(), day, object.value(QStringLiteral("name")).toString()});
    }
    Register::RegisterSettingsService service(run.store);
    ImportSummary::Counts &counts = run.summary->perKind[sheet];
    for (auto it = perCalendar.cbegin(); it != perCalendar.cend() && !run.stopped; ++it) {
        int added = 0;
        int recounted = 0;
        if (!writeGuarded(run, sheet, firstRow.value(it.key()), QStringLiteral("calendar"),
                          [&] { return service.importExtraHolidays(it.key(), it.value(), &added, &recounted); }))
            continue;
        counts.created += added;
        counts.unchanged += int(it.value().size()) - added;
        if (added > 0)
            run.touched.insert(EntityKind::RegisterSettings);
        if (recounted > 0)
            run.touched.insert(EntityKind::RequestCase);
    }
}

} // namespace Custodian::Exchange::JsonImport
