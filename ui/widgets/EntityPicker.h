#pragma once

#include <QWidget>

#include "widgets/Choice.h"

class QComboBox;
class QGridLayout;
class QPushButton;

namespace Custodian::Ui {

// Picks one related item (a party, a retention rule) from a combo box, with "New …" to create one
// in place and "Go to" to open the chosen one in its own section. The first entry means "none".
// A chosen item that is retired or no longer exists stays chosen and says so.
// Where the row is too narrow for the buttons beside the combo box, they move under it: the picker
// never asks a form for more width than its combo box or its buttons need.
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
    // "Go to" also for the first entry, when it stands for something (our organisation): it then
    // asks to go to an empty uuid.
    void setGoToNone(bool enabled);
    // The picker's name for screen readers.
    void setFieldName(const QString &name);

    QComboBox *comboBox() const { return m_comboBox; }
    QPushButton *newButton() const { return m_newButton; }
    QPushButton *goToButton() const { return m_goToButton; }

    QSize minimumSizeHint() const override;

signals:
    void currentUuidChanged(const QString &uuid);
    void newRequested();
    void goToRequested(const QString &uuid);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // The buttons beside the combo box when wide is true, else under it.
    void arrange(bool wide);
    int wideWidth() const;
    void rebuild(const QString &current);
    void updateButtons();

    Choices m_choices;
    QString m_noneText;
    QComboBox *m_comboBox = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_goToButton = nullptr;
    QGridLayout *m_layout = nullptr;
    bool m_wide = true;
    bool m_updating = false;
    bool m_goToNone = false;
};

} // namespace Custodian::Ui
