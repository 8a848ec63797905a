#pragma once

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QVariant>

#include "domain/Agreement.h"

namespace Custodian::Ui {

// The Agreements list: title, controller → processor, kind, status, expiry (with "expired" /
// "expires within 30 days" in words), review date, and the attention marker. Column 0 carries the
// roles of Roles.h; every column has SortRole.
class AgreementTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TitleColumn,
        PartiesColumn,
        KindColumn,
        StatusColumn,
        ExpiryColumn,
        ReviewColumn,
        AttentionColumn,
        ColumnCount
    };
    // Days before expiry from which an agreement is shown as "expires within 30 days".
    static constexpr int expiryWarningDays = 30;

    explicit AgreementTableModel(QObject *parent = nullptr);

    // Replaces every row (model reset). partyNames: party uuid -> name; attention: agreement uuid ->
    // number of findings with severity error or warning.
    void setAgreements(const QList<Domain::Agreement> &agreements, const QHash<QString, QString> &partyNames,
                       const QHash<QString, int> &attention, QDate today);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The translated "controller → processor" text ("our organisation" for an empty uuid).
    static QString partiesText(const Domain::Agreement &agreement, const QHash<QString, QString> &partyNames);
    // The header texts changed language.
    void retranslate();

private:
    enum class Urgency
    {
        None,
        Soon,
        Overdue
    };
    struct Row
    {
        QString uuid;
        QString status;
        int attention = 0;
        QString texts[ColumnCount];
        QVariant sortKeys[ColumnCount];
        Urgency expiryUrgency = Urgency::None;
        Urgency reviewUrgency = Urgency::None;
        QString searchText;
    };
    QList<Row> m_rows;
};

} // namespace Custodian::Ui
