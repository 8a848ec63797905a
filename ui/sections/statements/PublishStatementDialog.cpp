#include "sections/statements/PublishStatementDialog.h"

#include "domain/Codes.h"
#include "framework/RegisterContext.h"
#include "register/Completeness.h"
#include "statement/Publication.h"
#include "storage/Database.h"
#include "widgets/DateField.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace Custodian::Ui {

PublishStatementDialog::PublishStatementDialog(RegisterContext *context, const Domain::PrivacyStatement &statement,
                                               const QList<Domain::StatementVersion> &versions, QWidget *parent)
    : QDialog(parent), m_context(context), m_statement(statement)
{
    setObjectName(QStringLiteral("publishStatementDialog"));
    const int number = versions.isEmpty() ? 1 : versions.constFirst().number + 1;
    setWindowTitle(tr("Publish version %1").arg(number));
    auto *layout = new QVBoxLayout(this);
    QStringList languages;
    for (const QString &language : statement.languages)
        languages << Domain::Codes::label(Domain::Codes::Kind::Language, language);
    auto *intro = new QLabel(
        tr("Version %1 of “%2” is written from the register as it is now, in %3, and kept as published with the "
           "register's state. It cannot be changed afterwards: a correction is a new version.")
            .arg(QString::number(number), statement.title, languages.join(QStringLiteral(", "))),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_effective = new QDateEdit(this);
    m_effective->setObjectName(QStringLiteral("effectiveEdit"));
    m_effective->setCalendarPopup(true);
    m_effective->setDisplayFormat(fourDigitYearFormat());
    QDate effective = context->today();
    if (!versions.isEmpty()) {
        m_latestEffective = versions.constFirst().effectiveOn;
        effective = std::max(effective, m_latestEffective);
    }
    m_effective->setDate(effective);
    auto *effectiveLabel = new QLabel(tr("&Effective from:"), this);
    effectiveLabel->setBuddy(m_effective);
    form->addRow(effectiveLabel, m_effective);
    m_changes = new QPlainTextEdit(this);
    m_changes->setObjectName(QStringLiteral("changesEdit"));
    m_changes->setTabChangesFocus(true);
    m_changes->setPlaceholderText(versions.isEmpty() ? tr("e.g. The first version of our privacy statement.")
                                                     : tr("What changed, in words for the public: it is printed in "
                                                          "the statement."));
    m_changes->setFixedHeight(m_changes->fontMetrics().lineSpacing() * 4 + 12);
    auto *changesLabel = new QLabel(tr("What &changed:"), this);
    changesLabel->setBuddy(m_changes);
    form->addRow(changesLabel, m_changes);
    // The statement's other language says what changed too.
    const QStringList others =
        Statement::Publisher::otherLanguages(statement, context->snapshot().organisation.dataLanguage);
    m_translatedChanges = new QPlainTextEdit(this);
    m_translatedChanges->setObjectName(QStringLiteral("translatedChangesEdit"));
    m_translatedChanges->setTabChangesFocus(true);
    m_translatedChanges->setFixedHeight(m_changes->height());
    if (!others.isEmpty()) {
        auto *translatedLabel = new QLabel(
            tr("What changed, in %1:").arg(Domain::Codes::label(Domain::Codes::Kind::Language, others.constFirst())),
            this);
        translatedLabel->setBuddy(m_translatedChanges);
        form->addRow(translatedLabel, m_translatedChanges);
    } else {
        m_translatedChanges->hide();
    }
    layout->addLayout(form);

    // What the register says differently from the latest version: what this version brings.
    m_differencesLabel = new QLabel(this);
    m_differencesLabel->setWordWrap(true);
    m_differences = new QListWidget(this);
    m_differences->setObjectName(QStringLiteral("differenceList"));
    m_differences->setWordWrap(true);
    layout->addWidget(m_differencesLabel);
    layout->addWidget(m_differences);
    QStringList differences;
    for (const Domain::Finding &finding :
         Register::CompletenessCheck::forStatement(statement, context->snapshot(), context->today())) {
        if (finding.field == QLatin1String("versions"))
            differences << finding.message;
    }
    m_differencesLabel->setText(
        versions.isEmpty()      ? tr("The first version.")
        : differences.isEmpty() ? tr("The register still says what version %1 says.").arg(versions.constFirst().number)
                                : tr("Since version %1:").arg(versions.constFirst().number));
    m_differences->addItems(differences);
    m_differences->setVisible(!differences.isEmpty() && !versions.isEmpty());

    m_problemsLabel = new QLabel(this);
    m_problemsLabel->setWordWrap(true);
    m_problems = new QListWidget(this);
    m_problems->setObjectName(QStringLiteral("problemList"));
    m_problems->setWordWrap(true);
    layout->addWidget(m_problemsLabel);
    layout->addWidget(m_problems, 1);
    // The space the lists leave when they are hidden stays below them, not between the fields.
    layout->addStretch(0);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Publish"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PublishStatementDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_effective, &QDateEdit::dateChanged, this, &PublishStatementDialog::refreshProblems);
    refreshProblems();
    // As tall as what it shows: the lists when there is something in them.
    resize(640, sizeHint().height());
}

void PublishStatementDialog::refreshProblems()
{
    QStringList problems;
    const Status status = Statement::Publisher(m_context->database()).problems(m_statement.uuid, &problems);
    if (!status)
        problems << status.message();
    if (m_latestEffective.isValid() && m_effective->date() < m_latestEffective)
        problems << tr("The latest version takes effect on %1: the new version cannot take effect before it.")
                        .arg(QLocale().toString(m_latestEffective, QLocale::LongFormat));
    m_blocking = problems;
    showProblems(problems);
}

QPushButton *PublishStatementDialog::publishButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void PublishStatementDialog::showProblems(const QStringList &problems)
{
    m_problems->clear();
    const QIcon error = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    for (const QString &problem : problems)
        m_problems->addItem(new QListWidgetItem(error, problem));
    m_problems->setVisible(!problems.isEmpty());
    // Room for the list that has just appeared.
    if (isVisible() && !problems.isEmpty())
        resize(width(), std::max(height(), sizeHint().height()));
    m_problemsLabel->setText(problems.isEmpty()
                                 ? tr("The register says everything the statement needs.")
                                 : tr("Not yet: the register does not say everything the statement needs. Complete "
                                      "it first; this keeps a statement with holes from being published."));
    // A refused attempt (what changed not said in the other language) can be mended in the dialog
    // and tried again; what the register lacks cannot.
    publishButton()->setEnabled(m_blocking.isEmpty());
}

void PublishStatementDialog::accept()
{
    QStringList problems;
    const Status status = Statement::Publisher(m_context->database())
                              .publish(m_statement.uuid, m_effective->date(), m_changes->toPlainText(),
                                       m_translatedChanges->toPlainText(), &m_published, &problems);
    if (!status) {
        if (problems.isEmpty())
            problems << status.message();
        showProblems(problems);
        m_problemsLabel->setText(status.message());
        return;
    }
    QDialog::accept();
}

} // namespace Custodian::Ui
