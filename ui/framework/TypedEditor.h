#pragma once

#include "Status.h"
#include "framework/EditorFrame.h"
#include "framework/FormBinder.h"
#include "framework/RecordDetails.h"
#include "register/EntityService.h"
#include "widgets/LinkChecklist.h"
#include "widgets/RegisterChoices.h"

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
        if (m_record)
            m_record->setRecord(item.uuid, item.createdAt, item.updatedAt);
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
        if (m_record)
            m_record->setRecord(item.uuid, item.createdAt, item.updatedAt);
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

    // "New measure…" of the item's list of measures (setMeasuresList): creates the measure and ticks it.
    Status addNewMeasure(const QString &title, const QString &kind = QStringLiteral("technical"))
    {
        QString uuid;
        const Status status = RegisterChoices::createMeasure(this->context(), title, kind, &uuid);
        if (!status || !m_measuresList)
            return status;
        m_measuresList->setChoices(RegisterChoices::measures(this->context()));
        m_measuresList->setChecked(uuid, true);
        return status;
    }

protected:
    virtual Register::EntityService<T> &service() const = 0;
    // The widgets the binder does not know.
    virtual void fillExtra(const T &) {}
    virtual void readExtra(T &) const {}
    // After a save went through, before saved() (what the register computed on saving).
    virtual void afterSave() {}

    // The rows that end a form: when the item was created and last changed, and its identifier;
    // filled on every load and save.
    void addRecordDetails(QFormLayout *form) { m_record = new RecordDetails(this->fields(), form, this); }

    // The heading: the item's name or title; without one, what the item is ("New agreement",
    // "Agreement without a title").
    QString nameOr(const QString &newItem, const QString &unnamed) const
    {
        const QString name = this->displayName();
        if (!name.isEmpty())
            return name;
        return m_stored.uuid.isEmpty() ? newItem : unnamed;
    }

    // "Go to" of a picker, a checklist or a table opens the chosen item in its own section.
    template<class W> void linkGoTo(W *widget, const char *entity)
    {
        QObject::connect(widget, &W::goToRequested, this,
                         [this, entity](const QString &uuid) { this->goTo(QString::fromLatin1(entity), uuid); });
    }

    // "New …" beside a field: asks for the new item's name in a small dialog, then creates it and
    // links it in place; create(name) returns why it could not. title and label are QT_TR_NOOP
    // texts of the editor's class, translated when asked.
    template<class W, class Signal, class Create>
    void linkNew(W *widget, Signal signal, const char *title, const char *label, Create create)
    {
        QObject::connect(widget, signal, this, [this, title, label, create] {
            const char *context = this->metaObject()->className();
            QString name;
            if (RegisterChoices::askName(this, QCoreApplication::translate(context, title),
                                         QCoreApplication::translate(context, label), &name))
                this->showCreateFailure(create(name));
        });
    }

    // The list of the measures the item links to: "New measure…" asks for one and ticks it, "Go to"
    // opens the measure.
    void setMeasuresList(LinkChecklist *list)
    {
        m_measuresList = list;
        QObject::connect(list, &LinkChecklist::newRequested, this, [this] {
            QString title;
            QString kind;
            if (RegisterChoices::askMeasure(this, &title, &kind))
                this->showCreateFailure(addNewMeasure(title, kind));
        });
        linkGoTo(list, "security_measure");
    }
    // The texts of the measures list in the current language (from retranslateUi()).
    void retranslateMeasuresList()
    {
        if (!m_measuresList)
            return;
        m_measuresList->setListName(m_form.label("measureUuids"));
        m_measuresList->setNewText(QCoreApplication::translate("Custodian::Ui::TypedEditor", "New measure…"));
        m_measuresList->setGoToText(QCoreApplication::translate("Custodian::Ui::TypedEditor", "Go to measure"));
        m_measuresList->setEmptyText(QCoreApplication::translate(
            "Custodian::Ui::TypedEditor", "No measures in the register yet: add one with “New measure…”."));
    }

    Domain::EntityKind kind() const override { return T::spec().kind; }
    Domain::Findings formFindings() const override { return currentItem().validate(); }
    bool isFormModified() const override { return currentItem() != m_baseline; }

    FormBinder<T> m_form;
    T m_stored;   // as read from the register (uuid, timestamps, row version)
    T m_baseline; // as the form showed it after loading
    RecordDetails *m_record = nullptr;
    LinkChecklist *m_measuresList = nullptr;
};

} // namespace Custodian::Ui
