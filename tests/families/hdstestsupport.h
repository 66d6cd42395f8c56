// SPDX-License-Identifier: GPL-3.0-or-later
// What the in-controller copy tests share: a controller with OPEN-V volumes, host I/O straight on a volume (as the
// controller's channel adapters see it), checksums, the pair display, and waiting for a status.
#pragma once

#include "families/families.h"
#include "service/engine.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace Copyline::HdsTest
{

using namespace Qt::Literals::StringLiterals;

inline const QString kController = QStringLiteral("64016");
inline constexpr qint64 kTrack = 256 * 1024; // OPEN-V
inline constexpr qint64 kVolume = 32 << 20;  // 128 tracks

inline CommandResult run(Engine& engine, const QString& command, QJsonObject args = {})
{
    if (!args.contains(u"subsystem"_s) && command != u"hdsCreateController"_s) {
        args.insert(u"subsystem"_s, kController);
    }
    return engine.execute({command, args});
}

inline QString ok(const CommandResult& r)
{
    return r.ok() ? QString() : r.error.cliLine();
}

inline QJsonObject pvolSvol(const QString& p, const QString& s)
{
    return {{u"pvol"_s, p}, {u"svol"_s, s}};
}

inline QJsonObject with(QJsonObject o, const QString& key, const QJsonValue& value)
{
    o.insert(key, value);
    return o;
}

/** Writes the pattern of @p seed over tracks [first, first + count) of a volume, as a host on a CHA port would. */
inline CommandResult writeTracks(Engine& engine, const QString& ldev, qint64 first, qint64 count, int seed)
{
    return run(engine, u"writeLogicalDrive"_s,
        {{u"targets"_s, QJsonArray {ldev}}, {u"offset"_s, first * kTrack}, {u"length"_s, count * kTrack},
            {u"seed"_s, seed}});
}

/** The SHA-256 of tracks [first, first + count) of a volume (all of it by default), or the error line. */
inline QString checksum(Engine& engine, const QString& ldev, qint64 first = 0, qint64 count = -1)
{
    QJsonObject args {{u"targets"_s, QJsonArray {ldev}}, {u"offset"_s, first * kTrack}};
    if (count >= 0) {
        args.insert(u"length"_s, count * kTrack);
    }
    const CommandResult r = run(engine, u"checksumLogicalDrive"_s, args);
    return r.ok() ? r.data.value(u"sha256"_s).toString() : r.error.cliLine();
}

inline QJsonObject pair(Engine& engine, const QString& p, const QString& s)
{
    QCoreApplication::processEvents();
    const CommandResult r = run(engine, u"hdsPairDisplay"_s, pvolSvol(p, s));
    const QJsonArray rows = r.data.value(u"pairs"_s).toArray();
    if (!r.ok()) {
        return {{u"error"_s, r.error.cliLine()}};
    }
    return rows.isEmpty() ? QJsonObject {{u"status"_s, 801}, {u"guiStatus"_s, u"simplex"_s}} : rows.first().toObject();
}

inline int status(Engine& engine, const QString& p, const QString& s)
{
    return pair(engine, p, s).value(u"status"_s).toInt();
}

inline QString gui(Engine& engine, const QString& p, const QString& s)
{
    return pair(engine, p, s).value(u"guiStatus"_s).toString();
}

/** Waits until the pair shows @p guiStatus with no copy running; false after @p timeoutMs. */
inline bool settlesAt(
    Engine& engine, const QString& p, const QString& s, const QString& guiStatus, int timeoutMs = 60000)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        const QJsonObject row = pair(engine, p, s);
        if (row.value(u"guiStatus"_s).toString() == guiStatus && !row.value(u"running"_s).toBool()) {
            return true;
        }
        QTest::qWait(10);
    }
    return false;
}

/**
 * Copies started after this run through a 1 MB/s host channel (REMOTE COPY), so a test can suspend one before it
 * ends; release() gives the controller back its in-controller copy at disk speed.
 */
inline void hold(Engine& engine)
{
    QCOMPARE(ok(run(engine, u"hdsSetController"_s, {{u"copyPath"_s, u"remotecopy"_s}, {u"chaBandwidth"_s, 1000000}})),
        QString());
}

inline void release(Engine& engine)
{
    QCOMPARE(ok(run(engine, u"hdsSetController"_s, {{u"copyPath"_s, u"incontroller"_s}})), QString());
}

/** A controller with OPEN-V volumes: @p plain unreserved, @p reserved reserved (T-VOL candidates). */
inline void makeController(
    Engine& engine, const QStringList& plain, const QStringList& reserved, qint64 capacity = kVolume)
{
    QCOMPARE(ok(run(engine, u"hdsCreateController"_s, {{u"serial"_s, kController}})), QString());
    int dka = 0;
    for (const QString& ldev : plain + reserved) {
        QCOMPARE(ok(run(engine, u"hdsCreateVolume"_s,
                     {{u"ldev"_s, ldev}, {u"capacity"_s, capacity}, {u"dka"_s, dka++ % 2},
                         {u"reserve"_s, reserved.contains(ldev)}})),
            QString());
    }
}

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Engine> engine = std::make_unique<Engine>(Families::all());

    bool open(const QStringList& plain = {u"00:10"_s, u"00:11"_s},
        const QStringList& reserved = {u"00:20"_s, u"00:21"_s, u"00:22"_s})
    {
        if (engine->openWorkspace(dir.path()).isError()) {
            return false;
        }
        makeController(*engine, plain, reserved);
        return !QTest::currentTestFailed();
    }
    /** The engine closed and the workspace opened again (a restart of the controller's process). */
    bool reopen()
    {
        engine.reset();
        engine = std::make_unique<Engine>(Families::all());
        return !engine->openWorkspace(dir.path()).isError();
    }
};

} // namespace Copyline::HdsTest
