#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include "domain/Finding.h"

class QLabel;
class QWidget;

namespace Custodian::Ui {

// The inline messages of the Parties, Measures and Retention rules editors: under each field a
// label with "Error: …" / "Warning: …" for the domain findings of that field (Finding::field).
class PartyFieldMessages : public QObject
{
    Q_OBJECT
public:
    explicit PartyFieldMessages(QObject *parent = nullptr);

    // A cell for a form row: the field with its (hidden until needed) message label below it.
    // The label is named field + "Message" for tests.
    QWidget *cell(const QString &field, QWidget *widget, QWidget *parent);
    // Registers a field whose message label the caller places itself.
    QLabel *messageLabel(const QString &field, QWidget *widget, QWidget *parent);

    // Shows each field's findings (replacing what was shown); returns how many are errors.
    int show(const Domain::Findings &findings);
    void clear() { show({}); }
    // The widget of a field, for focusing; null when unknown.
    QWidget *widget(const QString &field) const { return m_widgets.value(field); }
    // The findings of fields not registered here (to show in the editor's summary instead).
    Domain::Findings unplaced(const Domain::Findings &findings) const;
    // The first field with an error in findings, in the order the fields were registered.
    QString firstErrorField(const Domain::Findings &findings) const;

    // Shows findings under their fields and, in the editor's summary label, the count of errors and
    // the findings of fields not registered here.
    void showWithSummary(const Domain::Findings &findings, QLabel *summary);
    // As showWithSummary, with a refused save's own message first.
    void showSaveFailure(const QString &message, const Domain::Findings &findings, QLabel *summary);

private:
    QHash<QString, QWidget *> m_widgets;
    QHash<QString, QLabel *> m_labels;
    QStringList m_order;
};

} // namespace Custodian::Ui
