#include "sections/organisation/OrganisationPage.h"

#include "register/OrganisationService.h"
#include "widgets/CountryPicker.h"
#include "widgets/ExtraFieldsPanel.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>

namespace Custodian::Ui {

using Domain::Findings;
using Domain::Organisation;

OrganisationPage::OrganisationPage(QWidget *parent) : SingletonPage(QStringLiteral("organisationScrollArea"), parent)
{
    // One form, one label column: a caption over each part instead of a group box.
    m_captions.add(form());
    addField(QStringLiteral("name"));
    m_form.add(form(), "tradeNames");
    for (const char *field : {"registrationNumber", "streetAddress", "postalCode", "city", "country"})
        addField(QString::fromLatin1(field));
    m_form.add(form(), "website");
    // Which remedies its letters name: objection under the Awb for a public body.
    m_form.add(form(), "publicBody", FieldOptions().withLabelBeside());
    // A Dutch government organisation's identifiers (the GEMMA VAR and Logius ask for the OIN).
    m_form.add(form(), "oin");
    m_form.add(form(), "rsin");
    m_captions.add(form());
    for (const char *field : {"contactName", "contactEmail", "contactPhone"})
        addField(QString::fromLatin1(field));
    m_captions.add(form());
    // Art. 37: whether a DPO is required, and why not (WP243); then the DPO, and the report to the AP (37(7)).
    m_form.add(
        form(), "dpoStatus",
        FieldOptions().withMnemonic().withNoneText(QT_TRANSLATE_NOOP("Custodian::Ui::FormBinder", "Not assessed")));
    m_form.add(form(), "dpoReasoning", FieldOptions().withLines(3));
    for (const char *field : {"dpoName", "dpoEmail", "dpoPhone"})
        addField(QString::fromLatin1(field));
    m_form.add(form(), "dpoRegisteredOn");
    m_form.add(form(), "dpoPublishName",
               FieldOptions().withCheckText(
                   QT_TRANSLATE_NOOP("Custodian::Ui::FormBinder", "Name the DPO in the privacy statement")));
    m_captions.add(form());
    for (const char *field : {"representativeName", "representativeContact"})
        addField(QString::fromLatin1(field));
    // What the privacy statement needs besides the details above (Arts. 13(1), 13(2)(d), 77).
    m_captions.add(form());
    for (const char *field :
         {"privacyEmail", "privacyWebForm", "recipientNaming", "supervisoryAuthority", "supervisoryAuthorityUrl"})
        m_form.add(form(), field);
    m_form.add(form(), "dataLanguage",
               FieldOptions().withNoneText(QT_TRANSLATE_NOOP("Custodian::Ui::FormBinder", "Not said")));
    // Where log lines point: the base of the established activity versions' URIs (DECISIONS.md).
    m_captions.add(form());
    m_form.add(form(), "activityUriBase");
    m_form.onChange(this, [this] { onEdited(); });
    // Joint controllers are recorded per activity (Art. 26 concerns particular processing): the
    // caption says where, for whoever looks for them here.
    m_captions.add(form());
    m_extraFields = new ExtraFieldsPanel(form()->parentWidget());
    fields().addSpanning(form(), QStringLiteral("extraFields"), m_extraFields, m_extraFields->table());
    connect(m_extraFields, &ExtraFieldsPanel::changed, this, &OrganisationPage::onEdited);
    retranslateUi();
    attach(false);
}

void OrganisationPage::addField(const QString &field)
{
    QWidget *page = form()->parentWidget();
    QLineEdit *edit = nullptr;
    QWidget *widget = nullptr;
    if (field == QLatin1String("country")) {
        // The same country picker as for parties: names in the UI language, stored as the ISO code.
        m_countryPicker = new CountryPicker(page);
        m_countryPicker->setObjectName(QStringLiteral("countryCombo"));
        edit = m_countryPicker->lineEdit();
        widget = m_countryPicker;
        connect(m_countryPicker, &CountryPicker::codeChanged, this, &OrganisationPage::onEdited);
    } else {
        edit = new QLineEdit(page);
        widget = edit;
    }
    edit->setObjectName(field + QStringLiteral("Edit"));
    fields().add(form(), field, widget, edit);
    m_edits.insert(field, edit);
    connect(edit, &QLineEdit::textEdited, this, &OrganisationPage::onEdited);
}

void OrganisationPage::setService(Register::OrganisationService *service)
{
    m_service = service;
    attach(m_service != nullptr);
}

QString OrganisationPage::organisationUuid() const
{
    return m_loaded.uuid;
}

bool OrganisationPage::hasHistory() const
{
    return !m_loaded.uuid.isEmpty();
}

Status OrganisationPage::loadForm()
{
    m_loaded = Organisation();
    Status status = Status::ok();
    if (m_service)
        status = m_service->load(&m_loaded);
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it)
        it.value()->setText(m_loaded.fieldValue(it.key()));
    m_countryPicker->setCode(m_loaded.country);
    m_form.fill(m_loaded);
    m_extraFields->setFields(m_loaded.extraFields);
    return status;
}

Organisation OrganisationPage::currentOrganisation() const
{
    Organisation organisation = m_loaded;
    QList<QPair<QString, QString *>> targets = {
        {QStringLiteral("name"), &organisation.name},
        {QStringLiteral("streetAddress"), &organisation.streetAddress},
        {QStringLiteral("postalCode"), &organisation.postalCode},
        {QStringLiteral("city"), &organisation.city},
        {QStringLiteral("country"), &organisation.country},
        {QStringLiteral("registrationNumber"), &organisation.registrationNumber},
        {QStringLiteral("contactName"), &organisation.contactName},
        {QStringLiteral("contactEmail"), &organisation.contactEmail},
        {QStringLiteral("contactPhone"), &organisation.contactPhone},
        {QStringLiteral("dpoName"), &organisation.dpoName},
        {QStringLiteral("dpoEmail"), &organisation.dpoEmail},
        {QStringLiteral("dpoPhone"), &organisation.dpoPhone},
        {QStringLiteral("representativeName"), &organisation.representativeName},
        {QStringLiteral("representativeContact"), &organisation.representativeContact},
    };
    for (const auto &[field, target] : targets)
        *target = m_edits.value(field)->text();
    organisation.country = m_countryPicker->code();
    m_form.read(organisation);
    organisation.extraFields = m_extraFields->fields();
    return organisation;
}

