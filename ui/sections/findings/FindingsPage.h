#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace Custodian::Ui {

class ListFilterProxy;
class FindingsTableModel;
class RegisterContext;

// Everything the completeness check finds across the register, in one table: severity, kind of
// item, item and message; filtered by severity, kind and search as you type. Enter or a double
// click opens the item in its section (RegisterContext::requestShow).
class FindingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit FindingsPage(RegisterContext *context, QWidget *parent = nullptr);

    // Shows the findings as the register holds them now (computed if stale).
    void refresh();
    // Runs the completeness check again (also for "today" having moved on), then refreshes.
    void checkAgain();
    // Asks the window to open the item of a row of the (filtered) table.
    void openRow(int proxyRow);

    QString title() const;
    FindingsTableModel *model() const { return m_model; }
    ListFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void updateCount();
    void onActivated(const QModelIndex &index);
    void updateDetail();

    RegisterContext *m_context = nullptr;
    FindingsTableModel *m_model = nullptr;
    ListFilterProxy *m_proxy = nullptr;
    bool m_stale = true;

    QLabel *m_titleLabel = nullptr;
    QLabel *m_introLabel = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QComboBox *m_severityCombo = nullptr;
    QComboBox *m_kindCombo = nullptr;
    QPushButton *m_checkButton = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QLabel *m_detailLabel = nullptr;
    QLabel *m_countLabel = nullptr;
};

} // namespace Custodian::Ui
