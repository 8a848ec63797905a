#include "app/CreateRegisterDialog.h"

#include "app/PassphraseFields.h"

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
    m_fileLabel = new QLabel(this);
    m_fileLabel->setBuddy(m_fileEdit);
    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("organisationNameEdit"));
    m_nameLabel = new QLabel(this);
    m_nameLabel->setBuddy(m_nameEdit);
    m_passphraseFields = new PassphraseFields(this);
    m_rememberCheckBox = new QCheckBox(this);
    m_rememberCheckBox->setObjectName(QStringLiteral("rememberCheckBox"));
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setForegroundRole(QPalette::Text);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(m_browseButton);
    auto *form = new QFormLayout;
    form->addRow(m_fileLabel, fileRow);
    form->addRow(m_nameLabel, m_nameEdit);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addLayout(form);
    layout->addWidget(m_passphraseFields);
    layout->addWidget(m_rememberCheckBox);
    layout->addWidget(m_errorLabel);
    layout->addStretch();
    layout->addWidget(m_buttons);

    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_fileEdit->setText(
        QDir(documents.isEmpty() ? QDir::homePath() : documents).filePath(QStringLiteral("register.custodian")));

    connect(m_browseButton, &QPushButton::clicked, this, &CreateRegisterDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_fileEdit, &QLineEdit::textChanged, this, &CreateRegisterDialog::validate);
    connect(m_nameEdit, &QLineEdit::textChanged, this, &CreateRegisterDialog::validate);
    connect(m_passphraseFields, &PassphraseFields::changed, this, &CreateRegisterDialog::validate);
    retranslateUi();
    validate();
    setMinimumWidth(520);
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
    return m_rememberCheckBox->isChecked();
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
    const QString message = problem();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(message.isEmpty());
    m_errorLabel->setText(message);
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
    m_fileLabel->setText(tr("&File:"));
    m_browseButton->setText(tr("&Browse…"));
    m_nameLabel->setText(tr("&Organisation:"));
    m_nameEdit->setPlaceholderText(tr("The controller's legal name"));
    m_rememberCheckBox->setText(tr("Re&member the passphrase on this computer"));
    m_rememberCheckBox->setToolTip(tr("Keeps the passphrase in this computer's keychain, never in a plain file."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    validate();
}

void CreateRegisterDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace Custodian::Ui
