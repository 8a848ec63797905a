#include "app/ScreenshotTour.h"

#include "app/AutoLock.h"
#include "app/CreateRegisterDialog.h"
#include "app/MainWindow.h"
#include "framework/EditorPages.h"
#include "framework/HistoryDialog.h"
#include "framework/RegisterContext.h"
#include "register/Services.h"
#include "storage/MemoryKeyStore.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QRegularExpression>
#include <QTableView>
#include <QThread>

namespace Custodian::Ui {

namespace {

// Lets pending layouts and deferred fills (the attention column after the first paint) run.
void settle()
{
    for (int i = 0; i < 4; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
}

class Writer
{
public:
    Writer(const QDir &dir, QStringList *written) : m_dir(dir), m_written(written) {}

    Status save(QWidget *widget, const QString &name)
    {
        settle();
        const QString file =
            m_dir.filePath(QStringLiteral("%1-%2.png").arg(++m_count, 2, 10, QLatin1Char('0')).arg(name));
        if (!widget->grab().save(file, "PNG"))
            return Status::error(
                Status::Code::IoError,
                QCoreApplication::translate("Custodian::Ui::ScreenshotTour", "The screenshot %1 could not be written.")
                    .arg(QDir::toNativeSeparators(file)));
        if (m_written)
            m_written->append(file);
        return Status::ok();
    }

private:
    QDir m_dir;
    QStringList *m_written;
    int m_count = 0;
};

} // namespace

QSize ScreenshotTour::parseSize(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{3,5})[xX×](\\d{3,5})$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return {};
    const QSize size(match.captured(1).toInt(), match.captured(2).toInt());
    return size.width() >= 640 && size.height() >= 480 ? size : QSize();
}

Status ScreenshotTour::run(const QString &dir, QSize size, LanguageManager *language, QStringList *written)
{
    QDir folder(dir);
    if (!folder.exists() && !QDir().mkpath(dir))
        return Status::error(Status::Code::IoError, QCoreApplication::translate("Custodian::Ui::ScreenshotTour",
                                                                                "The folder %1 could not be made.")
                                                        .arg(QDir::toNativeSeparators(dir)));
    Writer writer(folder, written);
    Storage::MemoryKeyStore keyStore; // the tour remembers nothing in the desktop's keychain
    MainWindow window(&keyStore, language);
    window.resize(size);
    window.show();
    Status status = writer.save(&window, QStringLiteral("start-page"));
    if (!status)
        return status;
    {
        CreateRegisterDialog create(&window);
        create.setOrganisationName(QStringLiteral("Voorbeeld Software B.V."));
        create.show();
        status = writer.save(&create, QStringLiteral("create-register"));
        if (!status)
            return status;
    }

    status = window.openDemo();
    if (!status)
        return status;
    window.autoLock()->setActive(false);
    status = writer.save(&window, QStringLiteral("dashboard"));
    const QStringList sections = {QStringLiteral("organisation"),
                                  QStringLiteral("activity"),
                                  QStringLiteral("processor_activity"),
                                  QStringLiteral("party"),
                                  QStringLiteral("agreement"),
                                  QStringLiteral("retention_rule"),
                                  QStringLiteral("security_measure"),
                                  QStringLiteral("findings"),
                                  QStringLiteral("settings")};
    for (const QString &section : sections) {
        if (!status)
            return status;
        window.goToSection(section);
        const QList<QTableView *> lists = window.findChildren<QTableView *>(QStringLiteral("listView"));
        for (QTableView *list : lists) {
            if (list->isVisible() && list->model()->rowCount() > 0)
                list->setCurrentIndex(list->model()->index(0, 0));
        }
        status = writer.save(&window, section);
        // Every page of the item's editor.
        const QList<EditorPages *> editors = window.findChildren<EditorPages *>();
        for (EditorPages *pages : editors) {
            if (!status || !pages->isVisible())
                continue;
            for (int page = 1; page < pages->count() && status; ++page) {
                pages->setCurrentIndex(page);
                status = writer.save(&window, QStringLiteral("%1-page%2").arg(section).arg(page + 1));
            }
            pages->setCurrentIndex(0);
        }
    }
    if (!status)
        return status;

    // The history of the demo's first activity, as an auditor reads it.
    RegisterContext *context = window.registerContext();
    QList<Domain::ProcessingActivity> activities;
    status = context->activities().list(&activities);
    if (status && !activities.isEmpty()) {
        QList<Register::AuditLog::Entry> entries;
        status = context->history(QStringLiteral("activity"), activities.constFirst().uuid, &entries);
        if (status) {
            HistoryDialog history(
                activities.constFirst().name, Domain::EntityKind::ProcessingActivity, entries,
                [context](Domain::EntityKind kind, const QString &uuid) { return context->nameOf(kind, uuid); },
                &window);
            history.show();
            status = writer.save(&history, QStringLiteral("history"));
        }
    }
    if (!status)
        return status;

    window.lockRegister();
    status = writer.save(&window, QStringLiteral("lock-screen"));
    window.closeRegister();
    return status;
}

} // namespace Custodian::Ui
