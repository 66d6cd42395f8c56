// SPDX-License-Identifier: GPL-3.0-or-later
#include "writerecord.h"

#include "storage/volumefile.h"

#include <QFile>
#include <QtEndian>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <mutex>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

constexpr qint64 kHeaderSize = 4096;
constexpr char kMagic[8] = {'C', 'P', 'L', 'N', 'W', 'R', 'T', '1'};
// Inside the header block: a u32 flag (1 = incomplete), a u32 length and the reason in UTF-8.
constexpr qint64 kIncompleteOffset = 512;
constexpr qint64 kReasonMax = kHeaderSize - kIncompleteOffset - 8;
constexpr qint64 kChunk = 1024 * 1024;

struct Header
{
    char magic[8];
    quint32 version;
    quint32 reserved;
    qint64 grainSize;
    qint64 grains;
    qint64 imageSize;
};

/** The repair write of verify() on this thread: the target's hook does not record it (it restores the image). */
thread_local const WriteRecord* t_repairing = nullptr;

std::span<const char> ones(qint64 n)
{
    static const std::array<char, 4096> block = [] {
        std::array<char, 4096> b {};
        b.fill(1);
        return b;
    }();
    return {block.data(), static_cast<size_t>(std::min<qint64>(n, block.size()))};
}

} // namespace

class WriteRecord::Hook final : public WriteObserver
{
public:
    Hook(std::shared_ptr<WriteRecord> record, Side side)
        : m_record(std::move(record))
        , m_side(side)
    { }

    IoStatus beforeWrite(const WriteOp& op) override
    {
        if (m_side == Side::Target && t_repairing == m_record.get()) {
            return IoStatus::success();
        }
        return m_record->record(m_side, op.offset, op.length);
    }
    IoStatus beforeFlush() override { return m_record->sync(); }

private:
    std::shared_ptr<WriteRecord> m_record;
    Side m_side;
};

WriteRecord::WriteRecord(std::unique_ptr<VolumeFile> file, qint64 grainSize, qint64 imageSize)
    : m_file(std::move(file))
    , m_grainSize(grainSize)
    , m_imageSize(imageSize)
    , m_grains((imageSize + grainSize - 1) / grainSize)
{
    m_written[0] = std::make_unique<GrainBitmap>(m_grains);
    m_written[1] = std::make_unique<GrainBitmap>(m_grains);
}

WriteRecord::~WriteRecord() = default;

std::shared_ptr<WriteRecord> WriteRecord::create(
    const QString& path, qint64 grainSize, qint64 imageSize, IoStatus* status)
{
    if (grainSize <= 0 || imageSize <= 0) {
        *status = IoStatus::failure(EINVAL, u"a write record needs a grain size and an image size"_s);
        return nullptr;
    }
    // A new inode: a record of an earlier run still open elsewhere keeps writing its own file.
    QFile::remove(path);
    const qint64 grains = (imageSize + grainSize - 1) / grainSize;
    auto file = VolumeFile::create(path, kHeaderSize + 2 * grains, status);
    if (!file) {
        return nullptr;
    }
    Header h {};
    std::memcpy(h.magic, kMagic, sizeof kMagic);
    h.version = qToLittleEndian<quint32>(1);
    h.grainSize = qToLittleEndian<qint64>(grainSize);
    h.grains = qToLittleEndian<qint64>(grains);
    h.imageSize = qToLittleEndian<qint64>(imageSize);
    std::vector<char> block(kHeaderSize, 0);
    std::memcpy(block.data(), &h, sizeof h);
    *status = file->write(0, {block.data(), block.size()});
    // Every byte of the record is written now, so that recording a grain later never needs free space.
    const std::vector<char> zeros(static_cast<size_t>(std::min<qint64>(kChunk, 2 * grains)), 0);
    for (qint64 at = 0; status->ok() && at < 2 * grains; at += kChunk) {
        *status = file->write(kHeaderSize + at, {zeros.data(), static_cast<size_t>(std::min(kChunk, 2 * grains - at))});
    }
    if (status->ok()) {
        *status = file->sync();
    }
    if (!status->ok()) {
        QFile::remove(path);
        return nullptr;
    }
    return std::shared_ptr<WriteRecord>(new WriteRecord(std::move(file), grainSize, imageSize));
}

