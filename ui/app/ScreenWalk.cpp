#include "app/ScreenWalk.h"

#include "reports/Report.h"

#include "app/AutoLock.h"
#include "app/BackupSettings.h"
#include "app/CreateRegisterDialog.h"
#include "app/ExportDialog.h"
#include "app/ImportWizard.h"
#include "app/MainWindow.h"
#include "app/RegisterSession.h"
#include "app/RestoreDialog.h"
#include "exchange/Backups.h"
#include "exchange/ExportFile.h"
#include "framework/EditorPages.h"
#include "framework/HistoryDialog.h"
#include "framework/RegisterContext.h"
#include "register/DemoRegister.h"
#include "register/PrivacyStatementService.h"
#include "register/Services.h"
#include "sections/statements/PublishStatementDialog.h"
#include "storage/HistoryChain.h"

#include <QAbstractItemModel>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QListWidget>
#include <QPushButton>
#include <QStringList>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>

namespace Custodian::Ui {

namespace {

// Lets pending layouts and deferred fills (the attention column after the first paint) run, so
// that a screen is looked at as a person would see it.
void settle()
{
    for (int i = 0; i < 4; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
}

// The sections in the navigation's order, by code.
const QStringList &sections()
{
    static const QStringList codes = {
        QStringLiteral("organisation"),     QStringLiteral("activity"),       QStringLiteral("processor_activity"),
        QStringLiteral("request"),          QStringLiteral("breach"),         QStringLiteral("party"),
        QStringLiteral("agreement"),        QStringLiteral("retention_rule"), QStringLiteral("legal_hold"),
        QStringLiteral("security_measure"), QStringLiteral("cookie"),         QStringLiteral("privacy_statement"),
        QStringLiteral("findings"),         QStringLiteral("reports"),        QStringLiteral("control_reference"),
        QStringLiteral("settings")};
    return codes;
}

class Walker
{
public:
    Walker(MainWindow *window, const ScreenWalk::Visit &visit) : m_window(window), m_visit(visit) {}

    Status show(const QString &screen, QWidget *widget)
    {
        settle();
        return m_visit(screen, widget);
    }

    // The section with the first item of its list open, then every other page of that item's editor.
    Status showSection(const QString &section)
    {
        m_window->goToSection(section);
        const QList<QTableView *> lists = m_window->findChildren<QTableView *>(QStringLiteral("listView"));
        for (QTableView *list : lists) {
            if (list->isVisible() && list->model()->rowCount() == 0)
                showClosed(list->parentWidget());
            if (list->isVisible() && list->model()->rowCount() > 0)
                list->setCurrentIndex(list->model()->index(0, 0));
        }
        // The reports with the register report's pages beside the choices, as Preview shows them.
        if (section == QLatin1String("reports")) {
            if (auto *preview = m_window->findChild<QPushButton *>(QStringLiteral("previewButton")))
                preview->click();
        }
        Status status = show(section, m_window);
        // A log of a period: the request log, its period's days chosen beside it.
        if (status && section == QLatin1String("reports")) {
            auto *kinds = m_window->findChild<QListWidget *>(QStringLiteral("reportKinds"));
            auto *preview = m_window->findChild<QPushButton *>(QStringLiteral("previewButton"));
            if (kinds && preview) {
                kinds->setCurrentRow(int(Reports::allKinds().indexOf(Reports::Kind::Requests)));
                kinds->scrollToItem(kinds->currentItem());
                preview->click();
                status = show(QStringLiteral("reports-log"), m_window);
                // The public privacy statement, as a draft written from the register.
                kinds->setCurrentRow(int(Reports::allKinds().indexOf(Reports::Kind::Statement)));
                kinds->scrollToItem(kinds->currentItem());
                preview->click();
                if (status)
                    status = show(QStringLiteral("reports-statement"), m_window);
                // A breach as the answers for the AP's notification form, the breach chosen.
                kinds->setCurrentRow(int(Reports::allKinds().indexOf(Reports::Kind::ApBreachForm)));
                kinds->scrollToItem(kinds->currentItem());
                preview->click();
                if (status)
                    status = show(QStringLiteral("reports-ap-breach-form"), m_window);
                kinds->setCurrentRow(0);
            }
        }
        const QList<EditorPages *> editors = m_window->findChildren<EditorPages *>();
        for (EditorPages *pages : editors) {
            if (!status || !pages->isVisible())
                continue;
            for (int page = 1; page < pages->count() && status; ++page) {
                pages->setCurrentIndex(page);
                status = show(QStringLiteral("%1-page%2").arg(section).arg(page + 1), m_window);
            }
            pages->setCurrentIndex(0);
        }
        return status;
    }

    // A list whose items are all closed (the demo's breach) shows them: "Closed cases too", or the
    // status filter set to "closed".
    static void showClosed(QWidget *page)
    {
        while (page && !page->findChild<QWidget *>(QStringLiteral("filterBar")))
            page = page->parentWidget();
        QWidget *filters = page ? page->findChild<QWidget *>(QStringLiteral("filterBar")) : nullptr;
        if (!filters)
            return;
        if (auto *closed = filters->findChild<QCheckBox *>(QStringLiteral("closedCheck"))) {
            closed->setChecked(true);
        } else if (auto *status = filters->findChild<QComboBox *>(QStringLiteral("statusCombo"))) {
            const int index = status->findData(QStringLiteral("closed"));
            if (index >= 0)
                status->setCurrentIndex(index);
        }
        settle();
    }

    // The history of the demo's first activity, as an auditor reads it.
    Status showHistory()
    {
        RegisterContext *context = m_window->registerContext();
        QList<Domain::ProcessingActivity> activities;
        Status status = context->activities().list(&activities);
        if (!status || activities.isEmpty())
            return status;
        QList<Register::AuditLog::Entry> entries;
        status = context->history(QStringLiteral("activity"), activities.constFirst().uuid, &entries);
        if (!status)
            return status;
        HistoryDialog history(
            activities.constFirst().name, Domain::EntityKind::ProcessingActivity, entries,
            [context](Domain::EntityKind kind, const QString &uuid) { return context->nameOf(kind, uuid); }, m_window);
        history.show();
        return show(QStringLiteral("history"), &history);
    }

    // "Publish new version…" of the demo's privacy statement: the day it takes effect, what changed,
    // and what the register says differently from the published version.
    Status showPublish()
    {
        RegisterContext *context = m_window->registerContext();
        QList<Domain::PrivacyStatement> statements;
        Status status = context->statements().list(&statements);
        if (!status || statements.isEmpty())
            return status;
        QList<Domain::StatementVersion> versions;
        status = context->statementVersions().versionsOf(statements.constFirst().uuid, &versions);
        if (!status)
            return status;
        PublishStatementDialog publish(context, statements.constFirst(), versions, m_window);
        publish.show();
        return show(QStringLiteral("publish-statement"), &publish);
    }

    // File › Restore a backup, over two backups of the demo taken for it (the demo itself keeps
    // none), the newest chosen; the backups are removed afterwards.
    Status showRestore()
    {
        Storage::Database *database = m_window->session()->database();
        if (!database)
            return Status::ok();
        const QString folder = BackupSettings::load().folderFor(database->path());
        const QDateTime now = QDateTime::currentDateTime();
        for (const int daysAgo : {1, 0}) {
            const Status status =
                Exchange::Backups::takeGeneration(*database, Register::DemoRegister::passphrase(), folder,
                                                  Exchange::Backups::defaultKeep, now.addDays(-daysAgo));
            if (!status)
                return status;
        }
        Status status;
        {
            RestoreDialog restore(m_window->session(), m_window);
            restore.show();
            status = show(QStringLiteral("restore-backup"), &restore);
        }
        for (const Exchange::Backups::Generation &generation :
             Exchange::Backups::generations(folder, database->path(), database->registerId()))
            QFile::remove(generation.path);
        QDir().rmdir(folder);
        return status;
    }

    // File › Export…, then File › Import… of the demo's own activities in the ICO template's
    // columns (written for it to a folder removed afterwards): the columns, then the dry run.
    Status showExchange()
    {
        Storage::Database *database = m_window->session()->database();
        if (!database)
            return Status::ok();
        Status status;
        {
            ExportDialog exportDialog(
                m_window->session(),
                QLocale().language() == QLocale::Dutch ? QStringLiteral("nl") : QStringLiteral("en"), m_window);
            exportDialog.show();
            status = show(QStringLiteral("export"), &exportDialog);
            // The Dutch workbook chosen: Dutch headers and ';' fixed, its own explanation.
            auto *layouts = exportDialog.findChildren<QComboBox *>().value(1);
            if (status && layouts) {
                layouts->setCurrentIndex(layouts->findData(int(Exchange::Layout::NlWorkbook)));
                status = show(QStringLiteral("export-dutch-workbook"), &exportDialog);
            }
        }
        if (!status)
            return status;
        QTemporaryDir folder;
        Exchange::ExportRequest request;
        request.format = Exchange::ExportRequest::Format::Csv;
        request.layout = Exchange::Layout::Ico;
        request.language = QLocale().language() == QLocale::Dutch ? QStringLiteral("nl") : QStringLiteral("en");
        request.path = folder.filePath(QStringLiteral("ico.csv"));
        Storage::HistoryHead head;
        QStringList warnings;
        status = Exchange::ExportFile::write(*database, request, &head, &warnings);
        if (!status)
            return status;
        ImportWizard wizard(m_window->session(), m_window);
        wizard.show();
        QString problem;
        if (!wizard.readSource(request.path, Exchange::Layout::Ico, &problem))
            return Status::error(Status::Code::InvalidInput, problem);
        wizard.next();
        status = show(QStringLiteral("import-columns"), &wizard);
        if (!status)
            return status;
        wizard.next();
        return show(QStringLiteral("import-dry-run"), &wizard);
    }

private:
    MainWindow *m_window;
    const ScreenWalk::Visit &m_visit;
};

} // namespace

Status ScreenWalk::run(MainWindow *window, const Visit &visit)
{
    Walker walker(window, visit);
    Status status = walker.show(QStringLiteral("start-page"), window);
    if (!status)
        return status;
    {
        CreateRegisterDialog create(window);
        create.setOrganisationName(QStringLiteral("Voorbeeld Software B.V."));
        create.show();
        status = walker.show(QStringLiteral("create-register"), &create);
        if (!status)
            return status;
    }

    status = window->openDemo();
    if (!status)
        return status;
    window->autoLock()->setActive(false);
    status = walker.show(QStringLiteral("dashboard"), window);
    for (const QString &section : sections()) {
        if (!status)
            return status;
        status = walker.showSection(section);
    }
    if (status)
        status = walker.showHistory();
    if (status)
        status = walker.showPublish();
    if (status)
        status = walker.showRestore();
    if (status)
        status = walker.showExchange();
    if (!status)
        return status;

    window->lockRegister();
    status = walker.show(QStringLiteral("lock-screen"), window);
    window->closeRegister();
    return status;
}

} // namespace Custodian::Ui
