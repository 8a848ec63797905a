#include "sections/catalogues/PartyEditor.h"

#include "domain/Codes.h"
#include "domain/NameOrder.h"
#include "framework/FindingsBanner.h"
#include "framework/RegisterContext.h"
#include "register/Services.h"
#include "sections/catalogues/PartyFieldMessages.h"
#include "sections/catalogues/PartyUsedByList.h"

#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>

namespace Custodian::Ui {

using Domain::Codes;
using Domain::Finding;
using Domain::Findings;
using Domain::Party;

namespace {

constexpr int codeRole = Qt::UserRole + 1;
constexpr int nameRole = Qt::UserRole + 2;

// What is compared to tell an edit from the stored party: trimmed texts, roles in Codes order.
Party normalised(Party party)
{
    for (QString *text : {&party.name, &party.country, &party.contactName, &party.contactEmail, &party.contactPhone,
                          &party.dpoName, &party.dpoContact})
        *text = text->trimmed();
    party.country = party.country.toUpper();
    QStringList roles;
    const QStringList codes = Codes::codes(Codes::Kind::PartyRole);
    for (const QString &code : codes) {
        if (party.roles.contains(code))
            roles << code;
    }
    for (const QString &role : std::as_const(party.roles)) {
        if (!roles.contains(role))
            roles << role;
    }
    party.roles = roles;
    return party;
}

QLineEdit *lineEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    return edit;
}

QString plain(QString label)
{
    label.remove(QLatin1Char('&'));
    if (label.endsWith(QLatin1Char(':')))
        label.chop(1);
    return label;
}

} // namespace

