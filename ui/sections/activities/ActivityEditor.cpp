#include "sections/activities/ActivityEditor.h"

#include "framework/RecordDetails.h"
#include "framework/RegisterContext.h"
#include "register/Services.h"
#include "sections/activities/ActivityVersionsPanel.h"
#include "widgets/CodeChecklist.h"
#include "widgets/DataCategoryTable.h"
#include "widgets/JointControllerTable.h"
#include "widgets/LinkChecklist.h"
#include "widgets/RecipientTable.h"
#include "widgets/RegisterChoices.h"
#include "widgets/TextListEdit.h"
#include "widgets/TransferTable.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableWidget>

namespace Custodian::Ui {

using Domain::Codes;
using Domain::Findings;
using Domain::ProcessingActivity;

ActivityEditor::ActivityEditor(RegisterContext *context, QWidget *parent) : ActivityEditorBase(context, parent)
{
    buildPurposePage();
    buildDataPage();
    buildRecipientsPage();
    buildSecurityPage();
    buildSystemsPage();
    buildDpiaPage();
    buildStatementPage();
    buildOwnerPage();
    buildVersionsPage();

    // Names auditors' findings may use for fields without a widget of their own.
    const QList<QPair<const char *, const char *>> aliases = {
        {"purposes", "purpose"},
        {"lawfulBasis", "lawfulBases"},
        {"lia", "liaReference"},
        {"art9", "dataCategories"},
        {"art9Exception", "dataCategories"},
        {"specialCategories", "dataCategories"},
        {"jointController", "jointControllers"},
        {"art26", "jointControllers"},
        {"criminal", "criminalDataGround"},
        {"bsnNumber", "bsnGround"},
        {"subjects", "subjectCategories"},
        {"dataSubjects", "subjectCategories"},
        {"personalData", "dataCategories"},
        {"specialCategory", "dataCategories"},
        {"retention", "dataCategories"},
        {"retentionRule", "dataCategories"},
        {"retentionRuleUuid", "dataCategories"},
        {"recipient", "recipients"},
        {"automated", "automatedDecisions"},
        {"dpia", "dpiaRequired"},
        {"art22", "art22Exception"},
        {"priorConsultation", "priorConsultationOn"},
        {"approved", "approvedBy"},
    };
    for (const auto &[alias, field] : aliases)
        fields().addAlias(QString::fromLatin1(alias), QString::fromLatin1(field));

    // Every edit revalidates and recomputes "modified".
    const auto edited = [this] { onEdited(); };
    m_form.onChange(this, edited);
    for (CodeChecklist *list : {m_lawfulBasesList, m_dpiaCriteriaList, m_wp248List, m_audiencesList})
        connect(list, &CodeChecklist::checkedCodesChanged, this, edited);
    for (RowListEditor *table :
         std::initializer_list<RowListEditor *>{m_dataCategoriesTable, m_recipientsTable, m_jointTable})
        connect(table, &RowListEditor::changed, this, edited);
    connect(m_subjectCategoriesEdit, &TextListEdit::changed, this, edited);
    connect(m_bodiesList, &LinkChecklist::checkedUuidsChanged, this, edited);

    // "New …" asks in a small dialog, then creates and links in place; "Go to" opens the item.
    linkNew(m_dataCategoriesTable, &DataCategoryTable::newRequested, QT_TR_NOOP("New retention rule"),
            QT_TR_NOOP("&Name of the rule:"), [this](const QString &name) { return addNewRetentionRule(name); });
    linkNew(m_recipientsTable, &RecipientTable::newRequested, QT_TR_NOOP("New party"),
            QT_TR_NOOP("&Name of the party:"), [this](const QString &name) { return addNewParty(name, false); });
    linkNew(m_jointTable, &JointControllerTable::newRequested, QT_TR_NOOP("New joint controller"),
            QT_TR_NOOP("&Name of the party:"), [this](const QString &name) { return addNewJointController(name); });
    linkNew(m_transfersTable, &TransferTable::newRequested, QT_TR_NOOP("New party"), QT_TR_NOOP("&Name of the party:"),
            [this](const QString &name) { return addNewParty(name, true); });
    linkGoTo(m_dataCategoriesTable, "retention_rule");
    linkGoTo(m_recipientsTable, "party");
    linkGoTo(m_jointTable, "party");

    retranslateUi();
}

void ActivityEditor::buildPurposePage()
{
    QFormLayout *form = pages()->addPage(QStringLiteral("purposePage"));
    m_captions.add(form);
    m_form.add(form, "name", FieldOptions().withMnemonic());
    m_form.add(form, "purpose", FieldOptions().withMnemonic().withLines(4));
    m_form.add(form, "description");
    m_lawfulBasesList = new CodeChecklist(Codes::Kind::LawfulBasis, form->parentWidget());
    m_lawfulBasesList->setObjectName(QStringLiteral("lawfulBasesList"));
    fields().add(form, QStringLiteral("lawfulBases"), m_lawfulBasesList);
    m_form.add(form, "basisScope", FieldOptions().withLines(2));
    m_form.add(form, "legalProvision");
    m_form.add(form, "legitimateInterest", FieldOptions().withLines(2));
    m_form.add(form, "liaReference");
    m_form.add(form, "consentRecord");
    m_form.add(form, "consentWithdrawal");

    m_captions.add(form);
    m_form.add(form, "criminalData",
               FieldOptions().withCheckText(QT_TRANSLATE_NOOP(
                   "Custodian::Ui::FormBinder", "This activity processes criminal-offence data (Art. 10)")));
    m_form.add(form, "criminalDataGround");
    m_form.add(form, "bsn",
               FieldOptions().withCheckText(
                   QT_TRANSLATE_NOOP("Custodian::Ui::FormBinder", "This activity processes the BSN (UAVG art. 46)")));
    m_form.add(form, "bsnGround");
}

void ActivityEditor::buildDataPage()
{
    QFormLayout *form = pages()->addPage(QStringLiteral("dataPage"));
    QWidget *page = form->parentWidget();
    m_captions.add(form);
    m_subjectCategoriesEdit = new TextListEdit(page);
    m_subjectCategoriesEdit->setObjectName(QStringLiteral("subjectCategoriesEdit"));
    addSpanning(form, QStringLiteral("subjectCategories"), m_subjectCategoriesEdit, m_subjectCategoriesEdit->list());
    m_form.add(form, "children",
               FieldOptions().withCheckText(
                   QT_TRANSLATE_NOOP("Custodian::Ui::FormBinder", "Includes data of children (Art. 8)")));

    m_captions.add(form);
    m_dataCategoriesTable = new DataCategoryTable(page);
    m_dataCategoriesTable->setObjectName(QStringLiteral("dataCategoriesTable"));
    addSpanning(form, QStringLiteral("dataCategories"), m_dataCategoriesTable, m_dataCategoriesTable->table());
}

void ActivityEditor::buildRecipientsPage()
{
    QFormLayout *form = pages()->addPage(QStringLiteral("recipientsPage"));
    m_captions.add(form);
    m_recipientsTable = new RecipientTable(form->parentWidget());
    m_recipientsTable->setObjectName(QStringLiteral("recipientsTable"));
    addSpanning(form, QStringLiteral("recipients"), m_recipientsTable, m_recipientsTable->table());
    m_form.add(form, "noRecipients",
               FieldOptions().withCheckText(QT_TRANSLATE_NOOP("Custodian::Ui::FormBinder", "Disclosed to no one")));
    m_captions.add(form);
    m_jointTable = new JointControllerTable(form->parentWidget());
    m_jointTable->setObjectName(QStringLiteral("jointControllersTable"));
    addSpanning(form, QStringLiteral("jointControllers"), m_jointTable, m_jointTable->table());
    m_captions.add(form);
    addTransfersTable(form);
}

void ActivityEditor::buildSecurityPage()
{
    QFormLayout *form = pages()->addPage(QStringLiteral("securityPage"));
    m_captions.add(form);
    addMeasuresList(form, 14);
}

void ActivityEditor::buildSystemsPage()
{
    QFormLayout *form = pages()->addPage(QStringLiteral("systemsPage"));
    m_captions.add(form);
    QHash<QString, FieldOptions> options;
    options.insert(QStringLiteral("sourcePublic"),
                   FieldOptions().withCheckText(
                       QT_TRANSLATE_NOOP("Custodian::Ui::FormBinder", "Partly from public sources (Art. 14(2)(f))")));
    options.insert(QStringLiteral("confidentiality"),
                   FieldOptions().withNoneText(QT_TRANSLATE_NOOP("Custodian::Ui::FormBinder", "Not recorded")));
    options.insert(QStringLiteral("logRetentionUnit"),
                   FieldOptions().withNoneText(QT_TRANSLATE_NOOP("Custodian::Ui::FormBinder", "Not recorded")));
    m_form.addGroup(form, "systems", options);
}

void ActivityEditor::buildDpiaPage()
{
    QFormLayout *form = pages()->addPage(QStringLiteral("dpiaPage"));
    m_captions.add(form);
    m_form.add(form, "automatedDecisions",
               FieldOptions().withCheckText(QT_TRANSLATE_NOOP(
                   "Custodian::Ui::FormBinder", "Decisions based solely on automated processing (Art. 22)")));
    m_form.add(form, "profiling",
               FieldOptions().withCheckText(QT_TRANSLATE_NOOP("Custodian::Ui::FormBinder", "Profiling (Art. 4(4))")));
    m_form.add(form, "automatedLogic");
    m_form.add(form, "automatedConsequences");
    m_form.add(form, "art22Exception",
               FieldOptions().withNoneText(QT_TRANSLATE_NOOP("Custodian::Ui::FormBinder", "Not recorded")));
    m_form.add(form, "art22LawReference");
    m_form.add(form, "art22Safeguards");

    // The screening: the AP list, the nine WP248 criteria, Art. 35(3); the outcome and who decided.
    m_captions.add(form);
    m_form.add(form, "dpiaRequired");
    m_dpiaCriteriaList = new CodeChecklist(Codes::Kind::DpiaCriterion, form->parentWidget());
    m_dpiaCriteriaList->setObjectName(QStringLiteral("dpiaCriteriaList"));
    fields().add(form, QStringLiteral("dpiaCriteria"), m_dpiaCriteriaList);
    m_wp248List = new CodeChecklist(Codes::Kind::Wp248Criterion, form->parentWidget());
    m_wp248List->setObjectName(QStringLiteral("wp248CriteriaList"));
    fields().add(form, QStringLiteral("wp248Criteria"), m_wp248List);
    m_form.add(form, "publicMonitoring",
               FieldOptions().withCheckText(QT_TRANSLATE_NOOP(
                   "Custodian::Ui::FormBinder", "Systematic monitoring of a public area (Art. 35(3)(c))")));
    m_form.add(form, "dpiaReasoning", FieldOptions().withLines(4));
    m_form.add(form, "dpiaScreenedBy");
    m_form.add(form, "dpiaScreenedOn");

    // The DPIA itself, its outcome, the prior consultation of Art. 36 and the review of Art. 35(11).
    m_captions.add(form);
    m_form.add(form, "dpiaStatus");
    m_form.add(form, "dpiaReference");
    m_form.add(form, "dpiaCompletedOn");
    m_form.add(form, "dpiaResidualRisk",
               FieldOptions().withNoneText(QT_TRANSLATE_NOOP("Custodian::Ui::FormBinder", "Not recorded")));
    m_form.add(form, "priorConsultationOn");
    m_form.add(form, "priorConsultationReference");
    m_form.add(form, "priorConsultationOutcome");
    m_form.add(form, "dpiaReviewOn");
}

void ActivityEditor::buildStatementPage()
{
    // What the privacy statement tells the people concerned (Arts. 13, 14 and 21(4)).
    QFormLayout *form = pages()->addPage(QStringLiteral("statementPage"));
    m_captions.add(form);
    m_form.add(form, "publish",
               FieldOptions().withCheckText(
                   QT_TRANSLATE_NOOP("Custodian::Ui::FormBinder", "Describe this activity in the privacy statement")));
    m_audiencesList = new CodeChecklist(Codes::Kind::Audience, form->parentWidget());
    m_audiencesList->setObjectName(QStringLiteral("audiencesList"));
    fields().add(form, QStringLiteral("audiences"), m_audiencesList);
    m_form.add(form, "publicPurpose", FieldOptions().withLines(3));
    m_form.add(form, "provisionRequirement",
               FieldOptions().withNoneText(QT_TRANSLATE_NOOP("Custodian::Ui::FormBinder", "Not recorded")));
    m_form.add(form, "provisionConsequence", FieldOptions().withLines(2));
    m_form.add(form, "directMarketing",
               FieldOptions().withCheckText(
                   QT_TRANSLATE_NOOP("Custodian::Ui::FormBinder", "The activity serves direct marketing")));
}

void ActivityEditor::buildOwnerPage()
{
    QFormLayout *form = pages()->addPage(QStringLiteral("ownerPage"));
    m_captions.add(form);
    addOwnerFields(form);
    m_form.add(form, "approvedBy");
    m_form.add(form, "approvedOn");
    m_form.add(form, "category");
    m_form.add(form, "basedOn");
    m_form.add(form, "dpoNotes", FieldOptions().withLines(3));
    // A public body: the administrative bodies that are the controller (Art. 30(1)(a)).
    m_captions.add(form);
    m_bodiesList = new LinkChecklist(form->parentWidget());
    m_bodiesList->setObjectName(QStringLiteral("controllerBodiesList"));
    // A few bodies at most: six lines, not the height of a long list.
    m_bodiesList->listWidget()->setMaximumHeight(m_bodiesList->fontMetrics().lineSpacing() * 6 +
                                                 2 * m_bodiesList->listWidget()->frameWidth() + 4);
    addSpanning(form, QStringLiteral("controllerBodyUuids"), m_bodiesList, m_bodiesList->listWidget());
    linkGoTo(m_bodiesList, "party");
    m_captions.add(form);
    addAgreementsList(form);

    addExtraFields(form);
    m_captions.add(form);
    addRecordDetails(form);
}

void ActivityEditor::buildVersionsPage()
{
    // The established versions, which log lines point to, and what changed since (Logboek
    // Dataverwerkingen; DECISIONS.md).
    QFormLayout *form = pages()->addPage(QStringLiteral("versionsPage"));
    m_versionsPanel = new ActivityVersionsPanel(context(), form->parentWidget());
    m_versionsPanel->setObjectName(QStringLiteral("activityVersionsPanel"));
    // A finding that the activity differs from its latest version stands under the list.
    addSpanning(form, QStringLiteral("versions"), m_versionsPanel, m_versionsPanel->table());
    connect(m_versionsPanel, &ActivityVersionsPanel::established, this, [this] { updateState(); });
}

Register::EntityService<ProcessingActivity> &ActivityEditor::service() const
{
    return context()->activities();
}

void ActivityEditor::fillExtra(const ProcessingActivity &activity)
{
    ActivityEditorBase::fillExtra(activity);
    m_lawfulBasesList->setCheckedCodes(activity.lawfulBases);
    m_subjectCategoriesEdit->setTexts(activity.subjectCategories);
    m_dataCategoriesTable->setDataCategories(activity.dataCategories);
    m_recipientsTable->setRecipients(activity.recipients);
    m_jointTable->setJointControllers(activity.jointControllers);
    m_dpiaCriteriaList->setCheckedCodes(activity.dpiaCriteria);
    m_wp248List->setCheckedCodes(activity.wp248Criteria);
    m_audiencesList->setCheckedCodes(activity.audiences);
    m_bodiesList->setCheckedUuids(activity.controllerBodyUuids);
    m_versionsPanel->setStored(activity);
}

void ActivityEditor::afterSave()
{
    m_versionsPanel->setStored(storedItem());
}

void ActivityEditor::readExtra(ProcessingActivity &activity) const
{
    ActivityEditorBase::readExtra(activity);
    activity.lawfulBases = m_lawfulBasesList->checkedCodes();
    activity.subjectCategories = m_subjectCategoriesEdit->texts();
    activity.dataCategories = m_dataCategoriesTable->dataCategories();
    activity.recipients = m_recipientsTable->recipients();
    activity.jointControllers = m_jointTable->jointControllers();
    activity.dpiaCriteria = m_dpiaCriteriaList->checkedCodes();
    activity.wp248Criteria = m_wp248List->checkedCodes();
    activity.audiences = m_audiencesList->checkedCodes();
    activity.controllerBodyUuids = m_bodiesList->checkedUuids();
}

Findings ActivityEditor::liveFindings()
{
    // The check runs on the activity as the form shows it, against the rest of the register.
    return Register::CompletenessCheck::forActivity(currentItem(), context()->snapshot(), context()->today());
}

QString ActivityEditor::headingText() const
{
    return nameOr(tr("New processing activity"), tr("Processing activity without a name"));
}

QString ActivityEditor::stateText() const
{
    // The number people cite, and how the stored activity stands to its latest established version.
    return m_versionsPanel->summary();
}

void ActivityEditor::refreshChoices()
{
    const Choices parties = RegisterChoices::parties(context());
    m_recipientsTable->setLinkChoices(parties);
    m_jointTable->setLinkChoices(RegisterChoices::parties(context(), QStringLiteral("joint_controller")));
    // The bodies of this organisation, and any other party the activity already names.
    // While an activity loads, the list still holds the previous one's ticks.
    QStringList named = storedItem().controllerBodyUuids;
    if (isShowingItem() && !isLoading())
        named += m_bodiesList->checkedUuids();
    m_bodiesList->setChoices(RegisterChoices::bodies(context(), false, named));
    refreshLinkChoices(parties);
    QList<Domain::RetentionRule> rules;
    context()->reportIfFailed(context()->retentionRules().list(&rules));
    m_dataCategoriesTable->setRetentionRules(rules);
    QList<Domain::LegalHold> holds;
    context()->reportIfFailed(context()->legalHolds().list(&holds));
    m_dataCategoriesTable->setActiveHolds(Domain::LegalHold::activeByRule(holds, context()->today()));
    // Another item changed (a retention rule's period, a party's name): the activity may now differ
    // from its latest version.
    m_versionsPanel->setStored(storedItem());
}

void ActivityEditor::updateDependentFields()
{
    const ProcessingActivity activity = currentItem();
    m_versionsPanel->setCurrent(activity, isFormModified());
    // Fields that only matter with another answer stay usable while they hold text.
    const bool basisF = activity.lawfulBases.contains(QStringLiteral("f"));
    m_form.widget("liaReference")->setEnabled(basisF || !activity.liaReference.isEmpty());
    fields().setHint(QStringLiteral("liaReference"),
                     basisF ? tr("Legitimate interests (f) need a balancing test: note where it is kept.")
                            : tr("Only with legitimate interests (f)."));
    m_form.widget("legitimateInterest")->setEnabled(basisF || !activity.legitimateInterest.isEmpty());
    const bool basisCE =
        activity.lawfulBases.contains(QStringLiteral("c")) || activity.lawfulBases.contains(QStringLiteral("e"));
    m_form.widget("legalProvision")->setEnabled(basisCE || !activity.legalProvision.isEmpty());
    const bool basisA = activity.lawfulBases.contains(QStringLiteral("a"));
    m_form.widget("consentRecord")->setEnabled(basisA || !activity.consentRecord.isEmpty());
    m_form.widget("consentWithdrawal")->setEnabled(basisA || !activity.consentWithdrawal.isEmpty());
    m_form.widget("basisScope")->setEnabled(activity.lawfulBases.size() > 1 || !activity.basisScope.isEmpty());
    m_form.widget("criminalDataGround")->setEnabled(activity.criminalData || !activity.criminalDataGround.isEmpty());
    m_form.widget("bsnGround")->setEnabled(activity.bsn || !activity.bsnGround.isEmpty());
    m_form.widget("automatedLogic")
        ->setEnabled(activity.automatedDecisions || activity.profiling || !activity.automatedLogic.isEmpty());
    m_form.widget("automatedConsequences")
        ->setEnabled(activity.automatedDecisions || activity.profiling || !activity.automatedConsequences.isEmpty());
    m_form.widget("art22Exception")->setEnabled(activity.automatedDecisions || !activity.art22Exception.isEmpty());
    m_form.widget("art22LawReference")
        ->setEnabled(activity.art22Exception == QLatin1String("law") || !activity.art22LawReference.isEmpty());
    m_form.widget("art22Safeguards")->setEnabled(activity.automatedDecisions || !activity.art22Safeguards.isEmpty());
    m_recipientsTable->setEnabled(!activity.noRecipients || !activity.recipients.isEmpty());
    m_audiencesList->setEnabled(activity.publish || !activity.audiences.isEmpty());
    m_form.widget("publicPurpose")->setEnabled(activity.publish || !activity.publicPurpose.isEmpty());
    const bool consult = activity.dpiaResidualRisk == QLatin1String("high");
    for (const char *key : {"priorConsultationOn", "priorConsultationReference", "priorConsultationOutcome"})
        m_form.widget(key)->setEnabled(consult || !activity.priorConsultationOn.isNull() ||
                                       !activity.priorConsultationReference.isEmpty() ||
                                       !activity.priorConsultationOutcome.isEmpty());
}

Status ActivityEditor::addNewRetentionRule(const QString &name)
{
    QString uuid;
    const Status status = RegisterChoices::createRetentionRule(context(), name, &uuid);
    if (!status)
        return status;
    QList<Domain::RetentionRule> rules;
    context()->reportIfFailed(context()->retentionRules().list(&rules));
    m_dataCategoriesTable->setRetentionRules(rules);
    m_dataCategoriesTable->setCurrentLink(uuid);
    return status;
}

Status ActivityEditor::addNewJointController(const QString &name)
{
    QString uuid;
    const Status status = RegisterChoices::createParty(context(), name, QStringLiteral("joint_controller"), &uuid);
    if (!status)
        return status;
    refreshChoices();
    m_jointTable->setCurrentLink(uuid);
    return status;
}

Status ActivityEditor::addNewParty(const QString &name, bool forTransfer)
{
    // A party named in the recipients or the transfers table is a recipient; both tables offer it.
    QString uuid;
    const Status status = RegisterChoices::createParty(context(), name, QStringLiteral("recipient"), &uuid);
    if (!status)
        return status;
    const Choices parties = RegisterChoices::parties(context());
    m_recipientsTable->setLinkChoices(parties);
    m_transfersTable->setLinkChoices(parties);
    if (forTransfer)
        m_transfersTable->setCurrentLink(uuid);
    else
        m_recipientsTable->setCurrentLink(uuid);
    return status;
}

void ActivityEditor::retranslateUi()
{
    setPlaceholderText(tr("Choose a processing activity in the list, or create a new one."));
    const QList<QPair<QString, QString>> captions = {
        {tr("Purpose and lawful basis — Art. 30(1)(b), Art. 6"), QString()},
        {tr("Criminal data and BSN — Art. 10, UAVG art. 46"),
         tr("Special categories of personal data, with the exception of Art. 9(2) for each, are on the Data and "
            "retention page.")},
        {tr("Data subjects — Art. 30(1)(c)"), tr("The groups of people whose data this activity processes.")},
        {tr("Personal data and retention — Art. 30(1)(c), (f)"), QString()},
        {tr("Recipients — Art. 30(1)(d)"), QString()},
        {tr("Joint controllers — Art. 26, Art. 30(1)(a)"),
         tr("Other controllers that determine the purposes and means of this processing together with you.")},
        {tr("Transfers to third countries — Art. 30(1)(e)"), QString()},
        {tr("Technical and organisational measures — Art. 30(1)(g), Art. 32"),
         tr("A general description of the security measures (Art. 32(1)) that protect this processing. Measures are "
            "described once and linked here.")},
        {tr("Systems and storage"), QString()},
        {tr("Automated decisions and profiling — Art. 22"), QString()},
        {tr("DPIA screening — Art. 35(1), (3) and (4)"),
         tr("Any item on the AP's list, or a case of Art. 35(3), requires a DPIA; two or more WP248 criteria usually "
            "do.")},
        {tr("DPIA outcome and prior consultation — Art. 35(7), (11), Art. 36"), QString()},
        {tr("Privacy statement — Arts. 13, 14, 21"),
         tr("What the statement tells the people concerned about this activity; the rest it takes from the record.")},
        {tr("Owner and review"), QString()},
        {tr("Controller in a public body — Art. 30(1)(a)"),
         tr("Each administrative body of a public body (the college, the council, the mayor) is the controller of "
            "its own processing. Mark the bodies on the Parties page.")},
        {tr("Processor agreements — Art. 28"), QString()},
        {tr("Record"), QString()},
    };
    m_captions.setTexts(captions);
    // Short page names so all eight fit; the full heading with its article is the tooltip.
    const QList<QPair<QString, QString>> pageTexts = {
        {tr("Purpose"), tr("Purpose and lawful basis — Art. 30(1)(b), Art. 6, Art. 9, Art. 10")},
        {tr("Data and retention"), tr("Data subjects, personal data and their retention — Art. 30(1)(c), (f)")},
        {tr("Recipients"), tr("Recipients, joint controllers and transfers — Art. 30(1)(a), (d), (e), Art. 26")},
        {tr("Security"), tr("Technical and organisational measures — Art. 30(1)(g), Art. 32")},
        {tr("Systems"), tr("Systems, source of the data and storage location")},
        {tr("DPIA"), tr("DPIA and automated decisions — Art. 35, Art. 22")},
        {tr("Statement"), tr("What the privacy statement says of this activity — Arts. 13, 14, 21")},
        {tr("Owner"), tr("Owner, status, review dates, the controlling body and processor agreements")},
        {tr("Activity versions"), tr("Established activity versions, their URIs for logging, and what changed since")},
    };
    for (int i = 0; i < pageTexts.size(); ++i)
        pages()->setTitle(i, pageTexts.at(i).first, pageTexts.at(i).second);

    m_form.retranslate();
    fields().setLabel(QStringLiteral("lawfulBases"), tr("&Lawful basis:"));
    fields().setLabel(QStringLiteral("dpiaCriteria"), tr("AP list:"));
    fields().setLabel(QStringLiteral("wp248Criteria"), tr("WP248 criteria:"));
    fields().setLabel(QStringLiteral("audiences"), tr("A&udiences:"));
    fields().setHint(QStringLiteral("audiences"),
                     tr("Whose privacy statement describes the activity: a statement covers one or more audiences."));
    fields().setHint(QStringLiteral("directMarketing"),
                     tr("People may always object to direct marketing; the statement tells them so (Art. 21(2)-(4))."));
    fields().setHint(QStringLiteral("provisionRequirement"),
                     tr("Art. 13(2)(e): whether people must provide the data, and what follows if they do not."));
    fields().setHint(QStringLiteral("art22Safeguards"),
                     tr("At least human intervention, expressing one's view and contesting the decision."));
    fields().setHint(QStringLiteral("dpiaResidualRisk"),
                     tr("A high residual risk requires consulting the supervisory authority first (Art. 36(1))."));
    m_record->retranslateUi();
    m_versionsPanel->retranslateUi();
    fields().setHint(QStringLiteral("confidentiality"),
                     tr("Whether the log lines of this activity are confidential, as the government's logging "
                        "standard records it per activity."));

    m_form.widget<QLineEdit>("name")->setPlaceholderText(tr("e.g. Payroll"));
    m_form.widget<QPlainTextEdit>("purpose")->setPlaceholderText(
        tr("One purpose, specific enough to check the data against"));
    fields().setHint(QStringLiteral("purpose"), tr("One purpose per activity, not a department's whole list (AP)."));
    fields().setHint(QStringLiteral("lawfulBases"), tr("Several bases are allowed; each must fit the purpose."));
    m_form.widget<QLineEdit>("liaReference")
        ->setPlaceholderText(tr("Where the legitimate-interest assessment is kept"));
    m_form.widget<QLineEdit>("legalProvision")->setPlaceholderText(tr("With (c) or (e), e.g. AWR art. 52"));
    m_form.widget<QPlainTextEdit>("legitimateInterest")
        ->setPlaceholderText(tr("With (f): the interest, as the privacy statement will name it"));
    m_form.widget<QPlainTextEdit>("basisScope")
        ->setPlaceholderText(tr("With several bases: which basis covers which data subjects or data"));
    m_form.widget<QLineEdit>("consentRecord")->setPlaceholderText(tr("With (a): where the consents are kept"));
    m_form.widget<QLineEdit>("consentWithdrawal")->setPlaceholderText(tr("With (a): how a person withdraws consent"));
    m_form.widget<QLineEdit>("criminalDataGround")
        ->setPlaceholderText(tr("e.g. UAVG art. 31 (public bodies), 32 (general) or 33 (own staff, screening)"));
    m_form.widget<QLineEdit>("bsnGround")->setPlaceholderText(tr("The law that prescribes using the BSN"));
    m_subjectCategoriesEdit->setPlaceholderText(tr("e.g. Employees, Customers, Website visitors"));
    m_subjectCategoriesEdit->setNames(m_form.label("subjectCategories"), tr("New category of data subjects"),
                                      tr("Add category of data subjects"), tr("Remove category of data subjects"));
    m_dataCategoriesTable->table()->setAccessibleName(m_form.label("dataCategories"));
    m_recipientsTable->table()->setAccessibleName(m_form.label("recipients"));
    m_jointTable->table()->setAccessibleName(m_form.label("jointControllers"));
    retranslateLinks();

    m_form.widget<QPlainTextEdit>("automatedLogic")
        ->setPlaceholderText(tr("Meaningful information about the logic involved"));
    m_form.widget<QPlainTextEdit>("automatedConsequences")
        ->setPlaceholderText(tr("What the decisions mean for the people concerned, e.g. a loan refused"));
    fields().setHint(QStringLiteral("dpiaRequired"),
                     tr("Required where high risk is likely: any item on the AP's list, a case of Art. 35(3), or "
                        "usually two or more WP248 criteria."));
    m_form.widget<QLineEdit>("dpiaReference")->setPlaceholderText(tr("Where the DPIA is kept"));
    m_form.widget<QPlainTextEdit>("publicPurpose")
        ->setPlaceholderText(tr("The purpose in plain words for the public; empty: the purpose as recorded"));
    m_form.widget<QPlainTextEdit>("provisionConsequence")
        ->setPlaceholderText(tr("e.g. Without an address we cannot deliver the order"));

    m_form.widget<QLineEdit>("ownerDepartment")->setPlaceholderText(tr("e.g. HR"));
    m_form.widget<QLineEdit>("category")->setPlaceholderText(tr("e.g. Civil affairs, Taxes, Personnel"));
    m_form.widget<QLineEdit>("basedOn")->setPlaceholderText(tr("Web address of the model processing it follows"));
    m_form.widget<QPlainTextEdit>("dpoNotes")
        ->setPlaceholderText(tr("The DPO's notes: never in the privacy statement, public exports or activity "
                                "versions"));
    m_bodiesList->setGoToText(tr("Go to party"));
    m_bodiesList->setNewText(QString());
    m_bodiesList->setListName(m_form.label("controllerBodyUuids"));
    m_bodiesList->setEmptyText(tr("No administrative bodies yet: mark them on the Parties page."));
}

} // namespace Custodian::Ui
