#pragma once

// Inside the Dutch workbook (NlWorkbookLayout.cpp, NlWorkbookSheets.cpp): its sheets and columns, the
// cells of an item, and the reading of a row against what the register writes for it today.
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QVariant>

#include "domain/Codes.h"
#include "domain/ExtraField.h"
#include "exchange/DutchVocabulary.h"
#include "exchange/ExchangeTables.h"
#include "exchange/TabularSupport.h"

namespace Custodian::Exchange::TabularSupport::NlWorkbook {

using Domain::EntityKind;
using CodeKind = Domain::Codes::Kind;
namespace Words = DutchVocabulary;

inline const QString Organisatie = QStringLiteral("nl-organisatie");
inline const QString Bewaartermijnen = QStringLiteral("nl-bewaartermijnen");
inline const QString Verwerkingen = QStringLiteral("nl-verwerkingen");
inline const QString Overeenkomsten = QStringLiteral("nl-verwerkersovereenkomsten");
inline const QString AlsVerwerker = QStringLiteral("nl-verwerkingen-als-verwerker");
inline const QString Datalekken = QStringLiteral("nl-datalekken");
inline const QString Verzoeken = QStringLiteral("nl-verzoeken");
inline const QString Source = QStringLiteral("nl-workbook");
// The measures a file named that the register lacks: kept on the activity, written back in their
// column; and the agreements, until the workbook's agreements sheet brings them.
inline const QString UnknownMeasures = QStringLiteral("Technische en organisatorische maatregelen");
inline const QString UnknownAgreements = QStringLiteral("Overeenkomsten niet in het register");

struct NlColumn
{
    const char *key;
    const char *header; // Dutch, as DUTCH-STANDARDS.md §6 gives the "Kolomkop"
    TableColumn::Type type = TableColumn::Type::Text;
    // Kept in an extra field of the same name: a column of the reference no field of ours takes.
    bool extra = false;
    // Written, not read: the register makes it (a version's number, a moment of the history).
    bool written = false;
    QStringList synonyms = {}; // the reference's longer headers
    // The field of the item the column is, one to one (written and read as the field's type says:
    // codes as their Dutch labels, links as names); null for a column read by hand.
    const char *field = nullptr;
};

struct NlList
{
    QString key;
    const char *sheet;
    EntityKind kind;
    QList<NlColumn> columns;
};

using Type = TableColumn::Type;

// A column that is a field of the item, one to one; one written and not read.
inline NlColumn writtenColumn(const char *key, const char *header, const char *field, Type type = Type::Text)
{
    return NlColumn{key, header, type, false, true, {}, field};
}
// A column that is a field of the item, one to one.
inline NlColumn fieldColumn(const char *key, const char *header, const char *field, Type type = Type::Text)
{
    return NlColumn{key, header, type, false, false, {}, field};
}

const QList<NlList> &nlLists();
const NlList *nlList(const QString &key);
// The sheets of agreements and of the processor's activities (NlWorkbookSheets.cpp).
const QList<NlList> &supplierLists();
void appendSupplierTables(const ExportContext &context, QList<Table> *tables);
void readSupplierList(ImportContext &context, const RawTable &table, const Tabular::Plan &plan,
                      const NlRegister &current);
// The sheets of breaches and request cases (NlWorkbookCases.cpp).
const QList<NlList> &caseLists();
void appendCaseTables(const ExportContext &context, QList<Table> *tables);
void readCaseList(ImportContext &context, const RawTable &table, const Tabular::Plan &plan, const NlRegister &current);

QString str(const QJsonObject &object, const char *key);
QStringList strings(const QJsonValue &value);
QVariant textCell(const QString &text);
QVariant listCell(const QStringList &values);
QString dutchLabel(CodeKind kind, const QString &code);
QString countryName(const QString &code);
QHash<QString, QString> extraValues(const QJsonObject &item);
Table tableOf(const NlList &list);
// The extra fields of the items no column of the list takes, as columns after the list's (their
// normalised names), and a row of an item's cells and those extra fields.
QStringList appendExtraColumns(Table *table, const NlList &list, const QJsonArray &items);
void appendRow(Table *table, const QHash<QString, QVariant> &cells, const QJsonObject &item,
               const QStringList &extraNames);
// The cells of a list's field columns for an item.
void fieldCells(const NlList &list, const QJsonObject &item, const ExportContext &context,
                QHash<QString, QVariant> *cells);
QString joinLines(const QStringList &lines);
QString longText(const QString &cell);
QList<Words::NamedLine> namedLines(const QString &cell);
QJsonObject storedRecord(const QJsonObject &item, const char *list, const char *key, const QString &value);

// One row being read: its cells by column key, what the register's item would write, and the
// findings' place.
class RowReader
{
public:
    RowReader(ImportContext &context, const RawTable &table, const Tabular::Plan &plan, qsizetype row,
              const NlRegister &current)
        : context(context), table(table), plan(plan), cells(table.rows.at(row)), current(current)
    {
        for (qsizetype c = 0; c < plan.columns.size() && c < table.headers.size(); ++c) {
            if (!plan.columns.at(c).isEmpty()) {
                at.insert(plan.columns.at(c), c);
                headers.insert(plan.columns.at(c), table.headers.at(c));
            }
        }
        origin = Origin{table.file, table.sheet, table.rowNumbers.value(row), headers};
    }

