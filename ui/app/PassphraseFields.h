#pragma once

#include <QWidget>

#include "security/PassphraseStrength.h"

class QCheckBox;
class QFormLayout;
class QLabel;

namespace Custodian::Ui {

class CapsLockWarning;
class PassphraseEdit;

// How strong the passphrase is, in five segments coloured red, amber or green. The colours are
// mid-tones that read on light and dark backgrounds; the empty segments take the palette's.
class StrengthMeter : public QWidget
{
    Q_OBJECT
public:
    explicit StrengthMeter(QWidget *parent = nullptr);

    static constexpr int segmentCount = 5;
    // 0 (nothing typed) to segmentCount.
    void setLevel(int segments, const QColor &color);
    int segments() const { return m_segments; }
    QColor color() const { return m_color; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int m_segments = 0;
    QColor m_color;
};

// A new passphrase typed twice, with a strength meter and a hint as it is typed, a show/hide
// button, a Caps Lock warning, and an explicit "use it anyway" for a very weak choice.
class PassphraseFields : public QWidget
{
    Q_OBJECT
public:
    enum class Labels
    {
        Passphrase,   // "Passphrase" / "Repeat passphrase": a new register
        NewPassphrase // "New passphrase" / "Repeat new passphrase": a change
    };
    explicit PassphraseFields(Labels labels = Labels::Passphrase, QWidget *parent = nullptr);

    QString passphrase() const;
    // Empty when acceptable; otherwise one sentence saying what to fix.
    QString problem() const;
    // Whether the hint under the passphrase states that problem already (too short, the two differ):
    // a dialog then does not say it a second time.
    bool showsProblem() const;
    void clear();
    // The organisation's name, the file name: words that make a passphrase easy to guess here.
    void setContextWords(const QStringList &texts);

    Security::PassphraseStrength::Assessment assessment() const { return m_assessment; }
    static QColor levelColor(Security::PassphraseStrength::Level level);

    PassphraseEdit *firstEdit() const { return m_passphraseEdit; }
    PassphraseEdit *repeatEdit() const { return m_repeatEdit; }
    CapsLockWarning *capsLockWarning() const { return m_capsLockWarning; }
    // The form the fields are rows of: a dialog puts its own rows above them, so that all labels
    // line up in one column.
    QFormLayout *form() const { return m_form; }

signals:
    void changed();

private:
    void retranslateUi();
    void assess();
    void updateHint();

    Labels m_labels;
    Security::PassphraseStrength m_strength;
    QFormLayout *m_form = nullptr;
    Security::PassphraseStrength::Assessment m_assessment;
    QLabel *m_passphraseLabel = nullptr;
    QLabel *m_repeatLabel = nullptr;
    PassphraseEdit *m_passphraseEdit = nullptr;
    PassphraseEdit *m_repeatEdit = nullptr;
    StrengthMeter *m_meter = nullptr;
    QLabel *m_hintLabel = nullptr;
    CapsLockWarning *m_capsLockWarning = nullptr;
    QCheckBox *m_weakConfirmCheckBox = nullptr;
};

// "Remember the passphrase on this computer", with the note shown instead when the computer has
// no keychain (the box is then off and disabled).
class RememberPassphrase : public QWidget
{
    Q_OBJECT
public:
    explicit RememberPassphrase(QWidget *parent = nullptr);

    bool isChecked() const;
    // Ticks the box only while the keychain is available.
    void setChecked(bool checked);
    void setKeychainAvailable(bool available);
    QCheckBox *checkBox() const { return m_checkBox; }

private:
    void retranslateUi();

    QCheckBox *m_checkBox = nullptr;
    QLabel *m_noteLabel = nullptr;
};

} // namespace Custodian::Ui
