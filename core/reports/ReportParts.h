#pragma once

// Inside core/reports: what the report kinds share to write their parts (RegisterReport.cpp,
// LogReports.cpp); not part of the reports' interface.

#include "DocumentLanguage.h"
#include "domain/Codes.h"
#include "domain/Countries.h"
#include "domain/EntityKind.h"
#include "exchange/Table.h"
#include "exchange/Tabular.h"
#include "register/Completeness.h"
#include "reports/Controls.h"
#include "reports/ReportBuilder.h"
#include "storage/Store.h"

#include <QHash>
#include <QMultiHash>
#include <QPair>
#include <QSet>
#include <QTextDocument>

#include <memory>

namespace Custodian::Reports::Parts {

using Domain::EntityKind;
using Exchange::Table;

inline constexpr const char *Context = "Custodian::Reports::Report";

// Solid colours only (PDF/A-1): a dark blue for headings, greys for labels and rules.
inline const QString StyleSheet = QStringLiteral(
    "h1 { font-size: 19pt; font-weight: 600; color: #1f3a5f; margin-top: 0pt; margin-bottom: 8pt; }"
    "h2 { font-size: 14pt; font-weight: 600; color: #1f3a5f; margin-top: 16pt; margin-bottom: 6pt; }"
    "h3 { font-size: 11pt; font-weight: 600; color: #2d4f7c; margin-top: 12pt; margin-bottom: 4pt; }"
    "p { margin-top: 0pt; margin-bottom: 5pt; }"
    ".kicker { font-size: 9pt; color: #4a5562; margin-bottom: 2pt; }"
    ".lead { font-size: 12pt; color: #2d3640; margin-bottom: 14pt; }"
    ".note { font-size: 9pt; color: #4a5562; }"
    ".label { color: #4a5562; }"
    ".record { font-size: 9.5pt; font-weight: 600; color: #2d3640; margin-top: 6pt; margin-bottom: 2pt; }"
    "table.fields td { border-bottom: 1px solid #d5dbe3; }"
    "table.grid { font-size: 8.5pt; }"
    "table.grid th { background-color: #e8edf3; font-weight: 600; text-align: left; }"
    "table.contents td { padding-top: 1pt; padding-bottom: 1pt; }");

inline QString escaped(const QString &text)
{
    QString html = text.toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QLatin1String("<br/>"));
    return html;
}

// The fields of a processing activity in the parts of its record, in the order of Art. 30(1): each
// a title and the field and list keys it shows. A field no part names is shown under "Other details".
struct Section
{
    const char *title;
    QList<const char *> keys;
};

