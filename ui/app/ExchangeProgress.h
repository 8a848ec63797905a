#pragma once

#include <QCoreApplication>
#include <QProgressDialog>

#include <optional>

#include "app/AutoLock.h"
#include "exchange/Progress.h"

namespace Custodian::Ui {

// The progress of a long export or import (100,000 request cases take a while): a window over
// the dialog that started it, shown after half a second, with Stop. While it is open the window
// repaints and takes the Stop click only, and the register does not lock itself.
class ExchangeProgress
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Ui::ExchangeProgress)
public:
    ExchangeProgress(QWidget *parent, AutoLock *autoLock, const QString &label);
    ~ExchangeProgress();
    Q_DISABLE_COPY_MOVE(ExchangeProgress)

    // For Exchange's Options::progress and ExportFile::write; false once Stop was chosen.
    Exchange::Progress callback();

private:
    QProgressDialog m_dialog;
    std::optional<AutoLock::Suspend> m_suspend;
};

} // namespace Custodian::Ui
