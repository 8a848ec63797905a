#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Custodian::Ui {

// What the window shows while its register is locked: which register it is, a passphrase field
// and Unlock, and nothing of the register's content. The register file is closed meanwhile
// (DECISIONS.md: locking); the window keeps its sections, selection and unsaved edits behind this
// screen. The demo register's screen says its passphrase, which protects nothing.
class LockScreen : public QWidget
{
    Q_OBJECT
public:
    explicit LockScreen(QWidget *parent = nullptr);

    // The register's file name, why it was locked ("after 10 minutes without use"), and for the
    // demo its passphrase (empty: not the demo).
    void setRegister(const QString &fileName, const QString &reason, const QString &demoPassphrase);
    // A failed unlock: the reason, the passphrase selected for another try.
    void setMessage(const QString &message);
    QString message() const;
    void setUnsavedChanges(bool unsaved);
    void focusPassphrase();

    QLineEdit *passphraseEdit() const { return m_passphraseEdit; }

signals:
    void unlockRequested(const QString &passphrase);
    void closeRequested();

private:
    void retranslateUi();
    void submit();

    QString m_fileName;
    QString m_reason;
    QString m_demoPassphrase;
    bool m_unsaved = false;
    QLabel *m_iconLabel = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QLineEdit *m_passphraseEdit = nullptr;
    QLabel *m_demoLabel = nullptr;
    QLabel *m_unsavedLabel = nullptr;
    QLabel *m_messageLabel = nullptr;
    QPushButton *m_unlockButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace Custodian::Ui
