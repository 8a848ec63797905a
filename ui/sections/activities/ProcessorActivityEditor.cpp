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
    : ActivityEditorBase(context, parent)
{
    QFormLayout *form = pages()->addPage(QStringLiteral("processingPage"));
    m_captions.add(form);
    m_form.add(form, "name", FieldOptions().withMnemonic());
    m_controllerPicker = static_cast<EntityPicker *>(
        m_form.add(form, "controllerUuid", FieldOptions().withMnemonic().named(QStringLiteral("controllerPicker"))));
    m_form.add(form, "processingCategories", FieldOptions().withMnemonic().withLines(4));
    m_form.add(form, "description");

    form = pages()->addPage(QStringLiteral("transfersPage"));
    m_captions.add(form);
    addTransfersTable(form);
    m_captions.add(form);
    addMeasuresList(form, 10);

    form = pages()->addPage(QStringLiteral("ownerPage"));
    m_captions.add(form);
    addAgreementsList(form);
    m_form.addGroup(form, "storage");
    m_captions.add(form);
    addOwnerFields(form);
    m_captions.add(form);
    addRecordDetails(form);

    fields().addAlias(QStringLiteral("controller"), QStringLiteral("controllerUuid"));
    fields().addAlias(QStringLiteral("categories"), QStringLiteral("processingCategories"));
    m_form.onChange(this, [this] { onEdited(); });

    linkNew(m_controllerPicker, &EntityPicker::newRequested, QT_TR_NOOP("New controller"),
            QT_TR_NOOP("&Name of the controller:"), [this](const QString &name) { return addNewController(name); });
    linkNew(m_transfersTable, &TransferTable::newRequested, QT_TR_NOOP("New party"), QT_TR_NOOP("&Name of the party:"),
            [this](const QString &name) { return addNewTransferParty(name); });
    linkGoTo(m_controllerPicker, "party");

    retranslateUi();
}

Register::EntityService<ProcessorActivity> &ProcessorActivityEditor::service() const
{
    return context()->processorActivities();
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
    refreshLinkChoices(RegisterChoices::parties(context()));
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
    m_transfersTable->setCurrentLink(uuid);
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
    m_captions.setTexts(captions);
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
    retranslateLinks();
    m_form.widget<QLineEdit>("ownerDepartment")->setPlaceholderText(tr("e.g. Operations"));
}

} // namespace Custodian::Ui
