// SPDX-License-Identifier: GPL-3.0-or-later
// Mirror links over TCP (issue 17): the replication wire protocol (frames, CRC32C, the key challenge), the
// replication server and channel over real sockets (bytes read back, refusals, a cut mid-stream, reconnection), a
// fuzzed stream that must never reach a drive, and a DS4000 mirror whose link runs over TCP end to end: writes
// acknowledged to the host are on the secondary, a killed listener costs no acknowledged write, and the resync
// after the link returns ships only the grains that were recorded.
#include "mirror/mirrorservice.h"
#include "mirror/replicationchannel.h"
#include "mirror/replicationserver.h"
#include "mirror/wireprotocol.h"
#include "storage/volumefile.h"
#include "storage/volumeio.h"
#include "testworkspace.h"
#include "util/bytesize.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <thread>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;
using Copyline::Test::TestWorkspace;

namespace
{

const QString kPrimary = u"Primary Site"_s;
const QString kSecondary = u"Secondary Site"_s;

QByteArray pattern(quint32 seed, qsizetype size)
{
    QByteArray b(size, Qt::Uninitialized);
    QRandomGenerator g(seed);
    g.generate(reinterpret_cast<quint32*>(b.data()), reinterpret_cast<quint32*>(b.data() + (size & ~qsizetype(3))));
    return b;
}

std::span<const char> bytes(const QByteArray& b)
{
    return {b.constData(), static_cast<std::size_t>(b.size())};
}

/** A drive on a temporary file, as a replication server serves it. */
struct TempDrive
{
    std::shared_ptr<VolumeIo> io;

    TempDrive(const QString& path, qint64 size)
    {
        IoStatus st;
        auto file = VolumeFile::create(path, size, &st);
        if (file) {
            io = std::make_shared<VolumeIo>(7, std::make_shared<FileBackend>(std::move(file)));
        }
    }

    QByteArray read(qint64 offset, qint64 length) const
    {
        QByteArray b(length, '\0');
        return io->read(offset, std::span<char>(b.data(), static_cast<std::size_t>(length))).ok() ? b : QByteArray();
    }
};

/** A raw TCP connection to a server, for speaking the protocol wrongly on purpose. */
int rawConnect(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in sa {};
    sa.sin_family = AF_INET;
    sa.sin_port = htons(port);
    ::inet_pton(AF_INET, "127.0.0.1", &sa.sin_addr);
    if (::connect(fd, reinterpret_cast<const sockaddr*>(&sa), sizeof sa) != 0) {
        ::close(fd);
        return -1;
    }
    timeval tv {5, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    return fd;
}

/** Answers the server's challenge with @p key; returns whether the server let the connection in. */
bool authenticate(int fd, const QByteArray& key)
{
    Wire::Header hello;
    std::vector<char> payload;
    QString why;
    if (Wire::readFrame(fd, &hello, &payload, &why) != Wire::ReadResult::Frame || hello.type != Wire::Type::Hello) {
        return false;
    }
    const QByteArray serverNonce(payload.data(), static_cast<qsizetype>(payload.size()));
    const QByteArray clientNonce(Wire::kNonceSize, 'c');
    const QByteArray answer = clientNonce + Wire::mac(key, {"client", serverNonce, clientNonce});
    Wire::Header auth;
    auth.type = Wire::Type::Auth;
    if (!Wire::writeFrame(fd, auth, bytes(answer), &why)) {
        return false;
    }
    Wire::Header ok;
    return Wire::readFrame(fd, &ok, &payload, &why) == Wire::ReadResult::Frame && ok.type == Wire::Type::AuthOk;
}

/** Whether the server closed @p fd (reads the end of the stream within 5 s). */
bool closedByPeer(int fd)
{
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
        if (n == 0) {
            return true;
        }
        if (n < 0) {
            return errno == ECONNRESET;
        }
    }
}

} // namespace

class TestReplication : public QObject
{
    Q_OBJECT

private:
    static QByteArray key(char fill = 'k') { return QByteArray(32, fill); }