    ImportContext &context;
    const RawTable &table;
    const Tabular::Plan &plan;
    const QVariantList &cells;
    const NlRegister &current;
    QHash<QString, qsizetype> at;
    QHash<QString, QString> headers;
    Origin origin;
    QString matched;                // the register's item the row is, or empty
    QHash<QString, QString> stored; // what the workbook writes for it today
    // Findings of the merge about a field name the column the field came from.
    void mapFields(const NlList &list)
    {
        for (const NlColumn &column : list.columns) {
            if (column.field && headers.contains(QLatin1String(column.key)))
                origin.headers.insert(QLatin1String(column.field), headers.value(QLatin1String(column.key)));
        }
    }
    bool present(const char *key) const { return at.contains(QLatin1String(key)); }
    QVariant raw(const char *key) const { return cells.value(at.value(QLatin1String(key), -1)); }
    QString text(const char *key) const { return present(key) ? ImportContext::text(raw(key)) : QString(); }
    // Whether a column is read: it is in the file and, for an item of the register, differs from
    // what the workbook writes for it today.
    bool changed(const char *key) const
    {
        if (!present(key))
            return false;
        if (matched.isEmpty())
            return true;
        return !sameText(text(key), stored.value(QLatin1String(key)));
    }
    bool anyChanged(std::initializer_list<const char *> keys) const
    {
        for (const char *key : keys) {
            if (changed(key))
                return true;
        }
        return false;
    }
    static bool sameText(const QString &a, const QString &b)
    {
        // Moments as the same instant, whichever way a spreadsheet wrote them.
        if (a.size() >= 16 && b.size() >= 16 && a.at(10) == u'T' && b.at(10) == u'T') {
            const QDateTime left = QDateTime::fromString(a, Qt::ISODate);
            const QDateTime right = QDateTime::fromString(b, Qt::ISODate);
            if (left.isValid() && right.isValid())
                return left.toUTC() == right.toUTC();
        }
        static const QRegularExpression space(QStringLiteral("\\s+"));
        return QString(a).replace(space, QStringLiteral(" ")).trimmed() ==
               QString(b).replace(space, QStringLiteral(" ")).trimmed();
    }
    void finding(const char *key, Severity severity, const QString &message)
    {
        context.add(origin, QLatin1String(key), severity, message);
    }

    // The item's JSON to read the row into: the register's item it is (by its ID, else by its name)
    // or the file's ID, and its name.
    QJsonObject begin(const QString &listKey, const char *nameKey, const char *nameField)
    {
        match(listKey, nameKey);
        QJsonObject object;
        if (!matched.isEmpty())
            object.insert(QStringLiteral("uuid"), matched);
        else if (isUuid(text("id").toLower()))
            object.insert(QStringLiteral("uuid"), text("id").toLower());
        object.insert(QLatin1String(nameField), text(nameKey));
        return object;
    }
    // The register's item this row is: by its ID, else by its name.
    void match(const QString &listKey, const char *nameKey)
    {
        const QString id = text("id").toLower();
        if (isUuid(id) && current.cells.contains(listKey + u'/' + id)) {
            matched = id;
        } else {
            // No ID, or another register's: by name, as the merge would match it.
            const QString uuid = current.names.value(listKey).value(normalised(text(nameKey)));
            if (!uuid.isEmpty())
                matched = uuid;
        }
        if (!matched.isEmpty())
            stored = current.cells.value(listKey + u'/' + matched);
    }
};

// A transfer's cells (doorgifte, doorgifte_landen, doorgifte_waarborg) and their reading, laid over
// the item's stored transfers of the same country; the names of the measures an item names (those
// the register lacks included), and their reading.
void transferCells(const QJsonObject &item, QHash<QString, QVariant> *cells);
bool readTransfers(RowReader &row, const QJsonObject &stored, QJsonObject *object);
QStringList measureNames(const QJsonObject &item, const ExportContext &context);
void readMeasures(RowReader &row, QJsonObject *object);
// Names of items a list of links holds, and the links a cell of names gives (found once every sheet
// is read; parties a row names that the register lacks are created).
QStringList linkNames(const QJsonObject &item, const char *list, EntityKind target, const ExportContext &context);
void readLinks(RowReader &row, EntityKind kind, const char *column, const char *list, EntityKind target,
               QJsonObject *object, QList<ImportContext::Pending> *links);
// An Info finding when the row's activity number is another activity's in the register.
void noteTakenNumber(RowReader &row);
// Adds the item read from a row, and the links it names (found once every sheet is read).
void addWithLinks(ImportContext &context, EntityKind kind, const QJsonObject &object, const Origin &origin,
                  QList<ImportContext::Pending> &links);
// The file's extra columns (the reference's columns no field takes, and the file's own) as extra
// fields of the item, those a row of the register's item left as they were aside.
void readExtraColumns(RowReader &row, const NlList &list, QJsonObject *object);
// The field columns of a list read into an item's JSON object (those that changed).
// Lists of values and links too: codes by their labels, links found once every sheet is read.
bool readFieldColumns(RowReader &row, const NlList &list, QJsonObject *object,
                      QList<ImportContext::Pending> *links = nullptr);
bool readDate(RowReader &row, const char *key, const char *field, QJsonObject *object);
// An ISO 8601 period of one unit into a count and a unit (an error at the row's column otherwise).
bool readPeriod(RowReader &row, const char *key, const QString &text, const char *countKey, const char *unitKey,
                QJsonObject *object);
// "Selectielijst: …", "Wet: Archiefwet", "Eigen beleid": a retention rule's basis and source.
void readRetentionSource(const QString &text, const ImportContext &context, QJsonObject *rule);
// The sheet Verwerkingen (NlWorkbookActivities.cpp).
void readActivities(ImportContext &context, const RawTable &table, const Tabular::Plan &plan,
                    const NlRegister &current);

} // namespace Custodian::Exchange::TabularSupport::NlWorkbook
