#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include "Status.h"
#include "widgets/Choice.h"

class QWidget;

namespace Custodian::Domain {
struct Agreement;
}

namespace Custodian::Ui {

class RegisterContext;

// The related items pickers offer, read through the services, and their creation in place
// ("New party…", "New measure…", "New rule…"). Creating needs no dialog; the ask* functions are
// the dialogs of the UI path.
class RegisterChoices
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Ui::RegisterChoices)
public:
    // Parties in name order; with a role, the parties having it come first, then the others.
    static Choices parties(RegisterContext *context, const QString &firstRole = QString());
    // The administrative bodies of this organisation (parties marked ownBody); then, after a
    // separator, the other parties when `othersToo`, else only those of them in `alsoUuids`.
    static Choices bodies(RegisterContext *context, bool othersToo = true, const QStringList &alsoUuids = {});
    static Choices measures(RegisterContext *context);
    static Choices agreements(RegisterContext *context);
    // Retention rules with their period as tooltip; processing activities by name (without reading
    // them whole).
    static Choices retentionRules(RegisterContext *context);
    static Choices activities(RegisterContext *context);
    // The same, from agreements already read.
    static Choices agreements(const QList<Domain::Agreement> &agreements, QDate today);

    static Status createParty(RegisterContext *context, const QString &name, const QString &role, QString *uuid);
    static Status createMeasure(RegisterContext *context, const QString &title, const QString &kind, QString *uuid);
    static Status createRetentionRule(RegisterContext *context, const QString &name, QString *uuid);

    // A small dialog asking a name; false when cancelled or left empty.
    static bool askName(QWidget *parent, const QString &title, const QString &label, QString *name);
    // A small dialog asking a measure's title and kind (technical or organisational).
    static bool askMeasure(QWidget *parent, QString *title, QString *kind);
};

} // namespace Custodian::Ui
