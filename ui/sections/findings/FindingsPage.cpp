#include "sections/findings/FindingsPage.h"

#include "framework/PageParts.h"

#include "framework/ListFilterProxy.h"
#include "framework/RegisterContext.h"
#include "framework/Severity.h"
#include "sections/findings/FindingsTableModel.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Custodian::Ui {

namespace {
const QString headerKey = QStringLiteral("ui/findings/header");
} // namespace

FindingsPage::FindingsPage(RegisterContext *context, QWidget *parent) : QWidget(parent), m_context(context)
{
    m_model = new FindingsTableModel(this);
    m_proxy = new ListFilterProxy(this);
    m_proxy->setSourceModel(m_model);

    m_titleLabel = PageParts::title(this);
    m_introLabel = new QLabel(this);
    m_introLabel->setWordWrap(true);

    m_searchEdit = PageParts::searchField(this);
    m_severityCombo = new QComboBox(this);
    m_severityCombo->setObjectName(QStringLiteral("severityCombo"));
    m_kindCombo = new QComboBox(this);
    m_kindCombo->setObjectName(QStringLiteral("kindCombo"));
    m_checkButton = new QPushButton(this);
    m_checkButton->setObjectName(QStringLiteral("checkAgainButton"));

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("findingsView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    const QByteArray header = QSettings().value(headerKey).toByteArray();
    if (header.isEmpty() || !m_view->horizontalHeader()->restoreState(header)) {
        m_view->sortByColumn(FindingsTableModel::SeverityColumn, Qt::AscendingOrder);
        const int character = m_view->fontMetrics().averageCharWidth();
        m_view->horizontalHeader()->resizeSection(FindingsTableModel::SeverityColumn, character * 12);
        m_view->horizontalHeader()->resizeSection(FindingsTableModel::KindColumn, character * 20);
        m_view->horizontalHeader()->resizeSection(FindingsTableModel::ItemColumn, character * 34);
    }
    auto saveHeader = [this] { QSettings().setValue(headerKey, m_view->horizontalHeader()->saveState()); };
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this, saveHeader);
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, saveHeader);

    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setMargin(m_emptyLabel->fontMetrics().height() * 2);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_emptyLabel);
    m_detailLabel = new QLabel(this);
    m_detailLabel->setObjectName(QStringLiteral("detailLabel"));
    m_detailLabel->setWordWrap(true);
    m_detailLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_searchEdit, 1);
    toolbar->addWidget(m_severityCombo);
    toolbar->addWidget(m_kindCombo);
    toolbar->addWidget(m_checkButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_introLabel);
    layout->addLayout(toolbar);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_detailLabel);
    layout->addWidget(m_countLabel);

    connect(m_searchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearchText(text);
        updateCount();
    });
    connect(m_severityCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setStatusFilter(m_severityCombo->currentData().toString());
        updateCount();
    });
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setValueFilter(FindingsTableModel::EntityRole, m_kindCombo->currentData().toString());
        updateCount();
    });
    connect(m_checkButton, &QPushButton::clicked, this, &FindingsPage::checkAgain);
    connect(m_view, &QAbstractItemView::activated, this, &FindingsPage::onActivated);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FindingsPage::updateDetail);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &FindingsPage::updateDetail);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &FindingsPage::updateDetail);
    connect(m_context, &RegisterContext::registerChanged, this, [this] {
        // Recomputing is not free: only while the page is on screen, else when it is shown next.
        m_stale = true;
        if (isVisible())
            refresh();
    });

    retranslateUi();
    updateCount(); // the findings are computed when the page is first shown (or refresh() is called)
}

QString FindingsPage::title() const
{
    return tr("Findings");
}

void FindingsPage::refresh()
{
    const QModelIndex current = m_view->currentIndex();
    const QString uuid = current.isValid() ? current.siblingAtColumn(0).data(UuidRole).toString() : QString();
    const QString field =
        current.isValid() ? current.siblingAtColumn(0).data(FindingsTableModel::FieldRole).toString() : QString();
    m_model->setFindings(m_context->findings());
    m_stale = false;
    // Keep the row the user was on, when it is still there.
    for (int row = 0; row < m_proxy->rowCount() && !uuid.isEmpty(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(UuidRole).toString() == uuid && index.data(FindingsTableModel::FieldRole).toString() == field) {
            m_view->setCurrentIndex(index);
            break;
        }
    }
    updateCount();
}

