#pragma once

#include <QWidget>

#include <optional>

#include "domain/Codes.h"

class QAbstractItemModel;
class QCheckBox;
class QComboBox;
class QLineEdit;

namespace Custodian::Ui {

class FlowLayout;
class ListFilterProxy;

// The filters above a section's list: search as you type, the status, the owner, "Needs attention",
// "Due", the section's own filters, and "Show retired" where items of a hidden status exist but no
// status filter can show them. The filters wrap onto more rows when the list pane is narrow: they
// never set its width. Each one filters the proxy directly.
class ListFilterBar : public QWidget
{
    Q_OBJECT
public:
    // statusKind: the codes of the status filter (none: no status filter); hiddenStatus: the status
    // hidden until asked for ("retired"); parent: the page, on which Ctrl+F goes to the search field.
    ListFilterBar(ListFilterProxy *proxy, std::optional<Domain::Codes::Kind> statusKind, const QString &hiddenStatus,
                  QWidget *parent = nullptr);

    QLineEdit *searchEdit() const { return m_searchEdit; }
    // Adds a filter of the section's own, before "Show retired" in the row and in the tab order.
    void addWidget(QWidget *widget);
    // Clears the search and every filter but "Show retired"; false when none was set.
    bool clear();
    // Clears the filters, then shows only the items that fall due.
    void showDueOnly();
    // Offers the owners present in model and "Due" when any of its dates can fall due.
    void updateChoices(const QAbstractItemModel *model);

signals:
    void filtersChanged();

private:
    void retranslateUi();

    ListFilterProxy *m_proxy = nullptr;
    FlowLayout *m_layout = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    std::optional<Domain::Codes::Kind> m_statusKind;
    QComboBox *m_statusCombo = nullptr;
    QComboBox *m_ownerCombo = nullptr; // shown when the model has owners
    QCheckBox *m_attentionCheck = nullptr;
    QCheckBox *m_dueCheck = nullptr;         // shown when the model has dates that fall due
    QCheckBox *m_showRetiredCheck = nullptr; // null where the status filter shows hidden items
};

} // namespace Custodian::Ui
