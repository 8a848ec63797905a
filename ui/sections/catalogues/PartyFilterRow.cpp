#include "sections/catalogues/PartyFilterRow.h"

#include "framework/FlowLayout.h"
#include "framework/ListFilterProxy.h"
#include "framework/SectionPage.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QEvent>
#include <QLineEdit>

namespace Custodian::Ui {

namespace {

const QString retiredStatus = QStringLiteral("retired");

// The box layout that holds the layout (row) in which widget sits, and that row's position in it.
QPair<QBoxLayout *, int> rowOf(QLayout *layout, QWidget *widget)
{
    auto *box = qobject_cast<QBoxLayout *>(layout);
    if (!layout)
        return {nullptr, -1};
    for (int i = 0; i < layout->count(); ++i) {
        QLayout *child = layout->itemAt(i)->layout();
        if (!child)
            continue;
        if (box && child->indexOf(widget) >= 0)
            return {box, i};
        const auto found = rowOf(child, widget);
        if (found.first)
            return found;
    }
    return {nullptr, -1};
}

} // namespace

PartyFilterRow::PartyFilterRow(SectionPage *page) : QWidget(page)
{
    setObjectName(QStringLiteral("filterRow"));
    m_showRetiredCheck = new QCheckBox(this);
    m_showRetiredCheck->setObjectName(QStringLiteral("showRetiredCheck"));
    m_layout = new FlowLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(m_showRetiredCheck);

    connect(m_showRetiredCheck, &QCheckBox::toggled, page,
            [page](bool show) { page->proxy()->setHiddenStatus(show ? QString() : retiredStatus); });

    auto *search = page->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QWidget *host = search ? search->parentWidget() : nullptr;
    const auto [column, position] = host ? rowOf(host->layout(), search) : QPair<QBoxLayout *, int>{nullptr, -1};
    if (column) {
        column->insertWidget(position + 1, this);
    } else if (auto *pageLayout = qobject_cast<QBoxLayout *>(page->layout())) {
        pageLayout->insertWidget(0, this);
    }
    // Tab order: straight after the filters of the search field's row.
    m_tabAnchor = page->findChild<QCheckBox *>(QStringLiteral("attentionCheck"));
    if (!m_tabAnchor)
        m_tabAnchor = search;
    if (m_tabAnchor)
        setTabOrder(m_tabAnchor, m_showRetiredCheck);
    retranslateUi();
}

void PartyFilterRow::addWidget(QWidget *widget)
{
    m_layout->insertWidget(m_layout->indexOf(m_showRetiredCheck), widget);
    if (m_tabAnchor)
        setTabOrder(m_tabAnchor, widget);
    setTabOrder(widget, m_showRetiredCheck);
    m_tabAnchor = widget;
}

void PartyFilterRow::retranslateUi()
{
    m_showRetiredCheck->setText(tr("Show retired"));
    m_showRetiredCheck->setToolTip(tr("Also list items that were retired: they are kept for the history of the "
                                      "register but no longer offered for new links."));
}

void PartyFilterRow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace Custodian::Ui
