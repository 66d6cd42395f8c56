// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"

#include <chrono>

namespace Copyline
{

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

qint64 SystemClock::monotonicMs() const
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

ManualClock::ManualClock(QDateTime start)
    : m_start(std::move(start))
{ }

QDateTime ManualClock::now() const
{
    return m_start.addMSecs(m_ms.load());
}

} // namespace Copyline
