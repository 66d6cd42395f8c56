// SPDX-License-Identifier: GPL-3.0-or-later
#include "families/nec/serverbuffer.h"

#include "families/nec/nec.h"
#include "service/engine.h"

#include <algorithm>
#include <cstring>
#include <mutex>

using namespace Qt::Literals::StringLiterals;

namespace Copyline::Nec
{

namespace
{

constexpr qint64 kRun = 4 * 1024 * 1024; /**< a flush writes up to this much at once */

/** The buffers of one engine and the NBD fronts of the mounted volumes, by "server/ld". */
struct Buffers
{
    std::mutex mutex;
    QHash<QString, std::shared_ptr<ServerBuffer>> byKey;
    // Engine thread only: the export of each mounted volume, kept while it stays the same so that the NBD server
    // does not cut its clients off at every configuration change.
    QHash<QString, NbdExport> exports;
};

Buffers& buffersOf(Engine& engine)
{
    static std::mutex guard;
    static QHash<const Engine*, std::shared_ptr<Buffers>> all;
    std::lock_guard lock(guard);
    auto& b = all[&engine];
    if (!b) {
        b = std::make_shared<Buffers>();
    }
    return *b;
}

QString bufferKey(const QString& server, ObjectId ldId)
{
    return server.toLower() + u'/' + QString::number(ldId);
}

} // namespace

// ---- ServerBuffer --------------------------------------------------------------------------------------------------

IoStatus ServerBuffer::makePage(VolumeIo& io, qint64 page, bool whole, Page** out)
{
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        Page bytes(static_cast<size_t>(kPage), 0);
        if (!whole) {
            const qint64 length = std::min(kPage, io.size() - page * kPage);
            if (IoStatus st = io.read(page * kPage, std::span<char>(bytes.data(), static_cast<size_t>(length)));
                !st.ok()) {
                return st;
            }
        }
        it = m_pages.emplace(page, std::move(bytes)).first;
        m_bytes += kPage;
    } else if (it->second.empty()) {
        it->second.assign(static_cast<size_t>(kPage), 0);
        m_bytes += kPage;
    }
    *out = &it->second;
    return IoStatus::success();
}

IoStatus ServerBuffer::write(VolumeIo& io, qint64 offset, std::span<const char> data)
{
    std::unique_lock lock(m_mutex);
    const qint64 end = offset + static_cast<qint64>(data.size());
    if (m_bytes + (end - offset) + kPage > kMaxBytes) {
        if (IoStatus st = flushLocked(io); !st.ok()) {
            return st;
        }
    }
    for (qint64 page = offset / kPage; page * kPage < end; ++page) {
        const qint64 pageStart = page * kPage;
        const qint64 from = std::max(offset, pageStart);
        const qint64 to = std::min(end, pageStart + kPage);
        Page* bytes = nullptr;
        if (IoStatus st = makePage(io, page, from == pageStart && to == pageStart + kPage, &bytes); !st.ok()) {
            return st;
        }
        std::memcpy(bytes->data() + (from - pageStart), data.data() + (from - offset), static_cast<size_t>(to - from));
    }
    return IoStatus::success();
}

IoStatus ServerBuffer::zero(VolumeIo& io, qint64 offset, qint64 length)
{
    std::unique_lock lock(m_mutex);
    const qint64 end = offset + length;
    for (qint64 page = offset / kPage; page * kPage < end; ++page) {
        const qint64 pageStart = page * kPage;
        const qint64 from = std::max(offset, pageStart);
        const qint64 to = std::min(end, pageStart + kPage);
        if (from == pageStart && to == pageStart + kPage) {
            Page& p = m_pages[page];
            m_bytes -= static_cast<qint64>(p.size());
            p = Page(); // a whole page of zeros: no memory
            continue;
        }
        Page* bytes = nullptr;
        if (IoStatus st = makePage(io, page, false, &bytes); !st.ok()) {
            return st;
        }
        std::memset(bytes->data() + (from - pageStart), 0, static_cast<size_t>(to - from));
    }
    return IoStatus::success();
}

