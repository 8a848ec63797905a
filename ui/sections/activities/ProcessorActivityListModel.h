#pragma once

#include <QAbstractTableModel>
#include <QHash>

#include "Status.h"
#include "domain/ProcessingActivity.h"

namespace Custodian::Ui {

class RegisterContext;

// What the organisation processes as a processor (Art. 30(2)), for the Processor activities list:
// name, the controller it acts for, status, next review and the completeness marker.
class ProcessorActivityListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        ControllerColumn,
        StatusColumn,
        NextReviewColumn,
        AttentionColumn,
        ColumnCount
    };

    explicit ProcessorActivityListModel(RegisterContext *context, QObject *parent = nullptr);

    // Re-reads the activities, the party names and the findings; a failure leaves the list empty.
    Status reload();
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Domain::ProcessorActivity &activityAt(int row) const { return m_activities.at(row); }
    int rowOf(const QString &uuid) const;

private:
    QString displayText(int row, int column) const;
    void buildSearchTexts();

    RegisterContext *m_context = nullptr;
    QList<Domain::ProcessorActivity> m_activities;
    QList<int> m_attention;
    QStringList m_searchTexts; // per row, built on reload: filtering runs on every key press
    QHash<QString, QString> m_partyNames;
};

} // namespace Custodian::Ui
