#include "sections/dashboard/DashboardPage.h"

#include "domain/Codes.h"
#include "domain/EntityKind.h"
#include "domain/Organisation.h"
#include "framework/LanguageChange.h"
#include "register/Completeness.h"
#include "register/OrganisationService.h"
#include "register/queries/Agenda.h"
#include "register/queries/DueList.h"
#include "register/queries/RegisterCounts.h"
#include "storage/Database.h"

#include "framework/FlowLayout.h"
#include "framework/PageParts.h"
#include "framework/RegisterContext.h"
#include "framework/Severity.h"
#include "sections/dashboard/DashboardCard.h"
#include "widgets/DateField.h"
#include "widgets/Icons.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPixmap>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Custodian::Ui {

using Register::AgendaItem;
using Level = Domain::Finding::Severity;

namespace {

enum Column
{
    WhatColumn,
    ItemColumn,
    WhenColumn,
    ColumnCount
};

// What a line opens: an item (entity code + uuid), a section, or a section's due items.
enum class Target
{
    None,
    Item,
    Section,
    Due,
};
constexpr int targetRole = Qt::UserRole + 1;
constexpr int codeRole = Qt::UserRole + 2;
constexpr int uuidRole = Qt::UserRole + 3;

void setTarget(QTreeWidgetItem *line, Target target, const QString &code, const QString &uuid = QString())
{
    line->setData(WhatColumn, targetRole, static_cast<int>(target));
    line->setData(WhatColumn, codeRole, code);
    line->setData(WhatColumn, uuidRole, uuid);
}

// The section that shows an entity kind's items (the register settings have their own page).
QString sectionOf(const QString &entity)
{
    return entity == QLatin1String("register_settings") ? QStringLiteral("settings") : entity;
}

// Keeps lines without a severity mark aligned with those that have one.
QIcon blankIcon()
{
    QPixmap blank(16, 16);
    blank.fill(Qt::transparent);
    return QIcon(blank);
}

QString dateText(QDate date, QDate today)
{
    const QString day = QLocale().toString(date, fourDigitYearFormat());
    const qint64 days = today.daysTo(date);
    QString relative;
    if (days == 0)
        relative = DashboardPage::tr("today");
    else if (days < 0)
        relative = DashboardPage::tr("%n day(s) ago", nullptr, int(-days));
    else
        relative = DashboardPage::tr("in %n day(s)", nullptr, int(days));
    return DashboardPage::tr("%1 (%2)", "date (relative to today)").arg(day, relative);
}

} // namespace

