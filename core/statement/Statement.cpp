#include "statement/Statement.h"

#include "DocumentLanguage.h"
#include "domain/Codes.h"
#include "domain/Countries.h"
#include "domain/PrivacyStatement.h"
#include "domain/ProcessingActivity.h"
#include "register/Completeness.h"

#include <QHash>

#include <algorithm>
#include <functional>
#include <optional>

namespace Custodian::Statement {

using Domain::Codes;
using Domain::ProcessingActivity;

namespace {

constexpr const char *Context = "Custodian::Statement";

// The phrases of the statement, in the terms of GDPR-REFERENCE §7, read in the document's language.
class Writer
{
public:
    Writer(const Register::RegisterSnapshot &snapshot, const DocumentLanguage &language,
           const Domain::PrivacyStatement *statement)
        : m_snapshot(snapshot), m_language(language), m_statement(statement),
          m_translate(!snapshot.organisation.dataLanguage.isEmpty() &&
                      snapshot.organisation.dataLanguage != language.code())
    {}

    // One of the register's own texts (a purpose, an interest, a name), trimmed: in the document's
    // language when the register's texts are written in another and the statement has a translation;
    // else as written, remembered as untranslated.
    QString own(const QString &text) const
    {
        const QString source = text.trimmed();
        if (!m_translate || source.isEmpty())
            return source;
        if (m_statement) {
            const QString translated = m_statement->translation(m_language.code(), source).trimmed();
            if (!translated.isEmpty())
                return translated;
        }
        if (!m_untranslated.contains(source))
            m_untranslated << source;
        return source;
    }
    const QStringList &untranslated() const { return m_untranslated; }
    const Domain::PrivacyStatement *statement() const { return m_statement; }

    QString t(const char *source) const { return m_language.translate(Context, source); }
    QString code(Codes::Kind kind, const QString &value) const { return Codes::label(kind, value, m_language); }

    // "a, b and c".
    QString joined(const QStringList &items) const
    {
        if (items.size() < 2)
            return items.value(0);
        const QStringList head = items.mid(0, items.size() - 1);
        return t(QT_TRANSLATE_NOOP("Custodian::Statement", "%1 and %2"))
            .arg(head.join(QStringLiteral(", ")), items.constLast());
    }

    QString partyName(const QString &uuid) const
    {
        const Domain::Party *party = m_snapshot.party(uuid);
        return party ? party->name : QString();
    }

    QString countryName(const QString &code) const
    {
        const QString name = Domain::Countries::name(code);
        return name.isEmpty() ? code : name;
    }

    const Register::RegisterSnapshot &snapshot() const { return m_snapshot; }
    const DocumentLanguage &language() const { return m_language; }

private:
    const Register::RegisterSnapshot &m_snapshot;
    const DocumentLanguage &m_language;
    const Domain::PrivacyStatement *m_statement;
    const bool m_translate;
    mutable QStringList m_untranslated;
};

Block paragraph(const QString &text)
{
    return {Block::Kind::Paragraph, text, {}, {}};
}

Block list(const QStringList &items)
{
    return {Block::Kind::List, {}, items, {}};
}

Block factList(const QList<QPair<QString, QString>> &facts)
{
    return {Block::Kind::Facts, {}, {}, facts};
}

bool isDutch(const QString &country)
{
    return country.isEmpty() || country.compare(QLatin1String("NL"), Qt::CaseInsensitive) == 0;
}

QString authorityName(const Writer &w)
{
    const Domain::Organisation &o = w.snapshot().organisation;
    if (!o.supervisoryAuthority.trimmed().isEmpty())
        return o.supervisoryAuthority.trimmed();
    return isDutch(o.country)
               ? w.t(QT_TRANSLATE_NOOP("Custodian::Statement",
                                       "the Dutch Data Protection Authority (Autoriteit Persoonsgegevens)"))
               : w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "the supervisory authority"));
}

QString authorityUrl(const Domain::Organisation &o)
{
    if (!o.supervisoryAuthorityUrl.trimmed().isEmpty())
        return o.supervisoryAuthorityUrl.trimmed();
    return o.supervisoryAuthority.trimmed().isEmpty() && isDutch(o.country)
               ? QStringLiteral("https://autoriteitpersoonsgegevens.nl")
               : QString();
}

// Where people send questions and requests: the privacy channels, else the general contact.
QList<QPair<QString, QString>> channels(const Writer &w)
{
    const Domain::Organisation &o = w.snapshot().organisation;
    QList<QPair<QString, QString>> facts;
    const QString email = o.privacyEmail.trimmed().isEmpty() ? o.contactEmail.trimmed() : o.privacyEmail.trimmed();
    if (!email.isEmpty())
        facts.append({w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "E-mail")), email});
    if (!o.privacyWebForm.trimmed().isEmpty())
        facts.append({w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "Web form")), o.privacyWebForm.trimmed()});
    if (!o.contactPhone.trimmed().isEmpty())
        facts.append({w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "Telephone")), o.contactPhone.trimmed()});
    return facts;
}

QString postalAddress(const Writer &w)
{
    const Domain::Organisation &o = w.snapshot().organisation;
    QStringList lines;
    if (!o.streetAddress.trimmed().isEmpty())
        lines << o.streetAddress.trimmed();
    const QString place = QStringList{o.postalCode.trimmed(), o.city.trimmed()}.join(QLatin1Char(' ')).trimmed();
    if (!place.isEmpty())
        lines << place;
    if (!o.country.trimmed().isEmpty())
        lines << w.countryName(o.country.trimmed());
    return lines.join(QStringLiteral(", "));
}