PartyEditor::PartyEditor(RegisterContext *context, QWidget *parent) : CatalogueEditor(context, parent)
{
    setObjectName(QStringLiteral("partyEditor"));
    m_messages = new PartyFieldMessages(this);

    m_banner = new FindingsBanner(this);
    m_banner->setObjectName(QStringLiteral("findingsBanner"));
    m_headingLabel = new QLabel(this);
    m_headingLabel->setObjectName(QStringLiteral("headingLabel"));
    QFont headingFont = m_headingLabel->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    m_headingLabel->setFont(headingFont);
    m_headingLabel->setWordWrap(true);
    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(QStringLiteral("stateLabel"));
    m_stateLabel->setWordWrap(true);
    m_stateLabel->setVisible(false);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);

    // Who the party is and what it is to us.
    m_partyGroup = new QGroupBox(content);
    auto *partyForm = new QFormLayout(m_partyGroup);
    partyForm->setRowWrapPolicy(QFormLayout::WrapLongRows); // a long label puts its field below it
    m_nameEdit = lineEdit(QStringLiteral("nameEdit"), m_partyGroup);
    m_nameLabel = new QLabel(m_partyGroup);
    m_nameLabel->setBuddy(m_nameEdit);
    partyForm->addRow(m_nameLabel, m_messages->cell(QStringLiteral("name"), m_nameEdit, m_partyGroup));
    m_rolesList = new QListWidget(m_partyGroup);
    m_rolesList->setObjectName(QStringLiteral("rolesList"));
    m_rolesList->setUniformItemSizes(true);
    const QStringList roleCodes = Codes::codes(Codes::Kind::PartyRole);
    for (const QString &code : roleCodes) {
        auto *item = new QListWidgetItem(m_rolesList);
        item->setData(codeRole, code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_rolesLabel = new QLabel(m_partyGroup);
    m_rolesLabel->setBuddy(m_rolesList);
    partyForm->addRow(m_rolesLabel, m_messages->cell(QStringLiteral("roles"), m_rolesList, m_partyGroup));
    m_countryCombo = new QComboBox(m_partyGroup);
    m_countryCombo->setObjectName(QStringLiteral("countryCombo"));
    m_countryCombo->setEditable(true);
    m_countryCombo->setInsertPolicy(QComboBox::NoInsert);
    m_countryCombo->setMaxVisibleItems(15);
    m_countryLabel = new QLabel(m_partyGroup);
    m_countryLabel->setBuddy(m_countryCombo);
    partyForm->addRow(m_countryLabel, m_messages->cell(QStringLiteral("country"), m_countryCombo, m_partyGroup));
    fillCountries();

    // How to reach them: the contact details Art. 30(1)(a) and 30(2)(a) ask for.
    m_contactGroup = new QGroupBox(content);
    auto *contactForm = new QFormLayout(m_contactGroup);
    contactForm->setRowWrapPolicy(QFormLayout::WrapLongRows); // a long label puts its field below it
    m_contactNameEdit = lineEdit(QStringLiteral("contactNameEdit"), m_contactGroup);
    m_contactNameLabel = new QLabel(m_contactGroup);
    m_contactNameLabel->setBuddy(m_contactNameEdit);
    contactForm->addRow(m_contactNameLabel,
                        m_messages->cell(QStringLiteral("contactName"), m_contactNameEdit, m_contactGroup));
    m_contactEmailEdit = lineEdit(QStringLiteral("contactEmailEdit"), m_contactGroup);
    m_contactEmailLabel = new QLabel(m_contactGroup);
    m_contactEmailLabel->setBuddy(m_contactEmailEdit);
    contactForm->addRow(m_contactEmailLabel,
                        m_messages->cell(QStringLiteral("contactEmail"), m_contactEmailEdit, m_contactGroup));
    m_contactPhoneEdit = lineEdit(QStringLiteral("contactPhoneEdit"), m_contactGroup);
    m_contactPhoneLabel = new QLabel(m_contactGroup);
    m_contactPhoneLabel->setBuddy(m_contactPhoneEdit);
    contactForm->addRow(m_contactPhoneLabel,
                        m_messages->cell(QStringLiteral("contactPhone"), m_contactPhoneEdit, m_contactGroup));

    m_dpoGroup = new QGroupBox(content);
    auto *dpoForm = new QFormLayout(m_dpoGroup);
    dpoForm->setRowWrapPolicy(QFormLayout::WrapLongRows); // a long label puts its field below it
    m_dpoNameEdit = lineEdit(QStringLiteral("dpoNameEdit"), m_dpoGroup);
    m_dpoNameLabel = new QLabel(m_dpoGroup);
    m_dpoNameLabel->setBuddy(m_dpoNameEdit);
    dpoForm->addRow(m_dpoNameLabel, m_messages->cell(QStringLiteral("dpoName"), m_dpoNameEdit, m_dpoGroup));
    m_dpoContactEdit = lineEdit(QStringLiteral("dpoContactEdit"), m_dpoGroup);
    m_dpoContactLabel = new QLabel(m_dpoGroup);
    m_dpoContactLabel->setBuddy(m_dpoContactEdit);
    dpoForm->addRow(m_dpoContactLabel, m_messages->cell(QStringLiteral("dpoContact"), m_dpoContactEdit, m_dpoGroup));

    m_notesGroup = new QGroupBox(content);
    auto *notesLayout = new QVBoxLayout(m_notesGroup);
    m_notesEdit = new QPlainTextEdit(m_notesGroup);
    m_notesEdit->setObjectName(QStringLiteral("notesEdit"));
    m_notesEdit->setTabChangesFocus(true);
    m_notesEdit->setFixedHeight(m_notesEdit->fontMetrics().lineSpacing() * 5 + 2 * m_notesEdit->frameWidth() +
                                int(m_notesEdit->document()->documentMargin() * 2));
    notesLayout->addWidget(m_notesEdit);
    notesLayout->addWidget(m_messages->messageLabel(QStringLiteral("notes"), m_notesEdit, m_notesGroup));

    m_usedByGroup = new QGroupBox(content);
    auto *usedByLayout = new QVBoxLayout(m_usedByGroup);
    m_usedByIntroLabel = new QLabel(m_usedByGroup);
    m_usedByIntroLabel->setWordWrap(true);
    m_usedByList = new PartyUsedByList(context, m_usedByGroup);
    m_usedByIntroLabel->setBuddy(m_usedByList);
    usedByLayout->addWidget(m_usedByIntroLabel);
    usedByLayout->addWidget(m_usedByList);

    for (QGroupBox *group : {m_partyGroup, m_contactGroup, m_dpoGroup, m_notesGroup, m_usedByGroup})
        contentLayout->addWidget(group);
    contentLayout->addStretch(1); // groups keep their natural height; the space goes below

    m_scrollArea = new QScrollArea(this);
    m_scrollArea->setWidget(content);
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setFrameShape(QFrame::NoFrame);
    m_scrollArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("editorMessage"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setVisible(false);
    m_revertButton = new QPushButton(this);
    m_revertButton->setObjectName(QStringLiteral("revertButton"));
    m_saveButton = new QPushButton(this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_messageLabel, 1);
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headingLabel);
    layout->addWidget(m_stateLabel);
    layout->addWidget(m_banner);
    layout->addWidget(m_scrollArea, 1);
    layout->addLayout(buttons);

    for (QLineEdit *edit :
         {m_nameEdit, m_contactNameEdit, m_contactEmailEdit, m_contactPhoneEdit, m_dpoNameEdit, m_dpoContactEdit})
        connect(edit, &QLineEdit::textEdited, this, &PartyEditor::onEdited);
    connect(m_rolesList, &QListWidget::itemChanged, this, &PartyEditor::onEdited);
    connect(m_countryCombo, &QComboBox::editTextChanged, this, &PartyEditor::onEdited);
    connect(m_notesEdit, &QPlainTextEdit::textChanged, this, &PartyEditor::onEdited);
    connect(m_banner, &FindingsBanner::fieldRequested, this, &PartyEditor::focusField);
    connect(m_saveButton, &QPushButton::clicked, this, &PartyEditor::save);
    connect(m_revertButton, &QPushButton::clicked, this, &PartyEditor::revert);

    retranslateUi();
    load(QString());
}

QString PartyEditor::countryLabel(const QString &code)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    if (territory == QLocale::AnyTerritory)
        return code;
    //: A country in the picker: %1 its name, %2 its two-letter ISO code
    return tr("%1 (%2)").arg(QLocale::territoryToString(territory), code);
}

