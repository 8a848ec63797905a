// What the Activities section's tests share (tst_activitieslist.cpp, tst_activityeditor.cpp).
#pragma once

#include <QDate>
#include <QString>

#include "framework/RegisterContext.h"
#include "register/Services.h"

namespace ActivitiesTest {

// An activity with the fields the list shows, stored without the editor; its uuid.
inline QString addActivity(Custodian::Ui::RegisterContext &context, const QString &name, const QString &status,
                           QDate nextReview, const QString &department = QString())
{
    Custodian::Domain::ProcessingActivity activity;
    activity.name = name;
    activity.purpose = QStringLiteral("Purpose of ") + name;
    activity.status = status;
    activity.nextReview = nextReview;
    activity.ownerDepartment = department;
    const Custodian::Status saved = context.activities().save(&activity);
    if (!saved)
        qWarning("activity: %s", qPrintable(saved.message()));
    return activity.uuid;
}

} // namespace ActivitiesTest
