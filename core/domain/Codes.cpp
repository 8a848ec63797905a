#include "Codes.h"

#include <QHash>

namespace Custodian::Domain {

namespace {

struct Entry
{
    const char *code;
    const char *label; // source text for Codes::tr(), marked with QT_TRANSLATE_NOOP for lupdate
};

#define CODE_LABEL(text) QT_TRANSLATE_NOOP("Custodian::Domain::Codes", text)

// One table per kind, in display order. The codes are the CHECK-constrained values of schema 0003;
// the labels are what a privacy officer reads, with the article a code comes from where it has one.
const QList<Entry> &entries(Codes::Kind kind)
{
    using Kind = Codes::Kind;
    static const QHash<int, QList<Entry>> tables = {
        {int(Kind::LawfulBasis),
         {
             {"a", CODE_LABEL("Consent (Art. 6(1)(a))")},
             {"b", CODE_LABEL("Performance of a contract (Art. 6(1)(b))")},
             {"c", CODE_LABEL("Legal obligation (Art. 6(1)(c))")},
             {"d", CODE_LABEL("Vital interests (Art. 6(1)(d))")},
             {"e", CODE_LABEL("Public task or official authority (Art. 6(1)(e))")},
             {"f", CODE_LABEL("Legitimate interests (Art. 6(1)(f))")},
         }},
        {int(Kind::Art9Exception),
         {
             {"a", CODE_LABEL("Explicit consent (Art. 9(2)(a))")},
             {"b", CODE_LABEL("Employment and social security law (Art. 9(2)(b))")},
             {"c", CODE_LABEL("Vital interests of a person unable to consent (Art. 9(2)(c))")},
             {"d", CODE_LABEL("Not-for-profit body, its members (Art. 9(2)(d))")},
             {"e", CODE_LABEL("Manifestly made public by the data subject (Art. 9(2)(e))")},
             {"f", CODE_LABEL("Legal claims or courts (Art. 9(2)(f))")},
             {"g", CODE_LABEL("Substantial public interest (Art. 9(2)(g))")},
             {"h", CODE_LABEL("Health or social care (Art. 9(2)(h))")},
             {"i", CODE_LABEL("Public health (Art. 9(2)(i))")},
             {"j", CODE_LABEL("Archiving, research or statistics (Art. 9(2)(j))")},
         }},
        {int(Kind::SpecialCategory),
         {
             {"racial_ethnic_origin", CODE_LABEL("Racial or ethnic origin")},
             {"political_opinions", CODE_LABEL("Political opinions")},
             {"religious_beliefs", CODE_LABEL("Religious or philosophical beliefs")},
             {"trade_union_membership", CODE_LABEL("Trade-union membership")},
             {"genetic", CODE_LABEL("Genetic data")},
             {"biometric", CODE_LABEL("Biometric data for unique identification")},
             {"health", CODE_LABEL("Data concerning health")},
             {"sex_life_orientation", CODE_LABEL("Sex life or sexual orientation")},
         }},
        // The Dutch AP's list (2019) of processing that always needs a DPIA (Art. 35(4)).
        {int(Kind::DpiaCriterion),
         {
             {"covert_investigation", CODE_LABEL("Covert investigation")},
             {"blacklists", CODE_LABEL("Blacklists")},
             {"fraud_prevention", CODE_LABEL("Fraud prevention")},
             {"credit_scores", CODE_LABEL("Credit scores")},
             {"financial_situation", CODE_LABEL("Financial situation")},
             {"genetic_data", CODE_LABEL("Genetic data")},
             {"health_data", CODE_LABEL("Health data")},
             {"data_sharing_partnerships", CODE_LABEL("Partnerships sharing data")},
             {"camera_surveillance", CODE_LABEL("Camera surveillance")},
             {"flexible_camera_surveillance", CODE_LABEL("Flexible camera surveillance")},
             {"employee_monitoring", CODE_LABEL("Employee monitoring")},
             {"location_data", CODE_LABEL("Location data")},
             {"communication_data", CODE_LABEL("Communication data")},
             {"internet_of_things", CODE_LABEL("Internet of things")},
             {"profiling", CODE_LABEL("Profiling")},
             {"behaviour_observation", CODE_LABEL("Observing and influencing behaviour")},
             {"biometric_data", CODE_LABEL("Biometric data")},
         }},
        {int(Kind::DpiaRequired),
         {
             {"unknown", CODE_LABEL("Not yet assessed")},
             {"yes", CODE_LABEL("DPIA required")},
             {"no", CODE_LABEL("No DPIA required")},
         }},
        {int(Kind::DpiaStatus),
         {
             {"not_started", CODE_LABEL("Not started")},
             {"in_progress", CODE_LABEL("In progress")},
             {"completed", CODE_LABEL("Completed")},
         }},
        {int(Kind::ActivityStatus),
         {
             {"draft", CODE_LABEL("Draft")},
             {"in_review", CODE_LABEL("In review")},
             {"approved", CODE_LABEL("Approved")},
             {"retired", CODE_LABEL("Retired")},
         }},
        {int(Kind::PartyRole),
         {
             {"controller", CODE_LABEL("Controller")},
             {"joint_controller", CODE_LABEL("Joint controller")},
             {"processor", CODE_LABEL("Processor")},
             {"sub_processor", CODE_LABEL("Sub-processor")},
             {"recipient", CODE_LABEL("Recipient")},
         }},
        {int(Kind::RecipientKind),
         {
             {"internal", CODE_LABEL("Internal recipient")},
             {"external", CODE_LABEL("External recipient (third party)")},
             {"processor", CODE_LABEL("Processor")},
             {"authority", CODE_LABEL("Public authority")},
         }},
        {int(Kind::TransferMechanism),
         {
             {"adequacy", CODE_LABEL("Adequacy decision (Art. 45)")},
             {"dpf", CODE_LABEL("EU-US Data Privacy Framework (Art. 45)")},
             {"scc", CODE_LABEL("Standard contractual clauses (Art. 46(2)(c))")},
             {"bcr", CODE_LABEL("Binding corporate rules (Art. 47)")},
             {"derogation", CODE_LABEL("Derogation for a specific situation (Art. 49)")},
             {"other", CODE_LABEL("Other appropriate safeguards (Art. 46)")},
         }},
        // Commission Implementing Decision (EU) 2021/914.
        {int(Kind::SccModule),
         {
             {"c2c", CODE_LABEL("Module 1: controller to controller")},
             {"c2p", CODE_LABEL("Module 2: controller to processor")},
             {"p2p", CODE_LABEL("Module 3: processor to processor")},
             {"p2c", CODE_LABEL("Module 4: processor to controller")},
         }},
        {int(Kind::RetentionBasis),
         {
             {"statute", CODE_LABEL("Statute")},
             {"guidance", CODE_LABEL("Regulator guidance")},
             {"policy", CODE_LABEL("Own policy")},
             {"contract", CODE_LABEL("Contract")},
         }},
        {int(Kind::PeriodUnit),
         {
             {"days", CODE_LABEL("Days")},
             {"weeks", CODE_LABEL("Weeks")},
             {"months", CODE_LABEL("Months")},
             {"years", CODE_LABEL("Years")},
         }},
        {int(Kind::MeasureKind),
         {
             {"technical", CODE_LABEL("Technical measure")},
             {"organisational", CODE_LABEL("Organisational measure")},
         }},
        {int(Kind::AgreementKind),
         {
             {"processing", CODE_LABEL("Processing agreement")},
             {"sub_processing", CODE_LABEL("Sub-processing agreement")},
         }},
        {int(Kind::AgreementStatus),
         {
             {"draft", CODE_LABEL("Draft")},
             {"active", CODE_LABEL("Active")},
             {"terminated", CODE_LABEL("Terminated")},
         }},
        // Art. 28(3)(a)-(h) and the notice of infringing instructions of its second subparagraph.
        {int(Kind::AgreementClause),
         {
             {"a", CODE_LABEL("Processes only on documented instructions, including on transfers (Art. 28(3)(a))")},
             {"b", CODE_LABEL("Binds its personnel to confidentiality (Art. 28(3)(b))")},
             {"c", CODE_LABEL("Takes the security measures of Art. 32 (Art. 28(3)(c))")},
             {"d", CODE_LABEL("Engages sub-processors only with authorisation and the same obligations "
                              "(Art. 28(3)(d), 28(2) and 28(4))")},
             {"e", CODE_LABEL("Assists with data-subject requests (Art. 28(3)(e))")},
             {"f", CODE_LABEL("Assists with security, breaches, DPIAs and prior consultation, Arts. 32 to 36 "
                              "(Art. 28(3)(f))")},
             {"g", CODE_LABEL("Deletes or returns all data at the end, at the controller's choice (Art. 28(3)(g))")},
             {"h", CODE_LABEL("Makes information available and allows audits (Art. 28(3)(h))")},
             {"infringement_notice", CODE_LABEL("Notice of infringing instructions (Art. 28(3) second subparagraph)")},
         }},
        {int(Kind::Authorisation),
         {
             {"specific", CODE_LABEL("Prior specific authorisation (Art. 28(2))")},
             {"general", CODE_LABEL("General written authorisation (Art. 28(2))")},
         }},
        {int(Kind::NoticeDecision),
         {
             {"pending", CODE_LABEL("Pending")},
             {"accepted", CODE_LABEL("Accepted")},
             {"objected", CODE_LABEL("Objected")},
         }},
        {int(Kind::EndOfContract),
         {
             {"deleted", CODE_LABEL("Data deleted")},
             {"returned", CODE_LABEL("Data returned")},
         }},
    };
    static const QList<Entry> none;
    const auto it = tables.constFind(int(kind));
    return it == tables.cend() ? none : it.value();
}

#undef CODE_LABEL

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

} // namespace Custodian::Domain
