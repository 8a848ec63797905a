#pragma once

#include <QAbstractTableModel>

#include "framework/Roles.h"
#include "register/Completeness.h"

namespace Custodian::Ui {

// Every completeness finding of the register, one per row: severity (in words), the kind of item,
// its name and the message. Column 0 carries UuidRole, StatusRole (the severity code "error",
// "warning" or "info"), SearchTextRole, and EntityRole / FieldRole for the jump to the item. Rows are
// ordered by severity (errors first), then kind and name; SortRole keeps that order per column.
class FindingsTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        SeverityColumn,
        KindColumn,
        ItemColumn,
        MessageColumn,
        ColumnCount
    };
    enum Role
    {
        EntityRole = SortRole + 10, // QString: the entity code ("activity", "agreement", ...)
        FieldRole,                  // QString: the field the finding is about
    };

    explicit FindingsTableModel(QObject *parent = nullptr);

    void setFindings(const QList<Register::EntityFinding> &findings);
    const Register::EntityFinding &findingAt(int row) const { return m_findings.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Translated words for the table and the filters.
    static QString severityLabel(Domain::Finding::Severity severity);
    static QString severityCode(Domain::Finding::Severity severity);
    static QString kindLabel(const QString &entity);
    // The entity codes the kind filter offers, in display order.
    static QStringList kinds();

private:
    QString itemName(const Register::EntityFinding &finding) const;
    QString searchText(const Register::EntityFinding &finding) const;

    QList<Register::EntityFinding> m_findings;
};

} // namespace Custodian::Ui