Section whoWeAre(const Writer &w)
{
    const Domain::Organisation &o = w.snapshot().organisation;
    Section section{QStringLiteral("who-we-are"), w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "Who we are")), {}};
    section.blocks.append(paragraph(
        w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "%1 is the controller of the processing described in this "
                                                      "statement: we decide why and how your personal data is used."))
            .arg(o.name)));
    QList<QPair<QString, QString>> facts;
    const QString address = postalAddress(w);
    if (!address.isEmpty())
        facts.append({w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "Address")), address});
    if (!o.registrationNumber.trimmed().isEmpty())
        facts.append({isDutch(o.country)
                          ? w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "Chamber of Commerce (KvK) number"))
                          : w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "Registration number")),
                      o.registrationNumber.trimmed()});
    if (!o.website.trimmed().isEmpty())
        facts.append({w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "Website")), o.website.trimmed()});
    facts += channels(w);
    if (!facts.isEmpty())
        section.blocks.append(factList(facts));
    if (!o.representativeName.trimmed().isEmpty())
        section.blocks.append(paragraph(
            o.representativeContact.trimmed().isEmpty()
                ? w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "Our representative in the European Union is %1."))
                      .arg(o.representativeName.trimmed())
                : w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "Our representative in the European Union is %1: %2."))
                      .arg(o.representativeName.trimmed(), o.representativeContact.trimmed())));
    return section;
}

std::optional<Section> dataProtectionOfficer(const Writer &w)
{
    const Domain::Organisation &o = w.snapshot().organisation;
    if (o.dpoStatus != QLatin1String("appointed") && o.dpoStatus != QLatin1String("voluntary"))
        return std::nullopt;
    Section section{QStringLiteral("data-protection-officer"),
                    w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "Data protection officer")),
                    {}};
    QString text = w.t(QT_TRANSLATE_NOOP("Custodian::Statement",
                                         "We have appointed a data protection officer, who supervises how we apply "
                                         "the GDPR. You can contact the data protection officer about anything that "
                                         "concerns your personal data."));
    if (o.dpoPublishName && !o.dpoName.trimmed().isEmpty())
        text += QLatin1Char(' ') + w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "Our data protection officer is %1."))
                                       .arg(o.dpoName.trimmed());
    section.blocks.append(paragraph(text));
    QList<QPair<QString, QString>> facts;
    if (!o.dpoEmail.trimmed().isEmpty())
        facts.append({w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "E-mail")), o.dpoEmail.trimmed()});
    if (!o.dpoPhone.trimmed().isEmpty())
        facts.append({w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "Telephone")), o.dpoPhone.trimmed()});
    if (!facts.isEmpty())
        section.blocks.append(factList(facts));
    return section;
}

// The lawful bases of one activity, each as a sentence with what the register says of it.
QString basesText(const Writer &w, const ProcessingActivity &a)
{
    QStringList sentences;
    for (const QString &basis : a.lawfulBases) {
        if (basis == QLatin1String("a")) {
            QString text = w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "Your consent (Art. 6(1)(a) GDPR)."));
            if (!a.consentWithdrawal.trimmed().isEmpty())
                text += QLatin1Char(' ') +
                        w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "You can withdraw your consent at any time: %1."))
                            .arg(w.own(a.consentWithdrawal));
            sentences << text;
        } else if (basis == QLatin1String("b")) {
            sentences << w.t(QT_TRANSLATE_NOOP("Custodian::Statement",
                                               "The performance of a contract with you, or steps you asked for "
                                               "before entering into one (Art. 6(1)(b) GDPR)."));
        } else if (basis == QLatin1String("c")) {
            sentences << (a.legalProvision.trimmed().isEmpty()
                              ? w.t(QT_TRANSLATE_NOOP("Custodian::Statement",
                                                      "A legal obligation that rests on us (Art. 6(1)(c) GDPR)."))
                              : w.t(QT_TRANSLATE_NOOP("Custodian::Statement",
                                                      "A legal obligation that rests on us (Art. 6(1)(c) GDPR): %1."))
                                    .arg(w.own(a.legalProvision)));
        } else if (basis == QLatin1String("d")) {
            sentences << w.t(QT_TRANSLATE_NOOP("Custodian::Statement",
                                               "The protection of your vital interests or those of another person "
                                               "(Art. 6(1)(d) GDPR)."));
        } else if (basis == QLatin1String("e")) {
            sentences << (a.legalProvision.trimmed().isEmpty()
                              ? w.t(QT_TRANSLATE_NOOP("Custodian::Statement",
                                                      "A task carried out in the public interest or in the exercise "
                                                      "of official authority (Art. 6(1)(e) GDPR)."))
                              : w.t(QT_TRANSLATE_NOOP("Custodian::Statement",
                                                      "A task carried out in the public interest or in the exercise "
                                                      "of official authority (Art. 6(1)(e) GDPR): %1."))
                                    .arg(w.own(a.legalProvision)));
        } else if (basis == QLatin1String("f")) {
            sentences << (a.legitimateInterest.trimmed().isEmpty()
                              ? w.t(QT_TRANSLATE_NOOP("Custodian::Statement",
                                                      "Our legitimate interests (Art. 6(1)(f) GDPR)."))
                              : w.t(QT_TRANSLATE_NOOP("Custodian::Statement",
                                                      "Our legitimate interests (Art. 6(1)(f) GDPR): %1."))
                                    .arg(w.own(a.legitimateInterest)));
        }
    }
    return sentences.join(QLatin1Char(' '));
}

QString provisionText(const Writer &w, const ProcessingActivity &a)
{
    QString text;
    if (a.provisionRequirement == QLatin1String("statutory"))
        text = w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "The law requires you to provide this data."));
    else if (a.provisionRequirement == QLatin1String("contractual"))
        text =
            w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "Our contract with you requires you to provide this data."));
    else if (a.provisionRequirement == QLatin1String("contract_conclusion"))
        text = w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "We need this data to enter into a contract with you."));
    else if (a.provisionRequirement == QLatin1String("voluntary"))
        text = w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "Providing this data is up to you."));
    if (!a.provisionConsequence.trimmed().isEmpty())
        text = (text + QLatin1Char(' ') + w.own(a.provisionConsequence)).trimmed();
    return text;
}

