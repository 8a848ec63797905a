#pragma once

#include <QList>
#include <QString>

namespace Custodian::Ui {

// One related item a picker offers (a party, a retention rule, a measure, an agreement).
struct Choice
{
    QString uuid;
    QString label;                // what the person reads, already translated
    QString toolTip;              // more detail (a rule's period and source), may be empty
    bool retired = false;         // offered only while it is the chosen one
    bool separatorBefore = false; // starts a new group (e.g. "other parties" after the controllers)
};

using Choices = QList<Choice>;

} // namespace Custodian::Ui
