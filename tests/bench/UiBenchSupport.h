// What the UI benchmarks share: wall-clock and processor time, medians, the goal's verdict, a paint
// counter for "painted once", and a message handler that drops the offscreen platform's noise.
#pragma once

#include <QElapsedTimer>
#include <QEvent>
#include <QList>
#include <QObject>
#include <QString>

#include <algorithm>
#include <ctime>

namespace Custodian::Bench {

// The offscreen platform warns "does not support propagateSizeHints()" on every show(): noise
// between the figures. Everything else goes to Qt's handler.
inline QtMessageHandler qtHandler = nullptr;

inline void messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1String("propagateSizeHints")))
        return;
    if (qtHandler)
        qtHandler(type, context, message);
}

inline double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0.0 : values.at(values.size() / 2);
}

inline double maximum(const QList<double> &values)
{
    return values.isEmpty() ? 0.0 : *std::max_element(values.cbegin(), values.cend());
}

// Wall-clock and processor time in milliseconds; processor time shows the cost on a machine whose
// cores are shared (wall time then includes waiting for a core).
struct Timing
{
    double wall = 0;
    double cpu = 0;
};

class Stopwatch
{
public:
    Stopwatch() { restart(); }
    void restart()
    {
        m_cpu = std::clock();
        m_timer.start();
    }
    Timing elapsed() const
    {
        return {m_timer.nsecsElapsed() / 1e6, double(std::clock() - m_cpu) * 1000.0 / CLOCKS_PER_SEC};
    }

private:
    QElapsedTimer m_timer;
    std::clock_t m_cpu = 0;
};

inline QString figure(const QList<Timing> &timings)
{
    QList<double> wall;
    QList<double> cpu;
    for (const Timing &t : timings) {
        wall << t.wall;
        cpu << t.cpu;
    }
    return QStringLiteral("%1 ms (processor %2 ms)").arg(median(wall), 7, 'f', 1).arg(median(cpu), 0, 'f', 1);
}

inline QString verdict(double value, double goal)
{
    return value < goal ? QStringLiteral("meets") : QStringLiteral("MISSES");
}

// Counts the paint events of the list's viewport: "painted once" is a paint event handled.
class PaintCounter : public QObject
{
public:
    int count = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++count;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace Custodian::Bench
