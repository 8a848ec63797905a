#include "sections/reports/ReportsPage.h"

#include "DocumentLanguage.h"
#include "app/ExchangeProgress.h"
#include "domain/Codes.h"
#include "framework/PageParts.h"
#include "framework/RegisterContext.h"
#include "register/BreachService.h"
#include "register/queries/ListRows.h"
#include "reports/Controls.h"
#include "storage/Database.h"
#include "widgets/DateField.h"

#include <QApplication>
#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
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
#include <QStackedWidget>
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
    case Reports::Kind::Processor:
        return ReportsPage::tr("Processing as a processor");
    case Reports::Kind::Agreements:
        return ReportsPage::tr("Processing agreements and sub-processors");
    case Reports::Kind::Transfers:
        return ReportsPage::tr("Transfers to third countries");
    case Reports::Kind::Retention:
        return ReportsPage::tr("Retention schedule");
    case Reports::Kind::Measures:
        return ReportsPage::tr("Security measures");
    case Reports::Kind::Findings:
        return ReportsPage::tr("Completeness findings");
    case Reports::Kind::History:
        return ReportsPage::tr("History of changes");
    case Reports::Kind::Requests:
        return ReportsPage::tr("Data-subject request log");
    case Reports::Kind::Breaches:
        return ReportsPage::tr("Breach register");
    case Reports::Kind::ApRegister:
        return ReportsPage::tr("Register for the AP (Art. 30(4))");
    case Reports::Kind::ApBreachForm:
        return ReportsPage::tr("Breach answers for the AP's form");
    case Reports::Kind::AuditDossier:
        return ReportsPage::tr("Audit dossier");
    case Reports::Kind::Statement:
        return ReportsPage::tr("Privacy statement");
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
            "schedule, the security measures and the completeness findings, with a table of contents.");
    case Reports::Kind::Activity:
        return ReportsPage::tr("One processing activity with everything the register holds of it, for the "
                               "department that owns it or for an auditor's sample.");
    case Reports::Kind::Processor:
        return ReportsPage::tr("The record of Art. 30(2): the processing the organisation carries out on behalf of "
                               "other controllers, each with its controllers, categories, transfers and measures.");
    case Reports::Kind::Agreements:
        return ReportsPage::tr("Every processing agreement (Art. 28) with its status, dates and the checklist of "
                               "Art. 28(3), and the sub-processor annex: the chains, countries, authorisations, "
                               "objection windows and notices.");
    case Reports::Kind::Transfers:
        return ReportsPage::tr("Every transfer to a country outside the EEA, with its recipient, mechanism and "
                               "transfer impact assessment.");
    case Reports::Kind::Retention:
        return ReportsPage::tr("How long each category of personal data is kept, from when, and on what ground.");
    case Reports::Kind::Measures:
        return ReportsPage::tr("The technical and organisational security measures (Art. 32).");
    case Reports::Kind::Findings:
        return ReportsPage::tr("What the completeness check finds today, errors first, each with the article it "
                               "rests on: for the audit's own follow-up.");
    case Reports::Kind::History:
        return ReportsPage::tr("Every change to the register in the period, from its tamper-evident history: "
                               "when, by whom, and what changed. A data subject's personal data is not shown.");
    case Reports::Kind::Requests:
        return ReportsPage::tr("The requests received in the period with their deadlines and answers, the share "
                               "answered on time and the median time to answer. Requesters are not named.");
    case Reports::Kind::Breaches:
        return ReportsPage::tr("The breaches the organisation became aware of in the period (Art. 33(5)): "
                               "notified or not, and why, with each breach on a page of its own.");
    case Reports::Kind::ApRegister:
        return ReportsPage::tr("The register as the Autoriteit Persoonsgegevens asks for it (Art. 30(4)): what Art. 30 "
                               "asks of each processing activity in use, with its lawful basis, and the processing "
                               "as a processor. Retired activities, the DPO's notes and internal details are left "
                               "out. Also saved as a workbook, a sheet per part.");
    case Reports::Kind::ApBreachForm:
        return ReportsPage::tr("One breach as the answers for the AP's notification form (Meldformulier datalekken), "
                               "section by section in the form's order, to copy into the form or keep with the "
                               "notification.");
    case Reports::Kind::AuditDossier:
        return ReportsPage::tr("For the auditor of the BIO, ENSIA or a privacy audit, in one document: each control "
                               "with the parts that evidence it, how complete and current the register is, the "
                               "register itself, the request and breach logs and the changes of the period, and the "
                               "completeness findings. Also saved as a workbook.");
    case Reports::Kind::Statement:
        return ReportsPage::tr("Not for auditors but for the public: the privacy statement of Arts. 13 and 14 that "
                               "covers the audience chosen, written from the register. The purposes of the "
                               "activities published for it with their bases, data, sources and retention, the "
                               "recipients, transfers and security, the rights that follow from the bases and how "
                               "to use them. It is its latest published version while the register still says what "
                               "that version says; otherwise a draft, with what changed and what the register does "
                               "not say yet listed above the text.");
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
    for (const Reports::Kind kind : Reports::allKinds()) {
        auto *item = new QListWidgetItem(m_kinds);
        item->setData(KindRole, int(kind));
    }
    m_kinds->setCurrentRow(0);
    m_kinds->setMaximumHeight(m_kinds->sizeHintForRow(0) * 6 + 2 * m_kinds->frameWidth());
    m_kindDescription = new QLabel(this);
    m_kindDescription->setObjectName(QStringLiteral("kindDescription"));
    m_kindDescription->setWordWrap(true);
    // The controls the kind is evidence for, as its first page names them: one line, the whole of it
    // in the tooltip (the choices must fit at 1024×700).
    m_evidence = new QLabel(this);
    m_evidence->setObjectName(QStringLiteral("kindEvidence"));
    m_evidence->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_evidence->setTextFormat(Qt::PlainText);
    m_evidence->installEventFilter(this);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("reportLanguage"));
    m_language->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(QLocale().language() == QLocale::Dutch ? 0 : 1);
    m_activity = new QComboBox(this);
    m_activity->setObjectName(QStringLiteral("reportActivity"));
    m_activity->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_activity->setMinimumContentsLength(12);
    m_breach = new QComboBox(this);
    m_breach->setObjectName(QStringLiteral("reportBreach"));
    m_breach->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_breach->setMinimumContentsLength(12);
    // The activity or the breach a report is of share a row: no kind asks for both.
    m_itemStack = new QStackedWidget(this);
    m_itemStack->addWidget(m_activity);
    m_itemStack->addWidget(m_breach);
    m_audience = new QComboBox(this);
    m_audience->setObjectName(QStringLiteral("reportAudience"));
    m_audience->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_audience->setMinimumContentsLength(12);
    m_audienceLabel = new QLabel(this);
    m_audienceLabel->setBuddy(m_audience);
    // The period of a log: the twelve months up to today unless chosen.
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(today.addYears(-1).addDays(1), this);
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("reportTo"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        connect(edit, &QDateEdit::dateChanged, this, &ReportsPage::updateChoices);
    }
    m_fromLabel = new QLabel(this);
    m_fromLabel->setBuddy(m_from);
    m_toLabel = new QLabel(this);
    m_toLabel->setBuddy(m_to);
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
    form->addRow(m_activityLabel, m_itemStack);
    form->addRow(m_audienceLabel, m_audience);
    form->addRow(m_fromLabel, m_from);
    form->addRow(m_toLabel, m_to);
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
    // The description and the evidence line as one block (the choices must fit at 1024×700).
    auto *about = new QVBoxLayout;
    about->setSpacing(0);
    about->addWidget(m_kindDescription);
    about->addWidget(m_evidence);
    left->addLayout(about);
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
    connect(m_language, &QComboBox::currentIndexChanged, this, &ReportsPage::updateChoices);
    connect(m_context, &RegisterContext::registerChanged, this, [this](const QString &entity) {
        if (entity == QLatin1String("control_reference") || entity.isEmpty())
            m_controlsStale = true;
        if (entity == QLatin1String("control_reference") && isVisible())
            updateChoices();
        if (entity == QLatin1String("breach") || entity.isEmpty()) {
            m_breachesStale = true;
            if (isVisible())
                loadBreaches();
        }
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
    m_introLabel->setText(tr(
        "Reports for auditors and the supervisory authority, in Dutch or English. Every page names the "
        "organisation, the report, the register's state (the last entry of its history), when the report was made "
        "and its classification: the same state gives the same text. Saved as PDF/A for archiving, as an OpenDocument "
        "text to edit, or as a web page."));
    for (int row = 0; row < m_kinds->count(); ++row)
        m_kinds->item(row)->setText(kindTitle(Reports::Kind(m_kinds->item(row)->data(KindRole).toInt())));
    m_languageLabel->setText(tr("&Language of the report:"));
    m_audienceLabel->setText(tr("Au&dience:"));
    fillAudiences();
    // Days as the language writes them, the year in four digits.
    for (QDateEdit *edit : {m_from, m_to})
        edit->setDisplayFormat(fourDigitYearFormat());
    m_fromLabel->setText(tr("Period &from:"));
    m_toLabel->setText(tr("Period &to (included):"));
    m_labelLabel->setText(tr("&Classification on every page:"));
    m_label->setPlaceholderText(tr("Confidential"));
    m_previewButton->setText(tr("Pre&view"));
    m_previewHint->setText(tr("Preview shows the report's pages here, as they will print."));
    m_printButton->setText(tr("&Print…"));
    m_saveButton->setText(tr("&Save as…"));
    m_saveButton->setToolTip(tr("Save the report as PDF/A, as an OpenDocument text to edit, as a web page or, for the "
                                "register for the AP and the audit dossier, as a workbook"));
    updateChoices();
}

void ReportsPage::elideEvidence()
{
    const QString full = m_evidence->toolTip();
    m_evidence->setText(m_evidence->fontMetrics().elidedText(full, Qt::ElideRight, m_evidence->width()));
}

bool ReportsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_evidence && event->type() == QEvent::Resize)
        elideEvidence();
    return QWidget::eventFilter(watched, event);
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
    if (m_breachesStale)
        loadBreaches();
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

