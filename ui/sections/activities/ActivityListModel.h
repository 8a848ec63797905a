#pragma once

#include <QAbstractTableModel>

#include "Status.h"
#include "domain/ProcessingActivity.h"

namespace Custodian::Ui {

class RegisterContext;

// The controller's processing activities (Art. 30(1)) for the Activities list: name, status, owner,
// next review (with "overdue" / "due this week" in words) and the completeness marker ("⚠ 3").
class ActivityListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        StatusColumn,
        OwnerColumn,
        NextReviewColumn,
        AttentionColumn,
        ColumnCount
    };

    explicit ActivityListModel(RegisterContext *context, QObject *parent = nullptr);

    // Re-reads every activity and its findings; a failure leaves the list empty and is returned.
    Status reload();
    // True after reload() while the attention column still waits for the completeness check.
    bool attentionPending() const { return m_attentionPending; }
    // Fills the attention column (runs the completeness check when its findings are stale).
    void updateAttention();
    // Texts change with the language.
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Domain::ProcessingActivity &activityAt(int row) const { return m_activities.at(row); }
    int rowOf(const QString &uuid) const;

private:
    QString displayText(int row, int column) const;
    void buildSearchTexts();

    RegisterContext *m_context = nullptr;
    QList<Domain::ProcessingActivity> m_activities;
    QList<int> m_attention;
    bool m_attentionPending = false;
    QStringList m_searchTexts; // per row, built on reload: filtering runs on every key press
};

// "Department / person", or whichever of them is known.
QString ownerText(const QString &department, const QString &person);
// "⚠ 3", or empty when nothing needs attention.
QString attentionText(int count);

} // namespace Custodian::Ui