DashboardPage::DashboardPage(QWidget *parent) : QWidget(parent)
{
    PageParts::everyMinuteWhileShown(this, [this] { updateClocks(); });
    m_titleLabel = PageParts::title(this);
    m_titleLabel->setObjectName(QStringLiteral("dashboardTitle"));
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("dashboardSummary"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setForegroundRole(QPalette::PlaceholderText);
    m_demoLabel = new QLabel(this);
    m_demoLabel->setObjectName(QStringLiteral("demoLabel"));
    m_demoLabel->setWordWrap(true);
    m_demoLabel->setFrameShape(QFrame::StyledPanel);
    m_demoLabel->setMargin(m_demoLabel->fontMetrics().height() / 2);
    m_demoLabel->setVisible(false);

    m_alarmLabel = new QLabel(this);
    m_alarmLabel->setObjectName(QStringLiteral("alarmLabel"));
    m_alarmLabel->setWordWrap(true);
    m_alarmLabel->setFrameShape(QFrame::StyledPanel);
    m_alarmLabel->setMargin(m_alarmLabel->fontMetrics().height() / 2);
    m_alarmLabel->setVisible(false);

    m_cardArea = new QWidget(this);
    m_cardArea->setObjectName(QStringLiteral("dashboardCards"));
    auto *cards = new FlowLayout(m_cardArea);
    cards->setContentsMargins(0, 0, 0, 0);
    for (const char *section : {"activity", "processor_activity", "request", "breach", "agreement", "party",
                                "retention_rule", "security_measure", "findings"})
        cards->addWidget(addCard(QString::fromLatin1(section)));

    m_agendaLabel = new QLabel(this);
    QFont captionFont = m_agendaLabel->font();
    captionFont.setBold(true);
    captionFont.setPointSizeF(captionFont.pointSizeF() * 1.15);
    m_agendaLabel->setFont(captionFont);
    m_agenda = new QTreeWidget(this);
    m_agenda->setObjectName(QStringLiteral("agendaList"));
    m_agenda->setColumnCount(ColumnCount);
    m_agenda->setRootIsDecorated(false);
    m_agenda->setItemsExpandable(false);
    m_agenda->setUniformRowHeights(true);
    m_agenda->setWordWrap(false);
    m_agenda->setTextElideMode(Qt::ElideRight);
    m_agenda->setSelectionMode(QAbstractItemView::SingleSelection);
    m_agenda->header()->setStretchLastSection(false);
    m_agenda->header()->setSectionResizeMode(WhatColumn, QHeaderView::Stretch);
    m_agenda->header()->setSectionResizeMode(ItemColumn, QHeaderView::Interactive);
    m_agenda->header()->setSectionResizeMode(WhenColumn, QHeaderView::ResizeToContents);
    m_agenda->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_agendaLabel->setBuddy(m_agenda);
    m_agenda->viewport()->installEventFilter(this);
    connect(m_agenda, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *line) { openLine(line); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_demoLabel);
    layout->addWidget(m_alarmLabel);
    layout->addWidget(m_cardArea);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(m_agendaLabel);
    layout->addWidget(m_agenda, 1);
    LanguageChange::follow(this, [this] { retranslateUi(); });
}

DashboardCard *DashboardPage::addCard(const QString &section)
{
    auto *card = new DashboardCard(m_cardArea);
    card->setObjectName(section + QStringLiteral("Card"));
    card->setProperty("section", section);
    card->setIcon(Icons::section(section));
    m_cards.append(card);
    connect(card, &DashboardCard::clicked, this, [this, section] { emit sectionRequested(section); });
    return card;
}

DashboardCard *DashboardPage::card(const QString &section) const
{
    for (DashboardCard *card : m_cards) {
        if (card->property("section").toString() == section)
            return card;
    }
    return nullptr;
}

void DashboardPage::setContext(RegisterContext *context)
{
    if (m_context)
        disconnect(m_context, nullptr, this, nullptr);
    m_context = context;
    if (m_context) {
        // While the dashboard is on screen it follows the register; otherwise the window refreshes
        // it when it is shown.
        connect(m_context, &RegisterContext::registerChanged, this, [this] {
            if (isVisible())
                refresh();
        });
    }
    // Read when shown (showEvent), not for every register that is opened while another section shows.
    if (isVisible() || !m_context)
        refresh();
}

void DashboardPage::updateClocks()
{
    if (!m_context)
        return;
    for (const ClockLine &clock : std::as_const(m_clockLines)) {
        if (isPassed(clock.item) != clock.passed) {
            refresh(); // the alarm and the icons change with it
            return;
        }
    }
    for (const ClockLine &clock : std::as_const(m_clockLines))
        clock.line->setText(WhenColumn, caseWhen(clock.item, clock.passed));
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void DashboardPage::setDemo(bool demo)
{
    m_demo = demo;
    m_demoLabel->setVisible(m_demo);
}

void DashboardPage::retranslateUi()
{
    m_demoLabel->setText(tr("This is the demo register of a fictional software company. Look around and change "
                            "anything: it is a copy made for you, and nothing here is real. To start your own "
                            "register, choose File › New register."));
    m_agendaLabel->setText(tr("What to do next"));
    m_agenda->setHeaderLabels({tr("What"), tr("Item"), tr("Date")});
    m_agenda->setAccessibleName(tr("What to do next"));
    m_agenda->setToolTip(tr("Double-click a line, or press Enter, to open its item."));
    if (isVisible() || !m_context)
        refresh();
}

void DashboardPage::refresh()
{
    const QString dashboard = tr("Dashboard");
    m_cardArea->setVisible(m_context != nullptr);
    m_clockLines.clear();
    m_agenda->clear();
    if (!m_context) {
        m_titleLabel->setText(dashboard);
        m_summaryLabel->clear();
        return;
    }
    Domain::Organisation organisation;
    Register::RegisterCounts counts;
    Register::Agenda agenda;
    QList<Register::DueItem> cases;
    const QDate today = m_context->today();
    Status status = m_context->organisations().load(&organisation);
    if (status)
        status = Register::RegisterCounts::read(m_context->database(), today, &counts);
    if (status)
        status = Register::Agenda::read(m_context->database(), today, linesPerGroup, &agenda);
    if (status)
        status = Register::DueList::read(m_context->database(), today, caseWindowDays, &cases);
    // The requests' and breaches' deadlines; the agenda has the rest.
    cases.removeIf([](const Register::DueItem &item) {
        return item.entity != QLatin1String("request") && item.entity != QLatin1String("breach");
    });
    m_titleLabel->setText(organisation.name.isEmpty()
                              ? dashboard
                              : tr("%1: %2", "Dashboard: organisation").arg(dashboard, organisation.name));
    m_alarmLabel->setVisible(false);
    if (!status) {
        m_summaryLabel->setText(status.message());
        return;
    }
    int errors = 0;
    int warnings = 0;
    QList<Register::EntityFinding> errorFindings;
    m_checkPending = !m_context->findingsReady();
    static const QList<Register::EntityFinding> notYet;
    for (const Register::EntityFinding &finding : m_checkPending ? notYet : m_context->findings()) {
        if (finding.finding.severity == Level::Error) {
            ++errors;
            errorFindings.append(finding);
        } else if (finding.finding.severity == Level::Warning) {
            ++warnings;
        }
    }

    const QLocale locale;
    const QString approved = tr("%1 of %n active activity(ies)", nullptr, counts.activeActivities)
                                 .arg(locale.toString(counts.approvedActivities));
    m_summaryLabel->setText(m_checkPending ? tr("%1 approved. The completeness check is running…").arg(approved)
                                           : tr("%1 approved. Completeness check: %2 and %3.")
                                                 .arg(approved, tr("%n error(s)", nullptr, errors),
                                                      tr("%n warning(s)", nullptr, warnings)));

    using Domain::EntityKind;
    using Domain::EntityKinds;
    auto setCard = [&](const QString &section, int value) {
        DashboardCard *c = card(section);
        c->setValue(locale.toString(value));
        c->setNote(QString());
        return c;
    };
    DashboardCard *activities = setCard(QStringLiteral("activity"), counts.activities);
    if (counts.overdueReviews > 0)
        activities->setNote(tr("%n review(s) overdue", nullptr, counts.overdueReviews), Level::Warning);
    else if (counts.changedSinceEstablished > 0)
        activities->setNote(tr("%n changed since established", nullptr, counts.changedSinceEstablished),
                            Level::Warning);
    else
        activities->setNote(tr("%1 of %n active approved", nullptr, counts.activeActivities)
                                .arg(locale.toString(counts.approvedActivities)));
    setCard(QStringLiteral("processor_activity"), counts.processorActivities);
    DashboardCard *agreements = setCard(QStringLiteral("agreement"), counts.agreements);
    if (counts.expiredAgreements > 0)
        agreements->setNote(tr("%n expired", "agreements", counts.expiredAgreements), Level::Error);
    DashboardCard *requests = setCard(QStringLiteral("request"), counts.openRequests);
    if (counts.overdueRequests > 0)
        requests->setNote(tr("%n overdue", "requests", counts.overdueRequests), Level::Error);
    else
        requests->setNote(tr("open"));
    DashboardCard *breaches = setCard(QStringLiteral("breach"), counts.openBreaches);
    if (counts.undecidedBreaches > 0)
        breaches->setNote(tr("%n to notify or decide", "breaches", counts.undecidedBreaches), Level::Warning);
    else
        breaches->setNote(tr("open"));
    setCard(QStringLiteral("party"), counts.parties);
    setCard(QStringLiteral("retention_rule"), counts.retentionRules);
    setCard(QStringLiteral("security_measure"), counts.measures);
    DashboardCard *check = setCard(QStringLiteral("findings"), errors + warnings);
    if (m_checkPending) {
        check->setValue(QStringLiteral("…"));
        check->setNote(tr("checking…"));
    } else if (errors == 0 && warnings == 0)
        check->setNote(tr("Complete as far as the check can tell"));
    else
        check->setNote(tr("%1 and %2", "errors and warnings")
                           .arg(tr("%n error(s)", nullptr, errors), tr("%n warning(s)", nullptr, warnings)),
                       errors > 0 ? Level::Error : Level::Warning);
    updateCardWidths();

    // What to do next, most urgent first.
    QTreeWidgetItem *setup = nullptr;
    auto addSetup = [&](const QString &text, const QString &section) {
        if (!setup)
            setup = addGroup(QString());
        setTarget(new QTreeWidgetItem(setup, {text}), Target::Section, section);
    };
    if (organisation.name.isEmpty() || organisation.dpoName.isEmpty() || organisation.contactEmail.isEmpty())
        addSetup(tr("Complete the organisation's details: contact and data protection officer."),
                 QStringLiteral("organisation"));
    if (counts.activities == 0)
        addSetup(tr("Record your first processing activity, one purpose at a time (for example: payroll)."),
                 QStringLiteral("activity"));
    if (counts.agreements == 0)
        addSetup(tr("Add the processing agreement with your hosting provider or another processor."),
                 QStringLiteral("agreement"));
    if (setup)
        setup->setText(WhatColumn, tr("Getting started (%1)").arg(locale.toString(setup->childCount())));

    if (!cases.isEmpty()) {
        int overdueCases = 0;
        for (const Register::DueItem &item : std::as_const(cases))
            overdueCases += isPassed(item) ? 1 : 0;
        QTreeWidgetItem *group = addGroup(tr("Requests and breaches (%1)").arg(locale.toString(cases.size())));
        for (qsizetype i = 0; i < cases.size() && i < linesPerGroup; ++i)
            addCaseLine(group, cases.at(i));
        if (cases.size() > linesPerGroup) {
            auto *more = new QTreeWidgetItem(
                group, {tr("%n more: show the requests that are due", nullptr, int(cases.size()) - linesPerGroup)});
            setTarget(more, Target::Due, QStringLiteral("request"));
        }
        if (overdueCases > 0) {
            m_alarmLabel->setText(tr("%n deadline(s) of requests and breaches passed: see “Requests and breaches” "
                                     "below.",
                                     nullptr, overdueCases));
            QPalette palette = m_alarmLabel->palette();
            palette.setColor(QPalette::WindowText, Severity::textColour(Level::Error, palette));
            m_alarmLabel->setPalette(palette);
            m_alarmLabel->setVisible(true);
        }
    }
    if (agenda.overdueTotal > 0) {
        QTreeWidgetItem *group = addGroup(tr("Overdue (%1)").arg(locale.toString(agenda.overdueTotal)));
        for (const AgendaItem &item : std::as_const(agenda.overdue))
            addAgendaLine(group, item);
        if (agenda.overdueTotal > agenda.overdue.size()) {
            auto *more = new QTreeWidgetItem(group, {tr("%n more overdue: show the processing activities that are due",
                                                        nullptr, agenda.overdueTotal - int(agenda.overdue.size()))});
            setTarget(more, Target::Due, QStringLiteral("activity"));
        }
    }
    if (errors > 0) {
        QTreeWidgetItem *group = addGroup(tr("Errors an auditor would raise (%1)").arg(locale.toString(errors)));
        addFindingLines(group, errorFindings);
    }
    if (agenda.upcomingTotal > 0) {
        QTreeWidgetItem *group = addGroup(tr("In the coming weeks (%1)").arg(locale.toString(agenda.upcomingTotal)));
        for (const AgendaItem &item : std::as_const(agenda.upcoming))
            addAgendaLine(group, item);
        if (agenda.upcomingTotal > agenda.upcoming.size()) {
            auto *more = new QTreeWidgetItem(group, {tr("and %n more in the coming weeks", nullptr,
                                                        agenda.upcomingTotal - int(agenda.upcoming.size()))});
            more->setFlags(Qt::ItemIsEnabled);
            setTarget(more, Target::None, QString());
        }
    }
    if (m_agenda->topLevelItemCount() == 0 && !m_checkPending) {
        auto *line = new QTreeWidgetItem(
            m_agenda, {tr("Nothing urgent: the register is complete as far as the check can tell.")});
        line->setFlags(Qt::ItemIsEnabled);
        setTarget(line, Target::None, QString());
    }
    m_agenda->expandAll();
    sizeItemColumn();
}

void DashboardPage::sizeItemColumn()
{
    // The item column: wide enough for the names, never more than a third of the list.
    m_agenda->resizeColumnToContents(ItemColumn);
    m_agenda->setColumnWidth(ItemColumn, qMin(m_agenda->columnWidth(ItemColumn), m_agenda->viewport()->width() / 3));
}

void DashboardPage::setSectionTitle(const QString &section, const QString &title)
{
    if (DashboardCard *c = card(section)) {
        c->setCaption(title);
        updateCardWidths();
    }
}

void DashboardPage::updateCardWidths()
{
    int width = 0;
    for (DashboardCard *c : std::as_const(m_cards))
        width = qMax(width, c->naturalWidth());
    for (DashboardCard *c : std::as_const(m_cards))
        c->setCardWidth(width);
}

bool DashboardPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_agenda->viewport() && event->type() == QEvent::Resize)
        sizeItemColumn();
    // Painted without the check's figures: the check runs now, and the dashboard shows them.
    if (watched == m_agenda->viewport() && event->type() == QEvent::Paint && m_checkPending) {
        m_checkPending = false;
        QTimer::singleShot(0, this, [this] {
            if (m_context && isVisible() && !m_context->findingsReady()) {
                m_context->findings();
                refresh();
            }
        });
    }
    return QWidget::eventFilter(watched, event);
}

