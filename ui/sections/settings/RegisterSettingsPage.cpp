#include "sections/settings/RegisterSettingsPage.h"

#include "register/LetterService.h"
#include "sections/letters/LetterTemplatesDialog.h"
#include "widgets/DateField.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

namespace Custodian::Ui {

using Register::ExtraHoliday;
using Register::RegisterSettings;

namespace {
constexpr int uuidRole = Qt::UserRole + 1;
constexpr int dateRole = Qt::UserRole + 2;

QString longDate(QDate date)
{
    // Deadlines and holidays carry their weekday: "vr 27 feb 2026" / "Fri 27 Feb 2026".
    return QLocale().toString(date, QStringLiteral("ddd d MMM yyyy"));
}
} // namespace

RegisterSettingsPage::RegisterSettingsPage(QWidget *parent)
    : SingletonPage(QStringLiteral("settingsScrollArea"), parent)
{
    QWidget *page = form()->parentWidget();
    m_captions.add(form());
    m_calendarCombo = new QComboBox(page);
    m_calendarCombo->setObjectName(QStringLiteral("calendarCombo"));
    // Long calendar names ("Netherlands (Algemene termijnenwet, art. 3)") must not widen the window.
    m_calendarCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_calendarCombo->setMinimumContentsLength(24);
    fields().add(form(), QStringLiteral("holidayCalendar"), m_calendarCombo);
    m_marginSpin = new QSpinBox(page);
    m_marginSpin->setObjectName(QStringLiteral("marginSpin"));
    m_marginSpin->setRange(0, RegisterSettings::maximumMargin);
    fields().add(form(), QStringLiteral("internalMarginWorkingDays"), m_marginSpin);
    addExtraDays();
    addPreview();
    // The letters of requests and breaches: the register's own templates.
    m_captions.add(form());
    m_templatesButton = new QPushButton(page);
    m_templatesButton->setObjectName(QStringLiteral("letterTemplatesButton"));
    auto *templatesRow = new QHBoxLayout;
    templatesRow->addWidget(m_templatesButton);
    templatesRow->addStretch();
    form()->addRow(templatesRow);
    connect(m_templatesButton, &QPushButton::clicked, this, [this] {
        if (!m_letters)
            return;
        LetterTemplatesDialog dialog(m_letters, this);
        dialog.exec();
    });

    connect(m_calendarCombo, &QComboBox::currentIndexChanged, this, &RegisterSettingsPage::onCalendarChanged);
    connect(m_marginSpin, &QSpinBox::valueChanged, this, &RegisterSettingsPage::onEdited);
    fillCalendars();
    retranslateUi();
    attach(false);
}

void RegisterSettingsPage::addExtraDays()
{
    QWidget *page = form()->parentWidget();
    m_captions.add(form());
    m_extraTable = new QTableWidget(0, 2, page);
    m_extraTable->setObjectName(QStringLiteral("extraHolidayTable"));
    m_extraTable->horizontalHeader()->setStretchLastSection(true);
    m_extraTable->verticalHeader()->setVisible(false);
    m_extraTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_extraTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_extraTable->setMinimumHeight(120);
    fields().addSpanning(form(), QStringLiteral("extraHolidays"), m_extraTable);

    // The add-a-day form, with its own message line ("give the day a name").
    m_newDateEdit = new QDateEdit(QDate::currentDate(), page);
    m_newDateEdit->setCalendarPopup(true);
    m_newDateEdit->setDisplayFormat(fourDigitYearFormat()); // the locale's order, as every date field
    m_newNameEdit = new QLineEdit(page);
    m_newNameEdit->setObjectName(QStringLiteral("newHolidayNameEdit"));
    m_addButton = new QPushButton(page);
    m_removeButton = new QPushButton(page);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_newDateEdit);
    addRow->addWidget(m_newNameEdit, 1);
    addRow->addWidget(m_addButton);
    addRow->addWidget(m_removeButton);
    auto *nameMessage = new QLabel(page);
    form()->addRow(addRow);
    form()->addRow(nameMessage);
    fields().addMessageOnly(QStringLiteral("newHolidayName"), m_newNameEdit, nameMessage);

    connect(m_addButton, &QPushButton::clicked, this,
            [this] { addExtraHoliday(m_newDateEdit->date(), m_newNameEdit->text()); });
    connect(m_newNameEdit, &QLineEdit::returnPressed, m_addButton, &QPushButton::click);
    connect(m_newNameEdit, &QLineEdit::textEdited, this, [this] {
        if (!m_inputFindings.isEmpty()) {
            m_inputFindings.clear();
            updateState();
        }
    });
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        const int row = m_extraTable->currentRow();
        if (row >= 0) {
            m_extraTable->removeRow(row);
            onEdited();
        }
    });
}

