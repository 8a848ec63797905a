#include "exchange/ExchangeTables.h"

#include "storage/SqlDialect.h"
#include "storage/Store.h"

#include <QSqlQuery>
#include <QUuid>

namespace Custodian::Exchange {

bool isUuid(const QString &text)
{
    const QUuid uuid = QUuid::fromString(text);
    return !uuid.isNull() && uuid.toString(QUuid::WithoutBraces) == text;
}

bool beginSnapshot(Storage::Store &store)
{
    QSqlDatabase &db = store.connection();
    if (!db.transaction())
        return false;
    if (store.dialect().name() == QLatin1String("postgres")) {
        QSqlQuery isolation(db);
        isolation.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"));
    }
    return true;
}

using Domain::EntityKind;
using T = SideColumn::Type;

const QList<SideTable> &sideTables()
{
    static const QList<SideTable> tables = {
        {"attachments",
         "attachment",
         {{"uuid", "uuid"},
          {"agreement_id", "agreement", T::Ref, EntityKind::Agreement},
          {"file_name", "fileName"},
          {"mime_type", "mimeType"},
          {"size", "size", T::Int},
          {"sha256", "sha256"},
          {"description", "description"},
          {"content", "content", T::Blob},
          {"added_at", "addedAt"}},
         "id"},
        {"letters",
         "letter",
         {{"uuid", "uuid"},
          {"request_id", "request", T::Ref, EntityKind::RequestCase},
          {"breach_id", "breach", T::Ref, EntityKind::Breach},
          {"kind", "kind"},
          {"language", "language"},
          {"title", "title"},
          {"party_uuid", "partyUuid"},
          {"body", "body"},
          {"created_at", "createdAt"},
          {"updated_at", "updatedAt"}},
         "id"},
        {"letterTemplates",
         "letter_template",
         {{"name", "name"}, {"language", "language"}, {"body", "body"}, {"updated_at", "updatedAt"}},
         "name, language"},
        {"settings", "register_setting", {{"key", "key"}, {"value", "value"}}, "key", "key"},
        {"extraHolidays",
         "extra_holiday",
         {{"uuid", "uuid"}, {"calendar", "calendar"}, {"day", "day"}, {"name", "name"}},
         "calendar, day"},
        {"counters", "register_counter", {{"name", "name"}, {"value", "value", T::Int}}, "name"},
    };
    return tables;
}

const SideTable &historyEntriesTable()
{
    static const SideTable table = {"entries",
                                    "audit_log",
                                    {{"seq", "seq", T::Int},
                                     {"at", "at"},
                                     {"actor", "actor"},
                                     {"entity", "entity"},
                                     {"entity_uuid", "uuid"},
                                     {"action", "action"},
                                     {"changes", "changes", T::Json},
                                     {"hash", "hash"}},
                                    "seq"};
    return table;
}

const SideTable &historyKeysTable()
{
    static const SideTable table = {"keys",
                                    "history_keys",
                                    {{"entity", "entity"}, {"entity_uuid", "uuid"}, {"secret", "secret", T::Blob}},
                                    "entity, entity_uuid"};
    return table;
}

} // namespace Custodian::Exchange
