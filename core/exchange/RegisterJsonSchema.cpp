// The JSON Schema of the register export (RegisterJson::schema), made from the field tables.
#include "RegisterJson.h"

#include "domain/Codes.h"
#include "domain/FieldSpec.h"
#include "exchange/ExchangeTables.h"

#include <QJsonArray>

namespace Custodian::Exchange {

namespace {

using Domain::EntityKinds;
using T = SideColumn::Type;

QJsonObject fieldSchema(const Domain::FieldInfo &field)
{
    using FT = Domain::FieldType;
    QJsonObject schema;
    if (field.label)
        schema.insert(QStringLiteral("title"), QString::fromUtf8(field.label));
    switch (field.type) {
    case FT::Text:
    case FT::LongText:
        schema.insert(QStringLiteral("type"), QStringLiteral("string"));
        break;
    case FT::Link:
        schema.insert(QStringLiteral("type"), QStringLiteral("string"));
        schema.insert(QStringLiteral("description"),
                      QStringLiteral("The uuid of a %1 (an item of \"%2\"), or empty.")
                          .arg(QString::fromUtf8(EntityKinds::info(field.target).singular).toLower(),
                               EntityKinds::code(field.target)));
        break;
    case FT::Code: {
        QJsonArray codes{QString()};
        if (field.codes) {
            for (const QString &code : Domain::Codes::codes(*field.codes))
                codes.append(code);
        }
        schema.insert(QStringLiteral("enum"), codes);
        break;
    }
    case FT::Bool:
        schema.insert(QStringLiteral("type"), QStringLiteral("boolean"));
        break;
    case FT::Int:
    case FT::BigInt:
        schema.insert(QStringLiteral("type"), QStringLiteral("integer"));
        break;
    case FT::Date:
        schema.insert(QStringLiteral("type"), QJsonArray{QStringLiteral("string"), QStringLiteral("null")});
        schema.insert(QStringLiteral("format"), QStringLiteral("date"));
        break;
    case FT::Moment:
        schema.insert(QStringLiteral("type"), QJsonArray{QStringLiteral("string"), QStringLiteral("null")});
        schema.insert(QStringLiteral("format"), QStringLiteral("date-time"));
        break;
    }
    return schema;
}

QJsonObject uuidSchema()
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                       {QStringLiteral("format"), QStringLiteral("uuid")}};
}

QJsonObject kindSchema(const Domain::EntityFields &fields)
{
    const QJsonObject moment{{QStringLiteral("type"), QJsonArray{QStringLiteral("string"), QStringLiteral("null")}},
                             {QStringLiteral("format"), QStringLiteral("date-time")}};
    QJsonObject properties{
        {QStringLiteral("uuid"), uuidSchema()},
        {QStringLiteral("createdAt"), moment},
        {QStringLiteral("updatedAt"), moment},
        {QStringLiteral("rowVersion"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("integer")}, {QStringLiteral("minimum"), 1}}}};
    for (const Domain::FieldInfo *field : fields.fields)
        properties.insert(field->keyName(), fieldSchema(*field));
    for (const Domain::ChildFields &child : fields.children) {
        if (child.child->has(Domain::FieldFlag::ReadOnly))
            continue; // exported with its own table
        QJsonObject element;
        if (child.child->kind == Domain::ChildKind::Rows) {
            QJsonObject rowProperties;
            for (const Domain::FieldInfo *field : child.rowFields)
                rowProperties.insert(field->keyName(), fieldSchema(*field));
            element = QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                                  {QStringLiteral("properties"), rowProperties}};
        } else if (child.child->kind == Domain::ChildKind::Links) {
            element = uuidSchema();
            element.insert(
                QStringLiteral("description"),
                QStringLiteral("The uuid of an item of \"%1\".").arg(EntityKinds::code(child.child->target)));
        } else if (child.child->codes) {
            QJsonArray codes;
            for (const QString &code : Domain::Codes::codes(*child.child->codes))
                codes.append(code);
            element = QJsonObject{{QStringLiteral("enum"), codes}};
        } else {
            element = QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}};
        }
        QJsonObject list{{QStringLiteral("type"), QStringLiteral("array")}, {QStringLiteral("items"), element}};
        if (child.child->label)
            list.insert(QStringLiteral("title"), QString::fromUtf8(child.child->label));
        properties.insert(QLatin1String(child.child->key), list);
    }
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                       {QStringLiteral("title"), QString::fromUtf8(EntityKinds::info(fields.kind).singular)},
                       {QStringLiteral("required"), QJsonArray{QStringLiteral("uuid")}},
                       {QStringLiteral("properties"), properties}};
}

