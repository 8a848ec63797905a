#include "framework/FormBinder.h"

#include "framework/FieldRows.h"
#include "widgets/DateField.h"
#include "widgets/ElidedComboBox.h"
#include "widgets/EntityPicker.h"
#include "widgets/MomentField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace Custodian::Ui::FormWidgets {

using Domain::FieldType;

namespace {

const char *const optionsContext = "Custodian::Ui::FormBinder";

QString suffix(FieldType type)
{
    switch (type) {
    case FieldType::Text:
    case FieldType::LongText:
        return QStringLiteral("Edit");
    case FieldType::Bool:
        return QStringLiteral("Check");
    case FieldType::Code:
        return QStringLiteral("Combo");
    case FieldType::Date:
        return QStringLiteral("Field");
    case FieldType::Int:
    case FieldType::BigInt:
        return QStringLiteral("Spin");
    case FieldType::Moment:
        return QStringLiteral("Label");
    case FieldType::Link:
        return QStringLiteral("Picker");
    }
    return QString();
}

QPlainTextEdit *textEdit(QWidget *parent, int lines)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    const int margins = edit->contentsMargins().top() + edit->contentsMargins().bottom() +
                        int(edit->document()->documentMargin() * 2) + edit->frameWidth() * 2;
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * qMax(1, lines) + margins);
    edit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return edit;
}

} // namespace

QString label(const Domain::FieldInfo &field)
{
    return field.label ? QCoreApplication::translate("Custodian::Fields", field.label) : field.keyName();
}

QString childLabel(const Domain::ChildInfo &child)
{
    return child.label ? QCoreApplication::translate("Custodian::Fields", child.label) : QLatin1String(child.key);
}

QWidget *create(const Domain::FieldInfo &field, const FieldOptions &options, QWidget *parent)
{
    QWidget *widget = nullptr;
    switch (field.type) {
    case FieldType::Text:
        widget = new QLineEdit(parent);
        break;
    case FieldType::LongText:
        widget = textEdit(parent, options.lines);
        break;
    case FieldType::Bool:
        widget = new QCheckBox(parent);
        break;
    case FieldType::Code: {
        // A long label ("General written authorisation (Art. 28(2))") does not set the form's width:
        // the combo box shows its start and "…", the tooltip all of it.
        auto *combo = new ElidedComboBox(parent);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(20);
        widget = combo;
        break;
    }
    case FieldType::Date:
        widget = new DateField(parent);
        break;
    case FieldType::Int:
    case FieldType::BigInt: {
        auto *spin = new QSpinBox(parent);
        spin->setRange(0, 1000000000);
        widget = spin;
        break;
    }
    case FieldType::Moment: {
        if (options.display) {
            auto *text = new QLabel(parent);
            text->setTextInteractionFlags(Qt::TextSelectableByMouse);
            widget = text;
        } else {
            widget = new MomentField(parent);
        }
        break;
    }
    case FieldType::Link:
        widget = new EntityPicker(parent);
        break;
    }
    const QString kind =
        field.type == FieldType::Moment && !options.display ? QStringLiteral("Field") : suffix(field.type);
    widget->setObjectName(options.objectName.isEmpty() ? field.keyName() + kind : options.objectName);
    return widget;
}

QVariant value(const Domain::FieldInfo &field, const QWidget *widget)
{
    switch (field.type) {
    case FieldType::Text:
        return static_cast<const QLineEdit *>(widget)->text();
    case FieldType::LongText:
        return static_cast<const QPlainTextEdit *>(widget)->toPlainText();
    case FieldType::Bool:
        return static_cast<const QCheckBox *>(widget)->isChecked();
    case FieldType::Code:
        return static_cast<const QComboBox *>(widget)->currentData().toString();
    case FieldType::Date:
        return static_cast<const DateField *>(widget)->date();
    case FieldType::Int:
    case FieldType::BigInt:
        return static_cast<const QSpinBox *>(widget)->value();
    case FieldType::Moment:
        if (const auto *moment = qobject_cast<const MomentField *>(widget))
            return moment->moment();
        return widget->property("moment");
    case FieldType::Link:
        return static_cast<const EntityPicker *>(widget)->currentUuid();
    }
    return {};
}

void setValue(const Domain::FieldInfo &field, QWidget *widget, const QVariant &value)
{
    switch (field.type) {
    case FieldType::Text: {
        auto *edit = static_cast<QLineEdit *>(widget);
        edit->setText(value.toString());
        // A long text shows its start, not its end.
        edit->setCursorPosition(0);
        break;
    }
    case FieldType::LongText:
        static_cast<QPlainTextEdit *>(widget)->setPlainText(value.toString());
        break;
    case FieldType::Bool:
        static_cast<QCheckBox *>(widget)->setChecked(value.toBool());
        break;
    case FieldType::Code: {
        auto *combo = static_cast<QComboBox *>(widget);
        const int index = combo->findData(value.toString());
        if (index >= 0) {
            combo->setCurrentIndex(index);
        } else if (!value.toString().isEmpty()) {
            // A code this version does not know is kept and shown as it is.
            combo->addItem(value.toString(), value.toString());
            combo->setCurrentIndex(combo->count() - 1);
        } else {
            combo->setCurrentIndex(0);
        }
        break;
    }
    case FieldType::Date:
        static_cast<DateField *>(widget)->setDate(value.toDate());
        break;
    case FieldType::Int:
    case FieldType::BigInt:
        static_cast<QSpinBox *>(widget)->setValue(value.toInt());
        break;
    case FieldType::Moment: {
        const QDateTime moment = value.toDateTime();
        if (auto *field = qobject_cast<MomentField *>(widget)) {
            field->setMoment(moment);
            break;
        }
        widget->setProperty("moment", moment);
        static_cast<QLabel *>(widget)->setText(
            moment.isValid() ? QLocale().toString(moment.toLocalTime(), QLocale::ShortFormat) : QString());
        break;
    }
    case FieldType::Link:
        static_cast<EntityPicker *>(widget)->setCurrentUuid(value.toString());
        break;
    }
}

