#pragma once

#include "framework/FieldRows.h"
#include "framework/FormBinder.h"
#include "widgets/RowListEditor.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Custodian::Ui {

// A child list of small records (ChildKind::Rows) edited through its own field table: the table
// shows every field as a column, the form under it has a row per field, made by FormWidgets like
// the editor's own fields. The rows travel as the field table's JSON (Child::json / setJson), so
// one widget serves every kind of row: rights of a request, identity checks, follow-up actions.
class FieldRowList : public RowList<QJsonObject>
{
    Q_OBJECT
public:
    FieldRowList(const QList<const Domain::FieldInfo *> &fields, QWidget *parent = nullptr);

    // What Add starts a row with: the record's defaults (an outcome "not decided yet").
    void setEmptyRow(const QJsonObject &row) { m_emptyRow = row; }
    QJsonArray rowsJson() const;
    void setRowsJson(const QJsonArray &rows);
    // The items a link field other than the first may name (the first takes setLinkChoices()).
    void setFieldChoices(const char *key, const Choices &choices);
    // The widget of a field in the form (nullptr when the rows have no such field).
    QWidget *fieldWidget(const char *key) const;
    // Texts of the list: its name (for Add and Remove), and what shows while no row is chosen.
    void setTexts(const QString &addText, const QString &removeText, const QString &noRowText);

signals:
    // "Go to" of a link field other than the first: the entity code of its kind and the item.
    void goToItemRequested(const QString &entity, const QString &uuid);

protected:
    QStringList rowTexts(int row) const override;
    void showRow(int row) override;
    void retranslateUi() override;
    void appendEmptyRow() override { m_rows.append(m_emptyRow); }

private:
    // The value of a field in a row as the form widgets hold it (QDate, QDateTime, bool, ...).
    static QVariant rowValue(const Domain::FieldInfo &field, const QJsonObject &row);
    static QJsonValue jsonValue(const Domain::FieldInfo &field, const QVariant &value);
    QString cellText(const Domain::FieldInfo &field, const QJsonObject &row) const;
    void formEdited(int index);
    // The first field that links to an item: its picker gets "New …" and "Go to".
    int indexOfLink() const;

    QList<const Domain::FieldInfo *> m_fields;
    QList<QWidget *> m_widgets;
    QList<FieldOptions> m_options;
    FieldRows m_rowsOfForm;
    QJsonObject m_emptyRow;
    QHash<QString, Choices> m_fieldChoices; // link field key -> its items, for the other link fields
};

} // namespace Custodian::Ui
