#include "framework/EntityTableModel.h"

#include "framework/RegisterContext.h"
#include "framework/Roles.h"

#include <QFont>
#include <QLocale>

namespace Custodian::Ui {

QString attentionText(int count)
{
    return count > 0 ? QString(QChar(0x26A0)) + QLatin1Char(' ') + QLocale().toString(count) : QString();
}

EntityTableModel::EntityTableModel(RegisterContext *context, std::unique_ptr<ListSource> source, QObject *parent)
    : QAbstractTableModel(parent), m_context(context), m_source(std::move(source)), m_columns(m_source->columns()),
      m_entityCode(Domain::EntityKinds::code(m_source->kind()))
{
    // Connected first, so heard first: a proxy that sorts on these signals finds the new generation.
    const auto changed = [this] { ++m_generation; };
    connect(this, &QAbstractItemModel::rowsInserted, this, changed);
    connect(this, &QAbstractItemModel::rowsRemoved, this, changed);
    connect(this, &QAbstractItemModel::dataChanged, this, changed);
    connect(this, &QAbstractItemModel::modelReset, this, changed);
    connect(this, &QAbstractItemModel::layoutChanged, this, changed);
}

EntityTableModel::~EntityTableModel() = default;

int EntityTableModel::longColumn() const
{
    for (int column = 0; column < m_columns.size(); ++column) {
        if (m_columns.at(column).width == ListColumn::Width::Long)
            return column;
    }
    return -1;
}

int EntityTableModel::attentionOf(const ListRow &row) const
{
    if (m_attentionPending)
        return row.ownWarnings;
    return m_context->attentionCount(m_entityCode, row.uuid) + row.ownWarnings;
}

void EntityTableModel::prepare(Entry &entry, const Entry *previous) const
{
    entry.row.cells.resize(m_columns.size());
    // While the check waits, a row keeps the count it showed: no marker blinks off and on.
    // The item's own warnings are known now; only the check's part waits.
    entry.attention = m_attentionPending && previous
                          ? previous->attention - previous->row.ownWarnings + entry.row.ownWarnings
                          : attentionOf(entry.row);
    entry.dateKeys.resize(entry.row.cells.size());
    for (qsizetype column = 0; column < entry.row.cells.size(); ++column) {
        const QVariant &key = entry.row.cells.at(column).sortKey;
        if (key.typeId() != QMetaType::QDate)
            entry.dateKeys[column] = NotADate;
        else if (const QDate day = key.toDate(); day.isValid())
            entry.dateKeys[column] = day.toJulianDay();
        else
            entry.dateKeys[column] = std::numeric_limits<qint64>::max();
    }
    QStringList words;
    words.reserve(entry.row.cells.size() + entry.row.searchExtra.size() + 1);
    for (const ListCell &cell : std::as_const(entry.row.cells))
        words.append(cell.text);
    words += entry.row.searchExtra;
    words.append(attentionText(entry.attention));
    entry.searchText = words.join(QLatin1Char(' ')).toLower();
}

bool EntityTableModel::sameContent(const Entry &a, const Entry &b) const
{
    if (a.attention != b.attention || a.searchText != b.searchText || a.row.status != b.row.status ||
        a.row.owner != b.row.owner || a.row.due != b.row.due || a.row.dimmed != b.row.dimmed ||
        a.row.name != b.row.name || a.row.tags != b.row.tags)
        return false;
    for (qsizetype i = 0; i < a.row.cells.size(); ++i) {
        const ListCell &x = a.row.cells.at(i);
        const ListCell &y = b.row.cells.at(i);
        if (x.text != y.text || x.sortKey != y.sortKey || x.toolTip != y.toolTip || x.urgency != y.urgency)
            return false;
    }
    return true;
}

void EntityTableModel::rebuildIndex(int from)
{
    for (int i = from; i < m_entries.size(); ++i)
        m_rowByUuid.insert(m_entries.at(i).row.uuid, i);
}

Status EntityTableModel::reload()
{
    QList<ListRow> rows;
    const Status status = m_source->readAll(&rows);
    if (!status)
        return status;
    // The completeness check reads the whole register: when it has to run, the list paints first.
    m_attentionPending = !m_context->findingsReady();
    setRows(std::move(rows));
    return status;
}

Status EntityTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    return m_filled ? reload() : Status::ok();
}