QTreeWidgetItem *DashboardPage::addGroup(const QString &title)
{
    auto *group = new QTreeWidgetItem(m_agenda, {title});
    QFont bold = group->font(WhatColumn);
    bold.setBold(true);
    group->setFont(WhatColumn, bold);
    group->setFirstColumnSpanned(true);
    group->setFlags(Qt::ItemIsEnabled);
    setTarget(group, Target::None, QString());
    return group;
}

void DashboardPage::addAgendaLine(QTreeWidgetItem *group, const AgendaItem &item)
{
    const QDate today = m_context->today();
    const bool overdue = item.isOverdue(today);
    QString what;
    switch (item.reason) {
    case AgendaItem::Reason::ActivityReview:
    case AgendaItem::Reason::AgreementReview:
        what = overdue ? tr("Review overdue") : tr("Review due");
        break;
    case AgendaItem::Reason::AgreementExpiry:
        what = overdue ? tr("Expired: renew or end the agreement") : tr("Ends: renew or end it in time");
        break;
    case AgendaItem::Reason::ObjectionWindow:
        what = overdue ? tr("Objection deadline passed without a decision on a sub-processor change")
                       : tr("Object to or accept a sub-processor change");
        if (!item.detail.isEmpty())
            what = tr("%1: %2", "what: detail").arg(what, item.detail);
        break;
    case AgendaItem::Reason::AssuranceExpiry:
        what = overdue ? tr("Supplier's report or certificate expired") : tr("Supplier's report or certificate ends");
        if (!item.detail.isEmpty())
            what = tr("%1: %2", "what: detail")
                       .arg(what, Domain::Codes::label(Domain::Codes::Kind::AssuranceKind, item.detail));
        break;
    case AgendaItem::Reason::SupplierReview:
        what = overdue ? tr("Yearly supplier review overdue") : tr("Yearly supplier review due");
        break;
    case AgendaItem::Reason::NotifiedWindow:
        what = overdue ? tr("The controller's objection window has ended: record its answer to the sub-processor "
                            "change")
                       : tr("The controller may object until then: do not engage the new sub-processor yet");
        if (!item.detail.isEmpty())
            what = tr("%1: %2", "what: detail").arg(what, item.detail);
        break;
    }
    auto *line = new QTreeWidgetItem(group, {what, item.name, dateText(item.date, today)});
    // Overdue is an error, this week a warning (as the lists' "due this week"); later has no mark.
    const bool soon = !overdue && today.daysTo(item.date) <= 7;
    line->setIcon(WhatColumn, overdue || soon ? Severity::icon(overdue ? Level::Error : Level::Warning) : blankIcon());
    const Domain::EntityKind kind = Domain::EntityKinds::fromCode(item.entity).value_or(Domain::EntityKind::None);
    line->setToolTip(ItemColumn, Domain::EntityKinds::referrer(kind, item.name));
    line->setToolTip(WhatColumn, what);
    setTarget(line, Target::Item, item.entity, item.uuid);
}

