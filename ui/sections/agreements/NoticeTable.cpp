#include "sections/agreements/NoticeTable.h"

#include "domain/Codes.h"
#include "framework/EditorPages.h"
#include "framework/LanguageChange.h"
#include "sections/agreements/AgreementNoticeDelegate.h"
#include "widgets/AddRemoveButtons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Custodian::Ui {

using Domain::Codes;
using Domain::SubprocessorNotice;
using Column = AgreementNoticeDelegate::Column;

namespace {

constexpr int uuidRole = Qt::UserRole + 1;
constexpr int valueRole = AgreementNoticeDelegate::ValueRole;

} // namespace

NoticeTable::NoticeTable(QWidget *parent) : QWidget(parent), m_today(QDate::currentDate())
{
    m_introLabel = new QLabel(this);
    m_introLabel->setWordWrap(true);
    makeMuted(m_introLabel);
    m_table = new QTableWidget(0, Column::ColumnCount, this);
    m_table->setObjectName(QStringLiteral("noticesTable"));
    m_table->setItemDelegate(new AgreementNoticeDelegate(m_table));
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->setMinimumHeight(m_table->fontMetrics().height() * 8);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    // The columns always fit the table's width (fitColumns): no sideways scrolling in a form.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->viewport()->installEventFilter(this);

    m_buttons = new AddRemoveButtons(this);
    m_buttons->setObjectName(QStringLiteral("noticeButtons"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_introLabel);
    layout->addWidget(m_table);
    layout->addWidget(m_buttons);

    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (m_updating)
            return;
        refreshTexts();
        emit changed();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_buttons->setRemoveEnabled(m_table->currentRow() >= 0); });
    connect(m_buttons, &AddRemoveButtons::addClicked, this, &NoticeTable::addNotice);
    connect(m_buttons, &AddRemoveButtons::removeClicked, this, [this] { removeNotice(m_table->currentRow()); });
    LanguageChange::follow(this, [this] { retranslateUi(); });
}

QList<SubprocessorNotice> NoticeTable::notices() const
{
    QList<SubprocessorNotice> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        auto value = [this, row](int column, int role) {
            const QTableWidgetItem *item = m_table->item(row, column);
            return item ? item->data(role) : QVariant();
        };
        SubprocessorNotice notice;
        notice.uuid = value(Column::ReceivedColumn, uuidRole).toString();
        notice.receivedOn = value(Column::ReceivedColumn, valueRole).toDate();
        notice.sentOn = value(Column::SentColumn, valueRole).toDate();
        notice.change = value(Column::ChangeColumn, Qt::DisplayRole).toString();
        notice.objectionDeadline = value(Column::DeadlineColumn, valueRole).toDate();
        notice.decision = value(Column::DecisionColumn, valueRole).toString();
        notice.decidedOn = value(Column::DecidedColumn, valueRole).toDate();
        notice.notes = value(Column::NotesColumn, Qt::DisplayRole).toString();
        result.append(notice);
    }
    return result;
}

void NoticeTable::setNotices(const QList<SubprocessorNotice> &notices)
{
    m_updating = true;
    m_table->setRowCount(0);
    m_table->setRowCount(int(notices.size()));
    for (int row = 0; row < notices.size(); ++row)
        setRow(row, notices.at(row));
    m_updating = false;
    refreshTexts();
}

void NoticeTable::setSent(bool sent)
{
    if (m_sent == sent)
        return;
    m_sent = sent;
    retranslateUi();
}

void NoticeTable::setToday(QDate today)
{
    m_today = today;
    refreshTexts();
}

void NoticeTable::addNotice()
{
    SubprocessorNotice notice;
    notice.receivedOn = m_today;
    if (m_sent)
        notice.sentOn = m_today;
    const int row = m_table->rowCount();
    m_updating = true;
    m_table->insertRow(row);
    setRow(row, notice);
    m_updating = false;
    refreshTexts();
    emit changed();
    m_table->setCurrentCell(row, Column::ChangeColumn);
    if (isVisible()) {
        m_table->setFocus();
        m_table->editItem(m_table->item(row, Column::ChangeColumn));
    }
}

void NoticeTable::removeNotice(int row)
{
    if (row < 0 || row >= m_table->rowCount())
        return;
    m_table->removeRow(row);
    emit changed();
}

void NoticeTable::fitColumns()
{
    // Dates and the decision want their text; the change and the notes share the rest (60:40),
    // each at least twelve characters. When that does not fit, every column gives up width in
    // proportion (texts are elided, and the whole text is in the cell's tooltip).
    const int available = m_table->viewport()->width();
    if (available <= 0)
        return;
    const QAbstractItemView *view = m_table;
    const QHeaderView *header = m_table->horizontalHeader();
    const int minimumText = m_table->fontMetrics().averageCharWidth() * 12;
    QList<int> widths(Column::ColumnCount, 0);
    int fixed = 0;
    for (const int column : {int(Column::SentColumn), int(Column::ReceivedColumn), int(Column::DeadlineColumn),
                             int(Column::DecisionColumn), int(Column::DecidedColumn)}) {
        widths[column] = qMax(header->sectionSizeHint(column), view->sizeHintForColumn(column));
        fixed += widths[column];
    }
    const int rest = available - fixed;
    if (rest >= 2 * minimumText) {
        widths[Column::ChangeColumn] = rest * 3 / 5;
        widths[Column::NotesColumn] = rest - widths[Column::ChangeColumn];
    } else {
        widths[Column::ChangeColumn] = minimumText;
        widths[Column::NotesColumn] = minimumText;
        const double scale = double(available) / double(fixed + 2 * minimumText);
        int used = 0;
        for (int column = 0; column < Column::ColumnCount; ++column) {
            widths[column] = int(widths[column] * scale);
            used += widths[column];
        }
        widths[Column::ChangeColumn] += available - used;
    }
    for (int column = 0; column < Column::ColumnCount; ++column)
        m_table->horizontalHeader()->resizeSection(column, widths[column]);
}

