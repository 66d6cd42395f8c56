// SPDX-License-Identifier: GPL-3.0-or-later
#include "timechart.h"

#include "common/theme.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLegendMarker>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

/** The smallest of 1, 2, 5 × 10^k that is at least @p value. */
double niceStep(double value)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (const double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * magnitude >= value * 0.999) {
            return m * magnitude;
        }
    }
    return 10.0 * magnitude;
}

} // namespace

void TimeHistory::add(qint64 ms, double value)
{
    while (!m_points.empty() && m_points.back().ms >= ms) {
        m_points.pop_back(); // the same moment again (or a clock that went back): the newer value wins
    }
    m_points.push_back({ms, value});
    while (m_points.size() > kMaxPoints || (m_spanMs > 0 && m_points.front().ms < ms - m_spanMs)) {
        m_points.pop_front();
    }
}

TimeChart::TimeChart(const QString& unit, int spanSeconds, QWidget* parent)
    : QWidget(parent)
    , m_unit(unit)
    , m_span(std::max(10, spanSeconds))
{
    setObjectName(u"timeChart"_s);
    m_chart = new QChart;
    m_chart->setMargins({4, 4, 4, 4});
    m_chart->setBackgroundRoundness(0);
    m_chart->legend()->setAlignment(Qt::AlignTop);
    m_chart->legend()->setMarkerShape(QLegend::MarkerShapeRectangle);

    m_x = new QValueAxis(m_chart);
    m_x->setRange(-m_span, 0);
    m_x->setTickType(QValueAxis::TicksDynamic);
    m_x->setTickAnchor(0);
    m_x->setTickInterval(m_span <= 120 ? 20 : m_span <= 300 ? 60 : 120);
    m_x->setLabelFormat(u"%d s"_s);
    m_x->setTitleText(tr("Seconds ago"));
    m_y = new QValueAxis(m_chart);
    m_y->setTickType(QValueAxis::TicksDynamic);
    m_y->setTickAnchor(0);
    m_y->setLabelFormat(u"%g"_s);
    m_y->setTitleText(unit);
    m_y->setRange(0, 1);
    m_y->setTickInterval(0.25);
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);

    m_view = new QChartView(m_chart, this);
    m_view->setObjectName(u"timeChartView"_s);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(150);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    applyTheme();
}

TimeChart::~TimeChart() = default;

void TimeChart::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) {
        if (Theme::isDark(palette()) != m_dark) {
            applyTheme();
        }
    }
}

