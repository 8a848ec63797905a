#include "LetterTemplatesDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "domain/Codes.h"
#include "framework/Confirm.h"
#include "letters/LetterCatalogue.h"
#include "register/LetterService.h"

namespace Custodian::Ui {

using Letters::LetterCatalogue;
using Letters::TemplateError;

namespace {
constexpr int lineRole = Qt::UserRole + 1;
}

LetterTemplatesDialog::LetterTemplatesDialog(Register::LetterService *letters, QWidget *parent)
    : QDialog(parent), m_letters(letters)
{
    setObjectName(QStringLiteral("letterTemplatesDialog"));
    setSizeGripEnabled(true);
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(this);
    m_list = new QListWidget(splitter);
    m_list->setObjectName(QStringLiteral("templateList"));
    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    m_stateLabel = new QLabel(right);
    m_stateLabel->setObjectName(QStringLiteral("templateStateLabel"));
    m_stateLabel->setWordWrap(true);
    m_languageCombo = new QComboBox(right);
    m_languageCombo->setObjectName(QStringLiteral("templateLanguageCombo"));
    for (const QString &language : {QStringLiteral("nl"), QStringLiteral("en")})
        m_languageCombo->addItem(QString(), language);
    top->addWidget(m_stateLabel, 1);
    top->addWidget(m_languageCombo);
    rightLayout->addLayout(top);
    m_editor = new QPlainTextEdit(right);
    m_editor->setObjectName(QStringLiteral("templateEdit"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    rightLayout->addWidget(m_editor, 1);
    m_errors = new QListWidget(right);
    m_errors->setObjectName(QStringLiteral("templateErrors"));
    m_errors->setMaximumHeight(m_errors->fontMetrics().height() * 5);
    rightLayout->addWidget(m_errors);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    m_buttons = new QDialogButtonBox(this);
    m_checkButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_checkButton->setObjectName(QStringLiteral("checkTemplateButton"));
    m_saveButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_saveButton->setObjectName(QStringLiteral("saveTemplateButton"));
    m_builtInButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_builtInButton->setObjectName(QStringLiteral("builtInTemplateButton"));
    m_syntaxButton = m_buttons->addButton(QString(), QDialogButtonBox::HelpRole);
    m_syntaxButton->setObjectName(QStringLiteral("syntaxButton"));
    m_buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &LetterTemplatesDialog::reject);
    connect(m_checkButton, &QPushButton::clicked, this, [this] { showErrors(check()); });
    connect(m_saveButton, &QPushButton::clicked, this, [this] {
        const Status status = save();
        if (!status && m_errors->count() == 0)
            QMessageBox::warning(this, tr("Template not saved"), status.message());
    });
    connect(m_builtInButton, &QPushButton::clicked, this, [this] {
        if (!confirmAction(this, tr("Use the built-in text"),
                           tr("Replace the register's own text of this template with Custodian's built-in text?"),
                           tr("Use built-in text"), true))
            return;
        const Status status = useBuiltIn();
        if (!status)
            QMessageBox::warning(this, tr("Template not changed"), status.message());
    });
    connect(m_syntaxButton, &QPushButton::clicked, this, &LetterTemplatesDialog::showSyntax);
    connect(m_editor->document(), &QTextDocument::modificationChanged, this, [this] { updateState(); });
    connect(m_errors, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int line = item->data(lineRole).toInt();
        if (line <= 0)
            return;
        QTextCursor cursor(m_editor->document()->findBlockByNumber(line - 1));
        m_editor->setTextCursor(cursor);
        m_editor->setFocus();
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_switching || row < 0)
            return;
        const QString name = m_list->item(row)->data(Qt::UserRole).toString();
        if (name == m_name)
            return;
        if (!mayLeave()) {
            m_switching = true;
            for (int i = 0; i < m_list->count(); ++i) {
                if (m_list->item(i)->data(Qt::UserRole).toString() == m_name)
                    m_list->setCurrentRow(i);
            }
            m_switching = false;
            return;
        }
        showTemplate(name, m_language);
    });
    connect(m_languageCombo, &QComboBox::currentIndexChanged, this, [this] {
        const QString language = m_languageCombo->currentData().toString();
        if (m_switching || language == m_language)
            return;
        if (!mayLeave()) {
            m_switching = true;
            m_languageCombo->setCurrentIndex(m_languageCombo->findData(m_language));
            m_switching = false;
            return;
        }
        showTemplate(m_name, language);
    });
    retranslateUi();
    showTemplate(LetterCatalogue::allKinds().constFirst(), QStringLiteral("nl"));
    resize(980, 640);
}

