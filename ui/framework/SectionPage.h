#pragma once

#include <QWidget>

#include <QSet>

#include <optional>

#include "Status.h"
#include "domain/Codes.h"

class QLabel;
class QPushButton;
class QStackedWidget;
class QSortFilterProxyModel;
class QTableView;

namespace Custodian::Ui {

class EntityEditor;
class EntityTableModel;
class ListColumns;
class ListFilterBar;
class ListFilterProxy;
class RegisterContext;

// One section of the register (Activities, Parties, ...): a list with search as you type, a status
// filter, "needs attention", the shown/total count and an empty state, beside the editor of the
// selected item. Unsaved edits are guarded when another item is chosen. Subclasses supply the
// list's source (an EntityTableModel), the editor, their texts, and what New and Retire do.
// Changes from any service reach the list row by row: an item of the section's kind updates its
// row, a change to a kind the cells show re-reads the list (merged, not reset), any other change
// updates the attention column. A hidden section catches up when it is shown again.
class SectionPage : public QWidget
{
    Q_OBJECT
public:
    SectionPage(RegisterContext *context, QWidget *parent = nullptr);

    // The entity code this section shows ("activity", "party", ...), as in EntityFinding::entity.
    virtual QString entityCode() const = 0;
    // A translated title for the navigation and the window title.
    virtual QString title() const = 0;
    // Re-reads the list from the register, keeping the selection where possible.
    void reload();

    bool hasUnsavedChanges() const;
    bool saveChanges();
    // Save / Discard / Cancel when the editor has unsaved changes; false on Cancel.
    bool confirmLeave();
    // Selects and opens an item (from a jump link); an empty uuid shows nothing selected.
    void showItem(const QString &uuid);
    // Clears the search and the filters, then shows only the items whose review or expiry date has
    // passed or is near (the dashboard's "more overdue" line).
    void showDueOnly();
    // Starts a new item in the editor.
    void startNew();
    QString currentItemName() const;
    // Shows the audit trail of the item in the editor ("History…").
    void showHistory();

    RegisterContext *context() const { return m_context; }
    QTableView *view() const { return m_view; }
    EntityTableModel *model() const { return m_model; }
    ListFilterProxy *proxy() const { return m_proxy; }
    EntityEditor *editor() const { return m_editor; }
    // The filters above the list; a section adds its own with addWidget().
    ListFilterBar *filterBar() const { return m_filterBar; }

signals:
    void modifiedChanged(bool modified);
    void currentItemChanged();

protected:
    struct Options
    {
        std::optional<Domain::Codes::Kind> statusKind; // the codes of the status filter; none: no filter
        QString hiddenStatus;                          // items hidden unless filtered for explicitly ("retired")
        int sortColumn = 0;                            // the first sort, until the user picks another
        Qt::SortOrder sortOrder = Qt::AscendingOrder;
        QList<int> splitterSizes = {320, 680}; // the list's and the editor's first share
    };
    // Call once from the subclass constructor, and reload() at its end; the page owns the model. filter: a proxy of the
    // section's own between the model and the shared filters (the parties' role filter), or nullptr.
    void setupSection(EntityTableModel *model, EntityEditor *editor, const Options &options,
                      QSortFilterProxyModel *filter = nullptr);
    // Texts for the empty state and the buttons; call from retranslate hooks.
    void setTexts(const QString &emptyText, const QString &newText, const QString &retireText);
    // Retire (or delete) the selected item; show the outcome. Default: nothing.
    virtual void retireItem(const QString &uuid);
    // The list changed (read again, or rows updated): subclasses update what depends on it.
    virtual void listChanged() {}
    // Restores selection, counts and filter choices after the section's own filter changed.
    void afterReload();
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    virtual void retranslateSection() = 0;

private:
    void onCurrentChanged(const QModelIndex &current, const QModelIndex &previous);
    void onRegisterChanged(const QString &entity, const QString &uuid);
    void openInEditor(const QString &uuid);
    void applyChanges();
    void afterListChange(const Status &status);
    void waitForPaintThenFillAttention();
    void updateCount();
    void updateButtons();
    void retranslateBase();
    QString selectedUuid() const;
    void selectWithoutLoading(const QString &uuid);
    // The item's index in the view's model; invalid when it is not there or filtered out.
    QModelIndex shownIndexOf(const QString &uuid) const;

    RegisterContext *m_context = nullptr;
    EntityTableModel *m_model = nullptr;
    ListFilterProxy *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    ListColumns *m_columns = nullptr;
    bool m_reverting = false;
    bool m_keepEditor = false; // the current row is being removed: the editor keeps its item
    bool m_stale = false;      // changed while hidden: read everything when shown
    // What the register's changes ask of the list, until applyChanges() runs.
    struct Pending
    {
        bool queued = false;    // applyChanges() is queued
        bool full = false;      // a change needs the whole list read again
        bool attention = false; // a change may have changed the findings
        QSet<QString> uuids;    // items of the section's kind that changed
    } m_pending;

    EntityEditor *m_editor = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_retireButton = nullptr;
    QPushButton *m_historyButton = nullptr;
    ListFilterBar *m_filterBar = nullptr;

    // The shown/total count, and the empty state: what the section is for, or why it could not be read.
    QLabel *m_countLabel = nullptr;
    Status m_loadStatus;
    QString m_emptyText;
    QStackedWidget *m_listStack = nullptr;
    QLabel *m_emptyLabel = nullptr;
};

} // namespace Custodian::Ui
