// The consistency check of a privacy statement (docs/design/privacy-statement.md §4): what keeps it
// from being published, and what its latest version says that the register no longer says. The
// findings on "versions" are differences a new version resolves; the other errors keep a version
// from being published (Statement::Publisher).
#include "register/Completeness.h"

#include "DocumentLanguage.h"
#include "domain/Codes.h"
#include "register/CompletenessParts.h"
#include "statement/Publication.h"
#include "statement/Statement.h"

#include <QLocale>

#include <algorithm>

namespace Custodian::Register {

namespace {

using CheckParts::add;
using Domain::Finding;
using Severity = Domain::Finding::Severity;

QString quoted(const QString &text)
{
    return QStringLiteral("\u201c%1\u201d").arg(text);
}

QString activityName(const RegisterSnapshot &snapshot, const QString &uuid)
{
    for (const Domain::ProcessingActivity &activity : snapshot.activities) {
        if (activity.uuid == uuid)
            return quoted(activity.name);
    }
    return CompletenessCheck::tr("a processing activity deleted since");
}

} // namespace

Domain::Findings CompletenessCheck::forStatement(const Domain::PrivacyStatement &statement,
                                                 const RegisterSnapshot &snapshot, QDate today)
{
    Domain::Findings findings;
    if (statement.retired)
        return findings;
    // The draft in the language the check speaks: its gaps are what the register does not say yet.
    const QString code =
        DocumentLanguage::currentLocale().language() == QLocale::Dutch ? QStringLiteral("nl") : QStringLiteral("en");
    const DocumentLanguage language(code);
    Statement::Edition edition;
    edition.statement = &statement;
    const Statement::Model model = Statement::build(snapshot, {}, language, today, edition);
    for (const QString &gap : model.gaps) {
        // Untranslated texts are reported per language of the statement below.
        if (model.untranslated.isEmpty() || gap != model.gaps.constLast())
            add(findings, "", Severity::Error, gap);
    }
    const QString dataLanguage = snapshot.organisation.dataLanguage;
    if (dataLanguage.isEmpty() && statement.languages.size() > 1)
        add(findings, "languages", Severity::Warning,
            tr("Say in which language the register's texts are written (Organisation, privacy statement): until then "
               "the statement quotes them as written in every language."));
    for (const QString &other : statement.languages) {
        if (other == code && !model.untranslated.isEmpty()) {
            add(findings, "translations", Severity::Error,
                tr("%n of the register's texts have no translation into %1 yet, such as %2.", nullptr,
                   int(model.untranslated.size()))
                    .arg(Domain::Codes::label(Domain::Codes::Kind::Language, other),
                         quoted(model.untranslated.constFirst())));
        } else if (other != code) {
            const DocumentLanguage document(other);
            const Statement::Model written = Statement::build(snapshot, {}, document, today, edition);
            if (!written.untranslated.isEmpty())
                add(findings, "translations", Severity::Error,
                    tr("%n of the register's texts have no translation into %1 yet, such as %2.", nullptr,
                       int(written.untranslated.size()))
                        .arg(Domain::Codes::label(Domain::Codes::Kind::Language, other),
                             quoted(written.untranslated.constFirst())));
        }
    }

    // Every processor the statement names works under an agreement (Art. 28(3)).
    const Statement::Manifest now = Statement::manifestOf(snapshot, statement, today);
    for (const auto &[party, agreement] : now.processors) {
        if (agreement.isEmpty()) {
            const Domain::Party *named = snapshot.party(party);
            add(findings, "", Severity::Error,
                tr("The statement names %1 as a processor, but no agreement in force governs its processing: a "
                   "processor processes only under a binding agreement (Art. 28(3)).")
                    .arg(quoted(named ? named->name : party)));
        }
    }

    const Domain::StatementVersion *latest = snapshot.latestVersion(statement.uuid);
    if (!latest) {
        add(findings, "versions", Severity::Warning,
            tr("The statement has not been published yet: publish its first version when the register says "
               "everything it needs."));
        return findings;
    }
    const QString number = QString::number(latest->number);
    if (latest->effectiveOn.isValid() && latest->effectiveOn.addMonths(12) < today)
        add(findings, "versions", Severity::Warning,
            tr("Version %1 took effect on %2, more than a year ago: review the statement and publish a new version, "
               "even if little has changed.")
                .arg(number, CheckParts::day(latest->effectiveOn)));
    Statement::Manifest published;
    if (!Statement::Manifest::fromJson(latest->manifest.toUtf8(), &published)) {
        add(findings, "versions", Severity::Warning,
            tr("What version %1 says of the register cannot be read: publish a new version to compare the statement "
               "with the register again.")
                .arg(number));
        return findings;
    }
    for (const QString &uuid : published.activities) {
        if (!now.activities.contains(uuid))
            add(findings, "versions", Severity::Error,
                tr("Version %1 describes %2, which is no longer published for the statement's audiences: publish a "
                   "new version.")
                    .arg(number, activityName(snapshot, uuid)));
    }
    for (const QString &uuid : now.activities) {
        if (!published.activities.contains(uuid))
            add(findings, "versions", Severity::Error,
                tr("%1 is published for an audience of the statement, but version %2 leaves it out: publish a new "
                   "version.")
                    .arg(activityName(snapshot, uuid), number));
    }
    for (const QPair<QString, QString> &entry : published.retention) {
        // A pair, not a structured binding: the lambda below captures its rule.
        const QString &rule = entry.first;
        const QString &period = entry.second;
        const auto current = std::find_if(now.retention.cbegin(), now.retention.cend(),
                                          [&rule](const auto &other) { return other.first == rule; });
        if (current != now.retention.cend() && current->second != period) {
            const Domain::RetentionRule *changed = snapshot.retentionRule(rule);
            add(findings, "versions", Severity::Error,
                tr("The retention period of %1 has changed since version %2 (it said: %3): publish a new version.")
                    .arg(quoted(changed ? changed->name : rule), number, period));
        }
    }
    // What the statement says, section by section: other items behind the same text (a merge's own
    // retention rules, an agreement replaced by another) need no new version.
    const QStringList changed = published.changedSections(now);
    if (!changed.isEmpty()) {
        QStringList titles;
        for (const QString &id : changed)
            titles << Statement::Manifest::sectionName(id, language);
        add(findings, "versions", Severity::Warning,
            tr("The register has changed since version %1 in: %2. Publish a new version, so that the statement says "
               "what the register says.")
                .arg(number, titles.join(QStringLiteral("; "))));
    }
    return findings;
}

} // namespace Custodian::Register