inline const QList<Section> &activitySections()
{
    static const QList<Section> sections = {
        {QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Purpose and lawful basis (Art. 30(1)(b), Art. 6)"),
         {"purpose", "description", "lawfulBases", "basisScope", "legalProvision", "legitimateInterest", "liaReference",
          "consentRecord", "consentWithdrawal"}},
        {QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Data subjects and personal data (Art. 30(1)(c))"),
         {"subjectCategories", "dataCategories", "criminalData", "criminalDataGround", "bsn", "bsnGround", "children",
          "dataSource", "sourcePublic"}},
        {QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Recipients and joint controllers (Art. 30(1)(a), (d))"),
         {"controllerBodyUuids", "noRecipients", "recipients", "jointControllers"}},
        {QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Transfers to third countries (Art. 30(1)(e))"),
         {"transfers"}},
        {QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Security measures (Art. 30(1)(g))"), {"measureUuids"}},
        {QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Systems, storage and agreements"),
         {"systems", "storageLocation", "confidentiality", "logRetentionCount", "logRetentionUnit", "agreementUuids"}},
        {QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Automated decisions and profiling (Art. 22)"),
         {"automatedDecisions", "profiling", "automatedLogic", "automatedConsequences", "art22Exception",
          "art22LawReference", "art22Safeguards"}},
        {QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Data protection impact assessment (Art. 35)"),
         {"publicMonitoring", "wp248Criteria", "dpiaCriteria", "dpiaRequired", "dpiaReasoning", "dpiaScreenedBy",
          "dpiaScreenedOn", "dpiaStatus", "dpiaReference", "dpiaCompletedOn", "dpiaResidualRisk", "priorConsultationOn",
          "priorConsultationReference", "priorConsultationOutcome", "dpiaReviewOn"}},
        {QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Privacy statement (Arts. 13, 14, 21)"),
         {"publish", "audiences", "publicPurpose", "provisionRequirement", "provisionConsequence", "directMarketing"}},
        {QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Ownership and review"),
         {"number", "status", "category", "ownerDepartment", "ownerPerson", "approvedBy", "approvedOn", "lastReviewed",
          "nextReview", "basedOn"}},
    };
    return sections;
}

// A list of records with more columns than this is shown record by record, not as a grid.
inline constexpr int GridColumns = 5;

class Writer
{
public:
    Writer(const DocumentLanguage &language, const QList<Table> &tables) : m_language(language)
    {
        for (const Table &table : tables) {
            m_tables.insert(table.key, &table);
            // A list of records: its rows by the uuid of the item they belong to.
            const int owner = column(table, QStringLiteral("_ownerUuid"));
            if (owner < 0)
                continue;
            QMultiHash<QString, int> &rows = m_recordRows[table.key];
            for (int row = table.rows.size() - 1; row >= 0; --row)
                rows.insert(table.rows.at(row).at(owner).toString(), row);
        }
        // Fields a register need not fill are not "not recorded" when empty: an activity's category
        // and the model it follows; an agreement's model, its place in the supplier file and its
        // annexes, reports and reviews (only a supplier's are asked for: the completeness check says
        // so); the controlling body outside a public body.
        m_quiet = {QStringLiteral("activity.category"), QStringLiteral("activity.basedOn")};
        for (const char *key : {"model", "modelVersion", "mainContractRef", "locations", "transferSafeguard",
                                "exitStrategy", "documentLocation", "annexes", "assurances", "reviews"})
            m_quiet.insert(QStringLiteral("agreement.") + QLatin1String(key));
        const Table *organisation = m_tables.value(QStringLiteral("organisation"));
        // (The cell is the yes/no label in the document's language.)
        if (!organisation || organisation->rows.isEmpty() ||
            cell(*organisation, 0, QStringLiteral("publicBody")) !=
                Domain::Codes::label(Domain::Codes::Kind::YesNo, QStringLiteral("yes"), m_language))
            m_quiet.insert(QStringLiteral("activity.controllerBodyUuids"));
    }

    QString t(const char *source) const { return m_language.translate(Context, source); }

    const Table *table(const QString &key) const { return m_tables.value(key); }

    static int column(const Table &table, const QString &key)
    {
        for (int i = 0; i < table.columns.size(); ++i) {
            if (table.columns.at(i).key == key)
                return i;
        }
        return -1;
    }

    // A cell as the document writes it: days and moments in words, numbers in the language's way.
    QString text(const QVariant &cell) const
    {
        switch (cell.typeId()) {
        case QMetaType::QDate:
            return m_language.longDate(cell.toDate());
        case QMetaType::QDateTime: {
            const QDateTime local = cell.toDateTime().toLocalTime();
            return QStringLiteral("%1 %2").arg(m_language.longDate(local.date()),
                                               m_language.locale().toString(local.time(), QStringLiteral("HH:mm")));
        }
        case QMetaType::LongLong:
        case QMetaType::Int:
            return m_language.locale().toString(cell.toLongLong());
        default:
            return cell.toString().trimmed();
        }
    }

    // A cell of a list: a country named in the document's language with its code ("Ierland (IE)"),
    // a number 0 (no period, no window agreed) as no value.
    QString value(const Table &table, int row, int column) const
    {
        const QVariant &cell = table.rows.at(row).at(column);
        if (cell.typeId() == QMetaType::LongLong && cell.toLongLong() == 0)
            return {};
        if (table.columns.at(column).key == QLatin1String("country")) {
            if (const Domain::Countries::Country *country = Domain::Countries::find(cell.toString().trimmed()))
                return QStringLiteral("%1 (%2)").arg(country->name(m_language.locale().language()), country->code);
        }
        return text(cell);
    }

    QString cell(const Table &table, int row, const QString &key) const
    {
        const int index = column(table, key);
        return index < 0 ? QString() : value(table, row, index);
    }

    QString displayKey(const Table &table) const
    {
        const std::optional<EntityKind> kind = Domain::EntityKinds::fromCode(table.key);
        return kind ? QLatin1String(Domain::EntityKinds::info(*kind).displayKey) : QStringLiteral("name");
    }

    // Rows of label and value for the filled fields of `keys` (every field but the uuid and the
    // name when keys is empty); the labels of the empty ones go to *missing.
    QString fieldRows(const Table &table, int row, const QStringList &keys, QStringList *missing,
                      const QSet<QString> &quiet = {}) const
    {
        QString html;
        for (int i = 0; i < table.columns.size(); ++i) {
            const Exchange::TableColumn &column = table.columns.at(i);
            if (!keys.isEmpty() && !keys.contains(column.key))
                continue;
            if (keys.isEmpty() && (column.key == QLatin1String("uuid") || column.key.startsWith(u'_')))
                continue;
            const QString value = this->value(table, row, i);
            if (value.isEmpty()) {
                if (missing && !m_quiet.contains(table.key + QLatin1Char('.') + column.key) &&
                    !quiet.contains(table.key + QLatin1Char('.') + column.key))
                    missing->append(column.header);
                continue;
            }
            html += QStringLiteral("<tr><td width=\"30%\" class=\"label\">%1</td><td>%2</td></tr>")
                        .arg(escaped(column.header), escaped(value));
        }
        return html;
    }

    static QString fieldTable(const QString &rows)
    {
        return rows.isEmpty() ? QString()
                              : QStringLiteral("<table class=\"fields\" width=\"100%\" cellspacing=\"0\" "
                                               "cellpadding=\"3\">%1</table>")
                                    .arg(rows);
    }

    // A grid of rows of a list: a header row repeated on every page, the columns named by keys.
    QString grid(const Table &table, const QList<int> &rows, const QList<int> &columns,
                 const QList<int> &widths = {}) const
    {
        QStringList headers;
        for (const int column : columns)
            headers.append(table.columns.at(column).header);
        QList<QStringList> cells;
        for (const int row : rows) {
            QStringList line;
            for (const int column : columns)
                line.append(value(table, row, column));
            cells.append(line);
        }
        return gridHtml(headers, cells, widths);
    }

    // A grid whose header row is repeated on every page it spans; widths in percent, per column.
    static QString gridHtml(const QStringList &headers, const QList<QStringList> &rows, const QList<int> &widths = {})
    {
        QString html = QStringLiteral("<table class=\"grid\" width=\"100%\" border=\"1\" cellspacing=\"0\" "
                                      "cellpadding=\"3\" style=\"border-collapse: collapse; border-color: #b8c0cc;\">"
                                      "<thead><tr>");
        for (qsizetype i = 0; i < headers.size(); ++i)
            html += i < widths.size()
                        ? QStringLiteral("<th width=\"%1%\">%2</th>").arg(widths.at(i)).arg(escaped(headers.at(i)))
                        : QStringLiteral("<th>%1</th>").arg(escaped(headers.at(i)));
        html += QStringLiteral("</tr></thead>");
        for (const QStringList &row : rows) {
            html += QStringLiteral("<tr>");
            for (const QString &cell : row)
                html += QStringLiteral("<td>%1</td>").arg(escaped(cell));
            html += QStringLiteral("</tr>");
        }
        return html + QStringLiteral("</table>");
    }

    QList<int> columns(const Table &table, const QStringList &keys) const
    {
        QList<int> found;
        for (const QString &key : keys) {
            const int index = column(table, key);
            if (index >= 0)
                found.append(index);
        }
        return found;
    }

    static QList<int> allRows(const Table &table)
    {
        QList<int> rows;
        for (int i = 0; i < table.rows.size(); ++i)
            rows.append(i);
        return rows;
    }

    // The records of an item's list (its transfers, its data categories): a grid of the columns
    // that hold a value, or record by record when they are many. Empty when there are none.
    QString records(const QString &listKey, const QString &ownerUuid) const
    {
        const Table *list = table(listKey);
        if (!list)
            return {};
        QList<int> rows = m_recordRows.value(listKey).values(ownerUuid);
        std::sort(rows.begin(), rows.end());
        if (rows.isEmpty())
            return {};
        QList<int> filled;
        for (int c = 0; c < list->columns.size(); ++c) {
            // Not the owner's columns, nor a record's own id (a notice's): nothing an auditor reads.
            if (list->columns.at(c).key.startsWith(u'_') || list->columns.at(c).key == QLatin1String("uuid"))
                continue;
            for (const int row : rows) {
                if (!value(*list, row, c).isEmpty()) {
                    filled.append(c);
                    break;
                }
            }
        }
        if (filled.size() <= GridColumns)
            return grid(*list, rows, filled);
        QString html;
        int number = 0;
        for (const int row : rows) {
            const QString name = value(*list, row, filled.constFirst());
            html += QStringLiteral("<p class=\"record\">%1</p>")
                        .arg(escaped(QStringLiteral("%1. %2").arg(++number).arg(name)));
            html += fieldTable(fieldRows(*list, row, {}, nullptr));
        }
        return html;
    }

    // The records of an item's list as plain text, a line each: "Header: value; Header: value" of
    // the columns that hold a value (a spreadsheet's cell).
    QString recordText(const QString &listKey, const QString &ownerUuid) const
    {
        const Table *list = table(listKey);
        if (!list)
            return {};
        QStringList lines;
        for (const int row : recordRows(listKey, ownerUuid)) {
            QStringList parts;
            for (int c = 0; c < list->columns.size(); ++c) {
                const QString &key = list->columns.at(c).key;
                if (key.startsWith(u'_') || key == QLatin1String("uuid"))
                    continue;
                const QString value = this->value(*list, row, c).simplified();
                if (!value.isEmpty())
                    parts.append(QStringLiteral("%1: %2").arg(list->columns.at(c).header, value));
            }
            if (!parts.isEmpty())
                lines.append(parts.join(QStringLiteral("; ")));
        }
        return lines.join(QLatin1Char('\n'));
    }

    QString listLabel(const QString &listKey) const
    {
        const Table *list = table(listKey);
        if (!list)
            return {};
        // "Processing activity – Transfers": the list's own name after the dash.
        const qsizetype dash = list->title.lastIndexOf(QStringLiteral(" – "));
        return dash < 0 ? list->title : list->title.mid(dash + 3);
    }

    // One item: its fields in sections (or in one table), the lists of its records, and the
    // fields it has no value for. Without rest, only the sections' fields: a profile (the AP's);
    // quiet: more "table.key"s whose emptiness is no "Not recorded" for this item.
    QString item(const Table &table, int row, const QList<Section> &sections, int headingLevel, bool pageBreak,
                 bool rest = true, const QSet<QString> &quiet = {}) const
    {
        const QString uuid = cell(table, row, QStringLiteral("uuid"));
        const QString name = cell(table, row, displayKey(table));
        QString heading =
            QStringLiteral("<h%1%2>%3</h%1>")
                .arg(headingLevel)
                .arg(pageBreak ? QStringLiteral(" style=\"page-break-before: always;\"") : QString())
                .arg(escaped(name.isEmpty() ? t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "(no name)")) : name));
        QString html;
        QStringList missing;
        // Extra fields from imports are not what the register records, and the DPO's notes are never
        // published: a document leaves them out.
        QSet<QString> shown{QStringLiteral("uuid"), displayKey(table), QStringLiteral("extraFields"),
                            QStringLiteral("dpoNotes")};
        const QString prefix = table.key + QLatin1Char('.');
        const auto section = [&](const QString &title, const QStringList &keys) {
            QStringList fieldKeys;
            QString lists;
            for (const QString &key : keys) {
                shown.insert(key);
                if (m_tables.contains(prefix + key)) {
                    const QString records = this->records(prefix + key, uuid);
                    if (records.isEmpty()) {
                        if (!m_quiet.contains(prefix + key) && !quiet.contains(prefix + key))
                            missing.append(listLabel(prefix + key));
                    } else {
                        lists += QStringLiteral("<p class=\"record\">%1</p>").arg(escaped(listLabel(prefix + key))) +
                                 records;
                    }
                } else {
                    fieldKeys.append(key);
                }
            }
            const QString rows = fieldKeys.isEmpty() ? QString() : fieldRows(table, row, fieldKeys, &missing, quiet);
            if (rows.isEmpty() && lists.isEmpty())
                return;
            if (!title.isEmpty())
                html += QStringLiteral("<h%1>%2</h%1>").arg(headingLevel + 1).arg(escaped(title));
            html += fieldTable(rows) + lists;
        };
        for (const Section &part : sections) {
            QStringList keys;
            for (const char *key : part.keys)
                keys.append(QLatin1String(key));
            section(t(part.title), keys);
        }
        // Every field and list no section named.
        QStringList others;
        for (const Exchange::TableColumn &column : table.columns) {
            if (rest && !shown.contains(column.key))
                others.append(column.key);
        }
        for (auto it = m_tables.cbegin(); rest && it != m_tables.cend(); ++it) {
            if (it.key().startsWith(prefix) && !shown.contains(it.key().mid(prefix.size())))
                others.append(it.key().mid(prefix.size()));
        }
        if (!others.isEmpty())
            section(sections.isEmpty() ? QString()
                                       : t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Other details")),
                    others);
        // Above the sections, under the heading on the item's first page: at the end it would often
        // be split over two pages, which PagedDocument mends by laying the part out again.
        if (!missing.isEmpty())
            heading += QStringLiteral("<p class=\"note\">%1</p>")
                           .arg(escaped(t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Not recorded: %1."))
                                            .arg(missing.join(QStringLiteral("; ")))));
        return heading + html;
    }

    QString rowsOf(const QString &listKey, const QStringList &keys, const QString &none,
                   const QList<int> &widths = {}) const
    {
        const Table *list = table(listKey);
        if (!list || list->rows.isEmpty())
            return QStringLiteral("<p class=\"note\">%1</p>").arg(escaped(none));
        // A key the list lacks takes its width with it: the others keep theirs.
        QList<int> found;
        QList<int> foundWidths;
        for (qsizetype i = 0; i < keys.size(); ++i) {
            const int index = column(*list, keys.at(i));
            if (index < 0)
                continue;
            found.append(index);
            if (i < widths.size())
                foundWidths.append(widths.at(i));
        }
        return grid(*list, allRows(*list), found, foundWidths.size() == found.size() ? foundWidths : QList<int>());
    }

    // The retention schedule: a rule's period in one column ("7 years", at least or at most); where
    // any rule has them, its selection list (with its category) and the day it was last tested
    // (BIO2 5.33.01 asks retention set out in selection lists and tested).
    QString retentionSchedule(const QString &none) const
    {
        const Table *rules = table(QStringLiteral("retention_rule"));
        if (!rules || rules->rows.isEmpty())
            return QStringLiteral("<p class=\"note\">%1</p>").arg(escaped(none));
        const auto header = [rules](const char *key) {
            const int index = column(*rules, QLatin1String(key));
            return index < 0 ? QString() : rules->columns.at(index).header;
        };
        bool selection = false;
        for (int row = 0; row < rules->rows.size() && !selection; ++row)
            selection = !cell(*rules, row, QStringLiteral("selectionList")).isEmpty() ||
                        !cell(*rules, row, QStringLiteral("lastTestedOn")).isEmpty();
        QStringList headers{header("name"),        t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Period")),
                            header("trigger"),     header("basisType"),
                            header("legalSource"), header("legalHold")};
        if (selection) {
            headers.insert(5, header("selectionList"));
            headers.insert(6, header("lastTestedOn"));
        }
        QList<QStringList> rows;
        for (int row = 0; row < rules->rows.size(); ++row) {
            const QString count = cell(*rules, row, QStringLiteral("periodCount"));
            QString period =
                count.isEmpty()
                    ? QString()
                    : QStringLiteral("%1 %2").arg(count, cell(*rules, row, QStringLiteral("periodUnit")).toLower());
            const QString kind = cell(*rules, row, QStringLiteral("periodKind"));
            if (!kind.isEmpty())
                period += (period.isEmpty() ? QString() : QStringLiteral("\n")) + kind;
            QStringList values{
                cell(*rules, row, QStringLiteral("name")),        period,
                cell(*rules, row, QStringLiteral("trigger")),     cell(*rules, row, QStringLiteral("basisType")),
                cell(*rules, row, QStringLiteral("legalSource")), cell(*rules, row, QStringLiteral("legalHold"))};
            if (selection) {
                QStringList list{cell(*rules, row, QStringLiteral("selectionList")),
                                 cell(*rules, row, QStringLiteral("selectionListCategory"))};
                list.removeAll(QString());
                values.insert(5, list.join(QStringLiteral("\n")));
                values.insert(6, cell(*rules, row, QStringLiteral("lastTestedOn")));
            }
            rows.append(values);
        }
        return selection ? gridHtml(headers, rows, {18, 12, 15, 10, 15, 14, 9, 7})
                         : gridHtml(headers, rows, {24, 17, 20, 11, 20, 8});
    }

    // The rows of an item's list (its rights, its transfers), in the list's order.
    QList<int> recordRows(const QString &listKey, const QString &ownerUuid) const
    {
        QList<int> rows = m_recordRows.value(listKey).values(ownerUuid);
        std::sort(rows.begin(), rows.end());
        return rows;
    }

    // The header of a column of a list; the key when the list lacks it.
    static QString header(const Table &table, const QString &key)
    {
        const int index = column(table, key);
        return index < 0 ? key : table.columns.at(index).header;
    }

    // The sub-processor annex (Art. 28(2) and (4)): each sub-processing agreement in its chain
    // from the controller down, the sub-processor's country, the authorisation and the objection
    // window; then the notices of new or replaced sub-processors with what was decided.
    QString subprocessorAnnex(const Table &agreements) const
    {
        QHash<QString, int> byTitle;
        for (int row = agreements.rows.size() - 1; row >= 0; --row)
            byTitle.insert(cell(agreements, row, QStringLiteral("title")), row);
        QHash<QString, QStringList> countries;
        if (const Table *parties = table(QStringLiteral("party"))) {
            for (int row = 0; row < parties->rows.size(); ++row) {
                const QString country = cell(*parties, row, QStringLiteral("country"));
                QStringList &known = countries[cell(*parties, row, QStringLiteral("name"))];
                if (!country.isEmpty() && !known.contains(country))
                    known.append(country);
            }
        }
        const Table *organisation = table(QStringLiteral("organisation"));
        const QString us = organisation && !organisation->rows.isEmpty()
                               ? cell(*organisation, 0, QStringLiteral("name"))
                               : t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "the organisation"));
        QList<QStringList> rows;
        for (int row = 0; row < agreements.rows.size(); ++row) {
            if (cell(agreements, row, QStringLiteral("parentUuid")).isEmpty())
                continue;
            // Up the chain to the agreement with the controller; a loop (a damaged register) ends it.
            QStringList chain;
            QSet<int> seen;
            int at = row;
            while (at >= 0 && !seen.contains(at)) {
                seen.insert(at);
                const QString processor = cell(agreements, at, QStringLiteral("processorUuid"));
                chain.prepend(processor.isEmpty() ? us : processor);
                const QString parent = cell(agreements, at, QStringLiteral("parentUuid"));
                if (parent.isEmpty()) {
                    const QString controller = cell(agreements, at, QStringLiteral("controllerUuid"));
                    chain.prepend(controller.isEmpty() ? us : controller);
                }
                at = parent.isEmpty() ? -1 : byTitle.value(parent, -1);
            }
            const QString processor = cell(agreements, row, QStringLiteral("processorUuid"));
            const QString window = cell(agreements, row, QStringLiteral("objectionWindowDays"));
            rows.append({chain.join(QStringLiteral(" → ")), processor,
                         countries.value(processor).join(QStringLiteral(", ")),
                         cell(agreements, row, QStringLiteral("subprocessorAuthorisation")),
                         cell(agreements, row, QStringLiteral("authorisedOn")), window});
        }
        QString html =
            QStringLiteral("<h3>%1</h3>")
                .arg(
                    escaped(t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Sub-processors (Art. 28(2) and (4))"))));
        if (rows.isEmpty())
            html += QStringLiteral("<p class=\"note\">%1</p>")
                        .arg(escaped(t(QT_TRANSLATE_NOOP("Custodian::Reports::Report",
                                                         "The register holds no sub-processing agreements."))));
        else
            html += gridHtml({t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Chain")),
                              t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Sub-processor")),
                              t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Country")),
                              header(agreements, QStringLiteral("subprocessorAuthorisation")),
                              header(agreements, QStringLiteral("authorisedOn")),
                              header(agreements, QStringLiteral("objectionWindowDays"))},
                             rows, {30, 16, 14, 16, 12, 12});
        if (const Table *notices = table(QStringLiteral("agreement.notices")); notices && !notices->rows.isEmpty()) {
            html += QStringLiteral("<h3>%1</h3>").arg(escaped(listLabel(QStringLiteral("agreement.notices"))));
            html += grid(*notices, allRows(*notices),
                         columns(*notices, {QStringLiteral("_owner"), QStringLiteral("receivedOn"),
                                            QStringLiteral("change"), QStringLiteral("objectionDeadline"),
                                            QStringLiteral("decision"), QStringLiteral("decidedOn")}),
                         {22, 12, 28, 13, 13, 12});
        }
        return html;
    }

    const DocumentLanguage &language() const { return m_language; }

private:
    const DocumentLanguage &m_language;
    QHash<QString, const Table *> m_tables;
    QSet<QString> m_quiet; // "table.key" of fields whose emptiness is not worth a "Not recorded"
    QHash<QString, QMultiHash<QString, int>> m_recordRows;
};

