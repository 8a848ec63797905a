#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QVariant>

#include "domain/RetentionRule.h"

namespace Custodian::Ui {

// The Retention rules list (Art. 30(1)(f)): name, period ("7 years after the end of the financial
// year"), basis, legal source, "On hold" for a legal hold, how many activities follow the rule, and
// the attention marker. Column 0 carries the roles of Roles.h (StatusRole: "retired" or ""); every
// column has SortRole.
class RetentionRuleTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        PeriodColumn,
        BasisColumn,
        SourceColumn,
        HoldColumn,
        UsedByColumn,
        AttentionColumn,
        ColumnCount
    };

    explicit RetentionRuleTableModel(QObject *parent = nullptr);

    // Replaces every row (model reset). usedBy: rule uuid -> number of activities following it;
    // attention: rule uuid -> number of findings with severity error or warning.
    void setRules(const QList<Domain::RetentionRule> &rules, const QHash<QString, int> &usedBy,
                  const QHash<QString, int> &attention);
    const Domain::RetentionRule *rule(const QString &uuid) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The period in days, roughly, for sorting (no fixed period sorts last).
    static qint64 periodSortKey(const Domain::RetentionRule &rule);

private:
    struct Row
    {
        Domain::RetentionRule rule;
        int usedBy = 0;
        int attention = 0;
        QString texts[ColumnCount];
        QVariant sortKeys[ColumnCount];
        QString toolTips[ColumnCount];
        QString searchText;
    };
    void fill(Row &row) const;

    QList<Row> m_rows;
    QHash<QString, int> m_rowByUuid;
};

} // namespace Custodian::Ui
