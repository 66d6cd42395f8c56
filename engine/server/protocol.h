// SPDX-License-Identifier: GPL-3.0-or-later
// The management protocol between an engine process (console or copylined) and its clients (copylinectl, an
// attaching console): frames of a 4-byte big-endian length followed by one compact JSON object.
//
//   client → engine  {"type":"hello","version":1,"subscribe":bool,"configDelta":bool,"runtimeDelta":bool}
//                    {"type":"command","id":n,"command":{"name":..,"args":{..}}}
//                    {"type":"shutdown","id":n}
//                    {"type":"users","id":n,"action":"add|remove|list","name":..,"role":..,"password":..}  (owner only)
//                    {"type":"tls","id":n,"action":"info|listen","listen":"ADDRESS:PORT|off"}   (listen: owner only)
//   Over TLS (issue 17, docs/management.md) the engine greets with {"type":"hello","version":1,"signIn":true} only,
//   and the client must sign in before anything else:
//                    {"type":"login","id":n,"user":..,"password":..}
//   answered by a result with {"user","role"} or error 601 (after a delay that grows with the failures from the
//   client's address). Every later message is checked against the user's role (server/accesscontrol.h).
//   engine → client  {"type":"hello","version":1,"pid":n,"workspace":".."}
//                    {"type":"snapshot","snapshot":{..}}      (subscribers, after each change)
//   With "configDelta" a subscriber gets a snapshot's "config" only when it differs from the last one sent to it;
//   otherwise the snapshot says "configUnchanged":true and the client keeps the configuration it has. Runtime
//   figures (progress, counters) change twice a second while work runs; the configuration seldom does, and parsing
//   a large one on every snapshot was most of an attached console's CPU time.
//   With "runtimeDelta" the per-object runtime tables ("runtime" by logical drive, "copies", "mirrors") carry only
//   the entries that differ from the snapshot sent before, "<table>Removed" lists the ids gone since, and
//   "<table>Delta":true says so; the client applies them to the snapshot it received before (Snapshot::fromJson).
//   Of 10,000 drives about a hundred move while copies run: the whole tables were half an attached console's GUI
//   thread (issue 19). The first snapshot after a hello is always whole.
//                    {"type":"result","id":n,"result":{..}}
//                    {"type":"bye","reason":".."}             (engine stopping)
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

class QIODevice;

namespace Copyline::Protocol
{

inline constexpr int kVersion = 1;
/** Largest frame accepted: a snapshot of a very large workspace fits; anything bigger is a broken peer. */
inline constexpr qint64 kMaxFrame = 256LL * 1024 * 1024;
/** Largest buffered input of a TLS client that has not signed in: a sign-in is small. */
inline constexpr qint64 kMaxSignInFrame = 64 * 1024;

/** "127.0.0.1:7443", "[::1]:7443", "host.example:7443" into its host and port; false when it is not that form. */
bool parseHostPort(const QString& text, QString* host, quint16* port);

QByteArray encode(const QJsonObject& message);

/** Incremental decoder: feed bytes as they arrive, take whole messages out. */
class FrameReader
{
public:
    void append(const QByteArray& bytes) { m_buffer.append(bytes); }
    /** The next whole message, nothing if more bytes are needed. Sets error() on a malformed stream. */
    std::optional<QJsonObject> next();
    bool hasError() const { return !m_error.isEmpty(); }
    /** Bytes received and not yet taken out as messages. */
    qint64 buffered() const { return m_buffer.size(); }
    const QString& error() const { return m_error; }

private:
    QByteArray m_buffer;
    QString m_error;
};

} // namespace Copyline::Protocol
