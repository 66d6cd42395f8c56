// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QPointF>
#include <QString>
#include <QWidget>

#include <deque>
#include <optional>

class QChart;
class QChartView;
class QLineSeries;
class QValueAxis;

namespace Copyline
{

/** One sample of a history: when (monotonic ms, the engine's time base) and the value then. */
struct TimePoint
{
    qint64 ms = 0;
    double value = 0;
};

/**
 * A bounded history of samples: oldest first, never older than the span it was made with and never more than
 * kMaxPoints (one sample per snapshot at most 4 a second, so a 10-minute span fits), whatever arrives.
 */
class TimeHistory
{
public:
    static constexpr std::size_t kMaxPoints = 2400;

    explicit TimeHistory(qint64 spanMs = 0)
        : m_spanMs(spanMs)
    { }
    /** Adds @p value at @p ms; a sample at the same or an earlier moment than the last replaces it. */
    void add(qint64 ms, double value);
    const std::deque<TimePoint>& points() const { return m_points; }
    bool isEmpty() const { return m_points.empty(); }
    double last() const { return m_points.empty() ? 0.0 : m_points.back().value; }

private:
    qint64 m_spanMs = 0;
    std::deque<TimePoint> m_points;
};

/**
 * A live line chart (Qt Charts) of a few series over the last spanSeconds: the x axis counts seconds back from
 * now, the y axis (in the unit given) grows to a round maximum of what is shown, or is fixed (a percentage). An
 * optional horizontal threshold line (a repository's warning threshold) is drawn dashed. Series are keyed, so a
 * chart redrawn with the same keys keeps its series objects (no legend flicker); it only draws what setSeries()
 * gives it. The chart's theme follows the palette (light or dark).
 */
class TimeChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeChart)

public:
    struct Series
    {
        QString key;  /**< stable identity (an object id, "host") */
        QString name; /**< shown in the legend */
        QColor color;
        const std::deque<TimePoint>* points = nullptr; /**< oldest first; not kept */
        bool dashed = false;
    };

    TimeChart(const QString& unit, int spanSeconds, QWidget* parent = nullptr);
    ~TimeChart() override;

    /** Shows @p series as they look at @p nowMs. */
    void setSeries(const QList<Series>& series, qint64 nowMs);
    /** A dashed horizontal line at @p value named @p name; nothing when @p value is empty. */
    void setThreshold(std::optional<double> value, const QString& name = {});
    /** Fixes the y axis at [0, @p maximum] (a percentage), or lets it grow with the data (empty). */
    void setFixedMaximum(std::optional<double> maximum);
    /** The least maximum the growing y axis shows (1 by default: an idle MB/s chart still has a scale). */
    void setAxisFloor(double floor) { m_floor = floor; }
    /** A text over the plot area when there is nothing to chart ("No FlashCopy logical drives"); empty: none. */
    void setEmptyText(const QString& text);

    int spanSeconds() const { return m_span; }
    QString unit() const { return m_unit; }
    /** The y axis maximum (tests). */
    double axisMaximum() const;
    /** The legend names of the series shown, in order (tests). */
    QStringList seriesNames() const;
    /** The newest value plotted of the series named @p name, or nothing (tests). */
    std::optional<double> lastValue(const QString& name) const;
    /** The number of points plotted of the series named @p name (tests). */
    int pointCount(const QString& name) const;
    /** The threshold line's value, if one is drawn (tests). */
    std::optional<double> threshold() const { return m_thresholdValue; }
    QString emptyText() const;
    QChartView* chartView() const { return m_view; }

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Line
    {
        QString key;
        QLineSeries* series = nullptr;
        QColor color;
        bool dashed = false;
    };

    void applyTheme();
    void styleLine(const Line& line);
    QLineSeries* find(const QString& name) const;

    QString m_unit;
    int m_span = 120;
    QChartView* m_view = nullptr;
    QChart* m_chart = nullptr;
    QValueAxis* m_x = nullptr;
    QValueAxis* m_y = nullptr;
    QList<Line> m_lines;
    QLineSeries* m_threshold = nullptr;
    std::optional<double> m_thresholdValue;
    std::optional<double> m_fixedMaximum;
    double m_dataMaximum = 0;
    double m_floor = 1.0;
    bool m_dark = false;
};

} // namespace Copyline
