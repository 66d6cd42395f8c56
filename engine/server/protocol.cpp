// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol.h"

#include <QJsonDocument>
#include <QtEndian>

using namespace Qt::Literals::StringLiterals;

namespace Copyline::Protocol
{

QByteArray encode(const QJsonObject& message)
{
    const QByteArray body = QJsonDocument(message).toJson(QJsonDocument::Compact);
    QByteArray frame(4, Qt::Uninitialized);
    qToBigEndian(static_cast<quint32>(body.size()), frame.data());
    frame.append(body);
    return frame;
}

bool parseHostPort(const QString& text, QString* host, quint16* port)
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

std::optional<QJsonObject> FrameReader::next()
{
    if (hasError() || m_buffer.size() < 4) {
        return std::nullopt;
    }
    const quint32 length = qFromBigEndian<quint32>(m_buffer.constData());
    if (length > kMaxFrame) {
        m_error = u"frame of %1 bytes exceeds the limit"_s.arg(length);
        return std::nullopt;
    }
    if (static_cast<quint64>(m_buffer.size()) < 4ULL + length) {
        return std::nullopt;
    }
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(m_buffer.mid(4, length), &parseError);
    m_buffer.remove(0, 4 + static_cast<qsizetype>(length));
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        m_error = u"malformed message: %1"_s.arg(parseError.errorString());
        return std::nullopt;
    }
    return doc.object();
}

} // namespace Copyline::Protocol
