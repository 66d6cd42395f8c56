// SPDX-License-Identifier: GPL-3.0-or-later
// The management protocol between an engine process (console or copylined) and its clients (copylinectl, an
// attaching console): frames of a 4-byte big-endian length followed by one compact JSON object.
//
//   client → engine  {"type":"hello","version":1,"subscribe":bool,"configDelta":bool}
//                    {"type":"command","id":n,"command":{"name":..,"args":{..}}}
//                    {"type":"shutdown","id":n}
//   engine → client  {"type":"hello","version":1,"pid":n,"workspace":".."}
//                    {"type":"snapshot","snapshot":{..}}      (subscribers, after each change)
//   With "configDelta" a subscriber gets a snapshot's "config" only when it differs from the last one sent to it;
//   otherwise the snapshot says "configUnchanged":true and the client keeps the configuration it has. Runtime
//   figures (progress, counters) change twice a second while work runs; the configuration seldom does, and parsing
//   a large one on every snapshot was most of an attached console's CPU time.
//                    {"type":"result","id":n,"result":{..}}
//                    {"type":"bye","reason":".."}             (engine stopping)
#pragma once

#include <QByteArray>
#include <QJsonObject>

#include <optional>

class QIODevice;

namespace Copyline::Protocol
{

inline constexpr int kVersion = 1;
/** Largest frame accepted: a snapshot of a very large workspace fits; anything bigger is a broken peer. */
inline constexpr qint64 kMaxFrame = 256LL * 1024 * 1024;

QByteArray encode(const QJsonObject& message);

/** Incremental decoder: feed bytes as they arrive, take whole messages out. */
class FrameReader
{
public:
    void append(const QByteArray& bytes) { m_buffer.append(bytes); }
    /** The next whole message, nothing if more bytes are needed. Sets error() on a malformed stream. */
    std::optional<QJsonObject> next();
    bool hasError() const { return !m_error.isEmpty(); }
    const QString& error() const { return m_error; }

private:
    QByteArray m_buffer;
    QString m_error;
};

} // namespace Copyline::Protocol
