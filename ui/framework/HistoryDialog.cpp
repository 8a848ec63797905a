#include "framework/HistoryDialog.h"

#include "framework/RegisterContext.h"
#include "widgets/DateField.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Custodian::Ui {

QString HistoryDialog::actionText(Register::AuditLog::Action action)
{
    switch (action) {
    case Register::AuditLog::Action::Create:
        return tr("Created");
    case Register::AuditLog::Action::Update:
        return tr("Changed");
    case Register::AuditLog::Action::Delete:
        return tr("Deleted");
    case Register::AuditLog::Action::Retire:
        return tr("Retired");
    case Register::AuditLog::Action::Erase:
        return tr("Personal data erased");
    case Register::AuditLog::Action::Restore:
        return tr("Restored from a backup");
    }
    return QString();
}

void HistoryDialog::showFor(QWidget *parent, RegisterContext *context, Domain::EntityKind kind, const QString &uuid,
                            const QString &itemName)
{
    QList<Register::AuditLog::Entry> entries;
    const Status status = context->history(Domain::EntityKinds::code(kind), uuid, &entries);
    if (!status) {
        QMessageBox::warning(parent, tr("History"), status.message());
        return;
    }
    HistoryDialog dialog(
        itemName, kind, entries,
        [context](Domain::EntityKind target, const QString &item) { return context->nameOf(target, item); }, parent);
    dialog.exec();
}

HistoryDialog::HistoryDialog(const QString &itemName, Domain::EntityKind kind,
                             const QList<Register::AuditLog::Entry> &entries, Register::HistoryText::NameOf nameOf,
                             QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("History of “%1”").arg(itemName));
    for (auto it = entries.crbegin(); it != entries.crend(); ++it)
        m_entries.append(*it);

    m_introLabel = new QLabel(this);
    m_introLabel->setWordWrap(true);
    m_introLabel->setText(entries.isEmpty()
                              ? tr("No changes have been recorded for this item yet.")
                              : tr("Every change to this item, newest first, as recorded in the register's audit "
                                   "trail in the same transaction as the change itself."));

    // The period of an audit: from the first change to today unless narrowed.
    const QDate today = QDate::currentDate();
    const QDate first = entries.isEmpty() ? today : entries.constFirst().at.toLocalTime().date();
    auto makeDateEdit = [this](const char *name, QDate date) {
        auto *edit = new QDateEdit(date, this);
        edit->setObjectName(QLatin1String(name));
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(fourDigitYearFormat());
        connect(edit, &QDateEdit::dateChanged, this, &HistoryDialog::applyPeriod);
        return edit;
    };
    m_fromEdit = makeDateEdit("historyFrom", qMin(first, today));
    m_toEdit =
        makeDateEdit("historyTo", qMax(today, entries.isEmpty() ? today : entries.constLast().at.toLocalTime().date()));
    auto *fromLabel = new QLabel(tr("&From"), this);
    fromLabel->setBuddy(m_fromEdit);
    auto *toLabel = new QLabel(tr("&To"), this);
    toLabel->setBuddy(m_toEdit);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("historyCount"));
    auto *period = new QHBoxLayout;
    period->addWidget(fromLabel);
    period->addWidget(m_fromEdit);
    period->addWidget(toLabel);
    period->addWidget(m_toEdit);
    period->addStretch(1);
    period->addWidget(m_countLabel);

    m_table = new QTableWidget(int(m_entries.size()), 4, this);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Changes")});
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    // Every row as tall as its changes at the width they get: nothing of a record is cut.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    const QLocale locale;
    const Register::HistoryText text(std::move(nameOf));
    for (int i = 0; i < m_entries.size(); ++i) {
        const Register::AuditLog::Entry &entry = m_entries.at(i);
        m_table->setItem(i, 0, new QTableWidgetItem(locale.toString(entry.at.toLocalTime(), QLocale::ShortFormat)));
        m_table->setItem(i, 1, new QTableWidgetItem(entry.actor));
        m_table->setItem(i, 2, new QTableWidgetItem(actionText(entry.action)));
        // A deletion lists every field the item had: what was removed, for the record.
        m_table->setItem(i, 3, new QTableWidgetItem(text.describe(kind, entry.changes).join(QLatin1Char('\n'))));
    }
    m_table->resizeColumnsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addLayout(period);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(900, 500);
    applyPeriod();
}

void HistoryDialog::setPeriod(QDate from, QDate to)
{
    m_fromEdit->setDate(from);
    m_toEdit->setDate(to);
    applyPeriod();
}

int HistoryDialog::shownCount() const
{
    int shown = 0;
    for (int row = 0; row < m_table->rowCount(); ++row)
        shown += m_table->isRowHidden(row) ? 0 : 1;
    return shown;
}

void HistoryDialog::applyPeriod()
{
    const QDate from = m_fromEdit->date();
    const QDate to = m_toEdit->date();
    for (int row = 0; row < m_entries.size(); ++row) {
        const QDate day = m_entries.at(row).at.toLocalTime().date();
        m_table->setRowHidden(row, day < from || day > to);
    }
    const int total = int(m_entries.size());
    const int shown = shownCount();
    m_countLabel->setText(shown == total ? tr("%n change(s)", nullptr, total)
                                         : tr("%1 of %n change(s) in this period", nullptr, total).arg(shown));
}

} // namespace Custodian::Ui
