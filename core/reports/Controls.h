#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include "domain/ControlReference.h"
#include "reports/Report.h"

namespace Custodian {
class DocumentLanguage;
}

namespace Custodian::Reports {

// A control an auditor tests the organisation against, and the reports of the register that are
// evidence for it (the Dutch ecosystem, part 9; DUTCH-STANDARDS.md §7). Custodian ships the controls
// its references give without "(verify)": articles of the GDPR, the CIP Privacy Baseline's PRIV_C
// norms and the BIO2 government measures as the MinBZK text of 23 March 2026 numbers them. Others
// (NOREA PCF codes, PRIV_U norms, ENSIA questions) the organisation enters itself
// (Domain::ControlReference); their text is not shipped.
struct Control
{
    QString framework; // as printed: "GDPR", "AVG", "CIP Privacy Baseline", "BIO2", or the organisation's
    QString code;      // "Art. 28", "PRIV_C.03", "5.22.02", "5.21.02–5.21.05"
    QString title;     // one line, in our words (or the organisation's)
    bool own = false;  // entered by the organisation

    // "GDPR Art. 28", "BIO2 5.22.02".
    QString name() const { return framework + QLatin1Char(' ') + code; }
    bool operator==(const Control &other) const = default;
};

class Controls
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Reports::Controls)
public:
    // The shipped frameworks, as their controls' framework field names them (not translated).
    enum class Framework
    {
        Gdpr,
        CipPrivacyBaseline,
        Bio2,
    };

    // Every shipped control, in the order of its framework and number, in the language (nullptr: the
    // UI's); kinds: the report kinds it is evidence in (one control may serve several).
    struct Entry
    {
        Control control;
        Framework framework;
        QList<Kind> kinds;
    };
    static QList<Entry> catalogue(const DocumentLanguage *language = nullptr);

    // The shipped controls a report of this kind is evidence for.
    static QList<Control> forKind(Kind kind, const DocumentLanguage *language = nullptr);
    // The same, then the organisation's own that are in use and name the kind: what the report prints.
    static QList<Control> forKind(Kind kind, const QList<Domain::ControlReference> &own,
                                  const DocumentLanguage *language = nullptr);

    // The line a report prints, a group per framework in the order each first appears (the
    // organisation's own apart, a code once): "GDPR Art. 28 · BIO2 5.19.01, 5.20.01 (as numbered in
    // …) · NOREA PCF 4.1 (entered by the organisation)".
    static QString evidenceLine(const QList<Control> &controls, const DocumentLanguage *language = nullptr);

    // The edition of the shipped BIO2 numbers: "the MinBZK GitHub text of 23 March 2026, without
    // formal status" (DUTCH-STANDARDS.md §4.5).
    static QString bio2Edition(const DocumentLanguage *language = nullptr);
};

} // namespace Custodian::Reports
