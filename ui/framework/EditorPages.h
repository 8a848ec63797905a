#pragma once

#include <QWidget>

#include "domain/Finding.h"

class QButtonGroup;
class QFormLayout;
class QLabel;
class QStackedWidget;
class QToolButton;

namespace Custodian::Ui {

class FlowLayout;

// The pages of an editor: a bar of page buttons that wraps onto a second row rather than hiding
// pages behind scroll arrows, over one page at a time. Each page is one form with one label
// column; it scrolls vertically, never sideways. A page whose fields have findings shows the
// severity's icon on its button.
class EditorPages : public QWidget
{
    Q_OBJECT
public:
    explicit EditorPages(QWidget *parent = nullptr);

    // A new page holding one form; the page's widgets are children of form->parentWidget().
    QFormLayout *addPage(const QString &objectName);
    int count() const;
    int currentIndex() const;
    void setCurrentIndex(int index);
    QString title(int index) const;
    QString toolTip(int index) const;
    void setTitle(int index, const QString &title, const QString &toolTip = QString());
    // The worst severity of the findings on a page, shown on its button (none: no icon).
    void setMark(int index, const Domain::Findings &findings);
    // The page a widget is on; -1 when it is on none.
    int pageOf(const QWidget *widget) const;
    QWidget *page(int index) const;

signals:
    void currentChanged(int index);

private:
    FlowLayout *m_barLayout = nullptr;
    QWidget *m_bar = nullptr;
    QButtonGroup *m_buttons = nullptr;
    QStackedWidget *m_stack = nullptr;
    QList<QToolButton *> m_pageButtons;
    QList<QWidget *> m_contents;
};

// A caption over a part of a form: bold, spanning both columns, with a muted description under it.
class FormCaption
{
public:
    FormCaption() = default;
    explicit FormCaption(QFormLayout *form);
    void setText(const QString &title, const QString &description = QString());

private:
    QLabel *m_title = nullptr;
    QLabel *m_description = nullptr;
};

// The captions of a form in the order they stand; retranslateUi() sets their texts together.
class FormCaptions
{
public:
    // A caption at the current end of the form.
    void add(QFormLayout *form) { m_captions.append(FormCaption(form)); }
    // One title per caption, in order.
    void setTexts(const QStringList &titles);
    // One title per caption, in order, each with the description under it (empty: none).
    void setTexts(const QList<QPair<QString, QString>> &texts);
    FormCaption &operator[](int index) { return m_captions[index]; }
    FormCaption &last() { return m_captions.last(); }

private:
    QList<FormCaption> m_captions;
};

// A muted, smaller text: help under a field or a caption.
void makeMuted(QWidget *label);
// The heading of an editor or a page: large, bold, wrapping (a long name never sets the width).
QLabel *createHeading(QWidget *parent, const QString &objectName);
// A muted line under a heading ("Retired", what a page is for); hidden while empty.
QLabel *createStateLine(QWidget *parent, const QString &objectName);

} // namespace Custodian::Ui
