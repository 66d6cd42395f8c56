// SPDX-License-Identifier: GPL-3.0-or-later
// The subsystem's host write latency bound (the adaptive copy rate, copy/ratecontroller.h), as the console reads it.
#pragma once

#include <QString>

namespace Copyline
{

/** A subsystem's latency bound in ms, kept as the word "latencyBound=<ms>" of its options; 0 = off. */
qint64 latencyBoundMs(const QString& options);
QString withLatencyBoundMs(const QString& options, qint64 ms);

} // namespace Copyline
