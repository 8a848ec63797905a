#include "sections/breaches/BreachesPage.h"

#include "framework/Confirm.h"
#include "framework/EntityListSource.h"
#include "framework/EntityTableModel.h"
#include "framework/PageParts.h"
#include "framework/RegisterContext.h"
#include "register/Services.h"
#include "sections/breaches/BreachEditor.h"

#include <QLocale>
#include <QMessageBox>

namespace Custodian::Ui {

using Domain::Breach;

BreachesPage::BreachesPage(RegisterContext *context, QWidget *parent) : SectionPage(context, parent)
{
    setObjectName(QStringLiteral("breachesPage"));
    m_editor = new BreachEditor(context, this);
    const QList<ListColumn> columns = {
        {[] { return tr("Breach"); }, {}},
        {[] { return tr("Authority"); },
         [] {
             return tr("Notified to the Autoriteit Persoonsgegevens within 72 hours of becoming aware, or why not "
                       "(Art. 33)");
         }},
        {[] { return tr("Status"); }, {}},
        {[] { return tr("Title or what happened"); }, {}, ListColumn::Width::Long},
        {[] { return tr("Aware"); }, {}, ListColumn::Width::Short, true},
        {[] { return tr("Risk"); }, {}, ListColumn::Width::Short, true},
    };
    auto source = std::make_unique<EntityListSource<Breach>>(context->breaches(), columns,
                                                             [this](const Breach &breach) { return row(breach); });
    Options options;
    options.statusKind = Domain::Codes::Kind::BreachStatus;
    options.hiddenStatus = QStringLiteral("closed");
    options.sortColumn = AuthorityColumn;
    options.splitterSizes = {5000, 6000};
    setupSection(new EntityTableModel(context, std::move(source), this), m_editor, options);
    retranslateSection();
    reload();

    PageParts::everyMinuteWhileShown(this, [this] { updateClocks(); });
}

void BreachesPage::updateClocks()
{
    // Only while a clock runs: the list is read again, and rows merge in place (the selection and
    // the editor stay as they are).
    for (int i = 0; i < model()->rowCount(); ++i) {
        if (model()->rowAt(i).due.value_or(false)) { // the 72 hours run (row())
            reload();
            return;
        }
    }
}

QString BreachesPage::entityCode() const
{
    return QStringLiteral("breach");
}

QString BreachesPage::title() const
{
    return tr("Breaches");
}

ListRow BreachesPage::row(const Breach &breach) const
{
    const QLocale locale;
    const QDateTime now = context()->now();
    ListRow row;
    row.uuid = breach.uuid;
    row.name = breach.number;
    row.status = breach.status;
    row.cells.append({breach.number, breach.number, {}});

    // The AP column: notified, not notified with reasoning, or the clock.
    ListCell authority;
    if (breach.apNotifiedAt.isValid()) {
        authority.text =
            tr("notified %1").arg(locale.toString(breach.apNotifiedAt.toLocalTime(), QLocale::ShortFormat));
        authority.sortKey = QStringLiteral("2 ") + breach.number;
    } else if (breach.notifyAp == QLatin1String("no")) {
        authority.text = tr("not notified");
        authority.toolTip = breach.notifyApReasoning;
        authority.sortKey = QStringLiteral("3 ") + breach.number;
    } else if (breach.notifyBy.isValid() && !breach.isClosed()) {
        const qint64 left = now.secsTo(breach.notifyBy);
        const QString moment = locale.toString(breach.notifyBy.toLocalTime(), QLocale::ShortFormat);
        if (left < 0) {
            authority.text = tr("%1 — 72 hours passed").arg(moment);
            authority.urgency = DueDate::Urgency::Overdue;
        } else {
            authority.text = tr("by %1 — %n hour(s) left", nullptr, int(left / 3600)).arg(moment);
            authority.urgency = DueDate::Urgency::ThisWeek;
        }
        authority.sortKey = QStringLiteral("1 ") + breach.notifyBy.toString(Qt::ISODate);
        row.due = true;
    } else {
        authority.text = tr("no decision");
        authority.sortKey = QStringLiteral("2 ") + breach.number;
    }
    row.cells.append(authority);
    row.cells.append({Domain::Codes::label(Domain::Codes::Kind::BreachStatus, breach.status), {}, {}});
    // Its title when it has one, else what happened; the tooltip says what happened.
    row.cells.append({breach.title.trimmed().isEmpty() ? breach.summary.simplified() : breach.title.simplified(),
                      {},
                      breach.summary});
    ListCell aware;
    aware.sortKey = breach.awareAt;
    aware.text =
        breach.awareAt.isValid() ? locale.toString(breach.awareAt.toLocalTime(), QLocale::ShortFormat) : QString();
    row.cells.append(aware);
    row.cells.append({breach.riskLevel.isEmpty()
                          ? QString()
                          : Domain::Codes::label(Domain::Codes::Kind::RiskLevel, breach.riskLevel),
                      {},
                      breach.riskReasoning});
    row.searchExtra << breach.systems.simplified() << breach.apReference;
    return row;
}

void BreachesPage::retireItem(const QString &uuid)
{
    if (m_editor->currentUuid() == uuid && !confirmLeave())
        return;
    Breach breach;
    Status status = context()->breaches().load(uuid, &breach);
    if (status) {
        if (!confirmAction(this, tr("Delete breach"),
                           tr("Delete breach %1 from the register? Do this only for a breach logged by mistake: every "
                              "breach belongs in the register, also those not notified (Art. 33(5)). Its number is "
                              "not given again; the history keeps a record that it existed.")
                               .arg(breach.number),
                           tr("Delete"), true))
            return;
        status = context()->breaches().remove(uuid);
        if (status && m_editor->currentUuid() == uuid)
            m_editor->load(QString());
    }
    if (!status)
        QMessageBox::warning(this, tr("Breaches"), status.message());
}

void BreachesPage::retranslateSection()
{
    setTexts(tr("No breaches logged. When personal data is lost, sent to the wrong person or reached by someone who "
                "should not have it, log it here at once: choose “New breach”. The 72 hours to notify the "
                "Autoriteit Persoonsgegevens run from the moment you are aware of it."),
             tr("&New breach"), tr("&Delete…"));
}

} // namespace Custodian::Ui