IoStatus ServerBuffer::read(VolumeIo& io, qint64 offset, std::span<char> out) const
{
    std::shared_lock lock(m_mutex);
    if (IoStatus st = io.read(offset, out); !st.ok()) {
        return st;
    }
    const qint64 end = offset + static_cast<qint64>(out.size());
    for (auto it = m_pages.lower_bound(offset / kPage); it != m_pages.end() && it->first * kPage < end; ++it) {
        const qint64 pageStart = it->first * kPage;
        const qint64 from = std::max(offset, pageStart);
        const qint64 to = std::min(end, pageStart + kPage);
        if (it->second.empty()) {
            std::memset(out.data() + (from - offset), 0, static_cast<size_t>(to - from));
        } else {
            std::memcpy(
                out.data() + (from - offset), it->second.data() + (from - pageStart), static_cast<size_t>(to - from));
        }
    }
    return IoStatus::success();
}

IoStatus ServerBuffer::flush(VolumeIo& io)
{
    std::unique_lock lock(m_mutex);
    if (IoStatus st = flushLocked(io); !st.ok()) {
        return st;
    }
    return io.flush();
}

IoStatus ServerBuffer::flushLocked(VolumeIo& io)
{
    std::vector<char> run;
    run.reserve(static_cast<size_t>(kRun));
    qint64 runStart = -1;
    qint64 zeroStart = -1;
    qint64 zeroEnd = -1;
    const auto writeRun = [&]() -> IoStatus {
        IoStatus st = IoStatus::success();
        if (!run.empty()) {
            st = io.write(runStart, run);
            run.clear();
        }
        if (st.ok() && zeroEnd > zeroStart) {
            st = io.discard(zeroStart, zeroEnd - zeroStart);
        }
        runStart = zeroStart = zeroEnd = -1;
        return st;
    };
    for (auto it = m_pages.begin(); it != m_pages.end();) {
        const qint64 at = it->first * kPage;
        const qint64 length = std::min(kPage, io.size() - at);
        const bool zeros = it->second.empty();
        const bool extendsData = !zeros && runStart >= 0 && runStart + static_cast<qint64>(run.size()) == at
            && static_cast<qint64>(run.size()) < kRun;
        const bool extendsZeros = zeros && zeroEnd == at;
        if (!extendsData && !extendsZeros) {
            if (IoStatus st = writeRun(); !st.ok()) {
                return st; // what was written is gone from the buffer; the rest stays for the next flush
            }
        }
        if (zeros) {
            zeroStart = zeroStart < 0 ? at : zeroStart;
            zeroEnd = at + length;
        } else {
            runStart = runStart < 0 ? at : runStart;
            run.insert(run.end(), it->second.begin(), it->second.begin() + length);
            m_bytes -= kPage;
        }
        it = m_pages.erase(it);
    }
    return writeRun();
}

void ServerBuffer::clear()
{
    std::unique_lock lock(m_mutex);
    m_pages.clear();
    m_bytes = 0;
}

qint64 ServerBuffer::bytes() const
{
    std::shared_lock lock(m_mutex);
    return static_cast<qint64>(m_pages.size()) * kPage;
}

QList<Extent> ServerBuffer::dataExtents(const VolumeIo& io, qint64 offset, qint64 length) const
{
    std::shared_lock lock(m_mutex);
    QList<Extent> extents = io.dataExtents(offset, length);
    const qint64 end = offset + length;
    for (auto it = m_pages.lower_bound(offset / kPage); it != m_pages.end() && it->first * kPage < end; ++it) {
        const qint64 from = std::max(offset, it->first * kPage);
        extents.append({from, std::min(end, it->first * kPage + kPage) - from});
    }
    std::sort(extents.begin(), extents.end(), [](const Extent& a, const Extent& b) { return a.offset < b.offset; });
    QList<Extent> merged;
    for (const Extent& e : extents) {
        if (!merged.isEmpty() && e.offset <= merged.last().end()) {
            merged.last().length = std::max(merged.last().end(), e.end()) - merged.last().offset;
        } else {
            merged.append(e);
        }
    }
    return merged;
}

// ---- ServerVolumeBackend -------------------------------------------------------------------------------------------

IoStatus ServerVolumeBackend::writable() const
{
    // Writes into the buffer do not touch the disk, so the disk's access rules are asked here (an RV in Not Ready or
    // Read Only takes no writes, whether they would stay in the buffer or not).
    const HostAccess access = m_disk->hostAccess();
    return access.write ? IoStatus::success() : IoStatus::failure(access.writeError, access.writeReason);
}

