// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostport.h"

namespace Copyline
{

bool splitHostPort(const QString& text, QString* host, quint16* port)
{
    const QString t = text.trimmed();
    qsizetype colon = -1;
    QString h;
    if (t.startsWith(u'[')) {
        const qsizetype close = t.indexOf(u']');
        if (close < 0 || close + 1 >= t.size() || t.at(close + 1) != u':') {
            return false;
        }
        h = t.mid(1, close - 1);
        colon = close + 1;
    } else {
        colon = t.lastIndexOf(u':');
        if (colon <= 0 || t.indexOf(u':') != colon) {
            return false;
        }
        h = t.left(colon);
    }
    bool ok = false;
    const uint p = t.mid(colon + 1).toUInt(&ok);
    if (!ok || p > 65535 || h.isEmpty()) {
        return false;
    }
    *host = h;
    *port = static_cast<quint16>(p);
    return true;
}

} // namespace Copyline
