// The demo register: a fictional Dutch software vendor, "Voorbeeldsoft B.V.", whose register follows
// the structure of a real vendor's privacy statement (contracts, the customer relationship in
// third-party applications, use of the hosted application as a processor, website and e-mail). Every
// name, address and number in it is invented.
//
// It is written through the services, one audited transaction per item, so writing it is also an
// integration test of the whole register.
//
// Two gaps are left on purpose, so that the completeness check has something to show:
//   1. the processing agreement with the CRM vendor does not tick Art. 28(3)(h) (audits): an error;
//   2. the activity "Website and e-mail" records no storage location: a warning.
// Everything else is complete; tests/core/tst_demoregister.cpp holds the check to exactly these two.
#include "register/DemoRegister.h"
#include "Completeness.h"
#include "DocumentLanguage.h"
#include "storage/HistoryChain.h"

#include "domain/Codes.h"
#include "domain/RetentionCatalogue.h"
#include "register/OrganisationService.h"
#include "register/Services.h"
#include "statement/Publication.h"
#include "storage/Store.h"

#include <QHash>
#include <QSqlQuery>

namespace Custodian::Register {

using namespace Domain;

namespace {

// Stops at the first failure: the caller reports it; the items written before it stay audited.
#define DEMO_TRY(expression)                                                                                           \
    do {                                                                                                               \
        const Status demoStatus = (expression);                                                                        \
        if (!demoStatus)                                                                                               \
            return demoStatus;                                                                                         \
    } while (false)

// Links an activity to the measures that protect it and the agreements it relies on, and saves it.
Status saveLinked(ActivityService &activities, Domain::ProcessingActivity *activity, const QStringList &measures,
                  const QStringList &agreements)
{
    activity->measureUuids = measures;
    activity->agreementUuids = agreements;
    return activities.save(activity);
}

ClauseCheck ticked(const char *clause, const QString &reference)
{
    return {QLatin1String(clause), true, reference};
}

// All nine Art. 28(3) items ticked with the article of a standard agreement that covers them.
QList<ClauseCheck> allTicked(const QString &prefix)
{
    return {ticked("a", prefix + QStringLiteral(" 3.1")),
            ticked("b", prefix + QStringLiteral(" 5.2")),
            ticked("c", prefix + QStringLiteral(" 6")),
            ticked("d", prefix + QStringLiteral(" 7")),
            ticked("e", prefix + QStringLiteral(" 8.1")),
            ticked("f", prefix + QStringLiteral(" 8.2")),
            ticked("g", prefix + QStringLiteral(" 11.3")),
            ticked("h", prefix + QStringLiteral(" 9")),
            ticked("infringement_notice", prefix + QStringLiteral(" 3.3"))};
}

Status attachSigned(AgreementService &agreements, const Agreement &agreement, const QString &fileName)
{
    // A stand-in for the signed PDF: the demo holds no real documents.
    const QByteArray content = QByteArrayLiteral("Custodian demo register: stand-in for the signed agreement \"") +
                               agreement.title.toUtf8() + QByteArrayLiteral("\".\n");
    return agreements.addAttachment(agreement.uuid, fileName, QStringLiteral("text/plain"), content,
                                    DemoRegister::tr("Signed copy"), nullptr);
}

} // namespace

QString DemoRegister::passphrase()
{
    return QStringLiteral("custodian-demo-register");
}

Status DemoRegister::write(Storage::Store &database)
{
    if (!database.isOpen())
        return Status::error(Status::Code::InvalidInput, tr("Open or create a register before writing the demo."));
    {
        QSqlQuery query(database.connection());
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT (SELECT count(*) FROM organisation) + (SELECT count(*) FROM activity) "
                                       "+ (SELECT count(*) FROM party) + (SELECT count(*) FROM agreement)")) ||
            !query.next())
            return Status::error(Status::Code::DatabaseError, tr("The register could not be read."));
        if (query.value(0).toLongLong() > 0)
            return Status::error(Status::Code::InvalidInput,
                                 tr("The demo is only written into an empty register: create a new one for it."));
    }
    const QDate today = QDate::currentDate();
    const QDate lastReviewed = today.addDays(-30);
    const QDate nextReview = today.addYears(1);

    // --- Art. 30(1)(a): the controller and its DPO --------------------------------------------
    OrganisationService organisations(database);
    Organisation organisation;
    organisation.name = QStringLiteral("Voorbeeldsoft B.V.");
    organisation.streetAddress = QStringLiteral("Stationsplein 12");
    organisation.postalCode = QStringLiteral("3818 LE");
    organisation.city = QStringLiteral("Amersfoort");
    organisation.country = QStringLiteral("NL");
    organisation.registrationNumber = QStringLiteral("87654321");
    organisation.contactName = QStringLiteral("Privacy desk");
    organisation.contactEmail = QStringLiteral("privacy@voorbeeldsoft.example");
    organisation.contactPhone = QStringLiteral("+31 33 000 1234");
    organisation.dpoName = QStringLiteral("Sanne Bakker");
    organisation.dpoEmail = QStringLiteral("fg@voorbeeldsoft.example");
    organisation.dpoPhone = QStringLiteral("+31 33 000 1299");
    organisation.dpoStatus = QStringLiteral("voluntary");
    organisation.dpoReasoning =
        tr("Not required by Art. 37(1): no public authority, and no large-scale monitoring or special categories as a "
           "core activity. Appointed voluntarily because customers in the public sector ask for one.");
    organisation.dpoRegisteredOn = QDate(2024, 2, 1);
    // What the privacy statement says of the organisation (the seed's facts, fictionalised).
    organisation.tradeNames = QStringLiteral("Briefwerk");
    organisation.website = QStringLiteral("https://www.voorbeeldsoft.example");
    organisation.privacyEmail = QStringLiteral("privacy@voorbeeldsoft.example");
    organisation.recipientNaming = QStringLiteral("names");
    // The demo's texts are in the language of the translation that wrote them.
    organisation.dataLanguage = tr("en", "the code of the language this translation is in: en or nl");
    DEMO_TRY(organisations.save(organisation));

    // --- Art. 30(1)(f): retention rules -------------------------------------------------------
    RetentionRuleService rules(database);
    DEMO_TRY(rules.seedCatalogue());
    QList<RetentionRule> seeded;
    DEMO_TRY(rules.list(&seeded));
    QHash<QString, QString> seedUuid;
    for (const RetentionRule &rule : std::as_const(seeded))
        seedUuid.insert(rule.seedKey, rule.uuid);
    const QString policySource = tr("Voorbeeldsoft information security policy, section 4.2");
    auto policyRule = [&](const QString &name, int count, const char *unit, const QString &trigger) {
        RetentionRule rule;
        rule.name = name;
        rule.periodCount = count;
        rule.periodUnit = QLatin1String(unit);
        rule.trigger = trigger;
        rule.basisType = QStringLiteral("policy");
        rule.legalSource = policySource;
        return rule;
    };
    // Logs are reviewed monthly, so they are kept longer than a month: 90 days.
    RetentionRule logs = policyRule(tr("Application and server logs"), 90, "days", tr("after the entry is written"));
    RetentionRule backups = policyRule(tr("Backups"), 90, "days", tr("after the backup is made"));
    RetentionRule visitors = policyRule(tr("Website visitor data"), 6, "months", tr("after the visit"));
    RetentionRule crm =
        policyRule(tr("CRM contact data"), 2, "years", tr("after the end of the customer relationship"));
    // Someone who writes to us has no relationship that can end: a rule of their own.
    RetentionRule questions = policyRule(tr("Questions through the contact form and e-mail"), 1, "years",
                                         tr("after the question is answered"));
    for (RetentionRule *rule : {&logs, &backups, &visitors, &crm, &questions})
        rule->periodKind = QStringLiteral("maximum");
    for (RetentionRule *rule : {&logs, &backups, &visitors, &crm, &questions})
        DEMO_TRY(rules.save(rule));
    const QString fiscal = seedUuid.value(QStringLiteral("nl.fiscal_records"));

    // --- Art. 32: security measures ------------------------------------------------------------
    SecurityMeasureService measureService(database);
    auto measure = [](const QString &title, const QString &description, const char *kind,
                      const QString &publicSummary) {
        SecurityMeasure m;
        m.title = title;
        m.description = description;
        m.kind = QLatin1String(kind);
        m.publicSummary = publicSummary;
        return m;
    };
    SecurityMeasure encryption =
        measure(tr("Encryption at rest of the application database"),
                tr("The application database and its backups are encrypted with AES-256; keys are kept apart from "
                   "the data."),
                "technical", tr("Your data is stored encrypted, and so are the backups."));
    SecurityMeasure tls =
        measure(tr("TLS for all connections"), tr("Web, API and e-mail traffic uses TLS 1.2 or later."), "technical",
                tr("Connections to our website, our application and our mail servers are encrypted."));
    SecurityMeasure access = measure(
        tr("Access control with two-factor authentication"),
        tr("Staff get access on a need-to-know basis; every account uses two-factor authentication."), "technical",
        tr("Only staff who need your data for their work can reach it, and they sign in with two factors."));
    SecurityMeasure backupMeasure =
        measure(tr("Daily encrypted backups"), tr("Daily backups in a second Dutch data centre, kept for 90 days."),
                "technical", tr("We make a backup every day, in a second data centre in the Netherlands."));
    SecurityMeasure logging = measure(tr("Logging of access and changes"),
                                      tr("Access to personal data and changes to it are logged and the logs are "
                                         "reviewed monthly; logs are kept for 90 days."),
                                      "technical", tr("Access to personal data is logged and the logs are checked."));
    SecurityMeasure confidentiality =
        measure(tr("Confidentiality clause in employment contracts"),
                tr("Every employee and contractor signs a confidentiality clause."), "organisational",
                tr("Everyone who works for us is bound to confidentiality."));
    for (SecurityMeasure *m : {&encryption, &tls, &access, &backupMeasure, &logging, &confidentiality})
        DEMO_TRY(measureService.save(m));

    // --- Parties ---------------------------------------------------------------------------------
    PartyService parties(database);
    auto party = [](const QString &name, const char *country, const QString &email, const QStringList &roles,
                    const QString &notes) {
        Party p;
        p.name = name;
        p.country = QLatin1String(country);
        p.contactEmail = email;
        p.roles = roles;
        p.notes = notes;
        return p;
    };
    const QString processor = QStringLiteral("processor");
    const QString subProcessor = QStringLiteral("sub_processor");
    Party hosting = party(QStringLiteral("Hostingpartner Noord B.V."), "NL",
                          QStringLiteral("security@hostingpartner-noord.example"), {processor, subProcessor},
                          tr("Hosts the application and our own systems in two data centres in the Netherlands. Has "
                             "no active access to personal data, but has the means to obtain it."));
    hosting.dpoName = QStringLiteral("Pieter Jansen");
    hosting.dpoContact = QStringLiteral("fg@hostingpartner-noord.example");
    Party crmVendor = party(QStringLiteral("Klantwolk Ltd."), "IE", QStringLiteral("privacy@klantwolk.example"),
                            {processor}, tr("CRM and ticketing service (SaaS), EU region in Dublin."));
    Party cloudstack =
        party(QStringLiteral("Cloudstack Inc."), "US", QStringLiteral("privacy@cloudstack.example"), {subProcessor},
              tr("Sub-processor of Klantwolk for support tooling; certified under the "
                 "EU-US Data Privacy Framework."));
    Party invoicing = party(QStringLiteral("Factuurgemak B.V."), "NL", QStringLiteral("support@factuurgemak.example"),
                            {processor}, tr("Online invoicing application."));
    Party visitorId =
        party(QStringLiteral("Bezoekerslens B.V."), "NL", QStringLiteral("privacy@bezoekerslens.example"), {processor},
              tr("Visitor-identification service, Rotterdam: shows company names and "
                 "addresses based on visitors' IP addresses."));
    Party customer = party(QStringLiteral("Gemeente Voorbeeldstad"), "NL",
                           QStringLiteral("privacy@voorbeeldstad.example"), {QStringLiteral("controller")},
                           tr("Customer using the hosted application; controller of the data in it."));
    customer.dpoName = QStringLiteral("Mr. K. de Wit");
    customer.dpoContact = QStringLiteral("fg@voorbeeldstad.example");
    // How the privacy statement presents them: it names its recipients.
    hosting.publicDescription = tr("Hosts our servers in two data centres in the Netherlands. It has no active "
                                   "access to your data, but has the means to obtain it.");
    crmVendor.publicDescription = tr("Our customer relationship and ticketing service, in its EU region (Ireland).");
    cloudstack.publicDescription = tr("Hosts the support tooling of Klantwolk, in the United States.");
    invoicing.publicDescription = tr("Our online invoicing application (the Netherlands).");
    visitorId.publicDescription = tr("Shows us the name and address of the company a visit to our website comes "
                                     "from, based on the IP address; it does not store the IP address.");
    for (Party *p : {&hosting, &crmVendor, &cloudstack, &invoicing, &visitorId, &customer})
        DEMO_TRY(parties.save(p));

    // --- Art. 28: agreements -----------------------------------------------------------------------
    AgreementService agreements(database);
    auto agreement = [&](const QString &title, const QString &controller, const QString &processorUuid,
                         const QString &subject, const QString &reference) {
        Agreement a;
        a.title = title;
        a.controllerUuid = controller;
        a.processorUuid = processorUuid;
        a.subjectMatter = subject;
        a.duration = tr("As long as the main contract runs");
        a.controllerRights = tr("The controller gives documented instructions, may audit the processor, decides "
                                "on sub-processors and on deletion or return at the end (articles 3, 7, 9 and 11)");
        a.signedOn = QDate(2024, 3, 1);
        a.effectiveOn = QDate(2024, 3, 1);
        a.reviewOn = nextReview;
        a.clauses = allTicked(reference);
        a.subprocessorAuthorisation = QStringLiteral("general");
        a.objectionWindowDays = 30;
        a.auditEvidence = tr("ISO/IEC 27001 certificate and annual ISAE 3402 type II report");
        a.status = QStringLiteral("active");
        a.model = QStringLiteral("supplier");
        a.documentLocation = tr("Contract management, folder Suppliers");
        if (controller.isEmpty()) {
            // A supplier of ours: its certificate and this year's review are on file (Art. 28(1)).
            AssuranceReport certificate;
            certificate.kind = QStringLiteral("iso27001");
            certificate.issuer = tr("An accredited certification body");
            certificate.scope = tr("The services under this agreement");
            certificate.issuedOn = today.addMonths(-10);
            certificate.validUntil = certificate.issuedOn.addYears(3).addDays(-1);
            a.assurances = {certificate};
            SupplierReview review;
            review.reviewedOn = today.addMonths(-4);
            review.reviewedBy = tr("Privacy officer and IT manager");
            review.outcome = QStringLiteral("adequate");
            a.reviews = {review};
        }
        return a;
    };
    Agreement hostingOwn = agreement(tr("Processing agreement hosting (own systems)"), QString(), hosting.uuid,
                                     tr("Hosting of our own systems: website, e-mail and the contract archive"),
                                     QStringLiteral("VO-H art."));
    hostingOwn.naturePurpose = tr("Storage and availability of our systems");
    hostingOwn.dataTypes = tr("Contact details, correspondence, contracts, web server logs");
    hostingOwn.subjectCategories = tr("Customers' contact persons, website visitors");
    hostingOwn.measureUuids = {encryption.uuid, tls.uuid, access.uuid, backupMeasure.uuid};
    DEMO_TRY(agreements.save(&hostingOwn));

    Agreement customerDpa = agreement(tr("Processing agreement Gemeente Voorbeeldstad"), customer.uuid, QString(),
                                      tr("Hosting, maintenance and support of the application for the customer"),
                                      QStringLiteral("VWO art."));
    customerDpa.naturePurpose = tr("Storing and processing the data the customer's users enter and that calling "
                                   "systems transfer, to provide the application");
    customerDpa.dataTypes = tr("As supplied by the customer: names, contact details, case documents");
    customerDpa.subjectCategories = tr("Residents and employees of the customer");
    customerDpa.measureUuids = {encryption.uuid, tls.uuid, access.uuid, backupMeasure.uuid, logging.uuid};
    // As processor, we told the municipality of a new sub-processor; its window to object is still open
    // (Art. 28(2), DOMAIN-REVIEW A15).
    SubprocessorNotice sentNotice;
    sentNotice.sentOn = today.addDays(-5);
    sentNotice.receivedOn = sentNotice.sentOn;
    sentNotice.change = tr("Backupkluis B.V. (Netherlands) to take over the off-site backups from the hosting partner");
    customerDpa.notices = {sentNotice};
    DEMO_TRY(agreements.save(&customerDpa));

    Agreement hostingSub = agreement(tr("Sub-processing agreement hosting (application data)"), QString(), hosting.uuid,
                                     tr("Hosting of the application and its database"), QStringLiteral("SVO art."));
    hostingSub.kind = QStringLiteral("sub_processing");
    hostingSub.parentUuid = customerDpa.uuid;
    hostingSub.naturePurpose = tr("Infrastructure for the application: servers, storage, backups");
    hostingSub.dataTypes = customerDpa.dataTypes;
    hostingSub.subjectCategories = customerDpa.subjectCategories;
    hostingSub.measureUuids = {encryption.uuid, backupMeasure.uuid};
    DEMO_TRY(agreements.save(&hostingSub));

    Agreement crmDpa = agreement(tr("Processing agreement Klantwolk CRM"), QString(), crmVendor.uuid,
                                 tr("CRM, ticketing and incident registration"), QStringLiteral("DPA art."));
    crmDpa.naturePurpose = tr("Keeping contact details, invoicing details and support tickets");
    crmDpa.dataTypes = tr("Names, business contact details, correspondence, tickets");
    crmDpa.subjectCategories = tr("Contact persons of customers and prospects");
    // Deliberate gap 1: the audit clause, Art. 28(3)(h), is not ticked.
    crmDpa.clauses[7].ticked = false;
    crmDpa.clauses[7].reference.clear();
    // Art. 28(2): Klantwolk announced a new sub-processor; the 30-day window is counted by the service.
    SubprocessorNotice notice;
    notice.receivedOn = today.addMonths(-3);
    notice.change = tr("Cloudstack Inc. (United States) added as sub-processor for support tooling");
    notice.decision = QStringLiteral("accepted");
    notice.decidedOn = notice.receivedOn.addDays(10);
    notice.notes = tr("Accepted: Cloudstack is certified under the EU-US Data Privacy Framework; transfer impact "
                      "assessment TIA-2025-01.");
    notice.sentOn = notice.receivedOn.addDays(-1);
    // A second notice arrived last week and awaits a decision: the dashboard counts down its window,
    // in calendar days from the day it was sent, as the agreement says.
    SubprocessorNotice pendingNotice;
    pendingNotice.sentOn = today.addDays(-7);
    pendingNotice.receivedOn = today.addDays(-6);
    pendingNotice.change = tr("Mailbridge Ltd (Ireland) to replace the current e-mail delivery sub-processor");
    crmDpa.notices = {notice, pendingNotice};
    // The supplier file: the NLdigital model, a cloud service in the EU region with a sub-processor
    // in the United States, how to leave, the Data Pro Statement, and the report of this year's review.
    crmDpa.model = QStringLiteral("data_pro_code");
    crmDpa.modelVersion = QStringLiteral("2019");
    crmDpa.mainContractRef = tr("Subscription Klantwolk CRM, contract KW-2024-118");
    crmDpa.cloudService = true;
    crmDpa.locations = tr("Ireland (EU region); support tooling in the United States");
    crmDpa.transferSafeguard = tr("EU-US Data Privacy Framework (Cloudstack Inc.)");
    crmDpa.exitStrategy = tr("Export of all contacts and tickets as CSV within 30 days of notice; Klantwolk "
                             "deletes the data within 60 days after the end and confirms it in writing.");
    AgreementAnnex proStatement;
    proStatement.kind = QStringLiteral("data_pro_statement");
    proStatement.product = tr("Klantwolk CRM");
    proStatement.version = QStringLiteral("3.1");
    proStatement.dated = QDate(2024, 2, 12);
    AgreementAnnex security;
    security.kind = QStringLiteral("security_annex");
    security.reference = tr("Annex 2 to the subscription");
    crmDpa.annexes = {proStatement, security};
    AssuranceReport isae;
    isae.kind = QStringLiteral("isae3402");
    isae.issuer = tr("The supplier's external auditor");
    isae.scope = tr("Type II, hosting and support of Klantwolk CRM");
    isae.issuedOn = today.addMonths(-11);
    isae.validUntil = today.addMonths(1);
    crmDpa.assurances.append(isae);
    crmDpa.reviews.first().outcome = QStringLiteral("actions_needed");
    crmDpa.reviews.first().residualRisks = tr("Support staff in the United States can see tickets.");
    crmDpa.reviews.first().actions = tr("Ask Klantwolk to mask customer data in support tickets; add the audit clause "
                                        "at the renewal.");
    DEMO_TRY(agreements.save(&crmDpa));

    Agreement invoicingDpa = agreement(tr("Processing agreement Factuurgemak"), QString(), invoicing.uuid,
                                       tr("Sending invoices and keeping the invoice records"), QStringLiteral("art."));
    invoicingDpa.naturePurpose = tr("Drawing up and sending invoices, keeping the invoice records");
    invoicingDpa.dataTypes = tr("Names, invoicing addresses, invoice lines");
    invoicingDpa.subjectCategories = tr("Contact persons of customers");
    // The contract with Factuurgemak ends in two months: renew or end the agreement in time.
    invoicingDpa.expiresOn = today.addMonths(2);
    DEMO_TRY(agreements.save(&invoicingDpa));

    Agreement visitorDpa = agreement(tr("Processing agreement Bezoekerslens"), QString(), visitorId.uuid,
                                     tr("Identifying the companies that visit our website"), QStringLiteral("art."));
    visitorDpa.naturePurpose = tr("Looking up the company behind a visitor's IP address, for business statistics");
    visitorDpa.dataTypes = tr("IP addresses (not stored by the service), visited pages");
    visitorDpa.subjectCategories = tr("Website visitors");
    DEMO_TRY(agreements.save(&visitorDpa));

    // Klantwolk's own agreement with its sub-processor Cloudstack, under the general authorisation
    // in the CRM agreement: the chain shows who processes the contact data in the United States.
    Agreement cloudSub =
        agreement(tr("Sub-processing agreement Klantwolk - Cloudstack"), crmVendor.uuid, cloudstack.uuid,
                  tr("Support tooling for the CRM and ticketing service"), QStringLiteral("SPA art."));
    cloudSub.kind = QStringLiteral("sub_processing");
    cloudSub.parentUuid = crmDpa.uuid;
    cloudSub.naturePurpose = tr("Hosting the support tooling in which tickets are handled");
    cloudSub.dataTypes = tr("Names, business contact details, tickets");
    cloudSub.subjectCategories = crmDpa.subjectCategories;
    DEMO_TRY(agreements.save(&cloudSub));

    DEMO_TRY(attachSigned(agreements, hostingOwn, QStringLiteral("processing-agreement-hosting-signed.txt")));
    DEMO_TRY(attachSigned(agreements, customerDpa, QStringLiteral("processing-agreement-voorbeeldstad-signed.txt")));
    DEMO_TRY(attachSigned(agreements, hostingSub, QStringLiteral("sub-processing-agreement-hosting-signed.txt")));
    DEMO_TRY(attachSigned(agreements, crmDpa, QStringLiteral("dpa-klantwolk-signed.txt")));
    DEMO_TRY(attachSigned(agreements, invoicingDpa, QStringLiteral("processing-agreement-factuurgemak-signed.txt")));
    DEMO_TRY(attachSigned(agreements, visitorDpa, QStringLiteral("processing-agreement-bezoekerslens-signed.txt")));
    DEMO_TRY(attachSigned(agreements, cloudSub, QStringLiteral("sub-processing-agreement-cloudstack.txt")));

    // --- Art. 30(1): activities as controller ------------------------------------------------------
    ActivityService activities(database);
    auto activity = [&](const QString &name, const QString &purpose) {
        ProcessingActivity a;
        a.name = name;
        a.purpose = purpose;
        a.dpiaRequired = QStringLiteral("no");
        a.dpiaScreenedBy = QStringLiteral("Sanne Bakker");
        a.dpiaScreenedOn = lastReviewed;
        a.ownerDepartment = tr("Management");
        a.approvedBy = tr("Management team");
        a.approvedOn = lastReviewed;
        a.ownerPerson = QStringLiteral("Sanne Bakker");
        a.status = QStringLiteral("approved");
        // What the log lines of the processing record (Logboek Dataverwerkingen).
        a.confidentiality = QStringLiteral("normal");
        a.logRetentionCount = 1;
        a.logRetentionUnit = QStringLiteral("years");
        a.lastReviewed = lastReviewed;
        a.nextReview = nextReview;
        return a;
    };

    // 1. Performing contracts.
    ProcessingActivity contracts =
        activity(tr("Performing contracts"),
                 tr("Concluding and performing licence and service contracts for the application, including "
                    "invoicing and keeping the fiscal records"));
    contracts.publish = true;
    contracts.audiences = {QStringLiteral("customers")};
    contracts.publicPurpose = tr("To conclude and perform our contracts with you, to invoice and to keep the fiscal "
                                 "records the law requires of us");
    contracts.provisionRequirement = QStringLiteral("contract_conclusion");
    contracts.provisionConsequence = tr("Without these personal data we cannot deliver the application or meet the "
                                        "other obligations of the contracts.");
    // The contact persons of a corporate customer are not party to the contract: their data rests on
    // legitimate interests (f), the fiscal records on a legal obligation (c), not on (b).
    contracts.lawfulBases = {QStringLiteral("c"), QStringLiteral("f")};
    contracts.liaReference = QStringLiteral("LIA-2025-01");
    contracts.basisScope = tr("(c) the contract, order and invoice data kept as fiscal records; (f) the business "
                              "contact details of the customer's contact persons and signatories");
    contracts.legalProvision = tr("AWR art. 52(4) and BW 2:10(3): keeping the fiscal records");
    contracts.legitimateInterest =
        tr("Concluding and performing contracts with our business customers through their staff");
    contracts.subjectCategories = {tr("Contact persons of customers"), tr("Signatories of contracts")};
    contracts.dataCategories = {{tr("Name and business contact details"), QString(), crm.uuid},
                                {tr("Contract and order data"), QString(), fiscal},
                                {tr("Invoices and payment data"), QString(), fiscal}};
    contracts.recipients = {
        {QString(), QStringLiteral("internal"), tr("Sales and finance"), QString()},
        {invoicing.uuid, QStringLiteral("processor"), tr("Invoicing application"), QString()},
        {hosting.uuid, QStringLiteral("processor"), tr("Hosting of the contract archive"), QString()},
        // Art. 4(9): an authority receiving data in a particular inquiry is not a recipient.
        {QString(), QStringLiteral("authority"), tr("Tax authority (Belastingdienst), in a tax audit"),
         QStringLiteral("inquiry")}};
    contracts.dataSource = tr("The customer");
    contracts.systems = tr("Factuurgemak, contract archive");
    contracts.storageLocation =
        tr("Factuurgemak (Netherlands); contract archive at Hostingpartner Noord (Netherlands)");
    contracts.dpiaReasoning = tr("Ordinary business contact data; no criterion of the AP list applies.");
    DEMO_TRY(saveLinked(activities, &contracts, {access.uuid, tls.uuid, backupMeasure.uuid, confidentiality.uuid},
                        {invoicingDpa.uuid, hostingOwn.uuid}));

    // 2. The customer relationship, kept in third-party applications.
    ProcessingActivity relationship =
        activity(tr("Customer relationship in third-party applications"),
                 tr("Maintaining the customer relationship from the first contact: contact details, invoicing "
                    "details and incident registration"));
    // Columns of the spreadsheet the register was kept in before that no field takes, kept by the import.
    relationship.extraFields = {
        {QStringLiteral("custodian"), tr("Cost centre"), QStringLiteral("4100")},
        {QStringLiteral("custodian"), tr("Number in the old spreadsheet"), QStringLiteral("AVG-03")},
    };
    relationship.category = tr("Customers");
    // The DPO's own notes: never printed or published.
    relationship.dpoNotes = tr("Ask sales whether prospects who never became customers can be deleted after two "
                               "years instead of five.");
    relationship.publish = true;
    relationship.audiences = {QStringLiteral("customers"), QStringLiteral("prospects")};
    relationship.publicPurpose = tr("To stay in touch with you as a customer or prospect, to send invoices and to "
                                    "help you when you report an incident");
    relationship.provisionRequirement = QStringLiteral("voluntary");
    relationship.provisionConsequence = tr("Without your contact details we cannot answer your questions or help you "
                                           "with an incident.");
    relationship.lawfulBases = {QStringLiteral("f")};
    relationship.liaReference = QStringLiteral("LIA-2025-02");
    relationship.legitimateInterest =
        tr("Maintaining the relationship with our business customers and prospects, and supporting their users");
    relationship.subjectCategories = {tr("Contact persons of customers"), tr("Contact persons of prospects")};
    relationship.dataCategories = {{tr("Contact details"), QString(), crm.uuid},
                                   {tr("Invoicing details"), QString(), fiscal},
                                   {tr("Incident reports and correspondence"), QString(), crm.uuid}};
    relationship.recipients = {
        {crmVendor.uuid, QStringLiteral("processor"), tr("CRM and ticketing service"), QString()},
        {cloudstack.uuid, QStringLiteral("processor"), tr("Sub-processor of Klantwolk, United States"), QString()},
        {invoicing.uuid, QStringLiteral("processor"), tr("Invoicing application"), QString()},
        {QString(), QStringLiteral("internal"), tr("Support and account management"), QString()}};
    Transfer toUs;
    toUs.country = QStringLiteral("US");
    toUs.partyUuid = cloudstack.uuid;
    toUs.mechanism = QStringLiteral("dpf");
    toUs.dpfCheckedOn = today.addMonths(-2);
    toUs.tiaReference = QStringLiteral("TIA-2025-01");
    toUs.safeguards = tr("Klantwolk and Cloudstack also signed the standard contractual clauses (module 3, "
                         "processor to processor) as a fallback should the Data Privacy Framework fall.");
    toUs.safeguardsCopyVia = tr("a copy of the clauses on request from privacy@voorbeeldsoft.example");
    relationship.transfers = {toUs};
    relationship.dataSource = tr("The data subjects themselves and their employers");
    relationship.systems = tr("Klantwolk CRM and ticketing, Factuurgemak");
    relationship.storageLocation = tr("Klantwolk EU region (Dublin, Ireland); Factuurgemak (Netherlands)");
    relationship.dpiaReasoning = tr("Business contact data; no criterion of the AP list applies.");
    DEMO_TRY(saveLinked(activities, &relationship, {access.uuid, tls.uuid, confidentiality.uuid},
                        {crmDpa.uuid, invoicingDpa.uuid}));

    // A legal hold for one dispute (DOMAIN-REVIEW A9): the other customers' data is still deleted on time.
    LegalHoldService holds(database);
    LegalHold dispute;
    dispute.title = tr("Invoice dispute with a former customer");
    dispute.reference = tr("Case 2026-014");
    dispute.retentionRuleUuid = crm.uuid;
    dispute.activityUuid = relationship.uuid;
    dispute.scope = tr("The contact details, tickets and correspondence of the former customer in the dispute and of "
                       "its two contact persons; nothing of other customers.");
    dispute.reason = tr("The former customer disputes its last two invoices; our lawyer asked us to keep the "
                        "correspondence until the claim is settled or time-barred.");
    dispute.startedOn = today.addMonths(-4);
    dispute.reviewedOn = lastReviewed;
    DEMO_TRY(holds.save(&dispute));

    // 3. Website and e-mail, with the visitor-identification service.
    ProcessingActivity website =
        activity(tr("Website and e-mail"),
                 tr("Running the website, answering questions sent through contact forms and e-mail, and measuring "
                    "business use of the website"));
    website.description = tr("The website processes visitors' IP addresses and the pages visited from them; some "
                             "data is kept in cookies. The visitor-identification service Bezoekerslens shows "
                             "company names and addresses based on IP addresses; the service does not store the IP "
                             "address. Analytics cookies are placed only after consent in the cookie banner.");
    // Cookies that are not strictly necessary need consent (Telecommunicatiewet art. 11.7a), which the
    // GDPR basis does not replace: consent (a) for them, legitimate interests (f) for the rest.
    website.publish = true;
    website.audiences = {QStringLiteral("website_visitors"), QStringLiteral("prospects")};
    website.publicPurpose = tr("To run our website, to answer the questions you send us, and to know which companies "
                               "visit our website");
    website.provisionRequirement = QStringLiteral("voluntary");
    website.provisionConsequence = tr("Refusing analytics cookies has no consequences: the website works the same.");
    website.lawfulBases = {QStringLiteral("a"), QStringLiteral("f")};
    website.liaReference = QStringLiteral("LIA-2025-03");
    website.basisScope = tr("(a) analytics cookies and the visitor-identification script; (f) running the website and "
                            "answering questions");
    website.legitimateInterest = tr("Running a secure website and answering the questions people send us");
    website.consentRecord = tr("Consent log of the cookie banner, kept for 12 months");
    website.consentWithdrawal = tr("\"Cookie settings\" link at the foot of every page");
    website.subjectCategories = {tr("Website visitors"), tr("People who contact us")};
    website.dataCategories = {{tr("IP address and visited pages"), QString(), visitors.uuid},
                              {tr("Analytics cookie identifiers, with consent"), QString(), visitors.uuid},
                              {tr("Contents of contact forms and e-mails"), QString(), questions.uuid},
                              {tr("Company name and address derived from the IP address"), QString(), visitors.uuid}};
    website.recipients = {
        {visitorId.uuid, QStringLiteral("processor"), tr("Visitor-identification service"), QString()},
        {hosting.uuid, QStringLiteral("processor"), tr("Hosting partner"), QString()},
        {QString(), QStringLiteral("internal"), tr("Marketing and sales"), QString()}};
    website.dataSource = tr("Website visitors and the people who write to us");
    website.systems = tr("Website, e-mail, Bezoekerslens");
    // Deliberate gap 2: no storage location recorded.
    website.dpiaReasoning = tr("Company-level statistics only; the IP address is not stored by the service.");
    DEMO_TRY(saveLinked(activities, &website, {tls.uuid, logging.uuid}, {visitorDpa.uuid, hostingOwn.uuid}));

    // The website's cookies and the visitor-identification script (Tw art. 11.7a): the necessary
    // ones without consent, statistics and the script only after it.
    CookieService cookieService(database);
    auto cookie = [&website](const char *name, const char *category, const QString &purpose, int months) {
        Cookie c;
        c.name = QLatin1String(name);
        c.category = QLatin1String(category);
        c.purpose = purpose;
        c.domain = QStringLiteral("www.voorbeeldsoft.example");
        c.sessionOnly = months == 0;
        c.lifetimeCount = months;
        c.lifetimeUnit = months > 0 ? QStringLiteral("months") : QString();
        c.activityUuid = website.uuid;
        return c;
    };
    Cookie session = cookie("vs_session", "necessary", tr("Keeps your session while you use the website"), 0);
    Cookie consent = cookie("vs_consent", "necessary", tr("Remembers your choices in the cookie banner"), 12);
    Cookie statistics = cookie("_vs_stats", "analytics", tr("Counts visits to our pages, to improve the website"), 13);
    Cookie identification = cookie(
        "_bl_vid", "marketing",
        tr("Shows us which company a visit comes from, based on the IP address; the IP address is not stored"), 12);
    identification.technique = QStringLiteral("script");
    identification.partyUuid = visitorId.uuid;
    for (Cookie *c : {&session, &consent, &statistics, &identification})
        DEMO_TRY(cookieService.save(c));

    // A control of the company's own policy that its auditor tests: the agreements report is the
    // evidence, and names it beside the controls Custodian knows.
    ControlReference ownControl;
    ownControl.framework = tr("Voorbeeldsoft privacy policy");
    ownControl.code = QStringLiteral("PB-4.2");
    ownControl.title = tr("Every supplier that processes personal data for us has signed an agreement before use");
    ownControl.notes = tr("Tested every year by the external auditor, on a sample of five suppliers.");
    ownControl.reportKinds = {QStringLiteral("agreements"), QStringLiteral("register")};
    DEMO_TRY(ControlReferenceService(database).save(&ownControl));

    // --- Art. 30(2): processing as a processor ---------------------------------------------------
    ProcessorActivityService processorActivities(database);
    ProcessorActivity application;
    application.name = tr("Use of the application for Gemeente Voorbeeldstad");
    application.controllerUuids = {customer.uuid};
    application.processingCategories =
        tr("Storing and processing the personal data the customer's users enter in the application and that "
           "calling systems transfer to it; keeping them briefly in logs and backups (90 days each); support "
           "at the customer's request.");
    application.description = tr("The data is stored in an encrypted database and can briefly be found in log files "
                                 "and backups.");
    application.publicDescription =
        tr("Organisations use our application to process the data of their residents, clients or staff. For that data "
           "the organisation is the controller, and we process it on its behalf: ask it about your data and your "
           "rights.");
    application.storageLocation = tr("Encrypted application database at Hostingpartner Noord (Netherlands)");
    // What the processor needs to assess a breach for the customer (Art. 33(2)): a municipality's
    // case files hold citizen service numbers and, now and then, health data.
    application.subjectCategories = tr("Residents who contact the municipality; the municipality's employees");
    application.dataCategories = tr("Names, addresses and contact details; citizen service numbers; case notes, which "
                                    "can mention health");
    application.specialCategories = true;
    application.bsn = true;
    application.dataSource = tr("The municipality's staff and the municipality's own systems");
    application.measureUuids = {encryption.uuid, tls.uuid, access.uuid, backupMeasure.uuid, logging.uuid};
    application.agreementUuids = {customerDpa.uuid, hostingSub.uuid};
    application.ownerDepartment = tr("Operations");
    application.status = QStringLiteral("approved");
    application.lastReviewed = lastReviewed;
    application.nextReview = nextReview;
    DEMO_TRY(processorActivities.save(&application));

    // The approved activities established as their first version after the review: what log lines
    // of the processing point to (Logboek Dataverwerkingen).
    QList<ProcessingActivity> approved;
    DEMO_TRY(activities.list(&approved));
    ActivityVersionService versions(database);
    for (const ProcessingActivity &item : std::as_const(approved)) {
        if (item.status != QLatin1String("approved"))
            continue;
        ActivityVersion version;
        DEMO_TRY(versions.establish(item.uuid, tr("Established after the yearly review"), &version));
    }

    // --- Data-subject requests and a breach, complete so the check stays quiet ---------------------
    RequestService requests(database);
    // An access request in progress, received three weeks ago: its month is still running.
    RequestCase accessRequest;
    accessRequest.receivedOn = today.addDays(-20);
    accessRequest.channel = QStringLiteral("email");
    accessRequest.receivedBy = tr("Support desk");
    accessRequest.requesterName = tr("M. de Wit");
    accessRequest.requesterContact = tr("m.dewit@example.nl");
    accessRequest.language = QStringLiteral("nl");
    accessRequest.scope = tr("Everything kept about her as a contact person of a customer, including support tickets.");
    accessRequest.status = QStringLiteral("in_progress");
    accessRequest.rights = {{QStringLiteral("access"), QStringLiteral("pending"), QString(), QString()}};
    accessRequest.verifications = {{today.addDays(-19),
                                    tr("Asked to confirm the request from the e-mail address known in the CRM"), false,
                                    QDate()}};
    accessRequest.activities = {relationship.uuid, website.uuid};
    DEMO_TRY(requests.save(&accessRequest));

    // An erasure request answered in full: the processors of the activity carried it out and the
    // recipients were told (Art. 19).
    RequestCase erasure;
    erasure.receivedOn = today.addMonths(-2);
    erasure.channel = QStringLiteral("web");
    erasure.requesterName = tr("P. Jansen");
    erasure.requesterContact = tr("p.jansen@example.com");
    erasure.language = QStringLiteral("en");
    erasure.scope = tr("Remove him from the newsletter and delete the contact form messages he sent.");
    erasure.rights = {{QStringLiteral("erasure"), QStringLiteral("granted"), QString(), QString()}};
    erasure.activities = {website.uuid};
    erasure.processors = {{hosting.uuid, erasure.receivedOn.addDays(3), tr("Deletion from the mail server")},
                          {visitorId.uuid, erasure.receivedOn.addDays(3), QString()}};
    erasure.recipients = {{hosting.uuid, erasure.receivedOn.addDays(3), QString()}};
    erasure.status = QStringLiteral("answered");
    erasure.responseOn = erasure.receivedOn.addDays(9);
    erasure.responseMethod = QStringLiteral("email_secure");
    DEMO_TRY(requests.save(&erasure));

    // A breach that was not notified, with the reasoning Art. 33(5) asks for.
    BreachService breaches(database);
    Breach misaddressed;
    misaddressed.title = tr("Invoice reminder to the wrong customer");
    misaddressed.summary = tr("An invoice reminder with one customer contact's name and e-mail address was sent to "
                              "another customer.");
    misaddressed.detectedAt = QDateTime(today.addDays(-12), QTime(10, 15));
    misaddressed.detectedBy = tr("Finance");
    misaddressed.detectionSource = QStringLiteral("staff");
    misaddressed.awareAt = misaddressed.detectedAt;
    misaddressed.cia = {QStringLiteral("confidentiality")};
    misaddressed.effects = {QStringLiteral("read")};
    misaddressed.incidentType = QStringLiteral("misaddressed_email");
    misaddressed.cause = QStringLiteral("human_error");
    misaddressed.rootCause = tr("Reminders were sent by hand from a shared mailbox, with the address typed in.");
    misaddressed.activities = {relationship.uuid};
    misaddressed.dataTypes = {QStringLiteral("naw"), QStringLiteral("email")};
    misaddressed.subjectGroups = tr("Contact persons of customers");
    misaddressed.subjectsMin = 1;
    misaddressed.subjectsMax = 1;
    misaddressed.recordsMin = 1;
    misaddressed.recordsMax = 1;
    misaddressed.consequences = tr("Another business learns a contact person's business e-mail address; no further "
                                   "harm is likely.");
    misaddressed.riskLevel = QStringLiteral("unlikely");
    misaddressed.riskReasoning = tr("Business contact details only, sent to a known customer who confirmed deleting "
                                    "the e-mail the same day.");
    misaddressed.decidedBy = tr("Privacy officer");
    misaddressed.dpoInformedAt = QDateTime(today.addDays(-12), QTime(11, 0));
    misaddressed.notifyAp = QStringLiteral("no");
    misaddressed.notifyApReasoning = tr("Unlikely to result in a risk to the contact person (Art. 33(1)): see the "
                                        "risk assessment.");
    misaddressed.measures = tr("The recipient deleted the e-mail; reminders now go from the invoicing application "
                               "only.");
    misaddressed.status = QStringLiteral("closed");
    misaddressed.closedOn = today.addDays(-11);
    misaddressed.closedBy = tr("Privacy officer");
    DEMO_TRY(breaches.save(&misaddressed));

    // The privacy statement for customers, prospects and visitors of the website, in the language of
    // the register's texts; its first version published last, effective from the last review, so
    // that the register still says what it says.
    PrivacyStatementService statements(database);
    PrivacyStatement statement;
    statement.title = tr("Privacy statement of Voorbeeldsoft");
    statement.audiences = {QStringLiteral("customers"), QStringLiteral("prospects"),
                           QStringLiteral("website_visitors")};
    statement.languages = {organisation.dataLanguage};
    statement.publicationUrl = QStringLiteral("https://www.voorbeeldsoft.example/privacy");
    statement.introduction = tr("Voorbeeldsoft makes software for municipalities and businesses. This statement "
                                "explains which personal data we process about the contact persons of our customers, "
                                "about prospects and about visitors of our website, why we do so, and what your "
                                "rights are.");
    statement.changeChannel = tr("We publish a new version on our website a month before it takes effect, and tell "
                                 "our customers by e-mail.");
    statement.rightsNote = tr("On request we send you a sample letter for each right.");
    DEMO_TRY(statements.save(&statement));
    struct Text
    {
        const char *source;
        QString toString() const { return DemoRegister::tr(source); }
    };
    const Text firstChanges{QT_TRANSLATE_NOOP("Custodian::Register::DemoRegister",
                                              "The first version written from our register of processing activities.")};
    // Written in English, the demo's texts are the sources of its Dutch translation: the statement is
    // published in Dutch too, with each text it quotes translated as the translation has it.
    if (organisation.dataLanguage == QLatin1String("en")) {
        RegisterSnapshot snapshot;
        Storage::HistoryHead state;
        DEMO_TRY(Statement::readRegister(database, &snapshot, &state));
        PrivacyStatement bilingual = statement;
        bilingual.languages = {QStringLiteral("nl"), QStringLiteral("en")};
        Statement::Edition edition;
        edition.statement = &bilingual;
        const DocumentLanguage dutch(QStringLiteral("nl"));
        const Statement::Model model = Statement::build(snapshot, {}, dutch, today, edition);
        // The retention catalogue's texts come in both languages of their own.
        QHash<QString, QString> catalogue;
        QList<RetentionRule> english;
        QList<RetentionRule> dutchRules;
        DEMO_TRY(RetentionCatalogue::load(QStringLiteral("en"), &english));
        DEMO_TRY(RetentionCatalogue::load(QStringLiteral("nl"), &dutchRules));
        for (const RetentionRule &rule : std::as_const(english)) {
            for (const RetentionRule &other : std::as_const(dutchRules)) {
                if (other.seedKey == rule.seedKey) {
                    catalogue.insert(rule.trigger.trimmed(), other.trigger.trimmed());
                    catalogue.insert(rule.name.trimmed(), other.name.trimmed());
                }
            }
        }
        for (const QString &text : model.untranslated) {
            const QByteArray source = text.toUtf8();
            QString translated = dutch.translate("Custodian::Register::DemoRegister", source.constData());
            if (translated == text)
                translated = catalogue.value(text, text);
            if (translated != text)
                bilingual.translations.append({QStringLiteral("nl"), text, translated});
        }
        // Only when every text has its translation: a statement is not published half translated.
        if (bilingual.translations.size() == model.untranslated.size()) {
            // And what the first version says changed, which the version brings.
            bilingual.translations.append({QStringLiteral("nl"), firstChanges.toString(),
                                           dutch.translate("Custodian::Register::DemoRegister", firstChanges.source)});
            statement = bilingual;
            DEMO_TRY(statements.save(&statement));
        }
    }
    StatementVersion first;
    QStringList problems;
    DEMO_TRY(Statement::Publisher(database).publish(statement.uuid, lastReviewed, firstChanges.toString(), &first,
                                                    &problems));
    return Status::ok();
}

#undef DEMO_TRY

} // namespace Custodian::Register
