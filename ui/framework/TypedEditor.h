#pragma once

#include "Status.h"
#include "framework/EditorFrame.h"
#include "framework/FormBinder.h"
#include "register/EntityService.h"

#include <QLineEdit>

namespace Custodian::Ui {

// An editor of one kind of item T, on a base editor class (EditorFrame or one derived from it):
// load, save and "modified" for every kind, the scalar fields bound through the field table.
// A subclass builds its pages (m_form.add() for scalar fields, its own widgets for lists), and
// moves what the binder does not know in fillExtra() and readExtra().
template<class T, class Base = EditorFrame> class TypedEditor : public Base
{
public:
    explicit TypedEditor(RegisterContext *context, QWidget *parent = nullptr)
        : Base(context, parent), m_form(T::spec(), &this->fields())
    {}

    bool load(const QString &uuid) override
    {
        T item;
        if (!uuid.isEmpty()) {
            const Status status = service().load(uuid, &item);
            if (!status) {
                this->showPlaceholder(status.message());
                return false;
            }
        }
        m_stored = item;
        this->setLoading(true);
        this->refreshChoices();
        m_form.fill(item);
        fillExtra(item);
        this->setLoading(false);
        m_baseline = currentItem();
        this->showLoaded(!uuid.isEmpty());
        return true;
    }

    bool save() override
    {
        if (!this->isShowingItem())
            return true;
        if (!this->readyToSave())
            return false;
        T item = currentItem();
        Domain::Findings findings;
        const Status status = service().save(&item, &findings);
        if (!status) {
            this->saveRefused(status.message(), findings);
            return false;
        }
        m_stored = item;
        m_baseline = currentItem();
        afterSave();
        this->saveDone(item.uuid);
        return true;
    }

    QString currentUuid() const override { return m_stored.uuid; }
    // The name or title as typed.
    QString displayName() const override
    {
        const auto *edit = m_form.template widget<QLineEdit>(T::spec().info().displayKey);
        return edit ? edit->text().trimmed() : QString();
    }

    // The item as the form shows it now (what save() would write).
    T currentItem() const
    {
        T item = m_stored;
        m_form.read(item);
        readExtra(item);
        return item;
    }
    // The item as stored (or the empty new one).
    const T &storedItem() const { return m_stored; }

protected:
    virtual Register::EntityService<T> &service() const = 0;
    // The widgets the binder does not know.
    virtual void fillExtra(const T &) {}
    virtual void readExtra(T &) const {}
    // After a save went through, before saved() (record labels and the like).
    virtual void afterSave() {}

    Domain::EntityKind kind() const override { return T::spec().kind; }
    Domain::Findings formFindings() const override { return currentItem().validate(); }
    bool isFormModified() const override { return currentItem() != m_baseline; }

    FormBinder<T> m_form;
    T m_stored;   // as read from the register (uuid, timestamps, row version)
    T m_baseline; // as the form showed it after loading
};

} // namespace Custodian::Ui
