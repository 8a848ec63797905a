#include "framework/RecordDetails.h"

#include "framework/FieldRows.h"

#include <QClipboard>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

namespace Custodian::Ui {

RecordDetails::RecordDetails(FieldRows &rows, QFormLayout *form, QObject *parent) : QObject(parent), m_rows(rows)
{
    QWidget *owner = form->parentWidget();
    m_created = new QLabel(owner);
    m_created->setObjectName(QStringLiteral("createdLabel"));
    m_created->setTextInteractionFlags(Qt::TextSelectableByMouse);
    rows.add(form, QStringLiteral("createdAt"), m_created);
    m_updated = new QLabel(owner);
    m_updated->setObjectName(QStringLiteral("updatedLabel"));
    m_updated->setTextInteractionFlags(Qt::TextSelectableByMouse);
    rows.add(form, QStringLiteral("updatedAt"), m_updated);
    auto *cell = new QWidget(owner);
    m_uuid = new QLineEdit(cell);
    m_uuid->setObjectName(QStringLiteral("uuidEdit"));
    m_uuid->setReadOnly(true);
    m_copy = new QPushButton(cell);
    m_copy->setObjectName(QStringLiteral("copyUuidButton"));
    auto *layout = new QHBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_uuid, 1);
    layout->addWidget(m_copy);
    rows.add(form, QStringLiteral("uuid"), cell, m_uuid);
    connect(m_copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_uuid->text()); });
    retranslateUi();
}

void RecordDetails::setRecord(const QString &uuid, const QDateTime &createdAt, const QDateTime &updatedAt)
{
    m_uuidText = uuid;
    m_createdAt = createdAt;
    m_updatedAt = updatedAt;
    retranslateUi();
}

void RecordDetails::retranslateUi()
{
    const auto moment = [this](const QDateTime &value) {
        if (m_uuidText.isEmpty())
            return tr("Not saved yet");
        return value.isValid() ? QLocale().toString(value.toLocalTime(), QLocale::ShortFormat) : QString();
    };
    m_created->setText(moment(m_createdAt));
    m_updated->setText(moment(m_updatedAt));
    m_uuid->setText(m_uuidText);
    m_copy->setEnabled(!m_uuidText.isEmpty());
    m_rows.setLabel(QStringLiteral("createdAt"), tr("Created:"));
    m_rows.setLabel(QStringLiteral("updatedAt"), tr("Last changed:"));
    m_rows.setLabel(QStringLiteral("uuid"), tr("Identifier (UUID):"));
    m_copy->setText(tr("Copy"));
    m_copy->setAccessibleName(tr("Copy the identifier"));
    m_copy->setToolTip(tr("Copy the identifier; processing logs (VNG) refer to it."));
}

} // namespace Custodian::Ui
