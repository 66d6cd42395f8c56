// SPDX-License-Identifier: GPL-3.0-or-later
#include "volumefile.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

QString errnoText(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

IoStatus fromErrno(int err, const QString& what)
{
    return IoStatus::failure(err, what + u": "_s + errnoText(err));
}

} // namespace

VolumeFile::VolumeFile(int fd, QString path, qint64 size)
    : m_fd(fd)
    , m_path(std::move(path))
    , m_size(size)
{ }

VolumeFile::~VolumeFile()
{
    if (m_fd >= 0) {
        ::close(m_fd);
    }
}

std::unique_ptr<VolumeFile> VolumeFile::create(const QString& path, qint64 size, IoStatus* status)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) {
        *status = fromErrno(errno, u"cannot create %1"_s.arg(path));
        return nullptr;
    }
    ::fchmod(fd, 0600); // a file left by an earlier run keeps its mode through O_CREAT: volumes are private

    if (::ftruncate(fd, size) != 0) {
        *status = fromErrno(errno, u"cannot size %1"_s.arg(path));
        ::close(fd);
        return nullptr;
    }
    *status = IoStatus::success();
    return std::unique_ptr<VolumeFile>(new VolumeFile(fd, path, size));
}

std::unique_ptr<VolumeFile> VolumeFile::open(const QString& path, IoStatus* status)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDWR | O_CLOEXEC);
    if (fd < 0) {
        *status = fromErrno(errno, u"cannot open %1"_s.arg(path));
        return nullptr;
    }
    struct stat st
    { };
    if (::fstat(fd, &st) != 0) {
        *status = fromErrno(errno, u"cannot stat %1"_s.arg(path));
        ::close(fd);
        return nullptr;
    }
    *status = IoStatus::success();
    return std::unique_ptr<VolumeFile>(new VolumeFile(fd, path, st.st_size));
}

IoStatus VolumeFile::read(qint64 offset, std::span<char> buffer) const
{
    char* out = buffer.data();
    auto remaining = static_cast<qint64>(buffer.size());
    while (remaining > 0) {
        const ssize_t n = ::pread(m_fd, out, static_cast<size_t>(remaining), offset);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            return fromErrno(errno, u"read at %1"_s.arg(offset));
        }
        if (n == 0) {
            // Every volume file is made as large as its volume (create, resize): ending early means it was
            // truncated behind the engine's back. Zeros here would be lost data presented as real.
            return truncatedError(offset);
        }
        out += n;
        offset += n;
        remaining -= n;
    }
    return IoStatus::success();
}

IoStatus VolumeFile::write(qint64 offset, std::span<const char> data)
{
    const char* in = data.data();
    auto remaining = static_cast<qint64>(data.size());
    while (remaining > 0) {
        const ssize_t n = ::pwrite(m_fd, in, static_cast<size_t>(remaining), offset);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            return fromErrno(errno, u"write at %1"_s.arg(offset));
        }
        in += n;
        offset += n;
        remaining -= n;
    }
    return IoStatus::success();
}

IoStatus VolumeFile::discard(qint64 offset, qint64 length)
{
    if (length <= 0) {
        return IoStatus::success();
    }
    if (::fallocate(m_fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, offset, length) == 0) {
        return IoStatus::success();
    }
    if (errno != EOPNOTSUPP) {
        return fromErrno(errno, u"discard at %1"_s.arg(offset));
    }
    // No hole punching on this file system: write zeros instead, in large chunks.
    static constexpr qint64 kChunk = 1024 * 1024;
    const std::vector<char> zeros(static_cast<size_t>(std::min(kChunk, length)), 0);
    while (length > 0) {
        const qint64 n = std::min<qint64>(length, static_cast<qint64>(zeros.size()));
        if (auto st = write(offset, std::span<const char>(zeros.data(), static_cast<size_t>(n))); !st.ok()) {
            return st;
        }
        offset += n;
        length -= n;
    }
    return IoStatus::success();
}

IoStatus VolumeFile::sync()
{
    if (::fdatasync(m_fd) != 0) {
        return fromErrno(errno, u"flush"_s);
    }
    // A flush promises the volume's bytes are on disk: not true of bytes a truncation took away.
    if (const qint64 onDisk = sizeOnDisk(); onDisk >= 0 && onDisk < m_size) {
        return truncatedError(onDisk);
    }
    return IoStatus::success();
}

qint64 VolumeFile::sizeOnDisk() const
{
    struct stat st
    { };
    return ::fstat(m_fd, &st) == 0 ? static_cast<qint64>(st.st_size) : -1;
}

IoStatus VolumeFile::truncatedError(qint64 fileSize) const
{
    m_truncated = true;
    return IoStatus::failure(EIO,
        u"the volume file %1 ends at byte %2, short of the volume's %3 bytes: it was truncated or replaced "
        "outside Copyline"_s.arg(m_path)
            .arg(fileSize)
            .arg(m_size));
}

IoStatus VolumeFile::resize(qint64 newSize)
{
    if (::ftruncate(m_fd, newSize) != 0) {
        return fromErrno(errno, u"resize to %1"_s.arg(newSize));
    }
    m_size = newSize;
    return IoStatus::success();
}

QList<Extent> VolumeFile::dataExtents(qint64 offset, qint64 length) const
{
    QList<Extent> extents;
    const qint64 end = std::min(offset + length, m_size);
    qint64 pos = offset;
    while (pos < end) {
        const off_t data = ::lseek(m_fd, pos, SEEK_DATA);
        if (data < 0) {
            if (errno == ENXIO) {
                // No data after pos. Past the file's end that is not a hole but a truncation: listed as data, so
                // the caller's read meets the end and fails instead of copying zeros for lost bytes.
                if (const qint64 onDisk = sizeOnDisk(); onDisk >= 0 && onDisk < end) {
                    extents.append({std::max(pos, onDisk), end - std::max(pos, onDisk)});
                }
                break;
            }
            // SEEK_DATA unsupported: the whole rest is (possibly) data.
            extents.append({pos, end - pos});
            break;
        }
        if (data >= end) {
            break;
        }
        off_t hole = ::lseek(m_fd, data, SEEK_HOLE);
        if (hole < 0) {
            hole = end;
        }
        const qint64 stop = std::min<qint64>(hole, end);
        extents.append({data, stop - data});
        pos = stop;
    }
    return extents;
}

IoStatus VolumeFile::copyRangeFrom(const VolumeFile& source, qint64 offset, qint64 length, qint64 to)
{
    loff_t in = offset;
    loff_t out = to < 0 ? offset : to;
    while (length > 0) {
        const ssize_t n = ::copy_file_range(source.m_fd, &in, m_fd, &out, static_cast<size_t>(length), 0);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            return fromErrno(errno, u"copy at %1"_s.arg(out));
        }
        if (n == 0) {
            // The source file ends before its volume does: truncated behind the engine's back (see read()).
            return source.truncatedError(in);
        }
        length -= n;
    }
    return IoStatus::success();
}

qint64 VolumeFile::allocatedBytes() const
{
    struct stat st
    { };
    if (::fstat(m_fd, &st) != 0) {
        return 0;
    }
    return static_cast<qint64>(st.st_blocks) * 512;
}

} // namespace Copyline