IoStatus ServerVolumeBackend::read(qint64 offset, std::span<char> buffer)
{
    return m_buffer->read(*m_disk, offset, buffer);
}

IoStatus ServerVolumeBackend::write(qint64 offset, std::span<const char> data)
{
    if (IoStatus st = writable(); !st.ok()) {
        return st;
    }
    return m_buffer->write(*m_disk, offset, data);
}

IoStatus ServerVolumeBackend::discard(qint64 offset, qint64 length)
{
    if (IoStatus st = writable(); !st.ok()) {
        return st;
    }
    return m_buffer->zero(*m_disk, offset, length);
}

// ---- per engine ----------------------------------------------------------------------------------------------------

std::shared_ptr<ServerBuffer> serverBuffer(Engine& engine, const QString& server, ObjectId ldId, bool create)
{
    Buffers& b = buffersOf(engine);
    std::lock_guard lock(b.mutex);
    auto it = b.byKey.find(bufferKey(server, ldId));
    if (it != b.byKey.end()) {
        return *it;
    }
    if (!create) {
        return {};
    }
    auto buffer = std::make_shared<ServerBuffer>();
    b.byKey.insert(bufferKey(server, ldId), buffer);
    return buffer;
}

QList<NbdExport> serverExports(Engine& engine)
{
    Buffers& b = buffersOf(engine);
    const Configuration& config = engine.configuration();
    QHash<QString, NbdExport> now;
    for (const CopyPath& d : config.copyPaths) {
        if (d.kind != QLatin1String(kDisk) || !hasWord(d.state, u"mounted=yes"_s)) {
            continue;
        }
        const LogicalDrive ld = config.logicalDrives.value(d.sourceRef);
        auto disk = engine.volumes().find(ld.id);
        if (!disk) {
            continue;
        }
        const QString name = d.sourcePort + u'/' + d.targetPort;
        NbdExport e = b.exports.value(name);
        const bool same = e.front && e.logicalDriveId == ld.id && e.subsystemId == ld.subsystemId
            && std::static_pointer_cast<ServerVolumeBackend>(e.front->backend())->disk() == disk;
        if (!same) {
            e = {};
            e.name = name;
            e.subsystemId = ld.subsystemId;
            e.logicalDriveId = ld.id;
            e.logicalDrive = ld.name;
            e.front = std::make_shared<VolumeIo>(
                ld.id, std::make_shared<ServerVolumeBackend>(serverBuffer(engine, d.sourcePort, ld.id, true), disk));
        }
        e.description = u"%1 %2 (%3) on %4, through its file system buffer"_s.arg(
            d.targetPort, option(d.state, u"letter"_s), ld.name, d.sourcePort);
        // The server's volume takes the disk's access rules: read-only to NBD clients when the disk refuses writes.
        if (const HostAccess access = disk->hostAccess(); e.front->hostAccess() != access) {
            e.front->setHostAccess(access);
        }
        now.insert(name, e);
    }
    b.exports = now;
    QList<NbdExport> list = now.values();
    std::sort(list.begin(), list.end(), [](const NbdExport& x, const NbdExport& y) { return x.name < y.name; });
    return list;
}

// ---- nec.h ---------------------------------------------------------------------------------------------------------

IoStatus flushBuffer(Engine& engine, const QString& server, ObjectId ldId, const std::shared_ptr<VolumeIo>& io)
{
    const auto buffer = serverBuffer(engine, server, ldId, false);
    return buffer ? buffer->flush(*io) : IoStatus::success();
}

void discardBuffer(Engine& engine, const QString& server, ObjectId ldId)
{
    if (const auto buffer = serverBuffer(engine, server, ldId, false)) {
        buffer->clear();
    }
}

qint64 bufferedBytes(Engine& engine, const QString& server, ObjectId ldId)
{
    const auto buffer = serverBuffer(engine, server, ldId, false);
    return buffer ? buffer->bytes() : 0;
}

void resetBuffers(Engine& engine)
{
    Buffers& b = buffersOf(engine);
    std::lock_guard lock(b.mutex);
    b.byKey.clear();
    b.exports.clear();
}

} // namespace Copyline::Nec
