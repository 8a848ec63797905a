#include "sections/reports/ReportsPage.h"

#include "app/ExchangeProgress.h"
#include "framework/PageParts.h"
#include "framework/RegisterContext.h"
#include "register/queries/ListRows.h"
#include "storage/Database.h"

#include <QApplication>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedLayout>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <algorithm>

namespace Custodian::Ui {

namespace {

constexpr int KindRole = Qt::UserRole;

QString kindTitle(Reports::Kind kind)
{
    switch (kind) {
    case Reports::Kind::Register:
        return ReportsPage::tr("Register of processing activities");
    case Reports::Kind::Activity:
        return ReportsPage::tr("Processing activity sheet");
    }
    return {};
}

QString kindDescription(Reports::Kind kind)
{
    switch (kind) {
    case Reports::Kind::Register:
        return ReportsPage::tr(
            "The records of processing activities under Art. 30 GDPR, as the supervisory authority may ask for them: "
            "the organisation as controller, every processing activity on its own page, the processing done as a "
            "processor, the processing agreements, the parties, the transfers to third countries, the retention "
            "schedule and the security measures, with a table of contents.");
    case Reports::Kind::Activity:
        return ReportsPage::tr("One processing activity with everything the register holds of it, for the "
                               "department that owns it or for an auditor's sample.");
    }
    return {};
}

} // namespace

ReportsPage::ReportsPage(RegisterContext *context, QWidget *parent) : QWidget(parent), m_context(context)
{
    m_titleLabel = PageParts::title(this);
    m_introLabel = new QLabel(this);
    m_introLabel->setWordWrap(true);

    m_kinds = new QListWidget(this);
    m_kinds->setObjectName(QStringLiteral("reportKinds"));
    for (const Reports::Kind kind : {Reports::Kind::Register, Reports::Kind::Activity}) {
        auto *item = new QListWidgetItem(m_kinds);
        item->setData(KindRole, int(kind));
    }
    m_kinds->setCurrentRow(0);
    m_kinds->setMaximumHeight(m_kinds->sizeHintForRow(0) * 4 + 2 * m_kinds->frameWidth());
    m_kindDescription = new QLabel(this);
    m_kindDescription->setObjectName(QStringLiteral("kindDescription"));
    m_kindDescription->setWordWrap(true);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("reportLanguage"));
    m_language->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(QLocale().language() == QLocale::Dutch ? 0 : 1);
    m_activity = new QComboBox(this);
    m_activity->setObjectName(QStringLiteral("reportActivity"));
    m_activity->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_activity->setMinimumContentsLength(12);
    m_label = new QLineEdit(this);
    m_label->setObjectName(QStringLiteral("reportLabel"));
    m_label->setMaxLength(80);
    m_languageLabel = new QLabel(this);
    m_languageLabel->setBuddy(m_language);
    m_activityLabel = new QLabel(this);
    m_activityLabel->setBuddy(m_activity);
    m_labelLabel = new QLabel(this);
    m_labelLabel->setBuddy(m_label);
    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_activityLabel, m_activity);
    form->addRow(m_labelLabel, m_label);

    m_previewButton = new QPushButton(this);
    m_previewButton->setObjectName(QStringLiteral("previewButton"));
    m_printButton = new QPushButton(this);
    m_printButton->setObjectName(QStringLiteral("printButton"));
    m_saveButton = new QPushButton(this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_previewButton);
    buttons->addWidget(m_printButton);
    buttons->addWidget(m_saveButton);
    buttons->addStretch();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // The choices on the left, the pages as they will print on the right.
    auto *choices = new QWidget(this);
    auto *left = new QVBoxLayout(choices);
    left->setContentsMargins(0, 0, 0, 0);
    left->addWidget(m_titleLabel);
    left->addWidget(m_introLabel);
    left->addSpacing(fontMetrics().height() / 2);
    left->addWidget(m_kinds);
    left->addWidget(m_kindDescription);
    left->addSpacing(fontMetrics().height() / 2);
    left->addLayout(form);
    left->addLayout(buttons);
    left->addWidget(m_status);
    left->addStretch();
    choices->setMaximumWidth(fontMetrics().averageCharWidth() * 62);

    m_previewPrinter = std::make_unique<QPrinter>(QPrinter::HighResolution);
    m_previewPrinter->setPageSize(QPageSize(QPageSize::A4));
    m_preview = new QPrintPreviewWidget(m_previewPrinter.get(), this);
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    m_preview->setViewMode(QPrintPreviewWidget::SinglePageView);
    m_preview->setZoomMode(QPrintPreviewWidget::FitToWidth);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, [this](QPrinter *printer) {
        if (!m_previewed)
            return;
        const Status status = m_previewed->print(printer);
        if (!status)
            m_status->setText(status.message());
    });
    m_previewHint = new QLabel(this);
    m_previewHint->setObjectName(QStringLiteral("previewHint"));
    m_previewHint->setAlignment(Qt::AlignCenter);
    m_previewHint->setWordWrap(true);
    m_previewHint->setMargin(fontMetrics().height() * 2);
    m_previewHint->setFrameShape(QFrame::StyledPanel);
    m_previewStack = new QStackedLayout;
    m_previewStack->addWidget(m_previewHint);
    m_previewStack->addWidget(m_preview);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(choices, 2);
    layout->addLayout(m_previewStack, 3);

    connect(m_kinds, &QListWidget::currentRowChanged, this, &ReportsPage::updateChoices);
    connect(m_previewButton, &QPushButton::clicked, this, &ReportsPage::preview);
    connect(m_printButton, &QPushButton::clicked, this, &ReportsPage::print);
    connect(m_saveButton, &QPushButton::clicked, this, &ReportsPage::save);
    connect(m_context, &RegisterContext::registerChanged, this, [this](const QString &entity) {
        if (entity != QLatin1String("activity") && !entity.isEmpty())
            return;
        m_activitiesStale = true;
        if (isVisible())
            loadActivities();
    });
    retranslateUi();
}

