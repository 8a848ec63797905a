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
    // Art. 30(2)(a): every controller the processing is carried out for; one record serves them all.
    m_controllersList = new LinkChecklist(form->parentWidget());
    m_controllersList->setObjectName(QStringLiteral("controllersList"));
    const int line = m_controllersList->fontMetrics().height();
    m_controllersList->listWidget()->setMinimumHeight(line * 4);
    m_controllersList->listWidget()->setMaximumHeight(line * 8);
    fields().add(form, QStringLiteral("controllerUuids"), m_controllersList, m_controllersList->listWidget());
    m_form.add(form, "processingCategories", FieldOptions().withMnemonic().withLines(4));
    m_form.add(form, "description");
    m_form.add(form, "publicDescription", FieldOptions().withLines(3));
    // What a breach assessment for each controller needs (Art. 33(2)).
    m_captions.add(form);
    QHash<QString, FieldOptions> data;
    data.insert(QStringLiteral("specialCategories"),
                FieldOptions().withCheckText(
                    QT_TRANSLATE_NOOP("Custodian::Ui::FormBinder", "Includes special categories (Art. 9(1))")));
    data.insert(QStringLiteral("criminalData"),
                FieldOptions().withCheckText(
                    QT_TRANSLATE_NOOP("Custodian::Ui::FormBinder", "Includes criminal-offence data (Art. 10)")));
    data.insert(QStringLiteral("bsn"), FieldOptions().withCheckText(QT_TRANSLATE_NOOP(
                                           "Custodian::Ui::FormBinder", "Includes the BSN (UAVG art. 46)")));
    m_form.addGroup(form, "data", data);

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
    addExtraFields(form);
    m_captions.add(form);
    addRecordDetails(form);

    fields().addAlias(QStringLiteral("controller"), QStringLiteral("controllerUuids"));
    fields().addAlias(QStringLiteral("controllerUuid"), QStringLiteral("controllerUuids"));
    fields().addAlias(QStringLiteral("categories"), QStringLiteral("processingCategories"));
    m_form.onChange(this, [this] { onEdited(); });

    connect(m_controllersList, &LinkChecklist::checkedUuidsChanged, this, [this] { onEdited(); });
    linkNew(m_controllersList, &LinkChecklist::newRequested, QT_TR_NOOP("New controller"),
            QT_TR_NOOP("&Name of the controller:"), [this](const QString &name) { return addNewController(name); });
    linkNew(m_transfersTable, &TransferTable::newRequested, QT_TR_NOOP("New party"), QT_TR_NOOP("&Name of the party:"),
            [this](const QString &name) { return addNewTransferParty(name); });
    linkGoTo(m_controllersList, "party");

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

QString ProcessorActivityEditor::stateText() const
{
    return storedItem().number;
}

void ProcessorActivityEditor::fillExtra(const ProcessorActivity &activity)
{
    ActivityEditorBase::fillExtra(activity);
    m_controllersList->setCheckedUuids(activity.controllerUuids);
}

void ProcessorActivityEditor::readExtra(ProcessorActivity &activity) const
{
    ActivityEditorBase::readExtra(activity);
    activity.controllerUuids = m_controllersList->checkedUuids();
}

void ProcessorActivityEditor::refreshChoices()
{
    m_controllersList->setChoices(RegisterChoices::parties(context(), QStringLiteral("controller")));
    refreshLinkChoices(RegisterChoices::parties(context()));
}

Status ProcessorActivityEditor::addNewController(const QString &name)
{
    QString uuid;
    const Status status = RegisterChoices::createParty(context(), name, QStringLiteral("controller"), &uuid);
    if (!status)
        return status;
    refreshChoices();
    m_controllersList->setChecked(uuid, true);
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
        tr("Processing for controllers — Art. 30(2)(a), (b)"),
        tr("Data processed — for breaches and requests, Art. 33(2), Art. 28(3)(e)"),
        tr("Transfers to third countries — Art. 30(2)(c)"),
        tr("Technical and organisational measures — Art. 30(2)(d), Art. 32"),
        tr("Agreements and storage — Art. 28"),
        tr("Owner and review"),
        tr("Record"),
    };
    m_captions.setTexts(captions);
    const QList<QPair<QString, QString>> pageTexts = {
        {tr("Controllers"), tr("Controllers, categories of processing and the data processed — Art. 30(2)(a), (b)")},
        {tr("Transfers and security"), tr("Transfers and security measures — Art. 30(2)(c), (d)")},
        {tr("Owner"), tr("Agreements, storage, owner, status and review dates")},
    };
    for (int i = 0; i < pageTexts.size(); ++i)
        pages()->setTitle(i, pageTexts.at(i).first, pageTexts.at(i).second);

    m_form.retranslate();
    m_record->retranslateUi();
    m_form.widget<QLineEdit>("name")->setPlaceholderText(tr("e.g. Hosting of the application for a customer"));
    fields().setLabel(QStringLiteral("controllerUuids"), tr("Co&ntrollers:"));
    m_controllersList->setListName(tr("Controllers"));
    m_controllersList->setNewText(tr("New party…"));
    m_controllersList->setGoToText(tr("Go to party"));
    m_controllersList->setEmptyText(tr("No parties in the register yet: add the controller with “New party…”."));
    fields().setHint(QStringLiteral("controllerUuids"),
                     tr("Tick every organisation you process for in this way (Art. 30(2)(a)); parties with the "
                        "controller role come first."));
    m_form.widget<QPlainTextEdit>("subjectCategories")
        ->setPlaceholderText(tr("e.g. The customer's clients and employees"));
    m_form.widget<QPlainTextEdit>("dataCategories")->setPlaceholderText(tr("e.g. Names, contact details, case notes"));
    m_form.widget<QPlainTextEdit>("processingCategories")
        ->setPlaceholderText(tr("What you do with the controller's data: hosting, support, backups, …"));
    m_form.widget<QPlainTextEdit>("publicDescription")
        ->setPlaceholderText(tr("For the privacy statement: what you do for your customers, and that each customer "
                                "is the controller of its users' data"));
    retranslateLinks();
    m_form.widget<QLineEdit>("ownerDepartment")->setPlaceholderText(tr("e.g. Operations"));
}

} // namespace Custodian::Ui
