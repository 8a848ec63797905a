#include "Agreement.h"

#include "domain/Codes.h"

#include <QJsonArray>
#include <QSet>

namespace Custodian::Domain {

namespace {

using Severity = Finding::Severity;

QJsonValue day(QDate value)
{
    return value.isValid() ? QJsonValue(value.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue moment(const QDateTime &value)
{
    return value.isValid() ? QJsonValue(value.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

QList<ClauseCheck> Agreement::emptyClauses()
{
    QList<ClauseCheck> clauses;
    for (const QString &code : Codes::codes(Codes::Kind::AgreementClause))
        clauses.append({code, false, QString()});
    return clauses;
}

bool Agreement::isExpired(QDate today) const
{
    return expiresOn.isValid() && expiresOn < today;
}

Findings Agreement::validate() const
{
    Findings findings;
    if (title.trimmed().isEmpty())
        findings.append({QStringLiteral("title"), Severity::Error,
                         tr("Enter a title for the agreement, such as \"Processing agreement hosting\".")});
    if (!Codes::isValid(Codes::Kind::AgreementKind, kind))
        findings.append({QStringLiteral("kind"), Severity::Error,
                         tr("Choose whether this is a processing or a sub-processing agreement.")});
    if (controllerUuid.isEmpty() && processorUuid.isEmpty())
        findings.append({QStringLiteral("processorUuid"), Severity::Error,
                         tr("Our organisation cannot be both controller and processor: choose the other party.")});
    else if (controllerUuid == processorUuid)
        findings.append({QStringLiteral("processorUuid"), Severity::Error,
                         tr("The same party cannot be both controller and processor: choose another party.")});
    if (kind == QLatin1String("sub_processing") && parentUuid.isEmpty())
        findings.append({QStringLiteral("parentUuid"), Severity::Error,
                         tr("A sub-processing agreement rests on the agreement above it (Art. 28(4)): choose that "
                            "agreement as its parent.")});
    if (kind == QLatin1String("processing") && !parentUuid.isEmpty())
        findings.append({QStringLiteral("parentUuid"), Severity::Error,
                         tr("Only a sub-processing agreement has an agreement above it: make this a sub-processing "
                            "agreement or clear the parent.")});
    if (!parentUuid.isEmpty() && parentUuid == uuid)
        findings.append({QStringLiteral("parentUuid"), Severity::Error,
                         tr("An agreement cannot be its own parent: choose the agreement above it.")});
    if (expiresOn.isValid() && effectiveOn.isValid() && expiresOn < effectiveOn)
        findings.append({QStringLiteral("expiresOn"), Severity::Error,
                         tr("The agreement expires before it takes effect: correct one of the two dates.")});
    if (expiresOn.isValid() && signedOn.isValid() && expiresOn < signedOn)
        findings.append({QStringLiteral("expiresOn"), Severity::Error,
                         tr("The agreement expires before it was signed: correct one of the two dates.")});
    QSet<QString> seen;
    for (const ClauseCheck &clause : clauses) {
        if (!Codes::isValid(Codes::Kind::AgreementClause, clause.clause))
            findings.append({QStringLiteral("clauses"), Severity::Error,
                             tr("\"%1\" is not an item of Art. 28(3): use (a) to (h) or the notice of infringing "
                                "instructions.")
                                 .arg(clause.clause)});
        else if (seen.contains(clause.clause))
            findings.append({QStringLiteral("clauses"), Severity::Error,
                             tr("The item \"%1\" is listed twice: keep it once.")
                                 .arg(Codes::label(Codes::Kind::AgreementClause, clause.clause))});
        seen.insert(clause.clause);
    }
    if (!subprocessorAuthorisation.isEmpty() && !Codes::isValid(Codes::Kind::Authorisation, subprocessorAuthorisation))
        findings.append({QStringLiteral("subprocessorAuthorisation"), Severity::Error,
                         tr("Choose specific or general authorisation of sub-processors (Art. 28(2)), or leave it "
                            "open.")});
    if (objectionWindowDays < 0)
        findings.append({QStringLiteral("objectionWindowDays"), Severity::Error,
                         tr("The objection window cannot be negative: enter a number of days, or 0 when none is "
                            "agreed.")});
    for (int i = 0; i < notices.size(); ++i) {
        const SubprocessorNotice &notice = notices.at(i);
        const int row = i + 1;
        if (!notice.receivedOn.isValid())
            findings.append({QStringLiteral("notices"), Severity::Error,
                             tr("The sub-processor notice in row %1 has no date of receipt: enter the day it "
                                "arrived.")
                                 .arg(row)});
        if (!Codes::isValid(Codes::Kind::NoticeDecision, notice.decision))
            findings.append({QStringLiteral("notices"), Severity::Error,
                             tr("The sub-processor notice in row %1 has an unknown decision: choose pending, "
                                "accepted or objected.")
                                 .arg(row)});
        if (notice.decidedOn.isValid() && notice.receivedOn.isValid() && notice.decidedOn < notice.receivedOn)
            findings.append({QStringLiteral("notices"), Severity::Error,
                             tr("The sub-processor notice in row %1 was decided before it was received: correct "
                                "one of the two dates.")
                                 .arg(row)});
    }
    if (!endOfContract.isEmpty() && !Codes::isValid(Codes::Kind::EndOfContract, endOfContract))
        findings.append({QStringLiteral("endOfContract"), Severity::Error,
                         tr("Choose whether the data was deleted or returned at the end of the contract.")});
    if (!Codes::isValid(Codes::Kind::AgreementStatus, status))
        findings.append(
            {QStringLiteral("status"), Severity::Error, tr("Choose a status: draft, active or terminated.")});
    return findings;
}

QJsonObject Agreement::toJson() const
{
    QJsonArray clauseArray;
    for (const ClauseCheck &clause : clauses)
        clauseArray.append(QJsonObject{{QStringLiteral("clause"), clause.clause},
                                       {QStringLiteral("ticked"), clause.ticked},
                                       {QStringLiteral("reference"), clause.reference}});
    QJsonArray noticeArray;
    for (const SubprocessorNotice &notice : notices)
        noticeArray.append(QJsonObject{{QStringLiteral("uuid"), notice.uuid},
                                       {QStringLiteral("receivedOn"), day(notice.receivedOn)},
                                       {QStringLiteral("change"), notice.change},
                                       {QStringLiteral("objectionDeadline"), day(notice.objectionDeadline)},
                                       {QStringLiteral("decision"), notice.decision},
                                       {QStringLiteral("decidedOn"), day(notice.decidedOn)},
                                       {QStringLiteral("notes"), notice.notes}});
    QJsonArray attachmentArray;
    for (const AttachmentInfo &attachment : attachments)
        attachmentArray.append(QJsonObject{{QStringLiteral("uuid"), attachment.uuid},
                                           {QStringLiteral("fileName"), attachment.fileName},
                                           {QStringLiteral("mimeType"), attachment.mimeType},
                                           {QStringLiteral("size"), attachment.size},
                                           {QStringLiteral("sha256"), attachment.sha256},
                                           {QStringLiteral("description"), attachment.description},
                                           {QStringLiteral("addedAt"), moment(attachment.addedAt)}});
    return QJsonObject{
        {QStringLiteral("uuid"), uuid},
        {QStringLiteral("title"), title},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("controllerUuid"), controllerUuid},
        {QStringLiteral("processorUuid"), processorUuid},
        {QStringLiteral("parentUuid"), parentUuid},
        {QStringLiteral("subjectMatter"), subjectMatter},
        {QStringLiteral("duration"), duration},
        {QStringLiteral("naturePurpose"), naturePurpose},
        {QStringLiteral("dataTypes"), dataTypes},
        {QStringLiteral("subjectCategories"), subjectCategories},
        {QStringLiteral("signedOn"), day(signedOn)},
        {QStringLiteral("effectiveOn"), day(effectiveOn)},
        {QStringLiteral("expiresOn"), day(expiresOn)},
        {QStringLiteral("reviewOn"), day(reviewOn)},
        {QStringLiteral("clauses"), clauseArray},
        {QStringLiteral("subprocessorAuthorisation"), subprocessorAuthorisation},
        {QStringLiteral("objectionWindowDays"), objectionWindowDays},
        {QStringLiteral("notices"), noticeArray},
        {QStringLiteral("attachments"), attachmentArray},
        {QStringLiteral("measureUuids"), QJsonArray::fromStringList(measureUuids)},
        {QStringLiteral("auditEvidence"), auditEvidence},
        {QStringLiteral("endOfContract"), endOfContract},
        {QStringLiteral("endOfContractProof"), endOfContractProof},
        {QStringLiteral("status"), status},
        {QStringLiteral("createdAt"), moment(createdAt)},
        {QStringLiteral("updatedAt"), moment(updatedAt)},
    };
}

} // namespace Custodian::Domain
