#pragma once

#include <QDialog>

#include "register/AuditLog.h"
#include "register/HistoryText.h"

class QDateEdit;
class QLabel;
class QTableWidget;

namespace Custodian::Ui {

class RegisterContext;

// The history of one item from the register's audit trail, for an auditor (UI review H3): when
// (local time), who, what, and each change under the field's label with values as the editor shows
// them (Register::HistoryText), newest first, in the UI language. A period (from, to) narrows the
// list to the changes an audit covers.
class HistoryDialog : public QDialog
{
    Q_OBJECT
public:
    HistoryDialog(const QString &itemName, Domain::EntityKind kind, const QList<Register::AuditLog::Entry> &entries,
                  Register::HistoryText::NameOf nameOf = {}, QWidget *parent = nullptr);

    static QString actionText(Register::AuditLog::Action action);
    // Reads the history of an item and shows it (a failure as a message): the History… buttons.
    static void showFor(QWidget *parent, RegisterContext *context, Domain::EntityKind kind, const QString &uuid,
                        const QString &itemName);
    // Shows the changes made from `from` to `to` (local days, both included).
    void setPeriod(QDate from, QDate to);
    // How many changes the period shows.
    int shownCount() const;

private:
    void applyPeriod();

    QList<Register::AuditLog::Entry> m_entries; // newest first
    QLabel *m_introLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QDateEdit *m_fromEdit = nullptr;
    QDateEdit *m_toEdit = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace Custodian::Ui