QString retentionText(const Writer &w, const ProcessingActivity &a)
{
    QStringList lines;
    for (const Domain::DataCategory &category : a.dataCategories) {
        const Domain::RetentionRule *rule = w.snapshot().retentionRule(category.retentionRuleUuid);
        if (!rule || rule->retired)
            continue;
        // The moment it runs from is the register's own text: translated as the others are.
        Domain::RetentionRule quoted = *rule;
        quoted.trigger = w.own(rule->trigger);
        const QString period = quoted.periodText(&w.language());
        if (!period.isEmpty())
            lines << w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "%1: %2")).arg(w.own(category.name), period);
    }
    return lines.join(QLatin1Char('\n'));
}

Block purposeFacts(const Writer &w, const ProcessingActivity &a)
{
    Block facts{Block::Kind::Facts, {}, {}, {}};
    const auto add = [&facts](const QString &label, const QString &value) {
        if (!value.trimmed().isEmpty())
            facts.facts.append({label, value.trimmed()});
    };
    QStringList subjects;
    for (const QString &subject : a.subjectCategories)
        subjects << w.own(subject);
    add(w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "Whose data")), subjects.join(QStringLiteral("; ")));
    QStringList data;
    for (const Domain::DataCategory &category : a.dataCategories) {
        data << (category.specialCategory.isEmpty()
                     ? w.own(category.name)
                     : w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "%1 (a special category of personal data: %2)"))
                           .arg(w.own(category.name), w.code(Codes::Kind::SpecialCategory, category.specialCategory)));
    }
    if (a.criminalData)
        data << w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "data about criminal convictions and offences"));
    if (a.bsn)
        data << (a.bsnGround.trimmed().isEmpty()
                     ? w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "your citizen service number (BSN)"))
                     : w.t(QT_TRANSLATE_NOOP("Custodian::Statement",
                                             "your citizen service number (BSN), which the law allows us to use: %1"))
                           .arg(w.own(a.bsnGround)));
    add(w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "Which data")), data.join(QStringLiteral("; ")));
    add(w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "Lawful basis")), basesText(w, a));
    if (a.lawfulBases.size() > 1)
        add(w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "Which basis covers what")), w.own(a.basisScope));
    QString source = w.own(a.dataSource);
    if (a.sourcePublic)
        source = (source + QLatin1Char(' ') +
                  w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "Partly from publicly accessible sources.")))
                     .trimmed();
    add(w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "Where the data comes from")), source);
    add(w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "Must you provide it?")), provisionText(w, a));
    if (a.automatedDecisions) {
        QStringList parts{w.t(QT_TRANSLATE_NOOP("Custodian::Statement",
                                                "We take decisions about you based solely on automated processing."))};
        for (const QString &text : {a.automatedLogic, a.automatedConsequences, a.art22Safeguards}) {
            if (!text.trimmed().isEmpty())
                parts << w.own(text);
        }
        add(w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "Automated decisions")), parts.join(QLatin1Char(' ')));
    } else if (a.profiling) {
        add(w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "Profiling")),
            (w.t(QT_TRANSLATE_NOOP("Custodian::Statement",
                                   "We use profiling, but take no decisions about you based solely on it.")) +
             QLatin1Char(' ') + w.own(a.automatedLogic))
                .trimmed());
    }
    QStringList joint;
    for (const Domain::JointControl &control : a.jointControllers) {
        QString text = w.partyName(control.partyUuid);
        if (!control.essence.trimmed().isEmpty())
            text += QStringLiteral(": ") + w.own(control.essence);
        if (!control.contactPoint.trimmed().isEmpty())
            text +=
                QLatin1Char(' ') +
                w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "Contact point: %1.")).arg(w.own(control.contactPoint));
        joint << text;
    }
    add(w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "Together with")), joint.join(QLatin1Char('\n')));
    add(w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "How long we keep it")), retentionText(w, a));
    return facts;
}

Section purposes(const Writer &w, const QList<const ProcessingActivity *> &activities)
{
    Section section{
        QStringLiteral("purposes"), w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "What we use your data for")), {}};
    section.blocks.append(paragraph(
        w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "For each purpose: whose data we use, which data, on what lawful "
                                                      "basis, where it comes from and how long we keep it."))));
    for (const ProcessingActivity *a : activities) {
        section.blocks.append({Block::Kind::Subheading, w.own(a->name), {}, {}});
        const QString purpose = w.own(a->publicPurpose.trimmed().isEmpty() ? a->purpose : a->publicPurpose);
        if (!purpose.isEmpty())
            section.blocks.append(paragraph(purpose));
        section.blocks.append(purposeFacts(w, *a));
    }
    return section;
}

std::optional<Section> onBehalfOfCustomers(const Writer &w, const QStringList &audiences)
{
    if (!audiences.isEmpty() && !audiences.contains(QLatin1String("customers")))
        return std::nullopt;
    QStringList texts;
    for (const Domain::ProcessorActivity &activity : w.snapshot().processorActivities) {
        if (activity.status == QLatin1String("retired"))
            continue;
        const QString text = w.own(activity.publicDescription);
        if (!text.isEmpty() && !texts.contains(text))
            texts << text;
    }
    if (texts.isEmpty())
        return std::nullopt;
    Section section{QStringLiteral("on-behalf-of-customers"),
                    w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "Processing on behalf of our customers")),
                    {}};
    for (const QString &text : std::as_const(texts))
        section.blocks.append(paragraph(text));
    return section;
}

