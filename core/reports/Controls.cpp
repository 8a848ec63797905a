#include "reports/Controls.h"

#include "DocumentLanguage.h"

#include <QPair>

#include <algorithm>
#include <initializer_list>

namespace Custodian::Reports {

namespace {

constexpr const char *Context = "Custodian::Reports::Controls";

struct Row
{
    Controls::Framework framework;
    const char *code;  // the GDPR's translated ("Art. 30(1)(f)" / "art. 30 lid 1 onder f"), the others as they are
    const char *title; // QT_TRANSLATE_NOOP(Context, ...)
    std::initializer_list<Kind> kinds;
};

// The shipped catalogue (docs/design/dutch-ecosystem.md §10): only numbers the references give
// without "(verify)"; a range they give only as a range is one control. Titles in our own words.
// A report is named for a control only when it prints what the control asks: 5.12.01
// (classification) by the register and the activity sheet, which print each activity's
// confidentiality; 5.33.01 by the retention schedule, which prints the selection lists and the day
// each rule was last tested. The audit dossier is evidence for every control one of its parts is,
// and for those its completeness part prints (the owner, DPIA and log retention of each activity,
// the DPO): PRIV_B.02, PRIV_B.03, PRIV_B.03.03.01–PRIV_B.03.03.05, BIO2 5.01.01, 5.02.01, 8.15.01 and
// 8.15.03–8.15.06. Not PRIV_B.01 (the privacy policy) nor PRIV_B.03.01.02 (the DPO's advice on a
// DPIA): the register holds neither; nor BIO2 5.08.01, which DUTCH-STANDARDS.md names only in a
// mapping, not among the numbers of §4.5.
// clang-format off
const Row Rows[] = {
    {Controls::Framework::Gdpr, QT_TRANSLATE_NOOP("Custodian::Reports::Controls", "Art. 5(1)(e)"), QT_TRANSLATE_NOOP("Custodian::Reports::Controls", "Personal data kept no longer than necessary"), {Kind::Retention}},
    {Controls::Framework::Gdpr, QT_TRANSLATE_NOOP("Custodian::Reports::Controls", "Art. 5(2)"), QT_TRANSLATE_NOOP("Custodian::Reports::Controls", "The controller can demonstrate compliance"), {Kind::Findings, Kind::History}},
    {Controls::Framework::Gdpr, QT_TRANSLATE_NOOP("Custodian::Reports::Controls", "Art. 12–14"), QT_TRANSLATE_NOOP("Custodian::Reports::Controls", "Transparent information to data subjects"), {Kind::Statement}},
    {Controls::Framework::Gdpr, QT_TRANSLATE_NOOP("Custodian::Reports::Controls", "Art. 12–22"), QT_TRANSLATE_NOOP("Custodian::Reports::Controls", "The rights of data subjects, answered in time"), {Kind::Requests}},
    {Controls::Framework::Gdpr, QT_TRANSLATE_NOOP("Custodian::Reports::Controls", "Art. 28"), QT_TRANSLATE_NOOP("Custodian::Reports::Controls", "Processors engaged under a contract with the required terms"), {Kind::Agreements}},
    {Controls::Framework::Gdpr, QT_TRANSLATE_NOOP("Custodian::Reports::Controls", "Art. 30"), QT_TRANSLATE_NOOP("Custodian::Reports::Controls", "Records of processing activities"), {Kind::Register, Kind::ApRegister, Kind::Findings, Kind::History}},
    {Controls::Framework::Gdpr, QT_TRANSLATE_NOOP("Custodian::Reports::Controls", "Art. 30(1)"), QT_TRANSLATE_NOOP("Custodian::Reports::Controls", "Records of processing as controller"), {Kind::Activity}},
    {Controls::Framework::Gdpr, QT_TRANSLATE_NOOP("Custodian::Reports::Controls", "Art. 30(1)(f)"), QT_TRANSLATE_NOOP("Custodian::Reports::Controls", "Time limits for erasure in the records"), {Kind::Retention}},
    {Controls::Framework::Gdpr, QT_TRANSLATE_NOOP("Custodian::Reports::Controls", "Art. 30(2)"), QT_TRANSLATE_NOOP("Custodian::Reports::Controls", "Records of processing as processor"), {Kind::Processor}},
    {Controls::Framework::Gdpr, QT_TRANSLATE_NOOP("Custodian::Reports::Controls", "Art. 32"), QT_TRANSLATE_NOOP("Custodian::Reports::Controls", "Security of processing"), {Kind::Measures}},
    {Controls::Framework::Gdpr, QT_TRANSLATE_NOOP("Custodian::Reports::Controls", "Art. 33"), QT_TRANSLATE_NOOP("Custodian::Reports::Controls", "Breaches notified to the supervisory authority and documented"), {Kind::Breaches, Kind::ApBreachForm}},
    {Controls::Framework::Gdpr, QT_TRANSLATE_NOOP("Custodian::Reports::Controls", "Art. 34"), QT_TRANSLATE_NOOP("Custodian::Reports::Controls", "Breaches communicated to the data subjects"), {Kind::Breaches, Kind::ApBreachForm}},
    {Controls::Framework::Gdpr, QT_TRANSLATE_NOOP("Custodian::Reports::Controls", "Art. 44–49"), QT_TRANSLATE_NOOP("Custodian::Reports::Controls", "Transfers to third countries"), {Kind::Transfers}},

    {Controls::Framework::CipPrivacyBaseline, "PRIV_B.02", QT_TRANSLATE_NOOP("Custodian::Reports::Controls", "Tasks, responsibilities and reporting lines for privacy laid down"), {Kind::AuditDossier}},
    {Controls::Framework::CipPrivacyBaseline, "PRIV_B.03", QT_TRANSLATE_NOOP("Custodian::Reports::Controls", "Privacy risks assessed and managed: privacy by design and the DPIA"), {Kind::AuditDossier}},
    {Controls::Framework::CipPrivacyBaseline, "PRIV_B.03.03.01–PRIV_B.03.03.05", QT_TRANSLATE_NOOP("Custodian::Reports::Controls", "The risks and measures, the DPIAs carried out and followed up, demonstrated"), {Kind::AuditDossier}},
    {Controls::Framework::CipPrivacyBaseline, "PRIV_C.01", QT_TRANSLATE_NOOP("Custodian::Reports::Controls", "Internal supervision of the processing"), {Kind::Findings}},
    {Controls::Framework::CipPrivacyBaseline, "PRIV_C.02", QT_TRANSLATE_NOOP("Custodian::Reports::Controls", "Data subjects informed in time, so that they can exercise their rights"), {Kind::Requests, Kind::Statement}},
    {Controls::Framework::CipPrivacyBaseline, "PRIV_C.02.03.01", QT_TRANSLATE_NOOP("Custodian::Reports::Controls", "Informing in an appropriate, understandable and accessible way"), {Kind::Requests, Kind::Statement}},
    {Controls::Framework::CipPrivacyBaseline, "PRIV_C.03", QT_TRANSLATE_NOOP("Custodian::Reports::Controls", "The duty to notify breaches"), {Kind::Breaches, Kind::ApBreachForm}},

    {Controls::Framework::Bio2, "5.01.01", QT_TRANSLATE_NOOP("Custodian::Reports::Controls", "Responsibility for privacy protection assigned to line management"), {Kind::AuditDossier}},
    {Controls::Framework::Bio2, "5.02.01", QT_TRANSLATE_NOOP("Custodian::Reports::Controls", "Roles and responsibilities for information security and privacy laid down"), {Kind::AuditDossier}},
    {Controls::Framework::Bio2, "5.09.01", QT_TRANSLATE_NOOP("Custodian::Reports::Controls", "An inventory of assets, checked for completeness and currency"), {Kind::Register, Kind::ApRegister}},
    {Controls::Framework::Bio2, "5.12.01", QT_TRANSLATE_NOOP("Custodian::Reports::Controls", "Information classified after a risk assessment"), {Kind::Register, Kind::Activity}},
    {Controls::Framework::Bio2, "5.19.01", QT_TRANSLATE_NOOP("Custodian::Reports::Controls", "Security requirements part of procurement"), {Kind::Agreements}},
    {Controls::Framework::Bio2, "5.20.01", QT_TRANSLATE_NOOP("Custodian::Reports::Controls", "Security requirements set out in supplier contracts"), {Kind::Agreements}},
    {Controls::Framework::Bio2, "5.20.02", QT_TRANSLATE_NOOP("Custodian::Reports::Controls", "Supplier terms excluded where possible, accepted risks explicit"), {Kind::Agreements}},
    {Controls::Framework::Bio2, "5.20.03", QT_TRANSLATE_NOOP("Custodian::Reports::Controls", "The supplier shows compliance by an independent audit every year"), {Kind::Agreements}},
    {Controls::Framework::Bio2, "5.20.04", QT_TRANSLATE_NOOP("Custodian::Reports::Controls", "The right to audit the supplier"), {Kind::Agreements}},
    {Controls::Framework::Bio2, "5.20.05", QT_TRANSLATE_NOOP("Custodian::Reports::Controls", "The supplier reports vulnerabilities, incidents and breaches"), {Kind::Agreements}},
    {Controls::Framework::Bio2, "5.20.06", QT_TRANSLATE_NOOP("Custodian::Reports::Controls", "Dependency on the supplier assessed, exit strategy worked out"), {Kind::Agreements}},
    {Controls::Framework::Bio2, "5.21.02–5.21.05", QT_TRANSLATE_NOOP("Custodian::Reports::Controls", "Insight into the supply chain, requirements passed down, changes reported"), {Kind::Agreements}},
    {Controls::Framework::Bio2, "5.22.01", QT_TRANSLATE_NOOP("Custodian::Reports::Controls", "Each supplier assessed every year, residual risks included"), {Kind::Agreements}},
    {Controls::Framework::Bio2, "5.22.02", QT_TRANSLATE_NOOP("Custodian::Reports::Controls", "A current record of suppliers and the contracts made"), {Kind::Agreements}},
    {Controls::Framework::Bio2, "5.23.01", QT_TRANSLATE_NOOP("Custodian::Reports::Controls", "Cloud services: policy, and grounds for ending the contract"), {Kind::Agreements}},
    {Controls::Framework::Bio2, "5.24.01", QT_TRANSLATE_NOOP("Custodian::Reports::Controls", "A desk where incidents are reported"), {Kind::Breaches}},
    {Controls::Framework::Bio2, "5.24.02", QT_TRANSLATE_NOOP("Custodian::Reports::Controls", "A procedure for reporting incidents"), {Kind::Breaches}},
    {Controls::Framework::Bio2, "5.24.04", QT_TRANSLATE_NOOP("Custodian::Reports::Controls", "The follow-up of incidents reported to management every month"), {Kind::Breaches}},
    {Controls::Framework::Bio2, "5.24.07", QT_TRANSLATE_NOOP("Custodian::Reports::Controls", "Incidents reported, and data subjects informed, within the legal term"), {Kind::Breaches}},
    {Controls::Framework::Bio2, "5.26.02", QT_TRANSLATE_NOOP("Custodian::Reports::Controls", "Incidents reported to the supervisory authorities the law names"), {Kind::Breaches, Kind::ApBreachForm}},
    {Controls::Framework::Bio2, "5.27.01", QT_TRANSLATE_NOOP("Custodian::Reports::Controls", "The root cause of incidents analysed"), {Kind::Breaches}},
    {Controls::Framework::Bio2, "5.27.02", QT_TRANSLATE_NOOP("Custodian::Reports::Controls", "Lessons from incidents shared"), {Kind::Breaches}},
    {Controls::Framework::Bio2, "5.28.01", QT_TRANSLATE_NOOP("Custodian::Reports::Controls", "Information on incidents kept for at least three years"), {Kind::Breaches}},
    {Controls::Framework::Bio2, "5.33.01", QT_TRANSLATE_NOOP("Custodian::Reports::Controls", "Retention periods set out in selection lists and tested"), {Kind::Retention}},
    {Controls::Framework::Bio2, "5.34.01", QT_TRANSLATE_NOOP("Custodian::Reports::Controls", "No government measure: ISO 27002 5.34 (privacy and protection of personal data) applies"), {Kind::Register, Kind::ApRegister}},
    {Controls::Framework::Bio2, "8.15.01", QT_TRANSLATE_NOOP("Custodian::Reports::Controls", "A log line names the action, object, result, origin and actor"), {Kind::AuditDossier}},
    {Controls::Framework::Bio2, "8.15.03–8.15.06", QT_TRANSLATE_NOOP("Custodian::Reports::Controls", "Log files known, kept as long as their risk asks, protected against tampering and checked"), {Kind::AuditDossier}},
};
// clang-format on

QString translated(const DocumentLanguage *language, const char *source)
{
    return language ? language->translate(Context, source) : QCoreApplication::translate(Context, source);
}

QString frameworkName(Controls::Framework framework, const DocumentLanguage *language)
{
    switch (framework) {
    case Controls::Framework::Gdpr:
        return translated(language, QT_TRANSLATE_NOOP("Custodian::Reports::Controls", "GDPR"));
    case Controls::Framework::CipPrivacyBaseline:
        return QStringLiteral("CIP Privacy Baseline");
    case Controls::Framework::Bio2:
        return QStringLiteral("BIO2");
    }
    return {};
}

} // namespace

QList<Controls::Entry> Controls::catalogue(const DocumentLanguage *language)
{
    QList<Entry> entries;
    for (const Row &row : Rows) {
        Control control;
        control.framework = frameworkName(row.framework, language);
        control.code = row.framework == Framework::Gdpr ? translated(language, row.code) : QString::fromUtf8(row.code);
        control.title = translated(language, row.title);
        QList<Kind> kinds(row.kinds.begin(), row.kinds.end());
        // The audit dossier holds every part of the register but the public statement: it is evidence
        // for what they are.
        if (std::any_of(kinds.cbegin(), kinds.cend(),
                        [](Kind kind) { return kind != Kind::Statement && kind != Kind::AuditDossier; }))
            kinds.append(Kind::AuditDossier);
        entries.append({control, row.framework, kinds});
    }
    return entries;
}

QList<Control> Controls::forKind(Kind kind, const DocumentLanguage *language)
{
    QList<Control> controls;
    for (const Entry &entry : catalogue(language)) {
        if (entry.kinds.contains(kind))
            controls.append(entry.control);
    }
    return controls;
}

QList<Control> Controls::forKind(Kind kind, const QList<Domain::ControlReference> &own,
                                 const DocumentLanguage *language)
{
    QList<Control> controls = forKind(kind, language);
    const QString name = kindName(kind);
    for (const Domain::ControlReference &reference : own) {
        // The audit dossier holds every report an organisation's control may name.
        if (!reference.retired &&
            (reference.reportKinds.contains(name) || (kind == Kind::AuditDossier && !reference.reportKinds.isEmpty())))
            controls.append({reference.framework, reference.code, reference.title, true});
    }
    return controls;
}

QString Controls::bio2Edition(const DocumentLanguage *language)
{
    return translated(language, QT_TRANSLATE_NOOP("Custodian::Reports::Controls",
                                                  "the MinBZK GitHub text of 23 March 2026, without formal status"));
}

QString Controls::evidenceLine(const QList<Control> &controls, const DocumentLanguage *language)
{
    // One group per framework (the organisation's apart), in the order each first appears, its codes
    // after its name: "BIO2 5.19.01, 5.20.01"; the BIO2 group says which text numbers it so.
    QList<QPair<Control, QStringList>> groups;
    for (const Control &control : controls) {
        const auto same = std::find_if(groups.begin(), groups.end(), [&control](const auto &group) {
            return group.first.framework == control.framework && group.first.own == control.own;
        });
        if (same == groups.end())
            groups.append({control, {control.code}});
        else if (!same->second.contains(control.code))
            same->second.append(control.code);
    }
    QStringList texts;
    for (const auto &[first, codes] : std::as_const(groups)) {
        QString group = first.framework + QLatin1Char(' ') + codes.join(QStringLiteral(", "));
        if (first.own)
            group = translated(language,
                               QT_TRANSLATE_NOOP("Custodian::Reports::Controls", "%1 (entered by the organisation)"))
                        .arg(group);
        else if (first.framework == QLatin1String("BIO2"))
            group = translated(language, QT_TRANSLATE_NOOP("Custodian::Reports::Controls", "%1 (as numbered in %2)"))
                        .arg(group, bio2Edition(language));
        texts.append(group);
    }
    return texts.join(QStringLiteral(" · "));
}

} // namespace Custodian::Reports
