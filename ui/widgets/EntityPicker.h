#pragma once

#include <QWidget>

#include "widgets/Choice.h"

class QComboBox;
class QPushButton;

namespace Custodian::Ui {

// Picks one related item (a party, a retention rule) from a combo box, with "New …" to create one
// in place and "Go to" to open the chosen one in its own section. The first entry means "none".
// A chosen item that is retired or no longer exists stays chosen and says so.
class EntityPicker : public QWidget
{
    Q_OBJECT
public:
    explicit EntityPicker(QWidget *parent = nullptr);

    // Replaces the offered items, keeping the current choice.
    void setChoices(const Choices &choices);
    QString currentUuid() const;
    void setCurrentUuid(const QString &uuid);

    // The first entry ("Not a party in the register", "No rule yet").
    void setNoneText(const QString &text);
    // Empty hides the button.
    void setNewText(const QString &text);
    void setGoToText(const QString &text);
    // The picker's name for screen readers.
    void setFieldName(const QString &name);

    QComboBox *comboBox() const { return m_comboBox; }
    QPushButton *newButton() const { return m_newButton; }
    QPushButton *goToButton() const { return m_goToButton; }

signals:
    void currentUuidChanged(const QString &uuid);
    void newRequested();
    void goToRequested(const QString &uuid);

private:
    void rebuild(const QString &current);
    void updateButtons();

    Choices m_choices;
    QString m_noneText;
    QComboBox *m_comboBox = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_goToButton = nullptr;
    bool m_updating = false;
};

} // namespace Custodian::Ui
