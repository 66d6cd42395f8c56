// SPDX-License-Identifier: GPL-3.0-or-later
// What the NEC engine tests share: commands, a small disk array with a pair, host I/O straight on a logical disk
// (as the array sees it) and through a server's file system (buffered), the pair query, and waiting for a state.
#pragma once

#include "service/engine.h"
#include "util/pattern.h"
#include "util/sha256.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <vector>

namespace Copyline::NecTest
{

using namespace Qt::Literals::StringLiterals;

inline constexpr qint64 kGrain = 64 * 1024;
inline const QString kArray = QStringLiteral("S2100/1301");

inline CommandResult run(Engine& engine, const QString& command, const QJsonObject& args = {})
{
    return engine.execute({command, args});
}

inline QString ok(const CommandResult& r)
{
    return r.ok() ? QString() : r.error.cliLine();
}

/** Writes the pattern of @p seed over [offset, offset + length) of a logical disk, straight to the array. */
inline CommandResult writeLd(Engine& engine, const QString& ld, qint64 offset, qint64 length, int seed)
{
    return run(engine, u"writeLogicalDrive"_s,
        {{u"subsystem"_s, kArray}, {u"targets"_s, QJsonArray {ld}}, {u"offset"_s, offset}, {u"length"_s, length},
            {u"seed"_s, seed}});
}

/** The SHA-256 of a read of a logical disk straight from the array, or the error line. */
inline QString checksumLd(Engine& engine, const QString& ld, qint64 offset = 0, qint64 length = -1)
{
    QJsonObject args {{u"subsystem"_s, kArray}, {u"targets"_s, QJsonArray {ld}}, {u"offset"_s, offset}};
    if (length >= 0) {
        args.insert(u"length"_s, length);
    }
    const CommandResult r = run(engine, u"checksumLogicalDrive"_s, args);
    return r.ok() ? r.data.value(u"sha256"_s).toString() : r.error.cliLine();
}

/** The SHA-256 of @p grains grains, each the pattern of its seed (0: zeros), as single-grain writes make them. */
inline QString expectedChecksum(const std::vector<int>& grains)
{
    Sha256 hash;
    std::vector<char> bytes(static_cast<size_t>(kGrain));
    for (const int seed : grains) {
        if (seed == 0) {
            std::fill(bytes.begin(), bytes.end(), 0);
        } else {
            fillPattern(static_cast<quint64>(seed), 0, bytes);
        }
        hash.addData(QByteArrayView(bytes.data(), static_cast<qsizetype>(bytes.size())));
    }
    return hash.hexResult();
}

inline QJsonObject pair(Engine& engine, const QString& mv, const QString& rv)
{
    QCoreApplication::processEvents();
    const CommandResult r = run(engine, u"necQueryPair"_s, {{u"mv"_s, mv}, {u"rv"_s, rv}});
    return r.ok() ? r.data : QJsonObject {{u"error"_s, r.error.cliLine()}};
}

inline QString syncState(Engine& engine, const QString& mv, const QString& rv)
{
    return pair(engine, mv, rv).value(u"syncState"_s).toString();
}

/** A disk array with RANKs 0 and 1 and the LDs @p lds of @p capacity (WN), licensed for DynamicDataReplication. */
inline void makeArray(Engine& engine, const QStringList& lds, qint64 capacity)
{
    QCOMPARE(ok(run(engine, u"necCreateDiskArray"_s,
                 {{u"id"_s, kArray}, {u"name"_s, u"Test_Array"_s}, {u"physical"_s, u"100 GB"_s}})),
        QString());
    QCOMPARE(ok(run(engine, u"necCreateRank"_s, {{u"subsystem"_s, kArray}, {u"rank"_s, 0}})), QString());
    QCOMPARE(ok(run(engine, u"necCreateRank"_s, {{u"subsystem"_s, kArray}, {u"rank"_s, 1}})), QString());
    int i = 0;
    for (const QString& ld : lds) {
        QCOMPARE(ok(run(engine, u"necCreateLd"_s,
                     {{u"subsystem"_s, kArray}, {u"rank"_s, i++ % 2}, {u"name"_s, ld}, {u"capacity"_s, capacity}})),
            QString());
    }
}

} // namespace Copyline::NecTest
