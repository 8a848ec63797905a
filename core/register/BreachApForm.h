#pragma once

#include <QList>
#include <QString>

#include <functional>

#include "domain/Breach.h"
#include "domain/Organisation.h"

namespace Custodian {
class DocumentLanguage;
}

namespace Custodian::Register {

// A breach as the answers for the Dutch AP's online notification form ("Meldformulier datalekken"),
// section by section in the form's order (DOMAIN-REVIEW I.2; DUTCH-STANDARDS §5.2): about this
// notification, contact details, timeline, the breach, personal data, the people, protection before
// the breach, consequences, follow-up, other. The AP takes notifications only through its form and
// offers no upload, so the answers are text to copy into it, in the document's language (Dutch for
// the AP). A question the register holds no answer to says "(not recorded)", so that the person sees
// what is still to be filled in; questions that do not apply to the breach (the end of a breach still
// going on, the reasons for a delay when notified in time) are left out.
class BreachApForm
{
public:
    struct Answer
    {
        QString question;
        QString answer; // may hold several lines
    };
    struct Section
    {
        QString title;
        QList<Answer> answers;
    };

    // activityName and partyName give the name of a processing activity or a party by its uuid (empty
    // when there is none). Moments are written in local time, dates and numbers as the language writes
    // them. Whether a notification not yet made comes after the 72 hours is counted from the clock.
    static QList<Section> answers(const Domain::Breach &breach, const Domain::Organisation &organisation,
                                  const std::function<QString(const QString &uuid)> &activityName,
                                  const std::function<QString(const QString &uuid)> &partyName,
                                  const DocumentLanguage &language);

    // Plain text to paste from: each section's title underlined, then a line "question: answer" per
    // question; an answer of several lines starts on the next line, each of its lines indented.
    static QString text(const QList<Section> &sections);
};

} // namespace Custodian::Register