void RegisterSettingsPage::addPreview()
{
    QWidget *page = form()->parentWidget();
    m_captions.add(form());
    m_previewLabel = new QLabel(page);
    m_previewYearSpin = new QSpinBox(page);
    m_previewYearSpin->setObjectName(QStringLiteral("previewYearSpin"));
    m_previewYearSpin->setRange(1980, 2100);
    m_previewYearSpin->setValue(QDate::currentDate().year());
    m_previewLabel->setBuddy(m_previewYearSpin);
    auto *year = new QHBoxLayout;
    year->addWidget(m_previewYearSpin);
    year->addStretch();
    form()->addRow(m_previewLabel, year);
    m_previewList = new QListWidget(page);
    m_previewList->setObjectName(QStringLiteral("holidayPreview"));
    m_previewList->setMinimumHeight(m_previewList->fontMetrics().height() * 10);
    form()->addRow(m_previewList);
    connect(m_previewYearSpin, &QSpinBox::valueChanged, this, &RegisterSettingsPage::updatePreview);
}

void RegisterSettingsPage::fillCalendars()
{
    const bool wasLoading = isLoading();
    setLoading(true);
    const QString current = m_calendarCombo->currentData().toString();
    m_calendarCombo->clear();
    const QStringList codes = Clocks::HolidayCalendar::availableCalendars();
    for (const QString &code : codes) {
        const std::optional<Clocks::HolidayCalendar> calendar = Clocks::HolidayCalendar::load(code);
        const QString name = calendar ? calendar->name() : code;
        const QString source = calendar ? calendar->source() : QString();
        m_calendarCombo->addItem(source.isEmpty() ? name : tr("%1 (%2)").arg(name, source), code);
    }
    const int index = m_calendarCombo->findData(current.isEmpty() ? m_loaded.holidayCalendar : current);
    if (index >= 0)
        m_calendarCombo->setCurrentIndex(index);
    setLoading(wasLoading);
}

void RegisterSettingsPage::setLetterService(Register::LetterService *letters)
{
    m_letters = letters;
    m_templatesButton->setEnabled(letters != nullptr);
}

void RegisterSettingsPage::setService(Register::RegisterSettingsService *service)
{
    m_service = service;
    attach(m_service != nullptr);
}

void RegisterSettingsPage::appendRow(const ExtraHoliday &day)
{
    const int row = m_extraTable->rowCount();
    m_extraTable->insertRow(row);
    auto *dateItem = new QTableWidgetItem(longDate(day.date));
    dateItem->setData(dateRole, day.date);
    dateItem->setData(uuidRole, day.uuid);
    m_extraTable->setItem(row, 0, dateItem);
    m_extraTable->setItem(row, 1, new QTableWidgetItem(day.name));
}

Status RegisterSettingsPage::loadForm()
{
    m_loaded = RegisterSettings();
    Status status = Status::ok();
    if (m_service)
        status = m_service->load(&m_loaded);
    const int index = m_calendarCombo->findData(m_loaded.holidayCalendar);
    m_calendarCombo->setCurrentIndex(index);
    m_marginSpin->setValue(m_loaded.internalMarginWorkingDays);
    m_daysByCalendar.clear();
    m_shownCalendar = m_loaded.holidayCalendar;
    showDays(m_loaded.extraHolidays);
    m_inputFindings.clear();
    return status;
}

QList<ExtraHoliday> RegisterSettingsPage::tableDays() const
{
    QList<ExtraHoliday> days;
    for (int row = 0; row < m_extraTable->rowCount(); ++row) {
        const QTableWidgetItem *dateItem = m_extraTable->item(row, 0);
        const QTableWidgetItem *nameItem = m_extraTable->item(row, 1);
        days.append({dateItem->data(uuidRole).toString(), dateItem->data(dateRole).toDate(),
                     nameItem ? nameItem->text() : QString()});
    }
    std::sort(days.begin(), days.end(), [](const ExtraHoliday &a, const ExtraHoliday &b) { return a.date < b.date; });
    return days;
}

void RegisterSettingsPage::showDays(const QList<ExtraHoliday> &days)
{
    m_extraTable->setRowCount(0);
    for (const ExtraHoliday &day : days)
        appendRow(day);
}

