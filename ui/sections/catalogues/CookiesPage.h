#pragma once

#include "domain/Cookie.h"
#include "sections/catalogues/CataloguePage.h"

#include <QHash>

namespace Custodian::Ui {

class CookieEditor;

// The Cookies and trackers section (Tw art. 11.7a): what the website or app places or reads on a
// visitor's device, for the privacy statement and the consent check; retired cookies hidden unless
// asked for.
class CookiesPage : public CataloguePage
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        CategoryColumn,
        ProviderColumn,
        LifetimeColumn,
        ActivityColumn,
        AttentionColumn
    };

    explicit CookiesPage(RegisterContext *context, QWidget *parent = nullptr);

    QString title() const override;
    CookieEditor *cookieEditor() const { return m_editor; }

protected:
    Texts texts(int uses) const override;

private:
    ListRow row(const Domain::Cookie &cookie) const;

    CookieEditor *m_editor = nullptr;
    QHash<QString, QString> m_partyNames;    // uuid -> name, read with the list
    QHash<QString, QString> m_activityNames; // uuid -> name
};

} // namespace Custodian::Ui
