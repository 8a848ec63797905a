#include "widgets/DateField.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLocale>

namespace Custodian::Ui {

QString fourDigitYearFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

DateField::DateField(QWidget *parent) : QWidget(parent)
{
    m_setCheckBox = new QCheckBox(this);
    m_setCheckBox->setObjectName(QStringLiteral("dateSetCheck"));
    m_dateEdit = new QDateEdit(this);
    m_dateEdit->setObjectName(QStringLiteral("dateEdit"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setMinimumDate(notSetDate);
    m_dateEdit->setDisplayFormat(fourDigitYearFormat());
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_setCheckBox);
    layout->addWidget(m_dateEdit);
    layout->addStretch();
    setFocusProxy(m_setCheckBox);

    connect(m_setCheckBox, &QCheckBox::toggled, this, [this](bool set) {
        if (m_updating)
            return;
        const QDate date = set ? (m_lastDate.isValid() ? m_lastDate : QDate::currentDate()) : QDate();
        applyState(set, date);
        emit dateChanged(this->date());
    });
    connect(m_dateEdit, &QDateEdit::dateChanged, this, [this](QDate date) {
        if (m_updating || !m_setCheckBox->isChecked())
            return;
        if (date <= notSetDate)
            return;
        m_lastDate = date;
        emit dateChanged(date);
    });
    applyState(false, QDate());
    retranslateUi();
}

QDate DateField::date() const
{
    if (!m_setCheckBox->isChecked())
        return {};
    const QDate date = m_dateEdit->date();
    return date > notSetDate ? date : QDate();
}

void DateField::setDate(QDate date)
{
    if (date.isValid())
        m_lastDate = date;
    applyState(date.isValid(), date);
}

void DateField::applyState(bool set, QDate date)
{
    m_updating = true;
    m_setCheckBox->setChecked(set);
    m_dateEdit->setEnabled(set);
    m_dateEdit->setDate(set && date.isValid() ? date : notSetDate);
    m_updating = false;
}

void DateField::setFieldName(const QString &name)
{
    m_fieldName = name;
    retranslateUi();
}

void DateField::retranslateUi()
{
    m_dateEdit->setSpecialValueText(tr("Not set"));
    m_dateEdit->setDisplayFormat(fourDigitYearFormat());
    const QString name = m_fieldName.isEmpty() ? tr("Date") : m_fieldName;
    m_setCheckBox->setAccessibleName(tr("%1: set a date").arg(name));
    m_setCheckBox->setToolTip(tr("Tick to set a date; clear to leave it not set."));
    m_dateEdit->setAccessibleName(name);
}

void DateField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace Custodian::Ui
