#include "framework/LanguageChange.h"

#include <QEvent>
#include <QWidget>

namespace Custodian::Ui::LanguageChange {

namespace {

// Watches the widget it belongs to; a child of it, so it goes with it.
class Follower : public QObject
{
public:
    Follower(QWidget *widget, std::function<void()> retranslate)
        : QObject(widget), m_retranslate(std::move(retranslate))
    {
        widget->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == parent() && event->type() == QEvent::LanguageChange)
            m_retranslate();
        return false;
    }

private:
    std::function<void()> m_retranslate;
};

} // namespace

void follow(QWidget *widget, std::function<void()> retranslate)
{
    retranslate();
    new Follower(widget, std::move(retranslate));
}

} // namespace Custodian::Ui::LanguageChange