void onChange(QWidget *widget, QObject *context, const std::function<void()> &changed)
{
    if (auto *edit = qobject_cast<QLineEdit *>(widget))
        QObject::connect(edit, &QLineEdit::textChanged, context, changed);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(widget))
        QObject::connect(text, &QPlainTextEdit::textChanged, context, changed);
    else if (auto *check = qobject_cast<QCheckBox *>(widget))
        QObject::connect(check, &QCheckBox::toggled, context, changed);
    else if (auto *combo = qobject_cast<QComboBox *>(widget))
        QObject::connect(combo, &QComboBox::currentIndexChanged, context, changed);
    else if (auto *date = qobject_cast<DateField *>(widget))
        QObject::connect(date, &DateField::dateChanged, context, changed);
    else if (auto *spin = qobject_cast<QSpinBox *>(widget))
        QObject::connect(spin, &QSpinBox::valueChanged, context, changed);
    else if (auto *picker = qobject_cast<EntityPicker *>(widget))
        QObject::connect(picker, &EntityPicker::currentUuidChanged, context, changed);
    else if (auto *moment = qobject_cast<MomentField *>(widget))
        QObject::connect(moment, &MomentField::momentChanged, context, changed);
}

void retranslate(const Domain::FieldInfo &field, const FieldOptions &options, QWidget *widget, FieldRows *rows)
{
    const QString text = label(field);
    // A check box without a text of its own is read by its label: the label column stays empty.
    const bool ownLabel = field.type != FieldType::Bool || options.checkText || options.labelBeside;
    rows->setLabel(field.keyName(), ownLabel
                                        ? (options.mnemonic ? QStringLiteral("&") : QString()) + text + QLatin1Char(':')
                                        : QString());
    if (field.hint)
        rows->setHint(field.keyName(), QCoreApplication::translate("Custodian::Fields", field.hint));
    if (field.placeholder) {
        const QString example = QCoreApplication::translate("Custodian::Fields", field.placeholder);
        if (auto *edit = qobject_cast<QLineEdit *>(widget))
            edit->setPlaceholderText(example);
        else if (auto *text = qobject_cast<QPlainTextEdit *>(widget))
            text->setPlaceholderText(example);
    }
    switch (field.type) {
    case FieldType::Bool: {
        auto *check = static_cast<QCheckBox *>(widget);
        if (options.labelBeside)
            check->setText(QString());
        else
            check->setText(options.checkText ? QCoreApplication::translate(optionsContext, options.checkText) : text);
        check->setAccessibleName(options.labelBeside ? text : check->text());
        break;
    }
    case FieldType::Code: {
        auto *combo = static_cast<QComboBox *>(widget);
        const QSignalBlocker blocker(combo);
        const QString current = combo->currentData().toString();
        combo->clear();
        if (options.noneText)
            combo->addItem(QCoreApplication::translate(optionsContext, options.noneText), QString());
        if (field.codes) {
            for (const QString &code : Domain::Codes::codes(*field.codes))
                combo->addItem(Domain::Codes::label(*field.codes, code), code);
        }
        const int index = combo->findData(current);
        if (index >= 0)
            combo->setCurrentIndex(index);
        else if (!current.isEmpty())
            setValue(field, widget, current);
        break;
    }
    case FieldType::Date:
        static_cast<DateField *>(widget)->setFieldName(text);
        break;
    case FieldType::Link:
        static_cast<EntityPicker *>(widget)->setFieldName(text);
        break;
    case FieldType::Moment:
        if (auto *moment = qobject_cast<MomentField *>(widget))
            moment->setFieldName(text);
        break;
    default:
        break;
    }
}

QWidget *parentOf(QFormLayout *form)
{
    return form->parentWidget();
}

void addRow(FieldRows *rows, QFormLayout *form, const Domain::FieldInfo &field, QWidget *widget)
{
    QWidget *focusTarget = widget;
    if (auto *date = qobject_cast<DateField *>(widget))
        focusTarget = date->checkBox();
    else if (auto *picker = qobject_cast<EntityPicker *>(widget))
        focusTarget = picker->comboBox();
    else if (auto *moment = qobject_cast<MomentField *>(widget))
        focusTarget = moment->checkBox();
    rows->add(form, field.keyName(), widget, focusTarget);
}

} // namespace Custodian::Ui::FormWidgets