inline QString part(const QString &title, const QString &introduction, const QString &body)
{
    QString html = QStringLiteral("<h1>%1</h1>").arg(escaped(title));
    if (!introduction.isEmpty())
        html += QStringLiteral("<p class=\"lead\">%1</p>").arg(escaped(introduction));
    return html + body;
}

// A part of the register as a report shows it: a heading, a lead, its body, and its items each on
// a page of their own (an activity, an agreement, a breach).
struct Chapter
{
    QString title;
    QString introduction;
    QString body;
    QStringList items;
};

// One report being made: the document's language, the lists read in one state of the register,
// the document, and the facts every report shows.
class Session
{
public:
    Session(Storage::Store &store, const Request &request, Report *report);

    // Reads the lists of these kinds and the organisation's, in one state, and starts an empty
    // document in the document's language.
    [[nodiscard]] Status read(const QList<EntityKind> &kinds);

    QString t(const char *source) const { return m_language.translate(Context, source); }
    // A text with a number ("%n requests"), in the document's plural forms.
    QString n(const char *source, qint64 count) const;
    const Writer &writer() const { return *m_writer; }
    const DocumentLanguage &language() const { return m_language; }
    Storage::Store &store() { return m_store; }
    const Request &request() const { return m_request; }
    PagedDocument &document();
    QString organisationName() const { return m_organisationName; }
    // The period of a log report, days included: from the request, or the twelve months up to today.
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    QString period() const;
    // The number of history entries of the state the report names.
    qint64 stateCount() const;

