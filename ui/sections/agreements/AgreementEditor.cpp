#include "sections/agreements/AgreementEditor.h"

#include "domain/Codes.h"
#include "framework/RecordDetails.h"
#include "framework/RegisterContext.h"
#include "register/Completeness.h"
#include "register/Services.h"
#include "sections/agreements/AttachmentPanel.h"
#include "sections/agreements/ClauseChecklist.h"
#include "sections/agreements/NoticeTable.h"
#include "widgets/EntityPicker.h"
#include "widgets/LinkChecklist.h"
#include "widgets/RegisterChoices.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSet>
#include <QSpinBox>
#include <QTableWidget>

namespace Custodian::Ui {

using Domain::Agreement;
using Domain::Codes;
using Domain::Finding;
using Domain::Findings;

namespace {

const QString subProcessing = QStringLiteral("sub_processing");
const QString clausePrefix = QStringLiteral("clauses.");

} // namespace

AgreementEditor::AgreementEditor(RegisterContext *context, QWidget *parent) : TypedEditor(context, parent)
{
    // The agreement, its parties and the chain of sub-processing.
    QFormLayout *form = pages()->addPage(QStringLiteral("agreementPage"));
    m_captions.add(form);
    m_form.add(form, "title", FieldOptions().withMnemonic());
    // Named apart from the "kind" of the annexes and reports on the Supplier page.
    m_form.add(form, "kind", FieldOptions().withMnemonic().named(QStringLiteral("agreementKindCombo")));
    m_form.add(form, "status", FieldOptions().named(QStringLiteral("agreementStatusCombo")));
    m_captions.add(form);
    m_controllerPicker = static_cast<EntityPicker *>(
        m_form.add(form, "controllerUuid", FieldOptions().withMnemonic().named(QStringLiteral("controllerPicker"))));
    m_processorPicker = static_cast<EntityPicker *>(
        m_form.add(form, "processorUuid", FieldOptions().withMnemonic().named(QStringLiteral("processorPicker"))));
    m_parentPicker = static_cast<EntityPicker *>(
        m_form.add(form, "parentUuid", FieldOptions().withMnemonic().named(QStringLiteral("parentPicker"))));
    for (EntityPicker *picker : {m_controllerPicker, m_processorPicker})
        picker->setGoToNone(true); // "Our organisation" opens the organisation page
    for (QLabel **label : {&m_chainLabel, &m_belowLabel}) {
        *label = new QLabel(form->parentWidget());
        (*label)->setWordWrap(true);
        (*label)->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(*label);
    }
    m_chainLabel->setObjectName(QStringLiteral("chainLabel"));
    // Under specific authorisation, the controller's prior written consent to this sub-processor (Art. 28(2)).
    m_form.add(form, "authorisedOn");
    m_form.add(form, "authorisationRef");
    m_belowLabel->setObjectName(QStringLiteral("belowLabel"));

    // What is processed (the first sentence of Art. 28(3)), and the dates.
    form = pages()->addPage(QStringLiteral("detailsPage"));
    m_captions.add(form);
    for (const char *key :
         {"subjectMatter", "duration", "naturePurpose", "dataTypes", "subjectCategories", "controllerRights"})
        m_form.add(form, key);
    m_captions.add(form);
    for (const char *key : {"signedOn", "effectiveOn", "expiresOn", "reviewOn"})
        m_form.add(form, key);

    // The obligations of Art. 28(3)(a)-(h), audits and the end of the contract.
    form = pages()->addPage(QStringLiteral("obligationsPage"));
    m_captions.add(form);
    m_clausesIntro = new QLabel(form->parentWidget());
    m_clausesIntro->setWordWrap(true);
    m_clauses = new ClauseChecklist(form->parentWidget());
    m_clauses->setObjectName(QStringLiteral("clauseChecklist"));
    form->addRow(m_clausesIntro);
    // The intro takes the checklist's messages and marks; the rows carry their own marks.
    addSpanning(form, QStringLiteral("clauses"), m_clauses, m_clausesIntro);
    // Art. 28(3)(f) with Art. 33(2): the term in which a processor reports a breach to the controller.
    static_cast<QSpinBox *>(m_form.add(form, "breachNoticeHours"))->setRange(0, 720);
    m_captions.add(form);
    m_form.add(form, "auditEvidence");
    m_form.add(form, "endOfContract",
               FieldOptions().withNoneText(QT_TRANSLATE_NOOP("Custodian::Ui::FormBinder", "Not yet")));
    m_form.add(form, "endOfContractLaw");
    m_form.add(form, "endOfContractProof");

    // Sub-processors: authorisation, objection window, change notices.
    form = pages()->addPage(QStringLiteral("subprocessorsPage"));
    m_captions.add(form);
    m_form.add(form, "subprocessorAuthorisation",
               FieldOptions()
                   .named(QStringLiteral("authorisationCombo"))
                   .withNoneText(QT_TRANSLATE_NOOP("Custodian::Ui::FormBinder", "Not settled")));
    auto *objection = static_cast<QSpinBox *>(
        m_form.add(form, "objectionWindowDays", FieldOptions().named(QStringLiteral("objectionWindowSpin"))));
    objection->setRange(0, 365);
    m_form.add(form, "windowCounting");
    m_form.add(form, "windowStart");
    m_captions.add(form);
    m_notices = new NoticeTable(form->parentWidget());
    addSpanning(form, QStringLiteral("notices"), m_notices, m_notices->table());

    // The supplier file beside the contract: the model it follows, where the data goes and how to leave,
    // annexes, the supplier's reports and certificates, and the yearly review (Art. 28(1)).
    form = pages()->addPage(QStringLiteral("supplierPage"));
    m_captions.add(form);
    m_form.add(form, "model",
               FieldOptions().withNoneText(QT_TRANSLATE_NOOP("Custodian::Ui::FormBinder", "Not recorded")));
    for (const char *key : {"modelVersion", "mainContractRef", "documentLocation"})
        m_form.add(form, key);
    m_annexes = addRowList(form, "annexes");
    m_captions.add(form);
    m_form.add(form, "cloudService", FieldOptions().withLabelBeside());
    for (const char *key : {"locations", "transferSafeguard"})
        m_form.add(form, key);
    m_form.add(form, "exitStrategy", FieldOptions().withLines(3));
    m_captions.add(form);
    m_assurances = addRowList(form, "assurances");
    m_captions.add(form);
    m_reviews = addRowList(form, "reviews");

    // Measures, the documents kept in the register, and the record.
    form = pages()->addPage(QStringLiteral("documentsPage"));
    m_captions.add(form);
    m_measuresList = new LinkChecklist(form->parentWidget());
    m_measuresList->setObjectName(QStringLiteral("measuresList"));
    addSpanning(form, QStringLiteral("measureUuids"), m_measuresList, m_measuresList->listWidget());
    setMeasuresList(m_measuresList);
    m_captions.add(form);
    m_attachments = new AttachmentPanel(context, form->parentWidget());
    addSpanning(form, QStringLiteral("attachments"), m_attachments, m_attachments->table());
    addExtraFields(form);
    m_captions.add(form);
    addRecordDetails(form);

    const QList<QPair<const char *, const char *>> aliases = {
        {"controller", "controllerUuid"}, {"processor", "processorUuid"},
        {"parent", "parentUuid"},         {"measures", "measureUuids"},
        {"documents", "attachments"},     {"authorisation", "subprocessorAuthorisation"},
    };
    for (const auto &[alias, field] : aliases)
        fields().addAlias(QString::fromLatin1(alias), QString::fromLatin1(field));

    const auto edited = [this] { onEdited(); };
    m_form.onChange(this, edited);
    connect(m_clauses, &ClauseChecklist::changed, this, edited);
    connect(m_notices, &NoticeTable::changed, this, edited);
    connect(m_measuresList, &LinkChecklist::checkedUuidsChanged, this, edited);
    connect(m_attachments, &AttachmentPanel::attachmentsChanged, this,
            [this](const QList<Domain::AttachmentInfo> &attachments) {
                // Saved at once, apart from the other edits: the stored item and the baseline follow.
                m_stored.attachments = attachments;
                m_baseline.attachments = attachments;
                updateState();
            });

    linkNew(m_controllerPicker, &EntityPicker::newRequested, QT_TR_NOOP("New party"),
            QT_TR_NOOP("&Name of the controller:"), [this](const QString &name) { return addNewParty(name, true); });
    linkNew(m_processorPicker, &EntityPicker::newRequested, QT_TR_NOOP("New party"),
            QT_TR_NOOP("&Name of the processor:"), [this](const QString &name) { return addNewParty(name, false); });
    for (EntityPicker *picker : {m_controllerPicker, m_processorPicker}) {
        connect(picker, &EntityPicker::goToRequested, this, [this](const QString &uuid) {
            if (uuid.isEmpty())
                this->context()->requestShow(QStringLiteral("organisation"), QString());
            else
                goTo(QStringLiteral("party"), uuid);
        });
    }
    linkGoTo(m_parentPicker, "agreement");

    retranslateUi();
}

Register::EntityService<Agreement> &AgreementEditor::service() const
{
    return context()->agreements();
}

void AgreementEditor::fillExtra(const Agreement &agreement)
{
    m_clauses->setClauses(Agreement::completeClauses(agreement.clauses));
    m_notices->setToday(context()->today());
    m_notices->setNotices(agreement.notices);
    m_measuresList->setCheckedUuids(agreement.measureUuids);
    m_attachments->setAgreement(agreement.uuid, agreement.title, agreement.attachments);
}

void AgreementEditor::readExtra(Agreement &agreement) const
{
    if (agreement.kind != subProcessing)
        agreement.parentUuid.clear();
    agreement.clauses = m_clauses->clauses();
    agreement.notices = m_notices->notices();
    // Linked measures keep their stored order; newly ticked ones follow in list order.
    const QStringList ticked = m_measuresList->checkedUuids();
    agreement.measureUuids.clear();
    for (const QString &uuid : std::as_const(m_stored.measureUuids)) {
        if (ticked.contains(uuid))
            agreement.measureUuids.append(uuid);
    }
    for (const QString &uuid : ticked) {
        if (!agreement.measureUuids.contains(uuid))
            agreement.measureUuids.append(uuid);
    }
}

void AgreementEditor::afterSave()
{
    // The register computed the objection deadlines of the notices.
    setLoading(true);
    m_notices->setNotices(m_stored.notices);
    setLoading(false);
    m_attachments->setAgreement(m_stored.uuid, m_stored.title, m_stored.attachments);
    m_baseline = currentItem();
    // A new agreement now has a place in the chain: what is below it can no longer be its parent.
    refreshChoices();
}

Findings AgreementEditor::liveFindings()
{
    return Register::CompletenessCheck::forAgreement(currentItem(), context()->snapshot(), context()->today());
}

Findings AgreementEditor::presentFindings(const Findings &all)
{
    // Each missing Art. 28(3) item is marked at its own row; the checklist's message names them all
    // in one line.
    Findings result;
    Findings clauseFindings;
    QStringList missing;
    for (const Finding &finding : all) {
        if (!finding.field.startsWith(clausePrefix)) {
            result.append(finding);
            continue;
        }
        clauseFindings.append(finding);
        const QString code = finding.field.mid(clausePrefix.size());
        missing.append(code.size() == 1 ? QStringLiteral("(%1)").arg(code)
                                        : tr("the notice of infringing instructions"));
    }
    m_clauses->setMarks(clauseFindings);
    if (!missing.isEmpty())
        result.prepend({QStringLiteral("clauses"), Finding::Severity::Error,
                        tr("%n item(s) of Art. 28(3) not shown as covered: %1. Tick each with the clause that covers "
                           "it, or amend the agreement.",
                           nullptr, int(missing.size()))
                            .arg(QLocale().createSeparatedList(missing))});
    return result;
}

QString AgreementEditor::headingText() const
{
    return nameOr(tr("New agreement"), tr("Agreement without a title"));
}

QString AgreementEditor::stateText() const
{
    if (m_stored.uuid.isEmpty())
        return QString();
    QStringList parts = {Codes::label(Codes::Kind::AgreementKind, m_stored.kind),
                         Codes::label(Codes::Kind::AgreementStatus, m_stored.status)};
    if (m_stored.expiresOn.isValid())
        parts.append((m_stored.isExpired(context()->today()) ? tr("expired on %1") : tr("expires on %1"))
                         .arg(QLocale().toString(m_stored.expiresOn, QLocale::ShortFormat)));
    return parts.join(QStringLiteral(" · "));
}

void AgreementEditor::updateDependentFields()
{
    const bool sub = m_form.widget<QComboBox>("kind")->currentData().toString() == subProcessing;
    m_parentPicker->setEnabled(sub);
    for (const char *key : {"authorisedOn", "authorisationRef"})
        m_form.widget(key)->setEnabled(sub);
    auto *law = m_form.widget<QLineEdit>("endOfContractLaw");
    law->setEnabled(m_form.widget<QComboBox>("endOfContract")->currentData().toString() ==
                        QLatin1String("retained_by_law") ||
                    !law->text().isEmpty());
    // Where we are the processor, the notices are ours to send (Art. 28(2)).
    m_notices->setSent(m_processorPicker->currentUuid().isEmpty());
    // The versions the Dutch models go by (docs/design/dutch-ecosystem.md part 6).
    const QString model = m_form.widget<QComboBox>("model")->currentData().toString();
    QString versions;
    if (model == QLatin1String("standard_vwo_municipalities"))
        versions = tr("e.g. 2.42");
    else if (model == QLatin1String("education_model_4"))
        versions = tr("e.g. 4.0");
    else if (model == QLatin1String("data_pro_code"))
        versions = tr("e.g. April 2019");
    else if (model.startsWith(QLatin1String("arvodi_2018")))
        versions = tr("e.g. 2018");
    else if (!model.isEmpty())
        versions = tr("The version or date of the model");
    m_form.widget<QLineEdit>("modelVersion")->setPlaceholderText(versions);
    updateChain();
}

void AgreementEditor::refreshChoices()
{
    m_allAgreements.clear();
    context()->reportIfFailed(context()->agreements().list(&m_allAgreements));
    m_controllerPicker->setChoices(RegisterChoices::parties(context(), QStringLiteral("controller")));
    m_processorPicker->setChoices(RegisterChoices::parties(context(), QStringLiteral("processor")));
    m_measuresList->setChoices(RegisterChoices::measures(context()));

    // Neither this agreement nor one below it can be its parent: that would make the chain a loop.
    // The chain below is found in the list just read (no second query).
    QStringList below;
    QSet<QString> excluded;
    if (!m_stored.uuid.isEmpty()) {
        excluded.insert(m_stored.uuid);
        for (bool grew = true; grew;) {
            grew = false;
            for (const Agreement &agreement : std::as_const(m_allAgreements)) {
                if (!excluded.contains(agreement.uuid) && excluded.contains(agreement.parentUuid)) {
                    excluded.insert(agreement.uuid);
                    below.append(agreement.title);
                    grew = true;
                }
            }
        }
    }
    Choices parents;
    for (const Choice &choice : RegisterChoices::agreements(m_allAgreements, context()->today())) {
        if (!excluded.contains(choice.uuid))
            parents.append(choice);
    }
    m_parentPicker->setChoices(parents);
    m_belowLabel->setText(tr("Below this agreement: %1").arg(QLocale().createSeparatedList(below)));
    m_belowLabel->setVisible(!below.isEmpty());
}

void AgreementEditor::updateChain()
{
    QHash<QString, const Agreement *> byUuid;
    for (const Agreement &agreement : std::as_const(m_allAgreements))
        byUuid.insert(agreement.uuid, &agreement);
    // Controller → processor → sub-processor …: the titles from the top of the chain down to this one.
    const QString title = displayName();
    QStringList titles = {title.isEmpty() ? tr("this agreement") : title};
    QString parent = m_parentPicker->isEnabled() ? m_parentPicker->currentUuid() : QString();
    QSet<QString> seen = {m_stored.uuid};
    while (!parent.isEmpty() && !seen.contains(parent) && byUuid.contains(parent)) {
        seen.insert(parent);
        const Agreement *above = byUuid.value(parent);
        titles.prepend(above->title);
        parent = above->parentUuid;
    }
    m_chainLabel->setText(tr("Chain: %1").arg(titles.join(tr(" → "))));
    m_chainLabel->setVisible(titles.size() > 1);
}

void AgreementEditor::focusField(const QString &field)
{
    EditorFrame::focusField(field);
    if (!isShowingItem() || (field != QLatin1String("clauses") && !field.startsWith(clausePrefix)))
        return;
    // A finding on the checklist goes to its own row; the checklist as a whole to the first gap.
    QCheckBox *check = field.startsWith(clausePrefix) ? m_clauses->check(field.mid(clausePrefix.size())) : nullptr;
    if (!check)
        check = m_clauses->firstUnticked();
    if (!check)
        return;
    for (QWidget *widget = check->parentWidget(); widget; widget = widget->parentWidget()) {
        if (auto *scroll = qobject_cast<QScrollArea *>(widget))
            scroll->ensureWidgetVisible(check);
    }
    check->setFocus(Qt::OtherFocusReason);
}

Status AgreementEditor::addNewParty(const QString &name, bool controllerSide)
{
    const bool sub = m_form.widget<QComboBox>("kind")->currentData().toString() == subProcessing;
    const QString role = controllerSide ? QStringLiteral("controller")
                                        : (sub ? QStringLiteral("sub_processor") : QStringLiteral("processor"));
    QString uuid;
    const Status status = RegisterChoices::createParty(context(), name, role, &uuid);
    if (!status)
        return status;
    refreshChoices();
    EntityPicker *picker = controllerSide ? m_controllerPicker : m_processorPicker;
    picker->setCurrentUuid(uuid);
    picker->comboBox()->setFocus(Qt::OtherFocusReason);
    return status;
}

void AgreementEditor::addNotice()
{
    m_notices->addNotice();
}

void AgreementEditor::removeNotice(int row)
{
    m_notices->removeNotice(row);
}

Status AgreementEditor::addAttachmentFile(const QString &path, const QString &description)
{
    return m_attachments->addFile(path, description);
}

Status AgreementEditor::saveAttachmentTo(const QString &attachmentUuid, const QString &path)
{
    return m_attachments->saveTo(attachmentUuid, path);
}

Status AgreementEditor::removeAttachment(const QString &attachmentUuid)
{
    return m_attachments->remove(attachmentUuid);
}

void AgreementEditor::retranslateUi()
{
    setPlaceholderText(tr("Choose an agreement in the list, or create a new one."));
    const QList<QPair<QString, QString>> captions = {
        {tr("Agreement — Art. 28(3)"), QString()},
        {tr("Parties and chain — Art. 28(1), 28(4)"),
         tr("“Our organisation” is the organisation this register belongs to.")},
        {tr("Subject-matter and details — Art. 28(3) first sentence"), QString()},
        {tr("Dates"), QString()},
        {tr("Obligations of the processor — Art. 28(3)(a)–(h)"), QString()},
        {tr("Audits and end of contract — Art. 28(3)(g), (h)"), QString()},
        {tr("Sub-processors — Art. 28(2), 28(4)"), QString()},
        {tr("Change notices — Art. 28(2)"), QString()},
        {tr("Model and annexes"), QString()},
        {tr("Locations, cloud and exit"), QString()},
        {tr("Assurance reports and certificates — Art. 28(1)"),
         tr("The processor's guarantees: each report or certificate with the day it is valid until. The dashboard "
            "tells you when one ends.")},
        {tr("Yearly supplier review"),
         tr("Whether the guarantees still hold, what risks remain and what follows. A review is due a year after "
            "the last one.")},
        {tr("Security measures — Art. 28(3)(c), Art. 32"), QString()},
        {tr("Documents — Art. 28(9)"), QString()},
        {tr("Record"), QString()},
    };
    m_captions.setTexts(captions);
    const QList<QPair<QString, QString>> pageTexts = {
        {tr("Agreement"), tr("Title, kind, status, the parties and the chain of sub-processing")},
        {tr("Details and dates"), tr("Subject-matter, duration, nature and purpose, data and data subjects; dates")},
        {tr("Obligations"), tr("The Art. 28(3)(a)–(h) checklist, audits and the end of the contract")},
        {tr("Sub-processors"), tr("Authorisation, objection window and change notices — Art. 28(2)")},
        {tr("Supplier"), tr("Model, annexes, locations and exit, assurance reports and the yearly review")},
        {tr("Measures and documents"), tr("Security measures, the signed documents and the record")},
    };
    for (int i = 0; i < pageTexts.size(); ++i)
        pages()->setTitle(i, pageTexts.at(i).first, pageTexts.at(i).second);

    m_form.retranslate();
    m_record->retranslateUi();
    m_form.widget<QLineEdit>("title")->setPlaceholderText(tr("e.g. Processing agreement hosting"));
    const QList<QPair<const char *, QString>> placeholders = {
        {"subjectMatter", tr("What the processor does for the controller, e.g. hosting the customer portal")},
        {"naturePurpose", tr("The operations (storage, backup, support access) and what they serve")},
        {"dataTypes", tr("e.g. name, e-mail address, IP address, account data")},
        {"subjectCategories", tr("e.g. customers' employees, website visitors")},
        {"auditEvidence", tr("Certificates, audit reports and their dates, e.g. ISO 27001 certificate valid to …")},
    };
    for (const auto &[key, text] : placeholders)
        m_form.widget<QPlainTextEdit>(key)->setPlaceholderText(text);
    m_form.widget<QLineEdit>("duration")
        ->setPlaceholderText(tr("e.g. for as long as the main contract runs, plus the time needed to return the data"));
    m_form.widget<QLineEdit>("endOfContractProof")
        ->setPlaceholderText(tr("e.g. deletion statement of the processor, dated …"));
    m_form.widget<QLineEdit>("endOfContractLaw")->setPlaceholderText(tr("e.g. AWR art. 52"));

    for (EntityPicker *picker : {m_controllerPicker, m_processorPicker}) {
        picker->setNoneText(tr("Our organisation"));
        picker->setNewText(tr("New party…"));
        picker->setGoToText(tr("Go to"));
    }
    m_parentPicker->setNoneText(tr("None"));
    m_parentPicker->setNewText(QString());
    m_parentPicker->setGoToText(tr("Go to"));
    fields().setHint(QStringLiteral("parentUuid"),
                     tr("For a sub-processing agreement: the agreement above it in the chain (Art. 28(4))."));

    m_clausesIntro->setText(tr("Tick each obligation the agreement contains and note the clause that covers it."));
    auto *objection = m_form.widget<QSpinBox>("objectionWindowDays");
    objection->setSpecialValueText(tr("none agreed"));
    objection->setSuffix(tr(" days"));
    fields().setHint(QStringLiteral("objectionWindowDays"),
                     tr("Days the controller has to object to a new sub-processor; 5, 15 or 30 are common."));
    auto *breachHours = m_form.widget<QSpinBox>("breachNoticeHours");
    breachHours->setSpecialValueText(tr("none agreed"));
    breachHours->setSuffix(tr(" hours"));
    fields().setHint(QStringLiteral("breachNoticeHours"),
                     tr("Where our organisation is the processor: the hours within which we must tell the controller "
                        "of a breach (Art. 33(2)); 24 to 48 are common. The breach register counts it down."));
    fields().setHint(QStringLiteral("windowCounting"),
                     tr("The window is set by the agreement, not by law: count it as the agreement words it."));
    fields().setHint(QStringLiteral("controllerRights"),
                     tr("The sixth element of Art. 28(3), first sentence: instructions, audits, approval of "
                        "sub-processors, deletion or return."));
    fields().setHint(QStringLiteral("authorisedOn"),
                     tr("For a sub-processor under specific authorisation: the controller's prior written consent "
                        "(Art. 28(2))."));
    m_annexes->setTexts(tr("Add annex"), tr("Remove annex"),
                        tr("Add the annexes that belong to the agreement: a privacy insert per product, the security "
                           "annex, the Data Pro Statement, the list of sub-processors."));
    m_assurances->setTexts(tr("Add assurance"), tr("Remove assurance"),
                           tr("Add the processor's certificates and audit reports, such as ISO 27001 or ISAE 3402, "
                              "with the day each is valid until."));
    m_reviews->setTexts(tr("Add review"), tr("Remove review"),
                        tr("Add a review each year: the day, who reviewed, the outcome, residual risks and actions."));
    fields().setHint(QStringLiteral("cloudService"),
                     tr("The processor offers the service from its own cloud: the evidence of its guarantees weighs "
                        "more (BIO 5.23)."));
    fields().setHint(QStringLiteral("exitStrategy"),
                     tr("How the organisation would leave this supplier: getting the data back, in which format, "
                        "and moving to another."));
    fields().setHint(QStringLiteral("transferSafeguard"),
                     tr("For processing outside the EEA: the adequacy decision or standard contractual clauses "
                        "(Art. 46)."));
    m_form.widget<QLineEdit>("locations")->setPlaceholderText(tr("e.g. Netherlands, Germany"));
    m_form.widget<QLineEdit>("documentLocation")->setPlaceholderText(tr("e.g. contract management, file 2026-014"));
    m_form.widget<QLineEdit>("mainContractRef")->setPlaceholderText(tr("e.g. SaaS agreement 2026-014"));
    retranslateMeasuresList();
    updateChain();
    updateDependentFields();
}

} // namespace Custodian::Ui
