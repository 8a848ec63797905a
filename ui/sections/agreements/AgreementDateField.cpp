#include "sections/agreements/AgreementDateField.h"

#include "widgets/DateField.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLocale>

namespace Custodian::Ui {

AgreementDateField::AgreementDateField(QWidget *parent) : QWidget(parent)
{
    m_setCheck = new QCheckBox(this);
    m_dateEdit = new QDateEdit(this);
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setMinimumDate(notSetDate);
    m_dateEdit->setDisplayFormat(fourDigitYearFormat());
    m_dateEdit->setDate(notSetDate);
    m_dateEdit->setEnabled(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_setCheck);
    layout->addWidget(m_dateEdit);
    layout->addStretch();
    setFocusProxy(m_setCheck);

    connect(m_setCheck, &QCheckBox::toggled, this, &AgreementDateField::onToggled);
    connect(m_dateEdit, &QDateEdit::dateChanged, this, [this](QDate date) {
        if (m_updating || !m_setCheck->isChecked())
            return;
        m_lastDate = date;
        emit dateChanged(this->date());
    });
    retranslateUi();
}

QDate AgreementDateField::date() const
{
    if (!m_setCheck->isChecked() || m_dateEdit->date() <= notSetDate)
        return QDate();
    return m_dateEdit->date();
}

void AgreementDateField::setDate(QDate date)
{
    m_updating = true;
    const bool valid = date.isValid() && date > notSetDate;
    m_setCheck->setChecked(valid);
    m_dateEdit->setEnabled(valid);
    m_dateEdit->setDate(valid ? date : notSetDate);
    if (valid)
        m_lastDate = date;
    m_updating = false;
}

void AgreementDateField::onToggled(bool on)
{
    if (m_updating)
        return;
    m_updating = true;
    m_dateEdit->setEnabled(on);
    m_dateEdit->setDate(on ? (m_lastDate.isValid() ? m_lastDate : QDate::currentDate()) : notSetDate);
    m_updating = false;
    if (on)
        m_dateEdit->setFocus();
    emit dateChanged(date());
}

void AgreementDateField::setAccessibleNames(const QString &name)
{
    m_dateEdit->setAccessibleName(name);
    m_setCheck->setAccessibleName(tr("%1: date set").arg(name));
}

void AgreementDateField::retranslateUi()
{
    m_dateEdit->setSpecialValueText(tr("not set"));
    m_setCheck->setToolTip(tr("Tick when there is a date; untick for \"not set\"."));
}

void AgreementDateField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace Custodian::Ui
