#pragma once

#include <QElapsedTimer>

#include <functional>

namespace Custodian::Exchange {

// Told how much of a long export or import is done (done of total, in its own units: items,
// lists); answers false to stop it. An import that stops is undone whole, an export leaves no file.
// Called between items, never inside the write of one, on the thread doing the work.
using Progress = std::function<bool(qint64 done, qint64 total)>;

// Passes a count on to a Progress now and then: at the first and the last count, and at most every
// 50 ms between them, so that a window repaints without an import spending its time on it.
class ProgressTicker
{
public:
    ProgressTicker(const Progress &progress, qint64 total) : m_progress(progress), m_total(total) { m_since.start(); }

    // Counts done more; false once the user asked to stop.
    bool step(qint64 count = 1)
    {
        m_done += count;
        if (!m_progress || m_cancelled)
            return !m_cancelled;
        if (m_reported && m_done < m_total && m_since.elapsed() < 50)
            return true;
        m_reported = true;
        m_since.restart();
        m_cancelled = !m_progress(qMin(m_done, m_total), m_total);
        return !m_cancelled;
    }
    bool cancelled() const { return m_cancelled; }
    // Whether the Progress was called (a window may have run its events in between).
    bool reported() const { return m_reported; }

private:
    Progress m_progress;
    qint64 m_total = 0;
    qint64 m_done = 0;
    bool m_reported = false;
    bool m_cancelled = false;
    QElapsedTimer m_since;
};

} // namespace Custodian::Exchange
