#include "app/HelpDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHash>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace Custodian::Ui {

HelpDialog::HelpDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("helpDialog"));
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    // Links inside the guide move within it; nothing opens outside the program.
    m_browser->setOpenExternalLinks(false);
    m_browser->setOpenLinks(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 40);
    retranslateUi();
}

QString HelpDialog::anchorFor(const QString &sectionCode)
{
    static const QHash<QString, QString> anchors = {
        {QStringLiteral("dashboard"), QStringLiteral("dashboard")},
        {QStringLiteral("organisation"), QStringLiteral("organisation")},
        {QStringLiteral("activity"), QStringLiteral("activities")},
        {QStringLiteral("processor_activity"), QStringLiteral("processor-activities")},
        {QStringLiteral("party"), QStringLiteral("parties")},
        {QStringLiteral("agreement"), QStringLiteral("agreements")},
        {QStringLiteral("retention_rule"), QStringLiteral("retention")},
        {QStringLiteral("security_measure"), QStringLiteral("measures")},
        {QStringLiteral("cookie"), QStringLiteral("cookies")},
        {QStringLiteral("privacy_statement"), QStringLiteral("statements")},
        {QStringLiteral("findings"), QStringLiteral("findings")},
        {QStringLiteral("control_reference"), QStringLiteral("controls")},
        {QStringLiteral("settings"), QStringLiteral("settings")},
    };
    return anchors.value(sectionCode, QStringLiteral("start"));
}

void HelpDialog::showAt(const QString &anchor)
{
    m_anchor = anchor;
    const QString language = QLocale().language() == QLocale::Dutch ? QStringLiteral("nl") : QStringLiteral("en");
    QUrl url(QStringLiteral("qrc:/help/guide-%1.html").arg(language));
    if (!anchor.isEmpty())
        url.setFragment(anchor);
    m_browser->setSource(url);
    if (!anchor.isEmpty())
        m_browser->scrollToAnchor(anchor);
    show();
    raise();
    activateWindow();
}

void HelpDialog::retranslateUi()
{
    setWindowTitle(tr("User guide"));
    m_browser->setAccessibleName(tr("User guide"));
}

void HelpDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (isVisible())
            showAt(m_anchor);
    }
    QDialog::changeEvent(event);
}

} // namespace Custodian::Ui