void TimeChart::applyTheme()
{
    m_dark = Theme::isDark(palette());
    // A theme resets every series' pen and the axes' fonts: set it first, then our colours again.
    m_chart->setTheme(m_dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    m_chart->setBackgroundBrush(palette().base());
    m_chart->setBackgroundRoundness(0);
    m_chart->legend()->setLabelColor(palette().text().color());
    for (QValueAxis* axis : {m_x, m_y}) {
        axis->setLabelsColor(palette().text().color());
        axis->setTitleBrush(palette().text());
        QPen grid = axis->gridLinePen();
        grid.setColor(Theme::adapt(QColor(0xd8, 0xdd, 0xe3), palette()));
        axis->setGridLinePen(grid);
    }
    m_chart->setTitleBrush(palette().placeholderText());
    for (const Line& line : std::as_const(m_lines)) {
        styleLine(line);
    }
    if (m_threshold) {
        QPen pen(Theme::adapt(QColor(0xd6, 0x45, 0x41), palette()));
        pen.setWidthF(1.5);
        pen.setStyle(Qt::DashLine);
        m_threshold->setPen(pen);
    }
}

void TimeChart::styleLine(const Line& line)
{
    QPen pen(line.color);
    pen.setWidthF(2.0);
    if (line.dashed) {
        pen.setStyle(Qt::DashLine);
    }
    line.series->setPen(pen);
}

void TimeChart::setSeries(const QList<Series>& series, qint64 nowMs)
{
    // Series that are gone leave; new ones are added in order; the rest keep their objects.
    QList<Line> kept;
    for (const Line& line : std::as_const(m_lines)) {
        const bool present
            = std::any_of(series.cbegin(), series.cend(), [&line](const Series& s) { return s.key == line.key; });
        if (present) {
            kept.append(line);
        } else {
            m_chart->removeSeries(line.series);
            delete line.series;
        }
    }
    m_lines = kept;
    double top = 0;
    for (const Series& s : series) {
        auto it = std::find_if(m_lines.begin(), m_lines.end(), [&s](const Line& l) { return l.key == s.key; });
        if (it == m_lines.end()) {
            Line line {s.key, new QLineSeries, s.color, s.dashed};
            line.series->setName(s.name);
            m_chart->addSeries(line.series);
            line.series->attachAxis(m_x);
            line.series->attachAxis(m_y);
            styleLine(line);
            m_lines.append(line);
            it = std::prev(m_lines.end());
        } else {
            if (it->series->name() != s.name) {
                it->series->setName(s.name);
            }
            if (it->color != s.color || it->dashed != s.dashed) {
                it->color = s.color;
                it->dashed = s.dashed;
                styleLine(*it);
            }
        }
        QList<QPointF> points;
        if (s.points != nullptr) {
            points.reserve(static_cast<qsizetype>(s.points->size()));
            for (const TimePoint& p : *s.points) {
                const double x = static_cast<double>(p.ms - nowMs) / 1000.0;
                if (x < -m_span - 5) {
                    continue;
                }
                const double y = std::max(0.0, p.value);
                points.append({x, y});
                top = std::max(top, y);
            }
        }
        it->series->replace(points); // one redraw per series; appending point by point would redraw per point
    }
    m_dataMaximum = top;
    if (m_thresholdValue) {
        top = std::max(top, *m_thresholdValue);
    }
    double maximum = 0;
    double step = 0;
    if (m_fixedMaximum) {
        maximum = *m_fixedMaximum;
        step = niceStep(maximum / 4.0);
    } else {
        step = niceStep(std::max(m_floor, top * 1.1) / 4.0);
        maximum = std::max(m_floor, std::ceil(top * 1.1 / step) * step);
    }
    if (m_y->max() != maximum || m_y->tickInterval() != step) {
        m_y->setRange(0, maximum);
        m_y->setTickInterval(step);
    }
}

void TimeChart::setThreshold(std::optional<double> value, const QString& name)
{
    if (!value) {
        if (m_threshold) {
            m_chart->removeSeries(m_threshold);
            delete m_threshold;
            m_threshold = nullptr;
        }
        m_thresholdValue.reset();
        return;
    }
    if (!m_threshold) {
        m_threshold = new QLineSeries;
        m_chart->addSeries(m_threshold);
        m_threshold->attachAxis(m_x);
        m_threshold->attachAxis(m_y);
        applyTheme();
    }
    if (m_threshold->name() != name) {
        m_threshold->setName(name);
    }
    if (m_thresholdValue != value) {
        m_thresholdValue = value;
        m_threshold->replace({{static_cast<double>(-m_span), *value}, {0.0, *value}});
    }
}

void TimeChart::setFixedMaximum(std::optional<double> maximum)
{
    m_fixedMaximum = maximum;
}

void TimeChart::setEmptyText(const QString& text)
{
    if (m_chart->title() != text) {
        m_chart->setTitle(text);
    }
}

QString TimeChart::emptyText() const
{
    return m_chart->title();
}

double TimeChart::axisMaximum() const
{
    return m_y->max();
}

QStringList TimeChart::seriesNames() const
{
    QStringList names;
    for (const Line& line : m_lines) {
        names.append(line.series->name());
    }
    return names;
}

QLineSeries* TimeChart::find(const QString& name) const
{
    for (const Line& line : m_lines) {
        if (line.series->name() == name) {
            return line.series;
        }
    }
    return nullptr;
}

std::optional<double> TimeChart::lastValue(const QString& name) const
{
    const QLineSeries* series = find(name);
    if (series == nullptr || series->count() == 0) {
        return std::nullopt;
    }
    return series->at(series->count() - 1).y();
}

int TimeChart::pointCount(const QString& name) const
{
    const QLineSeries* series = find(name);
    return series ? static_cast<int>(series->count()) : 0;
}

} // namespace Copyline
