#pragma once

#include <QLabel>
#include <QLineEdit>

class QAction;

namespace Custodian::Ui {

// A line edit for a passphrase: hidden as it is typed, with a show/hide button at its end, and a
// guess whether Caps Lock is on. Qt has no portable way to ask for the Caps Lock state, so it is
// read from the keys typed: a letter whose case disagrees with Shift (upper case without Shift,
// lower case with it) means Caps Lock is on; one that agrees means it is off.
class PassphraseEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit PassphraseEdit(QWidget *parent = nullptr);

    bool isRevealed() const { return echoMode() == QLineEdit::Normal; }
    void setRevealed(bool revealed);
    QAction *revealAction() const { return m_revealAction; }

    bool capsLockOn() const { return m_capsLockOn; }

    // Several edits that show and hide together (a passphrase and its repetition).
    static void revealTogether(PassphraseEdit *first, PassphraseEdit *second);

signals:
    void revealedChanged(bool revealed);
    // After every letter typed: what it says about Caps Lock (several edits share one warning).
    void capsLockSeen(bool on);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateRevealAction();

    QAction *m_revealAction = nullptr;
    bool m_capsLockOn = false;
};

// "Caps Lock is on", shown below passphrase edits while the last key typed in any of them says so.
class CapsLockWarning : public QLabel
{
    Q_OBJECT
public:
    explicit CapsLockWarning(QWidget *parent = nullptr);
    void watch(PassphraseEdit *edit);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
};

} // namespace Custodian::Ui
