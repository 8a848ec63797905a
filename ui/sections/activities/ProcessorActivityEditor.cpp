#include "sections/activities/ProcessorActivityEditor.h"

#include "framework/RecordDetails.h"
#include "framework/RegisterContext.h"
#include "register/Services.h"
#include "widgets/EntityPicker.h"
#include "widgets/LinkChecklist.h"
#include "widgets/RegisterChoices.h"
#include "widgets/TransferTable.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTableWidget>

namespace Custodian::Ui {

using Domain::Findings;
using Domain::ProcessorActivity;

ProcessorActivityEditor::ProcessorActivityEditor(RegisterContext *context, QWidget *parent)
    : TypedEditor(context, parent)
{
    QFormLayout *form = pages()->addPage(QStringLiteral("processingPage"));
    m_captions.append(FormCaption(form));
    m_form.add(form, "name", FieldOptions().withMnemonic());
    m_controllerPicker = static_cast<EntityPicker *>(
        m_form.add(form, "controllerUuid", FieldOptions().withMnemonic().named(QStringLiteral("controllerPicker"))));
    m_form.add(form, "processingCategories", FieldOptions().withMnemonic().withLines(4));
    m_form.add(form, "description");

    form = pages()->addPage(QStringLiteral("transfersPage"));
    m_captions.append(FormCaption(form));
    m_transfersTable = new TransferTable(form->parentWidget());
    m_transfersTable->setObjectName(QStringLiteral("transfersTable"));
    addSpanning(form, QStringLiteral("transfers"), m_transfersTable, m_transfersTable->table());
    m_captions.append(FormCaption(form));
    m_measuresList = new LinkChecklist(form->parentWidget());
    m_measuresList->setObjectName(QStringLiteral("measuresList"));
    m_measuresList->listWidget()->setMinimumHeight(m_measuresList->fontMetrics().height() * 10);
    addSpanning(form, QStringLiteral("measureUuids"), m_measuresList, m_measuresList->listWidget());
    setMeasuresList(m_measuresList);

    form = pages()->addPage(QStringLiteral("ownerPage"));
    m_captions.append(FormCaption(form));
    m_agreementsList = new LinkChecklist(form->parentWidget());
    m_agreementsList->setObjectName(QStringLiteral("agreementsList"));
    addSpanning(form, QStringLiteral("agreementUuids"), m_agreementsList, m_agreementsList->listWidget());
    m_form.addGroup(form, "storage");
    m_captions.append(FormCaption(form));
    m_form.add(form, "ownerDepartment", FieldOptions().withMnemonic());
    m_form.add(form, "ownerPerson");
    m_form.add(form, "status", FieldOptions().named(QStringLiteral("activityStatusCombo")));
    m_form.add(form, "lastReviewed");
    m_form.add(form, "nextReview");
    m_captions.append(FormCaption(form));
    addRecordDetails(form);

    const QList<QPair<const char *, const char *>> aliases = {
        {"controller", "controllerUuid"}, {"categories", "processingCategories"}, {"transfer", "transfers"},
        {"measures", "measureUuids"},     {"security", "measureUuids"},           {"agreements", "agreementUuids"},
        {"agreement", "agreementUuids"},  {"owner", "ownerDepartment"},           {"review", "nextReview"},
    };
    for (const auto &[alias, field] : aliases)
        fields().addAlias(QString::fromLatin1(alias), QString::fromLatin1(field));

    const auto edited = [this] { onEdited(); };
    m_form.onChange(this, edited);
    for (LinkChecklist *list : {m_measuresList, m_agreementsList})
        connect(list, &LinkChecklist::checkedUuidsChanged, this, edited);
    connect(m_transfersTable, &TransferTable::changed, this, edited);

    linkNew(m_controllerPicker, &EntityPicker::newRequested, QT_TR_NOOP("New controller"),
            QT_TR_NOOP("&Name of the controller:"), [this](const QString &name) { return addNewController(name); });
    linkNew(m_transfersTable, &TransferTable::newPartyRequested, QT_TR_NOOP("New party"),
            QT_TR_NOOP("&Name of the party:"), [this](const QString &name) { return addNewTransferParty(name); });
    linkGoTo(m_controllerPicker, "party");
    linkGoTo(m_transfersTable, &TransferTable::goToPartyRequested, "party");
    linkGoTo(m_agreementsList, "agreement");

    retranslateUi();
}

Register::EntityService<ProcessorActivity> &ProcessorActivityEditor::service() const
{
    return context()->processorActivities();
}

void ProcessorActivityEditor::fillExtra(const ProcessorActivity &activity)
{
    m_transfersTable->setTransfers(activity.transfers);
    m_measuresList->setCheckedUuids(activity.measureUuids);
    m_agreementsList->setCheckedUuids(activity.agreementUuids);
}

void ProcessorActivityEditor::readExtra(ProcessorActivity &activity) const
{
    activity.transfers = m_transfersTable->transfers();
    activity.measureUuids = m_measuresList->checkedUuids();
    activity.agreementUuids = m_agreementsList->checkedUuids();
}

Findings ProcessorActivityEditor::liveFindings()
{
    return Register::CompletenessCheck::forProcessorActivity(currentItem(), context()->snapshot(), context()->today());
}

QString ProcessorActivityEditor::headingText() const
{
    return nameOr(tr("New processor activity"), tr("Processor activity without a name"));
}

void ProcessorActivityEditor::refreshChoices()
{
    m_controllerPicker->setChoices(RegisterChoices::parties(context(), QStringLiteral("controller")));
    m_transfersTable->setParties(RegisterChoices::parties(context()));
    m_measuresList->setChoices(RegisterChoices::measures(context()));
    m_agreementsList->setChoices(RegisterChoices::agreements(context()));
}

Status ProcessorActivityEditor::addNewController(const QString &name)
{
    QString uuid;
    const Status status = RegisterChoices::createParty(context(), name, QStringLiteral("controller"), &uuid);
    if (!status)
        return status;
    refreshChoices();
    m_controllerPicker->setCurrentUuid(uuid);
    return status;
}

Status ProcessorActivityEditor::addNewTransferParty(const QString &name)
{
    QString uuid;
    const Status status = RegisterChoices::createParty(context(), name, QStringLiteral("recipient"), &uuid);
    if (!status)
        return status;
    refreshChoices();
    m_transfersTable->setCurrentParty(uuid);
    return status;
}

void ProcessorActivityEditor::retranslateUi()
{
    setPlaceholderText(tr("Choose a processing in the list, or create a new one."));
    const QStringList captions = {
        tr("Processing for a controller — Art. 30(2)(a), (b)"),
        tr("Transfers to third countries — Art. 30(2)(c)"),
        tr("Technical and organisational measures — Art. 30(2)(d), Art. 32"),
        tr("Agreements and storage — Art. 28"),
        tr("Owner and review"),
        tr("Record"),
    };
    for (int i = 0; i < m_captions.size() && i < captions.size(); ++i)
        m_captions[i].setText(captions.at(i));
    const QList<QPair<QString, QString>> pageTexts = {
        {tr("Controller"), tr("Controller and categories of processing — Art. 30(2)(a), (b)")},
        {tr("Transfers and security"), tr("Transfers and security measures — Art. 30(2)(c), (d)")},
        {tr("Owner"), tr("Agreements, storage, owner, status and review dates")},
    };
    for (int i = 0; i < pageTexts.size(); ++i)
        pages()->setTitle(i, pageTexts.at(i).first, pageTexts.at(i).second);

    m_form.retranslate();
    m_record->retranslateUi();
    m_form.widget<QLineEdit>("name")->setPlaceholderText(tr("e.g. Hosting of the application for a customer"));
    m_controllerPicker->setNoneText(tr("Not chosen yet"));
    m_controllerPicker->setNewText(tr("New party…"));
    m_controllerPicker->setGoToText(tr("Go to"));
    fields().setHint(QStringLiteral("controllerUuid"),
                     tr("The organisation you process for (Art. 30(2)(a)); parties with the controller role come "
                        "first."));
    m_form.widget<QPlainTextEdit>("processingCategories")
        ->setPlaceholderText(tr("What you do with the controller's data: hosting, support, backups, …"));
    m_transfersTable->table()->setAccessibleName(m_form.label("transfers"));
    retranslateMeasuresList();
    m_agreementsList->setListName(tr("Processor agreements"));
    m_agreementsList->setGoToText(tr("Go to agreement"));
    m_agreementsList->setEmptyText(tr("No processor agreements in the register yet."));
    m_form.widget<QLineEdit>("ownerDepartment")->setPlaceholderText(tr("e.g. Operations"));
}

} // namespace Custodian::Ui