bool NoticeTable::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void NoticeTable::setRow(int row, const SubprocessorNotice &notice)
{
    auto *sent = new QTableWidgetItem(AgreementNoticeDelegate::dateText(notice.sentOn));
    sent->setData(valueRole, notice.sentOn);
    m_table->setItem(row, Column::SentColumn, sent);
    auto *received = new QTableWidgetItem(AgreementNoticeDelegate::dateText(notice.receivedOn));
    received->setData(valueRole, notice.receivedOn);
    received->setData(uuidRole, notice.uuid);
    auto *deadline = new QTableWidgetItem;
    deadline->setData(valueRole, notice.objectionDeadline);
    deadline->setFlags(deadline->flags() & ~Qt::ItemIsEditable);
    auto *decision = new QTableWidgetItem(Codes::label(Codes::Kind::NoticeDecision, notice.decision));
    decision->setData(valueRole, notice.decision);
    auto *decided = new QTableWidgetItem(AgreementNoticeDelegate::dateText(notice.decidedOn));
    decided->setData(valueRole, notice.decidedOn);
    m_table->setItem(row, Column::ReceivedColumn, received);
    m_table->setItem(row, Column::ChangeColumn, new QTableWidgetItem(notice.change));
    m_table->setItem(row, Column::DeadlineColumn, deadline);
    m_table->setItem(row, Column::DecisionColumn, decision);
    m_table->setItem(row, Column::DecidedColumn, decided);
    m_table->setItem(row, Column::NotesColumn, new QTableWidgetItem(notice.notes));
}

void NoticeTable::refreshTexts()
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        // The columns may be too narrow for the whole text: it is in the tooltip.
        for (const int column : {int(Column::ChangeColumn), int(Column::NotesColumn)}) {
            if (QTableWidgetItem *text = m_table->item(row, column))
                text->setToolTip(text->text());
        }
        QTableWidgetItem *deadline = m_table->item(row, Column::DeadlineColumn);
        QTableWidgetItem *decision = m_table->item(row, Column::DecisionColumn);
        if (!deadline || !decision)
            continue;
        const QDate date = deadline->data(valueRole).toDate();
        const bool pending = decision->data(valueRole).toString() == QLatin1String("pending");
        QString text = date.isValid() ? AgreementNoticeDelegate::dateText(date) : tr("computed on save");
        if (date.isValid() && pending && date < m_today)
            text = tr("%1 — passed").arg(text);
        deadline->setText(text);
        deadline->setToolTip(tr("Computed when you save, from the day the notice was sent or received and the "
                                "objection window, counted as the agreement says (calendar days unless set "
                                "otherwise on this page)."));
        decision->setText(Codes::label(Codes::Kind::NoticeDecision, decision->data(valueRole).toString()));
        for (const int column : {int(Column::SentColumn), int(Column::ReceivedColumn), int(Column::DecidedColumn)}) {
            if (QTableWidgetItem *item = m_table->item(row, column))
                item->setText(AgreementNoticeDelegate::dateText(item->data(valueRole).toDate()));
        }
    }
    m_updating = wasUpdating;
    fitColumns();
}

void NoticeTable::retranslateUi()
{
    if (m_sent) {
        m_introLabel->setText(
            tr("Notices we sent to the controller of intended changes of our sub-processors (Art. 28(2)). Engage a "
               "new sub-processor only after the objection deadline, which is computed when you save, and record "
               "the controller's answer."));
        m_table->setHorizontalHeaderLabels({tr("Sent on"), tr("Received by the controller on"), tr("Change"),
                                            tr("Objection deadline"), tr("Controller's answer"), tr("Answered on"),
                                            tr("Notes")});
    } else {
        m_introLabel->setText(
            tr("Notices of intended changes of sub-processors. The objection deadline is computed when you save."));
        m_table->setHorizontalHeaderLabels({tr("Sent on"), tr("Received on"), tr("Change"), tr("Objection deadline"),
                                            tr("Decision"), tr("Decided on"), tr("Notes")});
    }
    for (int column = 0; column < Column::ColumnCount; ++column) {
        if (QTableWidgetItem *header = m_table->horizontalHeaderItem(column))
            header->setToolTip(header->text()); // a narrow column elides its heading
    }
    m_buttons->setTexts(tr("Add notice"), tr("Remove notice"));
    refreshTexts();
}

} // namespace Custodian::Ui
