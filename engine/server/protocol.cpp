// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol.h"

#include "util/hostport.h"

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
    return Copyline::splitHostPort(text, host, port);
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
