#include "sections/agreements/AttachmentPanel.h"

#include "framework/Confirm.h"
#include "framework/EditorPages.h"
#include "framework/LanguageChange.h"
#include "framework/RegisterContext.h"
#include "register/Services.h"

#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QMimeDatabase>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Custodian::Ui {

using Domain::AttachmentInfo;

namespace {

constexpr int uuidRole = Qt::UserRole + 1;

enum Column
{
    NameColumn,
    SizeColumn,
    AddedColumn,
    DescriptionColumn,
    ColumnCount
};

} // namespace

AttachmentPanel::AttachmentPanel(RegisterContext *context, QWidget *parent) : QWidget(parent), m_context(context)
{
    m_hintLabel = new QLabel(this);
    m_hintLabel->setObjectName(QStringLiteral("attachmentsHintLabel"));
    m_hintLabel->setWordWrap(true);
    makeMuted(m_hintLabel);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("attachmentsTable"));
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->setMinimumHeight(m_table->fontMetrics().height() * 6);
    QHeaderView *header = m_table->horizontalHeader();
    // The name and the description share what the size and the date leave: the table never scrolls
    // sideways; cut texts end in "…" and their tooltips have all of them.
    header->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(SizeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AddedColumn, QHeaderView::ResizeToContents);

    m_addButton = new QPushButton(this);
    m_addButton->setObjectName(QStringLiteral("addAttachmentButton"));
    m_saveButton = new QPushButton(this);
    m_saveButton->setObjectName(QStringLiteral("saveAttachmentButton"));
    m_removeButton = new QPushButton(this);
    m_removeButton->setObjectName(QStringLiteral("removeAttachmentButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_hintLabel);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AttachmentPanel::updateButtons);
    connect(m_table, &QTableWidget::itemActivated, this, &AttachmentPanel::saveInteractive);
    connect(m_addButton, &QPushButton::clicked, this, &AttachmentPanel::addInteractive);
    connect(m_saveButton, &QPushButton::clicked, this, &AttachmentPanel::saveInteractive);
    connect(m_removeButton, &QPushButton::clicked, this, &AttachmentPanel::removeInteractive);
    LanguageChange::follow(this, [this] { retranslateUi(); });
}

void AttachmentPanel::setAgreement(const QString &uuid, const QString &title, const QList<AttachmentInfo> &attachments)
{
    m_uuid = uuid;
    m_title = title;
    m_attachments = attachments;
    fill();
}

void AttachmentPanel::fill()
{
    const QLocale locale;
    m_table->setRowCount(0);
    m_table->setRowCount(int(m_attachments.size()));
    for (int row = 0; row < m_attachments.size(); ++row) {
        const AttachmentInfo &attachment = m_attachments.at(row);
        auto *name = new QTableWidgetItem(attachment.fileName);
        name->setData(uuidRole, attachment.uuid);
        name->setToolTip(attachment.fileName + u'\n' + tr("SHA-256: %1").arg(attachment.sha256));
        m_table->setItem(row, NameColumn, name);
        m_table->setItem(row, SizeColumn, new QTableWidgetItem(locale.formattedDataSize(attachment.size)));
        const QDateTime added = attachment.addedAt.toLocalTime();
        m_table->setItem(row, AddedColumn,
                         new QTableWidgetItem(tr("%1 %2").arg(locale.toString(added.date(), QLocale::ShortFormat),
                                                              locale.toString(added.time(), QLocale::ShortFormat))));
        auto *description = new QTableWidgetItem(attachment.description);
        description->setToolTip(attachment.description);
        m_table->setItem(row, DescriptionColumn, description);
    }
    const bool saved = !m_uuid.isEmpty();
    m_addButton->setEnabled(saved);
    updateButtons();
    m_hintLabel->setText(
        saved ? tr("The signed agreement and its annexes, kept encrypted inside the register (up to %1 each).")
                    .arg(locale.formattedDataSize(maxAttachmentSize, 0))
              : tr("Save the agreement first; then you can add the signed document here."));
}

void AttachmentPanel::reload()
{
    Domain::Agreement stored;
    if (m_context->reportIfFailed(m_context->agreements().load(m_uuid, &stored)))
        m_attachments = stored.attachments;
    fill();
    emit attachmentsChanged(m_attachments);
}

QString AttachmentPanel::selectedUuid() const
{
    const int row = m_table->currentRow();
    const QTableWidgetItem *item = row >= 0 ? m_table->item(row, NameColumn) : nullptr;
    return item && m_table->selectionModel()->isRowSelected(row) ? item->data(uuidRole).toString() : QString();
}

void AttachmentPanel::updateButtons()
{
    const bool selected = !selectedUuid().isEmpty();
    m_saveButton->setEnabled(selected);
    m_removeButton->setEnabled(selected);
}

Status AttachmentPanel::addFile(const QString &path, const QString &description)
{
    if (m_uuid.isEmpty())
        return Status::error(Status::Code::InvalidInput,
                             tr("Save the agreement first; then you can add documents to it."));
    const QLocale locale;
    const QFileInfo info(path);
    if (info.size() > maxAttachmentSize)
        return Status::error(Status::Code::InvalidInput,
                             tr("“%1” is %2; documents up to %3 can be kept in the register. Save a smaller copy "
                                "(for example a PDF without scanned images), or keep the file elsewhere and say "
                                "where in the audit evidence.")
                                 .arg(info.fileName(), locale.formattedDataSize(info.size()),
                                      locale.formattedDataSize(maxAttachmentSize, 0)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::error(Status::Code::IoError,
                             tr("“%1” could not be read: %2").arg(info.fileName(), file.errorString()),
                             file.errorString());
    const QByteArray content = file.read(maxAttachmentSize + 1);
    if (content.size() > maxAttachmentSize)
        return Status::error(Status::Code::InvalidInput,
                             tr("“%1” is larger than %2: documents up to that size can be kept in the register.")
                                 .arg(info.fileName(), locale.formattedDataSize(maxAttachmentSize, 0)));
    const QString mimeType = QMimeDatabase().mimeTypeForFileNameAndData(info.fileName(), content).name();
    AttachmentInfo added;
    const Status status =
        m_context->agreements().addAttachment(m_uuid, info.fileName(), mimeType, content, description, &added);
    if (!status)
        return status;
    reload();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, NameColumn)->data(uuidRole).toString() == added.uuid)
            m_table->selectRow(row);
    }
    return status;
}

