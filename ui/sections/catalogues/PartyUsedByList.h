#pragma once

#include <QHash>
#include <QList>
#include <QListWidget>
#include <QString>

#include "domain/EntityKind.h"

namespace Custodian::Ui {

class RegisterContext;

// The read-only "Used by" list of the Parties, Measures and Retention rules editors: the items that
// refer to the one shown. Enter or a double click asks the window to show the item
// (RegisterContext::requestShow).
class PartyUsedByList : public QListWidget
{
    Q_OBJECT
public:
    // One item that refers to the party, measure or rule: where a "Used by" entry jumps to.
    struct Reference
    {
        QString entity; // "activity", "processor_activity", "agreement"
        QString uuid;
        QString text; // translated: "Processing activity: Payroll (recipient)"
        bool operator==(const Reference &other) const = default;
    };
    // Referred uuid -> the items referring to it, each once, sorted by their text.
    using Index = QHash<QString, QList<Reference>>;

    // What refers to every item of a kind, from the register's reference index (RegisterContext::
    // usage): the referring item's kind and name, "(retired)" when it is, and how it refers (a
    // party's role in it, the data categories that follow a rule). A failed read is reported through
    // the context and leaves the index short.
    static Index usage(RegisterContext *context, Domain::EntityKind kind);

    PartyUsedByList(RegisterContext *context, QWidget *parent = nullptr);

    // emptyText is shown as a single, inert line when nothing refers to the item.
    void setReferences(const QList<Reference> &references, const QString &emptyText);
    const QList<Reference> &references() const { return m_references; }
    // Jumps to the item in this row (as Enter does).
    void open(int row);

private:
    RegisterContext *m_context = nullptr;
    QList<Reference> m_references;
};

} // namespace Custodian::Ui
