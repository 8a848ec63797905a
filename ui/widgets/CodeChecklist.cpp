#include "widgets/CodeChecklist.h"

#include <QEvent>

namespace Custodian::Ui {

namespace {
constexpr int codeRole = Qt::UserRole + 1;
}

CodeChecklist::CodeChecklist(Domain::Codes::Kind kind, QWidget *parent) : QListWidget(parent), m_kind(kind)
{
    setSelectionMode(QAbstractItemView::SingleSelection);
    setUniformItemSizes(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    // Never a sideways scroll bar in a form: a long label is elided, its tooltip has all of it.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTextElideMode(Qt::ElideRight);
    const QStringList codes = Domain::Codes::codes(kind);
    for (const QString &code : codes) {
        auto *item = new QListWidgetItem(this);
        item->setData(codeRole, code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    relabel();
    connect(this, &QListWidget::itemChanged, this, [this] {
        if (!m_updating)
            emit checkedCodesChanged();
    });
}

QStringList CodeChecklist::checkedCodes() const
{
    QStringList codes;
    for (int row = 0; row < count(); ++row) {
        if (item(row)->checkState() == Qt::Checked)
            codes.append(item(row)->data(codeRole).toString());
    }
    return codes;
}

void CodeChecklist::setCheckedCodes(const QStringList &codes)
{
    m_updating = true;
    for (int row = 0; row < count(); ++row)
        item(row)->setCheckState(codes.contains(item(row)->data(codeRole).toString()) ? Qt::Checked : Qt::Unchecked);
    m_updating = false;
}

bool CodeChecklist::isChecked(const QString &code) const
{
    return checkedCodes().contains(code);
}

void CodeChecklist::setChecked(const QString &code, bool checked)
{
    for (int row = 0; row < count(); ++row) {
        if (item(row)->data(codeRole).toString() == code)
            item(row)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

QSize CodeChecklist::sizeHint() const
{
    // Tall enough to show every code without scrolling (the lists are short).
    // Every row as the view lays it out (with its check box and the spacing between items), the frame
    // and the margins of the view.
    int rows = 0;
    for (int row = 0; row < count(); ++row)
        rows += qMax(sizeHintForRow(row), fontMetrics().height()) + 2 * spacing();
    const QMargins margins = contentsMargins() + viewportMargins();
    const int height = qMax(rows, fontMetrics().height()) + margins.top() + margins.bottom() + 2 * frameWidth() + 2;
    return {QListWidget::sizeHint().width(), height};
}

QSize CodeChecklist::minimumSizeHint() const
{
    // A form's page scrolls as a whole and gives each field its minimum: the list shows every code
    // rather than scrolling inside the scrolling page.
    return {QListWidget::minimumSizeHint().width(), sizeHint().height()};
}

void CodeChecklist::relabel()
{
    m_updating = true;
    for (int row = 0; row < count(); ++row) {
        const QString label = Domain::Codes::label(m_kind, item(row)->data(codeRole).toString());
        item(row)->setText(label);
        item(row)->setToolTip(label);
    }
    m_updating = false;
}

void CodeChecklist::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        relabel();
    QListWidget::changeEvent(event);
}

} // namespace Custodian::Ui
