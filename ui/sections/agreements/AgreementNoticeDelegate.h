#pragma once

#include <QStyledItemDelegate>

namespace Custodian::Ui {

// Edits the sub-processor change notices table of the agreement editor: dates (received on, decided
// on) with a "not set" state, the decision as a combo box of translated labels, text elsewhere.
// Values live in ValueRole; the display text is written beside them.
class AgreementNoticeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    enum Column
    {
        SentColumn,
        ReceivedColumn,
        ChangeColumn,
        DeadlineColumn,
        DecisionColumn,
        DecidedColumn,
        NotesColumn,
        ColumnCount
    };
    static constexpr int ValueRole = Qt::UserRole + 10;

    explicit AgreementNoticeDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

    // "Fri 15 May 2026" (the weekday matters for deadlines); "not set" for an invalid date.
    static QString dateText(QDate date);
};

} // namespace Custodian::Ui
