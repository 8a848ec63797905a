#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;

namespace Custodian::Ui {

// A date that may be "not set": a check box turns the date on; while it is off the date edit says
// "Not set". The date edit always shows four-digit years in the locale's order.
class DateField : public QWidget
{
    Q_OBJECT
public:
    explicit DateField(QWidget *parent = nullptr);

    // An invalid date when not set.
    QDate date() const;
    void setDate(QDate date);
    // The field's name for screen readers ("Next review"), used in the check box's accessible name.
    void setFieldName(const QString &name);

    QCheckBox *checkBox() const { return m_setCheckBox; }
    QDateEdit *dateEdit() const { return m_dateEdit; }

signals:
    void dateChanged(QDate date);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyState(bool set, QDate date);
    void retranslateUi();

    QCheckBox *m_setCheckBox = nullptr;
    QDateEdit *m_dateEdit = nullptr;
    QString m_fieldName;
    QDate m_lastDate;
    bool m_updating = false;
};

} // namespace Custodian::Ui
