#include "LetterService.h"

#include <QSqlError>
#include <QSqlQuery>

#include "DocumentLanguage.h"
#include "domain/Codes.h"
#include "domain/Countries.h"
#include "domain/IsoTime.h"
#include "register/AuditLog.h"
#include "register/EntityTable.h"
#include "register/OrganisationService.h"
#include "register/Services.h"

namespace Custodian::Register {

using Domain::Codes;
using Letters::LetterCatalogue;
using Letters::LetterTemplate;
using Letters::TemplateError;

namespace {

const char *const Context = "Custodian::Register::LetterService";

// "a, b and c" in the letter's language.
QString phrase(QStringList items, const DocumentLanguage &language)
{
    items.removeAll(QString());
    if (items.size() <= 1)
        return items.value(0);
    const QString last = items.takeLast();
    //: joins the last item of an enumeration in a letter: "access, rectification and erasure"
    return language.translate(Context, QT_TRANSLATE_NOOP("Custodian::Register::LetterService", "%1 and %2"))
        .arg(items.join(QLatin1String(", ")), last);
}

// A code's label inside a sentence: "Access (Art. 15)" -> "access (Art. 15)".
QString inSentence(const QString &label)
{
    if (label.isEmpty() || (label.size() > 1 && label.at(1).isUpper()))
        return label;
    return label.at(0).toLower() + label.mid(1);
}

QStringList labels(Codes::Kind kind, const QStringList &codes, const DocumentLanguage &language)
{
    QStringList result;
    for (const QString &code : codes)
        result << Codes::label(kind, code, language);
    return result;
}

QString partyText(const Domain::Party &party)
{
    QStringList lines{party.contactName, party.contactEmail, party.contactPhone};
    lines.removeAll(QString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace

LetterService::LetterService(Storage::Store &store, QObject *parent)
    : ServiceBase(store, Domain::EntityKind::RequestCase, parent)
{}

Status LetterService::values(const QString &kind, const QString &caseUuid, const QString &partyUuid,
                             const DocumentLanguage &language, QVariantMap *values)
{
    values->clear();
    if (!LetterCatalogue::isKind(kind))
        return refused(tr("There is no letter of that kind."));
    Domain::Organisation organisation;
    Status status = OrganisationService(m_store).load(&organisation);
    if (!status)
        return status;
    const QLocale::Language localeLanguage = language.locale().language();
    const Domain::Countries::Country *country = Domain::Countries::find(organisation.country);
    QStringList address{organisation.streetAddress,
                        QStringList{organisation.postalCode, organisation.city}.join(QLatin1Char(' ')).trimmed(),
                        country ? country->name(localeLanguage) : organisation.country};
    address.removeAll(QString());
    values->insert(QStringLiteral("today"), language.longDate(m_store.now().toLocalTime().date()));
    values->insert(QStringLiteral("organisation"),
                   QVariantMap{{QStringLiteral("name"), organisation.name},
                               {QStringLiteral("address"), address.join(QLatin1Char('\n'))},
                               {QStringLiteral("email"), organisation.contactEmail},
                               {QStringLiteral("phone"), organisation.contactPhone},
                               {QStringLiteral("contact"), organisation.contactName},
                               {QStringLiteral("public_body"), organisation.publicBody}});
    values->insert(QStringLiteral("dpo"), QVariantMap{{QStringLiteral("name"), organisation.dpoName},
                                                      {QStringLiteral("email"), organisation.dpoEmail},
                                                      {QStringLiteral("phone"), organisation.dpoPhone}});

    PartyService parties(m_store);
    auto partyName = [&parties](const QString &uuid) {
        Domain::Party party;
        return uuid.isEmpty() || !parties.load(uuid, &party) ? QString() : party.name;
    };

    if (LetterCatalogue::subjectOf(kind) == Letters::Subject::Breach) {
        Domain::Breach breach;
        status = BreachService(m_store).load(caseUuid, &breach);
        if (!status)
            return status;
        auto day = [&](const QDateTime &moment) {
            return moment.isValid() ? language.longDate(moment.toLocalTime().date()) : QString();
        };
        QString occurred = day(breach.occurredFrom);
        if (breach.occurredTo.isValid() && day(breach.occurredTo) != occurred && !occurred.isEmpty())
            //: a period in a letter: "from 3 March 2026 to 5 March 2026"
            occurred =
                language.translate(Context, QT_TRANSLATE_NOOP("Custodian::Register::LetterService", "from %1 to %2"))
                    .arg(occurred, day(breach.occurredTo));
        QStringList data = labels(Codes::Kind::BreachDataType, breach.dataTypes, language);
        for (QString &item : data)
            item = inSentence(item);
        QString contact = breach.contactPoint;
        if (contact.trimmed().isEmpty()) {
            QStringList dpo{organisation.dpoName, organisation.dpoEmail, organisation.dpoPhone};
            dpo.removeAll(QString());
            contact = dpo.join(QLatin1String(", "));
        }
        values->insert(QStringLiteral("breach"),
                       QVariantMap{{QStringLiteral("number"), breach.number},
                                   {QStringLiteral("summary"), breach.summary},
                                   {QStringLiteral("occurred"), occurred},
                                   {QStringLiteral("aware"), day(breach.awareAt)},
                                   {QStringLiteral("data_types"), phrase(data, language)},
                                   {QStringLiteral("special"), !breach.specialCategories.isEmpty()},
                                   {QStringLiteral("consequences"), breach.consequences},
                                   {QStringLiteral("measures"), breach.measures},
                                   {QStringLiteral("contact"), contact}});
        return Status::ok();
    }

    Domain::RequestCase request;
    status = RequestService(m_store).load(caseUuid, &request);
    if (!status)
        return status;
    QStringList rightNames;
    for (const Domain::RequestedRight &right : std::as_const(request.rights))
        rightNames << inSentence(Codes::label(Codes::Kind::RequestRight, right.right, language));
    values->insert(
        QStringLiteral("case"),
        QVariantMap{
            {QStringLiteral("number"), request.number},
            {QStringLiteral("received"), language.longDate(request.receivedOn)},
            // The day the organisation acts by (DECISIONS.md), which is never after the statutory one.
            {QStringLiteral("due"), language.longDate(request.actBy.isValid() ? request.actBy : request.dueOn)},
            {QStringLiteral("first_due"), language.longDate(request.noticeDueOn)},
            {QStringLiteral("extended"), request.extended},
            {QStringLiteral("rights"), phrase(rightNames, language)},
            {QStringLiteral("scope"), request.scope},
            // A public body's answer is a decision under the Awb: open to objection (bezwaar).
            {QStringLiteral("awb_decision"), request.awbDecision},
            {QStringLiteral("deciding_body"), request.awbDecision ? partyName(request.decidingBodyUuid) : QString()}});
    values->insert(QStringLiteral("requester"), QVariantMap{{QStringLiteral("name"), request.requesterName},
                                                            {QStringLiteral("contact"), request.requesterContact}});
    values->insert(QStringLiteral("by_representative"), request.requesterRole == QLatin1String("representative"));
    values->insert(QStringLiteral("representative"),
                   QVariantMap{{QStringLiteral("name"), request.representativeName},
                               {QStringLiteral("mandate"),
                                request.mandate.isEmpty()
                                    ? QString()
                                    : inSentence(Codes::label(Codes::Kind::Mandate, request.mandate, language))}});
    QVariantMap asked;
    for (const QString &code : Codes::codes(Codes::Kind::RequestRight)) {
        if (code != QLatin1String("objection_marketing"))
            asked.insert(code, request.hasRight(code));
    }
    asked.insert(QStringLiteral("objection"), request.hasRight(QStringLiteral("objection")) ||
                                                  request.hasRight(QStringLiteral("objection_marketing")));
    values->insert(QStringLiteral("asked"), asked);
    // What the organisation did: a right invoked and granted in full or in part.
    QVariantMap done;
    for (auto it = asked.cbegin(); it != asked.cend(); ++it)
        done.insert(it.key(), false);
    for (const Domain::RequestedRight &right : std::as_const(request.rights)) {
        if (right.outcome != QLatin1String("granted") && right.outcome != QLatin1String("partly"))
            continue;
        const QString key =
            right.right == QLatin1String("objection_marketing") ? QStringLiteral("objection") : right.right;
        done.insert(key, true);
    }
    values->insert(QStringLiteral("done"), done);
    QVariantList rights;
    QVariantList refusedRights;
    for (const Domain::RequestedRight &right : std::as_const(request.rights)) {
        const bool refused = right.outcome == QLatin1String("refused") || right.outcome == QLatin1String("partly");
        const QVariantMap item{
            {QStringLiteral("right"), Codes::label(Codes::Kind::RequestRight, right.right, language)},
            {QStringLiteral("outcome"), Codes::label(Codes::Kind::RightOutcome, right.outcome, language)},
            {QStringLiteral("granted"), right.outcome == QLatin1String("granted")},
            {QStringLiteral("refused"), refused},
            {QStringLiteral("ground"), right.restriction.isEmpty()
                                           ? QString()
                                           : Codes::label(Codes::Kind::Restriction, right.restriction, language)},
            {QStringLiteral("reasoning"), right.reasoning}};
        rights << item;
        if (refused)
            refusedRights << item;
    }
    values->insert(QStringLiteral("rights"), rights);
    values->insert(QStringLiteral("refused_rights"), refusedRights);
    values->insert(
        QStringLiteral("extension"),
        QVariantMap{{QStringLiteral("reason"),
                     request.extensionReason.isEmpty()
                         ? QString()
                         : inSentence(Codes::label(Codes::Kind::ExtensionReason, request.extensionReason, language))},
                    {QStringLiteral("reasoning"), request.extensionReasoning}});
    values->insert(
        QStringLiteral("art12_5"),
        QVariantMap{
            {QStringLiteral("kind"), request.art12_5.isEmpty()
                                         ? QString()
                                         : inSentence(Codes::label(Codes::Kind::Art12_5, request.art12_5, language))},
            {QStringLiteral("reasoning"), request.art12_5Reasoning},
            // The decision decides, not a fee text left from an earlier one.
            {QStringLiteral("charges_fee"), request.art12_5 == QLatin1String("fee")},
            {QStringLiteral("refuses"), request.art12_5 == QLatin1String("refusal")},
            {QStringLiteral("fee"), request.art12_5 == QLatin1String("fee") ? request.fee : QString()}});
    values->insert(QStringLiteral("identity"), QVariantMap{{QStringLiteral("reasoning"), request.identityReasoning}});

    ActivityService activities(m_store);
    RetentionRuleService retention(m_store);
    QVariantList activityItems;
    bool anyTransfers = false;
    bool anyAutomated = false;
    for (const QString &uuid : std::as_const(request.activities)) {
        Domain::ProcessingActivity activity;
        if (!activities.load(uuid, &activity))
            continue; // a deleted activity: the case keeps its uuid, the letter leaves it out
        QStringList categories;
        QStringList special;
        QStringList kept;
        for (const Domain::DataCategory &category : std::as_const(activity.dataCategories)) {
            categories << category.name;
            if (!category.specialCategory.isEmpty())
                special << inSentence(Codes::label(Codes::Kind::SpecialCategory, category.specialCategory, language));
            Domain::RetentionRule rule;
            if (!category.retentionRuleUuid.isEmpty() && retention.load(category.retentionRuleUuid, &rule))
                //: the retention of one category of data in a letter: "Invoices: at least 7 years after …"
                kept << language.translate(Context, QT_TRANSLATE_NOOP("Custodian::Register::LetterService", "%1: %2"))
                            .arg(category.name, rule.periodText(&language));
        }
        special.removeDuplicates();
        QStringList recipients;
        for (const Domain::Recipient &recipient : std::as_const(activity.recipients)) {
            const QString name = partyName(recipient.partyUuid);
            recipients << (name.isEmpty() ? recipient.description : name);
        }
        recipients.removeAll(QString());
        recipients.removeDuplicates();
        QStringList transfers;
        for (const Domain::Transfer &transfer : std::as_const(activity.transfers)) {
            const Domain::Countries::Country *to = Domain::Countries::find(transfer.country);
            const QString where = to ? to->name(localeLanguage) : transfer.country;
            transfers << (transfer.mechanism.isEmpty()
                              ? where
                              : language
                                    .translate(Context,
                                               QT_TRANSLATE_NOOP("Custodian::Register::LetterService", "%1 (%2)"))
                                    .arg(where,
                                         Codes::label(Codes::Kind::TransferMechanism, transfer.mechanism, language)));
        }
        const bool automated = activity.automatedDecisions || activity.profiling;
        anyTransfers = anyTransfers || !transfers.isEmpty();
        anyAutomated = anyAutomated || automated;
        activityItems << QVariantMap{
            {QStringLiteral("name"), activity.name},
            {QStringLiteral("purpose"), activity.purpose},
            {QStringLiteral("lawful_bases"),
             phrase(labels(Codes::Kind::LawfulBasis, activity.lawfulBases, language), language)},
            {QStringLiteral("legal_provision"), activity.legalProvision},
            {QStringLiteral("legitimate_interest"), activity.legitimateInterest},
            {QStringLiteral("subject_categories"), phrase(activity.subjectCategories, language)},
            {QStringLiteral("data_categories"), phrase(categories, language)},
            {QStringLiteral("special_categories"), phrase(special, language)},
            {QStringLiteral("recipients"), phrase(recipients, language)},
            {QStringLiteral("retention"), kept.join(QLatin1Char('\n'))},
            {QStringLiteral("source"), activity.dataSource},
            {QStringLiteral("source_public"), activity.sourcePublic},
            {QStringLiteral("transfers"), phrase(transfers, language)},
            {QStringLiteral("has_transfers"), !transfers.isEmpty()},
            {QStringLiteral("automated"), automated},
            {QStringLiteral("automated_logic"), activity.automatedLogic},
            {QStringLiteral("automated_consequences"), activity.automatedConsequences},
            {QStringLiteral("automated_safeguards"), activity.art22Safeguards}};
    }
    values->insert(QStringLiteral("activities"), activityItems);
    values->insert(QStringLiteral("any_transfers"), anyTransfers);
    values->insert(QStringLiteral("any_automated"), anyAutomated);
    auto notices = [&](const QList<Domain::PartyNotice> &list) {
        QVariantList items;
        for (const Domain::PartyNotice &notice : list)
            items << QVariantMap{{QStringLiteral("name"), partyName(notice.partyUuid)},
                                 {QStringLiteral("date"), language.longDate(notice.onDate)}};
        return items;
    };
    values->insert(QStringLiteral("recipients"), notices(request.recipients));
    values->insert(QStringLiteral("processors"), notices(request.processors));
    if (LetterCatalogue::addressedToParty(kind)) {
        Domain::Party party;
        if (!partyUuid.isEmpty()) {
            status = parties.load(partyUuid, &party);
            if (!status)
                return status;
        }
        values->insert(QStringLiteral("party"), QVariantMap{{QStringLiteral("name"), party.name},
                                                            {QStringLiteral("contact"), partyText(party)}});
    }
    return Status::ok();
}

Status LetterService::overrides(QHash<QString, QString> *texts) const
{
    texts->clear();
    QSqlQuery query(m_store.connection());
    query.setForwardOnly(true);
    if (!EntityTable::run(query, QStringLiteral("SELECT name, language, body FROM letter_template"), {}))
        return EntityTable::readError(query);
    while (query.next())
        texts->insert(query.value(1).toString() + QLatin1Char('/') + query.value(0).toString(),
                      query.value(2).toString());
    return Status::ok();
}

LetterTemplate LetterService::parsed(const QString &name, const QString &language, const QString &replacedName,
                                     const QString &replacement, QList<TemplateError> *errors, Status *read) const
{
    QHash<QString, QString> own;
    *read = overrides(&own);
    auto text = [&](const QString &templateName) {
        if (templateName == replacedName)
            return replacement;
        const auto found = own.constFind(language + QLatin1Char('/') + templateName);
        return found != own.constEnd() ? found.value() : LetterCatalogue::builtIn(templateName, language);
    };
    const auto parts = [&](const QString &part, QString *partText) {
        const QString templateName = LetterCatalogue::partTemplateName(part);
        if (!LetterCatalogue::templateNames().contains(templateName))
            return false;
        *partText = text(templateName);
        return true;
    };
    return LetterTemplate::parse(text(name), parts, errors);
}

Status LetterService::compose(const QString &kind, const QString &caseUuid, const QString &partyUuid,
                              const QString &language, ComposedLetter *letter)
{
    *letter = {};
    const DocumentLanguage document(language);
    QVariantMap letterValues;
    Status status = values(kind, caseUuid, partyUuid, document, &letterValues);
    if (!status)
        return status;
    QList<TemplateError> errors;
    const LetterTemplate compiled = parsed(kind, document.code(), QString(), QString(), &errors, &status);
    if (!status)
        return status;
    if (errors.isEmpty())
        errors = compiled.check(LetterCatalogue::schema(kind));
    if (!errors.isEmpty())
        return refused(tr("The letter could not be made: its template has a mistake (%1). Correct it under Register "
                          "settings › Letter templates.")
                           .arg(errors.constFirst().text()));
    letter->kind = kind;
    letter->language = document.code();
    letter->title = LetterCatalogue::title(kind, document);
    letter->partyUuid = partyUuid;
    letter->markdown = compiled.render(letterValues, &letter->gaps);
    return Status::ok();
}

Status LetterService::caseRow(const QString &caseUuid, QString *column, qint64 *id, Domain::EntityKind *kind) const
{
    QSqlDatabase &db = m_store.connection();
    for (const auto &[entity, table, idColumn] :
         {std::tuple{Domain::EntityKind::RequestCase, QStringLiteral("request_case"), QStringLiteral("request_id")},
          std::tuple{Domain::EntityKind::Breach, QStringLiteral("breach"), QStringLiteral("breach_id")}}) {
        const Status status = EntityTable::rowId(db, table, caseUuid, id);
        if (!status)
            return status;
        if (*id != 0) {
            *column = idColumn;
            *kind = entity;
            return Status::ok();
        }
    }
    return Status::error(Status::Code::NotFound, tr("The case could not be found: it may have been deleted."));
}

Status LetterService::lettersOf(const QString &caseUuid, QList<Letter> *letters) const
{
    letters->clear();
    QString column;
    qint64 id = 0;
    Domain::EntityKind kind = Domain::EntityKind::None;
    Status status = caseRow(caseUuid, &column, &id, &kind);
    if (!status)
        return status;
    QSqlQuery query(m_store.connection());
    query.setForwardOnly(true);
    if (!EntityTable::run(query,
                          QStringLiteral("SELECT uuid, kind, language, title, party_uuid, body, created_at, updated_at "
                                         "FROM letter WHERE %1 = ? ORDER BY created_at, id")
                              .arg(column),
                          {id}))
        return EntityTable::readError(query);
    while (query.next()) {
        letters->append({query.value(0).toString(), caseUuid, query.value(1).toString(), query.value(2).toString(),
                         query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                         Domain::IsoTime::parseMoment(query.value(6).toString()),
                         Domain::IsoTime::parseMoment(query.value(7).toString())});
    }
    return Status::ok();
}

Status LetterService::load(const QString &uuid, Letter *letter) const
{
    *letter = {};
    QSqlQuery query(m_store.connection());
    query.setForwardOnly(true);
    if (!EntityTable::run(
            query,
            QStringLiteral("SELECT COALESCE(r.uuid, b.uuid) FROM letter l LEFT JOIN request_case r ON "
                           "r.id = l.request_id LEFT JOIN breach b ON b.id = l.breach_id WHERE l.uuid = ?"),
            {uuid}))
        return EntityTable::readError(query);
    if (!query.next())
        return Status::error(Status::Code::NotFound, tr("The letter could not be found: it may have been deleted."));
    const QString caseUuid = query.value(0).toString();
    query.finish();
    QList<Letter> letters;
    const Status status = lettersOf(caseUuid, &letters);
    if (!status)
        return status;
    for (const Letter &candidate : std::as_const(letters)) {
        if (candidate.uuid == uuid) {
            *letter = candidate;
            return Status::ok();
        }
    }
    return Status::error(Status::Code::NotFound, tr("The letter could not be found: it may have been deleted."));
}

Status LetterService::auditedWrite(const QString &caseUuid, const QString &before, const QString &after,
                                   const QString &failure,
                                   const std::function<Status(QSqlQuery &, qint64 id, const QString &column)> &write)
{
    QString column;
    qint64 id = 0;
    Domain::EntityKind kind = Domain::EntityKind::None;
    Status status = caseRow(caseUuid, &column, &id, &kind);
    if (!status)
        return status;
    QSqlQuery query(m_store.connection());
    status = write(query, id, column);
    if (!status)
        return status;
    // The history names the kind of letter, never its text or its title: both may hold the
    // requester's details, which a purge must leave unreadable.
    status = AuditLog::append(
        m_store, Domain::EntityKinds::code(kind), caseUuid, AuditLog::Action::Update,
        QJsonObject{{QStringLiteral("letter"),
                     QJsonObject{{QStringLiteral("old"), before.isEmpty() ? QJsonValue() : QJsonValue(before)},
                                 {QStringLiteral("new"), after.isEmpty() ? QJsonValue() : QJsonValue(after)}}}});
    return status ? status : failed(failure, status.detail());
}

Status LetterService::audited(const QString &caseUuid, const QString &before, const QString &after,
                              const QString &failure,
                              const std::function<Status(QSqlQuery &, qint64 id, const QString &column)> &write)
{
    QSqlDatabase &db = m_store.connection();
    if (!db.transaction())
        return failed(failure, db.lastError().text());
    Status status = auditedWrite(caseUuid, before, after, failure, write);
    if (status && !db.commit())
        status = failed(failure, db.lastError().text());
    if (!status) {
        db.rollback();
        return status;
    }
    emit lettersChanged(caseUuid);
    return Status::ok();
}

// A purged case keeps no letters: one written in a window opened before the purge is refused.
Status LetterService::refuseIfPurged(QSqlQuery &query, qint64 id, const QString &column, const QString &failure)
{
    if (column != QLatin1String("request_id"))
        return Status::ok();
    if (!EntityTable::run(query, QStringLiteral("SELECT purged_on FROM request_case WHERE id = ?"), {id}))
        return failed(failure, query.lastError().text());
    const bool purged = query.next() && !query.value(0).isNull() && !query.value(0).toString().isEmpty();
    query.finish();
    if (purged)
        return refused(tr("The letter was not saved: the requester's details of this case have been "
                          "erased, and its letters with them."));
    return Status::ok();
}

Status LetterService::refuseInvalid(const Letter &letter) const
{
    if (!LetterCatalogue::isKind(letter.kind))
        return refused(tr("The letter was not saved: there is no letter of that kind."));
    if (letter.title.trimmed().isEmpty())
        return refused(tr("The letter was not saved: it needs a title."));
    if (letter.language != QLatin1String("nl") && letter.language != QLatin1String("en"))
        return refused(tr("The letter was not saved: it is written in Dutch or English."));
    return Status::ok();
}

Status LetterService::importLetter(const Letter &letter, Imported *imported)
{
    *imported = Imported::Unchanged;
    if (const Status invalid = refuseInvalid(letter); !invalid)
        return invalid;
    Letter stored;
    const Status found = load(letter.uuid, &stored);
    if (!found && found.code() != Status::Code::NotFound)
        return found;
    const bool isNew = !found;
    const QString body = letter.body.isNull() ? QStringLiteral("") : letter.body;
    if (!isNew) {
        if (stored.caseUuid != letter.caseUuid)
            return refused(tr("The letter was not saved: the register holds a letter with the same uuid for "
                              "another case."));
        if (stored.title == letter.title.trimmed() && stored.body == body)
            return Status::ok();
    }
    const QDateTime now = Domain::IsoTime::parseMoment(Domain::IsoTime::moment(m_store.now()));
    const QDateTime created = letter.createdAt.isValid() ? letter.createdAt : now;
    const QDateTime updated = letter.updatedAt.isValid() ? letter.updatedAt : now;
    const QString failure = tr("The letter could not be saved. Nothing was changed.");
    const Status status = auditedWrite(
        letter.caseUuid, isNew ? QString() : stored.kind, letter.kind, failure,
        [&](QSqlQuery &query, qint64 id, const QString &column) -> Status {
            const Status open = refuseIfPurged(query, id, column, failure);
            if (!open)
                return open;
            const bool ok =
                isNew ? EntityTable::run(query,
                                         QStringLiteral("INSERT INTO letter (uuid, %1, kind, language, title, "
                                                        "party_uuid, body, created_at, updated_at) VALUES (?, ?, ?, "
                                                        "?, ?, ?, ?, ?, ?)")
                                             .arg(column),
                                         {letter.uuid, id, letter.kind, letter.language, letter.title.trimmed(),
                                          letter.partyUuid.isNull() ? QStringLiteral("") : letter.partyUuid, body,
                                          Domain::IsoTime::moment(created), Domain::IsoTime::moment(updated)})
                      : EntityTable::run(query,
                                         QStringLiteral("UPDATE letter SET title = ?, body = ?, updated_at = ? "
                                                        "WHERE uuid = ?"),
                                         {letter.title.trimmed(), body,
                                          Domain::IsoTime::moment(qMax(updated, stored.updatedAt.addSecs(1))),
                                          letter.uuid});
            return ok ? Status::ok() : failed(failure, query.lastError().text());
        });
    if (status)
        *imported = isNew ? Imported::Created : Imported::Updated;
    return status;
}

Status LetterService::save(Letter *letter)
{
    if (const Status invalid = refuseInvalid(*letter); !invalid)
        return invalid;
    const QDateTime now = m_store.now();
    const bool isNew = letter->uuid.isEmpty();
    Letter stored;
    if (!isNew) {
        const Status status = load(letter->uuid, &stored);
        if (!status)
            return status;
    }
    Letter next = *letter;
    if (isNew) {
        next.uuid = newUuid();
        next.createdAt = now;
    } else {
        next.caseUuid = stored.caseUuid;
        next.createdAt = stored.createdAt;
    }
    // Each save moves the moment on, also within one second: it tells a copy read before it (below).
    // Moments are stored to the second.
    const QDateTime second = Domain::IsoTime::parseMoment(Domain::IsoTime::moment(now));
    next.updatedAt = isNew || second > stored.updatedAt ? second : stored.updatedAt.addSecs(1);
    const QString failure = tr("The letter could not be saved. Nothing was changed.");
    const Status status = audited(
        next.caseUuid, isNew ? QString() : stored.kind, next.kind, failure,
        [&](QSqlQuery &query, qint64 id, const QString &column) -> Status {
            const Status open = refuseIfPurged(query, id, column, failure);
            if (!open)
                return open;
            if (isNew) {
                if (!EntityTable::run(query,
                                      QStringLiteral("INSERT INTO letter (uuid, %1, kind, language, title, party_uuid, "
                                                     "body, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                                          .arg(column),
                                      {next.uuid, id, next.kind, next.language, next.title.trimmed(),
                                       next.partyUuid.isNull() ? QStringLiteral("") : next.partyUuid,
                                       next.body.isNull() ? QStringLiteral("") : next.body,
                                       Domain::IsoTime::moment(next.createdAt),
                                       Domain::IsoTime::moment(next.updatedAt)}))
                    return failed(failure, query.lastError().text());
                return Status::ok();
            }
            // Saved by someone else (another window, a colleague) since this copy was read: not overwritten.
            if (!EntityTable::run(query,
                                  QStringLiteral("UPDATE letter SET title = ?, body = ?, updated_at = ? WHERE uuid = ? "
                                                 "AND updated_at = ?"),
                                  {next.title.trimmed(), next.body.isNull() ? QStringLiteral("") : next.body,
                                   Domain::IsoTime::moment(next.updatedAt), next.uuid,
                                   Domain::IsoTime::moment(letter->updatedAt)}))
                return failed(failure, query.lastError().text());
            if (query.numRowsAffected() != 1)
                return Status::error(Status::Code::Conflict,
                                     tr("The letter was not saved: it was changed elsewhere after you opened it. "
                                        "Close it and open it again to see that version."));
            return Status::ok();
        });
    if (status)
        *letter = next;
    return status;
}

Status LetterService::remove(const QString &uuid)
{
    Letter stored;
    Status status = load(uuid, &stored);
    if (!status)
        return status;
    const QString failure = tr("The letter could not be deleted. Nothing was changed.");
    return audited(stored.caseUuid, stored.kind, QString(), failure,
                   [&](QSqlQuery &query, qint64, const QString &) -> Status {
                       if (EntityTable::run(query, QStringLiteral("DELETE FROM letter WHERE uuid = ?"), {uuid}))
                           return Status::ok();
                       return failed(failure, query.lastError().text());
                   });
}

Status LetterService::templateText(const QString &name, const QString &language, QString *text, bool *overridden) const
{
    QHash<QString, QString> own;
    const Status status = overrides(&own);
    if (!status)
        return status;
    const auto found = own.constFind(language + QLatin1Char('/') + name);
    if (overridden)
        *overridden = found != own.constEnd();
    *text = found != own.constEnd() ? found.value() : LetterCatalogue::builtIn(name, language);
    return Status::ok();
}

Status LetterService::checkTemplate(const QString &name, const QString &language, const QString &text,
                                    QList<TemplateError> *errors) const
{
    errors->clear();
    if (!LetterCatalogue::templateNames().contains(name) ||
        (language != QLatin1String("nl") && language != QLatin1String("en")))
        return refused(tr("There is no letter template of that name."));
    // A part is checked in every letter that includes it: the values differ per letter.
    const QStringList users = name.startsWith(QLatin1Char('_')) ? LetterCatalogue::allKinds() : QStringList{name};
    for (const QString &kind : users) {
        QList<TemplateError> found;
        Status read;
        const LetterTemplate compiled = parsed(kind, language, name, text, &found, &read);
        if (!read)
            return read;
        if (found.isEmpty())
            found = compiled.check(LetterCatalogue::schema(kind));
        for (const TemplateError &error : std::as_const(found)) {
            const bool known = std::any_of(errors->cbegin(), errors->cend(), [&](const TemplateError &e) {
                return e.part == error.part && e.line == error.line && e.message == error.message;
            });
            if (!known)
                errors->append(error);
        }
    }
    return Status::ok();
}

Status LetterService::saveTemplate(const QString &name, const QString &language, const QString &text,
                                   QList<TemplateError> *errors)
{
    Status status = checkTemplate(name, language, text, errors);
    if (!status)
        return status;
    if (!errors->isEmpty())
        return refused(tr("The template was not saved: it has %n mistake(s).", nullptr, int(errors->size())));
    return storeTemplate(name, language, text, tr("The template could not be saved. Nothing was changed."));
}

Status LetterService::resetTemplate(const QString &name, const QString &language)
{
    return storeTemplate(name, language, std::nullopt,
                         tr("The built-in template could not be restored. Nothing was changed."));
}

Status LetterService::writeTemplate(const QString &name, const QString &language, const std::optional<QString> &text,
                                    const QString &failure)
{
    QSqlQuery query(m_store.connection());
    if (!EntityTable::run(query, QStringLiteral("DELETE FROM letter_template WHERE name = ? AND language = ?"),
                          {name, language}))
        return failed(failure, query.lastError().text());
    const bool hadOwn = query.numRowsAffected() > 0;
    if (text && !EntityTable::run(query,
                                  QStringLiteral("INSERT INTO letter_template (name, language, body, updated_at) "
                                                 "VALUES (?, ?, ?, ?)"),
                                  {name, language, *text, Domain::IsoTime::moment(m_store.now())}))
        return failed(failure, query.lastError().text());
    if (!hadOwn && !text)
        return Status::ok();
    // One history entry of the register's settings, naming the template (its text is in the register).
    const QString id = name + QLatin1Char('/') + language;
    const Status status =
        AuditLog::append(m_store, QStringLiteral("register_settings"), m_store.registerId(), AuditLog::Action::Update,
                         QJsonObject{{QStringLiteral("letterTemplate"),
                                      QJsonObject{{QStringLiteral("old"), hadOwn ? QJsonValue(id) : QJsonValue()},
                                                  {QStringLiteral("new"), text ? QJsonValue(id) : QJsonValue()}}}});
    return status ? status : failed(failure, status.detail());
}

Status LetterService::storeTemplate(const QString &name, const QString &language, const std::optional<QString> &text,
                                    const QString &failure)
{
    QSqlDatabase &db = m_store.connection();
    if (!db.transaction())
        return failed(failure, db.lastError().text());
    Status status = writeTemplate(name, language, text, failure);
    if (status && !db.commit())
        status = failed(failure, db.lastError().text());
    if (!status) {
        db.rollback();
        return status;
    }
    emit templatesChanged();
    return Status::ok();
}

Status LetterService::importTemplate(const QString &name, const QString &language, const QString &text,
                                     QList<TemplateError> *errors, bool *written)
{
    *written = false;
    Status status = checkTemplate(name, language, text, errors);
    if (!status)
        return status;
    if (!errors->isEmpty())
        return refused(tr("The template was not saved: it has %n mistake(s).", nullptr, int(errors->size())));
    QSqlQuery query(m_store.connection());
    query.setForwardOnly(true);
    if (!EntityTable::run(query, QStringLiteral("SELECT body FROM letter_template WHERE name = ? AND language = ?"),
                          {name, language}))
        return EntityTable::readError(query);
    if (query.next() && query.value(0).toString() == text)
        return Status::ok();
    query.finish();
    status = writeTemplate(name, language, text, tr("The template could not be saved. Nothing was changed."));
    *written = status.isOk();
    return status;
}

} // namespace Custodian::Register