void RegisterSettingsPage::onCalendarChanged()
{
    if (isLoading())
        return;
    // Each calendar has its own decree days: keep what was typed for the old one, show the new one's.
    const QString code = m_calendarCombo->currentData().toString();
    m_daysByCalendar.insert(m_shownCalendar, tableDays());
    QList<ExtraHoliday> days;
    if (m_daysByCalendar.contains(code))
        days = m_daysByCalendar.value(code);
    else if (m_service) {
        const Status status = m_service->extraHolidays(code, &days);
        if (!status)
            QMessageBox::warning(this, tr("Register settings"), status.message());
    }
    m_shownCalendar = code;
    showDays(days);
    onEdited();
}

RegisterSettings RegisterSettingsPage::currentSettings() const
{
    RegisterSettings settings;
    settings.holidayCalendar = m_calendarCombo->currentData().toString();
    settings.internalMarginWorkingDays = m_marginSpin->value();
    settings.extraHolidays = tableDays();
    return settings;
}

void RegisterSettingsPage::addExtraHoliday(QDate date, const QString &name)
{
    if (name.trimmed().isEmpty()) {
        m_inputFindings = {{QStringLiteral("newHolidayName"), Domain::Finding::Severity::Error,
                            tr("Give the day a name, as in the decree.")}};
        updateState();
        m_newNameEdit->setFocus();
        return;
    }
    m_inputFindings.clear();
    appendRow({QString(), date, name.trimmed()});
    m_newNameEdit->clear();
    onEdited();
}

Domain::Findings RegisterSettingsPage::formFindings() const
{
    return currentSettings().validate();
}

bool RegisterSettingsPage::isFormModified() const
{
    return !(currentSettings() == m_loaded);
}

void RegisterSettingsPage::updatePreview()
{
    m_previewList->clear();
    std::optional<Clocks::HolidayCalendar> calendar =
        Clocks::HolidayCalendar::load(m_calendarCombo->currentData().toString());
    if (!calendar)
        return;
    const RegisterSettings settings = currentSettings();
    for (const ExtraHoliday &day : settings.extraHolidays)
        calendar->addExtraDay(day.date, day.name);
    const QList<Clocks::Holiday> holidays = calendar->holidaysInYear(m_previewYearSpin->value());
    for (const Clocks::Holiday &holiday : holidays) {
        QString text = tr("%1 — %2").arg(longDate(holiday.date()), holiday.name());
        if (holiday.isExtra())
            text = tr("%1 (by decree)").arg(text);
        if (Clocks::HolidayCalendar::isWeekend(holiday.date()))
            text = tr("%1 (weekend)").arg(text);
        m_previewList->addItem(text);
    }
}

Status RegisterSettingsPage::storeForm(Domain::Findings *findings)
{
    return m_service->save(currentSettings(), findings);
}

void RegisterSettingsPage::retranslateUi()
{
    setTexts(tr("Register settings"),
             tr("How Custodian counts statutory deadlines for this register. A period that ends on a Saturday, Sunday "
                "or public holiday ends on the next working day (Regulation 1182/71, art. 3(4)); which days are public "
                "holidays depends on the member state."));
    m_captions[0].setText(tr("Deadlines"));
    m_captions[1].setText(tr("Days designated by decree"),
                          tr("Extra days designated by decree for a single year (for example a bridge day published "
                             "in the Staatscourant):"));
    m_captions[2].setText(tr("Public holidays"));
    m_captions[3].setText(tr("Letters"),
                          tr("The letters of requests and breaches are written from templates in Dutch and English. "
                             "This register can use its own text for any of them."));
    m_templatesButton->setText(tr("Letter &templates…"));
    fields().setLabel(QStringLiteral("holidayCalendar"), tr("Holiday &calendar:"));
    fields().setLabel(QStringLiteral("internalMarginWorkingDays"), tr("Internal &margin:"));
    m_marginSpin->setSuffix(tr(" working days"));
    fields().setHint(QStringLiteral("internalMarginWorkingDays"),
                     tr("Beside each statutory deadline Custodian shows an internal target this many working days "
                        "earlier."));
    m_extraTable->setHorizontalHeaderLabels({tr("Date"), tr("Name")});
    m_extraTable->setAccessibleName(tr("Days designated by decree"));
    m_newDateEdit->setAccessibleName(tr("Date of the extra day"));
    m_newNameEdit->setAccessibleName(tr("Name of the extra day"));
    m_newNameEdit->setPlaceholderText(tr("Name, as in the decree"));
    m_addButton->setText(tr("&Add day"));
    m_removeButton->setText(tr("Remo&ve"));
    m_previewLabel->setText(tr("Public holidays in &year:"));
    // No accelerator: Alt+H belongs to the Help menu.
    setHistoryTexts(tr("History…"), tr("Who changed these details, when, and what changed."));
    fillCalendars();
}

} // namespace Custodian::Ui
