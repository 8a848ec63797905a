#include "widgets/RegisterChoices.h"

#include "domain/Codes.h"
#include "domain/NameOrder.h"
#include "framework/RegisterContext.h"
#include "register/Services.h"
#include "register/queries/ListRows.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Custodian::Ui {

using Domain::Codes;

namespace {

Choice choice(const QString &uuid, const QString &label, const QString &toolTip, bool retired)
{
    Choice result;
    result.uuid = uuid;
    result.label = label;
    result.toolTip = toolTip;
    result.retired = retired;
    return result;
}

Status failure(const Status &status, const Domain::Findings &findings)
{
    if (!status.message().isEmpty() || findings.isEmpty())
        return status;
    return Status::error(Status::Code::InvalidInput, findings.constFirst().message);
}

} // namespace

Choices RegisterChoices::parties(RegisterContext *context, const QString &firstRole)
{
    QList<Domain::Party> parties;
    context->reportIfFailed(context->parties().list(&parties));
    Choices first;
    Choices others;
    for (const Domain::Party &party : std::as_const(parties)) {
        QStringList roles;
        for (const QString &role : party.roles)
            roles.append(Codes::label(Codes::Kind::PartyRole, role));
        const QString label = party.country.isEmpty() ? party.name : tr("%1 (%2)").arg(party.name, party.country);
        const Choice item = choice(party.uuid, label, roles.join(QStringLiteral(", ")), party.retired);
        if (!firstRole.isEmpty() && party.roles.contains(firstRole))
            first.append(item);
        else
            others.append(item);
    }
    if (!first.isEmpty() && !others.isEmpty())
        others.first().separatorBefore = true;
    return first + others;
}

Choices RegisterChoices::bodies(RegisterContext *context, bool othersToo, const QStringList &alsoUuids)
{
    QList<Domain::Party> parties;
    context->reportIfFailed(context->parties().list(&parties));
    Choices first;
    Choices others;
    for (const Domain::Party &party : std::as_const(parties)) {
        if (!party.ownBody && !othersToo && !alsoUuids.contains(party.uuid))
            continue;
        const QString toolTip = party.ownBody ? tr("Administrative body of this organisation")
                                              : tr("Not marked as an administrative body of this organisation");
        (party.ownBody ? first : others).append(choice(party.uuid, party.name, toolTip, party.retired));
    }
    if (!first.isEmpty() && !others.isEmpty())
        others.first().separatorBefore = true;
    return first + others;
}

Choices RegisterChoices::measures(RegisterContext *context)
{
    QList<Domain::SecurityMeasure> measures;
    context->reportIfFailed(context->measures().list(&measures));
    Choices result;
    for (const Domain::SecurityMeasure &measure : std::as_const(measures)) {
        QString toolTip = Codes::label(Codes::Kind::MeasureKind, measure.kind);
        if (!measure.description.isEmpty())
            toolTip += QStringLiteral(": ") + measure.description;
        result.append(choice(measure.uuid, measure.title, toolTip, measure.retired));
    }
    return result;
}

Choices RegisterChoices::retentionRules(RegisterContext *context)
{
    QList<Domain::RetentionRule> rules;
    context->reportIfFailed(context->retentionRules().list(&rules));
    Choices result;
    for (const Domain::RetentionRule &rule : std::as_const(rules))
        result.append(choice(rule.uuid, rule.name, rule.periodText(), rule.retired));
    return result;
}

Choices RegisterChoices::activities(RegisterContext *context)
{
    QList<Register::ListRows::NamedItem> items;
    context->reportIfFailed(
        Register::ListRows::names(context->database(), Domain::EntityKind::ProcessingActivity, &items));
    Domain::NameOrder().sort(&items, [](const Register::ListRows::NamedItem &item) { return item.name; });
    Choices result;
    for (const Register::ListRows::NamedItem &item : std::as_const(items))
        result.append(choice(item.uuid, item.name, QString(), item.retired));
    return result;
}

Choices RegisterChoices::agreements(RegisterContext *context)
{
    QList<Domain::Agreement> agreements;
    context->reportIfFailed(context->agreements().list(&agreements));
    return RegisterChoices::agreements(agreements, context->today());
}

