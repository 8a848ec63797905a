#pragma once

#include <QAbstractButton>

#include "domain/Finding.h"

namespace Custodian::Ui {

// One count on the dashboard: a framed button with the section's icon, its name, the number in
// large type and a short note under it (in the severity's colour when it asks for attention).
// Clicking it, or Space/Enter when it has focus, opens the section.
class DashboardCard : public QAbstractButton
{
    Q_OBJECT
public:
    explicit DashboardCard(QWidget *parent = nullptr);

    void setCaption(const QString &caption);
    void setValue(const QString &value);
    // The note's severity: Info is the muted text colour; Warning and Error take theirs.
    void setNote(const QString &note, Domain::Finding::Severity severity = Domain::Finding::Severity::Info);

    QString caption() const { return m_caption; }
    QString value() const { return m_value; }
    QString note() const { return m_note; }
    Domain::Finding::Severity noteSeverity() const { return m_severity; }

    // The width the card needs for its longest word; the dashboard gives every card the widest.
    int naturalWidth() const;
    void setCardWidth(int width);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QFont valueFont() const;
    QFont noteFont() const;
    int padding() const;
    void updateAccessibleName();

    QString m_caption;
    QString m_value;
    QString m_note;
    Domain::Finding::Severity m_severity = Domain::Finding::Severity::Info;
    bool m_hovered = false;
    int m_cardWidth = 0;
};

} // namespace Custodian::Ui
