#include "widgets/Icons.h"

#include <QAction>
#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QImage>
#include <QPalette>
#include <QPixmap>
#include <QStyle>
#include <QWidget>

namespace Custodian::Ui::Icons {

namespace {

// The bundled glyphs are drawn in a dark grey with coloured accents. On a dark palette the grey
// would vanish, so its pixels take the palette's text colour (their alpha kept); accents stay.
QPixmap forPalette(const QString &file, bool dark, const QColor &text)
{
    QImage image(file);
    if (!dark || image.isNull())
        return QPixmap::fromImage(image);
    image = image.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const QColor colour = QColor::fromRgba(line[x]);
            if (colour.alpha() > 0 && colour.hslSaturation() < 40)
                line[x] = qRgba(text.red(), text.green(), text.blue(), colour.alpha());
        }
    }
    return QPixmap::fromImage(image);
}

// The theme's icon, else the bundled PNGs of the same name, every size in one QIcon, drawn for
// the application's palette as it is when first asked.
QIcon themed(const QString &folder, const QString &name)
{
    static QHash<QString, QIcon> fallbacks;
    const QPalette palette = QGuiApplication::palette();
    const bool dark = palette.color(QPalette::Window).lightnessF() < 0.5;
    const QString key = folder + QLatin1Char('/') + name + (dark ? QStringLiteral("@dark") : QString());
    auto found = fallbacks.constFind(key);
    if (found == fallbacks.constEnd()) {
        QIcon fallback;
        for (const int size : {16, 24, 32, 48}) {
            const QString file = QStringLiteral(":/icons/%1/%2-%3.png").arg(folder, name).arg(size);
            if (QFile::exists(file))
                fallback.addPixmap(forPalette(file, dark, palette.color(QPalette::WindowText)));
        }
        found = fallbacks.insert(key, fallback);
    }
    return QIcon::fromTheme(name, *found);
}

} // namespace

QString actionName(Action action)
{
    switch (action) {
    case Action::NewItem:
        return QStringLiteral("document-new");
    case Action::NewRegister:
        return QStringLiteral("address-book-new");
    case Action::Open:
        return QStringLiteral("document-open");
    case Action::Save:
        return QStringLiteral("document-save");
    case Action::Revert:
        return QStringLiteral("document-revert");
    case Action::Retire:
        return QStringLiteral("edit-delete");
    case Action::History:
        return QStringLiteral("document-open-recent");
    case Action::Lock:
        return QStringLiteral("system-lock-screen");
    }
    return {};
}

QString sectionName(const QString &code)
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("dashboard"), QStringLiteral("go-home")},
        {QStringLiteral("organisation"), QStringLiteral("x-office-address-book")},
        {QStringLiteral("activity"), QStringLiteral("system-run")},
        {QStringLiteral("processor_activity"), QStringLiteral("emblem-shared")},
        {QStringLiteral("party"), QStringLiteral("system-users")},
        {QStringLiteral("agreement"), QStringLiteral("x-office-document")},
        {QStringLiteral("retention_rule"), QStringLiteral("appointment-soon")},
        {QStringLiteral("legal_hold"), QStringLiteral("changes-prevent")},
        {QStringLiteral("security_measure"), QStringLiteral("security-high")},
        {QStringLiteral("cookie"), QStringLiteral("web-browser")},
        {QStringLiteral("privacy_statement"), QStringLiteral("document-send")},
        {QStringLiteral("request"), QStringLiteral("mail-unread")},
        {QStringLiteral("breach"), QStringLiteral("channel-insecure")},
        {QStringLiteral("findings"), QStringLiteral("dialog-warning")},
        {QStringLiteral("reports"), QStringLiteral("document-print")},
        {QStringLiteral("control_reference"), QStringLiteral("emblem-ok")},
        {QStringLiteral("settings"), QStringLiteral("preferences-system")},
    };
    return names.value(code);
}

QIcon action(Action action)
{
    return themed(QStringLiteral("actions"), actionName(action));
}

QIcon section(const QString &code)
{
    const QString name = sectionName(code);
    return name.isEmpty() ? QIcon() : themed(QStringLiteral("sections"), name);
}

QSize navigationIconSize(const QWidget *navigation)
{
    const int size = navigation->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, navigation);
    return {size, size};
}

void apply(std::initializer_list<std::pair<QAction *, Action>> actions)
{
    for (const auto &[target, meaning] : actions)
        target->setIcon(action(meaning));
}

} // namespace Custodian::Ui::Icons
