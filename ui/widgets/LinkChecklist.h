#pragma once

#include <QWidget>

#include "widgets/Choice.h"

class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace Custodian::Ui {

// Links to several related items (security measures, agreements) as a list of check boxes, with
// "New …" to create one in place and "Go to" to open the current one in its own section.
// Retired items are offered only while linked; links to items that no longer exist stay visible
// (as "Unknown item") until unticked, so nothing is dropped silently.
class LinkChecklist : public QWidget
{
    Q_OBJECT
public:
    explicit LinkChecklist(QWidget *parent = nullptr);

    // Replaces the offered items, keeping what is ticked.
    void setChoices(const Choices &choices);
    // In the order of the list.
    QStringList checkedUuids() const;
    void setCheckedUuids(const QStringList &uuids);
    void setChecked(const QString &uuid, bool checked);

    // Empty hides the button.
    void setNewText(const QString &text);
    void setGoToText(const QString &text);
    // The name of the list for screen readers.
    void setListName(const QString &name);
    // Shown instead of an empty list ("No measures in the register yet.").
    void setEmptyText(const QString &text);

    QListWidget *listWidget() const { return m_listWidget; }
    QPushButton *newButton() const { return m_newButton; }
    QPushButton *goToButton() const { return m_goToButton; }

signals:
    void checkedUuidsChanged();
    void newRequested();
    void goToRequested(const QString &uuid);

private:
    void rebuild(const QStringList &checked);
    void updateButtons();
    QString currentUuid() const;

    Choices m_choices;
    QListWidget *m_listWidget = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_goToButton = nullptr;
    QString m_emptyText;
    bool m_updating = false;
};

} // namespace Custodian::Ui
