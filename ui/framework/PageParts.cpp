#include "framework/PageParts.h"

#include <QAction>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>

namespace Custodian::Ui::PageParts {

namespace {

class EscapeClears : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *edit = qobject_cast<QLineEdit *>(watched);
        if (edit && event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape &&
            !edit->text().isEmpty()) {
            edit->clear();
            return true;
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

QLabel *title(QWidget *page)
{
    auto *label = new QLabel(page);
    label->setWordWrap(true);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLineEdit *searchField(QWidget *page)
{
    auto *edit = new QLineEdit(page);
    edit->setObjectName(QStringLiteral("searchEdit"));
    edit->setClearButtonEnabled(true);
    auto *findAction = new QAction(page);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(findAction, &QAction::triggered, edit, [edit] {
        edit->setFocus();
        edit->selectAll();
    });
    page->addAction(findAction);
    edit->installEventFilter(new EscapeClears(edit));
    return edit;
}

} // namespace Custodian::Ui::PageParts
