// SPDX-License-Identifier: GPL-3.0-or-later
#include "throughputchart.h"

#include "api/units.h"
#include "common/icons.h"

#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>

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

QLineSeries* makeSeries(const QString& name, const QColor& color)
{
    auto* series = new QLineSeries;
    series->setName(name);
    QPen pen(color);
    pen.setWidthF(2.0);
    series->setPen(pen);
    return series;
}

} // namespace

ThroughputChart::ThroughputChart(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"throughputChart"_s);
    m_chart = new QChart;
    m_chart->setMargins({4, 4, 4, 4});
    m_chart->setBackgroundRoundness(0);
    m_chart->legend()->setAlignment(Qt::AlignTop);
    m_chart->legend()->setMarkerShape(QLegend::MarkerShapeRectangle);
    m_read = makeSeries(tr("Read"), Icons::Palette::inProgress);
    m_write = makeSeries(tr("Write"), Icons::Palette::warning);
    m_chart->addSeries(m_read);
    m_chart->addSeries(m_write);

    m_x = new QValueAxis(m_chart);
    m_x->setRange(-kSpanSeconds, 0);
    m_x->setTickType(QValueAxis::TicksDynamic);
    m_x->setTickAnchor(0);
    m_x->setTickInterval(20);
    m_x->setLabelFormat(u"%d s"_s);
    m_x->setTitleText(tr("Seconds ago"));
    m_y = new QValueAxis(m_chart);
    m_y->setTickType(QValueAxis::TicksDynamic);
    m_y->setTickAnchor(0);
    m_y->setLabelFormat(u"%g"_s);
    m_y->setTitleText(tr("MB/s"));
    m_y->setRange(0, 1);
    m_y->setTickInterval(0.25);
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    for (QLineSeries* series : {m_read, m_write}) {
        series->attachAxis(m_x);
        series->attachAxis(m_y);
    }

    m_view = new QChartView(m_chart, this);
    m_view->setObjectName(u"throughputChartView"_s);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(160);
    m_view->setAccessibleName(tr("Read and write throughput, last two minutes"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

ThroughputChart::~ThroughputChart() = default;

void ThroughputChart::setHistory(const std::deque<ThroughputPoint>& history, qint64 nowMs)
{
    QList<QPointF> read;
    QList<QPointF> write;
    read.reserve(static_cast<qsizetype>(history.size()));
    write.reserve(static_cast<qsizetype>(history.size()));
    double top = 0;
    for (const ThroughputPoint& p : history) {
        const double x = static_cast<double>(p.ms - nowMs) / 1000.0;
        if (x < -kSpanSeconds - 5) {
            continue;
        }
        const double r = std::max(0.0, p.readBytesPerSecond) / static_cast<double>(MiB);
        const double w = std::max(0.0, p.writeBytesPerSecond) / static_cast<double>(MiB);
        read.append({x, r});
        write.append({x, w});
        top = std::max({top, r, w});
    }
    // replace() redraws once per series; appending point by point would redraw per point.
    m_read->replace(read);
    m_write->replace(write);
    const double step = niceStep(std::max(1.0, top * 1.1) / 4.0);
    const double maximum = std::max(1.0, std::ceil(top * 1.1 / step) * step);
    if (m_y->max() != maximum || m_y->tickInterval() != step) {
        m_y->setRange(0, maximum);
        m_y->setTickInterval(step);
    }
}

double ThroughputChart::axisMaximum() const
{
    return m_y->max();
}

QPointF ThroughputChart::lastValues() const
{
    if (m_read->count() == 0) {
        return {};
    }
    return {m_read->at(m_read->count() - 1).y(), m_write->at(m_write->count() - 1).y()};
}

} // namespace Copyline
