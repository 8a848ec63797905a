#pragma once

#include <QWidget>

namespace Custodian::Ui {

class RegisterContext;

// The right-hand side of a section: one item's fields. Subclasses validate inline, save through
// their service and report unsaved changes; SectionPage guards them on switching and closing.
class EntityEditor : public QWidget
{
    Q_OBJECT
public:
    explicit EntityEditor(RegisterContext *context, QWidget *parent = nullptr);

    // Shows an item; an empty uuid starts a new, unsaved one. False when it cannot be read.
    virtual bool load(const QString &uuid) = 0;
    // Validates and saves; shows what is wrong next to the fields and returns false when refused.
    virtual bool save() = 0;
    // Drops unsaved edits (reloads the item as stored).
    virtual void revert() { load(currentUuid()); }
    // Empty while a new item is not saved yet.
    virtual QString currentUuid() const = 0;
    // The item's name for the window title and dialogs ("" for a new one).
    virtual QString displayName() const = 0;
    // Brings a field (a domain member name, as in Finding::field) into view and focuses it.
    virtual void focusField(const QString &field) = 0;

    bool isModified() const { return m_modified; }
    RegisterContext *context() const { return m_context; }

signals:
    void modifiedChanged(bool modified);
    void saved(const QString &uuid);

protected:
    void setModified(bool modified);

private:
    RegisterContext *m_context = nullptr;
    bool m_modified = false;
};

} // namespace Custodian::Ui
