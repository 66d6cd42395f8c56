// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <deque>

class QChart;
class QChartView;
class QLineSeries;
class QValueAxis;

namespace Copyline
{

/** One point of a throughput history: when (monotonic ms) and the read and write rates then (bytes/s). */
struct ThroughputPoint
{
    qint64 ms = 0;
    double readBytesPerSecond = 0;
    double writeBytesPerSecond = 0;
};

/**
 * A small live line chart (Qt Charts) of read and write throughput in MB/s over the last kSpanSeconds: the x axis
 * counts seconds back from now, the y axis grows to a round maximum of what is shown (at least 1 MB/s), so an idle
 * drive is a flat line on the floor and never a chart without a scale. It only draws what setHistory() gives it.
 */
class ThroughputChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThroughputChart)

public:
    static constexpr int kSpanSeconds = 120;

    explicit ThroughputChart(QWidget* parent = nullptr);
    ~ThroughputChart() override;

    /** Shows @p history (oldest first) as it looks at @p nowMs. */
    void setHistory(const std::deque<ThroughputPoint>& history, qint64 nowMs);

    /** The y axis maximum in MB/s (tests). */
    double axisMaximum() const;
    /** The newest read and write values plotted, in MB/s (tests). */
    QPointF lastValues() const;
    QChartView* chartView() const { return m_view; }

private:
    QChartView* m_view = nullptr;
    QChart* m_chart = nullptr;
    QLineSeries* m_read = nullptr;
    QLineSeries* m_write = nullptr;
    QValueAxis* m_x = nullptr;
    QValueAxis* m_y = nullptr;
};

} // namespace Copyline
