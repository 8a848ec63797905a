#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "domain/Finding.h"
#include "domain/Record.h"

namespace Custodian::Domain {
template<typename T> class EntitySpec;
}

namespace Custodian::Domain {

// A control the organisation's auditors test it against that Custodian does not ship (the shipped
// ones: Reports::Controls): a NOREA Privacy Control Framework code, a Privacy Baseline PRIV_U norm
// taken from the NORA list, an ENSIA question. Its text is the organisation's; the reports of the
// kinds it names print it among the controls they are evidence for, marked as entered by the
// organisation.
struct ControlReference : Record
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Domain::ControlReference)
public:
    QString framework;       // "NOREA PCF", "CIP Privacy Baseline", "ENSIA"
    QString code;            // "4.1", "PRIV_U.02.01"
    QString title;           // a line in the organisation's words
    QString notes;           // where the text is, how the auditor tests it
    QStringList reportKinds; // Codes::Kind::ReportKind: the reports that are evidence for it
    bool retired = false;    // no longer tested: the reports stop naming it

    bool operator==(const ControlReference &other) const = default;
    static const EntitySpec<ControlReference> &spec();

    // "NOREA PCF 4.1".
    QString name() const { return framework + QLatin1Char(' ') + code; }

    // Errors: no framework, no code, a report kind that is not one.
    Findings validate() const;
    QJsonObject toJson() const;
};

} // namespace Custodian::Domain
