#include "sections/catalogues/CookieEditor.h"

#include "framework/RegisterContext.h"
#include "register/Completeness.h"
#include "widgets/CountryPicker.h"
#include "widgets/EntityPicker.h"
#include "widgets/RegisterChoices.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace Custodian::Ui {

using Domain::Cookie;

CookieEditor::CookieEditor(RegisterContext *context, QWidget *parent) : CatalogueItemEditor(context, parent)
{
    setObjectName(QStringLiteral("cookieEditor"));
    QFormLayout *form = pages()->addPage(QStringLiteral("cookiePage"));
    QWidget *page = form->parentWidget();
    m_captions.add(form);
    m_form.add(form, "name", FieldOptions().withMnemonic());
    m_form.add(form, "technique", FieldOptions().withMnemonic());
    m_form.add(form, "category", FieldOptions().withMnemonic());
    m_form.add(form, "purpose", FieldOptions().withMnemonic().withLines(3));

    // Who places it, how long it stays, where its data goes.
    m_captions.add(form);
    m_providerPicker = static_cast<EntityPicker *>(
        m_form.add(form, "partyUuid", FieldOptions().withMnemonic().named(QStringLiteral("providerPicker"))));
    m_form.add(form, "domain");
    m_form.add(form, "sessionOnly",
               FieldOptions().withCheckText(
                   QT_TRANSLATE_NOOP("Custodian::Ui::FormBinder", "Gone when the browser is closed")));
    m_form.add(form, "lifetimeCount");
    m_form.add(form, "lifetimeUnit",
               FieldOptions().withNoneText(QT_TRANSLATE_NOOP("Custodian::Ui::FormBinder", "Not recorded")));
    m_countryPicker = new CountryPicker(page);
    m_countryPicker->setObjectName(QStringLiteral("countryCombo"));
    fields().add(form, QStringLiteral("country"), m_countryPicker);

    // The processing it serves: its basis, consent and retention apply to what the cookie collects.
    m_captions.add(form);
    m_activityPicker = static_cast<EntityPicker *>(
        m_form.add(form, "activityUuid", FieldOptions().withMnemonic().named(QStringLiteral("activityPicker"))));

    fields().addAlias(QStringLiteral("provider"), QStringLiteral("partyUuid"));
    fields().addAlias(QStringLiteral("activity"), QStringLiteral("activityUuid"));
    m_form.onChange(this, [this] { onEdited(); });
    connect(m_countryPicker, &CountryPicker::codeChanged, this, [this] { onEdited(); });
    linkGoTo(m_providerPicker, "party");
    linkGoTo(m_activityPicker, "activity");
    retranslateUi();
    showPlaceholder(QString());
}

Register::EntityService<Cookie> &CookieEditor::service() const
{
    return context()->cookies();
}

Domain::Findings CookieEditor::liveFindings()
{
    // Checked against the activity it serves, as the register has it.
    return Register::CompletenessCheck::forCookie(currentItem(), context()->snapshot());
}

void CookieEditor::fillExtra(const Cookie &cookie)
{
    m_countryPicker->setCode(cookie.country);
    CatalogueItemEditor::fillExtra(cookie);
}

void CookieEditor::readExtra(Cookie &cookie) const
{
    cookie.country = m_countryPicker->code();
    Cookie::spec().normalise(cookie);
}

void CookieEditor::refreshChoices()
{
    m_providerPicker->setChoices(RegisterChoices::parties(context()));
    m_activityPicker->setChoices(RegisterChoices::activities(context()));
}

void CookieEditor::updateDependentFields()
{
    const Cookie cookie = currentItem();
    m_form.widget("lifetimeCount")->setEnabled(!cookie.sessionOnly || cookie.lifetimeCount > 0);
    m_form.widget("lifetimeUnit")->setEnabled(!cookie.sessionOnly || !cookie.lifetimeUnit.isEmpty());
    fields().setHint(QStringLiteral("category"),
                     cookie.needsConsent()
                         ? tr("Placed only after the visitor consents (Tw art. 11.7a); the activity it serves must "
                              "rest on consent.")
                         : tr("Needs no consent: strictly necessary for the service asked for, or analytics with "
                              "little impact on privacy."));
}

QString CookieEditor::usedByEmptyText(bool) const
{
    return {};
}

QString CookieEditor::newItemText() const
{
    return tr("New cookie");
}

QString CookieEditor::retiredText() const
{
    return tr("This cookie is retired: the website no longer places it. It stays in the register's history and is "
              "left out of the privacy statement. Use “Restore” if it is placed again.");
}

void CookieEditor::retranslateUi()
{
    setPlaceholderText(tr("Choose a cookie in the list, or create a new one."));
    const QList<QPair<QString, QString>> captions = {
        {tr("Cookie or similar technique — Tw art. 11.7a"),
         tr("Anything the website or app places or reads on a visitor's device.")},
        {tr("Provider, lifetime and country"), QString()},
        {tr("Processing activity"),
         tr("Its lawful basis, consent and retention apply to what the cookie collects; the privacy statement lists "
            "the cookie with it.")},
    };
    m_captions.setTexts(captions);
    pages()->setTitle(0, tr("Cookie"));
    m_form.retranslate();
    fields().setLabel(QStringLiteral("country"), tr("Countr&y outside the EEA:"));
    m_form.widget<QLineEdit>("name")->setPlaceholderText(tr("As the browser shows it, e.g. _ga"));
    m_form.widget<QPlainTextEdit>("purpose")->setPlaceholderText(
        tr("What it is for, in words for visitors: e.g. \"Counts visits to the pages, without "
           "knowing who you are\""));
    m_form.widget<QLineEdit>("domain")->setPlaceholderText(tr("e.g. .example.nl"));
    m_providerPicker->setNoneText(tr("Our own (first party)"));
    m_providerPicker->setGoToText(tr("Go to"));
    m_activityPicker->setNoneText(tr("Not linked"));
    m_activityPicker->setGoToText(tr("Go to"));
    m_countryPicker->lineEdit()->setPlaceholderText(tr("Empty: the data stays in the EEA"));
    updateDependentFields();
}

} // namespace Custodian::Ui
