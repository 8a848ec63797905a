#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QVariant>

#include <functional>
#include <limits>
#include <memory>
#include <optional>

#include "Status.h"
#include "domain/EntityKind.h"
#include "widgets/DueDate.h"

namespace Custodian::Ui {

class RegisterContext;

// One cell of a register list: what it shows, how it sorts, its tooltip, and an urgency that the
// text states in words and a colour repeats.
struct ListCell
{
    QString text;
    QVariant sortKey; // invalid: the text, case-folded
    QString toolTip;
    DueDate::Urgency urgency = DueDate::Urgency::NotSet;
};

// One item of a register list, built by its section's ListSource.
struct ListRow
{
    QString uuid;
    QString name;            // the item's name, for dialogs ("Retire “%1”?")
    QString status;          // StatusRole: a status code, "retired" for a retired catalogue item, or ""
    QString owner;           // OwnerRole, where the section has owners
    std::optional<bool> due; // DueRole: a date that matters has passed or is near; unset: no such date
    bool dimmed = false;     // shown in italics (a retired catalogue item)
    int ownWarnings = 0;     // warnings of the item's own check, added to the completeness findings
    QList<ListCell> cells;   // one per column of the source, the attention column excepted
    QStringList searchExtra; // words the search finds besides the cells' texts
    QStringList tags;        // TagsRole: codes for a section's own filter (a party's roles)
};

// A column of a register list. Width: short columns take what their content needs; the one long
// column stretches over what is left, so a list never scrolls sideways for want of planning.
struct ListColumn
{
    enum class Width
    {
        Short,
        Long
    };
    std::function<QString()> header;        // translated when called
    std::function<QString()> headerToolTip; // may be empty
    Width width = Width::Short;
    // May be hidden at first when the list pane is too narrow for every column (the header's
    // context menu shows it again).
    bool optional = false;
};

// What a section lists: its columns and how items become rows. readAll() reads every item, readOne()
// one item after a change (std::nullopt when it is gone). Implementations read through the
// services; a failure comes back as a Status and leaves the list as it was.
class ListSource
{
public:
    virtual ~ListSource() = default;
    virtual Domain::EntityKind kind() const = 0;
    virtual QList<ListColumn> columns() const = 0;
    [[nodiscard]] virtual Status readAll(QList<ListRow> *rows) = 0;
    [[nodiscard]] virtual Status readOne(const QString &uuid, std::optional<ListRow> *row) = 0;
    // Kinds whose items appear in this list's cells (a party's name in the agreements list, the
    // "used by" counts of a catalogue): a change to one of them re-reads the list.
    virtual QList<Domain::EntityKind> shownKinds() const { return {}; }
};

// The one table model of the register's sections, over a ListSource. Changes arrive row by row:
// refresh(uuid) re-reads one item and updates, inserts or removes its row; reload() re-reads every
// item and merges them by uuid, so that a view keeps its selection and scroll position (the model is
// reset only when it is filled the first time). The last column is "Attention": the item's
// completeness findings (errors and warnings) from the RegisterContext, filled once the check has
// run (attentionPending()). Column 0 carries the roles of Roles.h; every column has SortRole.
class EntityTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    EntityTableModel(RegisterContext *context, std::unique_ptr<ListSource> source, QObject *parent = nullptr);
    ~EntityTableModel() override;

    ListSource &source() const { return *m_source; }
    // The column that stretches (ListColumn::Width::Long), or -1.
    int longColumn() const;
    // Whether a column may be hidden when the list is narrow (never the attention column).
    bool isOptional(int column) const
    {
        return column >= 0 && column < m_columns.size() && m_columns.at(column).optional;
    }
    int attentionColumn() const { return int(m_columns.size()); }

    // Re-reads every item; a failure leaves the rows as they were and is returned.
    Status reload();
    // Re-reads one item: its row changes, appears or goes.
    Status refresh(const QString &uuid);
    // True while the attention column waits for the completeness check (it reads the whole
    // register): the section lets the list paint first and calls updateAttention() after.
    bool attentionPending() const { return m_attentionPending; }
    // Fills the attention column from the context's findings; rows whose count changed are updated.
    void updateAttention();
    // Texts follow the language: every row is built again.
    Status retranslate();

    const ListRow *row(const QString &uuid) const;
    // The row at a position, its attention count and its search text, for the list's filter and
    // sort, which ask for them of every row on every keystroke (no QVariant per question).
    const ListRow &rowAt(int row) const { return m_entries.at(row).row; }
    int attentionAt(int row) const { return m_entries.at(row).attention; }
    const QString &searchTextAt(int row) const { return m_entries.at(row).searchText; }
    // A date column's sort key as a number (a missing date after every date), or NotADate when the
    // cell's sort key is not a date: compared without a QVariant in a sort of 100,000 rows.
    static constexpr qint64 NotADate = std::numeric_limits<qint64>::min();
    qint64 dateKeyAt(int row, int column) const { return m_entries.at(row).dateKeys.at(column); }
    int rowOf(const QString &uuid) const { return m_rowByUuid.value(uuid, -1); }
    // Changes with every change of the rows (inserted, removed, changed, reset), before any other
    // receiver of the model's signals hears of it: a cache of the rows' keys compares it.
    quint64 generation() const { return m_generation; }

    // Without QAbstractTableModel's checks through rowCount() and columnCount(): a sort of 100,000
    // rows asks for two indexes per comparison.
    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override
    {
        return !parent.isValid() && row >= 0 && row < m_entries.size() && column >= 0 && column <= m_columns.size()
                   ? createIndex(row, column)
                   : QModelIndex();
    }
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Entry
    {
        ListRow row;
        int attention = 0;
        QString searchText;
        QList<qint64> dateKeys; // per column, see dateKeyAt()
    };
    void prepare(Entry &entry, const Entry *previous = nullptr) const;
    int attentionOf(const ListRow &row) const;
    void setRows(QList<ListRow> rows);
    void rebuildIndex(int from);
    bool sameContent(const Entry &a, const Entry &b) const;

    RegisterContext *m_context = nullptr;
    std::unique_ptr<ListSource> m_source;
    QList<ListColumn> m_columns;
    QString m_entityCode;
    QList<Entry> m_entries;
    QHash<QString, int> m_rowByUuid;
    bool m_filled = false;
    bool m_attentionPending = false;
    quint64 m_generation = 0;
};

// "⚠ 3", or empty when nothing needs attention: the marker is text, not colour alone.
QString attentionText(int count);

} // namespace Custodian::Ui