Status AttachmentPanel::saveTo(const QString &attachmentUuid, const QString &path)
{
    QByteArray content;
    const Status status = m_context->agreements().attachmentContent(attachmentUuid, &content);
    if (!status)
        return status;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size()) {
        const QString error = file.errorString();
        file.close();
        return Status::error(Status::Code::IoError,
                             tr("The document could not be written to “%1”: %2").arg(QFileInfo(path).fileName(), error),
                             error);
    }
    file.close();
    return Status::ok();
}

Status AttachmentPanel::remove(const QString &attachmentUuid)
{
    const Status status = m_context->agreements().removeAttachment(attachmentUuid);
    if (status)
        reload();
    return status;
}

void AttachmentPanel::addInteractive()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Add a document to “%1”").arg(m_title));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).size() > maxAttachmentSize) {
        showFailure(addFile(path, QString()));
        return;
    }
    bool ok = false;
    const QString description = QInputDialog::getText(this, tr("Add a document"),
                                                      tr("Description (for example \"signed agreement, version 2\"):"),
                                                      QLineEdit::Normal, QString(), &ok);
    if (ok)
        showFailure(addFile(path, description.trimmed()));
}

void AttachmentPanel::saveInteractive()
{
    const QString uuid = selectedUuid();
    if (uuid.isEmpty())
        return;
    const QString fileName = m_table->item(m_table->currentRow(), NameColumn)->text();
    const QString path = QFileDialog::getSaveFileName(this, tr("Save document as"), fileName);
    if (!path.isEmpty())
        showFailure(saveTo(uuid, path));
}

void AttachmentPanel::removeInteractive()
{
    const QString uuid = selectedUuid();
    if (uuid.isEmpty())
        return;
    const QString fileName = m_table->item(m_table->currentRow(), NameColumn)->text();
    if (!confirmAction(this, tr("Remove document"),
                       tr("Remove “%1” from the register? The document itself is deleted from the register file; "
                          "the history keeps a record that it was there.")
                           .arg(fileName),
                       tr("Remove document"), true))
        return;
    showFailure(remove(uuid));
}

void AttachmentPanel::showFailure(const Status &status)
{
    if (!status)
        QMessageBox::warning(this, tr("Documents"), status.message());
}

void AttachmentPanel::retranslateUi()
{
    m_table->setHorizontalHeaderLabels({tr("File"), tr("Size"), tr("Added"), tr("Description")});
    m_table->setAccessibleName(tr("Documents"));
    m_addButton->setText(tr("Add…"));
    m_addButton->setAccessibleName(tr("Add a document"));
    m_saveButton->setText(tr("Save as…"));
    m_saveButton->setAccessibleName(tr("Save the document as a file"));
    m_removeButton->setText(tr("Remove"));
    m_removeButton->setAccessibleName(tr("Remove the document"));
    fill();
}

} // namespace Custodian::Ui
