#include "sections/agreements/AgreementsPage.h"

#include "framework/Confirm.h"
#include "framework/EntityListSource.h"
#include "framework/RegisterContext.h"
#include "framework/Roles.h"
#include "register/Services.h"
#include "register/queries/ListRows.h"
#include "sections/agreements/AgreementEditor.h"
#include "storage/Database.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QTableView>

namespace Custodian::Ui {

using Domain::Agreement;

AgreementsPage::AgreementsPage(RegisterContext *context, QWidget *parent) : SectionPage(context, parent)
{
    m_editor = new AgreementEditor(context, this);
    const QList<ListColumn> columns = {
        {[] { return tr("Title"); }, {}, ListColumn::Width::Long},
        {[] { return tr("Parties"); }, [] { return tr("Controller → processor"); }},
        {[] { return tr("Kind"); }, {}, ListColumn::Width::Short, true},
        {[] { return tr("Status"); }, {}},
        {[] { return tr("Expires"); }, {}},
        {[] { return tr("Review"); }, {}, ListColumn::Width::Short, true},
    };
    auto source = std::make_unique<EntityListSource<Agreement>>(context->agreements(), columns,
                                                                [this](const Agreement &item) { return row(item); });
    // The controllers' and processors' names: only the parties the agreements name, in one query.
    source->setPrepare([this, context] {
        return Register::ListRows::linkedNames(context->database(), Domain::EntityKind::Agreement,
                                               Domain::EntityKind::Party, &m_partyNames);
    });
    source->setShownKinds({Domain::EntityKind::Party});
    Options options;
    options.statusKind = Domain::Codes::Kind::AgreementStatus;
    options.hiddenStatus = QStringLiteral("terminated");
    // Soonest expiry first (no expiry date last).
    options.sortColumn = ExpiryColumn;
    setupSection(new EntityTableModel(context, std::move(source), this), m_editor, options);
    // The list and the editor share the width about evenly (the editor's size hint would take most).
    if (auto *splitter = findChild<QSplitter *>())
        splitter->setSizes({5000, 6000});
    connect(this, &SectionPage::currentItemChanged, this, &AgreementsPage::updateTexts);
    retranslateSection();
    reload();
}

QString AgreementsPage::entityCode() const
{
    return QStringLiteral("agreement");
}

QString AgreementsPage::title() const
{
    return tr("Agreements");
}

QString AgreementsPage::partiesText(const Agreement &agreement) const
{
    auto name = [this](const QString &uuid) {
        if (uuid.isEmpty())
            return tr("Our organisation");
        const QString found = m_partyNames.value(uuid);
        return found.isEmpty() ? tr("Unknown party") : found;
    };
    return tr("%1 → %2").arg(name(agreement.controllerUuid), name(agreement.processorUuid));
}

ListRow AgreementsPage::row(const Agreement &agreement) const
{
    const QLocale locale;
    const QDate today = context()->today();
    const bool terminated = agreement.status == QLatin1String("terminated");
    ListRow row;
    row.uuid = agreement.uuid;
    row.name = agreement.title;
    row.status = agreement.status;
    row.cells.append({agreement.title, agreement.title.toLower(), {}});
    row.cells.append({partiesText(agreement), {}, {}});
    row.cells.append(
        {agreement.kind == QLatin1String("sub_processing") ? tr("Sub-processing") : tr("Processing"), {}, {}});
    row.cells.append({Domain::Codes::label(Domain::Codes::Kind::AgreementStatus, agreement.status), {}, {}});

    ListCell expiry;
    expiry.sortKey = agreement.expiresOn;
    if (agreement.expiresOn.isValid()) {
        const QString date = locale.toString(agreement.expiresOn, QLocale::ShortFormat);
        if (agreement.expiresOn < today) {
            expiry.urgency = terminated ? DueDate::Urgency::NotSet : DueDate::Urgency::Overdue;
            expiry.text = tr("%1 — expired").arg(date);
        } else if (agreement.expiresOn <= today.addDays(expiryWarningDays) && !terminated) {
            expiry.urgency = DueDate::Urgency::ThisWeek;
            expiry.text = tr("%1 — expires within 30 days").arg(date);
        } else {
            expiry.text = date;
        }
    }
    ListCell review;
    review.sortKey = agreement.reviewOn;
    if (agreement.reviewOn.isValid()) {
        const QString date = locale.toString(agreement.reviewOn, QLocale::ShortFormat);
        if (agreement.reviewOn < today && !terminated) {
            review.urgency = DueDate::Urgency::Overdue;
            review.text = tr("%1 — review overdue").arg(date);
        } else {
            review.text = date;
        }
    }
    row.due = expiry.urgency != DueDate::Urgency::NotSet || review.urgency != DueDate::Urgency::NotSet;
    row.cells.append(expiry);
    row.cells.append(review);
    return row;
}

void AgreementsPage::updateTexts()
{
    // The button terminates an active agreement (history matters) and deletes a draft or terminated one.
    const ListRow *current = model() ? model()->row(m_editor->currentUuid()) : nullptr;
    const bool active = current && current->status == QLatin1String("active");
    setTexts(tr("No agreements yet. Add the agreement with your hosting provider, or the one your customers sign "
                "with you as their processor: choose “New agreement”."),
             tr("&New agreement"), active ? tr("&Terminate…") : tr("&Delete…"));
}

Status AgreementsPage::terminateAgreement(const QString &uuid)
{
    Agreement agreement;
    Status status = context()->agreements().load(uuid, &agreement);
    if (!status)
        return status;
    agreement.status = QStringLiteral("terminated");
    Domain::Findings findings;
    status = context()->agreements().save(&agreement, &findings);
    if (status && m_editor->currentUuid() == uuid)
        m_editor->load(uuid);
    return status;
}

Status AgreementsPage::deleteAgreement(const QString &uuid)
{
    const Status status = context()->agreements().remove(uuid);
    if (status && m_editor->currentUuid() == uuid)
        m_editor->load(QString());
    return status;
}

void AgreementsPage::retireItem(const QString &uuid)
{
    // The editor shows the selected agreement: settle its unsaved edits first.
    if (m_editor->currentUuid() == uuid && !confirmLeave())
        return;
    Agreement agreement;
    Status status = context()->agreements().load(uuid, &agreement);
    if (status) {
        if (agreement.status == QLatin1String("active")) {
            if (!confirmAction(this, tr("Terminate agreement"),
                               tr("Mark “%1” as terminated? It stays in the register with its documents and history, "
                                  "hidden unless you show terminated agreements. Record afterwards whether the data "
                                  "was deleted or returned, and the proof (Art. 28(3)(g)).")
                                   .arg(agreement.title),
                               tr("Terminate")))
                return;
            status = terminateAgreement(uuid);
        } else {
            if (!confirmAction(this, tr("Delete agreement"),
                               tr("Delete “%1” and the documents kept with it from the register? This cannot be "
                                  "undone; the history keeps a record that it existed.")
                                   .arg(agreement.title),
                               tr("Delete"), true))
                return;
            status = deleteAgreement(uuid);
        }
    }
    if (!status)
        QMessageBox::warning(this, tr("Agreements"), status.message());
}

void AgreementsPage::retranslateSection()
{
    updateTexts();
}

} // namespace Custodian::Ui
