#pragma once

#include <QDialog>

#include "register/AuditLog.h"

class QLabel;
class QTableWidget;

namespace Custodian::Ui {

// The history of one item from the register's audit trail: when, who, what, and which fields
// changed from what to what.
class HistoryDialog : public QDialog
{
    Q_OBJECT
public:
    HistoryDialog(const QString &itemName, const QList<Register::AuditLog::Entry> &entries, QWidget *parent = nullptr);

    // "status: draft → approved; name: … → …", for one entry.
    static QString describeChanges(const QJsonObject &changes);
    static QString actionText(Register::AuditLog::Action action);

private:
    QLabel *m_introLabel = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace Custodian::Ui
