#include "ProcessingActivity.h"

#include "domain/Codes.h"

#include <QJsonArray>

#include <algorithm>

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

template<typename T> QJsonArray arrayOf(const QList<T> &items)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(item.toJson());
    return array;
}

void checkCodes(Findings &findings, const QString &field, Codes::Kind kind, const QStringList &codes,
                const QString &message)
{
    for (const QString &code : codes) {
        if (!Codes::isValid(kind, code))
            findings.append({field, Severity::Error, message.arg(code)});
    }
}

// Shared by both kinds of record: Art. 30(1)(e) and 30(2)(c) describe transfers the same way.
void validateTransfers(Findings &findings, const QList<Transfer> &transfers)
{
    for (int i = 0; i < transfers.size(); ++i) {
        const Transfer &transfer = transfers.at(i);
        const int row = i + 1;
        if (!transfer.mechanism.isEmpty() && !Codes::isValid(Codes::Kind::TransferMechanism, transfer.mechanism))
            findings.append({QStringLiteral("transfers"), Severity::Error,
                             ProcessingActivity::tr("The transfer in row %1 has an unknown mechanism: choose "
                                                    "adequacy, the Data Privacy Framework, standard contractual "
                                                    "clauses, binding corporate rules, a derogation or other "
                                                    "safeguards.")
                                 .arg(row)});
        if (!transfer.sccModule.isEmpty() && !Codes::isValid(Codes::Kind::SccModule, transfer.sccModule))
            findings.append({QStringLiteral("transfers"), Severity::Error,
                             ProcessingActivity::tr("The transfer in row %1 has an unknown SCC module: choose "
                                                    "module 1, 2, 3 or 4.")
                                 .arg(row)});
        else if (!transfer.sccModule.isEmpty() && transfer.mechanism != QLatin1String("scc"))
            findings.append({QStringLiteral("transfers"), Severity::Error,
                             ProcessingActivity::tr("The transfer in row %1 names an SCC module but not standard "
                                                    "contractual clauses as its mechanism: choose the mechanism or "
                                                    "clear the module.")
                                 .arg(row)});
    }
}

void validateReview(Findings &findings, QDate lastReviewed, QDate nextReview)
{
    if (lastReviewed.isValid() && nextReview.isValid() && nextReview < lastReviewed)
        findings.append({QStringLiteral("nextReview"), Severity::Error,
                         ProcessingActivity::tr("The next review lies before the last review: choose a later date.")});
}

void validateStatus(Findings &findings, const QString &status)
{
    if (!Codes::isValid(Codes::Kind::ActivityStatus, status))
        findings.append({QStringLiteral("status"), Severity::Error,
                         ProcessingActivity::tr("Choose a status: draft, in review, approved or retired.")});
}

} // namespace

QJsonObject Transfer::toJson() const
{
    return QJsonObject{
        {QStringLiteral("country"), country},           {QStringLiteral("partyUuid"), partyUuid},
        {QStringLiteral("mechanism"), mechanism},       {QStringLiteral("sccModule"), sccModule},
        {QStringLiteral("tiaReference"), tiaReference}, {QStringLiteral("dpfCheckedOn"), day(dpfCheckedOn)},
        {QStringLiteral("safeguards"), safeguards},
    };
}

QJsonObject DataCategory::toJson() const
{
    return QJsonObject{
        {QStringLiteral("name"), name},
        {QStringLiteral("specialCategory"), specialCategory},
        {QStringLiteral("retentionRuleUuid"), retentionRuleUuid},
    };
}

QJsonObject Recipient::toJson() const
{
    return QJsonObject{
        {QStringLiteral("partyUuid"), partyUuid},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("description"), description},
    };
}

bool ProcessingActivity::hasSpecialCategories() const
{
    return std::any_of(dataCategories.cbegin(), dataCategories.cend(),
                       [](const DataCategory &category) { return !category.specialCategory.isEmpty(); });
}

Findings ProcessingActivity::validate() const
{
    Findings findings;
    if (name.trimmed().isEmpty())
        findings.append({QStringLiteral("name"), Severity::Error,
                         tr("Enter a name for the processing activity, such as \"Payroll\".")});
    checkCodes(findings, QStringLiteral("lawfulBases"), Codes::Kind::LawfulBasis, lawfulBases,
               tr("\"%1\" is not a lawful basis of Art. 6(1): choose one of (a) to (f)."));
    if (!art9Exception.isEmpty() && !Codes::isValid(Codes::Kind::Art9Exception, art9Exception))
        findings.append({QStringLiteral("art9Exception"), Severity::Error,
                         tr("\"%1\" is not an exception of Art. 9(2): choose one of (a) to (j).").arg(art9Exception)});
    for (int i = 0; i < subjectCategories.size(); ++i) {
        if (subjectCategories.at(i).trimmed().isEmpty())
            findings.append(
                {QStringLiteral("subjectCategories"), Severity::Error,
                 tr("The category of data subjects in row %1 has no name: name it or remove the row.").arg(i + 1)});
    }
    for (int i = 0; i < dataCategories.size(); ++i) {
        const DataCategory &category = dataCategories.at(i);
        if (category.name.trimmed().isEmpty())
            findings.append(
                {QStringLiteral("dataCategories"), Severity::Error,
                 tr("The category of personal data in row %1 has no name: name it or remove the row.").arg(i + 1)});
        if (!category.specialCategory.isEmpty() &&
            !Codes::isValid(Codes::Kind::SpecialCategory, category.specialCategory))
            findings.append({QStringLiteral("dataCategories"), Severity::Error,
                             tr("The category of personal data in row %1 has an unknown special category: choose "
                                "one of Art. 9(1) or none.")
                                 .arg(i + 1)});
    }
    for (int i = 0; i < recipients.size(); ++i) {
        const Recipient &recipient = recipients.at(i);
        if (!Codes::isValid(Codes::Kind::RecipientKind, recipient.kind))
            findings.append({QStringLiteral("recipients"), Severity::Error,
                             tr("The recipient in row %1 has an unknown kind: choose internal, external, processor "
                                "or public authority.")
                                 .arg(i + 1)});
        if (recipient.partyUuid.isEmpty() && recipient.description.trimmed().isEmpty())
            findings.append(
                {QStringLiteral("recipients"), Severity::Error,
                 tr("The recipient in row %1 is empty: choose a party or describe the recipient.").arg(i + 1)});
    }
    validateTransfers(findings, transfers);
    if (!Codes::isValid(Codes::Kind::DpiaRequired, dpiaRequired))
        findings.append({QStringLiteral("dpiaRequired"), Severity::Error,
                         tr("Say whether a DPIA is required: yes, no or not yet assessed.")});
    checkCodes(findings, QStringLiteral("dpiaCriteria"), Codes::Kind::DpiaCriterion, dpiaCriteria,
               tr("\"%1\" is not on the Dutch DPA's list of processing that needs a DPIA: choose an item of the "
                  "list."));
    if (!Codes::isValid(Codes::Kind::DpiaStatus, dpiaStatus))
        findings.append({QStringLiteral("dpiaStatus"), Severity::Error,
                         tr("Choose the state of the DPIA: not started, in progress or completed.")});
    validateStatus(findings, status);
    validateReview(findings, lastReviewed, nextReview);
    return findings;
}

