#include "sections/agreements/AgreementNoticeDelegate.h"

#include "domain/Codes.h"

#include "widgets/DateField.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLocale>

namespace Custodian::Ui {

using Domain::Codes;

AgreementNoticeDelegate::AgreementNoticeDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QString AgreementNoticeDelegate::dateText(QDate date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("ddd d MMM yyyy")) : tr("not set");
}

QWidget *AgreementNoticeDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                               const QModelIndex &index) const
{
    switch (index.column()) {
    case SentColumn:
    case ReceivedColumn:
    case DecidedColumn: {
        auto *edit = new QDateEdit(parent);
        edit->setCalendarPopup(true);
        edit->setMinimumDate(notSetDate);
        edit->setSpecialValueText(tr("not set"));
        edit->setDisplayFormat(fourDigitYearFormat());
        edit->setAccessibleName(index.column() == ReceivedColumn ? tr("Received on")
                                : index.column() == SentColumn   ? tr("Sent on")
                                                                 : tr("Decided on"));
        return edit;
    }
    case DecisionColumn: {
        auto *combo = new QComboBox(parent);
        for (const QString &code : Codes::codes(Codes::Kind::NoticeDecision))
            combo->addItem(Codes::label(Codes::Kind::NoticeDecision, code), code);
        combo->setAccessibleName(tr("Decision"));
        return combo;
    }
    case DeadlineColumn:
        return nullptr;
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void AgreementNoticeDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    switch (index.column()) {
    case SentColumn:
    case ReceivedColumn:
    case DecidedColumn: {
        auto *edit = static_cast<QDateEdit *>(editor);
        const QDate date = index.data(ValueRole).toDate();
        // A new decision date starts at today rather than at "not set" once the user opens it.
        edit->setDate(date.isValid() ? date : (index.column() == ReceivedColumn ? QDate::currentDate() : notSetDate));
        return;
    }
    case DecisionColumn: {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(qMax(0, combo->findData(index.data(ValueRole).toString())));
        return;
    }
    default:
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void AgreementNoticeDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    switch (index.column()) {
    case SentColumn:
    case ReceivedColumn:
    case DecidedColumn: {
        const QDate picked = static_cast<QDateEdit *>(editor)->date();
        const QDate date = picked > notSetDate ? picked : QDate();
        model->setData(index, date, ValueRole);
        model->setData(index, dateText(date), Qt::DisplayRole);
        return;
    }
    case DecisionColumn: {
        auto *combo = static_cast<QComboBox *>(editor);
        const QString code = combo->currentData().toString();
        model->setData(index, code, ValueRole);
        model->setData(index, Codes::label(Codes::Kind::NoticeDecision, code), Qt::DisplayRole);
        return;
    }
    default:
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

} // namespace Custodian::Ui
