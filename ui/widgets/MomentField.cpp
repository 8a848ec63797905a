#include "widgets/MomentField.h"

#include "widgets/DateField.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLocale>

namespace Custodian::Ui {

namespace {

// The locale's short date (four-digit year) and short time: "04-12-2026 14:05", "12/4/2026 2:05 PM".
QString momentFormat()
{
    // To the minute: some locales' short time format has seconds.
    QString time = QLocale().timeFormat(QLocale::ShortFormat);
    time.remove(QLatin1String(":ss"));
    return fourDigitYearFormat() + QLatin1Char(' ') + time;
}

QDateTime toMinute(const QDateTime &moment)
{
    const QTime time = moment.time();
    return QDateTime(moment.date(), QTime(time.hour(), time.minute()), moment.timeSpec());
}

} // namespace

MomentField::MomentField(QWidget *parent) : QWidget(parent)
{
    m_setCheckBox = new QCheckBox(this);
    m_setCheckBox->setObjectName(QStringLiteral("momentSetCheck"));
    m_edit = new QDateTimeEdit(this);
    m_edit->setObjectName(QStringLiteral("momentEdit"));
    m_edit->setCalendarPopup(true);
    m_edit->setTimeSpec(Qt::LocalTime);
    m_edit->setMinimumDateTime(QDateTime(notSetDate, QTime(0, 0)));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_setCheckBox);
    layout->addWidget(m_edit);
    layout->addStretch();
    setFocusProxy(m_setCheckBox);

    connect(m_setCheckBox, &QCheckBox::toggled, this, [this](bool set) {
        if (m_updating)
            return;
        applyState(set, set ? toMinute(QDateTime::currentDateTime()).toUTC() : QDateTime());
        emit momentChanged();
    });
    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, [this](const QDateTime &local) {
        if (m_updating || !m_setCheckBox->isChecked() || local.date() <= notSetDate)
            return;
        m_value = local.toUTC();
        emit momentChanged();
    });
    applyState(false, QDateTime());
    retranslateUi();
}

QDateTime MomentField::moment() const
{
    return m_value;
}

void MomentField::setMoment(const QDateTime &moment)
{
    applyState(moment.isValid(), moment.isValid() ? moment.toUTC() : QDateTime());
}

void MomentField::applyState(bool set, const QDateTime &moment)
{
    m_updating = true;
    m_value = set ? moment : QDateTime();
    m_setCheckBox->setChecked(set);
    m_edit->setEnabled(set);
    m_edit->setDateTime(set ? moment.toLocalTime() : QDateTime(notSetDate, QTime(0, 0)));
    m_updating = false;
}

void MomentField::setFieldName(const QString &name)
{
    m_fieldName = name;
    retranslateUi();
}

void MomentField::retranslateUi()
{
    m_updating = true;
    m_edit->setSpecialValueText(tr("Not set"));
    m_edit->setDisplayFormat(momentFormat());
    m_updating = false;
    const QString name = m_fieldName.isEmpty() ? tr("Moment") : m_fieldName;
    m_setCheckBox->setAccessibleName(tr("%1: set a day and time").arg(name));
    m_setCheckBox->setToolTip(
        tr("Tick to set the day and time (on this computer's clock); clear to leave it not set."));
    m_edit->setAccessibleName(name);
}

void MomentField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace Custodian::Ui
