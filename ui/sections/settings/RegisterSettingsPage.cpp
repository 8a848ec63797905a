#include "sections/settings/RegisterSettingsPage.h"

#include "widgets/Icons.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
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
#include <QVBoxLayout>

namespace Custodian::Ui {

using Domain::Finding;
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

RegisterSettingsPage::RegisterSettingsPage(QWidget *parent) : QWidget(parent)
{
    m_titleLabel = new QLabel(this);
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_introLabel = new QLabel(this);
    m_introLabel->setWordWrap(true);

    m_calendarCombo = new QComboBox(this);
    m_calendarCombo->setObjectName(QStringLiteral("calendarCombo"));
    // Long calendar names ("Netherlands (Algemene termijnenwet, art. 3)") must not widen the window.
    m_calendarCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_calendarCombo->setMinimumContentsLength(24);
    m_calendarLabel = new QLabel(this);
    m_calendarLabel->setBuddy(m_calendarCombo);
    m_calendarMessage = new QLabel(this);
    m_calendarMessage->setWordWrap(true);
    m_calendarMessage->setVisible(false);
    m_marginSpin = new QSpinBox(this);
    m_marginSpin->setObjectName(QStringLiteral("marginSpin"));
    m_marginSpin->setRange(0, RegisterSettings::maximumMargin);
    m_marginLabel = new QLabel(this);
    m_marginLabel->setBuddy(m_marginSpin);
    m_marginHint = new QLabel(this);
    m_marginHint->setWordWrap(true);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows); // a long label puts its field below it
    auto *calendarCell = new QVBoxLayout;
    calendarCell->addWidget(m_calendarCombo);
    calendarCell->addWidget(m_calendarMessage);
    form->addRow(m_calendarLabel, calendarCell);
    auto *marginCell = new QVBoxLayout;
    marginCell->addWidget(m_marginSpin);
    marginCell->addWidget(m_marginHint);
    form->addRow(m_marginLabel, marginCell);

    m_extraLabel = new QLabel(this);
    m_extraLabel->setWordWrap(true);
    m_extraTable = new QTableWidget(0, 2, this);
    m_extraTable->setObjectName(QStringLiteral("extraHolidayTable"));
    m_extraTable->horizontalHeader()->setStretchLastSection(true);
    m_extraTable->verticalHeader()->setVisible(false);
    m_extraTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_extraTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_newDateEdit = new QDateEdit(QDate::currentDate(), this);
    m_newDateEdit->setCalendarPopup(true);
    m_newDateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_newNameEdit = new QLineEdit(this);
    m_newNameEdit->setObjectName(QStringLiteral("newHolidayNameEdit"));
    m_addButton = new QPushButton(this);
    m_removeButton = new QPushButton(this);
    m_extraMessage = new QLabel(this);
    m_extraMessage->setWordWrap(true);
    m_extraMessage->setVisible(false);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_newDateEdit);
    addRow->addWidget(m_newNameEdit, 1);
    addRow->addWidget(m_addButton);
    addRow->addWidget(m_removeButton);

    m_previewLabel = new QLabel(this);
    m_previewYearSpin = new QSpinBox(this);
    m_previewYearSpin->setObjectName(QStringLiteral("previewYearSpin"));
    m_previewYearSpin->setRange(1980, 2100);
    m_previewYearSpin->setValue(QDate::currentDate().year());
    m_previewLabel->setBuddy(m_previewYearSpin);
    m_previewList = new QListWidget(this);
    m_previewList->setObjectName(QStringLiteral("holidayPreview"));
    auto *previewHeader = new QHBoxLayout;
    previewHeader->addWidget(m_previewLabel);
    previewHeader->addWidget(m_previewYearSpin);
    previewHeader->addStretch();

    auto *left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(m_extraLabel);
    left->addWidget(m_extraTable, 1);
    left->addLayout(addRow);
    left->addWidget(m_extraMessage);
    auto *right = new QVBoxLayout;
    right->addLayout(previewHeader);
    right->addWidget(m_previewList, 1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);

    m_saveButton = new QPushButton(this);
    m_saveButton->setIcon(Icons::action(Icons::Action::Save));
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_revertButton = new QPushButton(this);
    m_revertButton->setIcon(Icons::action(Icons::Action::Revert));
    m_historyButton = new QPushButton(this);
    m_historyButton->setIcon(Icons::action(Icons::Action::History));
    m_historyButton->setObjectName(QStringLiteral("historyButton"));
    connect(m_historyButton, &QPushButton::clicked, this, &RegisterSettingsPage::historyRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_historyButton);
    buttons->addStretch();
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_introLabel);
    layout->addLayout(columns, 1);
    layout->addLayout(buttons);

    connect(m_calendarCombo, &QComboBox::currentIndexChanged, this, &RegisterSettingsPage::onCalendarChanged);
    connect(m_marginSpin, &QSpinBox::valueChanged, this, &RegisterSettingsPage::onEdited);
    connect(m_previewYearSpin, &QSpinBox::valueChanged, this, &RegisterSettingsPage::updatePreview);
    connect(m_addButton, &QPushButton::clicked, this,
            [this] { addExtraHoliday(m_newDateEdit->date(), m_newNameEdit->text()); });
    connect(m_newNameEdit, &QLineEdit::returnPressed, m_addButton, &QPushButton::click);
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        const int row = m_extraTable->currentRow();
        if (row >= 0) {
            m_extraTable->removeRow(row);
            onEdited();
        }
    });
    connect(m_saveButton, &QPushButton::clicked, this, &RegisterSettingsPage::save);
    connect(m_revertButton, &QPushButton::clicked, this, &RegisterSettingsPage::reload);
    fillCalendars();
    retranslateUi();
    setEnabled(false);
}