void EntityTableModel::setRows(QList<ListRow> rows)
{
    QList<Entry> next;
    next.reserve(rows.size());
    for (ListRow &row : rows) {
        Entry entry;
        entry.row = std::move(row);
        const int at = m_filled ? rowOf(entry.row.uuid) : -1;
        prepare(entry, at >= 0 ? &m_entries.at(at) : nullptr);
        next.append(std::move(entry));
    }
    if (!m_filled) {
        beginResetModel();
        m_entries = std::move(next);
        m_rowByUuid.clear();
        rebuildIndex(0);
        m_filled = true;
        endResetModel();
        return;
    }
    // Merge by uuid: rows that went are removed, rows that stayed are updated where they differ, new
    // rows are appended (the view's proxy sorts them into place).
    QSet<QString> incoming;
    incoming.reserve(next.size());
    for (const Entry &entry : std::as_const(next))
        incoming.insert(entry.row.uuid);
    for (int i = int(m_entries.size()) - 1; i >= 0; --i) {
        if (incoming.contains(m_entries.at(i).row.uuid))
            continue;
        // Remove runs of consecutive vanished rows at once.
        int first = i;
        while (first > 0 && !incoming.contains(m_entries.at(first - 1).row.uuid))
            --first;
        beginRemoveRows(QModelIndex(), first, i);
        for (int j = first; j <= i; ++j)
            m_rowByUuid.remove(m_entries.at(j).row.uuid);
        m_entries.remove(first, i - first + 1);
        rebuildIndex(first);
        endRemoveRows();
        i = first;
    }
    m_rowByUuid.clear();
    rebuildIndex(0);
    QList<Entry> added;
    // One signal over the changed rows: the proxy re-sorts once, not once per row.
    int firstChanged = int(m_entries.size());
    int lastChanged = -1;
    for (Entry &entry : next) {
        const auto it = m_rowByUuid.constFind(entry.row.uuid);
        if (it == m_rowByUuid.cend()) {
            added.append(std::move(entry));
            continue;
        }
        const int at = it.value();
        if (sameContent(m_entries.at(at), entry))
            continue;
        m_entries[at] = std::move(entry);
        firstChanged = qMin(firstChanged, at);
        lastChanged = qMax(lastChanged, at);
    }
    if (lastChanged >= 0)
        emit dataChanged(index(firstChanged, 0), index(lastChanged, columnCount() - 1));
    if (!added.isEmpty()) {
        const int first = int(m_entries.size());
        beginInsertRows(QModelIndex(), first, first + int(added.size()) - 1);
        for (Entry &entry : added)
            m_entries.append(std::move(entry));
        rebuildIndex(first);
        endInsertRows();
    }
}

Status EntityTableModel::refresh(const QString &uuid)
{
    std::optional<ListRow> row;
    const Status status = m_source->readOne(uuid, &row);
    if (!status)
        return status;
    const int at = rowOf(uuid);
    if (!row) {
        if (at >= 0) {
            beginRemoveRows(QModelIndex(), at, at);
            m_rowByUuid.remove(uuid);
            m_entries.removeAt(at);
            rebuildIndex(at);
            endRemoveRows();
        }
        return status;
    }
    if (!m_context->findingsReady())
        m_attentionPending = true;
    Entry entry;
    entry.row = std::move(*row);
    prepare(entry, at >= 0 ? &m_entries.at(at) : nullptr);
    if (at >= 0) {
        if (!sameContent(m_entries.at(at), entry)) {
            m_entries[at] = std::move(entry);
            emit dataChanged(index(at, 0), index(at, columnCount() - 1));
        }
        return status;
    }
    const int first = int(m_entries.size());
    beginInsertRows(QModelIndex(), first, first);
    m_entries.append(std::move(entry));
    m_rowByUuid.insert(uuid, first);
    endInsertRows();
    return status;
}

void EntityTableModel::updateAttention()
{
    m_attentionPending = false;
    int first = int(m_entries.size());
    int last = -1;
    for (int at = 0; at < m_entries.size(); ++at) {
        Entry &entry = m_entries[at];
        const int attention = attentionOf(entry.row);
        if (attention == entry.attention)
            continue;
        prepare(entry);
        first = qMin(first, at);
        last = qMax(last, at);
    }
    if (last >= 0)
        emit dataChanged(index(first, 0), index(last, columnCount() - 1));
}

const ListRow *EntityTableModel::row(const QString &uuid) const
{
    const int at = rowOf(uuid);
    return at < 0 ? nullptr : &m_entries.at(at).row;
}

int EntityTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int EntityTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size()) + 1;
}

QVariant EntityTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    const int column = index.column();
    const bool attention = column == attentionColumn();
    switch (role) {
    case Qt::DisplayRole:
        return attention ? attentionText(entry.attention) : entry.row.cells.at(column).text;
    case Qt::ToolTipRole: {
        if (attention)
            return entry.attention > 0 ? tr("%n completeness finding(s) to look at: open the item to see them.",
                                            nullptr, entry.attention)
                                       : QVariant();
        const ListCell &cell = entry.row.cells.at(column);
        return cell.toolTip.isEmpty() ? QVariant() : QVariant(cell.toolTip);
    }
    case Qt::ForegroundRole:
        return attention ? QVariant() : DueDate::foreground(entry.row.cells.at(column).urgency);
    case Qt::FontRole:
        if (entry.row.dimmed) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case SortRole: {
        if (attention)
            return entry.attention;
        const ListCell &cell = entry.row.cells.at(column);
        return cell.sortKey.isValid() ? cell.sortKey : QVariant(cell.text.toLower());
    }
    default:
        break;
    }
    if (column != 0)
        return {};
    switch (role) {
    case UuidRole:
        return entry.row.uuid;
    case StatusRole:
        return entry.row.status;
    case FindingsRole:
        return entry.attention;
    case SearchTextRole:
        return entry.searchText;
    case OwnerRole:
        return entry.row.owner;
    case DueRole:
        return entry.row.due ? QVariant(*entry.row.due) : QVariant();
    case TagsRole:
        return entry.row.tags;
    default:
        return {};
    }
}

QVariant EntityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    const bool attention = section == attentionColumn();
    switch (role) {
    case Qt::DisplayRole:
        // The attention column is narrow: its header is the sign its cells show.
        return attention ? QString(QChar(0x26A0)) : m_columns.at(section).header();
    case Qt::AccessibleTextRole:
        return attention ? tr("Attention") : m_columns.at(section).header();
    case Qt::ToolTipRole:
        if (attention)
            return tr("Attention: completeness findings (errors and warnings)");
        return m_columns.at(section).headerToolTip ? QVariant(m_columns.at(section).headerToolTip()) : QVariant();
    case Qt::TextAlignmentRole:
        // Left, like the cells: a centred header is cut on both sides when the column is narrow.
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

} // namespace Custodian::Ui