Section recipients(const Writer &w, const QList<const ProcessingActivity *> &activities)
{
    Section section{
        QStringLiteral("recipients"), w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "Who receives your data")), {}};
    const bool byName = w.snapshot().organisation.recipientNaming == QLatin1String("names");
    QStringList items;
    bool processors = false;
    for (const ProcessingActivity *a : activities) {
        for (const Domain::Recipient &recipient : a->recipients) {
            // Our own staff are not recipients in the statement's sense, nor an authority in a particular
            // inquiry (Art. 4(9)).
            if (recipient.kind == QLatin1String("internal") || recipient.disclosure == QLatin1String("inquiry"))
                continue;
            const bool processor = recipient.kind == QLatin1String("processor");
            processors = processors || processor;
            QString text;
            const Domain::Party *party = w.snapshot().party(recipient.partyUuid);
            if (byName && party) {
                text = party->country.isEmpty()
                           ? party->name
                           : QStringLiteral("%1 (%2)").arg(party->name, w.countryName(party->country));
                const QString about = w.own(party->publicDescription.trimmed().isEmpty() ? recipient.description
                                                                                         : party->publicDescription);
                if (!about.isEmpty())
                    text += QStringLiteral(": ") + about;
            } else {
                text = w.own(recipient.description);
            }
            if (text.trimmed().isEmpty())
                continue; // nothing to name it by: a gap of the draft
            if (processor)
                text += QLatin1Char(' ') + w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "(processor)"));
            else if (recipient.kind == QLatin1String("authority"))
                text += QLatin1Char(' ') + w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "(where the law obliges us)"));
            if (!text.trimmed().isEmpty() && !items.contains(text))
                items << text;
        }
    }
    if (items.isEmpty()) {
        section.blocks.append(paragraph(
            w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "We do not share your personal data with others."))));
        return section;
    }
    section.blocks.append(paragraph(
        byName ? w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "We share your personal data with these recipients:"))
               : w.t(QT_TRANSLATE_NOOP("Custodian::Statement",
                                       "We share your personal data with these categories of recipients:"))));
    section.blocks.append(list(items));
    if (processors)
        section.blocks.append(paragraph(w.t(
            QT_TRANSLATE_NOOP("Custodian::Statement", "A processor processes your data only on our behalf and on our "
                                                      "instructions, under a processing agreement with us "
                                                      "(Art. 28 GDPR)."))));
    return section;
}

QString mechanismText(const Writer &w, const Domain::Transfer &transfer)
{
    const QString &m = transfer.mechanism;
    if (m == QLatin1String("adequacy"))
        return w.t(QT_TRANSLATE_NOOP("Custodian::Statement",
                                     "The European Commission has decided that this country protects personal data "
                                     "adequately."));
    if (m == QLatin1String("dpf"))
        return w.t(QT_TRANSLATE_NOOP("Custodian::Statement",
                                     "The recipient is certified under the EU-U.S. Data Privacy Framework, which the "
                                     "European Commission has found adequate."));
    if (m == QLatin1String("scc"))
        return w.t(QT_TRANSLATE_NOOP("Custodian::Statement",
                                     "We agreed the European Commission's standard contractual clauses with the "
                                     "recipient."));
    if (m == QLatin1String("bcr"))
        return w.t(QT_TRANSLATE_NOOP("Custodian::Statement",
                                     "The recipient's binding corporate rules, approved by a supervisory authority, "
                                     "apply."));
    if (m == QLatin1String("derogation"))
        return w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "An exception of Art. 49 GDPR applies: %1."))
            .arg(w.code(Codes::Kind::Derogation, transfer.derogation));
    if (m.isEmpty())
        return {};
    return w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "Appropriate safeguards apply: %1."))
        .arg(w.code(Codes::Kind::TransferMechanism, m));
}

Section transfers(const Writer &w, const QList<const ProcessingActivity *> &activities)
{
    Section section{QStringLiteral("transfers"),
                    w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "Transfers outside the European Economic Area")),
                    {}};
    QStringList items;
    for (const ProcessingActivity *a : activities) {
        for (const Domain::Transfer &transfer : a->transfers) {
            QString text = w.countryName(transfer.country);
            const QString recipient = w.partyName(transfer.partyUuid);
            if (!recipient.isEmpty() && w.snapshot().organisation.recipientNaming == QLatin1String("names"))
                text = QStringLiteral("%1 (%2)").arg(text, recipient);
            QStringList sentences{text + QLatin1Char(':')};
            const QString mechanism = mechanismText(w, transfer);
            if (!mechanism.isEmpty())
                sentences << mechanism;
            if (!transfer.safeguardsCopyVia.trimmed().isEmpty())
                sentences << w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "Copy of the safeguards: %1."))
                                 .arg(w.own(transfer.safeguardsCopyVia));
            const QString item = sentences.join(QLatin1Char(' '));
            if (!items.contains(item))
                items << item;
        }
    }
    if (items.isEmpty()) {
        section.blocks.append(paragraph(w.t(
            QT_TRANSLATE_NOOP("Custodian::Statement", "We do not transfer your personal data to countries outside the "
                                                      "European Economic Area."))));
        return section;
    }
    section.blocks.append(paragraph(w.t(
        QT_TRANSLATE_NOOP("Custodian::Statement", "Some of your personal data goes to countries outside the European "
                                                  "Economic Area, whose laws may protect it less well. It is "
                                                  "protected as follows:"))));
    section.blocks.append(list(items));
    return section;
}

// The cookies of the activities described (Tw art. 11.7a): each with its provider, purpose, lifetime,
// whether it waits for consent, and where its data goes outside the EEA.
std::optional<Section> cookies(const Writer &w, const QList<const ProcessingActivity *> &activities)
{
    QStringList items;
    QStringList withdrawals;
    bool consent = false;
    for (const Domain::Cookie &cookie : w.snapshot().cookies) {
        const auto served =
            std::find_if(activities.cbegin(), activities.cend(),
                         [&cookie](const ProcessingActivity *a) { return a->uuid == cookie.activityUuid; });
        if (cookie.retired || served == activities.cend())
            continue;
        QString head = cookie.name;
        const QString provider = w.partyName(cookie.partyUuid);
        head += QStringLiteral(" (%1)").arg(
            cookie.partyUuid.isEmpty() ? w.code(Codes::Kind::TrackerKind, cookie.technique)
                                       : w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "%1 of %2"))
                                             .arg(w.code(Codes::Kind::TrackerKind, cookie.technique), provider));
        QStringList sentences{head + QLatin1Char(':')};
        QString purpose = w.own(cookie.purpose);
        if (!purpose.isEmpty() && !purpose.endsWith(QLatin1Char('.')))
            purpose += QLatin1Char('.');
        if (!purpose.isEmpty())
            sentences << purpose;
        const QString lifetime = cookie.lifetimeText(&w.language());
        if (cookie.sessionOnly)
            sentences << w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "Deleted when you close the browser."));
        else if (!lifetime.isEmpty())
            sentences << w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "Lifetime: %1.")).arg(lifetime);
        if (cookie.needsConsent()) {
            consent = true;
            sentences << w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "Only with your consent."));
            const QString withdrawal = w.own((*served)->consentWithdrawal);
            if (!withdrawal.isEmpty() && !withdrawals.contains(withdrawal))
                withdrawals << withdrawal;
        } else {
            sentences << w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "Needs no consent."));
        }
        if (!cookie.country.isEmpty())
            sentences << w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "Its data goes to %1."))
                             .arg(w.countryName(cookie.country));
        items << sentences.join(QLatin1Char(' '));
    }
    if (items.isEmpty())
        return std::nullopt;
    Section section{QStringLiteral("cookies"),
                    w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "Cookies and similar techniques")),
                    {}};
    section.blocks.append(paragraph(w.t(QT_TRANSLATE_NOOP(
        "Custodian::Statement",
        "We place cookies and use similar techniques on your device. Those that are strictly necessary, and "
        "analytics with little impact on your privacy, need no consent; we place the others only after you "
        "consent."))));
    section.blocks.append(list(items));
    if (consent && !withdrawals.isEmpty())
        section.blocks.append(
            paragraph(w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "You can withdraw your consent at any time: %1."))
                          .arg(withdrawals.join(QStringLiteral("; ")))));
    return section;
}

