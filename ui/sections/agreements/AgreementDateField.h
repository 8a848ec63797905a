#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;

namespace Custodian::Ui {

// A date that may be "not set": a check box that says whether there is a date, and the date
// beside it (showing "not set" while unchecked). Keyboard: Space on the check box, then Tab.
class AgreementDateField : public QWidget
{
    Q_OBJECT
public:
    explicit AgreementDateField(QWidget *parent = nullptr);

    // Invalid while "not set".
    QDate date() const;
    void setDate(QDate date);
    // For the label's buddy and accessible names.
    QDateEdit *dateEdit() const { return m_dateEdit; }
    QCheckBox *setCheck() const { return m_setCheck; }
    void setAccessibleNames(const QString &name);

signals:
    void dateChanged(QDate date);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void onToggled(bool on);

    QCheckBox *m_setCheck = nullptr;
    QDateEdit *m_dateEdit = nullptr;
    QDate m_lastDate;
    bool m_updating = false;
};

} // namespace Custodian::Ui
