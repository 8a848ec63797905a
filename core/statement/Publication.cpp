#include "statement/Publication.h"

#include "DocumentLanguage.h"
#include "domain/Codes.h"
#include "domain/IsoTime.h"
#include "exchange/ExchangeTables.h"
#include "register/Completeness.h"
#include "register/OrganisationService.h"
#include "register/Services.h"
#include "storage/HistoryChain.h"
#include "storage/Store.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlError>

#include <algorithm>
#include <tuple>

namespace Custodian::Statement {

namespace {

QString digest(const QJsonValue &value)
{
    const QByteArray bytes = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                             : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QJsonArray sectionJson(const Section &section)
{
    QJsonArray blocks{section.title};
    for (const Block &block : section.blocks) {
        QJsonArray facts;
        for (const auto &[label, value] : block.facts)
            facts.append(QJsonArray{label, value});
        blocks.append(QJsonArray{int(block.kind), block.text, QJsonArray::fromStringList(block.items), facts});
    }
    return blocks;
}

QJsonArray pairs(const QList<QPair<QString, QString>> &list)
{
    QJsonArray array;
    for (const auto &[first, second] : list)
        array.append(QJsonArray{first, second});
    return array;
}

bool readPairs(const QJsonValue &value, QList<QPair<QString, QString>> *list)
{
    if (!value.isArray())
        return false;
    for (const QJsonValue &entry : value.toArray()) {
        const QJsonArray pair = entry.toArray();
        if (pair.size() != 2 || !pair.at(0).isString() || !pair.at(1).isString())
            return false;
        list->append({pair.at(0).toString(), pair.at(1).toString()});
    }
    return true;
}

} // namespace

Status readRegister(Storage::Store &store, Register::RegisterSnapshot *snapshot, Storage::HistoryHead *state)
{
    QSqlDatabase &db = store.connection();
    const QString failure = Publisher::tr("The register could not be read for the privacy statement.");
    if (!Exchange::beginSnapshot(store))
        return Status::error(Status::Code::DatabaseError, failure, db.lastError().text());
    Status status = Storage::HistoryChain::readHead(db, state);
    if (status)
        status = Register::OrganisationService(store).load(&snapshot->organisation);
    if (status)
        status = Register::ActivityService(store).list(&snapshot->activities);
    if (status)
        status = Register::ProcessorActivityService(store).list(&snapshot->processorActivities);
    if (status)
        status = Register::PartyService(store).list(&snapshot->parties);
    if (status)
        status = Register::AgreementService(store).list(&snapshot->agreements);
    if (status)
        status = Register::RetentionRuleService(store).list(&snapshot->retentionRules);
    if (status)
        status = Register::SecurityMeasureService(store).list(&snapshot->measures);
    if (status)
        status = Register::CookieService(store).list(&snapshot->cookies);
    if (status)
        status = Register::PrivacyStatementService(store).list(&snapshot->statements);
    if (status)
        status = Register::StatementVersionService(store).list(&snapshot->statementVersions);
    db.rollback(); // read only
    if (!status)
        return Status::error(status.code(), failure, status.detail().isEmpty() ? status.message() : status.detail());
    snapshot->buildIndex();
    return Status::ok();
}

QByteArray Manifest::toJson() const
{
    QJsonObject digests;
    for (const auto &[id, sum] : sections)
        digests.insert(id, sum);
    const QJsonObject object{
        {QStringLiteral("format"), 1},
        {QStringLiteral("sections"), digests},
        {QStringLiteral("activities"), QJsonArray::fromStringList(activities)},
        {QStringLiteral("processors"), pairs(processors)},
        {QStringLiteral("retention"), pairs(retention)},
        {QStringLiteral("cookies"), QJsonArray::fromStringList(cookies)},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

bool Manifest::fromJson(const QByteArray &json, Manifest *manifest)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return false;
    const QJsonObject object = document.object();
    if (object.value(QStringLiteral("format")).toInt() != 1)
        return false;
    Manifest read;
    const QJsonObject digests = object.value(QStringLiteral("sections")).toObject();
    for (auto it = digests.constBegin(); it != digests.constEnd(); ++it)
        read.sections.append({it.key(), it.value().toString()});
    for (const QJsonValue &value : object.value(QStringLiteral("activities")).toArray())
        read.activities << value.toString();
    for (const QJsonValue &value : object.value(QStringLiteral("cookies")).toArray())
        read.cookies << value.toString();
    if (!readPairs(object.value(QStringLiteral("processors")), &read.processors) ||
        !readPairs(object.value(QStringLiteral("retention")), &read.retention))
        return false;
    *manifest = read;
    return true;
}

QString Manifest::sectionName(const QString &id, const DocumentLanguage &language)
{
    const char *context = "Custodian::Statement::Manifest";
    if (id == QLatin1String("heading"))
        return language.translate(context,
                                  QT_TRANSLATE_NOOP("Custodian::Statement::Manifest", "the title and introduction"));
    if (id == QLatin1String("statement"))
        return language.translate(
            context, QT_TRANSLATE_NOOP("Custodian::Statement::Manifest", "the statement's own texts and translations"));
    return sectionTitle(id, language);
}

QStringList Manifest::changedSections(const Manifest &now) const
{
    QStringList changed;
    // Pairs, not structured bindings: a lambda cannot capture those before C++20 compilers catch up.
    for (const QPair<QString, QString> &section : now.sections) {
        const QString &id = section.first;
        const auto was =
            std::find_if(sections.cbegin(), sections.cend(), [&id](const auto &s) { return s.first == id; });
        if (was == sections.cend() || was->second != section.second)
            changed << id;
    }
    for (const QPair<QString, QString> &section : sections) {
        const QString &id = section.first;
        const bool still =
            std::any_of(now.sections.cbegin(), now.sections.cend(), [&id](const auto &s) { return s.first == id; });
        if (!still)
            changed << id;
    }
    return changed;
}

Manifest manifestOf(const Register::RegisterSnapshot &snapshot, const Domain::PrivacyStatement &statement, QDate today)
{
    const DocumentLanguage english(QStringLiteral("en"));
    Edition edition;
    edition.statement = &statement;
    const Model model = build(snapshot, {}, english, today, edition);
    Manifest manifest;
    // The changes section says which version it is and when it was written: not what the register says.
    manifest.sections.append(
        {QStringLiteral("heading"), digest(QJsonArray{model.title, model.lead, model.introduction})});
    // What only the statement says, and its translations: a version says them too.
    QJsonArray own{statement.title,      statement.introduction,   statement.changeChannel,
                   statement.rightsNote, statement.publicationUrl, QJsonArray::fromStringList(statement.languages)};
    QList<Domain::StatementTranslation> translations = statement.translations;
    std::sort(translations.begin(), translations.end(), [](const auto &a, const auto &b) {
        return std::tie(a.language, a.sourceText, a.text) < std::tie(b.language, b.sourceText, b.text);
    });
    for (const Domain::StatementTranslation &entry : std::as_const(translations))
        own.append(QJsonArray{entry.language, entry.sourceText, entry.text});
    manifest.sections.append({QStringLiteral("statement"), digest(own)});
    for (const Section &section : model.sections) {
        if (section.id != QLatin1String("changes"))
            manifest.sections.append({section.id, digest(sectionJson(section))});
    }
    std::sort(manifest.sections.begin(), manifest.sections.end());
    manifest.activities = model.activityUuids;
    manifest.activities.sort();
    for (const QString &uuid : std::as_const(model.activityUuids)) {
        const auto activity = std::find_if(snapshot.activities.cbegin(), snapshot.activities.cend(),
                                           [&uuid](const Domain::ProcessingActivity &a) { return a.uuid == uuid; });
        if (activity == snapshot.activities.cend())
            continue;
        for (const Domain::Recipient &recipient : activity->recipients) {
            if (recipient.kind != QLatin1String("processor") || recipient.partyUuid.isEmpty())
                continue;
            const Domain::Agreement *agreement = snapshot.processorAgreement(*activity, recipient.partyUuid, today);
            const QPair<QString, QString> entry{recipient.partyUuid, agreement ? agreement->uuid : QString()};
            if (!manifest.processors.contains(entry))
                manifest.processors.append(entry);
        }
        for (const Domain::DataCategory &category : activity->dataCategories) {
            const Domain::RetentionRule *rule = snapshot.retentionRule(category.retentionRuleUuid);
            if (!rule || rule->retired)
                continue;
            const QPair<QString, QString> entry{rule->uuid, rule->periodText(&english)};
            if (!manifest.retention.contains(entry))
                manifest.retention.append(entry);
        }
    }
    for (const Domain::Cookie &cookie : snapshot.cookies) {
        if (!cookie.retired && model.activityUuids.contains(cookie.activityUuid))
            manifest.cookies << cookie.uuid;
    }
    std::sort(manifest.processors.begin(), manifest.processors.end());
    std::sort(manifest.retention.begin(), manifest.retention.end());
    manifest.cookies.sort();
    return manifest;
}

Edition editionOf(const Domain::PrivacyStatement &statement, const Domain::StatementVersion &version,
                  const QList<Domain::StatementVersion> &versions)
{
    Edition edition;
    edition.statement = &statement;
    edition.version = version.number;
    edition.effectiveOn = version.effectiveOn;
    edition.changeLog = version.changeLog;
    for (const Domain::StatementVersion &earlier : versions) {
        if (earlier.number < version.number)
            edition.earlier.append({earlier.number, earlier.effectiveOn});
    }
    std::sort(edition.earlier.begin(), edition.earlier.end(),
              [](const auto &a, const auto &b) { return a.first > b.first; });
    return edition;
}

QString versionFooter(const Domain::StatementVersion &version, const DocumentLanguage &language)
{
    // The context in a variable: lupdate reads translate("literal", ...) as a call it cannot follow.
    static const char *const context = "Custodian::Statement";
    return language.translate(context, QT_TRANSLATE_NOOP("Custodian::Statement", "Version %1 · effective from %2"))
        .arg(QString::number(version.number), language.longDate(version.effectiveOn));
}

struct Publisher::Prepared
{
    Register::RegisterSnapshot snapshot;
    Storage::HistoryHead state;
    Domain::PrivacyStatement statement;
    QList<Domain::StatementVersion> versions; // latest first
    int number = 0;
};

Status Publisher::prepare(const QString &statementUuid, Prepared *prepared)
{
    const Status status = readRegister(m_store, &prepared->snapshot, &prepared->state);
    if (!status)
        return status;
    const auto &statements = prepared->snapshot.statements;
    const auto found = std::find_if(statements.cbegin(), statements.cend(),
                                    [&statementUuid](const auto &s) { return s.uuid == statementUuid; });
    if (found == statements.cend())
        return Status::error(Status::Code::NotFound,
                             tr("The privacy statement could not be found: it may have been deleted."));
    prepared->statement = *found;
    prepared->versions = prepared->snapshot.versionsOf(statementUuid);
    prepared->number = prepared->versions.isEmpty() ? 1 : prepared->versions.constFirst().number + 1;
    return Status::ok();
}

Status Publisher::problems(const QString &statementUuid, QStringList *problems)
{
    Prepared prepared;
    const Status status = prepare(statementUuid, &prepared);
    if (!status)
        return status;
    problems->clear();
    collectProblems(prepared, QDate::currentDate(), problems);
    return Status::ok();
}

void Publisher::collectProblems(const Prepared &prepared, QDate today, QStringList *problems)
{
    if (prepared.statement.retired) {
        problems->append(tr("The statement is retired: restore it before you publish a new version."));
        return;
    }
    // What a new version resolves (on "versions") does not keep it from being published.
    for (const Domain::Finding &finding :
         Register::CompletenessCheck::forStatement(prepared.statement, prepared.snapshot, today)) {
        if (finding.severity == Domain::Finding::Severity::Error && finding.field != QLatin1String("versions"))
            problems->append(finding.message);
    }
}

QStringList Publisher::otherLanguages(const Domain::PrivacyStatement &statement, const QString &dataLanguage)
{
    QStringList others;
    for (const QString &language : statement.languages) {
        if (!dataLanguage.isEmpty() && language != dataLanguage)
            others << language;
    }
    return others;
}

Status Publisher::publish(const QString &statementUuid, QDate effectiveOn, const QString &changeLog,
                          const QString &changeLogTranslation, Domain::StatementVersion *published,
                          QStringList *problemList)
{
    problemList->clear();
    Prepared prepared;
    const QDate today = QDate::currentDate();
    Status status = prepare(statementUuid, &prepared);
    if (!status)
        return status;
    const QString failure = tr("The statement was not published: the register does not say everything it needs "
                               "yet. Nothing was changed.");
    // What changed, in the statement's other language: kept with its translations, as its other texts are.
    const QStringList others = otherLanguages(prepared.statement, prepared.snapshot.organisation.dataLanguage);
    if (!changeLog.trimmed().isEmpty() && !changeLogTranslation.trimmed().isEmpty() && !others.isEmpty() &&
        !prepared.statement.retired) {
        Domain::PrivacyStatement statement = prepared.statement;
        for (const QString &language : others) {
            statement.translations.removeIf([&](const Domain::StatementTranslation &entry) {
                return entry.language == language && entry.sourceText == changeLog.trimmed();
            });
            statement.translations.append({language, changeLog.trimmed(), changeLogTranslation.trimmed()});
        }
        Domain::Findings findings;
        status = Register::PrivacyStatementService(m_store).save(&statement, &findings);
        if (!status)
            return status;
        prepared = Prepared();
        status = prepare(statementUuid, &prepared);
        if (!status)
            return status;
    }
    collectProblems(prepared, today, problemList);
    if (!effectiveOn.isValid())
        problemList->append(tr("Enter the day the new version takes effect."));
    else if (!prepared.versions.isEmpty() && effectiveOn < prepared.versions.constFirst().effectiveOn)
        problemList->append(
            tr("Version %1 takes effect on %2: the new version cannot take effect before it.")
                .arg(QString::number(prepared.versions.constFirst().number),
                     QLocale().toString(prepared.versions.constFirst().effectiveOn, QLocale::LongFormat)));
    if (!problemList->isEmpty())
        return Status::error(Status::Code::InvalidInput, failure);

    Domain::StatementVersion version;
    version.statementUuid = statementUuid;
    version.number = prepared.number;
    version.title = prepared.statement.title;
    version.effectiveOn = effectiveOn;
    version.publishedAt = m_store.now().toUTC();
    version.publishedBy = m_store.actor();
    version.changeLog = changeLog.trimmed();
    version.registerStateCount = prepared.state.count;
    version.registerStateHash = prepared.state.hash;
    version.manifest = QString::fromUtf8(manifestOf(prepared.snapshot, prepared.statement, today).toJson());
    const Edition edition = editionOf(prepared.statement, version, prepared.versions);
    for (const QString &language : prepared.statement.languages) {
        const DocumentLanguage document(language);
        const Model model = build(prepared.snapshot, {}, document, today, edition);
        // A version is kept as it is written: never with what a draft says above its text (here,
        // what changed without its translation).
        if (!model.gaps.isEmpty()) {
            for (const QString &gap : model.gaps)
                problemList->append(gap);
            if (!model.untranslated.isEmpty() && model.untranslated.contains(changeLog.trimmed()))
                problemList->append(tr("Say what changed in %1 too.")
                                        .arg(Domain::Codes::label(Domain::Codes::Kind::Language, language)));
            return Status::error(Status::Code::InvalidInput, failure);
        }
        const QString html = toHtml(model, versionFooter(version, document));
        if (language == QLatin1String("nl"))
            version.htmlNl = html;
        else
            version.htmlEn = html;
    }
    Domain::Findings findings;
    Register::StatementVersionService versions(m_store);
    status = versions.save(&version, &findings);
    if (!status) {
        for (const Domain::Finding &finding : std::as_const(findings))
            problemList->append(finding.message);
        return status;
    }
    *published = version;
    return Status::ok();
}

} // namespace Custodian::Statement
