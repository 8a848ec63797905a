#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QVariant>

#include "domain/SecurityMeasure.h"

namespace Custodian::Ui {

// The Measures list (Art. 32): title, technical or organisational, the start of the description,
// how many items apply the measure, and the attention marker. Column 0 carries the roles of
// Roles.h (StatusRole: "retired" or ""); every column has SortRole.
class MeasureTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TitleColumn,
        KindColumn,
        DescriptionColumn,
        UsedByColumn,
        AttentionColumn,
        ColumnCount
    };

    explicit MeasureTableModel(QObject *parent = nullptr);

    // Replaces every row (model reset). usedBy: measure uuid -> number of items applying it;
    // attention: measure uuid -> number of findings with severity error or warning.
    void setMeasures(const QList<Domain::SecurityMeasure> &measures, const QHash<QString, int> &usedBy,
                     const QHash<QString, int> &attention);
    const Domain::SecurityMeasure *measure(const QString &uuid) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Technical" / "Organisational": short, for the list.
    static QString kindText(const QString &kind);

private:
    struct Row
    {
        Domain::SecurityMeasure measure;
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