ReportsPage::~ReportsPage()
{
    // The preview holds the printer and pages its engine owns: it goes before them.
    delete m_preview;
}

QString ReportsPage::title() const
{
    return tr("Reports");
}

void ReportsPage::retranslateUi()
{
    m_titleLabel->setText(title());
    m_introLabel->setText(
        tr("Reports for auditors and the supervisory authority, in Dutch or English. Every page names the "
           "organisation, the report, the register's state (the last entry of its history), when the report was made "
           "and its classification: the same state gives the same text. Saved as PDF/A, for archiving."));
    for (int row = 0; row < m_kinds->count(); ++row)
        m_kinds->item(row)->setText(kindTitle(Reports::Kind(m_kinds->item(row)->data(KindRole).toInt())));
    m_languageLabel->setText(tr("&Language of the report:"));
    m_activityLabel->setText(tr("Processing &activity:"));
    m_labelLabel->setText(tr("&Classification on every page:"));
    m_label->setPlaceholderText(tr("Confidential"));
    m_previewButton->setText(tr("Pre&view"));
    m_previewHint->setText(tr("Preview shows the report's pages here, as they will print."));
    m_printButton->setText(tr("&Print…"));
    m_saveButton->setText(tr("&Save as PDF…"));
    updateChoices();
}

void ReportsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ReportsPage::showEvent(QShowEvent *event)
{
    if (m_activitiesStale)
        loadActivities();
    QWidget::showEvent(event);
}

