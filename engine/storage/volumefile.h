// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/iostatus.h"

#include <QList>
#include <QString>

#include <atomic>
#include <memory>
#include <span>

namespace Copyline
{

/**
 * The bytes of one volume: a sparse file accessed with positioned I/O. Thread-safe: pread/pwrite on one
 * descriptor need no lock, and the size only changes through resize(), which the owner calls with the volume
 * quiesced. Unwritten regions stay holes, so a 1 TiB volume costs nothing until it is written.
 *
 * Durability: write() returns once the kernel has the data (it survives a process kill); sync() is the barrier
 * that makes it survive a power loss (fdatasync), used by FLUSH requests and before acknowledging commands that
 * promise durability.
 */
class VolumeFile final
{
public:
    ~VolumeFile();
    VolumeFile(const VolumeFile&) = delete;
    VolumeFile& operator=(const VolumeFile&) = delete;

    /** Creates (or truncates) a sparse file of @p size bytes. */
    static std::unique_ptr<VolumeFile> create(const QString& path, qint64 size, IoStatus* status);
    /** Opens an existing file; its size is taken from the file. */
    static std::unique_ptr<VolumeFile> open(const QString& path, IoStatus* status);

    const QString& path() const { return m_path; }
    qint64 size() const { return m_size; }

    IoStatus read(qint64 offset, std::span<char> buffer) const;
    IoStatus write(qint64 offset, std::span<const char> data);
    /** Deallocates a range; reads of it return zeros afterwards. */
    IoStatus discard(qint64 offset, qint64 length);
    IoStatus sync();
    /** Grows or shrinks the file; new space reads as zeros. */
    IoStatus resize(qint64 newSize);

    /**
     * The allocated (data) extents that intersect [offset, offset+length), from SEEK_DATA/SEEK_HOLE. A file system
     * without hole support reports the whole range as data, which is always correct, only slower to copy.
     */
    QList<Extent> dataExtents(qint64 offset, qint64 length) const;

    /**
     * Copies [offset, offset+length) of @p source to @p to of this file (-1: the same offset) inside the kernel
     * (copy_file_range: no copy through user space; reflinks where the file system has them). Returns EXDEV,
     * ENOSYS or EOPNOTSUPP when the kernel cannot, so the caller falls back to read and write.
     */
    IoStatus copyRangeFrom(const VolumeFile& source, qint64 offset, qint64 length, qint64 to = -1);

    /** Bytes actually allocated on disk. */
    qint64 allocatedBytes() const;

    /**
     * True once the file was found shorter than its volume (a read reached its end early, or a flush saw it): it
     * was truncated or replaced outside Copyline. Such a read fails instead of returning zeros for lost data.
     */
    bool truncated() const { return m_truncated.load(); }
    /** The file's size on disk now (fstat), -1 when it cannot be read. */
    qint64 sizeOnDisk() const;

private:
    IoStatus truncatedError(qint64 fileSize) const;

    VolumeFile(int fd, QString path, qint64 size);

    int m_fd = -1;
    QString m_path;
    qint64 m_size = 0;
    mutable std::atomic<bool> m_truncated {false};
};

} // namespace Copyline
