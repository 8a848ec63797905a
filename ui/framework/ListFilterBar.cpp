#include "framework/ListFilterBar.h"

#include "domain/NameOrder.h"
#include "framework/FlowLayout.h"
#include "framework/LanguageChange.h"
#include "framework/ListFilterProxy.h"
#include "framework/PageParts.h"
#include "framework/Roles.h"

#include <QAbstractItemModel>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QLineEdit>

namespace Custodian::Ui {

ListFilterBar::ListFilterBar(ListFilterProxy *proxy, std::optional<Domain::Codes::Kind> statusKind,
                             const QString &hiddenStatus, QWidget *parent)
    : QWidget(parent), m_proxy(proxy), m_statusKind(statusKind)
{
    setObjectName(QStringLiteral("filterBar"));
    // Ctrl+F finds from anywhere on the page, not only from the filters.
    m_searchEdit = PageParts::searchField(parent ? parent : this);
    m_statusCombo = new QComboBox(this);
    m_statusCombo->setObjectName(QStringLiteral("statusCombo"));
    m_statusCombo->setVisible(statusKind.has_value());
    m_ownerCombo = new QComboBox(this);
    m_ownerCombo->setObjectName(QStringLiteral("ownerCombo"));
    m_ownerCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ownerCombo->setMinimumContentsLength(12);
    m_ownerCombo->setVisible(false);
    m_attentionCheck = new QCheckBox(this);
    m_attentionCheck->setObjectName(QStringLiteral("attentionCheck"));
    m_dueCheck = new QCheckBox(this);
    m_dueCheck->setObjectName(QStringLiteral("dueCheck"));
    m_dueCheck->setVisible(false);

    m_layout = new FlowLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *widget : {static_cast<QWidget *>(m_searchEdit), static_cast<QWidget *>(m_statusCombo),
                            static_cast<QWidget *>(m_ownerCombo), static_cast<QWidget *>(m_attentionCheck),
                            static_cast<QWidget *>(m_dueCheck)})
        m_layout->addWidget(widget);
    m_proxy->setHiddenStatus(hiddenStatus);
    if (!hiddenStatus.isEmpty() && !statusKind) {
        m_showRetiredCheck = new QCheckBox(this);
        m_showRetiredCheck->setObjectName(QStringLiteral("showRetiredCheck"));
        m_layout->addWidget(m_showRetiredCheck);
        connect(m_showRetiredCheck, &QCheckBox::toggled, this, [this, hiddenStatus](bool show) {
            m_proxy->setHiddenStatus(show ? QString() : hiddenStatus);
            emit filtersChanged();
        });
    }

    connect(m_searchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearchText(text);
        emit filtersChanged();
    });
    connect(m_statusCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setStatusFilter(m_statusCombo->currentData().toString());
        emit filtersChanged();
    });
    connect(m_attentionCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setAttentionOnly(on);
        emit filtersChanged();
    });
    connect(m_ownerCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setOwnerFilter(m_ownerCombo->currentData().toString());
        emit filtersChanged();
    });
    connect(m_dueCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setDueOnly(on);
        emit filtersChanged();
    });
    LanguageChange::follow(this, [this] { retranslateUi(); });
}

void ListFilterBar::addWidget(QWidget *widget)
{
    const int position = m_showRetiredCheck ? m_layout->indexOf(m_showRetiredCheck) : m_layout->count();
    m_layout->insertWidget(position, widget);
    if (!(widget->focusPolicy() & Qt::TabFocus))
        return;
    // In the tab order straight after the filter before it, and before "Show retired".
    for (int before = position - 1; before >= 0; --before) {
        QWidget *previous = m_layout->itemAt(before)->widget();
        if (previous && (previous->focusPolicy() & Qt::TabFocus)) {
            setTabOrder(previous, widget);
            break;
        }
    }
    if (m_showRetiredCheck)
        setTabOrder(widget, m_showRetiredCheck);
}

bool ListFilterBar::clear()
{
    if (m_searchEdit->text().isEmpty() && m_statusCombo->currentIndex() <= 0 && !m_attentionCheck->isChecked() &&
        m_ownerCombo->currentIndex() <= 0 && !m_dueCheck->isChecked())
        return false;
    m_searchEdit->clear();
    m_statusCombo->setCurrentIndex(0);
    m_attentionCheck->setChecked(false);
    m_ownerCombo->setCurrentIndex(0);
    m_dueCheck->setChecked(false);
    return true;
}

void ListFilterBar::showDueOnly()
{
    clear();
    m_dueCheck->setVisible(true);
    m_dueCheck->setChecked(true);
}

void ListFilterBar::updateChoices(const QAbstractItemModel *model)
{
    // Filters only for what the section has.
    QStringList owners;
    bool hasDueDates = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        const QString owner = index.data(OwnerRole).toString();
        if (!owner.isEmpty() && !owners.contains(owner))
            owners.append(owner);
        hasDueDates = hasDueDates || index.data(DueRole).isValid();
    }
    std::sort(owners.begin(), owners.end(), Domain::NameOrder());
    const QString current = m_ownerCombo->currentData().toString();
    {
        const QSignalBlocker blocker(m_ownerCombo);
        m_ownerCombo->clear();
        m_ownerCombo->addItem(tr("Every owner"), QString());
        for (const QString &owner : std::as_const(owners))
            m_ownerCombo->addItem(owner, owner);
        const int index = m_ownerCombo->findData(current);
        m_ownerCombo->setCurrentIndex(qMax(0, index));
        if (index < 0 && !current.isEmpty())
            m_proxy->setOwnerFilter(QString());
    }
    m_ownerCombo->setVisible(!owners.isEmpty());
    m_dueCheck->setVisible(hasDueDates || m_dueCheck->isChecked());
}

void ListFilterBar::retranslateUi()
{
    m_searchEdit->setPlaceholderText(tr("Search (Ctrl+F)"));
    m_searchEdit->setAccessibleName(tr("Search"));
    m_attentionCheck->setText(tr("Needs attention"));
    m_attentionCheck->setToolTip(tr("Show only items with completeness findings (errors or warnings)."));
    m_ownerCombo->setAccessibleName(tr("Owner filter"));
    if (m_ownerCombo->count() > 0)
        m_ownerCombo->setItemText(0, tr("Every owner"));
    m_dueCheck->setText(tr("Due"));
    m_dueCheck->setToolTip(tr("Show only items whose review or expiry date has passed or is near."));
    if (m_showRetiredCheck) {
        m_showRetiredCheck->setText(tr("Show retired"));
        m_showRetiredCheck->setToolTip(tr("Also list items that were retired: they are kept for the history of the "
                                          "register but no longer offered for new links."));
    }
    if (m_statusKind) {
        const QString current = m_statusCombo->currentData().toString();
        const QSignalBlocker blocker(m_statusCombo);
        m_statusCombo->clear();
        m_statusCombo->addItem(tr("Every status"), QString());
        const QStringList codes = Domain::Codes::codes(*m_statusKind);
        for (const QString &code : codes)
            m_statusCombo->addItem(Domain::Codes::label(*m_statusKind, code), code);
        m_statusCombo->setCurrentIndex(qMax(0, m_statusCombo->findData(current)));
        m_statusCombo->setAccessibleName(tr("Status filter"));
    }
}

} // namespace Custodian::Ui