Section security(const Writer &w, const QList<const ProcessingActivity *> &activities)
{
    Section section{
        QStringLiteral("security"), w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "How we protect your data")), {}};
    QStringList items;
    for (const ProcessingActivity *a : activities) {
        for (const QString &uuid : a->measureUuids) {
            for (const Domain::SecurityMeasure &measure : w.snapshot().measures) {
                if (measure.uuid != uuid || measure.retired)
                    continue;
                const QString summary = w.own(measure.publicSummary);
                if (!summary.isEmpty() && !items.contains(summary))
                    items << summary;
            }
        }
    }
    section.blocks.append(paragraph(
        w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "We take appropriate technical and organisational measures to "
                                                      "protect your personal data against loss and unlawful use."))));
    if (!items.isEmpty())
        section.blocks.append(list(items));
    section.blocks.append(
        paragraph(w.t(QT_TRANSLATE_NOOP("Custodian::Statement",
                                        "If a breach of security nevertheless affects your personal data, we "
                                        "notify %1 without undue delay and where feasible within 72 hours, unless "
                                        "it is unlikely to result in a risk to you; when the risk to you is high, "
                                        "we also inform you without undue delay."))
                      .arg(authorityName(w))));
    return section;
}

QString rightText(const Writer &w, Right right)
{
    switch (right) {
    case Right::Access:
        return w.t(QT_TRANSLATE_NOOP("Custodian::Statement",
                                     "Access (Art. 15 GDPR): you may ask whether we process your personal data, and "
                                     "receive a copy of it with an explanation of how we use it."));
    case Right::Rectification:
        return w.t(QT_TRANSLATE_NOOP("Custodian::Statement",
                                     "Rectification (Art. 16 GDPR): you may have incorrect data corrected and "
                                     "incomplete data completed."));
    case Right::Erasure:
        return w.t(QT_TRANSLATE_NOOP("Custodian::Statement",
                                     "Erasure (Art. 17 GDPR): you may have your data erased, for example when we no "
                                     "longer need it, unless the law requires us to keep it."));
    case Right::Restriction:
        return w.t(QT_TRANSLATE_NOOP("Custodian::Statement",
                                     "Restriction (Art. 18 GDPR): you may have the use of your data restricted, for "
                                     "example while we check whether it is correct."));
    case Right::Portability:
        return w.t(QT_TRANSLATE_NOOP("Custodian::Statement",
                                     "Data portability (Art. 20 GDPR): you may receive the data you provided to us in "
                                     "a structured, commonly used and machine-readable format, or have it sent to "
                                     "another organisation."));
    case Right::Objection:
        return w.t(QT_TRANSLATE_NOOP("Custodian::Statement",
                                     "Objection (Art. 21(1) GDPR): you may object to our use of your data on grounds "
                                     "relating to your particular situation; we then stop unless we have compelling "
                                     "legitimate grounds that override your interests, or need the data for legal "
                                     "claims."));
    case Right::MarketingObjection:
        return w.t(QT_TRANSLATE_NOOP("Custodian::Statement",
                                     "Objection to direct marketing (Art. 21(2) GDPR): you may object at any time, "
                                     "and we then stop using your data for direct marketing."));
    case Right::WithdrawConsent:
        return w.t(QT_TRANSLATE_NOOP("Custodian::Statement",
                                     "Withdrawal of consent (Art. 7(3) GDPR): you may withdraw your consent at any "
                                     "time; this does not affect what we did with your consent before."));
    case Right::AutomatedDecisions:
        return w.t(QT_TRANSLATE_NOOP("Custodian::Statement",
                                     "Automated decisions (Art. 22 GDPR): you may ask for a person to review a "
                                     "decision, express your point of view and contest the decision."));
    }
    return {};
}

Section yourRights(const Writer &w, const QList<const ProcessingActivity *> &activities)
{
    Section section{QStringLiteral("your-rights"), w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "Your rights")), {}};
    section.blocks.append(paragraph(
        w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "The GDPR gives you these rights over your personal data:"))));
    QHash<QString, QString> names;
    for (const ProcessingActivity *a : activities)
        names.insert(a->uuid, w.own(a->name));
    QStringList items;
    for (const RightScope &scope : rightsFor(activities)) {
        QString text = rightText(w, scope.right);
        if (!scope.activityUuids.isEmpty()) {
            QStringList limited;
            for (const QString &uuid : scope.activityUuids)
                limited << names.value(uuid);
            text += QLatin1Char(' ') +
                    w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "This right applies to: %1.")).arg(w.joined(limited));
        }
        items << text;
    }
    section.blocks.append(list(items));
    return section;
}

