#include "sections/organisation/OrganisationPage.h"

#include "register/OrganisationService.h"
#include "widgets/CountryPicker.h"
#include "widgets/Icons.h"

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Custodian::Ui {

using Domain::Finding;
using Domain::Findings;
using Domain::JointController;
using Domain::Organisation;

namespace {
enum JointColumn
{
    JointName,
    JointContact,
    JointArrangement,
    JointColumnCount
};
constexpr int uuidRole = Qt::UserRole + 1;
} // namespace

OrganisationPage::OrganisationPage(QWidget *parent) : QWidget(parent)
{
    m_titleLabel = new QLabel(this);
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setWordWrap(true);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);

    m_organisationGroup = new QGroupBox(content);
    m_organisationGroup->setLayout(new QFormLayout);
    static_cast<QFormLayout *>(m_organisationGroup->layout())->setRowWrapPolicy(QFormLayout::WrapLongRows);
    for (const char *field : {"name", "registrationNumber", "streetAddress", "postalCode", "city", "country"})
        addField(m_organisationGroup, QString::fromLatin1(field));
    m_contactGroup = new QGroupBox(content);
    m_contactGroup->setLayout(new QFormLayout);
    static_cast<QFormLayout *>(m_contactGroup->layout())->setRowWrapPolicy(QFormLayout::WrapLongRows);
    for (const char *field : {"contactName", "contactEmail", "contactPhone"})
        addField(m_contactGroup, QString::fromLatin1(field));
    m_dpoGroup = new QGroupBox(content);
    m_dpoGroup->setLayout(new QFormLayout);
    static_cast<QFormLayout *>(m_dpoGroup->layout())->setRowWrapPolicy(QFormLayout::WrapLongRows);
    for (const char *field : {"dpoName", "dpoEmail", "dpoPhone"})
        addField(m_dpoGroup, QString::fromLatin1(field));
    m_representativeGroup = new QGroupBox(content);
    m_representativeGroup->setLayout(new QFormLayout);
    static_cast<QFormLayout *>(m_representativeGroup->layout())->setRowWrapPolicy(QFormLayout::WrapLongRows);
    for (const char *field : {"representativeName", "representativeContact"})
        addField(m_representativeGroup, QString::fromLatin1(field));

    m_jointGroup = new QGroupBox(content);
    auto *jointLayout = new QVBoxLayout(m_jointGroup);
    m_jointIntroLabel = new QLabel(m_jointGroup);
    m_jointIntroLabel->setWordWrap(true);
    m_jointTable = new QTableWidget(0, JointColumnCount, m_jointGroup);
    m_jointTable->setObjectName(QStringLiteral("jointControllerTable"));
    m_jointTable->horizontalHeader()->setStretchLastSection(true);
    m_jointTable->verticalHeader()->setVisible(false);
    m_jointTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_jointTable->setMinimumHeight(120);
    m_jointMessageLabel = new QLabel(m_jointGroup);
    m_jointMessageLabel->setWordWrap(true);
    m_jointMessageLabel->setVisible(false);
    m_addJointButton = new QPushButton(m_jointGroup);
    m_addJointButton->setObjectName(QStringLiteral("addJointControllerButton"));
    m_removeJointButton = new QPushButton(m_jointGroup);
    auto *jointButtons = new QHBoxLayout;
    jointButtons->addWidget(m_addJointButton);
    jointButtons->addWidget(m_removeJointButton);
    jointButtons->addStretch();
    jointLayout->addWidget(m_jointIntroLabel);
    jointLayout->addWidget(m_jointTable);
    jointLayout->addWidget(m_jointMessageLabel);
    jointLayout->addLayout(jointButtons);

    for (QGroupBox *group : {m_organisationGroup, m_contactGroup, m_dpoGroup, m_representativeGroup, m_jointGroup})
        contentLayout->addWidget(group);
    contentLayout->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("organisationScrollArea"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_saveButton = new QPushButton(this);
    m_saveButton->setIcon(Icons::action(Icons::Action::Save));
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setDefault(true);
    m_revertButton = new QPushButton(this);
    m_revertButton->setIcon(Icons::action(Icons::Action::Revert));
    m_historyButton = new QPushButton(this);
    m_historyButton->setIcon(Icons::action(Icons::Action::History));
    m_historyButton->setObjectName(QStringLiteral("historyButton"));
    connect(m_historyButton, &QPushButton::clicked, this, &OrganisationPage::historyRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_historyButton);
    buttons->addStretch();
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    connect(m_saveButton, &QPushButton::clicked, this, &OrganisationPage::save);
    connect(m_revertButton, &QPushButton::clicked, this, &OrganisationPage::reload);
    connect(m_addJointButton, &QPushButton::clicked, this, [this] {
        addJointControllerRow({});
        m_jointTable->setCurrentCell(m_jointTable->rowCount() - 1, JointName);
        m_jointTable->editItem(m_jointTable->item(m_jointTable->rowCount() - 1, JointName));
        onEdited();
    });
    connect(m_removeJointButton, &QPushButton::clicked, this, [this] {
        const int row = m_jointTable->currentRow();
        if (row >= 0) {
            m_jointTable->removeRow(row);
            onEdited();
        }
    });
    connect(m_jointTable, &QTableWidget::itemChanged, this, &OrganisationPage::onEdited);
    retranslateUi();
    setEnabled(false);
}

void OrganisationPage::addField(QGroupBox *group, const QString &field)
{
    QLineEdit *edit = nullptr;
    QWidget *widget = nullptr;
    if (field == QLatin1String("country")) {
        // The same country picker as for parties: names in the UI language, stored as the ISO code.
        m_countryPicker = new CountryPicker(group);
        m_countryPicker->setObjectName(QStringLiteral("countryCombo"));
        edit = m_countryPicker->lineEdit();
        widget = m_countryPicker;
        connect(m_countryPicker, &CountryPicker::codeChanged, this, &OrganisationPage::onEdited);
    } else {
        edit = new QLineEdit(group);
        widget = edit;
    }
    edit->setObjectName(field + QStringLiteral("Edit"));
    auto *label = new QLabel(group);
    label->setBuddy(edit);
    auto *message = new QLabel(group);
    message->setObjectName(field + QStringLiteral("Message"));
    message->setWordWrap(true);
    message->setVisible(false);
    auto *cell = new QWidget(group);
    auto *cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->addWidget(widget);
    cellLayout->addWidget(message);
    static_cast<QFormLayout *>(group->layout())->addRow(label, cell);
    m_edits.insert(field, edit);
    m_labels.insert(field, label);
    m_messageLabels.insert(field, message);
    connect(edit, &QLineEdit::textEdited, this, &OrganisationPage::onEdited);
}

void OrganisationPage::addJointControllerRow(const JointController &joint)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const int row = m_jointTable->rowCount();
    m_jointTable->insertRow(row);
    auto *name = new QTableWidgetItem(joint.name);
    name->setData(uuidRole, joint.uuid);
    m_jointTable->setItem(row, JointName, name);
    m_jointTable->setItem(row, JointContact, new QTableWidgetItem(joint.contact));
    m_jointTable->setItem(row, JointArrangement, new QTableWidgetItem(joint.arrangement));
    m_loading = wasLoading;
}