// The breaches by number and title, the one the organisation became aware of last first: the answers
// are mostly wanted for the newest.
void ReportsPage::loadBreaches()
{
    m_breachesStale = false;
    const QString current = m_breach->currentData().toString();
    QList<Domain::Breach> breaches;
    if (!m_context->reportIfFailed(m_context->breaches().list(&breaches)))
        return;
    std::stable_sort(breaches.begin(), breaches.end(),
                     [](const Domain::Breach &a, const Domain::Breach &b) { return a.awareAt > b.awareAt; });
    m_breach->clear();
    for (const Domain::Breach &breach : std::as_const(breaches)) {
        // The summary when there is no title, cut to a line (it also names the file saved).
        QString title = breach.title.trimmed().isEmpty() ? breach.summary.simplified() : breach.title.trimmed();
        if (title.size() > 60)
            title = title.left(59).trimmed() + QChar(0x2026);
        m_breach->addItem(title.isEmpty() ? breach.number : tr("%1 · %2").arg(breach.number, title), breach.uuid);
    }
    const int index = m_breach->findData(current);
    m_breach->setCurrentIndex(index >= 0 ? index : 0);
    updateChoices();
}

void ReportsPage::updateChoices()
{
    const QListWidgetItem *item = m_kinds->currentItem();
    const auto kind = item ? Reports::Kind(item->data(KindRole).toInt()) : Reports::Kind::Register;
    m_kindDescription->setText(kindDescription(kind));
    // The public privacy statement names no controls.
    m_evidence->setVisible(kind != Reports::Kind::Statement);
    m_evidence->setToolTip(kind == Reports::Kind::Statement ? QString() : tr("Evidence for: %1").arg(evidence(kind)));
    m_evidence->setAccessibleDescription(m_evidence->toolTip());
    elideEvidence();
    const bool activity = kind == Reports::Kind::Activity;
    m_activity->setEnabled(activity && m_activity->count() > 0);
    const bool breach = kind == Reports::Kind::ApBreachForm;
    m_breach->setEnabled(breach && m_breach->count() > 0);
    m_itemStack->setCurrentWidget(breach ? m_breach : m_activity);
    m_activityLabel->setText(breach ? tr("&Breach:") : tr("Processing &activity:"));
    m_activityLabel->setBuddy(breach ? static_cast<QWidget *>(m_breach) : m_activity);
    m_activityLabel->setEnabled(activity || breach);
    const bool statement = kind == Reports::Kind::Statement;
    m_audience->setEnabled(statement);
    m_audienceLabel->setEnabled(statement);
    // A statement is public: no classification on its pages.
    m_label->setEnabled(!statement);
    m_labelLabel->setEnabled(!statement);
    const bool period = Reports::hasPeriod(kind);
    for (QWidget *widget : std::initializer_list<QWidget *>{m_fromLabel, m_from, m_toLabel, m_to})
        widget->setEnabled(period);
    const bool ordered = !period || m_from->date() <= m_to->date();
    const bool ready = (!activity || m_activity->count() > 0) && (!breach || m_breach->count() > 0) && ordered;
    m_previewButton->setEnabled(ready);
    m_printButton->setEnabled(ready);
    m_saveButton->setEnabled(ready);
    const QString noActivities = tr("The register holds no processing activities yet.");
    const QString noBreaches = tr("The breach register is empty.");
    const QString reversed = tr("The period ends before it begins.");
    if (activity && m_activity->count() == 0)
        m_status->setText(noActivities);
    else if (breach && m_breach->count() == 0)
        m_status->setText(noBreaches);
    else if (!ordered)
        m_status->setText(reversed);
    else if (m_status->text() == noActivities || m_status->text() == noBreaches || m_status->text() == reversed)
        m_status->clear();
}