void PartyEditor::fillCountries()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const QString current = countryCode();
    struct Country
    {
        QString code;
        QString name;
    };
    QList<Country> countries;
    for (int value = int(QLocale::AnyTerritory) + 1; value <= int(QLocale::LastTerritory); ++value) {
        const auto territory = QLocale::Territory(value);
        const QString code = QLocale::territoryToCode(territory);
        if (code.size() != 2 || !code.at(0).isLetter() || !code.at(1).isLetter())
            continue;
        const QString name = QLocale::territoryToString(territory);
        if (name.isEmpty() || std::any_of(countries.cbegin(), countries.cend(),
                                          [&code](const Country &country) { return country.code == code; }))
            continue;
        countries.append({code, name});
    }
    Domain::NameOrder().sort(&countries, [](const Country &country) { return country.name; });

    m_countryCombo->clear();
    m_countryCombo->addItem(QString(), QString());
    for (const Country &country : std::as_const(countries)) {
        m_countryCombo->addItem(countryLabel(country.code), country.code);
        m_countryCombo->setItemData(m_countryCombo->count() - 1, country.name, nameRole);
    }
    if (QCompleter *completer = m_countryCombo->completer()) {
        completer->setCompletionMode(QCompleter::PopupCompletion);
        completer->setFilterMode(Qt::MatchContains);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
    }
    setCountry(current);
    m_loading = wasLoading;
}

void PartyEditor::setCountry(const QString &code)
{
    const int index = code.isEmpty() ? 0 : m_countryCombo->findData(code.trimmed().toUpper());
    if (index >= 0) {
        m_countryCombo->setCurrentIndex(index);
        m_countryCombo->setEditText(m_countryCombo->itemText(index));
    } else {
        m_countryCombo->setCurrentIndex(-1);
        m_countryCombo->setEditText(code);
    }
}

QString PartyEditor::countryCode() const
{
    const QString text = m_countryCombo->currentText().trimmed();
    if (text.isEmpty())
        return QString();
    const int index = m_countryCombo->findText(text, Qt::MatchFixedString);
    if (index >= 0)
        return m_countryCombo->itemData(index).toString();
    // A code or a country's name typed in full.
    for (int i = 1; i < m_countryCombo->count(); ++i) {
        if (m_countryCombo->itemData(i).toString().compare(text, Qt::CaseInsensitive) == 0 ||
            m_countryCombo->itemData(i, nameRole).toString().compare(text, Qt::CaseInsensitive) == 0)
            return m_countryCombo->itemData(i).toString();
    }
    // Anything else goes to validation as typed, which names the problem.
    return text;
}

