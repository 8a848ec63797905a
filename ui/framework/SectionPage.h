#pragma once

#include <QWidget>

#include "domain/Codes.h"

class QAbstractItemModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace Custodian::Ui {

class EntityEditor;
class ListFilterProxy;
class RegisterContext;

// One section of the register (Activities, Parties, ...): a list with search as you type, a status
// filter, "needs attention", the shown/total count and an empty state, beside the editor of the
// selected item. Unsaved edits are guarded when another item is chosen. Subclasses supply the
// model (with the roles of Roles.h), the editor, their texts, and what New and Retire do.
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
    virtual void reload() = 0;

    bool hasUnsavedChanges() const;
    bool saveChanges();
    // Save / Discard / Cancel when the editor has unsaved changes; false on Cancel.
    bool confirmLeave();
    // Selects and opens an item (from a jump link); an empty uuid shows nothing selected.
    void showItem(const QString &uuid);
    // Starts a new item in the editor.
    void startNew();
    QString currentItemName() const;
    // Shows the audit trail of the item in the editor ("History…").
    void showHistory();

    RegisterContext *context() const { return m_context; }
    QTableView *view() const { return m_view; }
    ListFilterProxy *proxy() const { return m_proxy; }
    EntityEditor *editor() const { return m_editor; }

signals:
    void modifiedChanged(bool modified);
    void currentItemChanged();

protected:
    // Call once from the subclass constructor. statusKind: the codes offered in the status filter
    // (hasStatus false: no status filter). hiddenStatus: items hidden unless filtered for
    // explicitly ("retired").
    void setupSection(QAbstractItemModel *model, EntityEditor *editor, bool hasStatus,
                      Domain::Codes::Kind statusKind = Domain::Codes::Kind::ActivityStatus,
                      const QString &hiddenStatus = QString());
    // Texts for the empty state and the buttons; call from retranslate hooks.
    void setTexts(const QString &emptyText, const QString &newText, const QString &retireText);
    // Retire (or delete) the selected item; show the outcome. Default: nothing.
    virtual void retireItem(const QString &uuid);
    // After the model was reset by reload(): restore selection, counts and empty state.
    void afterReload();
    // Reloads when an item of one of these entities changes (an empty list: any change). Changes
    // of one save are coalesced, and a hidden section reloads only when it is shown again, so an
    // edit in one section stays fast however many sections there are.
    void reloadOnChangesOf(const QStringList &entities);
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    virtual void retranslateSection() = 0;

private:
    void onCurrentChanged(const QModelIndex &current, const QModelIndex &previous);
    void updateCount();
    void updateButtons();
    void updateFilterChoices();
    void retranslateBase();
    QString selectedUuid() const;
    void selectWithoutLoading(const QString &uuid);

    RegisterContext *m_context = nullptr;
    QAbstractItemModel *m_model = nullptr;
    ListFilterProxy *m_proxy = nullptr;
    EntityEditor *m_editor = nullptr;
    Domain::Codes::Kind m_statusKind = Domain::Codes::Kind::ActivityStatus;
    bool m_hasStatus = false;
    void scheduleReload();

    bool m_reverting = false;
    QStringList m_watchedEntities;
    bool m_stale = false;         // changed while hidden
    bool m_reloadPending = false; // a reload is queued

    QPushButton *m_newButton = nullptr;
    QPushButton *m_retireButton = nullptr;
    QPushButton *m_historyButton = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QComboBox *m_statusCombo = nullptr;
    QCheckBox *m_attentionCheck = nullptr;
    QComboBox *m_ownerCombo = nullptr; // shown when the model has owners
    QCheckBox *m_dueCheck = nullptr;   // shown when the model has dates that fall due
    QLabel *m_countLabel = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QSplitter *m_splitter = nullptr;
};

} // namespace Custodian::Ui
