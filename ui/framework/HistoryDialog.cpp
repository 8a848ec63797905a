#include "framework/HistoryDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Custodian::Ui {

namespace {

QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("—");
    case QJsonValue::String:
        return value.toString().isEmpty() ? QStringLiteral("—") : value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? HistoryDialog::tr("yes") : HistoryDialog::tr("no");
    case QJsonValue::Double:
        return QLocale().toString(value.toDouble());
    case QJsonValue::Array: {
        // Short codes read as a list ("b, f"); links (uuids) and nested rows as a count.
        const QJsonArray array = value.toArray();
        if (array.isEmpty())
            return QStringLiteral("—");
        static const QRegularExpression uuid(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-"));
        QStringList texts;
        for (const QJsonValue &element : array) {
            if (!element.isString() || element.toString().size() > 60 || uuid.match(element.toString()).hasMatch())
                return HistoryDialog::tr("%n entry(ies)", nullptr, int(array.size()));
            texts << element.toString();
        }
        return texts.join(QStringLiteral(", "));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return QString();
}

} // namespace

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
    }
    return QString();
}

QString HistoryDialog::describeChanges(const QJsonObject &changes)
{
    QStringList lines;
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        const QJsonObject change = it.value().toObject();
        if (change.value(QStringLiteral("erased")).toBool()) {
            lines << tr("%1: erased (personal data of a data subject)").arg(it.key());
            continue;
        }
        if (change.value(QStringLiteral("unreadable")).toBool()) {
            lines << tr("%1: cannot be read (changed outside Custodian)").arg(it.key());
            continue;
        }
        lines << tr("%1: %2 → %3")
                     .arg(it.key(), valueText(change.value(QStringLiteral("old"))),
                          valueText(change.value(QStringLiteral("new"))));
    }
    return lines.join(QLatin1Char('\n'));
}

HistoryDialog::HistoryDialog(const QString &itemName, const QList<Register::AuditLog::Entry> &entries, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("History of “%1”").arg(itemName));
    m_introLabel = new QLabel(this);
    m_introLabel->setWordWrap(true);
    m_introLabel->setText(entries.isEmpty()
                              ? tr("No changes have been recorded for this item yet.")
                              : tr("Every change to this item, newest first, as recorded in the register's audit "
                                   "trail in the same transaction as the change itself."));
    m_table = new QTableWidget(int(entries.size()), 4, this);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Changes")});
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    const QLocale locale;
    for (int i = 0; i < entries.size(); ++i) {
        const Register::AuditLog::Entry &entry = entries.at(entries.size() - 1 - i); // newest first
        m_table->setItem(i, 0, new QTableWidgetItem(locale.toString(entry.at.toLocalTime(), QLocale::ShortFormat)));
        m_table->setItem(i, 1, new QTableWidgetItem(entry.actor));
        m_table->setItem(i, 2, new QTableWidgetItem(actionText(entry.action)));
        m_table->setItem(i, 3, new QTableWidgetItem(describeChanges(entry.changes)));
    }
    m_table->resizeColumnsToContents();
    m_table->resizeRowsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(900, 500);
}

} // namespace Custodian::Ui