void FindingsPage::checkAgain()
{
    // Marks the findings stale: a date set by a test stays, the real date is read afresh.
    const QDate today = m_context->today();
    m_context->setToday(today == QDate::currentDate() ? QDate() : today);
    refresh();
}

void FindingsPage::openRow(int proxyRow)
{
    const QModelIndex index = m_proxy->index(proxyRow, 0);
    if (!index.isValid())
        return;
    m_context->requestShow(index.data(FindingsTableModel::EntityRole).toString(), index.data(UuidRole).toString());
}

void FindingsPage::onActivated(const QModelIndex &index)
{
    if (index.isValid())
        openRow(index.row());
}

void FindingsPage::updateDetail()
{
    // The whole sentence of the current finding: the table cuts long messages off.
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_detailLabel->clear();
        m_detailLabel->setVisible(false);
        return;
    }
    const Register::EntityFinding &finding = m_model->findingAt(m_proxy->mapToSource(current).row());
    m_detailLabel->setText(tr("%1 — %2: %3")
                               .arg(current.siblingAtColumn(FindingsTableModel::KindColumn).data().toString(),
                                    current.siblingAtColumn(FindingsTableModel::ItemColumn).data().toString(),
                                    Severity::prefixed(finding.finding)));
    m_detailLabel->setVisible(true);
}

void FindingsPage::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    int errors = 0;
    for (int row = 0; row < total; ++row) {
        if (m_model->findingAt(row).finding.severity == Domain::Finding::Severity::Error)
            ++errors;
    }
    const QString count = shown == total ? tr("%n finding(s)", nullptr, total)
                                         : tr("%1 of %n finding(s) shown", nullptr, total).arg(shown);
    m_countLabel->setText(errors > 0 ? tr("%1; %n error(s) to correct", nullptr, errors).arg(count) : count);
    m_stack->setCurrentWidget(total == 0 ? static_cast<QWidget *>(m_emptyLabel) : m_view);
    updateDetail();
}

void FindingsPage::retranslateUi()
{
    m_titleLabel->setText(tr("Findings"));
    m_introLabel->setText(tr("What an auditor would ask about, across the register. Press Enter or double-click a "
                             "finding to open the item it concerns."));
    m_searchEdit->setPlaceholderText(tr("Search (Ctrl+F)"));
    m_searchEdit->setAccessibleName(tr("Search"));
    m_checkButton->setText(tr("Check &again"));
    m_checkButton->setToolTip(tr("Run the completeness check again, for today's date."));
    m_emptyLabel->setText(tr("No findings: every activity and agreement has what an auditor asks for."));
    {
        const QString current = m_severityCombo->currentData().toString();
        const QSignalBlocker blocker(m_severityCombo);
        m_severityCombo->clear();
        m_severityCombo->addItem(tr("Every severity"), QString());
        for (const auto severity :
             {Domain::Finding::Severity::Error, Domain::Finding::Severity::Warning, Domain::Finding::Severity::Info})
            m_severityCombo->addItem(FindingsTableModel::severityLabel(severity),
                                     FindingsTableModel::severityCode(severity));
        m_severityCombo->setCurrentIndex(qMax(0, m_severityCombo->findData(current)));
        m_severityCombo->setAccessibleName(tr("Severity filter"));
    }
    {
        const QString current = m_kindCombo->currentData().toString();
        const QSignalBlocker blocker(m_kindCombo);
        m_kindCombo->clear();
        m_kindCombo->addItem(tr("Every kind of item"), QString());
        for (const QString &kind : FindingsTableModel::kinds())
            m_kindCombo->addItem(FindingsTableModel::kindLabel(kind), kind);
        m_kindCombo->setCurrentIndex(qMax(0, m_kindCombo->findData(current)));
        m_kindCombo->setAccessibleName(tr("Kind filter"));
    }
}

void FindingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_countLabel) {
        retranslateUi();
        // Severity and kind words in the rows, and the messages themselves, are translated text.
        checkAgain();
    }
    QWidget::changeEvent(event);
}

void FindingsPage::showEvent(QShowEvent *event)
{
    if (m_stale)
        refresh();
    QWidget::showEvent(event);
}

} // namespace Custodian::Ui