Section exercise(const Writer &w)
{
    const Domain::Organisation &o = w.snapshot().organisation;
    Section section{QStringLiteral("exercising-your-rights"),
                    w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "How to exercise your rights")),
                    {}};
    section.blocks.append(paragraph(w.t(
        QT_TRANSLATE_NOOP("Custodian::Statement", "Send your request or question to us; saying which right you want "
                                                  "to use helps us answer quickly."))));
    QList<QPair<QString, QString>> facts = channels(w);
    const QString address = postalAddress(w);
    if (!address.isEmpty())
        facts.append({w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "Post")), o.name + QStringLiteral(", ") + address});
    if (!facts.isEmpty())
        section.blocks.append(factList(facts));
    QStringList items = {
        w.t(QT_TRANSLATE_NOOP("Custodian::Statement",
                              "We answer within one month of receiving your request. When a request is complex, or "
                              "we receive many, we may take two more months; we then tell you so within the first "
                              "month, with the reasons (Art. 12(3) GDPR).")),
        w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "Exercising your rights is free of charge.")),
        w.t(QT_TRANSLATE_NOOP("Custodian::Statement",
                              "We ask you to prove who you are only when we have reasonable doubts about it, and we "
                              "never ask for a copy of your identity document by default.")),
    };
    if (o.publicBody && isDutch(o.country))
        items << w.t(QT_TRANSLATE_NOOP("Custodian::Statement",
                                       "Our decision on your request is a decision under the General Administrative "
                                       "Law Act (Awb): you can lodge an objection against it with us within six "
                                       "weeks."));
    section.blocks.append(list(items));
    if (w.statement() && !w.statement()->rightsNote.trimmed().isEmpty())
        section.blocks.append(paragraph(w.own(w.statement()->rightsNote)));
    return section;
}

Section complaints(const Writer &w)
{
    const Domain::Organisation &o = w.snapshot().organisation;
    Section section{QStringLiteral("complaints"), w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "Complaints")), {}};
    QString text = w.t(QT_TRANSLATE_NOOP("Custodian::Statement",
                                         "If you are not satisfied with how we handle your personal data, please tell "
                                         "us first. You also have the right to lodge a complaint with %1 (Art. 77 "
                                         "GDPR)."))
                       .arg(authorityName(w));
    const QString url = authorityUrl(o);
    if (!url.isEmpty())
        text += QLatin1Char(' ') + w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "Its website: %1.")).arg(url);
    section.blocks.append(paragraph(text));
    return section;
}

Section changes(const Writer &w, QDate today, const Edition &edition)
{
    Section section{
        QStringLiteral("changes"), w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "Changes to this statement")), {}};
    if (edition.version > 0) {
        section.blocks.append(paragraph(
            w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "We update this statement when our processing changes. This "
                                                          "is version %1, effective from %2."))
                .arg(QString::number(edition.version), w.language().longDate(edition.effectiveOn))));
        if (!edition.changeLog.trimmed().isEmpty())
            section.blocks.append(
                paragraph(w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "What changed in this version: %1"))
                              .arg(w.own(edition.changeLog))));
    } else {
        section.blocks.append(paragraph(
            w.t(QT_TRANSLATE_NOOP("Custodian::Statement",
                                  "We update this statement when our processing changes. This text was written from "
                                  "our register of processing activities on %1."))
                .arg(w.language().longDate(today))));
    }
    const Domain::PrivacyStatement *statement = w.statement();
    if (statement && !statement->changeChannel.trimmed().isEmpty())
        section.blocks.append(paragraph(w.own(statement->changeChannel)));
    if (statement && !statement->publicationUrl.trimmed().isEmpty())
        section.blocks.append(
            paragraph(w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "You always find the current version at %1."))
                          .arg(statement->publicationUrl.trimmed())));
    if (!edition.earlier.isEmpty()) {
        QStringList items;
        for (const auto &[number, effectiveOn] : edition.earlier)
            items << w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "Version %1, effective from %2"))
                         .arg(QString::number(number), w.language().longDate(effectiveOn));
        section.blocks.append(paragraph(
            w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "Earlier versions, which we send you on request:"))));
        section.blocks.append(list(items));
    }
    return section;
}

