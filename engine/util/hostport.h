// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Copyline
{

/**
 * "host:port", "1.2.3.4:port" or "[v6]:port" into its parts; false when it is none of them (an IPv6 address without
 * brackets, a port that is not a number up to 65535). Port 0 is returned as such: whether it is allowed is the
 * caller's.
 */
bool splitHostPort(const QString& text, QString* host, quint16* port);

} // namespace Copyline
