// SPDX-License-Identifier: GPL-3.0-or-later
// Simulated host I/O from the command API: deterministic writes and SHA-256 checksums of logical drive ranges.
// Both run on the engine's I/O pool (CommandContext::deferIo), never on the engine or GUI thread.
#include "service/commandcontext.h"
#include "service/engine.h"
#include "storage/fields.h"
#include "util/pattern.h"

#include "util/sha256.h"

#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

constexpr qint64 kChunk = 4 * 1024 * 1024;

struct Range
{
    qint64 offset = 0;
    qint64 length = 0;
};

Range rangeArgs(CommandContext& ctx, const LogicalDrive& ld, bool lengthRequired)
{
    Range r;
    r.offset = ctx.args.integer(u"offset"_s, 0);
    r.length = lengthRequired ? ctx.args.integer(u"length"_s) : ctx.args.integer(u"length"_s, ld.capacity - r.offset);
    if (r.offset < 0 || r.length < 0 || r.offset > ld.capacity || r.length > ld.capacity - r.offset) {
        fail(ErrorCode::IoOutOfRange,
            {QString::number(r.offset), QString::number(r.length), ld.name, QString::number(ld.capacity)});
    }
    return r;
}

std::shared_ptr<VolumeIo> openIo(CommandContext& ctx, const LogicalDrive& ld)
{
    auto io = ctx.engine.volumes().find(ld.id);
    if (!io) {
        fail(ErrorCode::IoError,
            {ld.name, u"the logical drive is %1; its volume is not available"_s.arg(enumName(ld.status))});
    }
    return io;
}

Error ioError(const QString& name, const IoStatus& st, const QString& operation)
{
    if (st.error == EPERM || st.error == EACCES) {
        return {ErrorCode::IoAccessDenied, {operation, name, st.reason}};
    }
    return {ErrorCode::IoError, {name, st.reason}};
}

void writeLogicalDrive(CommandContext& ctx)
{
    const LogicalDrive ld = ctx.logicalDrive();
    if (const Subsystem s = ctx.config.subsystems.value(ld.subsystemId); s.isProxy()) {
        fail(ErrorCode::RemoteSubsystemReadOnly, {s.name, s.peer}); // its bytes change only through a mirror
    }
    const Range r = rangeArgs(ctx, ld, true);
    const auto seed = static_cast<quint64>(ctx.args.integer(u"seed"_s, 1));
    auto io = openIo(ctx, ld);
    const QString name = ld.name;
    ctx.deferIo([io, r, seed, name]() {
        std::vector<char> buffer(static_cast<size_t>(std::min(kChunk, std::max<qint64>(r.length, 1))));
        Sha256 hash;
        for (qint64 done = 0; done < r.length;) {
            const qint64 n = std::min<qint64>(kChunk, r.length - done);
            const std::span<char> chunk(buffer.data(), static_cast<size_t>(n));
            fillPattern(seed, done, chunk);
            if (const IoStatus st = io->write(r.offset + done, chunk); !st.ok()) {
                return CommandResult::failure(ioError(name, st, u"write"_s));
            }
            hash.addData(QByteArrayView(chunk.data(), static_cast<qsizetype>(n)));
            done += n;
        }
        // The command acknowledges a durable write: the data reaches stable storage before the reply.
        if (const IoStatus st = io->flush(); !st.ok()) {
            return CommandResult::failure(ioError(name, st, u"write"_s));
        }
        CommandResult result;
        result.data = {{u"logicalDrive"_s, name}, {u"offset"_s, r.offset}, {u"length"_s, r.length},
            {u"sha256"_s, hash.hexResult()}};
        return result;
    });
}

void checksumLogicalDrive(CommandContext& ctx)
{
    const LogicalDrive ld = ctx.logicalDrive();
    const Range r = rangeArgs(ctx, ld, false);
    auto io = openIo(ctx, ld);
    const QString name = ld.name;
    ctx.deferIo([io, r, name]() {
        // Checked up front: the sparse walk below may read nothing at all, yet a refused host read is refused.
        if (const HostAccess access = io->hostAccess(); !access.read) {
            return CommandResult::failure(
                ioError(name, IoStatus::failure(access.readError, access.readReason), u"read"_s));
        }
        Sha256 hash;
        std::vector<char> buffer(static_cast<size_t>(kChunk));
        const std::vector<char> zeros(static_cast<size_t>(kChunk), 0);
        // Holes are hashed as zeros without reading them: a sparse 1 TiB drive checksums at memory speed.
        qint64 pos = r.offset;
        const qint64 end = r.offset + r.length;
        const auto hashZeros = [&](qint64 count) {
            while (count > 0) {
                const qint64 n = std::min<qint64>(count, kChunk);
                hash.addData(QByteArrayView(zeros.data(), static_cast<qsizetype>(n)));
                count -= n;
            }
        };
        for (const Extent& extent : io->dataExtents(r.offset, r.length)) {
            hashZeros(extent.offset - pos);
            for (qint64 at = extent.offset; at < extent.end();) {
                const qint64 n = std::min<qint64>(kChunk, extent.end() - at);
                const std::span<char> chunk(buffer.data(), static_cast<size_t>(n));
                if (const IoStatus st = io->read(at, chunk); !st.ok()) {
                    return CommandResult::failure(ioError(name, st, u"read"_s));
                }
                hash.addData(QByteArrayView(chunk.data(), static_cast<qsizetype>(n)));
                at += n;
            }
            pos = extent.end();
        }
        hashZeros(end - pos);
        CommandResult result;
        result.data = {{u"logicalDrive"_s, name}, {u"offset"_s, r.offset}, {u"length"_s, r.length},
            {u"sha256"_s, hash.hexResult()}};
        return result;
    });
}

} // namespace

namespace
{

/**
 * getEvents [subsystem=...] [afterId=N] [count=N]: the event log of one subsystem of any family, or of all; "afterId"
 * pages forward, "count" takes the newest N. Family-neutral: the console's Event Log and every family's history
 * panel read it.
 */
void getEvents(CommandContext& ctx)
{
    ObjectId subsystemId = 0;
    if (ctx.args.has(u"subsystem"_s) || ctx.args.has(u"subsystemId"_s)) {
        subsystemId = ctx.subsystemId();
    }
    const qint64 limit = std::clamp<qint64>(ctx.args.integer(u"count"_s, 1000), 1, 100000);
    QList<Event> events;
    if (ctx.args.has(u"afterId"_s)) {
        events = ctx.engine.events(subsystemId, ctx.args.integer(u"afterId"_s), static_cast<int>(limit));
    } else {
        events = ctx.engine.latestEvents(subsystemId, static_cast<int>(limit));
    }
    QJsonArray list;
    for (const Event& e : std::as_const(events)) {
        QJsonObject o = QJsonObject::fromVariantMap(toRow(e));
        o.insert(u"codeText"_s, e.codeText());
        o.insert(u"subsystem"_s, ctx.config.subsystems.value(e.subsystemId).name);
        list.append(o);
    }
    ctx.data.insert(u"events"_s, list);
}

} // namespace

QList<CommandSpec> ioCommands()
{
    return {
        {"getEvents", &getEvents, false},
        {"writeLogicalDrive", &writeLogicalDrive, false},
        {"checksumLogicalDrive", &checksumLogicalDrive, false},
    };
}

} // namespace Copyline
