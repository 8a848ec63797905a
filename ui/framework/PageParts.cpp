#include "framework/PageParts.h"

#include "framework/EditorPages.h"

#include <QAction>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

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
    return createHeading(page, QString()); // the size and weight of every editor's heading
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

void everyMinuteWhileShown(QWidget *page, const std::function<void()> &tick)
{
    auto *minute = new QTimer(page);
    minute->setInterval(60 * 1000);
    QObject::connect(minute, &QTimer::timeout, page, [page, tick] {
        if (page->isVisible())
            tick();
    });
    minute->start();
}

} // namespace Custodian::Ui::PageParts