QString ReportsPage::evidence(Reports::Kind kind) const
{
    // In the report's language, as its first page will print it.
    const DocumentLanguage language(m_language->currentData().toString());
    if (m_controlsStale) {
        m_controlsStale = false;
        m_ownControls.clear();
        if (!m_context->reportIfFailed(m_context->controls().list(&m_ownControls)))
            m_controlsStale = true;
    }
    return Reports::Controls::evidenceLine(Reports::Controls::forKind(kind, m_ownControls, &language), &language);
}

Reports::Request ReportsPage::request() const
{
    Reports::Request request;
    const QListWidgetItem *item = m_kinds->currentItem();
    request.kind = item ? Reports::Kind(item->data(KindRole).toInt()) : Reports::Kind::Register;
    request.language = m_language->currentData().toString();
    if (request.kind == Reports::Kind::Activity)
        request.uuid = m_activity->currentData().toString();
    if (request.kind == Reports::Kind::ApBreachForm)
        request.breach = m_breach->currentData().toString();
    if (Reports::hasPeriod(request.kind)) {
        request.from = m_from->date();
        request.to = m_to->date();
    }
    if (request.kind == Reports::Kind::Statement && !m_audience->currentData().toString().isEmpty())
        request.audiences = {m_audience->currentData().toString()};
    request.confidentiality = m_label->text().trimmed();
    return request;
}

