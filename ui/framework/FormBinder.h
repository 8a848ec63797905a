#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

#include <functional>

#include "domain/FieldSpec.h"

class QFormLayout;
class QWidget;

namespace Custodian::Ui {

class FieldRows;

// How one field of a field table appears in a form, where the table alone does not say.
struct FieldOptions
{
    bool mnemonic = false; // the label gets an Alt shortcut on its first letter
    int lines = 3;         // LongText: visible lines
    const char *noneText =
        nullptr; // Code: a first entry for "no value", QT_TRANSLATE_NOOP("Custodian::Ui::FormBinder", …)
    const char *checkText =
        nullptr;              // Bool: the check box's own text, QT_TRANSLATE_NOOP("Custodian::Ui::FormBinder", …)
    bool display = false;     // Moment: shown, not edited (a computed moment)
    bool labelBeside = false; // Bool: the field's label in the label column (it may wrap), the box without text
    QString objectName;       // default: the key and the widget's kind ("nameEdit", "statusCombo")

    FieldOptions &withMnemonic()
    {
        mnemonic = true;
        return *this;
    }
    FieldOptions &withLines(int count)
    {
        lines = count;
        return *this;
    }
    FieldOptions &withNoneText(const char *text)
    {
        noneText = text;
        return *this;
    }
    FieldOptions &withCheckText(const char *text)
    {
        checkText = text;
        return *this;
    }
    FieldOptions &withLabelBeside()
    {
        labelBeside = true;
        return *this;
    }
    FieldOptions &displayOnly()
    {
        display = true;
        return *this;
    }
    FieldOptions &named(const QString &name)
    {
        objectName = name;
        return *this;
    }
};

// The widgets of the field tables' scalar types, without knowing the entity: created by type,
// read and written as QVariants of the member's own type, their changes reported.
namespace FormWidgets {
QWidget *create(const Domain::FieldInfo &field, const FieldOptions &options, QWidget *parent);
QVariant value(const Domain::FieldInfo &field, const QWidget *widget);
void setValue(const Domain::FieldInfo &field, QWidget *widget, const QVariant &value);
void onChange(QWidget *widget, QObject *context, const std::function<void()> &changed);
// Texts that come from the field table and the options, in the current language.
void retranslate(const Domain::FieldInfo &field, const FieldOptions &options, QWidget *widget, FieldRows *rows);
// The label of a field as the form and the history show it ("Storage location").
QString label(const Domain::FieldInfo &field);
QString childLabel(const Domain::ChildInfo &child);
// The widget a form's rows belong to.
QWidget *parentOf(QFormLayout *form);
// The row of a field: its label, the widget, its hint and its message line.
void addRow(FieldRows *rows, QFormLayout *form, const Domain::FieldInfo &field, QWidget *widget);
} // namespace FormWidgets

// A form built from an entity's field table: add() makes the row of a scalar field (label, widget,
// hint and message through FieldRows), fill() and read() move the values between an item and the
// widgets. Fields that need more than one widget (lists, tables, checklists) stay hand-built.
template<class T> class FormBinder
{
public:
    FormBinder(const Domain::EntitySpec<T> &spec, FieldRows *rows) : m_spec(spec), m_rows(rows) {}

    // Adds the row of a field to the form; returns its widget.
    QWidget *add(QFormLayout *form, const char *key, const FieldOptions &options = {})
    {
        const Domain::Field<T> *field = m_spec.field(QLatin1String(key));
        Q_ASSERT_X(field, "FormBinder::add", key);
        QWidget *widget = FormWidgets::create(*field, options, FormWidgets::parentOf(form));
        FormWidgets::addRow(m_rows, form, *field, widget);
        m_bound.append({field, widget, options});
        return widget;
    }

    // Adds the rows of every field of a group of the table, in table order; options by key.
    void addGroup(QFormLayout *form, const char *group, const QHash<QString, FieldOptions> &options = {})
    {
        for (const Domain::Field<T> &field : m_spec.fields) {
            if (field.group && QLatin1String(field.group) == QLatin1String(group))
                add(form, field.key, options.value(field.keyName()));
        }
    }

    // The widget of a bound field, cast (nullptr when it is not bound or of another kind).
    template<class W = QWidget> W *widget(const char *key) const
    {
        for (const Bound &bound : m_bound) {
            if (QLatin1String(bound.field->key) == QLatin1String(key))
                return qobject_cast<W *>(bound.widget);
        }
        return nullptr;
    }

    // The label of a field or child list of the table, in the current language.
    QString label(const char *key) const
    {
        if (const Domain::Field<T> *field = m_spec.field(QLatin1String(key)))
            return FormWidgets::label(*field);
        for (const Domain::Child<T> &child : m_spec.children) {
            if (QLatin1String(child.key) == QLatin1String(key))
                return FormWidgets::childLabel(child);
        }
        return QLatin1String(key);
    }

    void fill(const T &item) const
    {
        for (const Bound &bound : m_bound)
            FormWidgets::setValue(*bound.field, bound.widget, bound.field->value(item));
    }

    void read(T &item) const
    {
        for (const Bound &bound : m_bound) {
            if (!bound.field->has(Domain::FieldFlag::ReadOnly))
                bound.field->setValue(item, FormWidgets::value(*bound.field, bound.widget));
        }
    }

    void onChange(QObject *context, const std::function<void()> &changed) const
    {
        for (const Bound &bound : m_bound)
            FormWidgets::onChange(bound.widget, context, changed);
    }

    void retranslate() const
    {
        for (const Bound &bound : m_bound)
            FormWidgets::retranslate(*bound.field, bound.options, bound.widget, m_rows);
    }

private:
    struct Bound
    {
        const Domain::Field<T> *field;
        QWidget *widget;
        FieldOptions options;
    };

    const Domain::EntitySpec<T> &m_spec;
    FieldRows *m_rows;
    QList<Bound> m_bound;
};

} // namespace Custodian::Ui