// What a statement needs that the register does not say yet, per activity described.
QStringList gapsOf(const Writer &w, const QList<const ProcessingActivity *> &activities)
{
    QStringList gaps;
    const auto gap = [&gaps, &w](const char *text, const QString &name) { gaps << w.t(text).arg(name); };
    const auto gap2 = [&gaps, &w](const char *text, const QString &name, const QString &detail) {
        gaps << w.t(text).arg(name, detail);
    };
    for (const ProcessingActivity *a : activities) {
        if (a->publicPurpose.trimmed().isEmpty())
            gap(QT_TRANSLATE_NOOP("Custodian::Statement",
                                  "%1: no purpose in words for the public; the statement gives the purpose as "
                                  "recorded."),
                a->name);
        if ((a->lawfulBases.contains(QLatin1String("c")) || a->lawfulBases.contains(QLatin1String("e"))) &&
            a->legalProvision.trimmed().isEmpty())
            gap(QT_TRANSLATE_NOOP("Custodian::Statement",
                                  "%1: the legal provision of basis (c) or (e) is not recorded."),
                a->name);
        if (a->lawfulBases.contains(QLatin1String("f")) && a->legitimateInterest.trimmed().isEmpty())
            gap(QT_TRANSLATE_NOOP("Custodian::Statement",
                                  "%1: the legitimate interests of basis (f) are not recorded."),
                a->name);
        if (a->lawfulBases.contains(QLatin1String("a")) && a->consentWithdrawal.trimmed().isEmpty())
            gap(QT_TRANSLATE_NOOP("Custodian::Statement", "%1: how consent is withdrawn is not recorded."), a->name);
        if (a->provisionRequirement.isEmpty())
            gap(QT_TRANSLATE_NOOP("Custodian::Statement",
                                  "%1: whether people must provide the data is not recorded (Art. 13(2)(e))."),
                a->name);
        for (const Domain::DataCategory &category : a->dataCategories) {
            const Domain::RetentionRule *rule = w.snapshot().retentionRule(category.retentionRuleUuid);
            if (!rule || rule->retired || (rule->periodCount <= 0 && rule->trigger.trimmed().isEmpty()))
                gap2(QT_TRANSLATE_NOOP("Custodian::Statement", "%1: the data \"%2\" has no retention period."), a->name,
                     category.name);
        }
        for (const Domain::Recipient &recipient : a->recipients) {
            const Domain::Party *party = w.snapshot().party(recipient.partyUuid);
            const bool named = party && w.snapshot().organisation.recipientNaming == QLatin1String("names");
            if (recipient.kind != QLatin1String("internal") && recipient.disclosure != QLatin1String("inquiry") &&
                !named && recipient.description.trimmed().isEmpty())
                gap(QT_TRANSLATE_NOOP("Custodian::Statement",
                                      "%1: a recipient has no description to name its category by."),
                    a->name);
        }
        for (const Domain::Transfer &transfer : a->transfers) {
            // Art. 46 and 47 safeguards can be copied; an adequacy decision (the DPF is one) and the
            // derogations of Art. 49(1)(a)-(g) have none, the compelling legitimate interests of its
            // second subparagraph do.
            const bool needsCopy = !transfer.mechanism.isEmpty() && transfer.mechanism != QLatin1String("adequacy") &&
                                   transfer.mechanism != QLatin1String("dpf") &&
                                   (transfer.mechanism != QLatin1String("derogation") ||
                                    transfer.derogation == QLatin1String("compelling"));
            if (transfer.mechanism.isEmpty())
                gap2(QT_TRANSLATE_NOOP("Custodian::Statement", "%1: the transfer to %2 does not say what it rests on."),
                     a->name, w.countryName(transfer.country));
            else if (needsCopy && transfer.safeguardsCopyVia.trimmed().isEmpty())
                gap2(QT_TRANSLATE_NOOP("Custodian::Statement",
                                       "%1: the transfer to %2 does not say how to obtain a copy of the safeguards "
                                       "(Art. 13(1)(f))."),
                     a->name, w.countryName(transfer.country));
        }
    }
    return gaps;
}

} // namespace

QString sectionTitle(const QString &id, const DocumentLanguage &language)
{
    // The titles the sections above are written with.
    static const QList<std::pair<const char *, const char *>> titles = {
        {"who-we-are", QT_TRANSLATE_NOOP("Custodian::Statement", "Who we are")},
        {"data-protection-officer", QT_TRANSLATE_NOOP("Custodian::Statement", "Data protection officer")},
        {"purposes", QT_TRANSLATE_NOOP("Custodian::Statement", "What we use your data for")},
        {"on-behalf-of-customers", QT_TRANSLATE_NOOP("Custodian::Statement", "Processing on behalf of our customers")},
        {"recipients", QT_TRANSLATE_NOOP("Custodian::Statement", "Who receives your data")},
        {"transfers", QT_TRANSLATE_NOOP("Custodian::Statement", "Transfers outside the European Economic Area")},
        {"cookies", QT_TRANSLATE_NOOP("Custodian::Statement", "Cookies and similar techniques")},
        {"security", QT_TRANSLATE_NOOP("Custodian::Statement", "How we protect your data")},
        {"your-rights", QT_TRANSLATE_NOOP("Custodian::Statement", "Your rights")},
        {"exercising-your-rights", QT_TRANSLATE_NOOP("Custodian::Statement", "How to exercise your rights")},
        {"complaints", QT_TRANSLATE_NOOP("Custodian::Statement", "Complaints")},
        {"changes", QT_TRANSLATE_NOOP("Custodian::Statement", "Changes to this statement")},
    };
    for (const auto &[key, title] : titles) {
        if (id == QLatin1String(key))
            return language.translate(Context, title);
    }
    return id;
}

bool describes(const ProcessingActivity &activity, const QStringList &audiences)
{
    if (!activity.publish || activity.status != QLatin1String("approved"))
        return false;
    if (audiences.isEmpty())
        return !activity.audiences.isEmpty();
    return std::any_of(audiences.cbegin(), audiences.cend(),
                       [&activity](const QString &audience) { return activity.audiences.contains(audience); });
}

QList<RightScope> rightsFor(const QList<const ProcessingActivity *> &activities)
{
    QList<RightScope> rights = {
        {Right::Access, {}}, {Right::Rectification, {}}, {Right::Erasure, {}}, {Right::Restriction, {}}};
    // A right that only some activities give names them; one that all give names none.
    const auto scoped = [&activities, &rights](Right right,
                                               const std::function<bool(const ProcessingActivity &)> &gives) {
        QStringList uuids;
        for (const ProcessingActivity *a : activities) {
            if (gives(*a))
                uuids << a->uuid;
        }
        if (uuids.isEmpty())
            return;
        rights.append({right, uuids.size() == activities.size() ? QStringList() : uuids});
    };
    const auto has = [](const ProcessingActivity &a, const char *basis) {
        return a.lawfulBases.contains(QLatin1String(basis));
    };
    scoped(Right::Portability, [&has](const ProcessingActivity &a) { return has(a, "a") || has(a, "b"); });
    scoped(Right::Objection, [&has](const ProcessingActivity &a) { return has(a, "e") || has(a, "f"); });
    scoped(Right::MarketingObjection, [](const ProcessingActivity &a) { return a.directMarketing; });
    scoped(Right::WithdrawConsent, [&has](const ProcessingActivity &a) {
        const bool explicitConsent =
            std::any_of(a.dataCategories.cbegin(), a.dataCategories.cend(), [](const Domain::DataCategory &category) {
                return category.art9Exception == QLatin1String("a");
            });
        return has(a, "a") || explicitConsent || a.art22Exception == QLatin1String("explicit_consent");
    });
    // Art. 22(3) gives them for decisions on a contract or explicit consent; a decision a law allows
    // has the safeguards that law lays down (in the Netherlands UAVG art. 40).
    scoped(Right::AutomatedDecisions, [](const ProcessingActivity &a) {
        return a.automatedDecisions && a.art22Exception != QLatin1String("law");
    });
    return rights;
}

