#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;

namespace Custodian::Ui {

// The locale's short date format, but never with a two-digit year in an editor.
QString fourDigitYearFormat();

// The "not set" value of a date edit: its minimum, shown as its special value text.
inline const QDate notSetDate(1900, 1, 1);

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