void LetterTemplatesDialog::fillList()
{
    const bool was = m_switching;
    m_switching = true;
    m_list->clear();
    for (const QString &name : LetterCatalogue::templateNames()) {
        QString text;
        bool own = false;
        [[maybe_unused]] const Status read = m_letters->templateText(name, m_language, &text, &own);
        QString title = name.startsWith(QLatin1Char('_'))
                            ? tr("Shared part: %1")
                                  .arg(name == QLatin1String("_letterhead") ? tr("letterhead")
                                       : name == QLatin1String("_closing")  ? tr("closing")
                                                                            : tr("remedies"))
                            : LetterCatalogue::title(name);
        if (own)
            title = tr("%1 (own text)").arg(title);
        auto *item = new QListWidgetItem(title, m_list);
        item->setData(Qt::UserRole, name);
        if (name == m_name)
            m_list->setCurrentItem(item);
    }
    m_switching = was;
}

void LetterTemplatesDialog::showTemplate(const QString &name, const QString &language)
{
    m_name = name;
    m_language = language;
    QString text;
    const Status status = m_letters->templateText(name, language, &text, &m_overridden);
    if (!status)
        QMessageBox::warning(this, tr("Template not read"), status.message());
    m_switching = true;
    m_languageCombo->setCurrentIndex(m_languageCombo->findData(language));
    m_switching = false;
    m_editor->setPlainText(text);
    m_editor->document()->setModified(false);
    m_errors->clear();
    fillList();
    updateState();
}

QList<TemplateError> LetterTemplatesDialog::check()
{
    QList<TemplateError> errors;
    const Status status = m_letters->checkTemplate(m_name, m_language, m_editor->toPlainText(), &errors);
    if (!status)
        errors.append({QString(), 0, status.message()});
    return errors;
}

Status LetterTemplatesDialog::save()
{
    QList<TemplateError> errors;
    const Status status = m_letters->saveTemplate(m_name, m_language, m_editor->toPlainText(), &errors);
    showErrors(errors);
    if (status) {
        m_overridden = true;
        m_editor->document()->setModified(false);
        fillList();
        updateState();
    }
    return status;
}

Status LetterTemplatesDialog::useBuiltIn()
{
    const Status status = m_letters->resetTemplate(m_name, m_language);
    if (status)
        showTemplate(m_name, m_language);
    return status;
}

void LetterTemplatesDialog::showErrors(const QList<TemplateError> &errors)
{
    m_errors->clear();
    for (const TemplateError &error : errors) {
        auto *item = new QListWidgetItem(error.text(), m_errors);
        // A mistake in the template itself leads to its line; one in a part names the part.
        item->setData(lineRole, error.part.isEmpty() ? error.line : 0);
    }
    if (errors.isEmpty())
        new QListWidgetItem(tr("No mistakes: every tag is closed and every value exists in the letters that use it."),
                            m_errors);
}

void LetterTemplatesDialog::updateState()
{
    const bool modified = m_editor->document()->isModified();
    m_saveButton->setEnabled(modified);
    m_builtInButton->setEnabled(m_overridden);
    m_stateLabel->setText(modified       ? tr("Changed, not saved yet.")
                          : m_overridden ? tr("This register uses its own text.")
                                         : tr("Custodian's built-in text. Change it to use your own."));
}

bool LetterTemplatesDialog::mayLeave()
{
    if (!m_editor->document()->isModified())
        return true;
    switch (askToSave(this, tr("Save the template?"), tr("The template has changes that are not saved."))) {
    case QMessageBox::Save:
        return save().isOk();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

void LetterTemplatesDialog::closeForLock()
{
    if (m_editor->document()->isModified()) [[maybe_unused]]
        const Status saved = save();
    QDialog::done(QDialog::Rejected);
}

void LetterTemplatesDialog::reject()
{
    if (mayLeave())
        QDialog::reject();
}

void LetterTemplatesDialog::showSyntax()
{
    QFile file(QStringLiteral(":/letters/README.md"));
    QDialog help(this);
    help.setWindowTitle(tr("Letter templates: the syntax and the values"));
    auto *layout = new QVBoxLayout(&help);
    auto *browser = new QTextBrowser(&help);
    if (file.open(QIODevice::ReadOnly))
        browser->setMarkdown(QString::fromUtf8(file.readAll()));
    layout->addWidget(browser);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &help);
    connect(buttons, &QDialogButtonBox::rejected, &help, &QDialog::reject);
    layout->addWidget(buttons);
    help.resize(820, 600);
    help.exec();
}

void LetterTemplatesDialog::retranslateUi()
{
    setWindowTitle(tr("Letter templates"));
    m_languageCombo->setItemText(0, Domain::Codes::label(Domain::Codes::Kind::Language, QStringLiteral("nl")));
    m_languageCombo->setItemText(1, Domain::Codes::label(Domain::Codes::Kind::Language, QStringLiteral("en")));
    m_languageCombo->setAccessibleName(tr("Language of the template"));
    m_editor->setAccessibleName(tr("Template text"));
    m_errors->setAccessibleName(tr("Mistakes"));
    m_list->setAccessibleName(tr("Templates"));
    m_checkButton->setText(tr("&Check"));
    m_saveButton->setText(tr("&Save"));
    m_builtInButton->setText(tr("Use &built-in text"));
    m_syntaxButton->setText(tr("S&yntax…"));
}

} // namespace Custodian::Ui
