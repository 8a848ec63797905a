#include "LetterDialog.h"

#include <QBuffer>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextDocumentWriter>
#include <QTextEdit>
#include <QVBoxLayout>

#include "domain/Codes.h"
#include "framework/Confirm.h"
#include "framework/RegisterContext.h"
#include "letters/LetterCatalogue.h"

namespace Custodian::Ui {

LetterDialog::LetterDialog(RegisterContext *context, const QString &caseUuid, const Register::ComposedLetter &composed,
                           QWidget *parent)
    : QDialog(parent), m_context(context), m_gaps(composed.gaps)
{
    m_letter.caseUuid = caseUuid;
    m_letter.kind = composed.kind;
    m_letter.language = composed.language;
    m_letter.title = composed.title;
    m_letter.partyUuid = composed.partyUuid;
    build();
    m_editor->document()->setMarkdown(composed.markdown, QTextDocument::MarkdownDialectGitHub);
    // A letter made but not yet saved is a change to keep.
    m_editor->document()->setModified(true);
    updateState();
}

LetterDialog::LetterDialog(RegisterContext *context, const Register::Letter &letter, QWidget *parent)
    : QDialog(parent), m_context(context), m_letter(letter)
{
    build();
    m_editor->setHtml(letter.body);
    m_editor->document()->setModified(false);
    updateState();
}

void LetterDialog::build()
{
    setObjectName(QStringLiteral("letterDialog"));
    setWindowModality(Qt::WindowModal);
    setSizeGripEnabled(true);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_titleEdit = new QLineEdit(m_letter.title, this);
    m_titleEdit->setObjectName(QStringLiteral("titleEdit"));
    form->addRow(QString(), m_titleEdit);
    layout->addLayout(form);
    m_infoLabel = new QLabel(this);
    m_infoLabel->setObjectName(QStringLiteral("infoLabel"));
    m_infoLabel->setWordWrap(true);
    layout->addWidget(m_infoLabel);
    m_gapsLabel = new QLabel(this);
    m_gapsLabel->setObjectName(QStringLiteral("gapsLabel"));
    m_gapsLabel->setWordWrap(true);
    m_gapsLabel->setStyleSheet(QStringLiteral("QLabel { color: palette(text); background: #fff4ce; padding: 4px; }"));
    layout->addWidget(m_gapsLabel);
    m_editor = new QTextEdit(this);
    m_editor->setObjectName(QStringLiteral("letterEdit"));
    m_editor->setAcceptRichText(true);
    // A page's width of text, as it will be printed.
    m_editor->document()->setDocumentMargin(18);
    layout->addWidget(m_editor, 1);
    auto *buttons = new QDialogButtonBox(this);
    m_saveButton = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_exportButton = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_printButton = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_printButton->setObjectName(QStringLiteral("printButton"));
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    // Save keeps the dialog open: a letter is often saved, exported and printed in one go.
    connect(m_saveButton, &QPushButton::clicked, this, [this] {
        const Status status = save();
        if (!status)
            QMessageBox::warning(this, tr("Letter not saved"), status.message());
    });
    connect(m_exportButton, &QPushButton::clicked, this, &LetterDialog::exportInteractive);
    connect(m_printButton, &QPushButton::clicked, this, &LetterDialog::printInteractive);
    connect(m_closeButton, &QPushButton::clicked, this, &LetterDialog::reject);
    connect(m_editor->document(), &QTextDocument::modificationChanged, this, [this] { updateState(); });
    connect(m_titleEdit, &QLineEdit::textEdited, this, [this] {
        m_titleModified = true;
        updateState();
    });
    retranslateUi();
    resize(760, 640);
}

void LetterDialog::retranslateUi()
{
    m_saveButton->setText(tr("&Save with the case"));
    m_exportButton->setText(tr("&Export…"));
    m_exportButton->setToolTip(tr("Saves the letter as an OpenDocument text (ODT) to edit further, or as a PDF."));
    m_printButton->setText(tr("&Print…"));
    m_titleEdit->setPlaceholderText(tr("Title of the letter"));
    m_titleEdit->setAccessibleName(tr("Title"));
    m_editor->setAccessibleName(tr("Letter"));
    const QString language = Domain::Codes::label(Domain::Codes::Kind::Language, m_letter.language);
    m_infoLabel->setText(
        m_letter.uuid.isEmpty()
            ? tr("Written in %1 from the register. Check it and change what you like, then save it "
                 "with the case.")
                  .arg(language)
            : tr("Written in %1; saved with the case on %2.")
                  .arg(language, QLocale().toString(m_letter.updatedAt.toLocalTime(), QLocale::ShortFormat)));
    m_gapsLabel->setText(
        tr("The register does not hold %n detail(s) this letter needs; they are marked in square brackets: %1. Fill "
           "them in before the letter goes out.",
           nullptr, int(m_gaps.size()))
            .arg(m_gaps.join(QLatin1String(", "))));
    m_gapsLabel->setVisible(!m_gaps.isEmpty());
    updateState();
}

bool LetterDialog::isModified() const
{
    return m_editor->document()->isModified() || m_titleModified;
}

void LetterDialog::updateState()
{
    const QString title = m_titleEdit->text().trimmed().isEmpty() ? m_letter.title : m_titleEdit->text().trimmed();
    setWindowTitle(isModified() ? tr("%1 (not saved)").arg(title) : title);
    m_saveButton->setEnabled(isModified());
}

Status LetterDialog::save()
{
    Register::Letter next = m_letter;
    next.title = m_titleEdit->text().trimmed();
    next.body = m_editor->document()->toHtml();
    const Status status = m_context->letters().save(&next);
    if (!status)
        return status;
    m_letter = next;
    m_titleModified = false;
    m_gaps.clear();
    m_editor->document()->setModified(false);
    retranslateUi();
    return status;
}

Status LetterDialog::exportTo(const QString &path)
{
    const bool odt = path.endsWith(QLatin1String(".odt"), Qt::CaseInsensitive);
    const QString failure =
        tr("The letter could not be written to %1. Nothing was written.").arg(QDir::toNativeSeparators(path));
    // Written to memory first (the writers close their device), then to the file whole or not at all.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    bool written = false;
    if (odt) {
        QTextDocumentWriter writer(&buffer, "odf");
        written = writer.write(m_editor->document());
    } else {
        QPdfWriter writer(&buffer);
        writer.setTitle(m_titleEdit->text().trimmed());
        writer.setCreator(QStringLiteral("Custodian"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 20, 20, 20),
                                         QPageLayout::Millimeter));
        std::unique_ptr<QTextDocument> copy(m_editor->document()->clone());
        copy->setDocumentMargin(0);
        copy->print(&writer);
        written = true;
    }
    const QByteArray bytes = buffer.data();
    QSaveFile file(path);
    if (!written || bytes.isEmpty() || !file.open(QIODevice::WriteOnly))
        return Status::error(Status::Code::IoError, failure, file.errorString());
    written = file.write(bytes) == bytes.size();
    if (!written || !file.commit())
        return Status::error(Status::Code::IoError, failure, file.errorString());
    return Status::ok();
}

