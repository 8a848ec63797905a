#include "BreachApForm.h"

#include "DocumentLanguage.h"
#include "clocks/Deadlines.h"
#include "domain/Codes.h"
#include "domain/Countries.h"

#include <QDateTime>
#include <QLocale>
#include <QStringList>

namespace Custodian::Register {

using Domain::Breach;
using Domain::Codes;
using Kind = Domain::Codes::Kind;

namespace {

// The translation context of every question, title and fixed answer below. Each source text is
// marked where it is written, QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm", ...), for lupdate.
constexpr char Context[] = "Custodian::Register::BreachApForm";

// The sections as they are filled in, in the document's language.
class Form
{
public:
    explicit Form(const DocumentLanguage &language) : m_language(language) {}

    QString phrase(const char *source) const { return m_language.translate(Context, source); }

    void section(const char *title) { m_sections.append({phrase(title), {}}); }
    // The question with its answer; "(not recorded)" when the answer is empty.
    void ask(const char *question, const QString &answer)
    {
        const QString given = answer.trimmed();
        m_sections.last().answers.append({phrase(question), given.isEmpty() ? notRecorded() : given});
    }

    QString notRecorded() const
    {
        return phrase(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm", "(not recorded)"));
    }
    QString yesNo(bool yes) const
    {
        return yes ? phrase(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm", "Yes"))
                   : phrase(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm", "No"));
    }
    // "4 december 2026 14:30" in local time; empty for no moment.
    QString moment(const QDateTime &moment) const
    {
        return moment.isValid()
                   ? m_language.locale().toString(moment.toLocalTime(), QStringLiteral("d MMMM yyyy HH:mm"))
                   : QString();
    }
    QString day(QDate day) const { return m_language.longDate(day); }
    QString number(int value) const { return m_language.locale().toString(value); }
    // A code's label; empty for no code.
    QString label(Kind kind, const QString &code) const
    {
        return code.isEmpty() ? QString() : Codes::label(kind, code, m_language);
    }
    // The codes' labels, one a line.
    QString labels(Kind kind, const QStringList &codes) const
    {
        QStringList found;
        for (const QString &code : codes)
            found.append(label(kind, code));
        return lines(found);
    }
    // An estimate from its lowest and highest number; 0 is "not estimated".
    QString range(int minimum, int maximum) const
    {
        if (minimum <= 0 && maximum <= 0)
            return {};
        if (maximum <= 0)
            return phrase(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm", "at least %1")).arg(number(minimum));
        if (minimum <= 0)
            return phrase(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm", "at most %1")).arg(number(maximum));
        if (minimum == maximum)
            return number(minimum);
        return phrase(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm", "at least %1, at most %2"))
            .arg(number(minimum), number(maximum));
    }
    // The parts that are not empty, one a line.
    static QString lines(const QStringList &parts)
    {
        QStringList kept;
        for (const QString &part : parts) {
            if (!part.trimmed().isEmpty())
                kept.append(part.trimmed());
        }
        return kept.join(QLatin1Char('\n'));
    }

    const DocumentLanguage &language() const { return m_language; }
    QList<BreachApForm::Section> sections() const { return m_sections; }

private:
    const DocumentLanguage &m_language;
    QList<BreachApForm::Section> m_sections;
};

// Whether the notification comes later than 72 hours after awareness: the moment it was made, or
// now for one still to be made.
bool isLate(const Breach &breach)
{
    if (breach.notifyAp == QLatin1String("no") && !breach.apNotifiedAt.isValid())
        return false;
    QDateTime due = breach.notifyBy;
    if (!due.isValid() && breach.awareAt.isValid())
        due = Clocks::breachNotificationDeadline(breach.awareAt).dueMoment();
    if (!due.isValid())
        return false;
    const QDateTime notified = breach.apNotifiedAt.isValid() ? breach.apNotifiedAt : QDateTime::currentDateTimeUtc();
    return notified > due;
}

void aboutThisNotification(Form &form, const Breach &breach)
{
    form.section(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm", "About this notification"));
    form.ask(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm",
                               "Under which legislation are you making this notification?"),
             breach.telecomAct ? form.phrase(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm",
                                                               "The General Data Protection Regulation (AVG) and the "
                                                               "Telecommunications Act (Telecommunicatiewet)"))
                               : form.phrase(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm",
                                                               "The General Data Protection Regulation (AVG)")));
    QString kind;
    if (breach.apPhase == QLatin1String("initial"))
        kind = form.phrase(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm", "A new notification"));
    else if (breach.apPhase == QLatin1String("supplement"))
        kind = form.phrase(
            QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm", "A supplement to an earlier notification"));
    else if (breach.apPhase == QLatin1String("withdrawal"))
        kind = form.phrase(
            QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm", "The withdrawal of an earlier notification"));
    form.ask(
        QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm",
                          "Is this a new notification, a supplement to an earlier notification or its withdrawal?"),
        kind);
    form.ask(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm", "Is the notification provisional or final?"),
             form.label(Kind::NotificationType, breach.notificationType));
    if (breach.apPhase == QLatin1String("supplement") || breach.apPhase == QLatin1String("withdrawal")) {
        form.ask(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm",
                                   "The number the AP gave the earlier notification (meldnummer)"),
                 breach.apReference);
        form.ask(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm", "When was the earlier notification made?"),
                 form.moment(breach.apNotifiedAt));
    }
}

void contactDetails(Form &form, const Breach &breach, const Domain::Organisation &organisation,
                    const std::function<QString(const QString &uuid)> &partyName)
{
    form.section(
        QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm", "Contact details and other general information"));
    form.ask(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm", "Which organisation is this about?"),
             organisation.name);
    form.ask(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm", "Chamber of Commerce (KvK) number"),
             organisation.registrationNumber);
    const Domain::Countries::Country *country = Domain::Countries::find(organisation.country.trimmed());
    form.ask(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm", "Address"),
             Form::lines({organisation.streetAddress,
                          QString(organisation.postalCode.trimmed() + QLatin1Char(' ') + organisation.city.trimmed()),
                          country ? country->name(form.language().locale().language()) : organisation.country}));
    auto contact = [&form](const QString &name, const QString &phone, const QString &email) {
        return Form::lines({name,
                            phone.trimmed().isEmpty()
                                ? QString()
                                : form.phrase(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm", "Telephone: %1"))
                                      .arg(phone.trimmed()),
                            email.trimmed().isEmpty()
                                ? QString()
                                : form.phrase(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm", "E-mail: %1"))
                                      .arg(email.trimmed())});
    };
    // The reporter the breach names, else the organisation's contact (whose function the register
    // does not hold: the AP asks it).
    QStringList reporterName;
    for (const QString &part : {breach.reporterName.trimmed(), breach.reporterFunction.trimmed()}) {
        if (!part.isEmpty())
            reporterName << part;
    }
    QString reporter = contact(reporterName.join(QStringLiteral(", ")), breach.reporterPhone, breach.reporterEmail);
    if (reporter.isEmpty())
        reporter = contact(
            organisation.contactName.trimmed().isEmpty()
                ? QString()
                : form.phrase(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm", "%1 (function not recorded)"))
                      .arg(organisation.contactName.trimmed()),
            organisation.contactPhone, organisation.contactEmail);
    form.ask(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm", "Who is reporting the data breach?"), reporter);
    form.ask(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm",
                               "Whom can the AP contact for more information about the notification?"),
             breach.contactPoint);
    QString dpo = contact(organisation.dpoName, organisation.dpoPhone, organisation.dpoEmail);
    if (dpo.isEmpty() && organisation.dpoStatus == QLatin1String("not_required"))
        dpo = form.label(Kind::DpoStatus, organisation.dpoStatus);
    form.ask(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm", "Data protection officer (FG)"), dpo);

    // The organisation the breach names (a party no longer in the register: not recorded), then how
    // the organisation stands to others in it.
    QStringList involved;
    if (!breach.involvedPartyUuid.isEmpty()) {
        const QString name = partyName(breach.involvedPartyUuid).trimmed();
        involved << form.phrase(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm", "Yes: %1"))
                        .arg(name.isEmpty() ? form.notRecorded() : name);
    }
    if (!breach.controllers.isEmpty())
        involved << form.phrase(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm",
                                                  "Yes: the organisation is the processor of the controllers below"));
    else if (breach.detectionSource == QLatin1String("processor") || breach.processorNoticeAt.isValid())
        involved << form.phrase(
            QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm", "Yes: a processor of the organisation"));
    if (involved.isEmpty())
        involved << form.yesNo(false);
    form.ask(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm", "Was another organisation involved in the breach?"),
             Form::lines(involved));
    if (breach.controllers.isEmpty())
        return;
    QStringList controllers;
    for (const Domain::ControllerNotice &controller : breach.controllers) {
        QString name = controller.partyUuid.isEmpty() ? QString() : partyName(controller.partyUuid).trimmed();
        if (name.isEmpty())
            name = form.notRecorded();
        if (controller.notifiedAt.isValid())
            name = form.phrase(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm", "%1 (informed on %2)"))
                       .arg(name, form.moment(controller.notifiedAt));
        else if (controller.dueAt.isValid())
            name = form.phrase(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm", "%1 (to be informed by %2)"))
                       .arg(name, form.moment(controller.dueAt));
        controllers.append(name);
    }
    form.ask(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm",
                               "The controllers for whom the organisation processes the data (Art. 33(2) GDPR)"),
             controllers.join(QLatin1Char('\n')));
}

void timeline(Form &form, const Breach &breach)
{
    form.section(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm", "Timeline"));
    form.ask(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm", "When did the breach begin?"),
             form.moment(breach.occurredFrom));
    form.ask(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm", "Is the breach still going on?"),
             form.yesNo(breach.ongoing));
    if (!breach.ongoing)
        form.ask(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm", "When did the breach end?"),
                 form.moment(breach.occurredTo));
    form.ask(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm", "When was the breach discovered?"),
             form.moment(breach.detectedAt));
    const QString source = form.label(Kind::BreachSource, breach.detectionSource);
    const QString by = breach.detectedBy.trimmed();
    form.ask(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm", "How was the breach discovered, and by whom?"),
             !source.isEmpty() && !by.isEmpty() ? QStringLiteral("%1 (%2)").arg(source, by) : source + by);
    if (breach.processorNoticeAt.isValid())
        form.ask(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm",
                                   "When did the processor inform the organisation of the breach?"),
                 form.moment(breach.processorNoticeAt));
    form.ask(
        QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm", "When did the organisation become aware of the breach?"),
        breach.awareAt.isValid() ? Form::lines({form.moment(breach.awareAt), breach.awarenessReasoning}) : QString());
    if (isLate(breach))
        form.ask(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm",
                                   "Why is the breach notified more than 72 hours after becoming aware of it?"),
                 breach.delayReasons);
}

void theBreach(Form &form, const Breach &breach, const std::function<QString(const QString &uuid)> &activityName)
{
    form.section(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm", "Details of the data breach"));
    form.ask(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm",
                               "Summarise the incident in which the security of personal data was breached"),
             breach.summary);
    form.ask(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm",
                               "What is the nature of the incident in which the security of personal data was "
                               "breached?"),
             form.labels(Kind::BreachEffect, breach.effects));
    form.ask(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm",
                               "Which aspects of security were breached: confidentiality, integrity, availability?"),
             form.labels(Kind::BreachCia, breach.cia));
    form.ask(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm", "What type of incident was it?"),
             form.label(Kind::IncidentType, breach.incidentType));
    form.ask(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm", "What caused the breach?"),
             Form::lines({form.label(Kind::BreachCause, breach.cause), breach.rootCause}));
    QStringList activities;
    for (const QString &uuid : breach.activities) {
        const QString name = activityName(uuid).trimmed();
        activities.append(name.isEmpty() ? form.notRecorded() : name);
    }
    form.ask(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm", "In which processing activities did it occur?"),
             activities.join(QLatin1Char('\n')));
    form.ask(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm", "Which systems were affected?"),
             Form::lines(breach.systems.split(QLatin1Char('\n'))));
}

void personalData(Form &form, const Breach &breach)
{
    form.section(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm", "Personal data involved in the data breach"));
    form.ask(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm", "Which kinds of personal data are involved?"),
             form.labels(Kind::BreachDataType, breach.dataTypes));
    // The data types say whether special categories are among them; without one, there are none.
    QString special = form.labels(Kind::SpecialCategory, breach.specialCategories);
    if (special.isEmpty() && !breach.dataTypes.isEmpty() && !breach.dataTypes.contains(QLatin1String("special")))
        special = form.phrase(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm", "None"));
    form.ask(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm",
                               "Which special categories of personal data are involved?"),
             special);
    form.ask(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm",
                               "How many data records were affected by the breach (approximately, if need be)?"),
             form.range(breach.recordsMin, breach.recordsMax));
}

void people(Form &form, const Breach &breach)
{
    form.section(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm",
                                   "The group of people whose personal data are involved in the data breach"));
    form.ask(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm",
                               "How many people are affected by the breach (approximately, if need be)?"),
             form.range(breach.subjectsMin, breach.subjectsMax));
    form.ask(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm", "Which groups of people are affected?"),
             breach.subjectGroups);
    form.ask(
        QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm", "Are vulnerable groups affected, such as children?"),
        form.labels(Kind::VulnerableGroup, breach.vulnerableGroups));
}

void protection(Form &form, const Breach &breach)
{
    form.section(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm", "Measures taken before the data breach"));
    form.ask(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm",
                               "Were the personal data encrypted, hashed or otherwise made unintelligible or "
                               "inaccessible to unauthorised persons?"),
             form.yesNo(breach.encrypted || breach.hashed));
    form.ask(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm", "Encrypted to the state of the art"),
             form.yesNo(breach.encrypted));
    form.ask(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm", "Hashed"), form.yesNo(breach.hashed));
    form.ask(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm", "Pseudonymised"), form.yesNo(breach.pseudonymised));
    if (breach.encrypted || breach.hashed)
        form.ask(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm",
                                   "Has the key or password come into the hands of unauthorised persons as well?"),
                 form.yesNo(breach.keyCompromised));
    form.ask(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm", "Explain how the personal data were protected"),
             breach.protectionNotes);
}

void consequences(Form &form, const Breach &breach)
{
    form.section(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm", "Consequences of the data breach"));
    form.ask(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm",
                               "What are the consequences of the breach of the confidentiality, integrity or "
                               "availability of the data for the people affected?"),
             breach.consequences);
    form.ask(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm",
                               "What consequences can the breach have for the private lives of the people affected "
                               "(physical, material or immaterial harm)?"),
             form.labels(Kind::BreachHarm, breach.harms));
    form.ask(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm",
                               "Estimate the severity of the possible consequences for the people affected"),
             breach.riskLevel.isEmpty()
                 ? QString()
                 : Form::lines({form.label(Kind::RiskLevel, breach.riskLevel), breach.riskReasoning}));
}

void followUp(Form &form, const Breach &breach)
{
    form.section(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm", "Follow-up actions after the data breach"));
    // Informing the people affected (Art. 34).
    form.ask(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm",
                               "Have you informed the people affected of the breach, or do you intend to?"),
             form.label(Kind::InformSubjects, breach.informSubjects));
    // The means (letter, e-mail, ...) on one line, then how, in words.
    QStringList media;
    for (const QString &medium : breach.informMedia)
        media.append(form.label(Kind::InformMedium, medium));
    const QString means = Form::lines({media.join(QStringLiteral(", ")), breach.informChannel});
    if (breach.informSubjects == QLatin1String("yes")) {
        form.ask(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm", "When were the people affected informed?"),
                 form.moment(breach.subjectsInformedAt));
        form.ask(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm", "How were the people affected informed?"),
                 means);
    } else if (breach.informSubjects == QLatin1String("planned")) {
        form.ask(
            QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm", "When do you intend to inform the people affected?"),
            form.moment(breach.subjectsInformedAt));
        form.ask(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm", "How will the people affected be informed?"),
                 means);
    } else if (breach.informSubjects == QLatin1String("no")) {
        form.ask(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm", "Why do you not inform the people affected?"),
                 form.label(Kind::Art34Exception, breach.art34Exception));
        if (breach.art34Exception == QLatin1String("disproportionate"))
            form.ask(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm",
                                       "Informing every person affected would take disproportionate effort: how do "
                                       "you inform them through a public communication?"),
                     means);
    }
    form.ask(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm", "Explain your choice"), breach.informReasoning);

    // Measures to address the breach.
    form.ask(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm",
                               "Which measures have you taken, or do you intend to take, to address the breach and "
                               "limit its consequences?"),
             breach.measures);
    if (!breach.actions.isEmpty()) {
        QStringList actions;
        for (const Domain::BreachAction &action : breach.actions) {
            QStringList details;
            if (!action.owner.trimmed().isEmpty())
                details.append(form.phrase(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm", "responsible: %1"))
                                   .arg(action.owner.trimmed()));
            if (action.doneOn.isValid())
                details.append(form.phrase(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm", "done on %1"))
                                   .arg(form.day(action.doneOn)));
            else if (action.dueOn.isValid())
                details.append(form.phrase(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm", "due by %1"))
                                   .arg(form.day(action.dueOn)));
            const QString description = action.description.trimmed();
            actions.append(details.isEmpty()
                               ? description
                               : QStringLiteral("%1 (%2)").arg(description, details.join(QLatin1String("; "))));
        }
        form.ask(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm", "Follow-up actions"),
                 actions.join(QLatin1Char('\n')));
    }

    // International aspects.
    form.ask(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm",
                               "Did the breach occur in cross-border processing (people affected in other EU member "
                               "states)?"),
             form.yesNo(breach.crossBorder));
    QString authorities = breach.otherAuthorities.trimmed();
    if (authorities.isEmpty() && !breach.crossBorder)
        authorities = form.yesNo(false);
    form.ask(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm",
                               "Have you notified the breach to other supervisory authorities as well? To which?"),
             authorities);
}

void other(Form &form, const Breach &breach)
{
    form.section(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm", "Other"));
    form.ask(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm", "The organisation's own reference for the breach"),
             breach.number);
    form.ask(QT_TRANSLATE_NOOP("Custodian::Register::BreachApForm",
                               "Other notifications of the breach (police, insurer, NCSC, sector regulators)"),
             breach.otherNotifications);
}

} // namespace

QList<BreachApForm::Section> BreachApForm::answers(const Domain::Breach &breach,
                                                   const Domain::Organisation &organisation,
                                                   const std::function<QString(const QString &uuid)> &activityName,
                                                   const std::function<QString(const QString &uuid)> &partyName,
                                                   const DocumentLanguage &language)
{
    Form form(language);
    aboutThisNotification(form, breach);
    contactDetails(form, breach, organisation, partyName);
    timeline(form, breach);
    theBreach(form, breach, activityName);
    personalData(form, breach);
    people(form, breach);
    protection(form, breach);
    consequences(form, breach);
    followUp(form, breach);
    other(form, breach);
    return form.sections();
}

QString BreachApForm::text(const QList<Section> &sections)
{
    QString text;
    for (const Section &section : sections) {
        if (!text.isEmpty())
            text += QLatin1Char('\n');
        text += section.title + QLatin1Char('\n') + QString(section.title.size(), QLatin1Char('=')) + QLatin1Char('\n');
        for (const Answer &answer : section.answers) {
            QString value = answer.answer;
            value.replace(QLatin1String("\r\n"), QLatin1String("\n"));
            // "Question? Answer", "Question: answer".
            const QString separator =
                answer.question.endsWith(QLatin1Char('?')) ? QStringLiteral(" ") : QStringLiteral(": ");
            if (!value.contains(QLatin1Char('\n'))) {
                text += answer.question + separator + value + QLatin1Char('\n');
                continue;
            }
            text += answer.question + separator.trimmed() + QLatin1Char('\n');
            const QStringList lines = value.split(QLatin1Char('\n'));
            for (QString line : lines) {
                while (!line.isEmpty() && line.back().isSpace())
                    line.chop(1);
                text += line.isEmpty() ? QStringLiteral("\n") : QLatin1String("    ") + line + QLatin1Char('\n');
            }
        }
    }
    return text;
}

} // namespace Custodian::Register
