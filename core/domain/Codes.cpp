#include "Codes.h"

#include "DocumentLanguage.h"

#include <QHash>

namespace Custodian::Domain {

namespace {

struct Entry
{
    const char *code;
    const char *label; // source text for Codes::tr(), marked with QT_TRANSLATE_NOOP for lupdate
};

// One table per kind, in display order. The codes are the CHECK-constrained values of schema 0003;
// the labels are what a privacy officer reads, with the article a code comes from where it has one.
const QList<Entry> &entries(Codes::Kind kind)
{
    using Kind = Codes::Kind;
    static const QHash<int, QList<Entry>> tables = {
        {int(Kind::LawfulBasis),
         {
             {"a", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Consent (Art. 6(1)(a))")},
             {"b", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Contract with the data subject (Art. 6(1)(b))")},
             {"c", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Legal obligation (Art. 6(1)(c))")},
             {"d", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Vital interests (Art. 6(1)(d))")},
             {"e", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Public task or official authority (Art. 6(1)(e))")},
             {"f", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Legitimate interests (Art. 6(1)(f))")},
         }},
        {int(Kind::Art9Exception),
         {
             {"a", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Explicit consent (Art. 9(2)(a))")},
             {"b",
              QT_TRANSLATE_NOOP(
                  "Custodian::Domain::Codes",
                  "Employment, social security or social protection law, or a collective agreement (Art. 9(2)(b))")},
             {"c", QT_TRANSLATE_NOOP("Custodian::Domain::Codes",
                                     "Vital interests of a person unable to consent (Art. 9(2)(c))")},
             {"d", QT_TRANSLATE_NOOP("Custodian::Domain::Codes",
                                     "Not-for-profit body with a political, philosophical, religious or trade-union "
                                     "aim, for its members (Art. 9(2)(d))")},
             {"e", QT_TRANSLATE_NOOP("Custodian::Domain::Codes",
                                     "Manifestly made public by the data subject (Art. 9(2)(e))")},
             {"f", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Legal claims or courts (Art. 9(2)(f))")},
             {"g", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Substantial public interest (Art. 9(2)(g))")},
             {"h", QT_TRANSLATE_NOOP("Custodian::Domain::Codes",
                                     "Preventive or occupational medicine, health or social care (Art. 9(2)(h))")},
             {"i", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Public health (Art. 9(2)(i))")},
             {"j",
              QT_TRANSLATE_NOOP(
                  "Custodian::Domain::Codes",
                  "Archiving in the public interest, scientific or historical research, statistics (Art. 9(2)(j))")},
         }},
        {int(Kind::SpecialCategory),
         {
             {"racial_ethnic_origin", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Racial or ethnic origin")},
             {"political_opinions", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Political opinions")},
             {"religious_beliefs", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Religious or philosophical beliefs")},
             {"trade_union_membership", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Trade-union membership")},
             {"genetic", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Genetic data")},
             {"biometric", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Biometric data for unique identification")},
             {"health", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Data concerning health")},
             {"sex_life_orientation", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Sex life or sexual orientation")},
         }},
        // The Dutch AP's list (2019) of processing that always needs a DPIA (Art. 35(4)).
        {int(Kind::DpiaCriterion),
         {
             {"covert_investigation", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Covert investigation")},
             {"blacklists", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Blacklists")},
             {"fraud_prevention", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Fraud prevention")},
             {"credit_scores", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Credit scores")},
             {"financial_situation", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Financial situation")},
             {"genetic_data", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Genetic data")},
             {"health_data", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Health data")},
             {"data_sharing_partnerships", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Partnerships sharing data")},
             {"camera_surveillance", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Camera surveillance")},
             {"flexible_camera_surveillance",
              QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Flexible camera surveillance")},
             {"employee_monitoring", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Employee monitoring")},
             {"location_data", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Location data")},
             {"communication_data", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Communication data")},
             {"internet_of_things", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Internet of things")},
             {"profiling", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Profiling")},
             {"behaviour_observation",
              QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Observing and influencing behaviour")},
             {"biometric_data", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Biometric data")},
         }},
        {int(Kind::DpiaRequired),
         {
             {"unknown", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Not yet assessed")},
             {"yes", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "DPIA required")},
             {"no", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "No DPIA required")},
         }},
        {int(Kind::DpiaStatus),
         {
             {"not_started", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Not started")},
             {"in_progress", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "In progress")},
             {"completed", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Completed")},
         }},
        {int(Kind::ActivityStatus),
         {
             {"draft", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Draft")},
             {"in_review", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "In review")},
             {"approved", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Approved")},
             {"retired", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Retired")},
         }},
        {int(Kind::PartyRole),
         {
             {"controller", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Controller")},
             {"joint_controller", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Joint controller")},
             {"processor", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Processor")},
             {"sub_processor", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Sub-processor")},
             {"recipient", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Recipient")},
         }},
        {int(Kind::RecipientKind),
         {
             {"internal", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Internal recipient")},
             {"external", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "External recipient (third party)")},
             {"processor", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Processor")},
             {"authority", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Public authority")},
         }},
        {int(Kind::TransferMechanism),
         {
             {"adequacy", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Adequacy decision (Art. 45)")},
             {"dpf", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "EU-US Data Privacy Framework (Art. 45)")},
             {"scc", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Standard contractual clauses (Art. 46(2)(c))")},
             {"bcr", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Binding corporate rules (Art. 46(2)(b), Art. 47)")},
             {"public_instrument",
              QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Instrument between public authorities (Art. 46(2)(a))")},
             {"sa_clauses", QT_TRANSLATE_NOOP("Custodian::Domain::Codes",
                                              "Clauses adopted by a supervisory authority (Art. 46(2)(d))")},
             {"code_of_conduct", QT_TRANSLATE_NOOP("Custodian::Domain::Codes",
                                                   "Code of conduct with binding commitments (Art. 46(2)(e))")},
             {"certification",
              QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Certification with binding commitments (Art. 46(2)(f))")},
             {"ad_hoc_clauses", QT_TRANSLATE_NOOP("Custodian::Domain::Codes",
                                                  "Contractual clauses authorised by the supervisory authority "
                                                  "(Art. 46(3)(a))")},
             {"administrative_arrangement",
              QT_TRANSLATE_NOOP("Custodian::Domain::Codes",
                                "Administrative arrangement authorised by the supervisory authority (Art. 46(3)(b))")},
             {"derogation",
              QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Derogation for a specific situation (Art. 49)")},
             {"other", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Other safeguards of Art. 46, not said which")},
         }},
        // Commission Implementing Decision (EU) 2021/914.
        {int(Kind::SccModule),
         {
             {"c2c", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Module 1: controller to controller")},
             {"c2p", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Module 2: controller to processor")},
             {"p2p", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Module 3: processor to processor")},
             {"p2c", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Module 4: processor to controller")},
         }},
        {int(Kind::RetentionBasis),
         {
             {"statute", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Statute")},
             {"guidance", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Regulator guidance")},
             {"policy", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Own policy")},
             {"contract", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Contract")},
         }},
        {int(Kind::PeriodUnit),
         {
             {"days", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Days")},
             {"weeks", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Weeks")},
             {"months", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Months")},
             {"years", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Years")},
         }},
        {int(Kind::MeasureKind),
         {
             {"technical", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Technical measure")},
             {"organisational", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Organisational measure")},
         }},
        {int(Kind::AgreementKind),
         {
             {"processing", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Processing agreement")},
             {"sub_processing", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Sub-processing agreement")},
         }},
        {int(Kind::AgreementStatus),
         {
             {"draft", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Draft")},
             {"active", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Active")},
             {"terminated", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Terminated")},
         }},
        // Art. 28(3)(a)-(h) and the notice of infringing instructions of its second subparagraph.
        {int(Kind::AgreementClause),
         {
             {"a",
              QT_TRANSLATE_NOOP("Custodian::Domain::Codes",
                                "Processes only on documented instructions, including on transfers (Art. 28(3)(a))")},
             {"b",
              QT_TRANSLATE_NOOP(
                  "Custodian::Domain::Codes",
                  "Ensures that persons authorised to process the data are bound to confidentiality (Art. 28(3)(b))")},
             {"c",
              QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Takes the security measures of Art. 32 (Art. 28(3)(c))")},
             {"d", QT_TRANSLATE_NOOP("Custodian::Domain::Codes",
                                     "Engages sub-processors only with authorisation and the same obligations "
                                     "(Art. 28(3)(d), 28(2) and 28(4))")},
             {"e", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Assists with data-subject requests (Art. 28(3)(e))")},
             {"f", QT_TRANSLATE_NOOP("Custodian::Domain::Codes",
                                     "Assists with security, breaches, DPIAs and prior consultation, Arts. 32 to 36 "
                                     "(Art. 28(3)(f))")},
             {"g", QT_TRANSLATE_NOOP("Custodian::Domain::Codes",
                                     "Deletes or returns all data at the end, at the controller's choice, and deletes "
                                     "existing copies unless law requires storage (Art. 28(3)(g))")},
             {"h", QT_TRANSLATE_NOOP("Custodian::Domain::Codes",
                                     "Makes information available and allows for and contributes to audits, including "
                                     "inspections (Art. 28(3)(h))")},
             {"infringement_notice", QT_TRANSLATE_NOOP("Custodian::Domain::Codes",
                                                       "Notice of instructions that infringe the GDPR or other data "
                                                       "protection provisions (Art. 28(3) second subparagraph)")},
         }},
        {int(Kind::Authorisation),
         {
             {"specific",
              QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Prior specific written authorisation (Art. 28(2))")},
             {"general", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "General written authorisation (Art. 28(2))")},
         }},
        {int(Kind::NoticeDecision),
         {
             {"pending", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Pending")},
             {"accepted", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Accepted")},
             {"objected", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Objected")},
         }},
        {int(Kind::EndOfContract),
         {
             {"deleted", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Data deleted")},
             {"returned_and_deleted", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Data returned, copies deleted")},
             {"returned", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Data returned, copies not yet deleted")},
             {"retained_by_law", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Kept because a law requires it")},
         }},
        {int(Kind::DpoStatus),
         {
             {"appointed", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "DPO appointed as required (Art. 37(1))")},
             {"voluntary", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "DPO appointed voluntarily")},
             {"not_required", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "No DPO required (Art. 37(1))")},
         }},
        {int(Kind::WindowCounting),
         {
             {"calendar_days", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Calendar days")},
             {"working_days", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Working days")},
             {"reg_1182_71",
              QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Days, moved past weekends and holidays (Reg. 1182/71)")},
         }},
        {int(Kind::WindowStart),
         {
             {"sent", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "From the day the notice was sent")},
             {"received", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "From the day the notice was received")},
         }},
        {int(Kind::Art22Exception),
         {
             {"contract", QT_TRANSLATE_NOOP("Custodian::Domain::Codes",
                                            "Necessary for a contract with the data subject (Art. 22(2)(a))")},
             {"law",
              QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Authorised by Union or Member State law (Art. 22(2)(b))")},
             {"explicit_consent", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Explicit consent (Art. 22(2)(c))")},
         }},
        {int(Kind::ResidualRisk),
         {
             {"low", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Low")},
             {"medium", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Medium")},
             {"high", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "High")},
         }},
        // The nine criteria of the WP29 guidelines on DPIAs (WP248 rev.01, endorsed by the EDPB).
        {int(Kind::Wp248Criterion),
         {
             {"evaluation_scoring", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Evaluation or scoring")},
             {"automated_decisions",
              QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Automated decisions with legal or similar effect")},
             {"systematic_monitoring", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Systematic monitoring")},
             {"sensitive_data", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Sensitive or highly personal data")},
             {"large_scale", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Data processed on a large scale")},
             {"matching_datasets", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Matching or combining data sets")},
             {"vulnerable_subjects",
              QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Data concerning vulnerable data subjects")},
             {"innovative_technology",
              QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Innovative use or new technological solutions")},
             {"prevents_rights",
              QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Prevents exercising a right or using a service")},
         }},
        {int(Kind::Disclosure),
         {
             {"legal_obligation",
              QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Disclosed under a legal obligation (recipient)")},
             {"inquiry", QT_TRANSLATE_NOOP("Custodian::Domain::Codes",
                                           "Only in a particular inquiry (not a recipient, Art. 4(9))")},
         }},
        // Art. 49(1)(a)-(g) and the compelling legitimate interests of its second subparagraph.
        {int(Kind::Derogation),
         {
             {"a", QT_TRANSLATE_NOOP("Custodian::Domain::Codes",
                                     "Explicit consent after being informed of the risks (Art. 49(1)(a))")},
             {"b", QT_TRANSLATE_NOOP("Custodian::Domain::Codes",
                                     "Necessary for a contract with the data subject (Art. 49(1)(b))")},
             {"c", QT_TRANSLATE_NOOP("Custodian::Domain::Codes",
                                     "Necessary for a contract in the data subject's interest (Art. 49(1)(c))")},
             {"d",
              QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Important reasons of public interest (Art. 49(1)(d))")},
             {"e", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Legal claims (Art. 49(1)(e))")},
             {"f", QT_TRANSLATE_NOOP("Custodian::Domain::Codes",
                                     "Vital interests of a person unable to consent (Art. 49(1)(f))")},
             {"g", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "From a public register (Art. 49(1)(g))")},
             {"compelling", QT_TRANSLATE_NOOP("Custodian::Domain::Codes",
                                              "Compelling legitimate interests (Art. 49(1), second subparagraph)")},
         }},
        {int(Kind::PeriodKind),
         {
             {"minimum", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "At least (a duty to keep)")},
             {"maximum", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "At most (keep no longer)")},
             {"fixed", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Exactly (delete at the end)")},
         }},
        // The rights a request invokes; the CLI spells them with hyphens (automated-decision).
        {int(Kind::RequestRight),
         {
             {"access", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Access (Art. 15)")},
             {"rectification", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Rectification (Art. 16)")},
             {"erasure", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Erasure (Art. 17)")},
             {"restriction", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Restriction of processing (Art. 18)")},
             {"portability", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Data portability (Art. 20)")},
             {"objection", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Objection (Art. 21(1))")},
             {"objection_marketing",
              QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Objection to direct marketing (Art. 21(2))")},
             {"automated_decision",
              QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Not to be subject to an automated decision (Art. 22)")},
             {"withdraw_consent", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Withdrawal of consent (Art. 7(3))")},
             {"information",
              QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Information about the processing (Arts. 13 and 14)")},
         }},
        {int(Kind::RequestChannel),
         {
             {"email", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "E-mail")},
             {"letter", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Letter")},
             {"web", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Web form")},
             {"phone", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Telephone")},
             {"in_person", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "In person")},
             {"social_media", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Social media")},
             {"via_processor", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Through a processor")},
             {"via_controller", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Through another controller")},
             {"other", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Other")},
         }},
        {int(Kind::RequestStatus),
         {
             {"received", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Received")},
             {"verifying", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Verifying identity")},
             {"in_progress", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "In progress")},
             {"extended", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Extended")},
             {"answered", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Answered")},
             {"refused", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Refused")},
             {"withdrawn", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Withdrawn")},
         }},
        {int(Kind::RequesterRole),
         {
             {"data_subject", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "The data subject")},
             {"representative", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "A representative")},
         }},
        {int(Kind::Mandate),
         {
             {"power_of_attorney", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Power of attorney")},
             {"parental_authority",
              QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Parental authority (child under 16)")},
             {"guardianship", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Guardian, curator or mentor")},
             {"other", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Other mandate")},
         }},
        {int(Kind::Language),
         {
             {"nl", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Dutch")},
             {"en", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "English")},
         }},
        {int(Kind::ExtensionReason),
         {
             {"complexity",
              QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "The complexity of the request (Art. 12(3))")},
             {"number", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "The number of requests (Art. 12(3))")},
             {"both", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Complexity and number of requests (Art. 12(3))")},
         }},
        // Art. 12(5): manifestly unfounded or excessive requests.
        {int(Kind::Art12_5),
         {
             {"fee", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "A reasonable fee charged (Art. 12(5)(a))")},
             {"refusal", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Refused to act (Art. 12(5)(b))")},
         }},
        {int(Kind::RightOutcome),
         {
             {"pending", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Not decided yet")},
             {"granted", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Granted")},
             {"partly", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Partly granted")},
             {"refused", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Refused")},
             {"no_data", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "No personal data found")},
         }},
        // Why a right was not (fully) granted: the ground a refusal must name.
        {int(Kind::Restriction),
         {
             {"art15_4", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Rights and freedoms of others (Art. 15(4))")},
             {"art17_3_a",
              QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Freedom of expression and information (Art. 17(3)(a))")},
             {"art17_3_b",
              QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Legal obligation or public task (Art. 17(3)(b))")},
             {"art17_3_c", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Public health (Art. 17(3)(c))")},
             {"art17_3_d",
              QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Archiving, research or statistics (Art. 17(3)(d))")},
             {"art17_3_e", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Legal claims (Art. 17(3)(e))")},
             {"art21_1", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Compelling legitimate grounds (Art. 21(1))")},
             {"art20_conditions",
              QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "The conditions of Art. 20(1) are not met")},
             {"art12_5",
              QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Manifestly unfounded or excessive (Art. 12(5))")},
             {"art11_2",
              QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "The data subject cannot be identified (Art. 11(2))")},
             {"uavg_41",
              QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "A restriction under Art. 23 GDPR (UAVG art. 41)")},
             {"other", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Another legal ground")},
         }},
        // What an answer to an access request gives: Art. 15(1)(a)-(h), 15(2) and the copy of 15(3).
        {int(Kind::AccessElement),
         {
             {"a", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "The purposes (Art. 15(1)(a))")},
             {"b", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "The categories of personal data (Art. 15(1)(b))")},
             {"c", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "The recipients, by name (Art. 15(1)(c))")},
             {"d",
              QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "The retention period or its criteria (Art. 15(1)(d))")},
             {"e",
              QT_TRANSLATE_NOOP("Custodian::Domain::Codes",
                                "The rights to rectification, erasure, restriction and objection (Art. 15(1)(e))")},
             {"f", QT_TRANSLATE_NOOP("Custodian::Domain::Codes",
                                     "The right to lodge a complaint with the supervisory authority (Art. 15(1)(f))")},
             {"g", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "The source of the data (Art. 15(1)(g))")},
             {"h", QT_TRANSLATE_NOOP("Custodian::Domain::Codes",
                                     "Automated decisions, their logic and consequences (Art. 15(1)(h))")},
             {"transfers", QT_TRANSLATE_NOOP("Custodian::Domain::Codes",
                                             "The safeguards of transfers outside the EEA (Art. 15(2))")},
             {"copy", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "A copy of the personal data (Art. 15(3))")},
         }},
        {int(Kind::ResponseMethod),
         {
             {"email_secure", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Secure e-mail")},
             {"portal", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Download portal")},
             {"letter", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Letter")},
             {"in_person", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "In person")},
             {"other", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Other")},
         }},
        {int(Kind::BreachSource),
         {
             {"staff", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "An employee")},
             {"processor", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "A processor")},
             {"data_subject", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "A data subject")},
             {"researcher", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "A security researcher")},
             {"police", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "The police")},
             {"press", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "The press")},
             {"other", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Other")},
         }},
        {int(Kind::BreachCia),
         {
             {"confidentiality", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Confidentiality")},
             {"integrity", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Integrity")},
             {"availability", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Availability")},
         }},
        // The nature of the breach as the AP's notification form asks it.
        {int(Kind::BreachEffect),
         {
             {"read", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Read (confidentiality)")},
             {"copied", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Copied")},
             {"altered", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Altered (integrity)")},
             {"deleted", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Deleted or destroyed (availability)")},
             {"stolen", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Stolen")},
         }},
        {int(Kind::IncidentType),
         {
             {"lost_device", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Device lost")},
             {"stolen_device", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Device stolen")},
             {"lost_paper", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Paper lost or stolen")},
             {"misaddressed_mail", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Letter sent to the wrong person")},
             {"misaddressed_email", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "E-mail sent to the wrong person")},
             {"hacking", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Hacking")},
             {"malware", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Malware or ransomware")},
             {"phishing", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Phishing")},
             {"unauthorised_access",
              QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Access by an unauthorised employee")},
             {"unintended_publication", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Published by mistake")},
             {"improper_disposal", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Disposed of improperly")},
             // As the Dutch breach registers (VWS) tell the common incidents apart.
             {"email_cc", QT_TRANSLATE_NOOP("Custodian::Domain::Codes",
                                            "E-mail with every recipient visible (To or Cc instead of Bcc)")},
             {"mail_returned_opened", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Post returned opened")},
             {"mail_lost", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Post lost")},
             {"wrong_authorisation",
              QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Access rights given wrongly or not withdrawn")},
             {"open_network_share",
              QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Personal data open on a shared drive or online folder")},
             {"wrong_file", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Wrong file or attachment sent")},
             {"other", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Other")},
         }},
        {int(Kind::BreachCause),
         {
             {"human_error", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Human error")},
             {"technical", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Technical failure")},
             {"malicious", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Malicious act")},
             {"other", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Other")},
         }},
        // The groups of personal data the AP's notification form lists.
        {int(Kind::BreachDataType),
         {
             {"naw", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Names, addresses and places of residence")},
             {"phone", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Telephone numbers")},
             {"email", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "E-mail or other electronic addresses")},
             {"access",
              QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Access or identification data (user names, passwords)")},
             {"financial",
              QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Financial data (account numbers, credit card numbers)")},
             {"id_copy",
              QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Copies of passports or other identity documents")},
             {"sex_birth_age", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Sex, date of birth or age")},
             {"bsn", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Citizen service numbers (BSN)")},
             {"special", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Special categories of personal data (Art. 9)")},
             {"criminal", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Criminal convictions and offences (Art. 10)")},
             {"location", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Location data")},
             {"other", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Other data")},
             {"unknown", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Not known yet which data")},
         }},
        {int(Kind::VulnerableGroup),
         {
             {"children", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Children")},
             {"patients", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Patients")},
             {"employees", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Employees")},
             {"other", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Other vulnerable people")},
         }},
        {int(Kind::BreachHarm),
         {
             {"identity_fraud", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Identity fraud")},
             {"financial_loss", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Financial loss")},
             {"discrimination", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Discrimination")},
             {"reputation", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Damage to reputation")},
             {"secrecy", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Loss of data under professional secrecy")},
             {"fear_of_misuse", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Fear of misuse (immaterial damage)")},
             {"physical", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Physical harm")},
             {"other", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Other harm")},
         }},
        {int(Kind::RiskLevel),
         {
             {"unlikely", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Unlikely to result in a risk (Art. 33(1))")},
             {"risk", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "A risk to people's rights and freedoms")},
             {"high", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "A high risk (Art. 34(1))")},
         }},
        {int(Kind::YesNo),
         {
             {"yes", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Yes")},
             {"no", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "No")},
         }},
        {int(Kind::ApPhase),
         {
             {"initial", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "First notification")},
             {"supplement", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Supplemented")},
             {"withdrawal", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Withdrawn")},
         }},
        {int(Kind::InformSubjects),
         {
             {"yes", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Yes")},
             {"no", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "No")},
             {"planned", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Planned")},
         }},
        {int(Kind::Art34Exception),
         {
             {"unintelligible",
              QT_TRANSLATE_NOOP("Custodian::Domain::Codes",
                                "The data were unintelligible, for example encrypted (Art. 34(3)(a))")},
             {"measures",
              QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Later measures removed the high risk (Art. 34(3)(b))")},
             {"disproportionate",
              QT_TRANSLATE_NOOP("Custodian::Domain::Codes",
                                "Disproportionate effort: a public communication instead (Art. 34(3)(c))")},
         }},
        {int(Kind::BreachStatus),
         {
             {"open", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Open")},
             {"closed", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Closed")},
         }},
        {int(Kind::Audience),
         {
             {"customers", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Customers")},
             {"prospects",
              QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Prospective customers and business contacts")},
             {"website_visitors", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Website visitors")},
             {"applicants", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Job applicants")},
             {"employees", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Employees")},
             {"suppliers", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Suppliers")},
         }},
        {int(Kind::ProvisionRequirement),
         {
             {"statutory", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "A statutory requirement")},
             {"contractual", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "A contractual requirement")},
             {"contract_conclusion",
              QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "A requirement necessary to enter into a contract")},
             {"voluntary", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Voluntary")},
         }},
        {int(Kind::RecipientNaming),
         {
             {"names", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "By name")},
             {"categories", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "By category")},
         }},
        {int(Kind::CookieCategory),
         {
             {"necessary", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Strictly necessary")},
             {"preferences", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Preferences (with consent)")},
             {"analytics_exempt",
              QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Analytics with little impact on privacy (no consent)")},
             {"analytics", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Analytics (with consent)")},
             {"marketing", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Marketing and tracking (with consent)")},
         }},
        {int(Kind::TrackerKind),
         {
             {"cookie", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Cookie")},
             {"local_storage", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Local storage")},
             {"pixel", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Tracking pixel")},
             {"script", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Third-party script")},
         }},
        {int(Kind::Confidentiality),
         {
             {"normal", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Normal")},
             {"confidential", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Confidential")},
         }},
        {int(Kind::NotificationType),
         {
             {"provisional", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Provisional")},
             {"final", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Final")},
         }},
        {int(Kind::InformMedium),
         {
             {"phone", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Telephone")},
             {"letter", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Letter")},
             {"email", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "E-mail")},
             {"website", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Website")},
             {"social_media", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Social media")},
             {"newspaper", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Newspaper")},
             {"other", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Other means")},
         }},
        {int(Kind::ObjectionOutcome),
         {
             {"pending", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Not decided yet")},
             {"upheld", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Upheld")},
             {"partly_upheld", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Partly upheld")},
             {"rejected", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Rejected")},
             {"inadmissible", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Inadmissible")},
             {"withdrawn", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Withdrawn")},
         }},
        // The Dutch models of processing agreements (design: dutch-ecosystem.md, part 6). No model's text
        // or clause numbers are part of the register: only which one the agreement follows.
        {int(Kind::AgreementModel),
         {
             {"standard_vwo_municipalities",
              QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Standard processing agreement for municipalities (VNG)")},
             {"education_model_4", QT_TRANSLATE_NOOP("Custodian::Domain::Codes",
                                                     "Education model processing agreement 4.0 (privacy covenant)")},
             {"education_general_model",
              QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "General education model processing agreement")},
             {"data_pro_code", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "NLdigital Data Pro Code")},
             {"arvodi_2018", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "ARVODI-2018 (central government)")},
             {"arvodi_2018_wpg",
              QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "ARVODI-2018 with the Police Data Act (Wpg)")},
             {"own", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Our own model")},
             {"supplier", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "The supplier's model")},
             {"other", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Another model")},
         }},
        {int(Kind::AnnexKind),
         {
             {"privacy_insert", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Privacy insert (per product)")},
             {"security_annex", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Security annex")},
             {"data_pro_statement", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Data Pro Statement")},
             {"subprocessor_list", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "List of sub-processors")},
             {"processing_specification",
              QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Specification of the processing")},
             {"other", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Other annex")},
         }},
        {int(Kind::AssuranceKind),
         {
             {"iso27001", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "ISO/IEC 27001 certificate")},
             {"nen7510", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "NEN 7510 certificate")},
             {"isae3402", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "ISAE 3402 report")},
             {"soc2", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "SOC 2 report")},
             {"tpm", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Third-party memorandum (TPM)")},
             {"rosa", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Rosa check (education)")},
             {"data_pro_certificate", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Data Pro certificate")},
             {"privacy_audit_proof", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Privacy Audit Proof")},
             {"other", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Other report or certificate")},
         }},
        {int(Kind::ReviewOutcome),
         {
             {"adequate", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Adequate")},
             {"actions_needed", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Adequate with actions")},
             {"inadequate", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Inadequate")},
         }},
        // The report kinds (Reports::kindName) a control of the organisation's own is evidenced by: those
        // for auditors, which print the controls they are evidence for (not the public statement).
        {int(Kind::ReportKind),
         {
             {"register", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Register of processing activities")},
             {"activity", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Processing activity sheet")},
             {"processor", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Processing as a processor")},
             {"agreements", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Processing agreements and sub-processors")},
             {"transfers", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Transfers to third countries")},
             {"retention", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Retention schedule")},
             {"measures", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Security measures")},
             {"findings", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Completeness findings")},
             {"history", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "History of changes")},
             {"requests", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Data-subject request log")},
             {"breaches", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Breach register")},
             {"ap-register", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Register for the AP (Art. 30(4))")},
             {"ap-breach-form", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Breach answers for the AP's form")},
             {"audit-dossier", QT_TRANSLATE_NOOP("Custodian::Domain::Codes", "Audit dossier")},
         }},
    };
    static const QList<Entry> none;
    const auto it = tables.constFind(int(kind));
    return it == tables.cend() ? none : it.value();
}

const Entry *find(Codes::Kind kind, const QString &code)
{
    for (const Entry &entry : entries(kind)) {
        if (code == QLatin1String(entry.code))
            return &entry;
    }
    return nullptr;
}

} // namespace

QStringList Codes::codes(Kind kind)
{
    QStringList result;
    for (const Entry &entry : entries(kind))
        result.append(QLatin1String(entry.code));
    return result;
}

bool Codes::isValid(Kind kind, const QString &code)
{
    return find(kind, code) != nullptr;
}

QString Codes::label(Kind kind, const QString &code)
{
    if (const Entry *entry = find(kind, code))
        return tr(entry->label);
    // An unknown code only reaches here from a damaged or newer file: show it rather than nothing.
    return code;
}

QString Codes::label(Kind kind, const QString &code, const DocumentLanguage &language)
{
    if (const Entry *entry = find(kind, code))
        return language.translate("Custodian::Domain::Codes", entry->label);
    return code;
}

} // namespace Custodian::Domain