bool DashboardPage::isPassed(const Register::DueItem &item) const
{
    // A breach's moment is to the minute: passed only once it is behind "now", not on its day.
    return item.isBreach() ? item.moment < m_context->now() : item.overdue;
}

QString DashboardPage::caseWhen(const Register::DueItem &item, bool passed) const
{
    if (!item.isBreach())
        return dateText(item.actBy.isValid() ? item.actBy : item.due, m_context->today());
    const qint64 seconds = m_context->now().secsTo(item.moment);
    const QString moment = QLocale().toString(item.moment.toLocalTime(), QLocale::ShortFormat);
    // Whole hours, rounded away from the deadline: "in 0 hours" never stands for minutes.
    const int hours = int((qAbs(seconds) + 3599) / 3600);
    return passed ? tr("%1 (%n hour(s) ago)", nullptr, hours).arg(moment)
                  : tr("%1 (in %n hour(s))", nullptr, hours).arg(moment);
}

void DashboardPage::addCaseLine(QTreeWidgetItem *group, const Register::DueItem &item)
{
    const bool passed = isPassed(item);
    auto *line = new QTreeWidgetItem(group, {item.title, item.number, caseWhen(item, passed)});
    if (item.isBreach())
        m_clockLines.append({line, item, passed});
    const bool soon = !passed && (item.isBreach() || item.daysLeft <= 7);
    line->setIcon(WhatColumn, passed || soon ? Severity::icon(passed ? Level::Error : Level::Warning) : blankIcon());
    line->setToolTip(WhatColumn, item.title);
    setTarget(line, Target::Item, item.entity, item.uuid);
}

