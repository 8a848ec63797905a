#include "app/ScreenshotTour.h"

#include "app/MainWindow.h"
#include "app/ScreenWalk.h"
#include "storage/MemoryKeyStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QWidget>

namespace Custodian::Ui {

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
    Storage::MemoryKeyStore keyStore; // the tour remembers nothing in the desktop's keychain
    MainWindow window(&keyStore, language);
    window.resize(size);
    window.show();
    int count = 0;
    return ScreenWalk::run(&window, [&](const QString &screen, QWidget *widget) {
        const QString file =
            folder.filePath(QStringLiteral("%1-%2.png").arg(++count, 2, 10, QLatin1Char('0')).arg(screen));
        if (!widget->grab().save(file, "PNG"))
            return Status::error(
                Status::Code::IoError,
                QCoreApplication::translate("Custodian::Ui::ScreenshotTour", "The screenshot %1 could not be written.")
                    .arg(QDir::toNativeSeparators(file)));
        if (written)
            written->append(file);
        return Status::ok();
    });
}

} // namespace Custodian::Ui
