#include "PartyUsage.h"

#include "RegisterContext.h"
#include "register/Services.h"

#include <QCollator>
#include <QMap>
#include <QStringList>

#include <algorithm>

namespace Custodian::Ui {

using Domain::Agreement;
using Domain::ProcessingActivity;
using Domain::ProcessorActivity;

namespace {

// Collects, per referred uuid and referring item, the ways it refers ("recipient", "transfer").
class Collector
{
public:
    void add(const QString &referred, const QString &entity, const QString &uuid, const QString &label,
             const QString &detail = QString())
    {
        if (referred.isEmpty())
            return;
        Entry &entry = m_entries[referred][entity + QLatin1Char('/') + uuid];
        entry.entity = entity;
        entry.uuid = uuid;
        entry.label = label;
        if (!detail.isEmpty() && !entry.details.contains(detail))
            entry.details.append(detail);
    }

    PartyUsage::Index index() const
    {
        QCollator collator;
        collator.setNumericMode(true);
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        PartyUsage::Index result;
        for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
            QList<PartyUsage::Reference> references;
            for (const Entry &entry : it.value()) {
                const QString text =
                    entry.details.isEmpty()
                        ? entry.label
                        //: A "Used by" entry: %1 the item, %2 how it uses the party or rule
                        : PartyUsage::tr("%1 (%2)").arg(entry.label, entry.details.join(QStringLiteral(", ")));
                references.append({entry.entity, entry.uuid, text});
            }
            std::sort(references.begin(), references.end(),
                      [&collator](const PartyUsage::Reference &a, const PartyUsage::Reference &b) {
                          return collator.compare(a.text, b.text) < 0;
                      });
            result.insert(it.key(), references);
        }
        return result;
    }

private:
    struct Entry
    {
        QString entity;
        QString uuid;
        QString label;
        QStringList details;
    };
    QHash<QString, QMap<QString, Entry>> m_entries;
};

QString activityLabel(const ProcessingActivity &activity)
{
    return activity.status == QLatin1String("retired")
               ? PartyUsage::tr("Processing activity: %1 (retired)").arg(activity.name)
               : PartyUsage::tr("Processing activity: %1").arg(activity.name);
}

QString processorActivityLabel(const ProcessorActivity &activity)
{
    return activity.status == QLatin1String("retired")
               ? PartyUsage::tr("Processor activity: %1 (retired)").arg(activity.name)
               : PartyUsage::tr("Processor activity: %1").arg(activity.name);
}

QString agreementLabel(const Agreement &agreement)
{
    return PartyUsage::tr("Agreement: %1").arg(agreement.title);
}

const QString activityCode = QStringLiteral("activity");
const QString processorActivityCode = QStringLiteral("processor_activity");
const QString agreementCode = QStringLiteral("agreement");

} // namespace

PartyUsage::Index PartyUsage::parties(RegisterContext *context)
{
    Collector collector;
    QList<ProcessingActivity> activities;
    if (context->activities().list(&activities)) {
        for (const ProcessingActivity &activity : std::as_const(activities)) {
            const QString label = activityLabel(activity);
            for (const Domain::Recipient &recipient : activity.recipients)
                collector.add(recipient.partyUuid, activityCode, activity.uuid, label, tr("recipient"));
            for (const Domain::Transfer &transfer : activity.transfers)
                collector.add(transfer.partyUuid, activityCode, activity.uuid, label,
                              transfer.country.isEmpty() ? tr("transfer") : tr("transfer to %1").arg(transfer.country));
        }
    }
    QList<ProcessorActivity> processorActivities;
    if (context->processorActivities().list(&processorActivities)) {
        for (const ProcessorActivity &activity : std::as_const(processorActivities)) {
            const QString label = processorActivityLabel(activity);
            collector.add(activity.controllerUuid, processorActivityCode, activity.uuid, label, tr("controller"));
            for (const Domain::Transfer &transfer : activity.transfers)
                collector.add(transfer.partyUuid, processorActivityCode, activity.uuid, label,
                              transfer.country.isEmpty() ? tr("transfer") : tr("transfer to %1").arg(transfer.country));
        }
    }
    QList<Agreement> agreements;
    if (context->agreements().list(&agreements)) {
        for (const Agreement &agreement : std::as_const(agreements)) {
            const QString label = agreementLabel(agreement);
            collector.add(agreement.controllerUuid, agreementCode, agreement.uuid, label, tr("controller"));
            collector.add(agreement.processorUuid, agreementCode, agreement.uuid, label,
                          agreement.kind == QLatin1String("sub_processing") ? tr("sub-processor") : tr("processor"));
        }
    }
    return collector.index();
}

PartyUsage::Index PartyUsage::measures(RegisterContext *context)
{
    Collector collector;
    QList<ProcessingActivity> activities;
    if (context->activities().list(&activities)) {
        for (const ProcessingActivity &activity : std::as_const(activities)) {
            for (const QString &measure : activity.measureUuids)
                collector.add(measure, activityCode, activity.uuid, activityLabel(activity));
        }
    }
    QList<ProcessorActivity> processorActivities;
    if (context->processorActivities().list(&processorActivities)) {
        for (const ProcessorActivity &activity : std::as_const(processorActivities)) {
            for (const QString &measure : activity.measureUuids)
                collector.add(measure, processorActivityCode, activity.uuid, processorActivityLabel(activity));
        }
    }
    QList<Agreement> agreements;
    if (context->agreements().list(&agreements)) {
        for (const Agreement &agreement : std::as_const(agreements)) {
            for (const QString &measure : agreement.measureUuids)
                collector.add(measure, agreementCode, agreement.uuid, agreementLabel(agreement));
        }
    }
    return collector.index();
}

PartyUsage::Index PartyUsage::retentionRules(RegisterContext *context)
{
    Collector collector;
    QList<ProcessingActivity> activities;
    if (context->activities().list(&activities)) {
        for (const ProcessingActivity &activity : std::as_const(activities)) {
            const QString label = activityLabel(activity);
            for (const Domain::DataCategory &category : activity.dataCategories)
                collector.add(category.retentionRuleUuid, activityCode, activity.uuid, label, category.name);
        }
    }
    return collector.index();
}

} // namespace Custodian::Ui