Findings OrganisationPage::formFindings() const
{
    return currentOrganisation().validate();
}

bool OrganisationPage::isFormModified() const
{
    return currentOrganisation().normalised() != m_loaded.normalised();
}

QString OrganisationPage::remarkText(int warnings) const
{
    return tr("%n remark(s); you can save, but an auditor may ask about them.", nullptr, warnings);
}

Status OrganisationPage::storeForm(Findings *findings)
{
    return m_service->save(currentOrganisation(), findings);
}

void OrganisationPage::retranslateUi()
{
    setTexts(tr("Organisation"), tr("These details head every report of the register (Art. 30(1)(a))."));
    const QStringList captions = {
        tr("Controller — Art. 30(1)(a)"),           tr("Contact"),
        tr("Data protection officer — Art. 37"),    tr("Representative in the EU — Art. 27"),
        tr("Privacy statement — Arts. 13, 14, 77"), tr("Activity versions and logging"),
        tr("Joint controllers — Art. 26"),
    };
    m_captions.setTexts(captions);
    m_captions.last().setText(captions.last(),
                              tr("Recorded with each processing activity they share, on its Recipients page: an "
                                 "arrangement under Art. 26 concerns particular processing."));
    // Accelerators: the first field of each part and the buttons; unique together with the menu bar (F, S, H).
    const QList<QPair<QString, QString>> labels = {
        {QStringLiteral("name"), tr("&Name:")},
        {QStringLiteral("registrationNumber"), tr("Re&gistration number:")},
        {QStringLiteral("streetAddress"), tr("&Address:")},
        {QStringLiteral("postalCode"), tr("&Postal code:")},
        {QStringLiteral("city"), tr("C&ity:")},
        {QStringLiteral("country"), tr("Coun&try:")},
        {QStringLiteral("contactName"), tr("&Contact person:")},
        {QStringLiteral("contactEmail"), tr("&E-mail:")},
        {QStringLiteral("contactPhone"), tr("Te&lephone:")},
        {QStringLiteral("dpoName"), tr("Na&me:", "data protection officer")},
        {QStringLiteral("dpoEmail"), tr("E-mail:")},
        {QStringLiteral("dpoPhone"), tr("Telephone:")},
        {QStringLiteral("representativeName"), tr("Name:", "representative")},
        {QStringLiteral("representativeContact"), tr("Contact details:")},
    };
    for (const auto &[field, text] : labels)
        fields().setLabel(field, text);
    m_edits.value(QStringLiteral("registrationNumber"))->setPlaceholderText(tr("e.g. the KvK number"));
    m_form.widget<QLineEdit>("oin")->setPlaceholderText(tr("20 digits, for a government organisation"));
    m_form.widget<QLineEdit>("rsin")->setPlaceholderText(tr("The legal entity's RSIN (nine digits)"));
    m_form.retranslate();
    m_edits.value(QStringLiteral("dpoName"))->setPlaceholderText(tr("The DPO's name, when one is appointed"));
    fields().setHint(QStringLiteral("dpoReasoning"),
                     tr("Record why no DPO is required (Art. 37(1)), or why one was appointed voluntarily."));
    m_edits.value(QStringLiteral("representativeName"))
        ->setPlaceholderText(tr("Only for controllers established outside the EU"));
    m_form.widget<QLineEdit>("tradeNames")->setPlaceholderText(tr("Names you trade under, besides the legal name"));
    m_form.widget<QLineEdit>("website")->setPlaceholderText(tr("e.g. https://www.example.nl"));
    m_form.widget<QLineEdit>("privacyEmail")
        ->setPlaceholderText(tr("Where people send privacy questions and requests; empty: the contact e-mail"));
    m_form.widget<QLineEdit>("privacyWebForm")->setPlaceholderText(tr("The address of a web form for requests"));
    m_form.widget<QLineEdit>("supervisoryAuthority")
        ->setPlaceholderText(tr("Empty: the Autoriteit Persoonsgegevens, for an organisation in the Netherlands"));
    m_form.widget<QLineEdit>("supervisoryAuthorityUrl")
        ->setPlaceholderText(tr("Empty: https://autoriteitpersoonsgegevens.nl"));
    fields().setHint(QStringLiteral("recipientNaming"),
                     tr("By name is what people are best served by; by category the statement describes each "
                        "recipient as precisely as it can (Art. 13(1)(e))."));
    fields().setHint(QStringLiteral("dataLanguage"),
                     tr("The language the register's texts are written in: a statement in the other language needs "
                        "their translation."));
    m_form.widget<QLineEdit>("activityUriBase")
        ->setPlaceholderText(tr("Empty: urn:custodian: followed by the register's identifier"));
    fields().setHint(QStringLiteral("activityUriBase"),
                     tr("An established activity version gets the address BASE/activity/ID/VERSION, which the log "
                        "lines of the processing point to. A version keeps its address when the base changes."));
    // No accelerator: Alt+H belongs to the Help menu.
    setHistoryTexts(tr("History…"), tr("Who changed these details, when, and what changed."));
}

} // namespace Custodian::Ui
