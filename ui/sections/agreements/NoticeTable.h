#pragma once

#include <QDate>
#include <QWidget>

#include "domain/Agreement.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace Custodian::Ui {

class AddRemoveButtons;

// The notices of intended changes of sub-processors (Art. 28(2)) of an agreement: a table with
// the date received, the change, the objection deadline (computed by the register when the
// agreement is saved), the decision, its date and notes; Add and Remove under it.
class NoticeTable : public QWidget
{
    Q_OBJECT
public:
    explicit NoticeTable(QWidget *parent = nullptr);

    QList<Domain::SubprocessorNotice> notices() const;
    void setNotices(const QList<Domain::SubprocessorNotice> &notices);
    // The day deadlines are compared with ("passed") and new notices are received on.
    void setToday(QDate today);
    // Whether the notices are ours, sent as processor to the controller (Agreement::noticesAreSent):
    // the texts say so, and a new notice is sent today.
    void setSent(bool sent);
    bool isSent() const { return m_sent; }
    // A new pending notice received (or sent) today, its change put in edit where the table is visible.
    void addNotice();
    void removeNotice(int row);

    QTableWidget *table() const { return m_table; }

signals:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setRow(int row, const Domain::SubprocessorNotice &notice);
    void refreshTexts();
    void fitColumns();
    void retranslateUi();

    QDate m_today;
    QLabel *m_introLabel = nullptr;
    QTableWidget *m_table = nullptr;
    AddRemoveButtons *m_buttons = nullptr;
    bool m_updating = false;
    bool m_sent = false;
};

} // namespace Custodian::Ui
