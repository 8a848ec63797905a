#include "framework/Severity.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QCoreApplication>
#include <QPalette>
#include <QStyle>
#include <QWidget>

namespace Custodian::Ui::Severity {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QColor mix(const QColor &a, const QColor &b, qreal share)
{
    return QColor::fromRgbF(float(a.redF() * (1 - share) + b.redF() * share),
                            float(a.greenF() * (1 - share) + b.greenF() * share),
                            float(a.blueF() * (1 - share) + b.blueF() * share));
}

} // namespace

QString prefixed(const Domain::Finding &finding)
{
    switch (finding.severity) {
    case Level::Error:
        return QCoreApplication::translate("Custodian::Ui::Severity", "Error: %1").arg(finding.message);
    case Level::Warning:
        return QCoreApplication::translate("Custodian::Ui::Severity", "Warning: %1").arg(finding.message);
    case Level::Info:
        break;
    }
    return QCoreApplication::translate("Custodian::Ui::Severity", "Note: %1").arg(finding.message);
}

QColor textColour(Level level, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (level) {
    case Level::Error:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
    case Level::Warning:
        return dark ? QColor(0xff, 0xcc, 0x80) : QColor(0x8a, 0x4b, 0x00);
    case Level::Info:
        break;
    }
    return palette.color(QPalette::Disabled, QPalette::WindowText);
}

QColor tintedBase(Level level, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    if (level == Level::Info)
        return base;
    const QColor tint = level == Level::Error ? QColor(0xe5, 0x39, 0x35) : QColor(0xf5, 0xa6, 0x23);
    return mix(base, tint, isDark(palette) ? 0.28 : 0.16);
}

QIcon icon(Level level)
{
    QStyle *style = QApplication::style();
    switch (level) {
    case Level::Error:
        return QIcon::fromTheme(QStringLiteral("dialog-error"), style->standardIcon(QStyle::SP_MessageBoxCritical));
    case Level::Warning:
        return QIcon::fromTheme(QStringLiteral("dialog-warning"), style->standardIcon(QStyle::SP_MessageBoxWarning));
    case Level::Info:
        break;
    }
    return QIcon::fromTheme(QStringLiteral("dialog-information"),
                            style->standardIcon(QStyle::SP_MessageBoxInformation));
}

Level worst(const Domain::Findings &findings)
{
    Level level = Level::Info;
    for (const Domain::Finding &finding : findings) {
        if (finding.severity == Level::Error)
            return Level::Error;
        if (finding.severity == Level::Warning)
            level = Level::Warning;
    }
    return level;
}

void markField(QWidget *field, const Domain::Findings &findings)
{
    if (!field)
        return;
    // A scroll area (a text edit, a list) paints its viewport.
    QWidget *painted = field;
    if (auto *area = qobject_cast<QAbstractScrollArea *>(field))
        painted = area->viewport();
    const Level level = worst(findings);
    const bool marked = !findings.isEmpty() && level != Level::Info;
    const bool wasMarked = field->property("severityMark").toBool();
    if (!marked && !wasMarked)
        return;
    field->setProperty("severityMark", marked);
    if (!marked) {
        field->setPalette(QPalette());
        painted->setPalette(QPalette());
        field->setAccessibleDescription(QString());
        return;
    }
    QPalette palette = field->palette();
    palette.setColor(QPalette::Base, tintedBase(level, QApplication::palette(field)));
    field->setPalette(palette);
    if (painted != field)
        painted->setPalette(palette);
    QStringList texts;
    for (const Domain::Finding &finding : findings)
        texts.append(prefixed(finding));
    field->setAccessibleDescription(texts.join(QLatin1Char(' ')));
}

} // namespace Custodian::Ui::Severity