QJsonObject ProcessingActivity::toJson() const
{
    return QJsonObject{
        {QStringLiteral("uuid"), uuid},
        {QStringLiteral("name"), name},
        {QStringLiteral("purpose"), purpose},
        {QStringLiteral("description"), description},
        {QStringLiteral("lawfulBases"), QJsonArray::fromStringList(lawfulBases)},
        {QStringLiteral("art9Exception"), art9Exception},
        {QStringLiteral("art9NationalGround"), art9NationalGround},
        {QStringLiteral("liaReference"), liaReference},
        {QStringLiteral("criminalData"), criminalData},
        {QStringLiteral("criminalDataGround"), criminalDataGround},
        {QStringLiteral("bsn"), bsn},
        {QStringLiteral("bsnGround"), bsnGround},
        {QStringLiteral("subjectCategories"), QJsonArray::fromStringList(subjectCategories)},
        {QStringLiteral("dataCategories"), arrayOf(dataCategories)},
        {QStringLiteral("recipients"), arrayOf(recipients)},
        {QStringLiteral("transfers"), arrayOf(transfers)},
        {QStringLiteral("dataSource"), dataSource},
        {QStringLiteral("systems"), systems},
        {QStringLiteral("storageLocation"), storageLocation},
        {QStringLiteral("automatedDecisions"), automatedDecisions},
        {QStringLiteral("profiling"), profiling},
        {QStringLiteral("automatedLogic"), automatedLogic},
        {QStringLiteral("dpiaRequired"), dpiaRequired},
        {QStringLiteral("dpiaCriteria"), QJsonArray::fromStringList(dpiaCriteria)},
        {QStringLiteral("dpiaReasoning"), dpiaReasoning},
        {QStringLiteral("dpiaStatus"), dpiaStatus},
        {QStringLiteral("dpiaReference"), dpiaReference},
        {QStringLiteral("measureUuids"), QJsonArray::fromStringList(measureUuids)},
        {QStringLiteral("agreementUuids"), QJsonArray::fromStringList(agreementUuids)},
        {QStringLiteral("ownerDepartment"), ownerDepartment},
        {QStringLiteral("ownerPerson"), ownerPerson},
        {QStringLiteral("status"), status},
        {QStringLiteral("lastReviewed"), day(lastReviewed)},
        {QStringLiteral("nextReview"), day(nextReview)},
        {QStringLiteral("createdAt"), moment(createdAt)},
        {QStringLiteral("updatedAt"), moment(updatedAt)},
    };
}

Findings ProcessorActivity::validate() const
{
    Findings findings;
    if (name.trimmed().isEmpty())
        findings.append({QStringLiteral("name"), Severity::Error,
                         tr("Enter a name for the processing, such as \"Hosting of the application for a "
                            "customer\".")});
    validateTransfers(findings, transfers);
    validateStatus(findings, status);
    validateReview(findings, lastReviewed, nextReview);
    return findings;
}

QJsonObject ProcessorActivity::toJson() const
{
    return QJsonObject{
        {QStringLiteral("uuid"), uuid},
        {QStringLiteral("name"), name},
        {QStringLiteral("controllerUuid"), controllerUuid},
        {QStringLiteral("processingCategories"), processingCategories},
        {QStringLiteral("description"), description},
        {QStringLiteral("transfers"), arrayOf(transfers)},
        {QStringLiteral("measureUuids"), QJsonArray::fromStringList(measureUuids)},
        {QStringLiteral("agreementUuids"), QJsonArray::fromStringList(agreementUuids)},
        {QStringLiteral("storageLocation"), storageLocation},
        {QStringLiteral("ownerDepartment"), ownerDepartment},
        {QStringLiteral("ownerPerson"), ownerPerson},
        {QStringLiteral("status"), status},
        {QStringLiteral("lastReviewed"), day(lastReviewed)},
        {QStringLiteral("nextReview"), day(nextReview)},
        {QStringLiteral("createdAt"), moment(createdAt)},
        {QStringLiteral("updatedAt"), moment(updatedAt)},
    };
}

} // namespace Custodian::Domain