std::shared_ptr<WriteRecord> WriteRecord::open(
    const QString& path, qint64 grainSize, qint64 imageSize, IoStatus* status)
{
    auto file = VolumeFile::open(path, status);
    if (!file) {
        return nullptr;
    }
    std::vector<char> block(kHeaderSize, 0);
    if (file->size() < kHeaderSize) {
        *status = IoStatus::failure(EINVAL, u"%1 is too short to be a write record"_s.arg(path));
        return nullptr;
    }
    if (*status = file->read(0, {block.data(), block.size()}); !status->ok()) {
        return nullptr;
    }
    Header h {};
    std::memcpy(&h, block.data(), sizeof h);
    const qint64 grains = (imageSize + grainSize - 1) / grainSize;
    if (std::memcmp(h.magic, kMagic, sizeof kMagic) != 0 || qFromLittleEndian(h.version) != 1
        || qFromLittleEndian(h.grainSize) != grainSize || qFromLittleEndian(h.grains) != grains
        || qFromLittleEndian(h.imageSize) != imageSize || file->size() < kHeaderSize + 2 * grains) {
        *status = IoStatus::failure(
            EINVAL, u"%1 is not the write record of this pair (damaged, or made for another size)"_s.arg(path));
        return nullptr;
    }
    std::shared_ptr<WriteRecord> record(new WriteRecord(std::move(file), grainSize, imageSize));
    quint32 flag = 0;
    quint32 length = 0;
    std::memcpy(&flag, block.data() + kIncompleteOffset, sizeof flag);
    std::memcpy(&length, block.data() + kIncompleteOffset + 4, sizeof length);
    record->m_incomplete = qFromLittleEndian(flag) != 0;
    if (record->m_incomplete) {
        record->m_reason = QString::fromUtf8(
            block.data() + kIncompleteOffset + 8, std::min<qsizetype>(qFromLittleEndian(length), kReasonMax));
    }
    std::vector<char> chunk(static_cast<size_t>(std::min<qint64>(kChunk, std::max<qint64>(grains, 1))));
    for (int side = 0; side < 2; ++side) {
        for (qint64 at = 0; at < grains; at += kChunk) {
            const qint64 n = std::min(kChunk, grains - at);
            if (*status
                = record->m_file->read(kHeaderSize + side * grains + at, {chunk.data(), static_cast<size_t>(n)});
                !status->ok()) {
                return nullptr;
            }
            for (qint64 i = 0; i < n; ++i) {
                if (chunk[static_cast<size_t>(i)] != 0) {
                    record->m_written[side]->set(at + i);
                }
            }
        }
    }
    return record;
}

QString WriteRecord::path() const
{
    return m_file->path();
}

std::shared_ptr<WriteObserver> WriteRecord::hook(Side side)
{
    auto& slot = m_hooks[static_cast<int>(side)];
    std::shared_ptr<Hook> h = slot.lock();
    if (!h) {
        h = std::make_shared<Hook>(shared_from_this(), side);
        slot = h;
    }
    return h;
}

bool WriteRecord::written(qint64 grain) const
{
    return m_written[0]->test(grain) || m_written[1]->test(grain);
}

IoStatus WriteRecord::record(Side side, qint64 offset, qint64 length)
{
    if (length <= 0 || offset >= m_imageSize) {
        return IoStatus::success(); // beyond the image (a larger target): not part of the comparison
    }
    const int s = static_cast<int>(side);
    GrainBitmap& bits = *m_written[s];
    const qint64 first = offset / m_grainSize;
    const qint64 last = std::min(m_grains - 1, (offset + length - 1) / m_grainSize);
    for (qint64 g = first; g <= last;) {
        if (bits.test(g)) {
            ++g;
            continue;
        }
        qint64 end = g + 1;
        while (end <= last && !bits.test(end) && end - g < 4096) {
            ++end;
        }
        // Two writers of one grain may both write its byte: the same 1, so no lock is needed. The bit is set after
        // the byte is written, so a writer that finds it set knows the byte is in the file.
        IoStatus st = m_file->write(kHeaderSize + s * m_grains + g, ones(end - g));
        if (!st.ok()) {
            if (IoStatus marked = invalidate(u"a grain could not be recorded: %1"_s.arg(st.reason)); !marked.ok()) {
                return IoStatus::failure(st.error,
                    u"the pair's record of changed grains cannot be written (%1); the write is refused so that a "
                    "verification never takes a changed grain for damage"_s.arg(st.reason));
            }
        }
        for (qint64 i = g; i < end; ++i) {
            bits.set(i);
        }
        m_dirty.store(true);
        g = end;
    }
    return IoStatus::success();
}

QString WriteRecord::incompleteReason() const
{
    std::lock_guard lock(m_reasonMutex);
    return m_reason;
}

IoStatus WriteRecord::invalidate(const QString& why)
{
    {
        std::lock_guard lock(m_reasonMutex);
        if (m_incomplete.exchange(true)) {
            return IoStatus::success();
        }
        m_reason = why;
    }
    const QByteArray reason = why.toUtf8().left(kReasonMax);
    std::vector<char> entry(8 + static_cast<size_t>(reason.size()), 0);
    const quint32 flag = qToLittleEndian<quint32>(1);
    const quint32 size = qToLittleEndian<quint32>(static_cast<quint32>(reason.size()));
    std::memcpy(entry.data(), &flag, sizeof flag);
    std::memcpy(entry.data() + 4, &size, sizeof size);
    std::memcpy(entry.data() + 8, reason.constData(), static_cast<size_t>(reason.size()));
    IoStatus st = m_file->write(kIncompleteOffset, {entry.data(), entry.size()});
    m_dirty.store(true);
    return st;
}