void RegisterSettingsPage::fillCalendars()
{
    const bool wasLoading = m_loading;
    m_loading = true;
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
    m_loading = wasLoading;
}

void RegisterSettingsPage::setService(Register::RegisterSettingsService *service)
{
    m_service = service;
    setEnabled(m_service != nullptr);
    reload();
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

void RegisterSettingsPage::reload()
{
    m_loading = true;
    m_loaded = RegisterSettings();
    if (m_service) {
        const Status status = m_service->load(&m_loaded);
        if (!status)
            m_extraMessage->setText(status.message());
    }
    const int index = m_calendarCombo->findData(m_loaded.holidayCalendar);
    m_calendarCombo->setCurrentIndex(index);
    m_marginSpin->setValue(m_loaded.internalMarginWorkingDays);
    m_daysByCalendar.clear();
    m_shownCalendar = m_loaded.holidayCalendar;
    showDays(m_loaded.extraHolidays);
    m_loading = false;
    showFindings(m_loaded.validate());
    setModified(false);
    updatePreview();
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
    if (m_loading)
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
        m_extraMessage->setText(tr("Error: %1").arg(tr("Give the day a name, as in the decree.")));
        m_extraMessage->setVisible(true);
        m_newNameEdit->setFocus();
        return;
    }
    appendRow({QString(), date, name.trimmed()});
    m_newNameEdit->clear();
    onEdited();
}

void RegisterSettingsPage::onEdited()
{
    if (m_loading)
        return;
    const RegisterSettings settings = currentSettings();
    showFindings(settings.validate());
    setModified(!(settings == m_loaded));
    updatePreview();
}

void RegisterSettingsPage::showFindings(const Domain::Findings &findings)
{
    auto render = [&findings](const QString &field) {
        QStringList lines;
        for (const Finding &finding : Domain::findingsFor(findings, field))
            lines << (finding.severity == Finding::Severity::Error ? tr("Error: %1") : tr("Warning: %1"))
                         .arg(finding.message);
        return lines.join(QLatin1Char('\n'));
    };
    const QString calendar = render(QStringLiteral("holidayCalendar"));
    m_calendarMessage->setText(calendar);
    m_calendarMessage->setVisible(!calendar.isEmpty());
    const QString extra = render(QStringLiteral("extraHolidays"));
    m_extraMessage->setText(extra);
    m_extraMessage->setVisible(!extra.isEmpty());
    m_saveButton->setEnabled(m_modified && !Domain::hasErrors(findings));
}

void RegisterSettingsPage::setModified(bool modified)
{
    const bool changed = modified != m_modified;
    m_modified = modified;
    m_saveButton->setEnabled(modified && !Domain::hasErrors(currentSettings().validate()));
    m_revertButton->setEnabled(modified);
    if (changed)
        emit modifiedChanged(modified);
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

bool RegisterSettingsPage::save()
{
    if (!m_service)
        return false;
    Domain::Findings findings;
    const Status status = m_service->save(currentSettings(), &findings);
    if (!status) {
        showFindings(findings);
        m_extraMessage->setText(status.message());
        m_extraMessage->setVisible(true);
        return false;
    }
    reload();
    emit saved();
    return true;
}

void RegisterSettingsPage::retranslateUi()
{
    m_titleLabel->setText(tr("Register settings"));
    m_introLabel->setText(tr("How Custodian counts statutory deadlines for this register. A period that ends on a "
                             "Saturday, Sunday or public holiday ends on the next working day (Regulation 1182/71, "
                             "art. 3(4)); which days are public holidays depends on the member state."));
    m_calendarLabel->setText(tr("Holiday &calendar:"));
    m_marginLabel->setText(tr("Internal &margin:"));
    m_marginSpin->setSuffix(tr(" working days"));
    m_marginHint->setText(tr("Beside each statutory deadline Custodian shows an internal target this many working "
                             "days earlier."));
    m_extraLabel->setText(tr("Extra days designated by decree for a single year (for example a bridge day published "
                             "in the Staatscourant):"));
    m_extraTable->setHorizontalHeaderLabels({tr("Date"), tr("Name")});
    m_newDateEdit->setAccessibleName(tr("Date of the extra day"));
    m_newNameEdit->setAccessibleName(tr("Name of the extra day"));
    m_newNameEdit->setPlaceholderText(tr("Name, as in the decree"));
    m_addButton->setText(tr("&Add day"));
    m_removeButton->setText(tr("Remo&ve"));
    m_previewLabel->setText(tr("Public holidays in &year:"));
    m_saveButton->setText(tr("Save")); // Ctrl+S; Alt+S belongs to the Settings menu
    m_revertButton->setText(tr("&Revert"));
    m_historyButton->setText(tr("History…")); // no accelerator: Alt+H belongs to the Help menu
    m_historyButton->setToolTip(tr("Who changed these details, when, and what changed."));
    fillCalendars();
    updatePreview();
}

void RegisterSettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace Custodian::Ui