void ReportsPage::fillAudiences()
{
    const QString current = m_audience->currentData().toString();
    m_audience->clear();
    m_audience->addItem(tr("Every audience"), QString());
    for (const QString &code : Domain::Codes::codes(Domain::Codes::Kind::Audience))
        m_audience->addItem(Domain::Codes::label(Domain::Codes::Kind::Audience, code), code);
    m_audience->setCurrentIndex(qMax(0, m_audience->findData(current)));
}

QString ReportsPage::madeText(const Reports::Report &report) const
{
    QString text = tr("%n page(s), register state %1.", nullptr, report.pageCount()).arg(report.state().shortText());
    if (!report.notes().isEmpty())
        text += QLatin1Char(' ') + tr("Draft, not published: %n note(s) above the statement say why.", nullptr,
                                      int(report.notes().size()));
    return text;
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
    // The file's kind by its suffix: an OpenDocument text to edit, a web page, a workbook (where the
    // kind is one), or PDF/A.
    const QString suffix = QFileInfo(path).suffix().toLower();
    const Reports::Format format = suffix == QLatin1String("odt") ? Reports::Format::Odt
                                   : suffix == QLatin1String("html") || suffix == QLatin1String("htm")
                                       ? Reports::Format::Html
                                   : suffix == QLatin1String("xlsx") ? Reports::Format::Xlsx
                                                                     : Reports::Format::Pdf;
    if (!Reports::formats(request().kind).contains(format)) {
        const Status refused = Status::error(Status::Code::InvalidInput,
                                             tr("This report is not made as a workbook: save it as PDF, ODT or HTML."));
        m_status->setText(refused.message());
        return refused;
    }
    Reports::Report report;
    Status status = build(&report);
    if (status) {
        ExchangeProgress progress(this, m_autoLock, tr("Writing the report…"));
        status = report.write(path, format, progress.callback());
    }
    if (status && format == Reports::Format::Pdf)
        m_status->setText(tr("Saved %1: %n page(s), register state %2.", nullptr, report.pageCount())
                              .arg(QDir::toNativeSeparators(path), report.state().shortText()));
    else if (status)
        m_status->setText(
            tr("Saved %1: register state %2.").arg(QDir::toNativeSeparators(path), report.state().shortText()));
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
    m_status->setText(madeText(report));
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
    m_status->setText(madeText(*m_previewed));
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
    if (wanted.kind == Reports::Kind::ApBreachForm)
        name += QStringLiteral(" - ") + m_breach->currentText();
    if (Reports::hasPeriod(wanted.kind))
        name += QStringLiteral(" - %1 %2").arg(wanted.from.toString(Qt::ISODate), wanted.to.toString(Qt::ISODate));
    name += QStringLiteral(" - ") + QDate::currentDate().toString(Qt::ISODate) + QStringLiteral(".pdf");
    static const QRegularExpression forbidden(QStringLiteral("[<>:\"/\\\\|?*\\x00-\\x1f]"));
    name.replace(forbidden, QStringLiteral("-"));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    // The dialog adds the chosen kind's suffix before it asks whether to replace a file of that name.
    QStringList filters{tr("PDF/A documents, to hand over and archive (*.pdf)"),
                        tr("OpenDocument texts, to edit (*.odt)"), tr("Web pages (*.html)")};
    QStringList suffixes{QStringLiteral("pdf"), QStringLiteral("odt"), QStringLiteral("html")};
    if (Reports::formats(wanted.kind).contains(Reports::Format::Xlsx)) {
        filters.append(tr("Workbooks, a sheet per part (*.xlsx)"));
        suffixes.append(QStringLiteral("xlsx"));
    }
    QFileDialog dialog(this, tr("Save report"), QDir(folder).filePath(name));
    dialog.setNameFilters(filters);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(suffixes.constFirst());
    connect(&dialog, &QFileDialog::filterSelected, &dialog, [&dialog, filters, suffixes](const QString &filter) {
        const QString suffix = suffixes.value(filters.indexOf(filter), suffixes.constFirst());
        dialog.setDefaultSuffix(suffix);
        // The name offered follows the kind chosen.
        const QStringList chosen = dialog.selectedFiles();
        if (!chosen.isEmpty())
            dialog.selectFile(QFileInfo(chosen.constFirst()).completeBaseName() + QLatin1Char('.') + suffix);
    });
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const Status status = saveAs(dialog.selectedFiles().constFirst());
    if (!status && status.code() != Status::Code::Cancelled)
        QMessageBox::warning(this, title(), status.message());
}

} // namespace Custodian::Ui
