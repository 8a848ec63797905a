#include "ExtraField.h"

#include "domain/FieldSpec.h"

namespace Custodian::Domain {

QList<Field<ExtraField>> ExtraFields::fields()
{
    using T = FieldType;
    using F = Field<ExtraField>;
    // clang-format off
    return {
        F("name", "name", T::Text, &ExtraField::name, QT_TRANSLATE_NOOP("Custodian::Fields", "Name in the file")),
        F("value", "value", T::LongText, &ExtraField::value, QT_TRANSLATE_NOOP("Custodian::Fields", "Value")),
        F("source", "source", T::Text, &ExtraField::source, QT_TRANSLATE_NOOP("Custodian::Fields", "Imported from")),
    };
    // clang-format on
}

const char *ExtraFields::label()
{
    return QT_TRANSLATE_NOOP("Custodian::Fields", "Extra fields (from imports)");
}

void ExtraFields::validate(const QList<ExtraField> &list, Findings *findings)
{
    using Severity = Finding::Severity;
    const QString key = QStringLiteral("extraFields");
    if (list.size() > MaximumCount)
        findings->append({key, Severity::Error,
                          tr("An item keeps at most %1 extra fields from imports; this one has %2. Map the columns "
                             "of the file to the register's fields, or leave some out.")
                              .arg(MaximumCount)
                              .arg(list.size())});
    for (const ExtraField &field : list) {
        if (field.name.trimmed().isEmpty()) {
            findings->append({key, Severity::Error, tr("An extra field from an import has no name.")});
            break;
        }
    }
    for (const ExtraField &field : list) {
        if (field.value.size() > MaximumLength) {
            findings->append({key, Severity::Error,
                              tr("The extra field \"%1\" holds %2 characters; a spreadsheet cell, and so an extra "
                                 "field, holds at most %3.")
                                  .arg(field.name.trimmed().left(80))
                                  .arg(field.value.size())
                                  .arg(MaximumLength)});
            break;
        }
    }
}

QString ExtraFields::lettersAndDigits(const QString &text)
{
    // Decomposed first, so that an accent is a mark of its own and drops out with the spaces and
    // signs: "Categorieën" is "categorieen", as a spreadsheet typed without accents writes it.
    QString out;
    const QString decomposed = text.normalized(QString::NormalizationForm_D).toCaseFolded();
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.isLetterOrNumber())
            out += c;
    }
    return out;
}

QString ExtraFields::normalisedName(const QString &name)
{
    const QString out = lettersAndDigits(name);
    // A name of signs only ("#", "€") is itself.
    return out.isEmpty() ? name.trimmed().toCaseFolded() : out;
}

QList<ExtraField> ExtraFields::merged(QList<ExtraField> stored, const QList<ExtraField> &incoming)
{
    QList<bool> taken(stored.size(), false);
    const auto find = [&](const ExtraField &field, bool sameSource) -> qsizetype {
        const QString name = normalisedName(field.name);
        for (qsizetype i = 0; i < stored.size(); ++i) {
            if (!taken.at(i) && (!sameSource || stored.at(i).source == field.source) &&
                normalisedName(stored.at(i).name) == name)
                return i;
        }
        return -1;
    };
    for (const ExtraField &field : incoming) {
        qsizetype at = find(field, true);
        if (at < 0)
            at = find(field, false);
        const bool empty = field.value.trimmed().isEmpty();
        if (at < 0) {
            if (!empty) {
                stored.append(field);
                taken.append(true);
            }
            continue;
        }
        stored[at].value = field.value;
        taken[at] = true;
        if (empty)
            stored[at].name.clear(); // removed below, once every incoming field has been matched
    }
    stored.removeIf([](const ExtraField &field) { return field.name.isEmpty(); });
    return stored;
}

} // namespace Custodian::Domain