Choices RegisterChoices::agreements(const QList<Domain::Agreement> &agreements, QDate today)
{
    Choices result;
    for (const Domain::Agreement &agreement : std::as_const(agreements)) {
        QString toolTip = Codes::label(Codes::Kind::AgreementStatus, agreement.status);
        if (agreement.expiresOn.isValid())
            toolTip += QStringLiteral(", ") +
                       tr("expires %1").arg(QLocale().toString(agreement.expiresOn, QLocale::ShortFormat));
        QString label = agreement.title;
        if (agreement.isExpired(today))
            label = tr("%1 (expired)").arg(agreement.title);
        else if (agreement.status == QLatin1String("terminated"))
            label = tr("%1 (terminated)").arg(agreement.title);
        result.append(choice(agreement.uuid, label, toolTip, false));
    }
    return result;
}

Status RegisterChoices::createParty(RegisterContext *context, const QString &name, const QString &role, QString *uuid)
{
    Domain::Party party;
    party.name = name.trimmed();
    if (!role.isEmpty())
        party.roles = {role};
    Domain::Findings findings;
    const Status status = context->parties().save(&party, &findings);
    if (!status)
        return failure(status, findings);
    if (uuid)
        *uuid = party.uuid;
    return status;
}

Status RegisterChoices::createMeasure(RegisterContext *context, const QString &title, const QString &kind,
                                      QString *uuid)
{
    Domain::SecurityMeasure measure;
    measure.title = title.trimmed();
    if (!kind.isEmpty())
        measure.kind = kind;
    Domain::Findings findings;
    const Status status = context->measures().save(&measure, &findings);
    if (!status)
        return failure(status, findings);
    if (uuid)
        *uuid = measure.uuid;
    return status;
}

Status RegisterChoices::createRetentionRule(RegisterContext *context, const QString &name, QString *uuid)
{
    Domain::RetentionRule rule;
    rule.name = name.trimmed();
    Domain::Findings findings;
    const Status status = context->retentionRules().save(&rule, &findings);
    if (!status)
        return failure(status, findings);
    if (uuid)
        *uuid = rule.uuid;
    return status;
}

bool RegisterChoices::askName(QWidget *parent, const QString &title, const QString &label, QString *name)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *nameEdit = new QLineEdit(&dialog);
    auto *nameLabel = new QLabel(label, &dialog);
    nameLabel->setBuddy(nameEdit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    auto *form = new QFormLayout;
    form->addRow(nameLabel, nameEdit);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    QObject::connect(nameEdit, &QLineEdit::textChanged, buttons, [buttons](const QString &text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted || nameEdit->text().trimmed().isEmpty())
        return false;
    *name = nameEdit->text().trimmed();
    return true;
}

bool RegisterChoices::askMeasure(QWidget *parent, QString *title, QString *kind)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(tr("New security measure"));
    auto *titleEdit = new QLineEdit(&dialog);
    titleEdit->setPlaceholderText(tr("e.g. Encryption of backups"));
    auto *titleLabel = new QLabel(tr("&Title:"), &dialog);
    titleLabel->setBuddy(titleEdit);
    auto *kindCombo = new QComboBox(&dialog);
    const QStringList kinds = Codes::codes(Codes::Kind::MeasureKind);
    for (const QString &code : kinds)
        kindCombo->addItem(Codes::label(Codes::Kind::MeasureKind, code), code);
    auto *kindLabel = new QLabel(tr("&Kind:"), &dialog);
    kindLabel->setBuddy(kindCombo);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    auto *form = new QFormLayout;
    form->addRow(titleLabel, titleEdit);
    form->addRow(kindLabel, kindCombo);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    QObject::connect(titleEdit, &QLineEdit::textChanged, buttons, [buttons](const QString &text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted || titleEdit->text().trimmed().isEmpty())
        return false;
    *title = titleEdit->text().trimmed();
    *kind = kindCombo->currentData().toString();
    return true;
}

} // namespace Custodian::Ui
