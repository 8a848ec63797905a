#include "app/ExchangeProgress.h"

#include <QApplication>

namespace Custodian::Ui {

ExchangeProgress::ExchangeProgress(QWidget *parent, AutoLock *autoLock, const QString &label)
    : m_dialog(label, tr("Stop"), 0, 0, parent)
{
    if (autoLock)
        m_suspend.emplace(*autoLock);
    m_dialog.setWindowTitle(parent ? parent->windowTitle() : QString());
    m_dialog.setWindowModality(Qt::WindowModal);
    m_dialog.setMinimumDuration(500);
    m_dialog.setAutoClose(false);
    m_dialog.setAutoReset(false);
    m_dialog.setValue(0);
}

ExchangeProgress::~ExchangeProgress()
{
    m_dialog.close();
}

Exchange::Progress ExchangeProgress::callback()
{
    return [this](qint64 done, qint64 total) {
        // QProgressDialog counts in int; a register's counts fit, a share keeps it safe.
        const int maximum = 1000;
        m_dialog.setMaximum(maximum);
        m_dialog.setValue(total > 0 ? int(qMin<qint64>(maximum, done * maximum / total)) : 0);
        // Not the socket of a second start of the program (it could ask to open another register
        // while this one is in the middle of a transaction).
        QCoreApplication::processEvents(QEventLoop::ExcludeSocketNotifiers);
        return !m_dialog.wasCanceled();
    };
}

} // namespace Custodian::Ui
