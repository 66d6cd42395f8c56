// SPDX-License-Identifier: GPL-3.0-or-later
// The adaptive resync rate controller (issue 19) on synthetic latency samples and its own clock: it backs off
// when the host write latency exceeds the bound, never goes below the minimum rate, recovers when the hosts are
// quiet again, holds near the bound, paces by a token bucket, and does nothing but measure when it is off.
#include "copy/ratecontroller.h"

#include <QTest>

using namespace Copyline;
using namespace std::chrono_literals;

namespace
{

using Clock = RateController::Clock;

constexpr qint64 kMiB = 1024 * 1024;

RateController::Settings settings(std::chrono::microseconds bound)
{
    RateController::Settings s;
    s.bound = bound;
    s.interval = 100ms;
    s.minRate = 4 * kMiB;
    s.startRate = 64 * kMiB;
    return s;
}

void samples(RateController& c, int n, std::chrono::microseconds latency)
{
    for (int i = 0; i < n; ++i) {
        c.hostWriteStarted();
        c.hostWriteTimed(latency);
    }
}

/** One interval: @p n host writes of @p latency, the copies moving what the rate allows, then the tick. */
void interval(RateController& c, Clock::time_point* now, int n, std::chrono::microseconds latency)
{
    samples(c, n, latency);
    c.charge(static_cast<qint64>(c.rate() / 5), *now); // the copies use all of it (more than the ceiling needs)
    *now += 100ms;
    QVERIFY(c.tick(*now));
}

} // namespace