void OrganisationPage::setService(Register::OrganisationService *service)
{
    m_service = service;
    setEnabled(m_service != nullptr);
    reload();
    // Another register starts at its top, not where the last one was left (UI review L8).
    if (auto *scroll = findChild<QScrollArea *>(QStringLiteral("organisationScrollArea")))
        scroll->ensureVisible(0, 0);
}

QString OrganisationPage::organisationUuid() const
{
    return m_loaded.uuid;
}

void OrganisationPage::reload()
{
    m_loading = true;
    m_loaded = Organisation();
    if (m_service) {
        const Status status = m_service->load(&m_loaded);
        if (!status)
            m_summaryLabel->setText(status.message());
    }
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it)
        it.value()->setText(m_loaded.fieldValue(it.key()));
    m_countryPicker->setCode(m_loaded.country);
    m_jointTable->setRowCount(0);
    for (const JointController &joint : std::as_const(m_loaded.jointControllers))
        addJointControllerRow(joint);
    m_loading = false;
    showFindings(m_loaded.validate());
    m_historyButton->setEnabled(!m_loaded.uuid.isEmpty());
    setModified(false);
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
    organisation.jointControllers.clear();
    for (int row = 0; row < m_jointTable->rowCount(); ++row) {
        auto text = [this, row](int column) {
            const QTableWidgetItem *item = m_jointTable->item(row, column);
            return item ? item->text() : QString();
        };
        const QTableWidgetItem *nameItem = m_jointTable->item(row, JointName);
        organisation.jointControllers.append({nameItem ? nameItem->data(uuidRole).toString() : QString(),
                                              text(JointName), text(JointContact), text(JointArrangement)});
    }
    return organisation;
}

