// SPDX-License-Identifier: GPL-3.0-or-later
// What the ESS engine tests share: commands, simulated host I/O on ESS volumes (the subsystem is the serial in the
// volume ID), the volume query, and counting FlashCopy relationships among the demonstration workspace's pairs.
#pragma once

#include "service/engine.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace Copyline::EssTest
{

using namespace Qt::Literals::StringLiterals;

inline CommandResult run(Engine& engine, const QString& command, const QJsonObject& args = {})
{
    return engine.execute({command, args});
}

/** Writes the pattern of @p seed over [offset, offset + length) of an ESS volume, as a host would. */
inline CommandResult writeResult(Engine& engine, const QString& volume, qint64 offset, qint64 length, int seed)
{
    return run(engine, u"writeLogicalDrive"_s,
        {{u"subsystem"_s, volume.mid(3)}, {u"targets"_s, QJsonArray {volume}}, {u"offset"_s, offset},
            {u"length"_s, length}, {u"seed"_s, seed}});
}

/** The written bytes' SHA-256, or the error line. */
inline QString write(Engine& engine, const QString& volume, qint64 offset, qint64 length, int seed)
{
    const CommandResult r = writeResult(engine, volume, offset, length, seed);
    return r.ok() ? r.data.value(u"sha256"_s).toString() : r.error.cliLine();
}

/** The SHA-256 of a host read of [offset, offset + length), or the error line ("Error N - ..."). */
inline QString checksumOf(Engine& engine, const QString& volume, qint64 offset, qint64 length)
{
    const CommandResult r = run(engine, u"checksumLogicalDrive"_s,
        {{u"subsystem"_s, volume.mid(3)}, {u"targets"_s, QJsonArray {volume}}, {u"offset"_s, offset},
            {u"length"_s, length}});
    return r.ok() ? r.data.value(u"sha256"_s).toString() : r.error.cliLine();
}

/** essQueryVolume, after the engine thread has taken the notices the copy and I/O threads posted. */
inline QJsonObject query(Engine& engine, const QString& volume)
{
    QCoreApplication::processEvents();
    const CommandResult r = run(engine, u"essQueryVolume"_s, {{u"volume"_s, volume}});
    return r.ok() ? r.data : QJsonObject {{u"error"_s, r.error.cliLine()}};
}

/** The FlashCopy relationships of the workspace (the demonstration workspace holds PPRC pairs besides). */
inline int flashCopies(Engine& engine)
{
    int n = 0;
    for (const Relationship& r : engine.configuration().relationships) {
        n += r.kind == u"flashcopy"_s ? 1 : 0;
    }
    return n;
}

} // namespace Copyline::EssTest