Model build(const Register::RegisterSnapshot &snapshot, const QStringList &asked, const DocumentLanguage &language,
            QDate today, const Edition &edition)
{
    // Country and code names in the document's language too.
    const DocumentLanguage::Scope scope(language);
    const Writer w(snapshot, language, edition.statement);
    const QStringList audiences = asked.isEmpty() && edition.statement ? edition.statement->audiences : asked;
    Model model;
    model.language = language.code();
    model.organisation = snapshot.organisation.name;
    model.title = edition.statement && !edition.statement->title.trimmed().isEmpty()
                      ? w.own(edition.statement->title)
                      : w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "Privacy statement"));
    if (edition.statement)
        model.introduction = w.own(edition.statement->introduction);
    if (edition.version > 0)
        model.versionLine = w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "Version %1, effective from %2."))
                                .arg(QString::number(edition.version), w.language().longDate(edition.effectiveOn));

    QStringList shown = audiences;
    if (shown.isEmpty()) {
        for (const QString &audience : Codes::codes(Codes::Kind::Audience)) {
            for (const ProcessingActivity &activity : snapshot.activities) {
                if (describes(activity, {audience}) && !shown.contains(audience)) {
                    shown << audience;
                    break;
                }
            }
        }
    }
    QStringList labels;
    for (const QString &audience : Codes::codes(Codes::Kind::Audience)) {
        if (shown.contains(audience))
            labels << w.code(Codes::Kind::Audience, audience);
    }
    model.lead =
        w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "How %1 handles your personal data, and what your rights are."))
            .arg(snapshot.organisation.name);
    if (!labels.isEmpty())
        model.lead += QLatin1Char(' ') + w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "This statement is for: %1."))
                                             .arg(labels.join(QStringLiteral("; ")));
    if (!snapshot.organisation.tradeNames.trimmed().isEmpty())
        model.lead +=
            QLatin1Char(' ') + w.t(QT_TRANSLATE_NOOP("Custodian::Statement", "%1 also trades as %2."))
                                   .arg(snapshot.organisation.name, snapshot.organisation.tradeNames.trimmed());

    QList<const ProcessingActivity *> activities;
    for (const ProcessingActivity &activity : snapshot.activities) {
        if (describes(activity, audiences)) {
            activities.append(&activity);
            model.activityUuids << activity.uuid;
        }
    }

    model.sections.append(whoWeAre(w));
    if (const auto dpo = dataProtectionOfficer(w))
        model.sections.append(*dpo);
    model.sections.append(purposes(w, activities));
    if (const auto customers = onBehalfOfCustomers(w, audiences))
        model.sections.append(*customers);
    model.sections.append(recipients(w, activities));
    model.sections.append(transfers(w, activities));
    if (const auto placed = cookies(w, activities))
        model.sections.append(*placed);
    model.sections.append(security(w, activities));
    model.sections.append(yourRights(w, activities));
    model.sections.append(exercise(w));
    model.sections.append(complaints(w));
    model.sections.append(changes(w, today, edition));

    for (const Domain::Cookie &cookie : snapshot.cookies) {
        const bool described = model.activityUuids.contains(cookie.activityUuid);
        if (cookie.retired || !described || !cookie.needsConsent())
            continue;
        const ProcessingActivity *served = nullptr;
        for (const ProcessingActivity *a : std::as_const(activities)) {
            if (a->uuid == cookie.activityUuid)
                served = a;
        }
        if (served && !served->lawfulBases.contains(QLatin1String("a")))
            model.gaps << w.t(QT_TRANSLATE_NOOP("Custodian::Statement",
                                                "The cookie %1 needs consent, but its activity %2 does not rest on "
                                                "consent."))
                              .arg(cookie.name, served->name);
    }
    // What the statement leaves out because the register does not say where it belongs.
    for (const ProcessingActivity &activity : snapshot.activities) {
        if (activity.publish && activity.status == QLatin1String("approved") && activity.audiences.isEmpty())
            model.gaps << w.t(QT_TRANSLATE_NOOP("Custodian::Statement",
                                                "%1 is marked for the privacy statement, but for no audience: it is "
                                                "left out."))
                              .arg(activity.name);
    }
    for (const Domain::Cookie &cookie : snapshot.cookies) {
        const bool served =
            std::any_of(snapshot.activities.cbegin(), snapshot.activities.cend(),
                        [&cookie](const ProcessingActivity &a) { return a.uuid == cookie.activityUuid; });
        if (!cookie.retired && !served)
            model.gaps << w.t(QT_TRANSLATE_NOOP("Custodian::Statement",
                                                "The cookie %1 serves no processing activity: it is left out."))
                              .arg(cookie.name);
    }
    if (activities.isEmpty())
        model.gaps << w.t(QT_TRANSLATE_NOOP("Custodian::Statement",
                                            "No processing activity is published for these audiences: mark the "
                                            "activities for the statement on their Statement page, and approve "
                                            "them."));
    model.gaps += gapsOf(w, activities);
    model.gapsTitle = w.t(QT_TRANSLATE_NOOP("Custodian::Statement",
                                            "Draft: the register does not say this yet. Complete the register before "
                                            "you publish the statement."));
    model.untranslated = w.untranslated();
    if (!model.untranslated.isEmpty()) {
        const QString dataLanguage = w.code(Codes::Kind::Language, snapshot.organisation.dataLanguage);
        model.gaps << (edition.statement
                           ? language
                                 .translate(Context,
                                            QT_TRANSLATE_N_NOOP("Custodian::Statement",
                                                                "%n of the register's texts, written in %1, have no "
                                                                "translation in the statement yet, such as \"%2\"."),
                                            nullptr, int(model.untranslated.size()))
                                 .arg(dataLanguage, model.untranslated.constFirst())
                           : w.t(QT_TRANSLATE_NOOP("Custodian::Statement",
                                                   "The register's texts are written in another language (%1): this "
                                                   "statement quotes them untranslated."))
                                 .arg(dataLanguage));
    }
    return model;
}

} // namespace Custodian::Statement
