#include "sections/agreements/ClauseChecklist.h"

#include "domain/Codes.h"
#include "framework/LanguageChange.h"
#include "framework/Severity.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QStyle>

namespace Custodian::Ui {

using Domain::Codes;

namespace {

const QString fieldPrefix = QStringLiteral("clauses.");

} // namespace

ClauseChecklist::ClauseChecklist(QWidget *parent) : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(2, 1);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    const QStringList codes = Codes::codes(Codes::Kind::AgreementClause);
    for (int i = 0; i < codes.size(); ++i) {
        Row row;
        row.code = codes.at(i);
        row.mark = new QLabel(this);
        row.mark->setFixedSize(iconSize, iconSize);
        row.check = new QCheckBox(this);
        row.check->setObjectName(QStringLiteral("clauseCheck_") + row.code);
        row.text = new QLabel(this);
        row.text->setWordWrap(true);
        row.text->setBuddy(row.check);
        row.text->installEventFilter(this);
        row.reference = new QLineEdit(this);
        row.reference->setObjectName(QStringLiteral("clauseReference_") + row.code);
        row.reference->setMaximumWidth(row.reference->fontMetrics().averageCharWidth() * 16);
        grid->addWidget(row.mark, i, 0, Qt::AlignTop);
        grid->addWidget(row.check, i, 1, Qt::AlignTop);
        grid->addWidget(row.text, i, 2);
        grid->addWidget(row.reference, i, 3, Qt::AlignTop);
        connect(row.check, &QCheckBox::toggled, this, [this] {
            if (!m_updating)
                emit changed();
        });
        connect(row.reference, &QLineEdit::textEdited, this, [this] {
            if (!m_updating)
                emit changed();
        });
        m_rows.append(row);
    }
    LanguageChange::follow(this, [this] { retranslateUi(); });
}

QList<Domain::ClauseCheck> ClauseChecklist::clauses() const
{
    QList<Domain::ClauseCheck> result;
    for (const Row &row : m_rows)
        result.append({row.code, row.check->isChecked(), row.reference->text()});
    return result;
}

void ClauseChecklist::setClauses(const QList<Domain::ClauseCheck> &clauses)
{
    m_updating = true;
    for (const Row &row : std::as_const(m_rows)) {
        Domain::ClauseCheck clause;
        for (const Domain::ClauseCheck &given : clauses) {
            if (given.clause == row.code)
                clause = given;
        }
        row.check->setChecked(clause.ticked);
        row.reference->setText(clause.reference);
        row.reference->setCursorPosition(0);
    }
    m_updating = false;
}

void ClauseChecklist::setMarks(const Domain::Findings &findings)
{
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    for (const Row &row : std::as_const(m_rows)) {
        Domain::Findings own;
        for (const Domain::Finding &finding : findings) {
            if (finding.field == fieldPrefix + row.code)
                own.append(finding);
        }
        Severity::markField(row.check, own);
        QStringList texts;
        for (const Domain::Finding &finding : std::as_const(own))
            texts.append(Severity::prefixed(finding));
        const QString toolTip = texts.join(QLatin1Char('\n'));
        row.mark->setPixmap(own.isEmpty() ? QPixmap()
                                          : Severity::icon(Severity::worst(own)).pixmap(iconSize, iconSize));
        row.mark->setToolTip(toolTip);
        row.text->setToolTip(toolTip);
    }
}

const ClauseChecklist::Row *ClauseChecklist::row(const QString &code) const
{
    for (const Row &row : m_rows) {
        if (row.code == code)
            return &row;
    }
    return nullptr;
}

QCheckBox *ClauseChecklist::check(const QString &code) const
{
    const Row *found = row(code);
    return found ? found->check : nullptr;
}

QLineEdit *ClauseChecklist::referenceEdit(const QString &code) const
{
    const Row *found = row(code);
    return found ? found->reference : nullptr;
}

QCheckBox *ClauseChecklist::firstUnticked() const
{
    for (const Row &row : m_rows) {
        if (!row.check->isChecked())
            return row.check;
    }
    return m_rows.isEmpty() ? nullptr : m_rows.constFirst().check;
}

bool ClauseChecklist::eventFilter(QObject *watched, QEvent *event)
{
    // A click on a clause's text ticks it, as a check box's own text would.
    if (event->type() == QEvent::MouseButtonRelease && static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton) {
        for (const Row &row : std::as_const(m_rows)) {
            if (row.text == watched) {
                row.check->toggle();
                row.check->setFocus(Qt::MouseFocusReason);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ClauseChecklist::retranslateUi()
{
    for (const Row &row : std::as_const(m_rows)) {
        const QString label = Codes::label(Codes::Kind::AgreementClause, row.code);
        row.text->setText(label);
        row.check->setAccessibleName(label);
        row.reference->setPlaceholderText(tr("e.g. art. 4.2"));
        row.reference->setAccessibleName(tr("Clause of the agreement for: %1").arg(label));
    }
}

} // namespace Custodian::Ui
