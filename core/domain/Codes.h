#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Custodian {
class DocumentLanguage;
}

namespace Custodian::Domain {

// The enumerations of the register: stable text codes (stored as such, CHECK-constrained in the
// schema) and their translated labels for the UI, the CLI and reports. Never show a raw code.
class Codes
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Domain::Codes)
public:
    enum class Kind
    {
        LawfulBasis,          // Art. 6(1): a b c d e f
        Art9Exception,        // Art. 9(2): a ... j
        SpecialCategory,      // Art. 9(1): racial_ethnic_origin, political_opinions, religious_beliefs,
                              //   trade_union_membership, genetic, biometric, health, sex_life_orientation
        DpiaCriterion,        // Dutch AP list (2019), see schema 0003
        DpiaRequired,         // unknown yes no
        DpiaStatus,           // not_started in_progress completed
        ActivityStatus,       // draft in_review approved retired
        PartyRole,            // controller joint_controller processor sub_processor recipient
        RecipientKind,        // internal external processor authority
        TransferMechanism,    // adequacy dpf scc bcr derogation other
        SccModule,            // c2c c2p p2p p2c
        RetentionBasis,       // statute guidance policy contract
        PeriodUnit,           // days weeks months years
        MeasureKind,          // technical organisational
        AgreementKind,        // processing sub_processing
        AgreementStatus,      // draft active terminated
        AgreementClause,      // a ... h, infringement_notice (Art. 28(3))
        Authorisation,        // specific general
        NoticeDecision,       // pending accepted objected
        EndOfContract,        // deleted returned
        DpoStatus,            // appointed voluntary not_required (Art. 37)
        WindowCounting,       // calendar_days working_days reg_1182_71 (Art. 28(2) objection window)
        WindowStart,          // sent received
        Art22Exception,       // contract law explicit_consent (Art. 22(2))
        ResidualRisk,         // low medium high (DPIA outcome)
        Wp248Criterion,       // the nine criteria of WP248 rev.01
        Disclosure,           // legal_obligation inquiry (Art. 4(9))
        PeriodKind,           // minimum maximum fixed (retention)
        Derogation,           // a ... g, compelling (Art. 49(1))
        RequestRight,         // access rectification erasure ... information (Arts. 7(3), 13-22)
        RequestChannel,       // email letter web phone in_person social_media via_processor via_controller other
        RequestStatus,        // received verifying in_progress extended answered refused withdrawn
        RequesterRole,        // data_subject representative
        Mandate,              // power_of_attorney parental_authority guardianship other
        Language,             // nl en: the language letters to a person are written in
        ExtensionReason,      // complexity number both (Art. 12(3))
        Art12_5,              // fee refusal (manifestly unfounded or excessive)
        RightOutcome,         // pending granted partly refused no_data
        Restriction,          // the legal ground for not (fully) granting a right
        AccessElement,        // Art. 15(1)(a)-(h), 15(2), 15(3)
        ResponseMethod,       // email_secure portal letter in_person other
        BreachSource,         // staff processor data_subject researcher police press other
        BreachCia,            // confidentiality integrity availability
        BreachEffect,         // read copied altered deleted stolen (the AP form's nature)
        IncidentType,         // lost_device stolen_device lost_paper misaddressed_mail ... other
        BreachCause,          // human_error technical malicious other
        BreachDataType,       // the AP form's groups of personal data
        VulnerableGroup,      // children patients employees other
        BreachHarm,           // identity_fraud financial_loss discrimination reputation ...
        RiskLevel,            // unlikely risk high (Arts. 33(1), 34(1))
        YesNo,                // yes no
        ApPhase,              // initial supplement withdrawal
        InformSubjects,       // yes no planned (Art. 34)
        Art34Exception,       // unintelligible measures disproportionate (Art. 34(3))
        BreachStatus,         // open closed
        Audience,             // customers prospects website_visitors applicants employees suppliers (privacy statement)
        ProvisionRequirement, // statutory contractual contract_conclusion voluntary (Art. 13(2)(e))
        RecipientNaming,      // names categories: how the privacy statement names recipients (Art. 13(1)(e))
        CookieCategory,       // necessary preferences analytics_exempt analytics marketing (Tw art. 11.7a)
        TrackerKind,          // cookie local_storage pixel script
        Confidentiality,      // normal confidential (an activity, as the government's logging standard records it)
        NotificationType,     // provisional final (a breach notification, as the Dutch breach registers record it)
        InformMedium,         // phone letter email website social_media newspaper other (informing people of a breach)
        ObjectionOutcome,     // pending upheld partly_upheld rejected inadmissible withdrawn (bezwaar under the Awb)
        AgreementModel,       // the model an agreement follows: standard_vwo_municipalities ... own supplier other
        AnnexKind,     // privacy_insert security_annex data_pro_statement subprocessor_list ... (an agreement's annex)
        AssuranceKind, // iso27001 nen7510 isae3402 soc2 tpm rosa ... (a supplier's assurance report or certificate)
        ReviewOutcome, // adequate actions_needed inadequate (the yearly review of a supplier)
        ReportKind,    // register activity processor agreements ... breaches (Reports::kindName of the reports for
                       // auditors)
    };

    // Every code of a kind, in display order (empty code not included).
    static QStringList codes(Kind kind);
    static bool isValid(Kind kind, const QString &code);
    // A short translated label, e.g. LawfulBasis "b" -> "Contract with the data subject (Art. 6(1)(b))".
    static QString label(Kind kind, const QString &code);
    // The same label in a document's language (DocumentLanguage), whatever the UI's.
    static QString label(Kind kind, const QString &code, const DocumentLanguage &language);
};

} // namespace Custodian::Domain