// The activities by name (not retired first), read without loading them whole.
void ReportsPage::loadActivities()
{
    m_activitiesStale = false;
    const QString current = m_activity->currentData().toString();
    QList<Register::ListRows::NamedItem> items;
    if (!m_context->reportIfFailed(
            Register::ListRows::names(m_context->database(), Domain::EntityKind::ProcessingActivity, &items)))
        return;
    std::sort(items.begin(), items.end(), [](const auto &a, const auto &b) {
        if (a.retired != b.retired)
            return !a.retired;
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    m_activity->clear();
    for (const Register::ListRows::NamedItem &item : std::as_const(items))
        m_activity->addItem(item.retired ? tr("%1 (retired)").arg(item.name) : item.name, item.uuid);
    const int index = m_activity->findData(current);
    m_activity->setCurrentIndex(index >= 0 ? index : 0);
    updateChoices();
}

void ReportsPage::updateChoices()
{
    const QListWidgetItem *item = m_kinds->currentItem();
    const auto kind = item ? Reports::Kind(item->data(KindRole).toInt()) : Reports::Kind::Register;
    m_kindDescription->setText(kindDescription(kind));
    const bool activity = kind == Reports::Kind::Activity;
    m_activity->setEnabled(activity && m_activity->count() > 0);
    m_activityLabel->setEnabled(activity);
    const bool ready = !activity || m_activity->count() > 0;
    m_previewButton->setEnabled(ready);
    m_printButton->setEnabled(ready);
    m_saveButton->setEnabled(ready);
    if (activity && m_activity->count() == 0)
        m_status->setText(tr("The register holds no processing activities yet."));
    else if (m_status->text() == tr("The register holds no processing activities yet."))
        m_status->clear();
}

Reports::Request ReportsPage::request() const
{
    Reports::Request request;
    const QListWidgetItem *item = m_kinds->currentItem();
    request.kind = item ? Reports::Kind(item->data(KindRole).toInt()) : Reports::Kind::Register;
    request.language = m_language->currentData().toString();
    if (request.kind == Reports::Kind::Activity)
        request.uuid = m_activity->currentData().toString();
    request.confidentiality = m_label->text().trimmed();
    return request;
}

Status ReportsPage::build(Reports::Report *report)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status status = Reports::Report::build(m_context->database(), request(), report);
    QApplication::restoreOverrideCursor();
    return status;
}

Status ReportsPage::saveAs(const QString &path)
{
    Reports::Report report;
    Status status = build(&report);
    if (status) {
        ExchangeProgress progress(this, m_autoLock, tr("Writing the report…"));
        status = report.writePdf(path, progress.callback());
    }
    if (status)
        m_status->setText(tr("Saved %1: %n page(s), register state %2.", nullptr, report.pageCount())
                              .arg(QDir::toNativeSeparators(path), report.state().shortText()));
    else if (status.code() != Status::Code::Cancelled)
        m_status->setText(status.detail().isEmpty() ? status.message()
                                                    : tr("%1 (%2)").arg(status.message(), status.detail()));
    else
        m_status->setText(status.message());
    return status;
}

Status ReportsPage::printTo(QPrinter *printer)
{
    Reports::Report report;
    Status status = build(&report);
    if (!status)
        return status;
    ExchangeProgress progress(this, m_autoLock, tr("Laying out the report…"));
    status = report.print(printer, progress.callback(), [printer] { printer->abort(); });
    if (!status) {
        m_status->setText(status.message());
        return status;
    }
    m_status->setText(
        tr("%n page(s), register state %1.", nullptr, report.pageCount()).arg(report.state().shortText()));
    return Status::ok();
}

// The report as the register is now, in the pages beside the choices.
void ReportsPage::preview()
{
    auto report = std::make_unique<Reports::Report>();
    const Status status = build(report.get());
    if (!status) {
        QMessageBox::warning(this, title(), status.message());
        return;
    }
    m_previewed = std::move(report);
    m_previewPrinter->setDocName(m_previewed->title());
    // On screen first, so that the pages are placed in the view's real size (the first time, being
    // shown lays them out; later the preview is asked to), then from page one.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    if (m_preview->isVisible()) {
        m_preview->updatePreview();
    } else {
        m_previewStack->setCurrentWidget(m_preview);
    }
    m_preview->setCurrentPage(1);
    QApplication::restoreOverrideCursor();
    m_status->setText(
        tr("%n page(s), register state %1.", nullptr, m_previewed->pageCount()).arg(m_previewed->state().shortText()));
}

void ReportsPage::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print report"));
    // Every page is printed: the pages numbered "x of y" belong together.
    dialog.setOptions(dialog.options() & ~QAbstractPrintDialog::PrintPageRange &
                      ~QAbstractPrintDialog::PrintCurrentPage & ~QAbstractPrintDialog::PrintSelection);
    if (dialog.exec() != QDialog::Accepted)
        return;
    printer.setDocName(kindTitle(request().kind));
    const Status status = printTo(&printer);
    if (!status && status.code() != Status::Code::Cancelled)
        QMessageBox::warning(this, title(), status.message());
}

void ReportsPage::save()
{
    const Reports::Request wanted = request();
    QString name = kindTitle(wanted.kind);
    if (wanted.kind == Reports::Kind::Activity)
        name += QStringLiteral(" - ") + m_activity->currentText();
    name += QStringLiteral(" - ") + QDate::currentDate().toString(Qt::ISODate) + QStringLiteral(".pdf");
    static const QRegularExpression forbidden(QStringLiteral("[<>:\"/\\\\|?*\\x00-\\x1f]"));
    name.replace(forbidden, QStringLiteral("-"));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    // The dialog adds ".pdf" before it asks whether to replace a file of that name.
    QFileDialog dialog(this, tr("Save report as PDF"), QDir(folder).filePath(name), tr("PDF/A documents (*.pdf)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("pdf"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const Status status = saveAs(dialog.selectedFiles().constFirst());
    if (!status && status.code() != Status::Code::Cancelled)
        QMessageBox::warning(this, title(), status.message());
}

} // namespace Custodian::Ui
