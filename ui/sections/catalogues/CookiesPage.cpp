#include "sections/catalogues/CookiesPage.h"

#include "framework/RegisterContext.h"
#include "register/queries/ListRows.h"
#include "sections/catalogues/CookieEditor.h"
#include "storage/Database.h"

namespace Custodian::Ui {

using Domain::Codes;
using Domain::Cookie;

namespace {

// uuid -> name of every item of a kind, read without loading them whole.
Status readNames(RegisterContext *context, Domain::EntityKind kind, QHash<QString, QString> *names)
{
    QList<Register::ListRows::NamedItem> items;
    const Status status = Register::ListRows::names(context->database(), kind, &items);
    names->clear();
    for (const Register::ListRows::NamedItem &item : std::as_const(items))
        names->insert(item.uuid, item.name);
    return status;
}

} // namespace

CookiesPage::CookiesPage(RegisterContext *context, QWidget *parent)
    : CataloguePage(context, Domain::EntityKind::Cookie, parent)
{
    setObjectName(QStringLiteral("cookiesPage"));
    m_editor = new CookieEditor(context, this);
    const QList<ListColumn> columns = {
        {[] { return tr("Name"); }, {}},
        {[] { return tr("Category"); }, [] { return tr("Whether the cookie needs the visitor's consent"); }},
        {[] { return tr("Provider"); }, {}},
        {[] { return tr("Lifetime"); }, {}, ListColumn::Width::Short},
        {[] { return tr("Processing activity"); }, {}, ListColumn::Width::Long},
    };
    setupCatalogue(
        catalogueSource<Cookie>(
            context->cookies(), columns, [this](const Cookie &cookie) { return row(cookie); },
            [this, context] {
                Status status = readNames(context, Domain::EntityKind::Party, &m_partyNames);
                if (status)
                    status = readNames(context, Domain::EntityKind::ProcessingActivity, &m_activityNames);
                return status;
            }),
        m_editor, m_editor,
        {[context](const QString &uuid, bool retired) { return context->cookies().setRetired(uuid, retired); },
         [context](const QString &uuid) { return context->cookies().remove(uuid); }});
    retranslateSection();
    reload();
}

QString CookiesPage::title() const
{
    return tr("Cookies and trackers");
}

ListRow CookiesPage::row(const Cookie &cookie) const
{
    ListRow row = catalogueRow(cookie.uuid, cookie.name, cookie.retired, cookie.validate());
    row.cells.append({Codes::label(Codes::Kind::CookieCategory, cookie.category), {}, {}});
    row.cells.append({cookie.partyUuid.isEmpty() ? tr("Our own") : m_partyNames.value(cookie.partyUuid), {}, {}});
    row.cells.append({cookie.lifetimeText(), cookie.sessionOnly ? 0 : cookie.lifetimeCount, {}});
    row.cells.append({m_activityNames.value(cookie.activityUuid), {}, {}});
    row.searchExtra << cookie.purpose << cookie.domain;
    return row;
}

CataloguePage::Texts CookiesPage::texts(int) const
{
    return {tr("No cookies yet. List each cookie, local storage item, pixel or script your website or app places or "
               "reads, with its category: the privacy statement lists them, and the check sees whether those that "
               "need consent rest on it. Start with “New cookie”."),
            tr("New cookie"),
            tr("Retire cookie"),
            tr("Restore cookie"),
            QString(),
            tr("The website no longer places it. Retiring keeps it in the register's history and leaves it out of the "
               "privacy statement; you can restore it later. Deleting removes it for good (the audit trail keeps a "
               "record of it).")};
}

} // namespace Custodian::Ui
