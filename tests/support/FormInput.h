// What a person does to a section's form and list, for the section tests: find a field by its
// object name, type into it, pick a choice, tick a line with the keyboard, read a list's cell.
#pragma once

#include <QAbstractItemModel>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTest>

#include "framework/Roles.h"

namespace TestSupport {

// The child of that name, with a warning naming it when it is missing (the test then fails on the
// null pointer, and the warning says which field it looked for).
template<typename T> T *child(QObject *parent, const char *name)
{
    auto *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

// Replaces the text of an enabled line edit, key by key.
inline void type(QLineEdit *edit, const QString &text)
{
    QVERIFY(edit);
    QVERIFY(edit->isEnabled());
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

inline void typePlain(QPlainTextEdit *edit, const QString &text)
{
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

// Chooses the entry whose data is data (a code or an item's uuid).
inline void pick(QComboBox *combo, const QString &data)
{
    QVERIFY(combo);
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data));
    combo->setFocus();
    combo->setCurrentIndex(index);
}

// Ticks the line whose value (Qt::UserRole + 1) is value with the keyboard, as a person would.
inline void tick(QListWidget *list, const QString &value)
{
    QVERIFY(list);
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole + 1).toString() == value) {
            list->setFocus();
            list->setCurrentRow(row);
            QTest::keyClick(list, Qt::Key_Space);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("not offered: ") + value));
}

inline QString cell(const QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

// The row of the item with that uuid; -1 when the list does not hold it.
inline int rowOf(const QAbstractItemModel *model, const QString &uuid)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(Custodian::Ui::UuidRole).toString() == uuid)
            return row;
    }
    return -1;
}

} // namespace TestSupport
