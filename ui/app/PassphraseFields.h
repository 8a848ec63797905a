#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;

namespace Custodian::Ui {

// A new passphrase typed twice, with a strength hint as it is typed.
class PassphraseFields : public QWidget
{
    Q_OBJECT
public:
    explicit PassphraseFields(QWidget *parent = nullptr);

    QString passphrase() const;
    // Empty when acceptable; otherwise one sentence saying what to fix.
    QString problem() const;
    void clear();

    QLineEdit *firstEdit() const { return m_passphraseEdit; }

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateHint();

    QLabel *m_passphraseLabel = nullptr;
    QLabel *m_repeatLabel = nullptr;
    QLineEdit *m_passphraseEdit = nullptr;
    QLineEdit *m_repeatEdit = nullptr;
    QProgressBar *m_strengthBar = nullptr;
    QLabel *m_hintLabel = nullptr;
};

} // namespace Custodian::Ui
