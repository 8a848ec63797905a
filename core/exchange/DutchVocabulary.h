#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

// The words the Dutch register layouts use for our codes and values (docs/design/dutch-ecosystem.md
// §0.4): several spellings of one lawful basis, yes and no, lists of values in one cell, ISO 8601
// periods and Dutch dates. Reading accepts every variant; writing uses one.
namespace Custodian::Exchange::DutchVocabulary {

// A list in one cell: written with " | " between the values (values hold ";" and "," often);
// read on " | ", else on line breaks, else on ";".
QString join(const QStringList &values);
QStringList split(const QString &cell);

// "ja" / "nee"; read: ja, nee, j, n, yes, no, waar, onwaar, true, false, 1, 0.
QString yesNo(bool value);
std::optional<bool> yesNo(const QString &text);

// One lawful basis of Art. 6(1) as a code a–f: our labels in Dutch and English, "6.1.e",
// "art. 6.1 (e) AVG", "artikel 6 lid 1 onder e", "6(1)(e)", GEMMA's "Publieke taak", VWS's "Taak van
// algemeen belang", words such as "toestemming" or "legitimate interests". Empty when none.
QString lawfulBasis(const QString &text);

// An activity's status: Concept, In beoordeling (In review), Goedgekeurd, Vastgesteld (approved),
// Beëindigd, Vervallen (retired), and our labels and codes. Empty when none.
QString activityStatus(const QString &text);

// A retention rule's basis: Wet, Wettelijk, Eigen beleid, Beleid, Richtlijn, Advies van de
// toezichthouder, Contract, Overeenkomst, and our labels. Empty when none.
QString retentionBasis(const QString &text);

// A day as the Dutch (and every tabular) file writes it: 2026-03-01, 1-3-2026, 01-03-2026 14:30, a
// spreadsheet's date or its day number. Invalid when it is none.
QDate date(const QVariant &cell);
// A moment: ISO 8601 (with or without an offset; without one local time), "1-3-2026 14:30", or a
// spreadsheet's date and time. Invalid when it is none.
QDateTime moment(const QVariant &cell);

// "Categorie: waarde" → {"Categorie", "waarde"}; no name when the line has no ": ".
struct NamedLine
{
    QString name;
    QString value;
};
NamedLine namedLine(const QString &line);

} // namespace Custodian::Exchange::DutchVocabulary
