#include "sections/holds/LegalHoldEditor.h"

#include "framework/RecordDetails.h"
#include "framework/RegisterContext.h"
#include "register/Completeness.h"
#include "register/Services.h"
#include "widgets/EntityPicker.h"
#include "widgets/RegisterChoices.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>

namespace Custodian::Ui {

using Domain::LegalHold;

LegalHoldEditor::LegalHoldEditor(RegisterContext *context, QWidget *parent) : TypedEditor(context, parent)
{
    setObjectName(QStringLiteral("legalHoldEditor"));
    QFormLayout *form = pages()->addPage(QStringLiteral("legalHoldPage"));
    m_captions.add(form);
    m_form.add(form, "title", FieldOptions().withMnemonic());
    m_form.add(form, "reference", FieldOptions().withMnemonic());

    // What the hold covers: under which rule and activity, and whom or what within them.
    m_captions.add(form);
    m_rulePicker = static_cast<EntityPicker *>(
        m_form.add(form, "retentionRuleUuid", FieldOptions().withMnemonic().named(QStringLiteral("rulePicker"))));
    m_activityPicker = static_cast<EntityPicker *>(
        m_form.add(form, "activityUuid", FieldOptions().withMnemonic().named(QStringLiteral("activityPicker"))));
    m_form.add(form, "scope", FieldOptions().withMnemonic().withLines(4));
    m_form.add(form, "reason", FieldOptions().withMnemonic().withLines(4));

    // When: started, last reviewed, released; and what that means today.
    m_captions.add(form);
    for (const char *key : {"startedOn", "reviewedOn", "releasedOn"})
        m_form.add(form, key, FieldOptions().withMnemonic());
    m_statusLabel = new QLabel(form->parentWidget());
    m_statusLabel->setObjectName(QStringLiteral("holdStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(QString(), m_statusLabel);

    m_captions.add(form);
    m_form.add(form, "notes", FieldOptions().withLines(4));
    m_captions.add(form);
    addRecordDetails(form);

    fields().addAlias(QStringLiteral("rule"), QStringLiteral("retentionRuleUuid"));
    fields().addAlias(QStringLiteral("activity"), QStringLiteral("activityUuid"));
    m_form.onChange(this, [this] { onEdited(); });
    linkGoTo(m_rulePicker, "retention_rule");
    linkGoTo(m_activityPicker, "activity");
    retranslateUi();
    showPlaceholder(QString());
}

Register::EntityService<LegalHold> &LegalHoldEditor::service() const
{
    return context()->legalHolds();
}

Domain::Findings LegalHoldEditor::liveFindings()
{
    return Register::CompletenessCheck::forLegalHold(currentItem(), context()->today());
}

QString LegalHoldEditor::headingText() const
{
    return nameOr(tr("New legal hold"), tr("Legal hold without a title"));
}

QString LegalHoldEditor::statusText(const LegalHold &hold) const
{
    const QLocale locale;
    const QDate today = context()->today();
    if (hold.releasedOn.isValid() && hold.releasedOn <= today)
        return tr("Released on %1: deletion goes on as the retention rule says.")
            .arg(locale.toString(hold.releasedOn, QLocale::ShortFormat));
    if (hold.startedOn.isValid() && hold.startedOn > today)
        return tr("Starts on %1.").arg(locale.toString(hold.startedOn, QLocale::ShortFormat));
    const QDate due = hold.reviewDue();
    if (!due.isValid())
        return tr("Active. Enter the day it started: it is reviewed at least once a year.");
    const QString dueText = locale.toString(due, QLocale::ShortFormat);
    return due < today ? tr("Active. The yearly review was due on %1.").arg(dueText)
                       : tr("Active. The next review is due on %1.").arg(dueText);
}

QString LegalHoldEditor::stateText() const
{
    if (m_stored.uuid.isEmpty())
        return QString();
    return m_stored.isActive(context()->today()) ? tr("Active") : tr("Not active");
}

void LegalHoldEditor::updateDependentFields()
{
    m_statusLabel->setText(statusText(currentItem()));
}

void LegalHoldEditor::refreshChoices()
{
    m_rulePicker->setChoices(RegisterChoices::retentionRules(context()));
    m_activityPicker->setChoices(RegisterChoices::activities(context()));
}

void LegalHoldEditor::retranslateUi()
{
    setPlaceholderText(tr("Choose a legal hold in the list, or create a new one."));
    const QList<QPair<QString, QString>> captions = {
        {tr("Legal hold — Art. 17(3)(e) GDPR"),
         tr("Deletion suspended for particular people or records, for a dispute, claim, inquiry or audit.")},
        {tr("What it covers"), tr("Everything the hold does not cover is still deleted on time (Art. 5(1)(e)).")},
        {tr("Dates"), QString()},
        {tr("Notes"), QString()},
        {tr("Record"), QString()},
    };
    m_captions.setTexts(captions);
    pages()->setTitle(0, tr("Legal hold"));
    m_form.retranslate();
    m_record->retranslateUi();
    m_form.widget<QLineEdit>("title")->setPlaceholderText(tr("e.g. Dismissal dispute in the sales team"));
    m_form.widget<QLineEdit>("reference")->setPlaceholderText(tr("e.g. the lawyer's case number"));
    m_form.widget<QPlainTextEdit>("scope")->setPlaceholderText(
        tr("Whose data and which records, e.g. \"the personnel file and e-mail of the employee concerned, and the "
           "team's sales reports of 2025\""));
    m_form.widget<QPlainTextEdit>("reason")->setPlaceholderText(
        tr("The dispute, claim, inquiry or audit, and who asked for the hold"));
    m_form.widget<QPlainTextEdit>("notes")->setPlaceholderText(tr("Reviews, who decided, where the records are kept"));
    for (EntityPicker *picker : {m_rulePicker, m_activityPicker}) {
        picker->setNoneText(tr("None"));
        picker->setNewText(QString());
        picker->setGoToText(tr("Go to"));
    }
    fields().setHint(QStringLiteral("reviewedOn"),
                     tr("Confirm at least once a year that the hold is still needed; release it when the case "
                        "is closed."));
    fields().setHint(QStringLiteral("releasedOn"), tr("From this day deletion goes on as the retention rule says."));
    updateDependentFields();
}

} // namespace Custodian::Ui
