#include "sections/holds/LegalHoldsPage.h"

#include "framework/Confirm.h"
#include "framework/EntityListSource.h"
#include "framework/RegisterContext.h"
#include "register/Services.h"
#include "register/queries/ListRows.h"
#include "sections/holds/LegalHoldEditor.h"
#include "storage/Database.h"

#include <QLocale>
#include <QMessageBox>

namespace Custodian::Ui {

using Domain::LegalHold;

LegalHoldsPage::LegalHoldsPage(RegisterContext *context, QWidget *parent) : SectionPage(context, parent)
{
    setObjectName(QStringLiteral("legalHoldsPage"));
    m_editor = new LegalHoldEditor(context, this);
    const QList<ListColumn> columns = {
        {[] { return tr("Title"); }, {}, ListColumn::Width::Long},
        {[] { return tr("Covers"); }, [] { return tr("The retention rule and the processing activity"); },
         ListColumn::Width::Long},
        {[] { return tr("Status"); }, {}},
        {[] { return tr("Started"); }, {}, ListColumn::Width::Short, true},
        {[] { return tr("Review"); }, [] { return tr("A hold is reviewed at least once a year"); }},
    };
    auto source = std::make_unique<EntityListSource<LegalHold>>(context->legalHolds(), columns,
                                                                [this](const LegalHold &hold) { return row(hold); });
    // The names of the rules and activities the holds name, in two queries.
    source->setPrepare([this, context] {
        Status status = Register::ListRows::linkedNames(context->database(), Domain::EntityKind::LegalHold,
                                                        Domain::EntityKind::RetentionRule, &m_ruleNames);
        if (status)
            status = Register::ListRows::linkedNames(context->database(), Domain::EntityKind::LegalHold,
                                                     Domain::EntityKind::ProcessingActivity, &m_activityNames);
        return status;
    });
    source->setShownKinds({Domain::EntityKind::RetentionRule, Domain::EntityKind::ProcessingActivity});
    Options options;
    // Active holds first (the status sorts them), then by title.
    options.sortColumn = StatusColumn;
    options.splitterSizes = {5000, 6000};
    setupSection(new EntityTableModel(context, std::move(source), this), m_editor, options);
    retranslateSection();
    reload();
}

QString LegalHoldsPage::entityCode() const
{
    return QStringLiteral("legal_hold");
}

QString LegalHoldsPage::title() const
{
    return tr("Legal holds");
}

ListRow LegalHoldsPage::row(const LegalHold &hold) const
{
    const QLocale locale;
    const QDate today = context()->today();
    const bool active = hold.isActive(today);
    ListRow row;
    row.uuid = hold.uuid;
    row.name = hold.title;
    row.cells.append({hold.title, hold.title.toLower(), hold.reference});

    QStringList covers;
    if (!hold.retentionRuleUuid.isEmpty())
        covers << m_ruleNames.value(hold.retentionRuleUuid, tr("Unknown rule"));
    if (!hold.activityUuid.isEmpty())
        covers << m_activityNames.value(hold.activityUuid, tr("Unknown activity"));
    const QString scope = hold.scope.simplified();
    row.cells.append({covers.join(QStringLiteral(" · ")), {}, scope.left(400)});
    row.searchExtra << scope << hold.reference << hold.reason.simplified();

    ListCell status;
    if (active) {
        status.text = tr("Active");
        status.sortKey = QStringLiteral("0 ") + hold.title.toLower();
    } else if (hold.releasedOn.isValid() && hold.releasedOn <= today) {
        status.text = tr("Released on %1").arg(locale.toString(hold.releasedOn, QLocale::ShortFormat));
        status.sortKey = QStringLiteral("2 ") + hold.title.toLower();
    } else {
        status.text = tr("Starts on %1").arg(locale.toString(hold.startedOn, QLocale::ShortFormat));
        status.sortKey = QStringLiteral("1 ") + hold.title.toLower();
    }
    row.cells.append(status);

    ListCell started;
    started.sortKey = hold.startedOn;
    if (hold.startedOn.isValid())
        started.text = locale.toString(hold.startedOn, QLocale::ShortFormat);
    row.cells.append(started);

    ListCell review;
    const QDate due = hold.reviewDue();
    review.sortKey = due;
    if (active && due.isValid()) {
        const QString date = locale.toString(due, QLocale::ShortFormat);
        if (due < today) {
            review.urgency = DueDate::Urgency::Overdue;
            review.text = tr("%1 — review overdue").arg(date);
        } else {
            review.text = date;
        }
    }
    row.due = review.urgency != DueDate::Urgency::NotSet;
    row.cells.append(review);
    return row;
}

void LegalHoldsPage::updateTexts()
{
    setTexts(tr("No legal holds. When a dispute, claim, inquiry or audit requires keeping data past its retention "
                "period, record a hold here for just the people and records involved: choose “New legal hold”."),
             tr("&New legal hold"), tr("&Delete…"));
}

Status LegalHoldsPage::deleteHold(const QString &uuid)
{
    const Status status = context()->legalHolds().remove(uuid);
    if (status && m_editor->currentUuid() == uuid)
        m_editor->load(QString());
    return status;
}

void LegalHoldsPage::retireItem(const QString &uuid)
{
    if (m_editor->currentUuid() == uuid && !confirmLeave())
        return;
    LegalHold hold;
    Status status = context()->legalHolds().load(uuid, &hold);
    if (status) {
        if (!confirmAction(this, tr("Delete legal hold"),
                           tr("Delete “%1”? Only delete a hold entered by mistake: a hold that has ended is released "
                              "by entering the day it ended, so that the register shows it was kept and why. The "
                              "history keeps a record either way.")
                               .arg(hold.title),
                           tr("Delete"), true))
            return;
        status = deleteHold(uuid);
    }
    if (!status)
        QMessageBox::warning(this, tr("Legal holds"), status.message());
}

void LegalHoldsPage::retranslateSection()
{
    updateTexts();
}

} // namespace Custodian::Ui
