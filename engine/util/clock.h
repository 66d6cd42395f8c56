// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

#include <atomic>

namespace Copyline
{

/** Time source of the engine: timestamps, rates and ETAs. Tests substitute a ManualClock. */
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    /** Monotonic milliseconds for rates and timeouts. */
    virtual qint64 monotonicMs() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
    qint64 monotonicMs() const override;
};

/** A clock that only moves when told to. */
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
    QDateTime now() const override;
    qint64 monotonicMs() const override { return m_ms.load(); }
    void advanceMs(qint64 ms) { m_ms.fetch_add(ms); }

private:
    QDateTime m_start;
    std::atomic<qint64> m_ms {0};
};

} // namespace Copyline