Party PartyEditor::currentParty() const
{
    Party party = m_loaded;
    party.name = m_nameEdit->text().trimmed();
    party.roles.clear();
    for (int row = 0; row < m_rolesList->count(); ++row) {
        const QListWidgetItem *item = m_rolesList->item(row);
        if (item->checkState() == Qt::Checked)
            party.roles << item->data(codeRole).toString();
    }
    party.country = countryCode();
    if (party.country.size() == 2)
        party.country = party.country.toUpper();
    party.contactName = m_contactNameEdit->text().trimmed();
    party.contactEmail = m_contactEmailEdit->text().trimmed();
    party.contactPhone = m_contactPhoneEdit->text().trimmed();
    party.dpoName = m_dpoNameEdit->text().trimmed();
    party.dpoContact = m_dpoContactEdit->text().trimmed();
    party.notes = m_notesEdit->toPlainText();
    return party;
}

QString PartyEditor::displayName() const
{
    const QString name = m_nameEdit->text().trimmed();
    return name.isEmpty() ? m_loaded.name : name;
}

bool PartyEditor::load(const QString &uuid)
{
    Party party;
    if (!uuid.isEmpty()) {
        const Status status = context()->parties().load(uuid, &party);
        if (!status) {
            m_messageLabel->setText(status.message());
            m_messageLabel->setVisible(true);
            return false;
        }
    }
    m_loading = true;
    m_loaded = party;
    m_nameEdit->setText(party.name);
    for (int row = 0; row < m_rolesList->count(); ++row) {
        QListWidgetItem *item = m_rolesList->item(row);
        item->setCheckState(party.roles.contains(item->data(codeRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    setCountry(party.country);
    m_contactNameEdit->setText(party.contactName);
    m_contactEmailEdit->setText(party.contactEmail);
    m_contactPhoneEdit->setText(party.contactPhone);
    m_dpoNameEdit->setText(party.dpoName);
    m_dpoContactEdit->setText(party.dpoContact);
    m_notesEdit->setPlainText(party.notes);
    m_loading = false;

    m_showErrors = !uuid.isEmpty();
    m_messageLabel->clear();
    m_messageLabel->setVisible(false);
    showValidation(m_showErrors ? party.validate() : Findings());
    refresh();
    setModified(false);
    updateButtons();
    m_scrollArea->ensureVisible(0, 0);
    return true;
}

void PartyEditor::refresh()
{
    if (!m_loaded.uuid.isEmpty()) {
        // The retired flag may have changed through the page.
        Party stored;
        if (context()->parties().load(m_loaded.uuid, &stored))
            m_loaded.retired = stored.retired;
    }
    m_banner->setFindings(m_loaded.uuid.isEmpty() ? Findings()
                                                  : context()->findingsFor(QStringLiteral("party"), m_loaded.uuid));
    const QList<PartyUsedByList::Reference> references = referencesTo(m_loaded.uuid);
    m_usedByList->setReferences(references, m_loaded.uuid.isEmpty()
                                                ? tr("Nothing refers to a new party yet.")
                                                : tr("No processing activity or agreement refers to this party."));
    updateHeading();
}

void PartyEditor::updateHeading()
{
    const QString name = displayName();
    m_headingLabel->setText(m_loaded.uuid.isEmpty() && name.isEmpty() ? tr("New party") : name);
    m_stateLabel->setText(tr("This party is retired: it stays in the register's history but is no longer offered "
                             "for new links. Use “Restore” to offer it again."));
    m_stateLabel->setVisible(m_loaded.retired);
}

void PartyEditor::onEdited()
{
    if (m_loading)
        return;
    m_showErrors = true;
    const Party party = currentParty();
    showValidation(party.validate());
    setModified(normalised(party) != normalised(m_loaded));
    updateHeading();
    updateButtons();
}

void PartyEditor::showValidation(const Findings &findings)
{
    m_messages->showWithSummary(findings, m_messageLabel);
}

void PartyEditor::updateButtons()
{
    m_saveButton->setEnabled(isModified() && !Domain::hasErrors(currentParty().validate()));
    m_revertButton->setEnabled(isModified());
}

bool PartyEditor::save()
{
    Party party = currentParty();
    Findings findings = party.validate();
    if (Domain::hasErrors(findings)) {
        m_showErrors = true;
        showValidation(findings);
        focusField(m_messages->firstErrorField(findings));
        return false;
    }
    findings.clear();
    const Status status = context()->parties().save(&party, &findings);
    if (!status) {
        m_messages->showSaveFailure(status.message(), findings, m_messageLabel);
        return false;
    }
    load(party.uuid);
    emit saved(party.uuid);
    return true;
}

void PartyEditor::focusField(const QString &field)
{
    QWidget *widget = m_messages->widget(field);
    if (!widget)
        return;
    m_scrollArea->ensureWidgetVisible(widget);
    widget->setFocus(Qt::OtherFocusReason);
}

void PartyEditor::retranslateUi()
{
    m_partyGroup->setTitle(tr("Party and roles — Art. 4(7)–(10), Art. 26, Art. 28"));
    m_contactGroup->setTitle(tr("Contact — Art. 30(1)(a), Art. 30(2)(a)"));
    m_dpoGroup->setTitle(tr("Data protection officer — Art. 37"));
    m_notesGroup->setTitle(tr("Notes"));
    m_usedByGroup->setTitle(tr("Used by"));

    const QList<QPair<QLabel *, QString>> labels = {
        {m_nameLabel, tr("&Name:")},
        {m_rolesLabel, tr("&Roles:")},
        {m_countryLabel, tr("Countr&y:")},
        {m_contactNameLabel, tr("&Contact person:")},
        {m_contactEmailLabel, tr("&E-mail:")},
        {m_contactPhoneLabel, tr("Te&lephone:")},
        {m_dpoNameLabel, tr("Na&me:", "data protection officer")},
        {m_dpoContactLabel, tr("Contact &details:", "data protection officer")},
    };
    for (const auto &[label, text] : labels) {
        label->setText(text);
        label->buddy()->setAccessibleName(plain(text));
    }
    m_dpoNameEdit->setAccessibleName(tr("Data protection officer's name"));
    m_dpoContactEdit->setAccessibleName(tr("Data protection officer's contact details"));
    m_notesEdit->setAccessibleName(tr("Notes"));
    m_nameEdit->setPlaceholderText(tr("e.g. Hosting Partner B.V."));
    m_contactEmailEdit->setPlaceholderText(tr("name@example.nl"));
    m_contactPhoneEdit->setPlaceholderText(tr("+31 30 123 4567"));
    m_dpoNameEdit->setPlaceholderText(tr("Leave empty if the party has no DPO"));
    m_dpoContactEdit->setPlaceholderText(tr("E-mail address or telephone number"));
    m_countryCombo->lineEdit()->setPlaceholderText(tr("Type a country or its two-letter code"));
    m_notesEdit->setPlaceholderText(tr("Anything an auditor should know about this party: certifications, the "
                                       "contract it works under, how to reach it in an incident."));

    const QHash<QString, QString> roleHints = {
        {QStringLiteral("controller"), tr("Decides on the purposes and means of the processing (Art. 4(7)); for "
                                          "example a customer we process data for.")},
        {QStringLiteral("joint_controller"), tr("Decides together with us on purposes and means (Art. 26).")},
        {QStringLiteral("processor"), tr("Processes personal data on our behalf (Art. 4(8), Art. 28).")},
        {QStringLiteral("sub_processor"), tr("Engaged by a processor to process the data (Art. 28(2) and (4)).")},
        {QStringLiteral("recipient"), tr("Receives personal data from us (Art. 4(9)).")},
    };
    {
        const bool wasLoading = m_loading;
        m_loading = true;
        for (int row = 0; row < m_rolesList->count(); ++row) {
            QListWidgetItem *item = m_rolesList->item(row);
            const QString code = item->data(codeRole).toString();
            item->setText(Codes::label(Codes::Kind::PartyRole, code));
            item->setToolTip(roleHints.value(code));
        }
        m_loading = wasLoading;
    }
    m_rolesList->setFixedHeight(m_rolesList->sizeHintForRow(0) * m_rolesList->count() + 2 * m_rolesList->frameWidth() +
                                2);
    m_rolesList->setToolTip(tr("Tick every role the party has; Space ticks the selected role."));
    m_usedByIntroLabel->setText(tr("Processing activities, processor activities and &agreements that refer to this "
                                   "party. Press Enter or double-click to open one."));
    m_usedByList->setAccessibleName(tr("Used by"));
    m_revertButton->setText(tr("Re&vert"));
    m_revertButton->setToolTip(tr("Drop the unsaved changes"));
    m_saveButton->setText(tr("Save"));
    m_saveButton->setToolTip(tr("Save the party (Ctrl+S)"));
    showValidation(m_showErrors ? currentParty().validate() : Findings());
    refresh();
}

void PartyEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_saveButton)
        retranslateUi();
    CatalogueEditor::changeEvent(event);
}

} // namespace Custodian::Ui