class TestRateController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void offOnlyMeasures()
    {
        RateController c(settings(0us));
        QVERIFY(!c.enabled());
        Clock::time_point now = Clock::now();
        QVERIFY(c.tick(now));
        samples(c, 50, 30ms);
        QVERIFY(c.charge(8 * kMiB, now) == now); // no pacing
        now += 100ms;
        QVERIFY(c.tick(now));
        QCOMPARE(c.rate(), 0.0);
        QCOMPARE(c.chunkBytes(), qint64(0));
        const RateController::Status s = c.status();
        QVERIFY(!s.enabled);
        QCOMPARE(s.backoffs, quint64(0));
        QCOMPARE(s.last.samples, quint64(50));
        QVERIFY(s.last.p95Us >= 25000 && s.last.p95Us <= 30000);
        QCOMPARE(s.last.meanUs, 30000.0);
        QCOMPARE(s.last.backgroundBytesPerSecond, 80.0 * kMiB);
    }

    void aWriteStuckForAWholeIntervalCounts()
    {
        RateController c(settings(5ms));
        Clock::time_point now = Clock::now();
        QVERIFY(c.tick(now));
        c.hostWriteStarted(); // and not done by the end of the interval
        interval(c, &now, 0, 0us);
        QVERIFY(c.status().last.stalled);
        QCOMPARE(c.rate(), 32.0 * kMiB);
        c.hostWriteTimed(300ms);
        interval(c, &now, 0, 0us); // it is counted now (over the bound)
        QCOMPARE(c.rate(), 16.0 * kMiB);
        interval(c, &now, 0, 0us); // idle hosts: grows again
        QVERIFY(c.rate() > 16.0 * kMiB);
    }

    void tickOnlyOncePerInterval()
    {
        RateController c(settings(5ms));
        Clock::time_point now = Clock::now();
        QVERIFY(c.tick(now));
        QVERIFY(!c.tick(now + 50ms));
        QVERIFY(c.tick(now + 100ms));
    }

    void backsOffMultiplicativelyDownToTheMinimum()
    {
        RateController c(settings(5ms));
        Clock::time_point now = Clock::now();
        QVERIFY(c.tick(now));
        QCOMPARE(c.rate(), 64.0 * kMiB);
        interval(c, &now, 100, 20ms);
        QCOMPARE(c.rate(), 32.0 * kMiB);
        interval(c, &now, 100, 20ms);
        QCOMPARE(c.rate(), 16.0 * kMiB);
        for (int i = 0; i < 10; ++i) {
            interval(c, &now, 100, 20ms);
        }
        // Never below c-min-rate on purpose, however long the hosts suffer: a copy always finishes.
        QCOMPARE(c.rate(), 4.0 * kMiB);
        QCOMPARE(c.status().backoffs, quint64(12));
    }

    void p95NotMeanDecides()
    {
        // 96 fast writes and 4 very slow ones: the 95th percentile is fast, no back-off (the mean is 4.8 ms).
        RateController c(settings(2ms));
        Clock::time_point now = Clock::now();
        QVERIFY(c.tick(now));
        samples(c, 96, 100us);
        interval(c, &now, 4, 100ms);
        QCOMPARE(c.status().backoffs, quint64(0));
        QVERIFY(c.status().last.p95Us < 2000);
        // 10 slow ones out of 100: the 95th percentile is slow.
        samples(c, 90, 100us);
        interval(c, &now, 10, 100ms);
        QCOMPARE(c.status().backoffs, quint64(1));
    }

    void recoversSlowStartThenAdditively()
    {
        RateController c(settings(5ms));
        Clock::time_point now = Clock::now();
        QVERIFY(c.tick(now));
        // Quiet hosts: slow start doubles while the copies really use the rate.
        interval(c, &now, 20, 500us);
        QCOMPARE(c.rate(), 128.0 * kMiB);
        interval(c, &now, 20, 500us);
        QCOMPARE(c.rate(), 256.0 * kMiB);
        // Busy: back off to half...
        interval(c, &now, 20, 9ms);
        QCOMPARE(c.rate(), 128.0 * kMiB);
        // ...then grow by a tenth of the rate backed off from per interval, not doubling any more.
        interval(c, &now, 20, 500us);
        QCOMPARE(c.rate(), (128.0 + 25.6) * kMiB);
        interval(c, &now, 20, 500us);
        QCOMPARE(c.rate(), (128.0 + 2 * 25.6) * kMiB);
        // No host writes at all: grows too.
        interval(c, &now, 0, 0us);
        QCOMPARE(c.rate(), (128.0 + 3 * 25.6) * kMiB);
    }

    void holdsCloseToTheBound()
    {
        RateController c(settings(5ms));
        Clock::time_point now = Clock::now();
        QVERIFY(c.tick(now));
        interval(c, &now, 50, 4500us); // between 0.8 × bound and the bound
        QCOMPARE(c.rate(), 64.0 * kMiB);
        QCOMPARE(c.status().backoffs, quint64(0));
    }

    void growsNoFurtherThanTwiceWhatTheCopiesMoved()
    {
        RateController c(settings(5ms));
        Clock::time_point now = Clock::now();
        QVERIFY(c.tick(now));
        for (int i = 0; i < 10; ++i) {
            // The copies moved only 10 MiB/s (the disks, or nothing to copy): the allowance does not pile up.
            samples(c, 10, 100us);
            c.charge(kMiB, now);
            now += 100ms;
            QVERIFY(c.tick(now));
        }
        QCOMPARE(c.rate(), 64.0 * kMiB); // the start rate is the floor of the ceiling
    }

    void tokenBucketPacesAtTheRate()
    {
        RateController c(settings(5ms));
        Clock::time_point now = Clock::now();
        QVERIFY(c.tick(now));
        QCOMPARE(c.chunkBytes(), qint64(64 * kMiB / 20)); // half an interval's worth
        // 64 MiB at 64 MiB/s: the next chunk may start one second later, less the half interval of credit.
        const Clock::time_point next = c.charge(64 * kMiB, now);
        QVERIFY(next - now >= 940ms && next - now <= 960ms);
        // A second chunk right away queues behind the first.
        const Clock::time_point after = c.charge(32 * kMiB, now);
        QVERIFY(after - next >= 490ms && after - next <= 510ms);
        // A back-off clears the debt at the old rate.
        samples(c, 10, 50ms);
        now += 100ms;
        QVERIFY(c.tick(now));
        QCOMPARE(c.rate(), 32.0 * kMiB);
        const Clock::time_point fresh = c.charge(kMiB, now);
        QVERIFY(fresh - now <= 40ms);
    }

    void switchingOffAndOnStartsAgain()
    {
        RateController c(settings(5ms));
        Clock::time_point now = Clock::now();
        QVERIFY(c.tick(now));
        interval(c, &now, 100, 20ms);
        QCOMPARE(c.rate(), 32.0 * kMiB);
        c.setBound(0us);
        QVERIFY(!c.enabled());
        QCOMPARE(c.rate(), 0.0);
        c.setBound(3ms);
        QVERIFY(c.enabled());
        QCOMPARE(c.bound().count(), qint64(3000));
        QCOMPARE(c.rate(), 64.0 * kMiB);
    }

    void simulatedContentionFollowsTheBackgroundRate()
    {
        RateController c(settings(0us));
        QCOMPARE(c.simulatedDelay().count(), qint64(0));
        c.setSimulatedContention(100us); // per MiB/s
        const Clock::time_point now = Clock::now();
        QVERIFY(c.tick(now - 100ms));
        c.charge(4 * kMiB, now); // 40 MiB/s in the interval
        QVERIFY(c.tick(now));
        QCOMPARE(c.simulatedDelay().count(), qint64(4000000));
    }

    void boundKeptInTheSubsystemOptions()
    {
        QCOMPARE(latencyBoundMs(QString()), qint64(0));
        QCOMPARE(withLatencyBoundMs(QString(), 5), QStringLiteral("latencyBound=5"));
        QCOMPARE(withLatencyBoundMs(QStringLiteral("csActive=primary latencyBound=5"), 12),
            QStringLiteral("csActive=primary latencyBound=12"));
        QCOMPARE(latencyBoundMs(QStringLiteral("a=b latencyBound=12")), qint64(12));
        QCOMPARE(withLatencyBoundMs(QStringLiteral("a=b latencyBound=12"), 0), QStringLiteral("a=b"));
    }
};

QTEST_GUILESS_MAIN(TestRateController)
#include "tst_ratecontroller.moc"