    // The first page's block: what the report is, of which register, in which state, and the
    // controls it is evidence for.
    QString facts(const QString &scope) const;
    // The controls a report of the request's kind is evidence for: the shipped ones, then the
    // organisation's own.
    QList<Control> controls() const;
    // The organisation as controller (Art. 30(1)(a)): its details, its DPO, joint controllers.
    QString controller() const;
    // A long report's title page (with the controller) and its contents.
    void cover(const QString &title, const QString &scope, const QString &introduction);
    void contents();
    // A chapter of a long report: its heading starts a page; its items follow.
    void chapter(const Chapter &chapter);
    // A report of one chapter: the title, the lead and the facts open its first page.
    void single(const Chapter &chapter, const QString &scope);
    // The running header and footer: after the title and scope are known.
    void finish();
    // What the frame prints: the register state ("12 · fac97d6ad5ea"), when it was made, the label.
    QString stateText() const { return m_state; }
    Storage::HistoryHead head() const;
    QString generatedText() const { return m_generated; }
    QString label() const { return m_label; }
    // A kind written as a spreadsheet too: its sheets (Report::writeXlsx).
    void setWorkbook(const QList<Table> &sheets);
    // A note in the body ("The register holds no ...").
    static QString note(const QString &text) { return QStringLiteral("<p class=\"note\">%1</p>").arg(escaped(text)); }

private:
    Storage::Store &m_store;
    const Request &m_request;
    Report *m_report;
    DocumentLanguage m_language;
    QList<Table> m_tables;
    std::unique_ptr<Writer> m_writer;
    QString m_organisationName;
    QString m_generated;
    QString m_state;
    QString m_label;
    QDate m_from;
    QDate m_to;
};

