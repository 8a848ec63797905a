#pragma once

#include <QWidget>

class QPushButton;

namespace Custodian::Ui {

// Add and Remove beside or under a list or table. Remove starts disabled: the owner enables it
// while a row is selected. The owner names the buttons (setTexts), so that they say what they add.
class AddRemoveButtons : public QWidget
{
    Q_OBJECT
public:
    explicit AddRemoveButtons(QWidget *parent = nullptr);

    QPushButton *addButton() const { return m_addButton; }
    QPushButton *removeButton() const { return m_removeButton; }
    void setTexts(const QString &add, const QString &remove);
    void setRemoveEnabled(bool enabled);

signals:
    void addClicked();
    void removeClicked();

private:
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
};

} // namespace Custodian::Ui