void LetterDialog::exportInteractive()
{
    const QString odt = tr("OpenDocument text (*.odt)");
    const QString pdf = tr("PDF (*.pdf)");
    QString filter = odt;
    QString name = m_titleEdit->text().trimmed();
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("-"));
    QString path = QFileDialog::getSaveFileName(this, tr("Export letter"), name + QStringLiteral(".odt"),
                                                odt + QStringLiteral(";;") + pdf, &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter == pdf ? QStringLiteral(".pdf") : QStringLiteral(".odt");
    const Status status = exportTo(path);
    if (!status)
        QMessageBox::warning(this, tr("Letter not exported"), status.message(), QMessageBox::Ok);
}

void LetterDialog::printInteractive()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 20, 20, 20),
                                      QPageLayout::Millimeter));
    printer.setDocName(m_titleEdit->text().trimmed());
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    std::unique_ptr<QTextDocument> copy(m_editor->document()->clone());
    copy->setDocumentMargin(0);
    copy->print(&printer);
}

bool LetterDialog::mayClose()
{
    if (!isModified())
        return true;
    switch (askToSave(this, tr("Save the letter?"),
                      tr("The letter “%1” has changes that are not saved with the case.").arg(m_titleEdit->text()))) {
    case QMessageBox::Save: {
        const Status status = save();
        if (!status) {
            QMessageBox::warning(this, tr("Letter not saved"), status.message());
            return false;
        }
        return true;
    }
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

void LetterDialog::closeForLock()
{
    if (isModified()) [[maybe_unused]]
        const Status saved = save(); // a failure is shown by nobody: the register closes
    QDialog::done(QDialog::Rejected);
}

void LetterDialog::reject()
{
    if (mayClose())
        QDialog::reject();
}

} // namespace Custodian::Ui
