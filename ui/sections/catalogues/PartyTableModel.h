#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>
#include <QVariant>

#include "domain/Party.h"

namespace Custodian::Ui {

// The Parties list: name, roles, country, contact, how many items refer to the party, and the
// attention marker. Column 0 carries the roles of Roles.h (StatusRole: "retired" or "") and
// RoleCodesRole; every column has SortRole.
class PartyTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        RolesColumn,
        CountryColumn,
        ContactColumn,
        UsedByColumn,
        AttentionColumn,
        ColumnCount
    };
    // QStringList: the party's role codes (Codes::Kind::PartyRole), for the role filter.
    static constexpr int RoleCodesRole = Qt::UserRole + 100;

    explicit PartyTableModel(QObject *parent = nullptr);

    // Replaces every row (model reset). usedBy: party uuid -> number of items referring to it;
    // attention: party uuid -> number of findings with severity error or warning.
    void setParties(const QList<Domain::Party> &parties, const QHash<QString, int> &usedBy,
                    const QHash<QString, int> &attention);
    // The party with this uuid, or null.
    const Domain::Party *party(const QString &uuid) const;
    // The texts changed language.
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Processor, Sub-processor": translated labels in the order of Codes.
    static QString rolesText(const QStringList &roles);
    // "Ireland" for "IE"; the code itself when unknown.
    static QString countryName(const QString &code);

private:
    struct Row
    {
        Domain::Party party;
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