// "In figures": a small table of label and value.
QString figures(const Session &session, const QList<QPair<QString, QString>> &rows);

// The chapters of the register (RegisterReport.cpp) and the logs (LogReports.cpp). Each reads only
// the lists its Session has read (kinds named in ReportBuilder::build).
Chapter activitiesChapter(const Session &session);
Chapter processorChapter(const Session &session);
Chapter agreementsChapter(const Session &session);
Chapter partiesChapter(const Session &session);
Chapter transfersChapter(const Session &session);
Chapter retentionChapter(const Session &session);
Chapter measuresChapter(const Session &session);
// The findings of the kinds in only (all when empty).
[[nodiscard]] Status findingsChapter(Session &session, Chapter *chapter, const QList<EntityKind> &only = {});
// What the completeness check finds in a snapshot today, its messages in the document's language; the
// chapter of those findings.
QList<Register::EntityFinding> checkFindings(const Session &session, const Register::RegisterSnapshot &snapshot);
void findingsChapter(const Session &session, const QList<Register::EntityFinding> &findings, Chapter *chapter);
// The changes of the period; *table (if given) the rows of its grid: when, who, item, what, changes.
[[nodiscard]] Status historyChapter(Session &session, Chapter *chapter, QList<QStringList> *table = nullptr);
Chapter requestsChapter(const Session &session);
Chapter breachesChapter(const Session &session);
// The reports for the Autoriteit Persoonsgegevens (ApReports.cpp): they read what they need.
[[nodiscard]] Status apRegister(Session &session);
[[nodiscard]] Status apBreachForm(Session &session);
// The audit dossier (AuditDossier.cpp).
[[nodiscard]] Status auditDossier(Session &session);

} // namespace Custodian::Reports::Parts
