#include "sections/statements/StatementsPage.h"

#include "domain/Codes.h"
#include "framework/RegisterContext.h"
#include "sections/statements/StatementEditor.h"

#include <QLocale>

namespace Custodian::Ui {

using Domain::Codes;
using Domain::PrivacyStatement;

StatementsPage::StatementsPage(RegisterContext *context, QWidget *parent)
    : CataloguePage(context, Domain::EntityKind::PrivacyStatement, parent)
{
    setObjectName(QStringLiteral("statementsPage"));
    m_editor = new StatementEditor(context, this);
    const QList<ListColumn> columns = {
        {[] { return tr("Title"); }, {}, ListColumn::Width::Long},
        {[] { return tr("Audiences"); }, {}},
        {[] { return tr("Languages"); }, {}},
        {[] { return tr("Published version"); }, {}},
    };
    auto source = catalogueSource<PrivacyStatement>(
        context->statements(), columns, [this](const PrivacyStatement &statement) { return row(statement); },
        [this, context] {
            QList<Domain::StatementVersion> versions;
            const Status status = context->statementVersions().listSummaries(&versions);
            m_latest.clear();
            for (Domain::StatementVersion &version : versions) {
                version.htmlNl.clear();
                version.htmlEn.clear();
                const auto known = m_latest.constFind(version.statementUuid);
                if (known == m_latest.cend() || known->number < version.number)
                    m_latest.insert(version.statementUuid, version);
            }
            return status;
        });
    // A version published shows in the statement's row.
    static_cast<EntityListSource<PrivacyStatement> *>(source.get())
        ->setShownKinds({Domain::EntityKind::StatementVersion, Domain::EntityKind::ProcessingActivity});
    setupCatalogue(
        std::move(source), m_editor, m_editor,
        {[context](const QString &uuid, bool retired) { return context->statements().setRetired(uuid, retired); },
         [context](const QString &uuid) { return context->statements().remove(uuid); }});
    retranslateSection();
    reload();
}

QString StatementsPage::title() const
{
    return tr("Privacy statements");
}

ListRow StatementsPage::row(const PrivacyStatement &statement) const
{
    ListRow row = catalogueRow(statement.uuid, statement.title, statement.retired, statement.validate());
    QStringList audiences;
    for (const QString &audience : statement.audiences)
        audiences << Codes::label(Codes::Kind::Audience, audience);
    QStringList languages;
    for (const QString &language : statement.languages)
        languages << Codes::label(Codes::Kind::Language, language);
    row.cells.append({audiences.join(QStringLiteral(", ")), {}, {}});
    row.cells.append({languages.join(QStringLiteral(", ")), {}, {}});
    const auto latest = m_latest.constFind(statement.uuid);
    if (latest == m_latest.cend())
        row.cells.append({tr("Not published"), 0, {}});
    else
        row.cells.append(
            {tr("Version %1, from %2")
                 .arg(QString::number(latest->number), QLocale().toString(latest->effectiveOn, QLocale::ShortFormat)),
             latest->number,
             {}});
    row.searchExtra << statement.introduction << statement.publicationUrl;
    return row;
}

CataloguePage::Texts StatementsPage::texts(int) const
{
    return {tr("No privacy statement yet. A statement is written from the register for the audiences you choose "
               "(customers, website visitors, applicants…): its purposes, bases, recipients, retention and the "
               "rights that follow. Start with “New statement”, then publish its first version."),
            tr("New statement"),
            tr("Retire statement"),
            tr("Restore statement"),
            QString(),
            tr("The statement is no longer published. Retiring keeps it and its versions in the register, and frees "
               "its audiences for another statement; you can restore it later. A statement with published "
               "versions cannot be deleted.")};
}

} // namespace Custodian::Ui
