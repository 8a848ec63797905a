#include "framework/FieldRowList.h"

#include "domain/EntityKind.h"
#include "domain/IsoTime.h"
#include "widgets/DateField.h"
#include "widgets/EntityPicker.h"

#include <QFormLayout>
#include <QLocale>

namespace Custodian::Ui {

using Domain::FieldType;

FieldRowList::FieldRowList(const QList<const Domain::FieldInfo *> &fields, QWidget *parent)
    : RowList<QJsonObject>(parent), m_fields(fields)
{
    QWidget *formParent = formLayout()->parentWidget();
    for (int index = 0; index < m_fields.size(); ++index) {
        const Domain::FieldInfo &field = *m_fields.at(index);
        FieldOptions options;
        options.lines = 2;
        // A code not chosen yet says so, rather than showing the list's first entry.
        options.noneText = QT_TRANSLATE_NOOP("Custodian::Ui::FormBinder", "Not chosen");
        // The narrow form under the table: a yes/no field's label may wrap beside its box.
        options.labelBeside = true;
        QWidget *widget = FormWidgets::create(field, options, formParent);
        FormWidgets::addRow(&m_rowsOfForm, formLayout(), field, widget);
        if (auto *picker = qobject_cast<EntityPicker *>(widget)) {
            if (index == indexOfLink()) {
                setLinkPicker(picker);
            } else {
                // The other links open their item through the editor (goToItemRequested()).
                const QString entity = Domain::EntityKinds::code(field.target);
                connect(picker, &EntityPicker::goToRequested, this,
                        [this, entity](const QString &uuid) { emit goToItemRequested(entity, uuid); });
            }
        }
        FormWidgets::onChange(widget, this, [this, index] { formEdited(index); });
        m_widgets.append(widget);
        m_options.append(options);
    }
    retranslateUi();
}

int FieldRowList::indexOfLink() const
{
    for (int index = 0; index < m_fields.size(); ++index) {
        if (m_fields.at(index)->type == FieldType::Link)
            return index;
    }
    return -1;
}

QJsonArray FieldRowList::rowsJson() const
{
    QJsonArray array;
    for (const QJsonObject &row : m_rows)
        array.append(row);
    return array;
}

void FieldRowList::setRowsJson(const QJsonArray &rows)
{
    QList<QJsonObject> list;
    list.reserve(rows.size());
    for (const QJsonValue &row : rows)
        list.append(row.toObject());
    setRows(list);
}

QWidget *FieldRowList::fieldWidget(const char *key) const
{
    for (int index = 0; index < m_fields.size(); ++index) {
        if (QLatin1String(m_fields.at(index)->key) == QLatin1String(key))
            return m_widgets.at(index);
    }
    return nullptr;
}

void FieldRowList::setFieldChoices(const char *key, const Choices &choices)
{
    m_fieldChoices.insert(QString::fromLatin1(key), choices);
    if (auto *picker = qobject_cast<EntityPicker *>(fieldWidget(key))) {
        const QSignalBlocker blocker(picker);
        picker->setChoices(choices);
    }
    refreshTable();
}

void FieldRowList::setTexts(const QString &addText, const QString &removeText, const QString &noRowText)
{
    setButtonTexts(addText, removeText);
    setNoRowText(noRowText);
}

QVariant FieldRowList::rowValue(const Domain::FieldInfo &field, const QJsonObject &row)
{
    const QJsonValue value = row.value(field.keyName());
    switch (field.type) {
    case FieldType::Bool:
        return value.toBool();
    case FieldType::Int:
    case FieldType::BigInt:
        return value.toInt();
    case FieldType::Date:
        return Domain::IsoTime::parseDay(value.toString());
    case FieldType::Moment:
        return Domain::IsoTime::parseMoment(value.toString());
    case FieldType::Text:
    case FieldType::LongText:
    case FieldType::Code:
    case FieldType::Link:
        return value.toString();
    }
    return {};
}

QJsonValue FieldRowList::jsonValue(const Domain::FieldInfo &field, const QVariant &value)
{
    switch (field.type) {
    case FieldType::Bool:
        return value.toBool();
    case FieldType::Int:
    case FieldType::BigInt:
        return value.toInt();
    case FieldType::Date:
        return Domain::IsoTime::dayJson(value.toDate());
    case FieldType::Moment:
        return Domain::IsoTime::momentJson(value.toDateTime());
    case FieldType::Text:
    case FieldType::LongText:
    case FieldType::Code:
    case FieldType::Link:
        return value.toString();
    }
    return {};
}

QString FieldRowList::cellText(const Domain::FieldInfo &field, const QJsonObject &row) const
{
    const QVariant value = rowValue(field, row);
    const QLocale locale;
    switch (field.type) {
    case FieldType::Bool:
        return value.toBool() ? tr("Yes") : QString();
    case FieldType::Int:
    case FieldType::BigInt:
        return locale.toString(value.toInt());
    case FieldType::Date:
        return value.toDate().isValid() ? locale.toString(value.toDate(), fourDigitYearFormat()) : QString();
    case FieldType::Moment: {
        const QDateTime moment = value.toDateTime();
        return moment.isValid() ? locale.toString(moment.toLocalTime(), QLocale::ShortFormat) : QString();
    }
    case FieldType::Code:
        return field.codes && !value.toString().isEmpty() ? Domain::Codes::label(*field.codes, value.toString())
                                                          : value.toString();
    case FieldType::Link: {
        const QString uuid = value.toString();
        if (uuid.isEmpty())
            return QString();
        const auto own = m_fieldChoices.constFind(field.keyName());
        if (own == m_fieldChoices.cend())
            return linkLabel(uuid, tr("Unknown"));
        for (const Choice &choice : *own) {
            if (choice.uuid == uuid)
                return choice.label;
        }
        return tr("Unknown");
    }
    case FieldType::Text:
    case FieldType::LongText:
        return value.toString().section(QLatin1Char('\n'), 0, 0);
    }
    return {};
}

QStringList FieldRowList::rowTexts(int row) const
{
    QStringList texts;
    for (const Domain::FieldInfo *field : m_fields)
        texts.append(cellText(*field, m_rows.at(row)));
    return texts;
}

void FieldRowList::showRow(int row)
{
    for (int index = 0; index < m_fields.size(); ++index) {
        const Domain::FieldInfo &field = *m_fields.at(index);
        FormWidgets::setValue(field, m_widgets.at(index),
                              row >= 0 ? rowValue(field, m_rows.at(row)) : rowValue(field, QJsonObject()));
    }
}

void FieldRowList::formEdited(int index)
{
    const int row = currentRow();
    if (isShowing() || row < 0)
        return;
    const Domain::FieldInfo &field = *m_fields.at(index);
    m_rows[row].insert(field.keyName(), jsonValue(field, FormWidgets::value(field, m_widgets.at(index))));
    rowEdited();
}

void FieldRowList::retranslateUi()
{
    QStringList headers;
    for (int index = 0; index < m_fields.size(); ++index) {
        const Domain::FieldInfo &field = *m_fields.at(index);
        FormWidgets::retranslate(field, m_options.at(index), m_widgets.at(index), &m_rowsOfForm);
        if (auto *picker = qobject_cast<EntityPicker *>(m_widgets.at(index))) {
            picker->setNoneText(tr("None"));
            picker->setNewText(QString());
            picker->setGoToText(tr("Go to"));
        }
        headers.append(FormWidgets::label(field));
    }
    setHeaders(headers);
    refreshTable();
}

} // namespace Custodian::Ui
