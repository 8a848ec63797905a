#include "sections/requests/RequestEditor.h"

#include "framework/RecordDetails.h"
#include "framework/RegisterContext.h"
#include "register/Completeness.h"
#include "register/Services.h"
#include "register/queries/ListRows.h"
#include "sections/letters/LetterPanel.h"
#include "storage/Database.h"
#include "widgets/DateField.h"
#include "widgets/EntityPicker.h"
#include "widgets/RegisterChoices.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QToolButton>

namespace Custodian::Ui {

using Domain::RequestCase;

namespace {

enum Page
{
    RequestPage,
    RequesterPage,
    IdentityPage,
    HandlingPage,
    AnswerPage
};

QLabel *statusLine(QFormLayout *form, const QString &name)
{
    auto *label = new QLabel(form->parentWidget());
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(QString(), label);
    return label;
}

} // namespace

RequestEditor::RequestEditor(RegisterContext *context, QWidget *parent) : TypedEditor(context, parent)
{
    setObjectName(QStringLiteral("requestEditor"));

    // The request: when and how it came in, its status and deadlines, and the rights it invokes.
    QFormLayout *form = pages()->addPage(QStringLiteral("requestPage"));
    m_captions.add(form);
    for (const char *key : {"receivedOn", "channel", "receivedBy", "forwardedOn", "status"})
        m_form.add(form, key, FieldOptions().withMnemonic());
    m_deadlineLabel = statusLine(form, QStringLiteral("deadlineLabel"));
    m_captions.add(form);
    m_rights = addRowList(form, "rights");

    // The requester: who asks, for whom, how to reach them, and about what.
    form = pages()->addPage(QStringLiteral("requesterPage"));
    m_captions.add(form);
    m_purgedLabel = statusLine(form, QStringLiteral("purgedLabel"));
    for (const char *key : {"requesterRole", "requesterName", "requesterContact", "representativeName", "mandate",
                            "mandateCheckedOn", "replyChannel", "language"})
        m_form.add(form, key,
                   FieldOptions().withMnemonic().withLines(2).withNoneText(
                       QT_TRANSLATE_NOOP("Custodian::Ui::FormBinder", "Not chosen")));
    m_form.add(form, "scope", FieldOptions().withLines(3));

    // Identity (Art. 12(6)): only with reasonable doubt; no ID copy unless needed, then destroyed.
    form = pages()->addPage(QStringLiteral("identityPage"));
    m_captions.add(form);
    m_form.add(form, "identityDoubt", FieldOptions().withLabelBeside());
    m_form.add(form, "identityReasoning", FieldOptions().withLines(3));
    m_verifications = addRowList(form, "verifications");

    // Handling: the extension, Art. 12(5), where was searched, who was told.
    form = pages()->addPage(QStringLiteral("handlingPage"));
    m_captions.add(form);
    for (const char *key : {"extended", "extensionReason", "extensionReasoning", "extensionNoticeOn"})
        m_form.add(
            form, key,
            FieldOptions().withLabelBeside().withNoneText(QT_TRANSLATE_NOOP("Custodian::Ui::FormBinder", "None")));
    m_captions.add(form);
    m_form.add(form, "art12_5",
               FieldOptions().withNoneText(QT_TRANSLATE_NOOP("Custodian::Ui::FormBinder", "No: handled normally")));
    m_form.add(form, "art12_5Reasoning", FieldOptions().withLines(3));
    m_form.add(form, "fee");
    m_captions.add(form);
    m_prefillButton = new QToolButton(form->parentWidget());
    m_prefillButton->setObjectName(QStringLiteral("prefillButton"));
    m_prefillButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    form->addRow(QString(), m_prefillButton);
    connect(m_prefillButton, &QToolButton::clicked, this, &RequestEditor::showSubjectMenu);
    m_activities = addLinkList(form, "activities");
    linkGoTo(m_activities, "activity");
    m_processors = addRowList(form, "processors");
    m_recipients = addRowList(form, "recipients");
    linkGoTo(m_processors, "party");
    linkGoTo(m_recipients, "party");
    for (const char *key : {"recipientsImpossible", "recipientsReasoning", "requesterToldRecipients"})
        m_form.add(form, key, FieldOptions().withLines(2).withLabelBeside());
    m_captions.add(form);
    addCodeList(form, "accessElements");

    // The answer.
    form = pages()->addPage(QStringLiteral("answerPage"));
    m_captions.add(form);
    m_form.add(form, "responseOn", FieldOptions().withMnemonic());
    m_form.add(form, "responseMethod",
               FieldOptions().withMnemonic().withNoneText(QT_TRANSLATE_NOOP("Custodian::Ui::FormBinder", "Not yet")));
    m_form.add(form, "remediesNotice", FieldOptions().withLabelBeside());
    m_form.add(form, "closedOn");
    m_form.add(form, "notes", FieldOptions().withLines(4));
    // A public body's answer is a decision under the Awb (UAVG art. 34): the objection, the appeal,
    // and a complaint to the AP, which anyone may make.
    m_captions.add(form);
    m_form.add(form, "awbDecision", FieldOptions().withLabelBeside());
    m_decidingBodyPicker = static_cast<EntityPicker *>(
        m_form.add(form, "decidingBodyUuid", FieldOptions().named(QStringLiteral("decidingBodyPicker"))));
    linkGoTo(m_decidingBodyPicker, "party");
    for (const char *key : {"objectionReceivedOn", "objectionDecidedOn"})
        m_form.add(form, key);
    m_form.add(form, "objectionOutcome",
               FieldOptions().withNoneText(QT_TRANSLATE_NOOP("Custodian::Ui::FormBinder", "Not recorded")));
    for (const char *key : {"appealLodgedOn", "apComplaintOn"})
        m_form.add(form, key);
    m_captions.add(form);
    m_letters = new LetterPanel(context, Letters::Subject::Request, form->parentWidget());
    m_letters->setUnsavedCheck([this] { return isModified(); });
    form->addRow(m_letters);
    addExtraFields(form);
    m_captions.add(form);
    addRecordDetails(form);

    fields().addAlias(QStringLiteral("deadline"), QStringLiteral("receivedOn"));
    m_form.onChange(this, [this] { onEdited(); });
    retranslateUi();
    showPlaceholder(QString());
}

Register::EntityService<RequestCase> &RequestEditor::service() const
{
    return context()->requests();
}

Domain::Findings RequestEditor::liveFindings()
{
    return Register::CompletenessCheck::forRequest(currentItem(), context()->snapshot(), context()->today());
}

QString RequestEditor::displayName() const
{
    return m_stored.number;
}

QString RequestEditor::headingText() const
{
    if (m_stored.uuid.isEmpty())
        return tr("New request");
    const RequestCase request = currentItem();
    QStringList rights;
    for (const QString &right : request.rightCodes())
        rights.append(Domain::Codes::label(Domain::Codes::Kind::RequestRight, right));
    return rights.isEmpty()
               ? m_stored.number
               : tr("%1: %2", "case number: rights").arg(m_stored.number, rights.join(QStringLiteral(", ")));
}

QString RequestEditor::stateText() const
{
    if (m_stored.uuid.isEmpty())
        return QString();
    return Domain::Codes::label(Domain::Codes::Kind::RequestStatus, m_stored.status);
}

QString RequestEditor::deadlineText(const RequestCase &request) const
{
    const QLocale locale;
    const QDate today = context()->today();
    auto day = [&locale](QDate date) { return locale.toString(date, fourDigitYearFormat()); };
    if (request.isClosed()) {
        const QDate closed = request.closedOn.isValid() ? request.closedOn : request.responseOn;
        if (!closed.isValid())
            return tr("Closed when saved.");
        if (request.responseOn.isValid() && request.dueOn.isValid())
            return request.responseOn <= request.dueOn
                       ? tr("Closed on %1; answered on time (the deadline was %2).")
                             .arg(day(closed), day(request.dueOn))
                       : tr("Closed on %1; answered %n day(s) after the deadline of %2.", nullptr,
                            int(request.dueOn.daysTo(request.responseOn)))
                             .arg(day(closed), day(request.dueOn));
        return tr("Closed on %1.").arg(day(closed));
    }
    if (!request.actBy.isValid())
        return request.receivedOn.isValid() ? tr("The deadline is counted when the case is saved.")
                                            : tr("Enter the day the request was received: the month runs from then.");
    const qint64 left = today.daysTo(request.actBy);
    QString text;
    if (left < 0)
        text = tr("Overdue: act by %1, %n day(s) ago. The statutory deadline is %2.", nullptr, int(-left))
                   .arg(day(request.actBy), day(request.dueOn));
    else
        text = tr("Act by %1: %n day(s) left. The statutory deadline is %2.", nullptr, int(left))
                   .arg(day(request.actBy), day(request.dueOn));
    if (request.targetOn.isValid() && request.targetOn < request.actBy)
        text += QLatin1Char(' ') + tr("Internal target: %1.").arg(day(request.targetOn));
    if (!request.extended && request.noticeDueOn.isValid() && today <= request.noticeDueOn)
        text += QLatin1Char(' ') +
                tr("To extend by two months, tell the requester by %1 why (Art. 12(3)).").arg(day(request.noticeDueOn));
    return text;
}

void RequestEditor::updateDependentFields()
{
    const RequestCase request = currentItem();
    m_deadlineLabel->setText(deadlineText(request));
    const bool purged = request.isPurged();
    m_purgedLabel->setVisible(purged);
    if (purged)
        m_purgedLabel->setText(tr("The requester's details were erased on %1, as the register's settings ask for "
                                  "closed cases. The dates, rights and outcomes stay for the statistics.")
                                   .arg(QLocale().toString(request.purgedOn, fourDigitYearFormat())));
    const bool representative = request.requesterRole != QLatin1String("data_subject");
    for (const char *key : {"representativeName", "mandate", "mandateCheckedOn"})
        if (QWidget *widget = m_form.widget(key))
            widget->setEnabled(representative && !purged);
    // A purged case keeps its personal fields empty (the register clears them on save).
    for (const char *key : {"requesterName", "requesterContact", "replyChannel", "scope", "identityReasoning",
                            "extensionReasoning", "art12_5Reasoning", "recipientsReasoning", "notes"})
        if (QWidget *widget = m_form.widget(key))
            widget->setEnabled(!purged);
    for (FieldRowList *list : {m_rights, m_verifications, m_processors, m_recipients})
        list->setEnabled(!purged);
    for (const char *key : {"extensionReason", "extensionReasoning", "extensionNoticeOn"})
        if (QWidget *widget = m_form.widget(key))
            widget->setEnabled(request.extended);
    if (QWidget *widget = m_form.widget("recipientsReasoning"))
        widget->setEnabled(request.recipientsImpossible);
    for (const char *key :
         {"decidingBodyUuid", "objectionReceivedOn", "objectionDecidedOn", "objectionOutcome", "appealLodgedOn"})
        if (QWidget *widget = m_form.widget(key))
            widget->setEnabled(request.awbDecision);
}

void RequestEditor::prepareNew(RequestCase &request) const
{
    // A public body answers a request by a decision under the Awb.
    context()->reportIfFailed(context()->requests().prepareNew(&request));
}

void RequestEditor::afterSave()
{
    refillFromStored();
}

void RequestEditor::fillExtra(const RequestCase &request)
{
    // Letters go to the processors instructed and the recipients told, by name.
    const auto named = [this](const QList<Domain::PartyNotice> &notices) {
        QList<QPair<QString, QString>> parties;
        for (const Domain::PartyNotice &notice : notices) {
            Domain::Party party;
            if (!notice.partyUuid.isEmpty() && context()->parties().load(notice.partyUuid, &party))
                parties.append({party.uuid, party.name});
        }
        return parties;
    };
    m_letters->setCase(request.isPurged() ? QString() : request.uuid, request.language, named(request.processors),
                       named(request.recipients));
    m_letters->setEnabled(!request.isPurged());
}

void RequestEditor::refreshChoices()
{
    m_activities->setChoices(RegisterChoices::activities(context()));
    m_processors->setLinkChoices(RegisterChoices::parties(context(), QStringLiteral("processor")));
    m_recipients->setLinkChoices(RegisterChoices::parties(context(), QStringLiteral("recipient")));
    m_decidingBodyPicker->setChoices(RegisterChoices::bodies(context()));
}

int RequestEditor::tickActivitiesOf(const QString &subjectCategory)
{
    QMap<QString, QStringList> byCategory;
    if (!context()->reportIfFailed(Register::ListRows::activitiesBySubjectCategory(context()->database(), &byCategory)))
        return 0;
    return tick(byCategory.value(subjectCategory));
}

int RequestEditor::tick(const QStringList &activities)
{
    const QStringList checked = m_activities->checkedUuids();
    int added = 0;
    for (const QString &uuid : activities) {
        if (!checked.contains(uuid)) {
            m_activities->setChecked(uuid, true);
            ++added;
        }
    }
    return added;
}

void RequestEditor::showSubjectMenu()
{
    QMap<QString, QStringList> byCategory;
    if (!context()->reportIfFailed(Register::ListRows::activitiesBySubjectCategory(context()->database(), &byCategory)))
        return;
    QMenu menu(this);
    if (byCategory.isEmpty())
        menu.addAction(tr("No processing activity names its data subjects yet"))->setEnabled(false);
    // The menu ticks what it read: no second query per choice.
    for (auto it = byCategory.cbegin(); it != byCategory.cend(); ++it) {
        const QStringList activities = it.value();
        QAction *action = menu.addAction(tr("%1 (%n activity(ies))", nullptr, int(activities.size())).arg(it.key()));
        connect(action, &QAction::triggered, this, [this, activities] { tick(activities); });
    }
    menu.exec(m_prefillButton->mapToGlobal(QPoint(0, m_prefillButton->height())));
}

void RequestEditor::retranslateUi()
{
    setPlaceholderText(tr("Choose a request in the list, or log a new one."));
    const QList<QPair<QString, QString>> captions = {
        {tr("Request — Arts. 12-22 GDPR"),
         tr("The month to answer runs from the day the organisation received the request, through any channel or "
            "employee (Art. 12(3)).")},
        {tr("Rights invoked"), tr("Each right with its outcome; a right not (fully) granted needs its legal ground.")},
        {tr("Requester"), tr("Only what is needed to handle the request and to reach the requester.")},
        {tr("Identity — Art. 12(6)"),
         tr("Ask for more only with reasonable doubt. A copy of an identity document is rarely needed; if one was "
            "received, record when it was destroyed.")},
        {tr("Extension — Art. 12(3)"),
         tr("Two more months for complex or numerous requests, told to the requester with the reasons within the "
            "first month.")},
        {tr("Manifestly unfounded or excessive — Art. 12(5)"), QString()},
        {tr("Where was searched, and who was told"),
         tr("The activities searched, processors instructed to act, and recipients told of a rectification, "
            "erasure or restriction by name (Art. 19).")},
        {tr("The access answer — Art. 15"), tr("What the copy and the letter gave the requester.")},
        {tr("Answer"),
         tr("A refusal or a partial answer names the complaint to the Autoriteit Persoonsgegevens and the court "
            "(Art. 12(4)).")},
        {tr("Objection and appeal — Awb, UAVG art. 34"),
         tr("A public body's answer is a decision under the Awb: the requester may object (bezwaar) within six "
            "weeks, then appeal to the court. Anyone may complain to the Autoriteit Persoonsgegevens.")},
        {tr("Letters"),
         tr("Written in the requester's language from the register's templates, checked and saved with the case. "
            "They go when the requester's details are erased.")},
        {tr("Record"), QString()},
    };
    m_captions.setTexts(captions);
    pages()->setTitle(RequestPage, tr("Request"));
    pages()->setTitle(RequesterPage, tr("Requester"));
    pages()->setTitle(IdentityPage, tr("Identity"));
    pages()->setTitle(HandlingPage, tr("Handling"));
    pages()->setTitle(AnswerPage, tr("Answer"));
    m_form.retranslate();
    retranslateLists();
    m_record->retranslateUi();
    m_rights->setTexts(tr("Add right"), tr("Remove right"), tr("Add each right the request invokes."));
    m_verifications->setTexts(tr("Add check"), tr("Remove check"),
                              tr("No identity checks recorded. Add one only when there was reasonable doubt."));
    m_processors->setTexts(tr("Add processor"), tr("Remove processor"),
                           tr("Add the processors instructed to act on the request (Art. 28(3)(e))."));
    m_recipients->setTexts(tr("Add recipient"), tr("Remove recipient"),
                           tr("Add each recipient told of the rectification, erasure or restriction (Art. 19)."));
    m_activities->setGoToText(tr("Go to activity"));
    m_decidingBodyPicker->setGoToText(tr("Go to"));
    m_activities->setNewText(QString());
    m_activities->setEmptyText(tr("No processing activities in the register yet."));
    m_prefillButton->setText(tr("Tick the activities of a group of data subjects…"));
    m_prefillButton->setToolTip(tr("Ticks every processing activity that names the group the requester belongs to "
                                   "(customers, employees, …): the places to search."));
    m_form.widget<QLineEdit>("receivedBy")->setPlaceholderText(tr("e.g. customer service, or the employee's name"));
    m_form.widget<QPlainTextEdit>("scope")->setPlaceholderText(
        tr("What the requester asks about: systems, periods, particular data"));
    updateDependentFields();
}

} // namespace Custodian::Ui
