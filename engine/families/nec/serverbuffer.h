// SPDX-License-Identifier: GPL-3.0-or-later
// A simulated Windows server's file-system write-back buffer of one logical disk (spec NEC §4.8; seed 002
// L2786-2854): what an application writes to a mounted volume stays in the server's memory and reaches the logical
// disk only at flush (iSMrc_flush), unmount, or when the buffer is full. Separating a pair without flushing therefore
// gives an RV without those writes, the consistency lesson of the seed. Every host write of a server's volume goes
// through its buffer: the necWrite statement and the NBD export of the server's disk ("BUSINESS/disk10").
#pragma once

#include "hostio/nbdserver.h"
#include "storage/volumeio.h"

#include <map>
#include <memory>
#include <shared_mutex>
#include <vector>

namespace Copyline
{
class Engine;
}

namespace Copyline::Nec
{

/**
 * The buffered pages of one server's view of one logical disk, 64 KiB each, over the logical disk itself. Thread-safe:
 * reads hold the buffer shared while they read the disk and lay the pages over it (a flush cannot slip in between and
 * make a read miss data), writes and flushes hold it exclusively.
 */
class ServerBuffer final
{
public:
    static constexpr qint64 kPage = 64 * 1024;
    /**
     * [SIM] What a server keeps before its lazy writer must write back: a write that would grow the buffer beyond
     * this writes the buffer to the disk first (the seed's "delayed writes", §4.8).
     */
    static constexpr qint64 kMaxBytes = 256 * 1024 * 1024;

    /** Writes @p data at @p offset into the buffer; a page written in part is read from the disk first. */
    IoStatus write(VolumeIo& io, qint64 offset, std::span<const char> data);
    /** Zeroes [offset, offset + length) in the buffer (a zero page costs no memory). */
    IoStatus zero(VolumeIo& io, qint64 offset, qint64 length);
    /** Reads what the server sees: the disk with the buffered pages over it. */
    IoStatus read(VolumeIo& io, qint64 offset, std::span<char> out) const;
    /** Writes the buffered pages to the disk in runs (zero runs as discards), then flushes the disk; empty after. */
    IoStatus flush(VolumeIo& io);
    /** Drops the buffered pages (umount -force). */
    void clear();
    qint64 bytes() const;
    /** The disk's data extents with the buffered pages added (a superset, as VolumeBackend::dataExtents allows). */
    QList<Extent> dataExtents(const VolumeIo& io, qint64 offset, qint64 length) const;

private:
    using Page = std::vector<char>; // empty: a page of zeros

    IoStatus flushLocked(VolumeIo& io);
    /** The page @p page, made: read from the disk (unless @p whole) or materialized from a zero page. */
    IoStatus makePage(VolumeIo& io, qint64 page, bool whole, Page** out);

    mutable std::shared_mutex m_mutex;
    std::map<qint64, Page> m_pages;
    qint64 m_bytes = 0; // pages held, zero pages not counted
};

/**
 * A server's volume as its applications see it, as a VolumeBackend: reads and writes go through the server's buffer
 * to the logical disk, a flush is the server's flush (FlushFileBuffers: the buffer reaches the disk). Host access
 * rules are those of the logical disk (an RV in Not Ready refuses both).
 */
class ServerVolumeBackend final : public VolumeBackend
{
public:
    ServerVolumeBackend(std::shared_ptr<ServerBuffer> buffer, std::shared_ptr<VolumeIo> disk)
        : m_buffer(std::move(buffer))
        , m_disk(std::move(disk))
    { }
    qint64 size() const override { return m_disk->size(); }
    IoStatus read(qint64 offset, std::span<char> buffer) override;
    IoStatus write(qint64 offset, std::span<const char> data) override;
    IoStatus discard(qint64 offset, qint64 length) override;
    IoStatus flush() override { return m_buffer->flush(*m_disk); }
    QList<Extent> dataExtents(qint64 offset, qint64 length) const override
    {
        return m_buffer->dataExtents(*m_disk, offset, length);
    }
    const std::shared_ptr<VolumeIo>& disk() const { return m_disk; }

private:
    IoStatus writable() const;

    std::shared_ptr<ServerBuffer> m_buffer;
    std::shared_ptr<VolumeIo> m_disk;
};

/** A server's buffer of one logical disk (made with @p create), or null. */
std::shared_ptr<ServerBuffer> serverBuffer(Engine& engine, const QString& server, ObjectId ldId, bool create);

/**
 * The NBD exports of the family: every mounted volume of every server, named "<server>/<disk>" ("BUSINESS/disk10"),
 * served through the server's buffer. The same export object is returned while the volume stays mounted.
 */
QList<NbdExport> serverExports(Engine& engine);

} // namespace Copyline::Nec
