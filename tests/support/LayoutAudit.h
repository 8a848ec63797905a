// What a person would see as a broken screen, found from the widget tree (issue 9: "a layout that
// never cuts a control"): a visible control outside its window, or cut by its parent; a label,
// button or combo box narrower or lower than it needs; a horizontal scroll bar in a form; tabs
// hidden behind scroll arrows. Item views' cells and scroll areas' vertical scrolling are fine.
#pragma once

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QComboBox>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QStringList>
#include <QTabBar>
#include <QToolButton>
#include <QWidget>

namespace LayoutAudit {

// How a problem names its widget: the object name, the class, and its text where it has one.
inline QString describe(const QWidget *widget)
{
    QString text;
    if (const auto *label = qobject_cast<const QLabel *>(widget))
        text = label->text();
    else if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        text = button->text();
    else if (const auto *combo = qobject_cast<const QComboBox *>(widget))
        text = combo->currentText();
    text = text.simplified();
    if (text.size() > 40)
        text = text.left(40) + QStringLiteral("…");
    return QStringLiteral("%1 %2%3").arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
                                         text.isEmpty() ? QString() : QStringLiteral(" “%1”").arg(text));
}

// The scroll area whose viewport holds the widget, if any (item views included).
inline const QAbstractScrollArea *scrolledBy(const QWidget *widget, const QWidget *window)
{
    for (const QWidget *w = widget; w && w != window; w = w->parentWidget()) {
        const QWidget *parent = w->parentWidget();
        if (const auto *area = qobject_cast<const QAbstractScrollArea *>(parent ? parent->parentWidget() : nullptr);
            area && area->viewport() == parent)
            return area;
    }
    return nullptr;
}

inline bool insideItemView(const QWidget *widget, const QWidget *window)
{
    for (const QWidget *w = widget->parentWidget(); w && w != window; w = w->parentWidget()) {
        if (qobject_cast<const QAbstractItemView *>(w))
            return true;
    }
    return false;
}

// Every problem on the window as it is shown now, one line each.
inline QStringList problems(QWidget *window)
{
    QStringList found;
    const QRect windowRect = window->rect();
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisible() || widget->isWindow() || insideItemView(widget, window))
            continue;
        if (qobject_cast<QScrollBar *>(widget))
            continue;
        const QRect rect(widget->mapTo(window, QPoint(0, 0)), widget->size());
        if (const QAbstractScrollArea *area = scrolledBy(widget, window)) {
            // Inside a scroll area: vertical scrolling is fine, content wider than it is not.
            const QRect viewport(area->viewport()->mapTo(window, QPoint(0, 0)), area->viewport()->size());
            if (!qobject_cast<const QAbstractItemView *>(area) &&
                (rect.left() < viewport.left() || rect.right() > viewport.right()))
                found << QStringLiteral("%1 is wider than its scroll area (by %2 px)")
                             .arg(describe(widget))
                             .arg(qMax(viewport.left() - rect.left(), rect.right() - viewport.right()));
        } else if (!windowRect.contains(rect)) {
            found << QStringLiteral("%1 lies outside the window").arg(describe(widget));
        } else if (const QWidget *parent = widget->parentWidget(); parent &&
                                                                   !parent->rect().contains(widget->geometry()) &&
                                                                   !qobject_cast<const QAbstractScrollArea *>(parent)) {
            found << QStringLiteral("%1 is cut by %2").arg(describe(widget), describe(parent));
        }
        const bool needsItsSize =
            qobject_cast<QAbstractButton *>(widget) || qobject_cast<QComboBox *>(widget) ||
            (qobject_cast<QLabel *>(widget) && !static_cast<QLabel *>(widget)->wordWrap() &&
             !static_cast<QLabel *>(widget)->text().isEmpty() && static_cast<QLabel *>(widget)->pixmap().isNull());
        if (needsItsSize && !qobject_cast<QToolButton *>(widget) && !qobject_cast<QTabBar *>(widget->parentWidget())) {
            const QSize need = widget->minimumSizeHint();
            if (widget->width() < need.width() || widget->height() < need.height())
                found << QStringLiteral("%1 is %2×%3, needs %4×%5")
                             .arg(describe(widget))
                             .arg(widget->width())
                             .arg(widget->height())
                             .arg(need.width())
                             .arg(need.height());
        }
        if (auto *bar = qobject_cast<QTabBar *>(widget)) {
            for (const QToolButton *arrow : bar->findChildren<QToolButton *>()) {
                if (arrow->isVisible()) {
                    found << QStringLiteral("%1: tabs are hidden behind scroll arrows").arg(describe(bar));
                    break;
                }
            }
        }
        // A form or a table that scrolls sideways hides part of every row (UI review M8).
        if (auto *area = qobject_cast<QAbstractScrollArea *>(widget); area && area->horizontalScrollBar()->isVisible())
            found << QStringLiteral("%1 scrolls sideways").arg(describe(area));
    }
    found.removeDuplicates();
    return found;
}

} // namespace LayoutAudit
