#pragma once

#include <QListWidget>

#include "PartyUsage.h"

namespace Custodian::Ui {

class RegisterContext;

// The read-only "Used by" list of the Parties, Measures and Retention rules editors: the items that
// refer to the one shown. Enter or a double click asks the window to show the item
// (RegisterContext::requestShow).
class PartyUsedByList : public QListWidget
{
    Q_OBJECT
public:
    PartyUsedByList(RegisterContext *context, QWidget *parent = nullptr);

    // emptyText is shown as a single, inert line when nothing refers to the item.
    void setReferences(const QList<PartyUsage::Reference> &references, const QString &emptyText);
    const QList<PartyUsage::Reference> &references() const { return m_references; }
    // Jumps to the item in this row (as Enter does).
    void open(int row);

private:
    RegisterContext *m_context = nullptr;
    QList<PartyUsage::Reference> m_references;
};

} // namespace Custodian::Ui
