#include "LetterPanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include "domain/Codes.h"
#include "framework/Confirm.h"
#include "framework/RegisterContext.h"
#include "sections/letters/LetterDialog.h"

namespace Custodian::Ui {

using Letters::LetterCatalogue;

LetterPanel::LetterPanel(RegisterContext *context, Letters::Subject subject, QWidget *parent)
    : QWidget(parent), m_context(context), m_subject(subject)
{
    setObjectName(QStringLiteral("letterPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_hintLabel = new QLabel(this);
    m_hintLabel->setObjectName(QStringLiteral("lettersHintLabel"));
    m_hintLabel->setWordWrap(true);
    layout->addWidget(m_hintLabel);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("lettersList"));
    m_list->setMaximumHeight(120);
    layout->addWidget(m_list);
    auto *buttons = new QHBoxLayout;
    m_writeButton = new QToolButton(this);
    m_writeButton->setObjectName(QStringLiteral("writeLetterButton"));
    m_writeButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_openButton = new QPushButton(this);
    m_openButton->setObjectName(QStringLiteral("openLetterButton"));
    m_deleteButton = new QPushButton(this);
    m_deleteButton->setObjectName(QStringLiteral("deleteLetterButton"));
    buttons->addWidget(m_writeButton);
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_deleteButton);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(m_writeButton, &QToolButton::clicked, this, &LetterPanel::showWriteMenu);
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_list->currentItem())
            openLetter(item->data(Qt::UserRole).toString());
    });
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { openLetter(item->data(Qt::UserRole).toString()); });
    connect(m_list, &QListWidget::currentRowChanged, this, [this] { updateButtons(); });
    connect(m_deleteButton, &QPushButton::clicked, this, &LetterPanel::removeSelected);
    connect(&m_context->letters(), &Register::LetterService::lettersChanged, this, [this](const QString &uuid) {
        if (uuid == m_caseUuid)
            reload();
    });
    retranslateUi();
}

void LetterPanel::setCase(const QString &caseUuid, const QString &language,
                          const QList<QPair<QString, QString>> &processors,
                          const QList<QPair<QString, QString>> &recipients)
{
    const bool same = caseUuid == m_caseUuid;
    m_caseUuid = caseUuid;
    m_language = language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("nl");
    m_processors = processors;
    m_recipients = recipients;
    if (!same)
        reload();
    retranslateUi();
}

void LetterPanel::reload()
{
    m_list->clear();
    if (!m_caseUuid.isEmpty()) {
        QList<Register::Letter> letters;
        if (m_context->reportIfFailed(m_context->letters().lettersOf(m_caseUuid, &letters))) {
            for (const Register::Letter &letter : std::as_const(letters)) {
                auto *item = new QListWidgetItem(
                    tr("%1 — %2, %3")
                        .arg(letter.title,
                             QLocale().toString(letter.updatedAt.toLocalTime().date(), QLocale::ShortFormat),
                             Domain::Codes::label(Domain::Codes::Kind::Language, letter.language)),
                    m_list);
                item->setData(Qt::UserRole, letter.uuid);
            }
        }
    }
    updateButtons();
}

void LetterPanel::updateButtons()
{
    const bool saved = !m_caseUuid.isEmpty();
    m_writeButton->setEnabled(saved);
    m_list->setVisible(saved && m_list->count() > 0);
    m_openButton->setVisible(saved && m_list->count() > 0);
    m_deleteButton->setVisible(saved && m_list->count() > 0);
    m_openButton->setEnabled(m_list->currentItem() != nullptr);
    m_deleteButton->setEnabled(m_list->currentItem() != nullptr);
}

void LetterPanel::showWriteMenu()
{
    if (m_unsaved && m_unsaved()) {
        QMessageBox::information(this, tr("Save the case first"),
                                 tr("A letter is written from the case as it is saved. Save your changes first, then "
                                    "write the letter."));
        return;
    }
    QMenu menu(this);
    for (const QString &kind : LetterCatalogue::kinds(m_subject)) {
        const QString title = LetterCatalogue::title(kind);
        if (LetterCatalogue::addressedToParty(kind)) {
            const bool toProcessor = kind == QLatin1String("processor_instruction");
            const QList<QPair<QString, QString>> &parties = toProcessor ? m_processors : m_recipients;
            QMenu *to = menu.addMenu(title);
            for (const auto &[uuid, name] : parties)
                to->addAction(name, this, [this, kind, uuid = uuid] { writeLetter(kind, uuid); });
            if (parties.isEmpty())
                to->addAction(toProcessor ? tr("No processor instructed is recorded on the Handling page")
                                          : tr("No recipient told is recorded on the Handling page"))
                    ->setEnabled(false);
        } else if (m_subject == Letters::Subject::Breach) {
            // The people affected have no language of their own in the register: ask.
            QMenu *in = menu.addMenu(title);
            for (const QString &language : {QStringLiteral("nl"), QStringLiteral("en")})
                in->addAction(Domain::Codes::label(Domain::Codes::Kind::Language, language), this,
                              [this, kind, language] { writeLetter(kind, QString(), language); });
        } else {
            menu.addAction(title, this, [this, kind] { writeLetter(kind); });
        }
    }
    menu.exec(m_writeButton->mapToGlobal(QPoint(0, m_writeButton->height())));
}

LetterDialog *LetterPanel::writeLetter(const QString &kind, const QString &partyUuid, const QString &language)
{
    Register::ComposedLetter composed;
    const Status status = m_context->letters().compose(kind, m_caseUuid, partyUuid,
                                                       language.isEmpty() ? m_language : language, &composed);
    if (!status) {
        QMessageBox::warning(this, tr("Letter not made"), status.message());
        return nullptr;
    }
    auto *dialog = new LetterDialog(m_context, m_caseUuid, composed, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

LetterDialog *LetterPanel::openLetter(const QString &letterUuid)
{
    Register::Letter letter;
    if (!m_context->reportIfFailed(m_context->letters().load(letterUuid, &letter)))
        return nullptr;
    auto *dialog = new LetterDialog(m_context, letter, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void LetterPanel::removeSelected()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    if (!confirmAction(
            this, tr("Delete letter"),
            tr("Delete the letter “%1” from the case?").arg(item->text().section(QStringLiteral(" — "), 0, 0)),
            tr("Delete"), true))
        return;
    const Status status = m_context->letters().remove(item->data(Qt::UserRole).toString());
    if (!status)
        QMessageBox::warning(this, tr("Letter not deleted"), status.message());
}

void LetterPanel::retranslateUi()
{
    m_writeButton->setText(tr("Write letter…"));
    m_writeButton->setToolTip(tr("Writes a letter from the register's templates, in %1: the letter opens to check and "
                                 "change before it is saved with the case.")
                                  .arg(Domain::Codes::label(Domain::Codes::Kind::Language, m_language)));
    m_openButton->setText(tr("Open"));
    m_deleteButton->setText(tr("Delete"));
    m_hintLabel->setText(m_caseUuid.isEmpty() ? tr("Save the case first to write its letters.")
                                              : tr("Letters saved with the case:"));
    m_hintLabel->setVisible(m_caseUuid.isEmpty() || m_list->count() > 0);
    updateButtons();
}

void LetterPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
    QWidget::changeEvent(event);
}

} // namespace Custodian::Ui