IoStatus WriteRecord::sync()
{
    if (!m_dirty.exchange(false)) {
        return IoStatus::success();
    }
    IoStatus st = m_file->sync();
    if (!st.ok()) {
        m_dirty.store(true);
    }
    return st;
}

qint64 WriteRecord::verify(VolumeBackend& source,
    VolumeBackend& target,
    VolumeBackend* repairTo,
    qint64 first,
    qint64 maxGrains,
    VerifyTally* tally,
    IoStatus* status)
{
    std::lock_guard lock(m_verifyMutex);
    *status = IoStatus::success();
    if (m_incomplete.load()) {
        *status = IoStatus::failure(EIO, u"the record of changed grains is incomplete"_s);
        return 0;
    }
    const qint64 stop = std::min(m_grains, first + std::max<qint64>(maxGrains, 1));
    if (first >= stop) {
        return 0;
    }
    GrainComparison how;
    how.grainSize = m_grainSize;
    how.imageSize = m_imageSize;
    how.written = [this](qint64 grain) { return written(grain); };
    if (repairTo != nullptr) {
        how.repair = [this, repairTo](qint64 grain, std::span<const char> bytes) {
            t_repairing = this; // the target's hook does not count the repair as a change
            const IoStatus st = repairTo->write(grain * m_grainSize, bytes);
            t_repairing = nullptr;
            return st;
        };
    }
    return compareGrains(how, source, target, first, stop, m_verifySource, m_verifyTarget, tally, status);
}

qint64 compareGrains(const GrainComparison& how,
    VolumeBackend& source,
    VolumeBackend& target,
    qint64 first,
    qint64 stop,
    std::vector<char>& sourceBuffer,
    std::vector<char>& targetBuffer,
    WriteRecord::VerifyTally* tally,
    IoStatus* status)
{
    *status = IoStatus::success();
    const qint64 grainSize = how.grainSize;
    const auto bufferBytes = static_cast<size_t>((stop - first) * grainSize);
    if (sourceBuffer.size() < bufferBytes) {
        sourceBuffer.resize(bufferBytes);
        targetBuffer.resize(bufferBytes);
    }
    for (qint64 g = first; g < stop;) {
        if (how.written(g)) {
            ++tally->written;
            ++g;
            continue;
        }
        qint64 end = g + 1;
        while (end < stop && !how.written(end)) {
            ++end;
        }
        const qint64 offset = g * grainSize;
        // In pieces of 1 MiB, source and target in turn: a cold read of that size keeps the kernel's readahead
        // streaming, where one large read waits for each window in turn (measured 3x slower at 16 MiB, cold). A
        // piece that is a hole on both drives reads as zeros on both and is not read.
        const qint64 grainsPerPiece = std::max<qint64>(1, kChunk / grainSize);
        std::vector<bool> holes(static_cast<size_t>(end - g), false);
        for (qint64 piece = g; piece < end; piece += grainsPerPiece) {
            const qint64 pieceEnd = std::min(end, piece + grainsPerPiece);
            const qint64 at = piece * grainSize;
            const qint64 n = std::min(pieceEnd * grainSize, how.imageSize) - at;
            if (source.dataExtents(at, n).isEmpty() && target.dataExtents(at, n).isEmpty()) {
                std::fill(holes.begin() + (piece - g), holes.begin() + (pieceEnd - g), true);
                continue;
            }
            const auto into = static_cast<size_t>(at - offset);
            if (*status = source.read(at, {sourceBuffer.data() + into, static_cast<size_t>(n)}); !status->ok()) {
                return g - first;
            }
            if (*status = target.read(at, {targetBuffer.data() + into, static_cast<size_t>(n)}); !status->ok()) {
                return g - first;
            }
            tally->bytesRead += 2 * n;
        }
        // Written while it was read: the bytes may be either image, so the grain is not compared. A write sets its
        // grain's bit before its bytes reach the drive, so a bit still clear means both reads saw no change.
        for (qint64 i = g; i < end; ++i) {
            if (how.written(i)) {
                ++tally->written;
                continue;
            }
            ++tally->compared;
            if (holes[static_cast<size_t>(i - g)]) {
                continue;
            }
            const auto at = static_cast<size_t>((i - g) * grainSize);
            const auto n = static_cast<size_t>(std::min(grainSize, how.imageSize - i * grainSize));
            if (std::memcmp(sourceBuffer.data() + at, targetBuffer.data() + at, n) == 0) {
                continue;
            }
            ++tally->differing;
            if (tally->examples.size() < 8) {
                tally->examples.append(i);
            }
            if (how.repair) {
                if (*status = how.repair(i, {sourceBuffer.data() + at, n}); !status->ok()) {
                    return i - first;
                }
                ++tally->repaired;
            }
        }
        g = end;
    }
    return stop - first;
}

} // namespace Copyline
