// The register report (Art. 30(1) and (2)) and the single activity's sheet, made from the lists
// of the tabular export (Exchange::Tabular): every field the register holds, labelled and
// formatted in the document's language by the same field tables the export and import use.
#include "reports/ReportBuilder.h"

#include "DocumentLanguage.h"
#include "domain/Codes.h"
#include "domain/Countries.h"
#include "domain/EntityKind.h"
#include "exchange/Table.h"
#include "exchange/Tabular.h"
#include "storage/Store.h"

#include <QHash>
#include <QMultiHash>
#include <QSet>
#include <QTextDocument>

#include <algorithm>
#include <climits>

namespace Custodian::Reports {

using Domain::EntityKind;
using Exchange::Table;

namespace {

constexpr const char *Context = "Custodian::Reports::Report";

// Solid colours only (PDF/A-1): a dark blue for headings, greys for labels and rules.
const QString StyleSheet = QStringLiteral(
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

QString escaped(const QString &text)
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

const QList<Section> &activitySections()
{
    static const QList<Section> sections = {
        {QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Purpose and lawful basis (Art. 30(1)(b), Art. 6)"),
         {"purpose", "description", "lawfulBases", "basisScope", "legalProvision", "legitimateInterest", "liaReference",
          "consentRecord", "consentWithdrawal"}},
        {QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Data subjects and personal data (Art. 30(1)(c))"),
         {"subjectCategories", "dataCategories", "criminalData", "criminalDataGround", "bsn", "bsnGround", "children",
          "dataSource", "sourcePublic"}},
        {QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Recipients and joint controllers (Art. 30(1)(a), (d))"),
         {"noRecipients", "recipients", "jointControllers"}},
        {QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Transfers to third countries (Art. 30(1)(e))"),
         {"transfers"}},
        {QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Security measures (Art. 30(1)(g))"), {"measureUuids"}},
        {QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Systems, storage and agreements"),
         {"systems", "storageLocation", "agreementUuids"}},
        {QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Automated decisions and profiling (Art. 22)"),
         {"automatedDecisions", "profiling", "automatedLogic", "automatedConsequences", "art22Exception",
          "art22LawReference", "art22Safeguards"}},
        {QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Data protection impact assessment (Art. 35)"),
         {"publicMonitoring", "wp248Criteria", "dpiaCriteria", "dpiaRequired", "dpiaReasoning", "dpiaScreenedBy",
          "dpiaScreenedOn", "dpiaStatus", "dpiaReference", "dpiaCompletedOn", "dpiaResidualRisk", "priorConsultationOn",
          "priorConsultationReference", "priorConsultationOutcome", "dpiaReviewOn"}},
        {QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Ownership and review"),
         {"status", "ownerDepartment", "ownerPerson", "approvedBy", "approvedOn", "lastReviewed", "nextReview"}},
    };
    return sections;
}

// A list of records with more columns than this is shown record by record, not as a grid.
constexpr int GridColumns = 5;

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
    QString fieldRows(const Table &table, int row, const QStringList &keys, QStringList *missing) const
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
                if (missing)
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
    // fields it has no value for.
    QString item(const Table &table, int row, const QList<Section> &sections, int headingLevel, bool pageBreak) const
    {
        const QString uuid = cell(table, row, QStringLiteral("uuid"));
        const QString name = cell(table, row, displayKey(table));
        QString html =
            QStringLiteral("<h%1%2>%3</h%1>")
                .arg(headingLevel)
                .arg(pageBreak ? QStringLiteral(" style=\"page-break-before: always;\"") : QString())
                .arg(escaped(name.isEmpty() ? t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "(no name)")) : name));
        QStringList missing;
        QSet<QString> shown{QStringLiteral("uuid"), displayKey(table)};
        const QString prefix = table.key + QLatin1Char('.');
        const auto section = [&](const QString &title, const QStringList &keys) {
            QStringList fieldKeys;
            QString lists;
            for (const QString &key : keys) {
                shown.insert(key);
                if (m_tables.contains(prefix + key)) {
                    const QString records = this->records(prefix + key, uuid);
                    if (records.isEmpty())
                        missing.append(listLabel(prefix + key));
                    else
                        lists += QStringLiteral("<p class=\"record\">%1</p>").arg(escaped(listLabel(prefix + key))) +
                                 records;
                } else {
                    fieldKeys.append(key);
                }
            }
            const QString rows = fieldKeys.isEmpty() ? QString() : fieldRows(table, row, fieldKeys, &missing);
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
        QStringList rest;
        for (const Exchange::TableColumn &column : table.columns) {
            if (!shown.contains(column.key))
                rest.append(column.key);
        }
        for (auto it = m_tables.cbegin(); it != m_tables.cend(); ++it) {
            if (it.key().startsWith(prefix) && !shown.contains(it.key().mid(prefix.size())))
                rest.append(it.key().mid(prefix.size()));
        }
        section(sections.isEmpty() ? QString() : t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Other details")),
                rest);
        if (!missing.isEmpty())
            html += QStringLiteral("<p class=\"note\">%1</p>")
                        .arg(escaped(t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Not recorded: %1."))
                                         .arg(missing.join(QStringLiteral("; ")))));
        return html;
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

    // The retention schedule: a rule's period in one column ("7 years", at least or at most).
    QString retentionSchedule(const QString &none) const
    {
        const Table *rules = table(QStringLiteral("retention_rule"));
        if (!rules || rules->rows.isEmpty())
            return QStringLiteral("<p class=\"note\">%1</p>").arg(escaped(none));
        const auto header = [rules](const char *key) {
            const int index = column(*rules, QLatin1String(key));
            return index < 0 ? QString() : rules->columns.at(index).header;
        };
        const QStringList headers{header("name"),        t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Period")),
                                  header("trigger"),     header("basisType"),
                                  header("legalSource"), header("legalHold")};
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
            rows.append({cell(*rules, row, QStringLiteral("name")), period,
                         cell(*rules, row, QStringLiteral("trigger")), cell(*rules, row, QStringLiteral("basisType")),
                         cell(*rules, row, QStringLiteral("legalSource")),
                         cell(*rules, row, QStringLiteral("legalHold"))});
        }
        return gridHtml(headers, rows, {24, 17, 20, 11, 20, 8});
    }

    const DocumentLanguage &language() const { return m_language; }

private:
    const DocumentLanguage &m_language;
    QHash<QString, const Table *> m_tables;
    QHash<QString, QMultiHash<QString, int>> m_recordRows;
};

QString part(const QString &title, const QString &introduction, const QString &body)
{
    QString html = QStringLiteral("<h1>%1</h1>").arg(escaped(title));
    if (!introduction.isEmpty())
        html += QStringLiteral("<p class=\"lead\">%1</p>").arg(escaped(introduction));
    return html + body;
}

} // namespace

Status ReportBuilder::build(Storage::Store &store, const Request &request, Report *report)
{
    const DocumentLanguage language(request.language);
    const auto t = [&language](const char *source) { return language.translate(Context, source); };
    QList<Table> tables;
    QList<EntityKind> kinds{EntityKind::Organisation, EntityKind::ProcessingActivity};
    if (request.kind == Kind::Register)
        kinds << EntityKind::Party << EntityKind::SecurityMeasure << EntityKind::RetentionRule << EntityKind::Agreement
              << EntityKind::ProcessorActivity;
    const Status status = Exchange::Tabular::exportLists(store, kinds, language, &tables, &report->m_state);
    if (!status)
        return Status::error(status.code(), Report::tr("The report could not be made."),
                             status.detail().isEmpty() ? status.message() : status.detail());
    const Writer writer(language, tables);
    const Table *organisation = writer.table(QStringLiteral("organisation"));
    const Table *activities = writer.table(QStringLiteral("activity"));
    if (!organisation || !activities)
        return Status::error(Status::Code::DatabaseError, Report::tr("The report could not be made."));
    const QString organisationName =
        organisation->rows.isEmpty() ? QString() : writer.cell(*organisation, 0, QStringLiteral("name"));

    report->m_document.clear();
    report->m_language = language.code();
    report->m_generatedAt = QDateTime::currentDateTime();
    report->m_contentsPart = -1;
    PagedDocument &document = report->m_document;
    document.setStyle(reportFontFamily(), 10, StyleSheet);
    const QString generated = writer.text(report->m_generatedAt);
    const QString state = report->m_state.count == 0
                              ? t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "no history yet"))
                              : report->m_state.shortText();
    const QString label = request.confidentiality.trimmed().isEmpty()
                              ? t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Confidential"))
                              : request.confidentiality.trimmed();

    // The organisation as controller (Art. 30(1)(a)): its contact details, its DPO, its representative.
    const auto controller = [&] {
        if (organisation->rows.isEmpty())
            return QString();
        QString html = Writer::fieldTable(writer.fieldRows(*organisation, 0, {}, nullptr));
        const QString joint = writer.records(QStringLiteral("organisation.jointControllers"),
                                             writer.cell(*organisation, 0, QStringLiteral("uuid")));
        if (!joint.isEmpty())
            html += QStringLiteral("<h3>%1</h3>")
                        .arg(escaped(writer.listLabel(QStringLiteral("organisation.jointControllers")))) +
                    joint;
        return html;
    };
    // What the report is, of which register, in which state: the first page's block.
    const auto facts = [&](const QString &scope) {
        QString rows;
        const auto row = [&rows](const QString &name, const QString &value) {
            rows += QStringLiteral("<tr><td width=\"30%\" class=\"label\">%1</td><td>%2</td></tr>")
                        .arg(escaped(name), escaped(value));
        };
        row(t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Organisation")), organisationName);
        row(t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Scope")), scope);
        row(t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Register state")),
            report->m_state.count == 0
                ? state
                : language
                      .translate(Context,
                                 QT_TRANSLATE_N_NOOP("Custodian::Reports::Report", "%n history entries; last entry %1"),
                                 nullptr, int(std::min<qint64>(report->m_state.count, INT_MAX)))
                      .arg(report->m_state.hash));
        row(t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Generated")), generated);
        row(t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Classification")), label);
        return Writer::fieldTable(rows);
    };

    if (request.kind == Kind::Activity) {
        const int uuidColumn = Writer::column(*activities, QStringLiteral("uuid"));
        int found = -1;
        for (int i = 0; i < activities->rows.size() && found < 0; ++i) {
            if (activities->rows.at(i).at(uuidColumn).toString() == request.uuid)
                found = i;
        }
        if (found < 0)
            return Status::error(Status::Code::NotFound,
                                 Report::tr("There is no processing activity %1.").arg(request.uuid));
        const QString name = writer.cell(*activities, found, QStringLiteral("name"));
        report->m_title = t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Processing activity sheet"));
        report->m_scope = name;
        QString html = QStringLiteral("<p class=\"kicker\">%1</p>")
                           .arg(escaped(report->m_title + QStringLiteral(" · ") + organisationName));
        html += writer.item(*activities, found, activitySections(), 1, false);
        html += QStringLiteral("<h2>%1</h2>")
                    .arg(escaped(t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "About this sheet"))));
        html += facts(name);
        html += QStringLiteral("<h3>%1</h3>")
                    .arg(escaped(t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Controller (Art. 30(1)(a))")))) +
                controller();
        document.addHtmlPart(html);
    } else {
        report->m_title = t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Register of processing activities"));
        report->m_scope = t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "The whole register"));
        // Title page.
        QString cover = QStringLiteral("<p class=\"kicker\">%1</p>").arg(escaped(organisationName));
        cover += part(report->m_title,
                      t(QT_TRANSLATE_NOOP("Custodian::Reports::Report",
                                          "Records of processing activities under Article 30 of the General Data "
                                          "Protection Regulation, as controller and as processor.")),
                      facts(report->m_scope));
        cover += QStringLiteral("<h2>%1</h2>")
                     .arg(escaped(t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Controller (Art. 30(1)(a))")))) +
                 controller();
        document.addHtmlPart(cover);
        report->m_contentsTitle = t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Contents"));
        report->m_contentsPart = document.partCount();
        writeContents(document.addPart(), report->m_contentsTitle, {});

        // Art. 30(1): an overview, then one page or more per activity.
        QString html = part(
            t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Processing activities (Art. 30(1))")),
            t(QT_TRANSLATE_NOOP("Custodian::Reports::Report",
                                "The processing activities of the organisation as controller, each on its own page "
                                "with every detail the register holds.")),
            writer.rowsOf(
                QStringLiteral("activity"),
                {QStringLiteral("name"), QStringLiteral("lawfulBases"), QStringLiteral("status"),
                 QStringLiteral("ownerDepartment"), QStringLiteral("nextReview")},
                t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "The register holds no processing activities.")),
                {34, 26, 12, 14, 14}));
        document.addHtmlPart(html);
        // Each activity a part of its own: it starts a page, and a part is laid out on its own.
        for (int i = 0; i < activities->rows.size(); ++i)
            document.addHtmlPart(writer.item(*activities, i, activitySections(), 2, false));

        // Art. 30(2): the processing done for others.
        if (const Table *processor = writer.table(QStringLiteral("processor_activity"))) {
            QString body = writer.rowsOf(
                QStringLiteral("processor_activity"),
                {QStringLiteral("name"), QStringLiteral("controllerUuids"), QStringLiteral("processingCategories")},
                t(QT_TRANSLATE_NOOP("Custodian::Reports::Report",
                                    "The organisation carries out no processing as a processor.")),
                {34, 30, 36});
            document.addHtmlPart(
                part(t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Processing as a processor (Art. 30(2))")),
                     t(QT_TRANSLATE_NOOP("Custodian::Reports::Report",
                                         "The categories of processing carried out on behalf of each controller.")),
                     body));
            // Each item a part of its own, as the activities.
            for (int i = 0; i < processor->rows.size(); ++i)
                document.addHtmlPart(writer.item(*processor, i, {}, 2, false));
        }
        // Art. 28: the agreements with processors, and those under which the organisation processes.
        if (const Table *agreements = writer.table(QStringLiteral("agreement"))) {
            QString body =
                writer.rowsOf(QStringLiteral("agreement"),
                              {QStringLiteral("title"), QStringLiteral("kind"), QStringLiteral("processorUuid"),
                               QStringLiteral("parentUuid"), QStringLiteral("status"), QStringLiteral("effectiveOn"),
                               QStringLiteral("expiresOn")},
                              t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "The register holds no agreements.")),
                              {22, 14, 16, 18, 9, 11, 10});
            document.addHtmlPart(
                part(t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Processing agreements (Art. 28)")),
                     t(QT_TRANSLATE_NOOP("Custodian::Reports::Report",
                                         "Each agreement with its terms, the checklist of Art. 28(3) with the clauses "
                                         "that meet it, and the notices of new sub-processors.")),
                     body));
            for (int i = 0; i < agreements->rows.size(); ++i)
                document.addHtmlPart(writer.item(*agreements, i, {}, 2, false));
        }
        // The annexes: parties, transfers, retention, measures.
        QString annex =
            part(t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Parties")),
                 t(QT_TRANSLATE_NOOP("Custodian::Reports::Report",
                                     "The processors, recipients and other parties the register names.")),
                 writer.rowsOf(QStringLiteral("party"),
                               {QStringLiteral("name"), QStringLiteral("roles"), QStringLiteral("country"),
                                QStringLiteral("contactName"), QStringLiteral("contactEmail"),
                                QStringLiteral("dpoName"), QStringLiteral("representative")},
                               t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "The register names no parties.")),
                               {18, 14, 12, 14, 18, 12, 12}));
        document.addHtmlPart(annex);
        QString transfers;
        for (const QString &key :
             {QStringLiteral("activity.transfers"), QStringLiteral("processor_activity.transfers")}) {
            const Table *list = writer.table(key);
            if (!list || list->rows.isEmpty())
                continue;
            transfers += QStringLiteral("<h3>%1</h3>").arg(escaped(list->title));
            transfers += writer.grid(
                *list, Writer::allRows(*list),
                writer.columns(*list, {QStringLiteral("_owner"), QStringLiteral("country"), QStringLiteral("partyUuid"),
                                       QStringLiteral("mechanism"), QStringLiteral("sccModule"),
                                       QStringLiteral("derogation"), QStringLiteral("tiaReference")}),
                {20, 12, 16, 18, 10, 12, 12});
        }
        if (transfers.isEmpty())
            transfers = QStringLiteral("<p class=\"note\">%1</p>")
                            .arg(escaped(t(QT_TRANSLATE_NOOP("Custodian::Reports::Report",
                                                             "The register records no transfers."))));
        document.addHtmlPart(part(t(QT_TRANSLATE_NOOP("Custodian::Reports::Report",
                                                      "Transfers to third countries (Art. 30(1)(e), Art. 30(2)(c))")),
                                  {}, transfers));
        document.addHtmlPart(
            part(t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Retention schedule (Art. 30(1)(f))")),
                 t(QT_TRANSLATE_NOOP("Custodian::Reports::Report",
                                     "How long each category of personal data is kept, and on what ground.")),
                 writer.retentionSchedule(
                     t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "The register holds no retention rules.")))));
        document.addHtmlPart(
            part(t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Security measures (Art. 30(1)(g), Art. 32)")), {},
                 writer.rowsOf(
                     QStringLiteral("security_measure"),
                     {QStringLiteral("title"), QStringLiteral("kind"), QStringLiteral("description")},
                     t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "The register records no security measures.")),
                     {30, 15, 55})));
    }
    document.setFrame({organisationName.isEmpty() ? report->m_title
                                                  : QStringLiteral("%1 · %2").arg(organisationName, report->m_title),
                       report->m_scope,
                       QStringLiteral("%1 · %2").arg(
                           label, t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Register state %1")).arg(state)),
                       t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Generated %1")).arg(generated),
                       t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Page %1 of %2")), reportFontFamily()});
    return Status::ok();
}

void ReportBuilder::writeContents(QTextDocument *part, const QString &title, const QList<ContentsEntry> &entries)
{
    QString html = QStringLiteral("<h1>%1</h1><table class=\"contents\" width=\"100%\" cellspacing=\"0\" "
                                  "cellpadding=\"0\">")
                       .arg(escaped(title));
    for (const ContentsEntry &entry : entries) {
        const QString text = escaped(entry.text);
        html += entry.level == 1
                    ? QStringLiteral("<tr><td style=\"padding-top: 6pt;\"><b>%1</b></td><td align=\"right\" "
                                     "style=\"padding-top: 6pt;\"><b>%2</b></td></tr>")
                          .arg(text, QString::number(entry.page))
                    : QStringLiteral("<tr><td style=\"padding-left: 14pt;\">%1</td><td align=\"right\">%2</td></tr>")
                          .arg(text, QString::number(entry.page));
    }
    part->setHtml(html + QStringLiteral("</table>"));
}

} // namespace Custodian::Reports