QJsonObject tableSchema(const SideTable &table)
{
    QJsonObject properties;
    for (const SideColumn &column : table.columns) {
        QJsonObject schema;
        switch (column.type) {
        case T::Text:
            schema.insert(QStringLiteral("type"), QJsonArray{QStringLiteral("string"), QStringLiteral("null")});
            break;
        case T::Int:
            schema.insert(QStringLiteral("type"), QStringLiteral("integer"));
            break;
        case T::Blob:
            schema.insert(QStringLiteral("type"), QStringLiteral("string"));
            schema.insert(QStringLiteral("contentEncoding"), QStringLiteral("base64"));
            break;
        case T::Json:
            schema.insert(QStringLiteral("type"), QJsonArray{QStringLiteral("object"), QStringLiteral("string")});
            break;
        case T::Ref:
            schema.insert(QStringLiteral("type"), QJsonArray{QStringLiteral("string"), QStringLiteral("null")});
            schema.insert(QStringLiteral("description"),
                          QStringLiteral("The uuid of an item of \"%1\".").arg(EntityKinds::code(column.target)));
            break;
        }
        properties.insert(QLatin1String(column.key), schema);
    }
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                       {QStringLiteral("items"), QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                                                             {QStringLiteral("properties"), properties}}}};
}

} // namespace

QJsonObject RegisterJson::schema()
{
    QJsonObject definitions;
    QJsonObject items;
    for (const Domain::EntityKind kind : exchangedKinds()) {
        const QString code = EntityKinds::code(kind);
        definitions.insert(code, kindSchema(*Domain::entityFields(kind)));
        items.insert(code,
                     QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                                 {QStringLiteral("items"),
                                  QJsonObject{{QStringLiteral("$ref"), QStringLiteral("#/$defs/%1").arg(code)}}}});
    }
    QJsonObject tables;
    for (const SideTable &table : sideTables())
        tables.insert(QLatin1String(table.key), tableSchema(table));
    const QJsonObject hex{{QStringLiteral("type"), QStringLiteral("string")},
                          {QStringLiteral("pattern"), QStringLiteral("^([0-9a-f]{64})?$")}};
    return QJsonObject{
        {QStringLiteral("$schema"), QStringLiteral("https://json-schema.org/draft/2020-12/schema")},
        {QStringLiteral("$id"), QStringLiteral("urn:custodian:format:custodian-register:%1").arg(formatVersion)},
        {QStringLiteral("title"), QStringLiteral("A Custodian register, exported")},
        {QStringLiteral("description"),
         QStringLiteral("Every item of the register with its child lists (links by uuid), the documents, letters and "
                        "settings, and the tamper-evident history as stored. Written by `custodian-cli export "
                        "--format json`, read by `custodian-cli import`.")},
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("required"),
         QJsonArray{QStringLiteral("format"), QStringLiteral("formatVersion"), QStringLiteral("items")}},
        {QStringLiteral("properties"),
         QJsonObject{
             {QStringLiteral("format"), QJsonObject{{QStringLiteral("const"), formatName()}}},
             {QStringLiteral("formatVersion"), QJsonObject{{QStringLiteral("const"), formatVersion}}},
             {QStringLiteral("schemaVersion"),
              QJsonObject{
                  {QStringLiteral("type"), QStringLiteral("integer")},
                  {QStringLiteral("description"), QStringLiteral("The register's schema version (its migrations).")}}},
             {QStringLiteral("generator"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}},
             {QStringLiteral("exportedAt"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                                        {QStringLiteral("format"), QStringLiteral("date-time")}}},
             {QStringLiteral("register"),
              QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                          {QStringLiteral("properties"),
                           QJsonObject{{QStringLiteral("id"), uuidSchema()},
                                       {QStringLiteral("state"),
                                        QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                                                    {QStringLiteral("description"),
                                                     QStringLiteral("The head of the history: its number of entries "
                                                                    "and the hash of the last.")},
                                                    {QStringLiteral("properties"),
                                                     QJsonObject{{QStringLiteral("count"),
                                                                  QJsonObject{{QStringLiteral("type"),
                                                                               QStringLiteral("integer")}}},
                                                                 {QStringLiteral("hash"), hex}}}}}}}}},
             {QStringLiteral("items"),
              QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}, {QStringLiteral("properties"), items}}},
             {QStringLiteral("tables"),
              QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}, {QStringLiteral("properties"), tables}}},
             {QStringLiteral("history"),
              QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                          {QStringLiteral("properties"),
                           QJsonObject{{QStringLiteral("entries"), tableSchema(historyEntriesTable())},
                                       {QStringLiteral("keys"), tableSchema(historyKeysTable())}}}}},
         }},
        {QStringLiteral("$defs"), definitions},
    };
}

} // namespace Custodian::Exchange