void DashboardPage::addFindingLines(QTreeWidgetItem *group, const QList<Register::EntityFinding> &findings)
{
    // One line per item: its first error, and how many it has.
    QStringList order;
    QHash<QString, QList<const Register::EntityFinding *>> byItem;
    for (const Register::EntityFinding &finding : findings) {
        const QString key = finding.entity + QLatin1Char('/') + finding.uuid;
        if (!byItem.contains(key))
            order.append(key);
        byItem[key].append(&finding);
    }
    const QLocale locale;
    int shown = 0;
    for (const QString &key : std::as_const(order)) {
        if (shown == linesPerGroup)
            break;
        const QList<const Register::EntityFinding *> &itemFindings = byItem.value(key);
        const Register::EntityFinding &first = *itemFindings.first();
        QStringList messages;
        for (const Register::EntityFinding *finding : itemFindings)
            messages.append(finding->finding.message);
        const Domain::EntityKind kind = Domain::EntityKinds::fromCode(first.entity).value_or(Domain::EntityKind::None);
        const QString name = first.name.isEmpty() ? Domain::EntityKinds::singular(kind) : first.name;
        // An error is due now; more errors on the same item are counted after the first.
        const int more = int(itemFindings.size()) - 1;
        const QString what =
            more > 0 ? tr("%1 (and %n more)", nullptr, more).arg(first.finding.message) : first.finding.message;
        auto *line = new QTreeWidgetItem(group, {what, name, tr("now")});
        line->setIcon(WhatColumn, Severity::icon(Level::Error));
        line->setToolTip(WhatColumn, messages.join(QLatin1Char('\n')));
        line->setToolTip(ItemColumn, Domain::EntityKinds::referrer(kind, name));
        const QString section = sectionOf(first.entity);
        if (first.uuid.isEmpty() || section != first.entity)
            setTarget(line, Target::Section, section);
        else
            setTarget(line, Target::Item, first.entity, first.uuid);
        ++shown;
    }
    if (order.size() > shown) {
        auto *more = new QTreeWidgetItem(
            group, {tr("%n more item(s) with errors: show the findings", nullptr, int(order.size()) - shown)});
        setTarget(more, Target::Section, QStringLiteral("findings"));
    }
}

void DashboardPage::openLine(QTreeWidgetItem *line)
{
    if (!line || !m_context)
        return;
    const auto target = static_cast<Target>(line->data(WhatColumn, targetRole).toInt());
    const QString code = line->data(WhatColumn, codeRole).toString();
    switch (target) {
    case Target::None:
        break;
    case Target::Item:
        m_context->requestShow(code, line->data(WhatColumn, uuidRole).toString());
        break;
    case Target::Section:
        emit sectionRequested(code);
        break;
    case Target::Due:
        emit dueRequested(code);
        break;
    }
}

} // namespace Custodian::Ui