void OrganisationPage::onEdited()
{
    if (m_loading)
        return;
    showFindings(currentOrganisation().validate());
    setModified(currentOrganisation().normalised() != m_loaded.normalised());
}

void OrganisationPage::showFindings(const Findings &findings)
{
    for (auto it = m_messageLabels.cbegin(); it != m_messageLabels.cend(); ++it) {
        QStringList lines;
        for (const Finding &finding : Domain::findingsFor(findings, it.key())) {
            // Words, not only colour: "Error:" / "Warning:" carry the severity.
            lines << (finding.severity == Finding::Severity::Error ? tr("Error: %1") : tr("Warning: %1"))
                         .arg(finding.message);
        }
        it.value()->setText(lines.join(QLatin1Char('\n')));
        it.value()->setVisible(!lines.isEmpty());
    }
    QStringList jointLines;
    for (const Finding &finding : Domain::findingsFor(findings, QStringLiteral("jointControllers")))
        jointLines << tr("Error: %1").arg(finding.message);
    m_jointMessageLabel->setText(jointLines.join(QLatin1Char('\n')));
    m_jointMessageLabel->setVisible(!jointLines.isEmpty());

    const int errors = int(std::count_if(findings.cbegin(), findings.cend(),
                                         [](const Finding &f) { return f.severity == Finding::Severity::Error; }));
    const int warnings = int(findings.size()) - errors;
    if (errors > 0)
        m_summaryLabel->setText(tr("%n field(s) must be corrected before saving.", nullptr, errors));
    else if (warnings > 0)
        m_summaryLabel->setText(
            tr("%n remark(s); you can save, but an auditor may ask about them.", nullptr, warnings));
    else
        m_summaryLabel->setText(tr("These details head every report of the register (Art. 30(1)(a))."));
    m_saveButton->setEnabled(errors == 0 && m_modified);
}

void OrganisationPage::setModified(bool modified)
{
    const bool changed = modified != m_modified;
    m_modified = modified;
    m_saveButton->setEnabled(modified && !Domain::hasErrors(currentOrganisation().validate()));
    m_revertButton->setEnabled(modified);
    if (changed)
        emit modifiedChanged(modified);
}

bool OrganisationPage::save()
{
    if (!m_service)
        return false;
    Findings findings;
    const Status status = m_service->save(currentOrganisation(), &findings);
    if (!status) {
        showFindings(findings);
        m_summaryLabel->setText(status.message());
        return false;
    }
    reload();
    emit saved();
    return true;
}

void OrganisationPage::retranslateUi()
{
    m_titleLabel->setText(tr("Organisation"));
    m_organisationGroup->setTitle(tr("Controller — Art. 30(1)(a)"));
    m_contactGroup->setTitle(tr("Contact"));
    m_dpoGroup->setTitle(tr("Data protection officer — Art. 37"));
    m_representativeGroup->setTitle(tr("Representative in the EU — Art. 27"));
    m_jointGroup->setTitle(tr("Joint controllers — Art. 26"));
    // Accelerators: the first field of each group and the buttons; unique together with the menu bar (F, S, H).
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
    for (const auto &[field, text] : labels) {
        m_labels.value(field)->setText(text);
        QString plain = text;
        plain.remove(QLatin1Char('&'));
        if (plain.endsWith(QLatin1Char(':')))
            plain.chop(1);
        m_edits.value(field)->setAccessibleName(plain);
    }
    m_edits.value(QStringLiteral("registrationNumber"))->setPlaceholderText(tr("e.g. the KvK number"));
    m_edits.value(QStringLiteral("dpoName"))->setPlaceholderText(tr("Leave empty if no DPO is appointed"));
    m_edits.value(QStringLiteral("representativeName"))
        ->setPlaceholderText(tr("Only for controllers established outside the EU"));
    m_jointIntroLabel->setText(tr("Organisations that decide together with yours on the purposes and means of "
                                  "processing, and the essence of the arrangement with them."));
    m_jointTable->setHorizontalHeaderLabels({tr("Name"), tr("Contact"), tr("Arrangement")});
    m_addJointButton->setText(tr("A&dd joint controller"));
    m_removeJointButton->setText(tr("Remo&ve"));
    m_saveButton->setText(tr("Save")); // Ctrl+S; Alt+S belongs to the Settings menu
    m_revertButton->setText(tr("&Revert"));
    m_historyButton->setText(tr("History…")); // no accelerator: Alt+H belongs to the Help menu
    m_historyButton->setToolTip(tr("Who changed these details, when, and what changed."));
    showFindings(currentOrganisation().validate());
}

void OrganisationPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace Custodian::Ui
