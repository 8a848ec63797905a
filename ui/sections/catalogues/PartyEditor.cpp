#include "sections/catalogues/PartyEditor.h"

#include "domain/Codes.h"
#include "framework/RegisterContext.h"
#include "register/Services.h"
#include "sections/catalogues/PartyUsedByList.h"
#include "widgets/CountryPicker.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>

namespace Custodian::Ui {

using Domain::Codes;
using Domain::Party;

namespace {
constexpr int codeRole = Qt::UserRole + 1;
}

PartyEditor::PartyEditor(RegisterContext *context, QWidget *parent) : CatalogueItemEditor(context, parent)
{
    setObjectName(QStringLiteral("partyEditor"));
    // Who the party is and what it is to us.
    QFormLayout *form = pages()->addPage(QStringLiteral("partyPage"));
    QWidget *page = form->parentWidget();
    m_captions.add(form);
    m_form.add(form, "name", FieldOptions().withMnemonic());
    m_rolesList = new QListWidget(page);
    m_rolesList->setObjectName(QStringLiteral("rolesList"));
    m_rolesList->setUniformItemSizes(true);
    m_rolesList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const QStringList roleCodes = Codes::codes(Codes::Kind::PartyRole);
    for (const QString &code : roleCodes) {
        auto *item = new QListWidgetItem(m_rolesList);
        item->setData(codeRole, code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    fields().add(form, QStringLiteral("roles"), m_rolesList);
    // The country is chosen from the ISO list, named in the UI language.
    m_countryPicker = new CountryPicker(page);
    m_countryPicker->setObjectName(QStringLiteral("countryCombo"));
    fields().add(form, QStringLiteral("country"), m_countryPicker);
    m_form.add(form, "registrationNumber");
    m_form.add(form, "oin");
    m_form.add(form, "ownBody", FieldOptions().withLabelBeside());

    // How to reach them: the contact details Art. 30(1)(a) and 30(2)(a) ask for.
    m_captions.add(form);
    m_form.add(form, "contactName");
    m_form.add(form, "contactEmail");
    m_form.add(form, "contactPhone");
    m_captions.add(form);
    m_form.add(form, "dpoName");
    m_form.add(form, "dpoContact");
    m_form.add(form, "representative");
    // How the privacy statement presents the party when recipients are named (Art. 13(1)(e)).
    m_captions.add(form);
    m_form.add(form, "publicDescription", FieldOptions().withLines(3));
    m_captions.add(form);
    m_form.add(form, "notes", FieldOptions().withLines(5));

    endForm(form);
    const auto edited = [this] { onEdited(); };
    connect(m_rolesList, &QListWidget::itemChanged, this, edited);
    connect(m_countryPicker, &CountryPicker::codeChanged, this, edited);
}

Register::EntityService<Party> &PartyEditor::service() const
{
    return context()->parties();
}

void PartyEditor::fillExtra(const Party &party)
{
    for (int row = 0; row < m_rolesList->count(); ++row) {
        QListWidgetItem *item = m_rolesList->item(row);
        item->setCheckState(party.roles.contains(item->data(codeRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    m_countryPicker->setCode(party.country);
    refresh();
}

void PartyEditor::readExtra(Party &party) const
{
    party.roles.clear();
    for (int row = 0; row < m_rolesList->count(); ++row) {
        const QListWidgetItem *item = m_rolesList->item(row);
        if (item->checkState() == Qt::Checked)
            party.roles << item->data(codeRole).toString();
    }
    party.country = m_countryPicker->code();
    if (party.country.size() == 2)
        party.country = party.country.toUpper();
    // The fields as the register keeps them, so that an edit is told from the stored party.
    Party::spec().normalise(party);
}

QString PartyEditor::usedByEmptyText(bool newItem) const
{
    return newItem ? tr("Nothing refers to a new party yet.")
                   : tr("No processing activity or agreement refers to this party.");
}

QString PartyEditor::newItemText() const
{
    return tr("New party");
}

QString PartyEditor::retiredText() const
{
    return tr("This party is retired: it stays in the register's history but is no longer offered for new links. Use "
              "“Restore” to offer it again.");
}

void PartyEditor::retranslateUi()
{
    setPlaceholderText(tr("Choose a party in the list, or create a new one."));
    const QList<QPair<QString, QString>> captions = {
        {tr("Party and roles — Art. 4(7)–(10), Art. 26, Art. 28"), QString()},
        {tr("Contact — Art. 30(1)(a), Art. 30(2)(a)"), QString()},
        {tr("Data protection officer and representative — Art. 37, Art. 27"), QString()},
        {tr("In the privacy statement — Art. 13(1)(e)"),
         tr("Printed where the statement names recipients by name (Organisation page).")},
        {tr("Notes"), QString()},
        {tr("Used by"), tr("Processing activities, processor activities and agreements that refer to this party. "
                           "Press Enter or double-click to open one.")},
    };
    m_captions.setTexts(captions);
    pages()->setTitle(0, tr("Party"));

    m_form.retranslate();
    fields().setLabel(QStringLiteral("roles"), tr("&Roles:"));
    fields().setLabel(QStringLiteral("country"), tr("Countr&y:"));
    m_form.widget<QLineEdit>("name")->setPlaceholderText(tr("e.g. Hosting Partner B.V."));
    m_form.widget<QLineEdit>("contactEmail")->setPlaceholderText(tr("name@example.nl"));
    fields().setHint(QStringLiteral("registrationNumber"), tr("For a Dutch party, its KvK number (eight digits)."));
    m_form.widget<QLineEdit>("oin")->setPlaceholderText(tr("20 digits, for a government organisation"));
    fields().setHint(QStringLiteral("ownBody"),
                     tr("For a public body: the college, the council, the mayor and other bodies are each the "
                        "controller of their own processing, and can be named as such on an activity."));
    m_form.widget<QLineEdit>("contactPhone")->setPlaceholderText(tr("+31 30 123 4567"));
    m_form.widget<QLineEdit>("dpoName")->setPlaceholderText(tr("Leave empty if the party has no DPO"));
    m_form.widget<QLineEdit>("dpoContact")->setPlaceholderText(tr("E-mail address or telephone number"));
    m_form.widget<QPlainTextEdit>("publicDescription")
        ->setPlaceholderText(tr("What the party does with the data, in words for the public: e.g. \"hosts our "
                                "servers in Amsterdam; has no access to the data itself\""));
    m_form.widget<QPlainTextEdit>("notes")->setPlaceholderText(
        tr("Anything an auditor should know about this party: certifications, the contract it works under, how to "
           "reach it in an incident."));

    const QHash<QString, QString> roleHints = {
        {QStringLiteral("controller"), tr("Decides on the purposes and means of the processing (Art. 4(7)); for "
                                          "example a customer we process data for.")},
        {QStringLiteral("joint_controller"), tr("Decides together with us on purposes and means (Art. 26).")},
        {QStringLiteral("processor"), tr("Processes personal data on our behalf (Art. 4(8), Art. 28).")},
        {QStringLiteral("sub_processor"), tr("Engaged by a processor to process the data (Art. 28(2) and (4)).")},
        {QStringLiteral("recipient"), tr("Receives personal data from us (Art. 4(9)).")},
    };
    const bool wasLoading = isLoading();
    setLoading(true);
    for (int row = 0; row < m_rolesList->count(); ++row) {
        QListWidgetItem *item = m_rolesList->item(row);
        const QString code = item->data(codeRole).toString();
        item->setText(Codes::label(Codes::Kind::PartyRole, code));
        item->setToolTip(roleHints.value(code));
    }
    setLoading(wasLoading);
    m_rolesList->setFixedHeight(m_rolesList->sizeHintForRow(0) * m_rolesList->count() + 2 * m_rolesList->frameWidth() +
                                2);
    m_rolesList->setToolTip(tr("Tick every role the party has; Space ticks the selected role."));
    usedByList()->setAccessibleName(tr("Used by"));
}

} // namespace Custodian::Ui