    static ReplicationServer::Resolver resolverFor(const std::shared_ptr<VolumeIo>& drive, bool writable = true)
    {
        return [drive, writable](quint64 volume, Wire::Type type, std::shared_ptr<VolumeIo>* io) {
            if (volume != static_cast<quint64>(drive->id())) {
                return IoStatus::failure(ENOENT, u"no such drive"_s);
            }
            if (!writable && (type == Wire::Type::Write || type == Wire::Type::Discard)) {
                return IoStatus::failure(EPERM, u"not a secondary"_s);
            }
            *io = drive;
            return IoStatus::success();
        };
    }

private Q_SLOTS:
    void crc32cIsCastagnoli()
    {
        // The check value of CRC-32C (RFC 3720 B.4 uses the same polynomial): "123456789" -> 0xE3069283.
        QCOMPARE(Wire::crc32c(bytes("123456789"_ba)), 0xE3069283U);
        QCOMPARE(Wire::crc32c(bytes(QByteArray(32, '\0'))), 0x8A9136AAU); // RFC 3720 B.4: 32 bytes of zeros
        const QByteArray data = pattern(3, 100'003);
        for (const qsizetype split : {0, 1, 7, 8, 4096, 99'999}) {
            const quint32 first = Wire::crc32c(bytes(data.left(split)));
            QCOMPARE(Wire::crc32c(bytes(data.mid(split)), first), Wire::crc32c(bytes(data)));
        }
    }

    void grainDigestsAreCrcsOfQuartersAndSeeEveryByte()
    {
        // Any grain length, odd ones too: the quarters are whole 8-byte words and the last takes the rest.
        for (const qsizetype size : {1, 7, 31, 32, 33, 4097, 65536, 65536 + 13}) {
            const QByteArray grain = pattern(static_cast<quint32>(size), size);
            const Wire::GrainDigest d = Wire::grainDigest(bytes(grain));
            const qsizetype quarter = size / 4 / 8 * 8;
            for (int i = 0; i < 4; ++i) {
                const qsizetype from = i * quarter;
                const QByteArray part = grain.mid(from, i < 3 ? quarter : size - from);
                QCOMPARE(d[static_cast<std::size_t>(i)], Wire::crc32c(bytes(part)));
            }
            // A change of one bit anywhere changes the digest (CRC32C finds every burst of up to 32 bits).
            for (qsizetype at = 0; at < size; at += std::max<qsizetype>(1, size / 97)) {
                QByteArray changed = grain;
                changed[at] = static_cast<char>(changed[at] ^ (1 << (at % 8)));
                QVERIFY2(Wire::grainDigest(bytes(changed)) != d, qPrintable(u"size %1, byte %2"_s.arg(size).arg(at)));
            }
        }
        // Grains in a row: one digest each, the last one shorter.
        std::vector<Wire::GrainDigest> row;
        const QByteArray data = pattern(5, 3 * 4096 + 100);
        Wire::appendGrainDigests(bytes(data), 4096, &row);
        QCOMPARE(row.size(), std::size_t(4));
        QCOMPARE(row[1], Wire::grainDigest(bytes(data.mid(4096, 4096))));
        QCOMPARE(row[3], Wire::grainDigest(bytes(data.mid(3 * 4096))));
    }

    void headersAreCheckedBitByBit()
    {
        Wire::Header h;
        h.type = Wire::Type::Write;
        h.sequence = 0x0102030405060708;
        h.volume = 42;
        h.offset = 1 * MiB;
        h.length = 4096;
        const QByteArray payload = pattern(5, 4096);
        const QByteArray frame = Wire::encodeFrame(h, bytes(payload));
        QCOMPARE(frame.size(), Wire::kHeaderSize + 4096);
        Wire::Header back;
        QVERIFY(
            !Wire::decodeHeader(std::span<const char, Wire::kHeaderSize>(frame.constData(), Wire::kHeaderSize), &back));
        QCOMPARE(back.type, Wire::Type::Write);
        QCOMPARE(back.sequence, h.sequence);
        QCOMPARE(back.volume, 42U);
        QCOMPARE(back.offset, quint64(MiB));
        QCOMPARE(back.payloadBytes, 4096U);
        QVERIFY(Wire::payloadMatches(back, bytes(payload)));
        // Every single flipped bit of the header is found.
        for (int byte = 0; byte < Wire::kHeaderSize; ++byte) {
            for (int bit = 0; bit < 8; ++bit) {
                QByteArray bad = frame.left(Wire::kHeaderSize);
                bad[byte] = static_cast<char>(bad[byte] ^ (1 << bit));
                Wire::Header ignored;
                QVERIFY2(Wire::decodeHeader(
                             std::span<const char, Wire::kHeaderSize>(bad.constData(), Wire::kHeaderSize), &ignored),
                    qPrintable(u"byte %1 bit %2"_s.arg(byte).arg(bit)));
            }
        }
        // And of the payload.
        QByteArray badPayload = payload;
        badPayload[1000] = static_cast<char>(badPayload[1000] ^ 0x10);
        QVERIFY(!Wire::payloadMatches(back, bytes(badPayload)));
        // A header with a good CRC but an oversized payload or another version is refused with a reason.
        Wire::Header huge = h;
        const auto head = Wire::encodeHeader(huge, bytes(payload));
        QByteArray oversized(head.data(), Wire::kHeaderSize);
        const quint32 tooBig = Wire::kMaxPayload + 1;
        std::memcpy(oversized.data() + 40, &tooBig, 4);
        const quint32 crc = Wire::crc32c(std::span<const char>(oversized.constData(), 52));
        std::memcpy(oversized.data() + 52, &crc, 4);
        const auto why = Wire::decodeHeader(
            std::span<const char, Wire::kHeaderSize>(oversized.constData(), Wire::kHeaderSize), &back);
        QVERIFY(why && why->contains(u"payload"_s));
        QByteArray otherVersion(head.data(), Wire::kHeaderSize);
        const quint16 next = Wire::kVersion + 1;
        std::memcpy(otherVersion.data() + 4, &next, 2);
        const quint32 crc2 = Wire::crc32c(std::span<const char>(otherVersion.constData(), 52));
        std::memcpy(otherVersion.data() + 52, &crc2, 4);
        const auto why2 = Wire::decodeHeader(
            std::span<const char, Wire::kHeaderSize>(otherVersion.constData(), Wire::kHeaderSize), &back);
        QVERIFY2(
            why2 && why2->contains(u"version %1 is not supported"_s.arg(next)), qPrintable(why2.value_or(QString())));
        // Random headers never decode (the magic and the CRC both have to match).
        QRandomGenerator g(11);
        for (int i = 0; i < 200'000; ++i) {
            std::array<char, Wire::kHeaderSize> junk {};
            g.generate(reinterpret_cast<quint32*>(junk.data()), reinterpret_cast<quint32*>(junk.data() + junk.size()));
            QVERIFY(Wire::decodeHeader(junk, &back).has_value());
        }
    }

    void channelCarriesBytesBothWays()
    {
        QTemporaryDir dir;
        TempDrive drive(QDir(dir.path()).filePath(u"s.img"_s), 64 * MiB);
        QVERIFY(drive.io);
        ReplicationServer server(key(), resolverFor(drive.io));
        QVERIFY(!server.start(u"127.0.0.1"_s, 0).isError());
        auto channel = std::make_shared<ReplicationChannel>(u"127.0.0.1"_s, server.port(), key());

        const QByteArray one = pattern(1, 1 * MiB);
        QVERIFY(channel->write(7, 4 * MiB, bytes(one)).ok());
        QCOMPARE(drive.read(4 * MiB, MiB), one); // on the drive when the write was acknowledged
        // A write larger than one frame travels as several, in order.
        auto remote = channel->volume(7, 64 * MiB);
        const QByteArray big = pattern(2, 40 * MiB);
        QVERIFY(remote->write(8 * MiB, bytes(big), IoOrigin::Replication).ok());
        QCOMPARE(drive.read(8 * MiB, 40 * MiB), big);
        QByteArray back(40 * MiB, '\0');
        QVERIFY(remote->read(8 * MiB, std::span<char>(back.data(), back.size()), IoOrigin::Replication).ok());
        QCOMPARE(back, big);
        qint64 size = 0;
        QVERIFY(channel->size(7, &size).ok());
        QCOMPARE(size, 64 * MiB);
        QVERIFY(channel->discard(7, 4 * MiB, MiB).ok());
        QCOMPARE(drive.read(4 * MiB, MiB), QByteArray(MiB, '\0'));
        QVERIFY(channel->flush(7).ok());
        const QList<Extent> extents = remote->dataExtents(0, 64 * MiB);
        QVERIFY(!extents.isEmpty());
        QVERIFY(extents.first().offset >= 4 * MiB); // the discarded and never written start reads as a hole
        const auto rtt = channel->ping();
        QVERIFY(rtt.has_value() && *rtt >= 0);
        // Digests: the peer sums each grain of what it holds, and the sums are those of the bytes written there; a
        // range that runs past the drive's end is cut there (the last grain shorter).
        std::vector<Wire::GrainDigest> sums;
        QVERIFY(channel->digests(7, 8 * MiB, 16 * MiB, 64 * KiB, &sums).ok());
        QCOMPARE(sums.size(), std::size_t(256));
        std::vector<Wire::GrainDigest> expected;
        Wire::appendGrainDigests(bytes(big.first(16 * MiB)), 64 * KiB, &expected);
        QCOMPARE(sums, expected);
        QCOMPARE(sums[3][0], Wire::crc32c(bytes(big.mid(3 * 64 * KiB, 16 * KiB))));
        QCOMPARE(sums[3][3], Wire::crc32c(bytes(big.mid(3 * 64 * KiB + 48 * KiB, 16 * KiB))));
        QVERIFY(channel->digests(7, 64 * MiB - 96 * KiB, MiB, 64 * KiB, &sums).ok());
        QCOMPARE(sums.size(), std::size_t(2));
        QCOMPARE(sums[1], Wire::grainDigest(bytes(drive.read(64 * MiB - 32 * KiB, 32 * KiB))));
        // Asking too much at once, or in grains too small, is refused with a reason and leaves the link up.
        const IoStatus tooMuch = channel->digests(7, 0, Wire::kMaxDigestBytes + 1, 64 * KiB, &sums);
        QCOMPARE(tooMuch.error, EINVAL);
        QVERIFY2(tooMuch.reason.contains(u"at most"_s), qPrintable(tooMuch.reason));
        QCOMPARE(channel->digests(7, 0, MiB, 0, &sums).error, EINVAL);
        QCOMPARE(channel->digests(99, 0, MiB, 64 * KiB, &sums).error, ENOENT);
        QCOMPARE(channel->connects(), 1); // one connection carried everything

        // Many threads at once, each waiting for its own reply.
        std::vector<std::thread> writers;
        std::atomic<int> failures {0};
        for (int t = 0; t < 8; ++t) {
            writers.emplace_back([&, t]() {
                for (int i = 0; i < 32; ++i) {
                    const QByteArray data = pattern(static_cast<quint32>(100 + t * 32 + i), 64 * KiB);
                    if (!channel->write(7, (t * 32 + i) * 64 * KiB, bytes(data)).ok()) {
                        ++failures;
                    }
                }
            });
        }
        for (auto& w : writers) {
            w.join();
        }
        QCOMPARE(failures.load(), 0);
        for (int t = 0; t < 8; ++t) {
            for (int i = 0; i < 32; i += 7) {
                QCOMPARE(drive.read((t * 32 + i) * 64 * KiB, 64 * KiB),
                    pattern(static_cast<quint32>(100 + t * 32 + i), 64 * KiB));
            }
        }
    }

    void refusalsReachTheSender()
    {
        QTemporaryDir dir;
        TempDrive drive(QDir(dir.path()).filePath(u"s.img"_s), 16 * MiB);
        QStringList notices;
        std::mutex m;
        ReplicationServer server(key(), resolverFor(drive.io, false), [&](const QString& summary, const QString& d) {
            std::lock_guard lock(m);
            notices << summary + u": "_s + d;
        });
        QVERIFY(!server.start(u"127.0.0.1"_s, 0).isError());
        // The resolver's refusal comes back with its errno and reason, and nothing is written.
        auto channel = std::make_shared<ReplicationChannel>(u"127.0.0.1"_s, server.port(), key());
        const IoStatus refused = channel->write(7, 0, bytes(pattern(1, 4096)));
        QCOMPARE(refused.error, EPERM);
        QVERIFY(refused.reason.contains(u"not a secondary"_s));
        QCOMPARE(drive.read(0, 4096), QByteArray(4096, '\0'));
        QCOMPARE(channel->write(99, 0, bytes(pattern(1, 4096))).error, ENOENT);
        // Reads of a drive that is not writable are allowed (the online verification reads the secondary).
        QByteArray b(4096, 'x');
        QVERIFY(channel->read(7, 0, std::span<char>(b.data(), 4096)).ok());
        QCOMPARE(b, QByteArray(4096, '\0'));

        // A peer with another key is turned away at the challenge, and the event says so.
        auto stranger = std::make_shared<ReplicationChannel>(u"127.0.0.1"_s, server.port(), key('x'));
        const IoStatus st = stranger->write(7, 0, bytes(pattern(2, 4096)));
        QCOMPARE(st.error, EACCES);
        QVERIFY2(st.reason.contains(u"key"_s), qPrintable(st.reason));
        QCOMPARE(drive.read(0, 4096), QByteArray(4096, '\0'));
        QTRY_VERIFY([&] {
            std::lock_guard lock(m);
            return notices.join(u'\n').contains(u"does not hold this engine's replication key"_s);
        }());
        // Nobody listening: a clear error at once, and no second attempt within the retry interval.
        const quint16 port = server.port();
        server.stop();
        auto orphan = std::make_shared<ReplicationChannel>(u"127.0.0.1"_s, port, key());
        const IoStatus down = orphan->write(7, 0, bytes(pattern(3, 4096)));
        QCOMPARE(down.error, ECONNREFUSED);
        QVERIFY(down.reason.contains(u"cannot connect to the remote engine"_s));
        QVERIFY(!orphan->reachable());
    }

    void controlRequestsBetweenEngines()
    {
        // Engines per site: a Control request reaches the handler with the peer's address, and its answer or refusal
        // comes back; without a handler it is refused; too large a request never leaves. The link stays up.
        QTemporaryDir dir;
        TempDrive drive(QDir(dir.path()).filePath(u"s.img"_s), 16 * MiB);
        ReplicationServer server(key(), resolverFor(drive.io));
        QVERIFY(!server.start(u"127.0.0.1"_s, 0).isError());
        auto channel = std::make_shared<ReplicationChannel>(u"127.0.0.1"_s, server.port(), key());
        QByteArray answer;
        const IoStatus none = channel->control(R"({"op":"list"})", &answer);
        QCOMPARE(none.error, EOPNOTSUPP);
        QVERIFY2(none.reason.contains(u"takes no requests from other engines"_s), qPrintable(none.reason));
        QString seenFrom;
        server.setControlHandler([&seenFrom](const QByteArray& request, const QString& from, QByteArray* out) {
            seenFrom = from;
            if (!request.startsWith('{')) {
                return IoStatus::failure(EINVAL, u"the request is not a JSON object"_s);
            }
            *out = R"({"echo":)" + request + '}';
            return IoStatus::success();
        });
        QVERIFY(channel->control(R"({"op":"list"})", &answer).ok());
        QCOMPARE(answer, QByteArray(R"({"echo":{"op":"list"}})"));
        QCOMPARE(seenFrom, u"127.0.0.1"_s);
        const IoStatus junk = channel->control("\x01\xffnot json", &answer);
        QCOMPARE(junk.error, EINVAL);
        QCOMPARE(junk.reason, u"the request is not a JSON object"_s);
        const IoStatus huge = channel->control(QByteArray(Wire::kMaxControlBytes + 1, '{'), &answer);
        QCOMPARE(huge.error, EMSGSIZE);
        QCOMPARE(channel->connects(), 1); // one connection served all of it
        QVERIFY(channel->write(7, 0, bytes(pattern(1, 4096))).ok());
    }

    void cutMidStreamFailsEveryWaiterAndReconnects()
    {
        QTemporaryDir dir;
        TempDrive drive(QDir(dir.path()).filePath(u"s.img"_s), 256 * MiB);
        auto server = std::make_unique<ReplicationServer>(key(), resolverFor(drive.io));
        QVERIFY(!server->start(u"127.0.0.1"_s, 0).isError());
        const quint16 port = server->port();
        auto channel = std::make_shared<ReplicationChannel>(u"127.0.0.1"_s, port, key());
        QVERIFY(channel->ping());
        // Writers keep sending while the server goes away: each write either succeeded (and is on the drive) or
        // failed with an error the mirror turns into a recorded grain. None hangs.
        std::atomic<bool> stop {false};
        std::vector<std::thread> writers;
        std::mutex m;
        QList<std::pair<qint64, quint32>> acknowledged;
        // Writes that failed after an offset's last acknowledged one: one the cut caught between the drive and its
        // reply reached the drive without being acknowledged (the mirror records its grain, so it is copied again).
        QHash<qint64, QList<quint32>> unacknowledged;
        std::atomic<int> failed {0};
        for (int t = 0; t < 4; ++t) {
            writers.emplace_back([&, t]() {
                for (quint32 i = 0; !stop.load(); ++i) {
                    const qint64 offset = (t * 1024 + (i % 1024)) * 64 * KiB;
                    const quint32 seed = static_cast<quint32>(t) << 24 | i;
                    const bool ok = channel->write(7, offset, bytes(pattern(seed, 64 * KiB))).ok();
                    std::lock_guard lock(m);
                    if (ok) {
                        acknowledged.append({offset, seed});
                        unacknowledged.remove(offset);
                    } else {
                        ++failed;
                        unacknowledged[offset].append(seed);
                    }
                }
            });
        }
        QTest::qWait(300);
        server->stop(); // the cut
        QTest::qWait(200);
        stop = true;
        for (auto& w : writers) {
            w.join();
        }
        QVERIFY(failed.load() > 0);
        // Every acknowledged write is on the drive (the last one acknowledged at each offset).
        QHash<qint64, quint32> last;
        for (const auto& [offset, seed] : std::as_const(acknowledged)) {
            last.insert(offset, seed);
        }
        QVERIFY(!last.isEmpty());
        for (auto it = last.cbegin(); it != last.cend(); ++it) {
            const QByteArray onDrive = drive.read(it.key(), 64 * KiB);
            if (onDrive == pattern(it.value(), 64 * KiB)) {
                continue;
            }
            const QList<quint32> maybe = unacknowledged.value(it.key());
            QVERIFY2(std::any_of(maybe.cbegin(), maybe.cend(),
                         [&](quint32 seed) { return onDrive == pattern(seed, 64 * KiB); }),
                qPrintable(
                    u"offset %1 holds neither its last acknowledged write nor a later failed one"_s.arg(it.key())));
        }
        // The listener comes back on the same port: the channel connects again by itself.
        server = std::make_unique<ReplicationServer>(key(), resolverFor(drive.io));
        QVERIFY(!server->start(u"127.0.0.1"_s, port).isError());
        QTest::qWait(static_cast<int>(ReplicationChannel::kRetryInterval.count()) + 50);
        QVERIFY(channel->write(7, 0, bytes(pattern(77, 4096))).ok());
        QCOMPARE(drive.read(0, 4096), pattern(77, 4096));
        QCOMPARE(channel->connects(), 2);
    }

    void fuzzedStreamsNeverReachADrive()
    {
        QTemporaryDir dir;
        TempDrive drive(QDir(dir.path()).filePath(u"s.img"_s), 16 * MiB);
        const QByteArray before = drive.read(0, 16 * MiB);
        std::atomic<int> notices {0};
        ReplicationServer server(key(), resolverFor(drive.io), [&](const QString&, const QString&) { ++notices; });
        QVERIFY(!server.start(u"127.0.0.1"_s, 0).isError());
        QRandomGenerator g(1234);
        // Before the challenge: junk of every length, and valid write frames without authentication.
        for (int i = 0; i < 60; ++i) {
            const int fd = rawConnect(server.port());
            QVERIFY(fd >= 0);
            QByteArray junk;
            if (i % 3 == 0) {
                Wire::Header w;
                w.type = Wire::Type::Write;
                w.volume = 7;
                junk = Wire::encodeFrame(w, bytes(pattern(static_cast<quint32>(i), 4096)));
            } else {
                junk = pattern(static_cast<quint32>(i), static_cast<qsizetype>(g.bounded(1, 200'000)));
            }
            [[maybe_unused]] const auto n = ::send(fd, junk.constData(), junk.size(), MSG_NOSIGNAL);
            QVERIFY(closedByPeer(fd));
            ::close(fd);
        }
        // After a good challenge: valid frames with one byte changed, truncated frames, replies where requests
        // belong, frames announcing more payload than they carry.
        for (int i = 0; i < 300; ++i) {
            const int fd = rawConnect(server.port());
            QVERIFY(fd >= 0);
            QVERIFY(authenticate(fd, key()));
            Wire::Header w;
            w.type = (i % 5 == 0) ? Wire::Type::Reply : Wire::Type::Write;
            w.volume = 7;
            w.offset = static_cast<quint64>(g.bounded(0, 4096)) * 4096;
            QByteArray frame = Wire::encodeFrame(w, bytes(pattern(static_cast<quint32>(1000 + i), 4096)));
            if (i % 5 != 0) {
                const auto at = static_cast<qsizetype>(g.bounded(0, static_cast<int>(frame.size())));
                frame[at] = static_cast<char>(frame[at] ^ (1 << g.bounded(0, 8)));
            }
            if (i % 7 == 0) {
                frame.truncate(g.bounded(1, static_cast<int>(frame.size())));
            }
            [[maybe_unused]] const auto n = ::send(fd, frame.constData(), frame.size(), MSG_NOSIGNAL);
            if (i % 7 == 0) {
                ::shutdown(fd, SHUT_WR);
            }
            QVERIFY(closedByPeer(fd));
            ::close(fd);
        }
        QCOMPARE(server.framesApplied(), 0U);
        QCOMPARE(drive.read(0, 16 * MiB), before); // not a byte reached the drive
        QVERIFY(notices.load() > 300);
        // And the server still serves a proper peer.
        auto channel = std::make_shared<ReplicationChannel>(u"127.0.0.1"_s, server.port(), key());
        QVERIFY(channel->write(7, 0, bytes(pattern(9, 4096))).ok());
        QCOMPARE(drive.read(0, 4096), pattern(9, 4096));
    }

    void metroMirrorOverTcpLosesNoAcknowledgedWrite()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        for (const auto& [site, k] : {std::pair {kPrimary, u"primary"_s}, std::pair {kSecondary, u"secondary"_s}}) {
            const QString file = QDir(ws.path()).filePath(u"keys/%1-remoteMirror.key"_s.arg(k));
            QVERIFY(
                ws.run(u"enable storageSubsystem feature file=\"%1\"; activate storageSubsystem feature=remoteMirror;"_s
                           .arg(file),
                      site)
                    .ok());
        }
        QVERIFY(ws.run(u"set remoteMirrorLink remoteStorageSubsystemName=\"Secondary Site\" bandwidth=0 roundTrip=0 "
                       "transport=tcp;"_s,
                      kPrimary)
                    .ok());
        const CommandResult links = ws.run(u"show remoteMirrorLinks;"_s, kPrimary);
        QVERIFY(links.ok());
        QVERIFY(QJsonDocument(links.data).toJson().contains("\"transport\": \"tcp\""));
        const QJsonObject wire = links.data.value(u"links"_s).toArray().at(0).toObject().value(u"wire"_s).toObject();
        QCOMPARE(wire.value(u"address"_s).toString(), u"127.0.0.1"_s);
        QVERIFY(wire.value(u"port"_s).toInt() > 0);
        QVERIFY(ws.run(u"create logicalDrive array=1 userLabel=\"P\" capacity=64 MB; write logicalDrive [\"P\"] "
                       "offset=0 length=33554432 seed=5;"_s,
                      kPrimary)
                    .ok());
        QVERIFY(ws.run(u"create logicalDrive array=1 userLabel=\"S\" capacity=64 MB;"_s, kSecondary).ok());
        QVERIFY(ws.run(u"create remoteMirror primary=\"P\" secondary=\"S\" remoteStorageSubsystemName=\"Secondary "
                       "Site\";"_s,
                      kPrimary)
                    .ok());
        auto status = [&]() {
            const Mirror* m = ws.config().mirrorOf(ws.logicalDrive(u"P"_s)->id);
            return m ? m->status : MirrorStatus::Unresponsive;
        };
        QTRY_COMPARE_WITH_TIMEOUT(status(), MirrorStatus::Synchronized, 60000);
        QCOMPARE(ws.checksum(u"P"_s, 0, -1, kPrimary), ws.checksum(u"S"_s, 0, -1, kSecondary));
        // The bytes went over the wire: the listener applied them.
        ReplicationServer* server = ws.engine().replicationServer();
        QVERIFY(server != nullptr);
        QVERIFY(server->framesApplied() > 0);
        QVERIFY(QFileInfo(QDir(ws.path()).filePath(u"replication.key"_s)).permissions()
            == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));

        // Host writes are on the secondary when they are acknowledged.
        const auto primary = ws.engine().volumes().find(ws.logicalDrive(u"P"_s)->id);
        const auto secondary = ws.engine().volumes().find(ws.logicalDrive(u"S"_s, kSecondary)->id);
        const QByteArray w1 = pattern(21, 256 * KiB);
        QVERIFY(primary->write(1 * MiB, bytes(w1)).ok());
        QByteArray onS(w1.size(), '\0');
        QVERIFY(secondary->read(1 * MiB, std::span<char>(onS.data(), onS.size()), IoOrigin::Replication).ok());
        QCOMPARE(onS, w1);

        // The listener dies under a stream of host writes (kill -9 of the secondary's server side): every write the
        // host saw acknowledged is on the primary, the pair falls out of sync and records the grains.
        const ObjectId linkId = ws.config().linkBetween(ws.subsystemId(kPrimary), ws.subsystemId(kSecondary))->id;
        const auto channel = ws.engine().mirrors().link(linkId)->channel();
        QVERIFY(channel);
        QList<std::pair<qint64, quint32>> written;
        std::atomic<bool> stop {false};
        std::thread host([&]() {
            for (quint32 i = 0; !stop.load(); ++i) {
                const qint64 offset = static_cast<qint64>(i % 256) * 64 * KiB + 16 * MiB;
                if (primary->write(offset, bytes(pattern(500 + i, 64 * KiB))).ok()) {
                    written.append({offset, 500 + i});
                }
            }
        });
        QTest::qWait(200);
        server->stop();
        QTest::qWait(300);
        stop = true;
        host.join();
        QVERIFY(!written.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(status(), MirrorStatus::Unsynchronized, 20000);
        const auto ep = ws.engine().mirrors().endpoint(ws.logicalDrive(u"P"_s)->id);
        const qint64 recorded = ep->map().bits().count();
        QVERIFY2(recorded > 0 && recorded < ep->grains() / 2, qPrintable(QString::number(recorded)));
        // A path that is up but reaches no engine says why, not only "cannot reach".
        QTest::qWait(static_cast<int>(ReplicationChannel::kRetryInterval.count()) + 50);
        QVERIFY(!channel->ping());
        QVERIFY(!channel->connectError().isEmpty());
        const IoStatus unreachable = ws.engine().mirrors().link(linkId)->unreachable(u"A"_s, ws.subsystemId(kPrimary));
        QVERIFY2(unreachable.reason.contains(u"cannot reach controller A"_s)
                && unreachable.reason.contains(u"cannot connect to the remote engine at 127.0.0.1:"_s),
            qPrintable(unreachable.reason));

        // The listener returns; the resync ships only the recorded grains, and both sides match.
        QVERIFY(!server->start(u"127.0.0.1"_s, server->port()).isError());
        const quint64 shippedBefore = ep->bytesShipped();
        QTest::qWait(static_cast<int>(ReplicationChannel::kRetryInterval.count()) + 50);
        QVERIFY(ws.run(u"resume remoteMirror primary [\"P\"];"_s, kPrimary).ok());
        QTRY_COMPARE_WITH_TIMEOUT(status(), MirrorStatus::Synchronized, 60000);
        const quint64 shipped = ep->bytesShipped() - shippedBefore;
        QVERIFY2(shipped <= static_cast<quint64>(recorded * ep->grainSize()), qPrintable(QString::number(shipped)));
        QCOMPARE(ws.checksum(u"P"_s, 0, -1, kPrimary), ws.checksum(u"S"_s, 0, -1, kSecondary));
        QHash<qint64, quint32> last;
        for (const auto& [offset, seed] : std::as_const(written)) {
            last.insert(offset, seed);
        }
        for (auto it = last.cbegin(); it != last.cend(); ++it) {
            QByteArray b(64 * KiB, '\0');
            QVERIFY(secondary->read(it.key(), std::span<char>(b.data(), b.size()), IoOrigin::Replication).ok());
            QCOMPARE(b, pattern(it.value(), 64 * KiB));
        }
        // The Communication Test crosses the real wire.
        const CommandResult test = ws.run(u"diagnose remoteMirror primary [\"P\"] testID=connectivity;"_s, kPrimary);
        QVERIFY2(test.ok(), qPrintable(test.error.cliLine()));
        QVERIFY(channel->connects() >= 2);

        // The online verification over the wire (the secondary's engine sends a digest per grain): a byte changed
        // behind the mirror's back on the secondary is found, in its grain.
        const qint64 damaged = 5 * MiB + 100;
        QByteArray byte(1, '\0');
        QVERIFY(secondary->read(damaged, std::span<char>(byte.data(), 1), IoOrigin::Replication).ok());
        byte[0] = static_cast<char>(byte[0] ^ 0x01);
        QVERIFY(secondary->write(damaged, bytes(byte), IoOrigin::Replication).ok());
        const CommandResult found = ws.run(u"check remoteMirror localLogicalDrive [\"P\"];"_s, kPrimary);
        QVERIFY2(found.ok(), qPrintable(found.error.cliLine()));
        QCOMPARE(found.data.value(u"differing"_s).toInteger(), 1);
        QCOMPARE(found.data.value(u"differingOffsets"_s).toArray().at(0).toInteger(),
            damaged / ep->grainSize() * ep->grainSize());
        // With the secondary's engine gone the check fails and says why; nothing is marked for repair.
        server->stop();
        const CommandResult cut = ws.run(u"check remoteMirror localLogicalDrive [\"P\"] repair=TRUE;"_s, kPrimary);
        QVERIFY(!cut.ok());
        QVERIFY2(cut.error.message().contains(u"remote engine"_s), qPrintable(cut.error.cliLine()));
        QCOMPARE(ep->map().bits().count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestReplication)
#include "tst_replication.moc"
