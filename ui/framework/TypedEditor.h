#pragma once

#include "Status.h"
#include "framework/EditorFrame.h"
#include "framework/FieldRowList.h"
#include "framework/FormBinder.h"
#include "framework/RecordDetails.h"
#include "register/EntityService.h"
#include "widgets/CodeChecklist.h"
#include "widgets/ExtraFieldsPanel.h"
#include "widgets/LinkChecklist.h"
#include "widgets/RegisterChoices.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QTableWidget>

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
        } else {
            prepareNew(item);
        }
        m_stored = item;
        this->setLoading(true);
        this->refreshChoices();
        m_form.fill(item);
        fillLists(item);
        fillExtraFields(item);
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
        readLists(item);
        if constexpr (HasExtraFields) {
            if (m_extraFields)
                item.extraFields = m_extraFields->fields();
        }
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
    // A new item's defaults that depend on the register (before it is shown and compared).
    virtual void prepareNew(T &) const {}
    virtual void fillExtra(const T &) {}
    virtual void readExtra(T &) const {}
    // After a save went through, before saved() (what the register computed on saving).
    virtual void afterSave() {}
    // Shows the item as stored again, without marking it edited: for a service that computes
    // fields on save (a case's deadlines and number, a breach's clock).
    void refillFromStored()
    {
        this->setLoading(true);
        m_form.fill(m_stored);
        fillLists(m_stored);
        fillExtraFields(m_stored);
        this->setLoading(false);
        m_baseline = currentItem();
        this->updateDependentFields();
    }

    // A child list of the field table over the whole width of the form, filled and read with the
    // item: records (ChildKind::Rows) as a FieldRowList, codes as a CodeChecklist, links to items
    // as a LinkChecklist (its choices are the editor's to set, in refreshChoices()).
    FieldRowList *addRowList(QFormLayout *form, const char *key)
    {
        const Domain::Child<T> *child = childOf(key);
        Q_ASSERT_X(child && child->rowOps(), "TypedEditor::addRowList", key);
        auto *list = new FieldRowList(child->rowOps()->fields(), form->parentWidget());
        T withOneRow;
        child->rowOps()->setJson(withOneRow, QJsonArray{QJsonObject()});
        list->setEmptyRow(child->rowOps()->json(withOneRow).toArray().first().toObject());
        list->setObjectName(QLatin1String(key) + QStringLiteral("List"));
        this->addSpanning(form, QString::fromLatin1(child->key), list, list->table());
        QObject::connect(list, &RowListEditor::changed, this, [this] { this->onEdited(); });
        QObject::connect(list, &FieldRowList::goToItemRequested, this,
                         [this](const QString &entity, const QString &uuid) { this->goTo(entity, uuid); });
        m_lists.append({child, list});
        return list;
    }
    CodeChecklist *addCodeList(QFormLayout *form, const char *key)
    {
        const Domain::Child<T> *child = childOf(key);
        Q_ASSERT_X(child && child->codes, "TypedEditor::addCodeList", key);
        auto *list = new CodeChecklist(*child->codes, form->parentWidget());
        list->setObjectName(QLatin1String(key) + QStringLiteral("List"));
        this->fields().add(form, QString::fromLatin1(child->key), list);
        QObject::connect(list, &CodeChecklist::checkedCodesChanged, this, [this] { this->onEdited(); });
        m_lists.append({child, list});
        return list;
    }
    LinkChecklist *addLinkList(QFormLayout *form, const char *key)
    {
        const Domain::Child<T> *child = childOf(key);
        Q_ASSERT_X(child && child->kind == Domain::ChildKind::Links, "TypedEditor::addLinkList", key);
        auto *list = new LinkChecklist(form->parentWidget());
        list->setObjectName(QLatin1String(key) + QStringLiteral("List"));
        this->addSpanning(form, QString::fromLatin1(child->key), list, list);
        QObject::connect(list, &LinkChecklist::checkedUuidsChanged, this, [this] { this->onEdited(); });
        m_lists.append({child, list});
        return list;
    }
    // The labels of the lists added above, in the current language.
    void retranslateLists()
    {
        for (const BoundList &bound : m_lists) {
            const QString label = FormWidgets::childLabel(*bound.child);
            if (auto *links = qobject_cast<LinkChecklist *>(bound.widget))
                links->setListName(label);
            this->fields().setLabel(QString::fromLatin1(bound.child->key), label + QLatin1Char(':'));
        }
    }

    // What imports left on the item that no field takes, over the whole width of the form (hidden
    // while there is none); carried through a save, or removed row by row.
    ExtraFieldsPanel *addExtraFields(QFormLayout *form)
    {
        static_assert(HasExtraFields, "the item has no extra fields");
        m_extraFields = new ExtraFieldsPanel(form->parentWidget());
        this->addSpanning(form, QStringLiteral("extraFields"), m_extraFields, m_extraFields->table());
        QObject::connect(m_extraFields, &ExtraFieldsPanel::changed, this, [this] { this->onEdited(); });
        return m_extraFields;
    }

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
    ExtraFieldsPanel *m_extraFields = nullptr;

private:
    static constexpr bool HasExtraFields = requires(T item) { item.extraFields; };
    void fillExtraFields(const T &item)
    {
        if constexpr (HasExtraFields) {
            if (m_extraFields)
                m_extraFields->setFields(item.extraFields);
        }
    }

    struct BoundList
    {
        const Domain::Child<T> *child;
        QWidget *widget;
    };

    const Domain::Child<T> *childOf(const char *key) const
    {
        for (const Domain::Child<T> &child : T::spec().children) {
            if (QLatin1String(child.key) == QLatin1String(key))
                return &child;
        }
        return nullptr;
    }
    void fillLists(const T &item)
    {
        for (const BoundList &bound : m_lists) {
            if (auto *rows = qobject_cast<FieldRowList *>(bound.widget))
                rows->setRowsJson(bound.child->json(item).toArray());
            else if (auto *codes = qobject_cast<CodeChecklist *>(bound.widget))
                codes->setCheckedCodes(item.*(bound.child->list()));
            else if (auto *links = qobject_cast<LinkChecklist *>(bound.widget))
                links->setCheckedUuids(item.*(bound.child->list()));
        }
    }
    void readLists(T &item) const
    {
        for (const BoundList &bound : m_lists) {
            if (const auto *rows = qobject_cast<const FieldRowList *>(bound.widget))
                bound.child->setJson(item, rows->rowsJson());
            else if (const auto *codes = qobject_cast<const CodeChecklist *>(bound.widget))
                item.*(bound.child->list()) = codes->checkedCodes();
            else if (const auto *links = qobject_cast<const LinkChecklist *>(bound.widget))
                item.*(bound.child->list()) = links->checkedUuids();
        }
    }

    QList<BoundList> m_lists;
};

} // namespace Custodian::Ui
