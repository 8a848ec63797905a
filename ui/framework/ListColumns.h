#pragma once

#include <QObject>

class QPoint;
class QTableView;

namespace Custodian::Ui {

class EntityTableModel;

// The columns of a section's list. Their widths, order and hidden state are kept per section in
// the settings; without kept widths they are fitted once to the pane (fit()). The header's context
// menu shows and hides every column but the first.
class ListColumns : public QObject
{
    Q_OBJECT
public:
    // settingsKey: where the header's state is kept ("ui/sections/activity/columns").
    ListColumns(QTableView *view, EntityTableModel *model, const QString &settingsKey, QObject *parent);

    // Whether the user's own widths were restored (then the first sort is theirs as well).
    bool restored() const { return m_restored; }
    // Once, at the list's real width and with its first rows, unless the user's widths were
    // restored: short columns take what their header and content need, the long one the rest.
    void fit();
    // After a language change: no header is cut.
    void widenHeaders();

private:
    void showMenu(const QPoint &position);
    void save();

    QTableView *m_view = nullptr;
    EntityTableModel *m_model = nullptr;
    QString m_settingsKey;
    bool m_restored = false;
    bool m_fitted = false;
};

} // namespace Custodian::Ui
