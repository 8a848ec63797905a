#include "FieldSpec.h"

#include <QCoreApplication>

#include "domain/ActivityVersion.h"
#include "domain/Agreement.h"
#include "domain/Breach.h"
#include "domain/ControlReference.h"
#include "domain/Cookie.h"
#include "domain/LegalHold.h"
#include "domain/Organisation.h"
#include "domain/Party.h"
#include "domain/PrivacyStatement.h"
#include "domain/ProcessingActivity.h"
#include "domain/RequestCase.h"
#include "domain/RetentionRule.h"
#include "domain/SecurityMeasure.h"

#include <QHash>

#include <algorithm>

namespace Custodian::Domain {

namespace {

// Position of each code of a kind in Codes order, built once for every kind (lists of thousands of
// items are sorted; a function-local static is also safe when services run on several threads).
const QHash<QString, int> &codeOrder(Codes::Kind kind)
{
    static const QHash<int, QHash<QString, int>> orders = [] {
        QHash<int, QHash<QString, int>> all;
        // Every kind: the enumeration is dense from 0 and far shorter than this bound; a kind without
        // codes gets an empty order.
        for (int k = int(Codes::Kind::LawfulBasis); k < 256; ++k) {
            const QStringList codes = Codes::codes(Codes::Kind(k));
            QHash<QString, int> order;
            for (int i = 0; i < codes.size(); ++i)
                order.insert(codes.at(i), i);
            all.insert(k, order);
        }
        return all;
    }();
    static const QHash<QString, int> none;
    const auto it = orders.constFind(int(kind));
    return it == orders.cend() ? none : it.value();
}

} // namespace

Finding Expectation::finding(const char *key) const
{
    return {QLatin1String(key), severity, QCoreApplication::translate("Custodian::Completeness", reason)};
}

QStringList normalisedCodes(const QStringList &codes, Codes::Kind kind)
{
    if (codes.size() == 1 && codes.constFirst() == codes.constFirst().trimmed())
        return codes;
    QStringList result;
    for (const QString &code : codes) {
        const QString trimmed = code.trimmed();
        if (!result.contains(trimmed))
            result.append(trimmed);
    }
    const QHash<QString, int> &order = codeOrder(kind);
    std::stable_sort(result.begin(), result.end(), [&order](const QString &a, const QString &b) {
        return order.value(a, 1000) < order.value(b, 1000);
    });
    return result;
}

QStringList normalisedLinks(const QStringList &uuids)
{
    QStringList result;
    for (const QString &uuid : uuids) {
        const QString trimmed = uuid.trimmed();
        if (!trimmed.isEmpty() && !result.contains(trimmed))
            result.append(trimmed);
    }
    std::sort(result.begin(), result.end());
    return result;
}

const QList<LinkInfo> &allLinks()
{
    static const QList<LinkInfo> links = [] {
        QList<LinkInfo> all;
        all += Party::spec().links();
        all += SecurityMeasure::spec().links();
        all += RetentionRule::spec().links();
        all += ProcessingActivity::spec().links();
        all += ProcessorActivity::spec().links();
        all += Agreement::spec().links();
        all += LegalHold::spec().links();
        all += RequestCase::spec().links();
        all += Breach::spec().links();
        all += Cookie::spec().links();
        all += PrivacyStatement::spec().links();
        all += StatementVersion::spec().links();
        all += ActivityVersion::spec().links();
        all += ControlReference::spec().links();
        return all;
    }();
    return links;
}

namespace {

template<class T> EntityFields describe(const EntitySpec<T> &spec)
{
    EntityFields result;
    result.kind = spec.kind;
    for (const Field<T> &field : spec.fields)
        result.fields.append(&field);
    for (const Child<T> &child : spec.children) {
        ChildFields entry;
        entry.child = &child;
        if (const RowOps<T> *rows = child.rowOps())
            entry.rowFields = rows->fields();
        result.children.append(entry);
    }
    return result;
}

} // namespace

const FieldInfo *EntityFields::field(QStringView key) const
{
    for (const FieldInfo *info : fields) {
        if (key == QLatin1String(info->key))
            return info;
    }
    return nullptr;
}

const ChildFields *EntityFields::child(QStringView key) const
{
    for (const ChildFields &entry : children) {
        if (key == QLatin1String(entry.child->key))
            return &entry;
    }
    return nullptr;
}

const EntityFields *entityFields(EntityKind kind)
{
    static const QList<EntityFields> all = {
        describe(Party::spec()),
        describe(SecurityMeasure::spec()),
        describe(RetentionRule::spec()),
        describe(ProcessingActivity::spec()),
        describe(ProcessorActivity::spec()),
        describe(Agreement::spec()),
        describe(LegalHold::spec()),
        describe(RequestCase::spec()),
        describe(Breach::spec()),
        describe(Cookie::spec()),
        describe(PrivacyStatement::spec()),
        describe(StatementVersion::spec()),
        describe(ActivityVersion::spec()),
        describe(ControlReference::spec()),
        describe(Organisation::spec()),
    };
    for (const EntityFields &entry : all) {
        if (entry.kind == kind)
            return &entry;
    }
    return nullptr;
}

} // namespace Custodian::Domain
