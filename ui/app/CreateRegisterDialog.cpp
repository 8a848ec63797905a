#include "app/CreateRegisterDialog.h"

#include "app/PassphraseFields.h"
#include "framework/FormLabels.h"
#include "framework/LanguageChange.h"
#include "widgets/PassphraseEdit.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Custodian::Ui {

CreateRegisterDialog::CreateRegisterDialog(QWidget *parent) : QDialog(parent)
{
    m_introLabel = new QLabel(this);
    m_introLabel->setWordWrap(true);
    m_fileEdit = new QLineEdit(this);
    m_fileEdit->setObjectName(QStringLiteral("fileEdit"));
    m_browseButton = new QPushButton(this);
    m_folderNoteLabel = new QLabel(this);
    m_folderNoteLabel->setObjectName(QStringLiteral("folderNoteLabel"));
    m_folderNoteLabel->setWordWrap(true);
    m_folderNoteLabel->setTextFormat(Qt::PlainText);
    m_folderNoteLabel->setForegroundRole(QPalette::PlaceholderText);
    m_folderNoteLabel->setVisible(false);
    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("organisationNameEdit"));
    m_passphraseFields = new PassphraseFields(PassphraseFields::Labels::Passphrase, this);
    m_remember = new RememberPassphrase(this);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setForegroundRole(QPalette::Text);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(m_browseButton);
    // One form, so that every label lines up: the file and the organisation above the passphrase.
    QFormLayout *form = m_passphraseFields->form();
    form->insertRow(0, FormLabels::labelFor(m_fileEdit, this), fileRow);
    form->insertRow(1, QString(), m_folderNoteLabel);
    form->insertRow(2, FormLabels::labelFor(m_nameEdit, this), m_nameEdit);
    setTabOrder(m_fileEdit, m_browseButton);
    setTabOrder(m_browseButton, m_nameEdit);
    setTabOrder(m_nameEdit, m_passphraseFields->firstEdit());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addWidget(m_passphraseFields);
    layout->addWidget(m_remember);
    layout->addWidget(m_errorLabel);
    layout->addStretch();
    layout->addWidget(m_buttons);

    m_fileEdit->setText(QDir::toNativeSeparators(proposedPath()));

    connect(m_browseButton, &QPushButton::clicked, this, &CreateRegisterDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The words a guesser who has the file would try first count against the passphrase.
    auto updateContext = [this] {
        m_passphraseFields->setContextWords({organisationName(), QFileInfo(filePath()).completeBaseName()});
        validate();
    };
    connect(m_fileEdit, &QLineEdit::textChanged, this, updateContext);
    connect(m_nameEdit, &QLineEdit::textChanged, this, updateContext);
    connect(m_passphraseFields, &PassphraseFields::changed, this, &CreateRegisterDialog::validate);
    LanguageChange::follow(this, [this] { retranslateUi(); });
    updateContext();
    setMinimumWidth(520);
}

QString CreateRegisterDialog::proposedPath()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QDir folder(QDir(documents.isEmpty() ? QDir::homePath() : documents).filePath(QStringLiteral("Custodian")));
    QString path = folder.filePath(QStringLiteral("register.custodian"));
    for (int number = 2; QFileInfo::exists(path) && number < 100; ++number)
        path = folder.filePath(QStringLiteral("register-%1.custodian").arg(number));
    return path;
}

void CreateRegisterDialog::setKeychainAvailable(bool available)
{
    m_remember->setKeychainAvailable(available);
}

QString CreateRegisterDialog::filePath() const
{
    QString path = m_fileEdit->text().trimmed();
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".custodian");
    return QDir::cleanPath(path);
}

QString CreateRegisterDialog::organisationName() const
{
    return m_nameEdit->text().trimmed();
}

QString CreateRegisterDialog::passphrase() const
{
    return m_passphraseFields->passphrase();
}

bool CreateRegisterDialog::rememberPassphrase() const
{
    return m_remember->isChecked();
}

void CreateRegisterDialog::setFilePath(const QString &path)
{
    m_fileEdit->setText(QDir::toNativeSeparators(path));
}

void CreateRegisterDialog::setOrganisationName(const QString &name)
{
    m_nameEdit->setText(name);
}

void CreateRegisterDialog::setError(const QString &message)
{
    m_errorLabel->setText(message);
}

QString CreateRegisterDialog::problem() const
{
    if (m_fileEdit->text().trimmed().isEmpty())
        return tr("Choose where to save the register.");
    if (QFileInfo::exists(filePath()))
        return tr("A file with this name already exists. Choose another name.");
    if (organisationName().isEmpty())
        return tr("Enter the organisation's name.");
    return m_passphraseFields->problem();
}

void CreateRegisterDialog::validate()
{
    // A folder that does not exist yet is made with the register: said here, so it is no surprise.
    const QString folder = QFileInfo(filePath()).absolutePath();
    QString existing = folder;
    while (!QFileInfo::exists(existing) && QFileInfo(existing).absolutePath() != existing)
        existing = QFileInfo(existing).absolutePath();
    // Not where a file stands in the way: creating says so then.
    const bool newFolder = !m_fileEdit->text().trimmed().isEmpty() && existing != folder && QFileInfo(existing).isDir();
    m_folderNoteLabel->setText(newFolder ? tr("The folder %1 will be created.").arg(QDir::toNativeSeparators(folder))
                                         : QString());
    m_folderNoteLabel->setVisible(newFolder);
    const QString message = problem();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(message.isEmpty());
    // Said once: the passphrase's own problems stand under the passphrase (UI review M5).
    const bool shownThere = message == m_passphraseFields->problem() && m_passphraseFields->showsProblem();
    m_errorLabel->setText(shownThere ? QString() : message);
}

void CreateRegisterDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Create a register"), filePath(),
                                                      tr("Custodian registers (*.custodian)"));
    if (!path.isEmpty())
        setFilePath(path);
}

void CreateRegisterDialog::retranslateUi()
{
    setWindowTitle(tr("Create a new register"));
    m_introLabel->setText(tr("The register is one encrypted file. Only someone with the passphrase can open it: "
                             "if the passphrase is lost, so is the register."));
    FormLabels::setText(this, m_fileEdit, tr("&File:"));
    m_browseButton->setText(tr("&Browse…"));
    FormLabels::setText(this, m_nameEdit, tr("&Organisation:"));
    m_nameEdit->setPlaceholderText(tr("The controller's legal name"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    validate();
}

} // namespace Custodian::Ui
