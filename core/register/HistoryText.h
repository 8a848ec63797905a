#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <functional>

#include "domain/EntityKind.h"
#include "domain/FieldSpec.h"

namespace Custodian::Register {

// The audit trail as a person reads it (UI review H3), in the language of the moment: each change
// under the field's label as the editor shows it, values as the editor shows them (code labels,
// dates and numbers in the locale, yes/no, the names of linked items), and a table's rows named
// ("Clauses: “28(3)(h)” changed: Present: no → yes"). Keys the field tables do not know are
// shown as they are, so nothing recorded is ever hidden. Serves the History dialog and reports.
class HistoryText
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Register::HistoryText)
public:
    // The name of an item (a party, a measure, ...), or empty when it cannot be found (deleted).
    using NameOf = std::function<QString(Domain::EntityKind kind, const QString &uuid)>;

    explicit HistoryText(NameOf nameOf = {});

    // One line per changed field of an entry's {"field": {"old", "new"}} object, in the order of
    // the kind's field table (unknown keys last, by name).
    QStringList describe(Domain::EntityKind kind, const QJsonObject &changes) const;

    // A value of a field as the editor shows it; "—" for no value.
    QString value(const Domain::FieldInfo &field, const QJsonValue &value) const;
    // The label of a field or list of a kind, translated; the key itself when the tables lack it.
    static QString label(Domain::EntityKind kind, const QString &key);

private:
    QString line(Domain::EntityKind kind, const QString &key, const QJsonObject &change) const;
    QString childLine(const Domain::ChildFields &child, const QJsonValue &before, const QJsonValue &after) const;
    QString listItem(const Domain::ChildInfo &child, const QString &value) const;
    QString rowName(const Domain::ChildFields &child, const QJsonObject &row, int position) const;
    QString linkName(Domain::EntityKind kind, const QString &uuid) const;

    NameOf m_nameOf;
};

} // namespace Custodian::Register
