#include "sections/breaches/BreachEditor.h"

#include "DocumentLanguage.h"
#include "clocks/Deadlines.h"
#include "domain/ProcessingActivity.h"
#include "framework/PageParts.h"
#include "framework/RecordDetails.h"
#include "framework/RegisterContext.h"
#include "register/BreachApForm.h"
#include "register/Completeness.h"
#include "register/OrganisationService.h"
#include "register/Services.h"
#include "sections/letters/LetterPanel.h"
#include "widgets/EntityPicker.h"
#include "widgets/RegisterChoices.h"

#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Custodian::Ui {

using Domain::Breach;

namespace {

enum Page
{
    BreachPage,
    DataPage,
    RiskPage,
    NotifyPage,
    FollowUpPage
};

QString momentText(const QDateTime &moment)
{
    return QLocale().toString(moment.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

BreachEditor::BreachEditor(RegisterContext *context, QWidget *parent) : TypedEditor(context, parent)
{
    setObjectName(QStringLiteral("breachEditor"));
    const FieldOptions none =
        FieldOptions().withNoneText(QT_TRANSLATE_NOOP("Custodian::Ui::FormBinder", "Not known yet"));

    // The breach and its timeline (AP form sections 2 and 3).
    QFormLayout *form = pages()->addPage(QStringLiteral("breachPage"));
    m_captions.add(form);
    m_form.add(form, "title", FieldOptions().withMnemonic());
    m_form.add(form, "summary", FieldOptions().withMnemonic().withLines(3));
    m_form.add(form, "status", FieldOptions().withMnemonic());
    m_captions.add(form);
    m_form.add(form, "awareAt", FieldOptions().withMnemonic());
    m_clockLabel = new QLabel(form->parentWidget());
    m_clockLabel->setObjectName(QStringLiteral("clockLabel"));
    m_clockLabel->setWordWrap(true);
    m_clockLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(QString(), m_clockLabel);
    m_form.add(form, "awarenessReasoning", FieldOptions().withLines(2));
    for (const char *key : {"occurredFrom", "occurredTo", "ongoing", "detectedAt", "detectedBy"})
        m_form.add(form, key, FieldOptions().withLabelBeside());
    m_form.add(form, "detectionSource", none);
    m_form.add(form, "processorNoticeAt");
    m_captions.add(form);
    m_form.add(form, "incidentType", none);
    m_form.add(form, "cause", none);
    m_form.add(form, "rootCause", FieldOptions().withLines(2));
    m_involvedPicker = static_cast<EntityPicker *>(
        m_form.add(form, "involvedPartyUuid", FieldOptions().named(QStringLiteral("involvedPicker"))));
    linkGoTo(m_involvedPicker, "party");
    addCodeList(form, "cia");
    addCodeList(form, "effects");

    // Data and people (sections 4 and 5).
    form = pages()->addPage(QStringLiteral("dataPage"));
    m_captions.add(form);
    m_activities = addLinkList(form, "activities");
    linkGoTo(m_activities, "activity");
    m_fillButton = new QPushButton(form->parentWidget());
    m_fillButton->setObjectName(QStringLiteral("fillButton"));
    form->addRow(QString(), m_fillButton);
    connect(m_fillButton, &QPushButton::clicked, this, [this] { fillFromActivities(); });
    m_dataTypes = addCodeList(form, "dataTypes");
    m_specialCategories = addCodeList(form, "specialCategories");
    m_form.add(form, "systems", FieldOptions().withLines(2));
    m_captions.add(form);
    m_form.add(form, "subjectGroups", FieldOptions().withLines(2));
    addCodeList(form, "vulnerableGroups");
    for (const char *key : {"subjectsMin", "subjectsMax", "recordsMin", "recordsMax"})
        m_form.add(form, key);

    // Protection before the breach, consequences and risk (sections 6 and 7).
    form = pages()->addPage(QStringLiteral("riskPage"));
    m_captions.add(form);
    for (const char *key : {"encrypted", "hashed", "pseudonymised", "keyCompromised"})
        m_form.add(form, key, FieldOptions().withLabelBeside());
    m_form.add(form, "protectionNotes", FieldOptions().withLines(2));
    m_captions.add(form);
    m_form.add(form, "consequences", FieldOptions().withLines(3));
    addCodeList(form, "harms");
    m_form.add(form, "riskLevel", none);
    m_form.add(form, "riskReasoning", FieldOptions().withLines(3));
    m_form.add(form, "decidedBy");
    m_form.add(form, "dpoInformedAt");
    m_form.add(form, "dpoAdvice", FieldOptions().withLines(2));

    // Notifications: the AP (Art. 33), the people (Art. 34), others, and the controllers.
    form = pages()->addPage(QStringLiteral("notifyPage"));
    m_captions.add(form);
    m_form.add(form, "notifyAp",
               FieldOptions().withNoneText(QT_TRANSLATE_NOOP("Custodian::Ui::FormBinder", "Not decided yet")));
    m_form.add(form, "notifyApReasoning", FieldOptions().withLines(3));
    // The AP takes notifications only through its web form: the answers to copy into it.
    m_apFormButton = new QPushButton(form->parentWidget());
    m_apFormButton->setObjectName(QStringLiteral("apFormButton"));
    auto *apFormRow = new QHBoxLayout;
    apFormRow->addWidget(m_apFormButton);
    apFormRow->addStretch();
    form->addRow(QString(), apFormRow);
    connect(m_apFormButton, &QPushButton::clicked, this, &BreachEditor::showApForm);
    for (const char *key : {"apNotifiedAt", "apReference", "apPhase"})
        m_form.add(form, key, FieldOptions().withNoneText(QT_TRANSLATE_NOOP("Custodian::Ui::FormBinder", "None")));
    m_form.add(form, "notificationType",
               FieldOptions().withNoneText(QT_TRANSLATE_NOOP("Custodian::Ui::FormBinder", "Not said")));
    // Who reports the breach: the AP asks a name, a function and a telephone number.
    for (const char *key : {"reporterName", "reporterFunction", "reporterPhone", "reporterEmail", "delayReasons",
                            "contactPoint", "crossBorder", "otherAuthorities", "telecomAct"})
        m_form.add(form, key, FieldOptions().withLines(2).withLabelBeside());
    m_captions.add(form);
    m_form.add(form, "informSubjects",
               FieldOptions().withNoneText(QT_TRANSLATE_NOOP("Custodian::Ui::FormBinder", "Not decided yet")));
    m_form.add(form, "art34Exception",
               FieldOptions().withNoneText(QT_TRANSLATE_NOOP("Custodian::Ui::FormBinder", "None")));
    for (const char *key : {"informReasoning", "subjectsInformedAt"})
        m_form.add(form, key, FieldOptions().withLines(2).withLabelBeside());
    addCodeList(form, "informMedia");
    for (const char *key : {"informChannel", "apRequiredInforming", "otherNotifications"})
        m_form.add(form, key, FieldOptions().withLines(2).withLabelBeside());
    // The communication to the people affected (Art. 34(2)), written from the register.
    m_letters = new LetterPanel(context, Letters::Subject::Breach, form->parentWidget());
    m_letters->setUnsavedCheck([this] { return isModified(); });
    form->addRow(m_letters);
    m_captions.add(form);
    m_controllers = addRowList(form, "controllers");
    linkGoTo(m_controllers, "party");
    // Counted from the moment of awareness and the agreement's term when the breach is saved.
    m_controllers->fieldWidget("dueAt")->setEnabled(false);

    // Follow-up (section 8) and closing.
    form = pages()->addPage(QStringLiteral("followUpPage"));
    m_captions.add(form);
    m_form.add(form, "measures", FieldOptions().withLines(3));
    m_actions = addRowList(form, "actions");
    m_form.add(form, "lessons", FieldOptions().withLines(3));
    m_captions.add(form);
    for (const char *key : {"closedOn", "closedBy"})
        m_form.add(form, key);
    m_form.add(form, "notes", FieldOptions().withLines(3));
    addExtraFields(form);
    m_captions.add(form);
    addRecordDetails(form);

    // The 72 hours count down while the breach is on screen.
    PageParts::everyMinuteWhileShown(this, [this] {
        if (isShowingItem())
            m_clockLabel->setText(clockText(currentItem()));
    });

    fields().addAlias(QStringLiteral("notifyBy"), QStringLiteral("awareAt"));
    m_form.onChange(this, [this] { onEdited(); });
    retranslateUi();
    showPlaceholder(QString());
}

Register::EntityService<Breach> &BreachEditor::service() const
{
    return context()->breaches();
}

Domain::Findings BreachEditor::liveFindings()
{
    return Register::CompletenessCheck::forBreach(currentItem(), context()->snapshot(), context()->today());
}

QString BreachEditor::displayName() const
{
    return m_stored.number;
}

QString BreachEditor::headingText() const
{
    if (m_stored.uuid.isEmpty())
        return tr("New breach");
    return tr("Breach %1").arg(m_stored.number);
}

QString BreachEditor::stateText() const
{
    if (m_stored.uuid.isEmpty())
        return QString();
    return Domain::Codes::label(Domain::Codes::Kind::BreachStatus, m_stored.status);
}

QString BreachEditor::clockText(const Breach &breach) const
{
    if (!breach.awareAt.isValid())
        return tr("Enter when the organisation became aware of the breach: the 72 hours to notify the Autoriteit "
                  "Persoonsgegevens run from that moment (Art. 33(1)).");
    // The statutory clock of the core (Clocks::breachNotificationDeadline), not a second 72 here.
    const QDateTime deadline = Clocks::breachNotificationDeadline(breach.awareAt).dueMoment();
    if (breach.isClosed() && breach.notifyAp.isEmpty() && !breach.apNotifiedAt.isValid())
        return tr("Closed without a recorded decision on notifying the Autoriteit Persoonsgegevens: record it, with "
                  "the reasoning (Art. 33(5)).");
    if (breach.notifyAp == QLatin1String("no"))
        return tr("Not notified to the Autoriteit Persoonsgegevens: the breach stays in this register with the "
                  "reasoning (Art. 33(5)).");
    if (breach.apNotifiedAt.isValid()) {
        const qint64 hours = breach.awareAt.secsTo(breach.apNotifiedAt) / 3600;
        return breach.apNotifiedAt <= deadline
                   ? tr("Notified on %1, %n hour(s) after becoming aware.", nullptr, int(hours))
                         .arg(momentText(breach.apNotifiedAt))
                   : tr("Notified on %1, %n hour(s) after becoming aware: record the reasons for the delay.", nullptr,
                        int(hours))
                         .arg(momentText(breach.apNotifiedAt));
    }
    const qint64 left = context()->now().secsTo(deadline);
    if (left < 0)
        return tr("The 72 hours ended on %1, %n hour(s) ago: notify now, with the reasons for the delay, unless the "
                  "breach is unlikely to result in a risk.",
                  nullptr, int(-left / 3600))
            .arg(momentText(deadline));
    return tr("Notify the Autoriteit Persoonsgegevens by %1 (%2 left), unless the breach is unlikely to result in a "
              "risk.")
        .arg(momentText(deadline), tr("%1 h %2 min", "hours and minutes left")
                                       .arg(QLocale().toString(left / 3600))
                                       .arg(left % 3600 / 60, 2, 10, QLatin1Char('0')));
}

void BreachEditor::updateDependentFields()
{
    const Breach breach = currentItem();
    m_clockLabel->setText(clockText(breach));
    const bool notifying = breach.notifyAp != QLatin1String("no");
    for (const char *key : {"apNotifiedAt", "apReference", "apPhase", "notificationType", "reporterName",
                            "reporterFunction", "reporterPhone", "reporterEmail", "delayReasons"})
        if (QWidget *widget = m_form.widget(key))
            widget->setEnabled(notifying);
    m_fillButton->setEnabled(!breach.activities.isEmpty());
}

void BreachEditor::afterSave()
{
    refillFromStored();
}

QString BreachEditor::apFormText()
{
    Domain::Organisation organisation;
    context()->reportIfFailed(context()->organisations().load(&organisation));
    const auto activityName = [this](const QString &uuid) {
        Domain::ProcessingActivity activity;
        return context()->activities().load(uuid, &activity) ? activity.name : QString();
    };
    const auto partyName = [this](const QString &uuid) {
        Domain::Party party;
        return context()->parties().load(uuid, &party) ? party.name : QString();
    };
    const DocumentLanguage dutch(QStringLiteral("nl"));
    return Register::BreachApForm::text(
        Register::BreachApForm::answers(currentItem(), organisation, activityName, partyName, dutch));
}

void BreachEditor::showApForm()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("apFormDialog"));
    dialog.setWindowTitle(tr("Answers for the AP's notification form"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *hint = new QLabel(tr("The Autoriteit Persoonsgegevens takes notifications through its form on "
                               "autoriteitpersoonsgegevens.nl. Copy the answers section by section; fill in what "
                               "says \"niet vastgelegd\" first."),
                            &dialog);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto *text = new QPlainTextEdit(apFormText(), &dialog);
    text->setObjectName(QStringLiteral("apFormText"));
    text->setReadOnly(true);
    layout->addWidget(text, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QPushButton *copy = buttons->addButton(tr("&Copy all"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, text, [text] { QGuiApplication::clipboard()->setText(text->toPlainText()); });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(820, 620);
    dialog.exec();
}

void BreachEditor::fillExtra(const Domain::Breach &breach)
{
    m_letters->setCase(breach.uuid, QStringLiteral("nl"));
}

bool BreachEditor::fillFromActivities()
{
    QList<Domain::ProcessingActivity> affected;
    for (const QString &uuid : m_activities->checkedUuids()) {
        Domain::ProcessingActivity activity;
        if (!context()->reportIfFailed(context()->activities().load(uuid, &activity)))
            return false;
        affected.append(activity);
    }
    Breach breach = currentItem();
    if (!breach.addFromActivities(affected))
        return false;
    m_dataTypes->setCheckedCodes(breach.dataTypes);
    m_specialCategories->setCheckedCodes(breach.specialCategories);
    m_form.widget<QPlainTextEdit>("systems")->setPlainText(breach.systems);
    onEdited();
    return true;
}

void BreachEditor::refreshChoices()
{
    m_activities->setChoices(RegisterChoices::activities(context()));
    m_involvedPicker->setChoices(RegisterChoices::parties(context()));
    m_controllers->setLinkChoices(RegisterChoices::parties(context(), QStringLiteral("controller")));
    // The agreement whose term in hours counts for telling that controller (Art. 33(2)).
    m_controllers->setFieldChoices("agreementUuid", RegisterChoices::agreements(context()));
}

void BreachEditor::retranslateUi()
{
    setPlaceholderText(tr("Choose a breach in the list, or log a new one."));
    const QList<QPair<QString, QString>> captions = {
        {tr("Personal data breach — Arts. 33-34 GDPR"),
         tr("Every breach is recorded here, whether it is notified or not (Art. 33(5)).")},
        {tr("When"),
         tr("Aware: the moment the organisation was reasonably certain that personal data were compromised.")},
        {tr("What kind of breach"), QString()},
        {tr("Processing activities affected"),
         tr("Tick the activities involved; “Fill in from the activities” adds the data they hold.")},
        {tr("People affected"), tr("Approximate numbers are fine; give a range when the exact number is not known.")},
        {tr("Protection before the breach"), QString()},
        {tr("Consequences and risk"),
         tr("The risk to the people decides: a risk, notify the AP; a high risk, inform the people too.")},
        {tr("Autoriteit Persoonsgegevens — Art. 33"), QString()},
        {tr("The people affected — Art. 34"), QString()},
        {tr("Controllers to notify — Art. 33(2)"),
         tr("Where the breach happened in processing for a customer, tell that controller within the term of the "
            "agreement.")},
        {tr("Measures and follow-up"), QString()},
        {tr("Closing"), QString()},
        {tr("Record"), QString()},
    };
    m_captions.setTexts(captions);
    pages()->setTitle(BreachPage, tr("Breach"));
    pages()->setTitle(DataPage, tr("Data and people"));
    pages()->setTitle(RiskPage, tr("Risk"));
    pages()->setTitle(NotifyPage, tr("Notifications"));
    pages()->setTitle(FollowUpPage, tr("Follow-up"));
    m_form.retranslate();
    retranslateLists();
    m_record->retranslateUi();
    m_activities->setGoToText(tr("Go to activity"));
    m_involvedPicker->setGoToText(tr("Go to"));
    m_activities->setNewText(QString());
    m_activities->setEmptyText(tr("No processing activities in the register yet."));
    m_fillButton->setText(tr("Fill in from the activities"));
    m_apFormButton->setText(tr("Answers for the AP's form…"));
    m_apFormButton->setToolTip(
        tr("The answers of this breach for the Autoriteit Persoonsgegevens' notification form, in "
           "Dutch, section by section, to copy into the form."));
    m_fillButton->setToolTip(tr("Adds the special categories, citizen service numbers, criminal data and systems of "
                                "the ticked activities; nothing is taken away."));
    m_actions->setTexts(tr("Add action"), tr("Remove action"), tr("Add each follow-up action with its owner and day."));
    m_controllers->setTexts(tr("Add controller"), tr("Remove controller"),
                            tr("None: the breach happened in our own processing."));
    m_controllers->fieldWidget("dueAt")->setToolTip(
        tr("Counted when the breach is saved: the moment of awareness plus the term in hours of the chosen "
           "agreement."));
    updateDependentFields();
}

} // namespace Custodian::Ui
