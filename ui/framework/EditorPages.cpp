#include "framework/EditorPages.h"

#include "framework/FlowLayout.h"
#include "framework/Severity.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Custodian::Ui {

EditorPages::EditorPages(QWidget *parent) : QWidget(parent)
{
    m_bar = new QWidget(this);
    m_bar->setObjectName(QStringLiteral("pageBar"));
    m_barLayout = new FlowLayout(m_bar);
    m_barLayout->setContentsMargins(0, 0, 0, 0);
    m_buttons = new QButtonGroup(this);
    m_buttons->setExclusive(true);
    m_stack = new QStackedWidget(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_stack, 1);
    m_bar->setVisible(false);
    connect(m_buttons, &QButtonGroup::idClicked, this, &EditorPages::setCurrentIndex);
    connect(m_stack, &QStackedWidget::currentChanged, this, [this](int index) {
        if (QAbstractButton *button = m_buttons->button(index))
            button->setChecked(true);
        emit currentChanged(index);
    });
}

QFormLayout *EditorPages::addPage(const QString &objectName)
{
    auto *content = new QWidget;
    content->setObjectName(objectName);
    auto *outer = new QVBoxLayout(content);
    // The frame's own margins are enough; a little room on the right keeps the scroll bar off the fields.
    outer->setContentsMargins(0, 0, outer->contentsMargins().right() / 2, 0);
    auto *form = new QFormLayout;
    // Where a label and its field do not fit side by side (Dutch labels are long), the field goes
    // under its label: the form never scrolls sideways.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    outer->addLayout(form);
    outer->addStretch();
    auto *scroll = new QScrollArea(m_stack);
    scroll->setObjectName(objectName + QStringLiteral("Scroll"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    const int index = m_stack->addWidget(scroll);
    m_contents.append(content);

    auto *button = new QToolButton(m_bar);
    button->setObjectName(objectName + QStringLiteral("Button"));
    button->setCheckable(true);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setFocusPolicy(Qt::TabFocus);
    m_buttons->addButton(button, index);
    m_barLayout->addWidget(button);
    m_pageButtons.append(button);
    if (index == 0)
        button->setChecked(true);
    m_bar->setVisible(m_pageButtons.size() > 1);
    return form;
}

int EditorPages::count() const
{
    return m_stack->count();
}

int EditorPages::currentIndex() const
{
    return m_stack->currentIndex();
}

void EditorPages::setCurrentIndex(int index)
{
    if (index >= 0 && index < m_stack->count())
        m_stack->setCurrentIndex(index);
}

QString EditorPages::title(int index) const
{
    return index >= 0 && index < m_pageButtons.size() ? m_pageButtons.at(index)->text() : QString();
}

QString EditorPages::toolTip(int index) const
{
    return index >= 0 && index < m_pageButtons.size() ? m_pageButtons.at(index)->toolTip() : QString();
}

void EditorPages::setTitle(int index, const QString &title, const QString &toolTip)
{
    if (index < 0 || index >= m_pageButtons.size())
        return;
    QToolButton *button = m_pageButtons.at(index);
    button->setText(title);
    button->setToolTip(toolTip);
    button->setAccessibleName(title);
}

void EditorPages::setMark(int index, const Domain::Findings &findings)
{
    if (index < 0 || index >= m_pageButtons.size())
        return;
    QToolButton *button = m_pageButtons.at(index);
    const Severity::Level level = Severity::worst(findings);
    const bool marked = !findings.isEmpty() && level != Severity::Level::Info;
    button->setIcon(marked ? Severity::icon(level) : QIcon());
    button->setAccessibleDescription(marked ? (level == Severity::Level::Error ? tr("Has errors") : tr("Has warnings"))
                                            : QString());
}

int EditorPages::pageOf(const QWidget *widget) const
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        const qsizetype index = m_contents.indexOf(const_cast<QWidget *>(w));
        if (index >= 0)
            return int(index);
    }
    return -1;
}

QWidget *EditorPages::page(int index) const
{
    return m_contents.value(index);
}

FormCaption::FormCaption(QFormLayout *form)
{
    QWidget *parent = form->parentWidget();
    m_title = new QLabel(parent);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    m_title->setFont(font);
    m_description = new QLabel(parent);
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::PlainText);
    makeMuted(m_description);
    m_description->setVisible(false);
    // Space above every caption but the first separates the parts of a page.
    if (form->rowCount() > 0)
        form->addItem(
            new QSpacerItem(0, m_title->fontMetrics().height() / 2, QSizePolicy::Minimum, QSizePolicy::Fixed));
    form->addRow(m_title);
    form->addRow(m_description);
}

void FormCaption::setText(const QString &title, const QString &description)
{
    if (!m_title)
        return;
    m_title->setText(title);
    m_description->setText(description);
    m_description->setVisible(!description.isEmpty());
}

void FormCaptions::setTexts(const QStringList &titles)
{
    Q_ASSERT(titles.size() == m_captions.size());
    for (int i = 0; i < m_captions.size() && i < titles.size(); ++i)
        m_captions[i].setText(titles.at(i));
}

void FormCaptions::setTexts(const QList<QPair<QString, QString>> &texts)
{
    Q_ASSERT(texts.size() == m_captions.size());
    for (int i = 0; i < m_captions.size() && i < texts.size(); ++i)
        m_captions[i].setText(texts.at(i).first, texts.at(i).second);
}

void makeMuted(QWidget *label)
{
    // Between the text and the window colour, readable in light and dark themes alike.
    QPalette palette = label->palette();
    const QColor text = palette.color(QPalette::WindowText);
    const QColor window = palette.color(QPalette::Window);
    palette.setColor(QPalette::WindowText, QColor::fromRgbF(float(text.redF() * 0.62 + window.redF() * 0.38),
                                                            float(text.greenF() * 0.62 + window.greenF() * 0.38),
                                                            float(text.blueF() * 0.62 + window.blueF() * 0.38)));
    label->setPalette(palette);
    QFont small = label->font();
    small.setPointSizeF(small.pointSizeF() * 0.92);
    label->setFont(small);
}

QLabel *createHeading(QWidget *parent, const QString &objectName)
{
    auto *heading = new QLabel(parent);
    heading->setObjectName(objectName);
    heading->setWordWrap(true);
    heading->setTextFormat(Qt::PlainText);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    heading->setFont(font);
    return heading;
}

QLabel *createStateLine(QWidget *parent, const QString &objectName)
{
    auto *line = new QLabel(parent);
    line->setObjectName(objectName);
    line->setWordWrap(true);
    makeMuted(line);
    line->setVisible(false);
    return line;
}

} // namespace Custodian::Ui
