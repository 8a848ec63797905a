#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

#include "domain/Finding.h"

class QPalette;
class QWidget;

namespace Custodian::Ui {

// How a finding's severity looks: in words, by colour (derived from the palette, so that it reads
// in a dark theme too) and by icon; never by colour alone.
namespace Severity {

using Level = Domain::Finding::Severity;

// "Error: …" / "Warning: …" / "Note: …".
QString prefixed(const Domain::Finding &finding);
// The colour of a message of this severity on the palette's window.
QColor textColour(Level level, const QPalette &palette);
// A field's background tinted towards the severity (errors and warnings only).
QColor tintedBase(Level level, const QPalette &palette);
QIcon icon(Level level);
// The worst severity of the findings; Info when there are none.
Level worst(const Domain::Findings &findings);

// Marks a field (its background) with a severity, or clears the mark; the accessible description
// carries the message for screen readers.
void markField(QWidget *field, const Domain::Findings &findings);

} // namespace Severity

} // namespace Custodian::Ui
