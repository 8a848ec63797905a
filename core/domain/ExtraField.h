#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "domain/Finding.h"

namespace Custodian::Domain {

template<class T> class Field;

// A value an imported file gave an item that no field of the register takes: a column of a
// spreadsheet or a key of a JSON file, kept on the item (DECISIONS.md: nothing is lost) and written
// back by an export in a layout that carries it. Shown read-only; a save keeps it as it is.
struct ExtraField
{
    QString source; // the layout it came from: "custodian", "ico", "nl-workbook", ...
    QString name;   // the header or key as the file spelt it
    QString value;

    bool operator==(const ExtraField &other) const = default;
};

class ExtraFields
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Domain::ExtraFields)
public:
    static constexpr qsizetype MaximumCount = 200;
    // What one spreadsheet cell holds: longer cannot be written back.
    static constexpr qsizetype MaximumLength = 32767;

    // The row fields of an item's list "extraFields".
    static QList<Field<ExtraField>> fields();
    // The label of the list: "Extra fields (from imports)".
    static const char *label();
    // Errors: a field without a name, more than MaximumCount, a value longer than MaximumLength.
    static void validate(const QList<ExtraField> &list, Findings *findings);
    // The list with `incoming` laid over it: a field of the same source and name (else of the same
    // name, case and accents aside) takes the incoming value; the others are added at the end.
    static QList<ExtraField> merged(QList<ExtraField> stored, const QList<ExtraField> &incoming);
    // "Afdeling" and "afdeling " are one name, and "Categorieën" and "Categorieen".
    static QString normalisedName(const QString &name);
    // Case-folded letters and digits only, accents dropped: "Categorieën:" → "categorieen"; nothing
    // for a text of signs only. Headers and code labels of a file are matched by it.
    static QString lettersAndDigits(const QString &text);
};

} // namespace Custodian::Domain
