#pragma once

#include <QWidget>

#include "Status.h"
#include "domain/Agreement.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace Custodian::Ui {

class RegisterContext;

// The documents of a saved agreement (the signed copy, annexes), kept encrypted inside the
// register: a table with name, size, date added and description, and Add, Save as and Remove.
// Each change is saved at once through the agreement service (and audited there), apart from the
// agreement's other, unsaved edits.
class AttachmentPanel : public QWidget
{
    Q_OBJECT
public:
    // Larger documents are refused: keep the register small enough to back up and open quickly.
    static constexpr qint64 maxAttachmentSize = qint64(50) * 1024 * 1024;

    explicit AttachmentPanel(RegisterContext *context, QWidget *parent = nullptr);

    // The agreement the documents belong to (no uuid: not saved yet, nothing can be added).
    void setAgreement(const QString &uuid, const QString &title, const QList<Domain::AttachmentInfo> &attachments);

    // Without dialogs (the buttons ask first, then call these).
    Status addFile(const QString &path, const QString &description);
    Status saveTo(const QString &attachmentUuid, const QString &path);
    Status remove(const QString &attachmentUuid);

    QTableWidget *table() const { return m_table; }

signals:
    // The documents as stored after an addition or removal.
    void attachmentsChanged(const QList<Domain::AttachmentInfo> &attachments);

private:
    void fill();
    void reload();
    QString selectedUuid() const;
    void updateButtons();
    void addInteractive();
    void saveInteractive();
    void removeInteractive();
    void showFailure(const Status &status);
    void retranslateUi();

    RegisterContext *m_context = nullptr;
    QString m_uuid;
    QString m_title;
    QList<Domain::AttachmentInfo> m_attachments;
    QLabel *m_hintLabel = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_removeButton = nullptr;
};

} // namespace Custodian::Ui
