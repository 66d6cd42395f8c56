// SPDX-License-Identifier: GPL-3.0-or-later
// Bad input for the NBD server: malformed handshakes and options, wrong magics, absurd lengths, out-of-range offsets,
// unknown commands, truncated packets, seeded random byte streams and a flood of connections. The server must answer
// per the protocol where it can, hang up where it must, never crash, never change a volume it was not asked to
// write, and keep serving well-behaved clients throughout. Replay the random part with COPYLINE_SEED=<seed>.
#include "testworkspace.h"
#include "util/bytesize.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTcpSocket>
#include <QTest>
#include <QtEndian>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;
using Copyline::Test::TestWorkspace;

namespace
{

constexpr quint64 kOptionMagic = 0x49484156454F5054ULL;
constexpr quint64 kReplyMagic = 0x0003e889045565a9ULL;
constexpr quint32 kRequestMagic = 0x25609513;

QByteArray be64(quint64 v)
{
    QByteArray b(8, '\0');
    qToBigEndian(v, b.data());
    return b;
}
QByteArray be32(quint32 v)
{
    QByteArray b(4, '\0');
    qToBigEndian(v, b.data());
    return b;
}
QByteArray be16(quint16 v)
{
    QByteArray b(2, '\0');
    qToBigEndian(v, b.data());
    return b;
}

QByteArray option(quint32 opt, const QByteArray& data)
{
    return be64(kOptionMagic) + be32(opt) + be32(quint32(data.size())) + data;
}

QByteArray goData(const QByteArray& name)
{
    return be32(quint32(name.size())) + name + be16(0);
}

QByteArray request(quint16 type, quint64 handle, quint64 offset, quint32 length, quint16 flags = 0)
{
    return be32(kRequestMagic) + be16(flags) + be16(type) + be64(handle) + be64(offset) + be32(length);
}

/** A raw client that speaks as much or as little of the protocol as a test wants. */
class RawClient
{
public:
    explicit RawClient(quint16 port)
    {
        m_socket.connectToHost(u"127.0.0.1"_s, port);
        m_connected = m_socket.waitForConnected(5000);
    }
    bool connected() const { return m_connected; }
    void send(const QByteArray& bytes)
    {
        if (m_socket.state() != QAbstractSocket::ConnectedState) {
            return; // the server already hung up on us: that is allowed
        }
        m_socket.write(bytes);
        m_socket.waitForBytesWritten(5000);
    }
    /** Reads exactly @p n bytes; empty if the server hung up first. */
    QByteArray read(qint64 n, int timeoutMs = 5000)
    {
        QElapsedTimer t;
        t.start();
        while (m_socket.bytesAvailable() < n && t.elapsed() < timeoutMs) {
            if (!m_socket.waitForReadyRead(50) && m_socket.state() != QAbstractSocket::ConnectedState) {
                break;
            }
        }
        return m_socket.bytesAvailable() >= n ? m_socket.read(n) : QByteArray();
    }
    /** Whether the server closed the connection (within the timeout). */
    bool hungUp(int timeoutMs = 5000)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            if (m_socket.state() != QAbstractSocket::ConnectedState) {
                return true;
            }
            m_socket.waitForReadyRead(50);
            m_socket.readAll();
        }
        return m_socket.state() != QAbstractSocket::ConnectedState;
    }
    /** Greeting read, fixed newstyle + no zeroes sent. */
    bool handshake()
    {
        const QByteArray greeting = read(18);
        if (greeting.size() != 18 || greeting.left(8) != QByteArray("NBDMAGIC")) {
            return false;
        }
        send(be32(3));
        return true;
    }
    /** An option reply header: {option, type, data}. */
    struct Reply
    {
        quint32 option = 0;
        quint32 type = 0;
        QByteArray data;
    };
    Reply reply()
    {
        Reply r;
        const QByteArray head = read(20);
        if (head.size() != 20 || qFromBigEndian<quint64>(head.constData()) != kReplyMagic) {
            r.type = 0xffffffff;
            return r;
        }
        r.option = qFromBigEndian<quint32>(head.constData() + 8);
        r.type = qFromBigEndian<quint32>(head.constData() + 12);
        r.data = read(qFromBigEndian<quint32>(head.constData() + 16));
        return r;
    }
    /** NBD_OPT_GO on @p name; true when the export opened. */
    bool go(const QByteArray& name)
    {
        send(option(7, goData(name)));
        while (true) {
            const Reply r = reply();
            if (r.type == 1) {
                return true; // ACK
            }
            if (r.type != 3) {
                return false; // an error, or garbage
            }
        }
    }
    /** A simple reply: {error, handle}; error -1 when none came. */
    std::pair<qint64, quint64> simpleReply()
    {
        const QByteArray r = read(16);
        if (r.size() != 16 || qFromBigEndian<quint32>(r.constData()) != 0x67446698) {
            return {-1, 0};
        }
        return {qFromBigEndian<quint32>(r.constData() + 4), qFromBigEndian<quint64>(r.constData() + 8)};
    }

private:
    QTcpSocket m_socket;
    bool m_connected = false;
};

} // namespace

class TestNbdFuzz : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestWorkspace> m_ws;
    quint16 m_port = 0;
    QStringList m_watched {u"Accounting"_s, u"Payroll"_s, u"DataVol"_s};
    QStringList m_before;

    QStringList sums()
    {
        QStringList out;
        for (const QString& name : m_watched) {
            out.append(m_ws->checksum(name, 0, 4 * MiB) + m_ws->checksum(name, 4 * GiB, MiB));
        }
        return out;
    }

    /** A well-behaved client still gets served: open, read, and get the bytes the volume holds. */
    void serverStillServes()
    {
        RawClient c(m_port);
        QVERIFY(c.connected());
        QVERIFY(c.handshake());
        QVERIFY(c.go("east-db01/lun3"));
        c.send(request(0, 42, 0, 4096));
        const auto [error, handle] = c.simpleReply();
        QCOMPARE(error, 0);
        QCOMPARE(handle, quint64(42));
        QCOMPARE(c.read(4096).size(), 4096);
    }

private Q_SLOTS:
    void init()
    {
        m_ws = std::make_unique<TestWorkspace>();
        QVERIFY(m_ws->ok());
        const CommandResult r = m_ws->run(u"set hostIoServer port=0;"_s);
        QVERIFY(r.ok());
        m_port = quint16(r.data.value(u"port"_s).toInt());
        m_before = sums();
    }

    void cleanup()
    {
        if (m_ws) {
            QCOMPARE(sums(), m_before); // nothing was written by any of this
        }
        m_ws.reset();
    }

    void handshakeViolations()
    {
        { // Unknown client flags: the server hangs up.
            RawClient c(m_port);
            QVERIFY(c.read(18).size() == 18);
            c.send(be32(0xffffffff));
            QVERIFY(c.hungUp());
        }
        { // Wrong option magic.
            RawClient c(m_port);
            QVERIFY(c.handshake());
            c.send(be64(0x1122334455667788ULL) + be32(7) + be32(0));
            QVERIFY(c.hungUp());
        }
        { // An absurd option length is refused before anything is allocated.
            RawClient c(m_port);
            QVERIFY(c.handshake());
            c.send(be64(kOptionMagic) + be32(7) + be32(0xffffffff));
            QVERIFY(c.hungUp());
        }
        { // Truncated: the option header stops half-way and the client goes away.
            RawClient c(m_port);
            QVERIFY(c.handshake());
            c.send(be64(kOptionMagic).left(5));
        }
        { // NBD_OPT_EXPORT_NAME with an unknown name: the protocol says disconnect.
            RawClient c(m_port);
            QVERIFY(c.handshake());
            c.send(option(1, "no such export"));
            QVERIFY(c.hungUp());
        }
        serverStillServes();
    }

    void optionErrorsAreAnswered()
    {
        RawClient c(m_port);
        QVERIFY(c.handshake());
        c.send(option(7, goData("nobody/lun1")));
        QCOMPARE(c.reply().type, (1U << 31) + 6);      // NBD_REP_ERR_UNKNOWN
        c.send(option(6, be32(1000) + "x" + be16(0))); // name length beyond the option
        QCOMPARE(c.reply().type, (1U << 31) + 3);      // NBD_REP_ERR_INVALID
        c.send(option(6, be32(1) + "x" + be16(5)));    // request count beyond the option
        QCOMPARE(c.reply().type, (1U << 31) + 3);
        c.send(option(3, "junk")); // LIST takes no data
        QCOMPARE(c.reply().type, (1U << 31) + 3);
        c.send(option(99, "whatever"));           // unknown option
        QCOMPARE(c.reply().type, (1U << 31) + 1); // NBD_REP_ERR_UNSUP
        c.send(option(5, {}));                    // STARTTLS
        QCOMPARE(c.reply().type, (1U << 31) + 2); // NBD_REP_ERR_POLICY
        // After all that, the same connection can still open an export and work.
        QVERIFY(c.go("east-db01/lun3"));
        c.send(request(3, 7, 0, 0)); // FLUSH
        QCOMPARE(c.simpleReply().first, 0);
    }

    void transmissionErrorsAreAnswered()
    {
        RawClient c(m_port);
        QVERIFY(c.handshake());
        QVERIFY(c.go("east-db01/lun3"));
        const quint64 size = 8 * GiB;
        c.send(request(0, 1, size - 100, 4096)); // read past the end
        QCOMPARE(c.simpleReply(), std::make_pair(qint64(22), quint64(1)));
        c.send(request(0, 2, ~0ULL - 10, 100)); // offset overflow
        QCOMPARE(c.simpleReply(), std::make_pair(qint64(22), quint64(2)));
        c.send(request(0, 3, 0, 0xffffffff)); // a 4 GiB read
        QCOMPARE(c.simpleReply(), std::make_pair(qint64(22), quint64(3)));
        c.send(request(42, 4, 0, 0)); // unknown command
        QCOMPARE(c.simpleReply(), std::make_pair(qint64(22), quint64(4)));
        c.send(request(4, 5, size, 1)); // trim past the end
        QCOMPARE(c.simpleReply(), std::make_pair(qint64(22), quint64(5)));
        c.send(request(1, 6, size - 10, 20) + QByteArray(20, 'x')); // write past the end: payload read, refused
        QCOMPARE(c.simpleReply(), std::make_pair(qint64(22), quint64(6)));
        c.send(request(0, 7, 0, 512)); // still in step after all of these
        QCOMPARE(c.simpleReply(), std::make_pair(qint64(0), quint64(7)));
        QCOMPARE(c.read(512).size(), 512);
        // A write larger than the advertised maximum cannot be trusted: hang up.
        c.send(request(1, 8, 0, 64 * 1024 * 1024));
        QVERIFY(c.hungUp());
        // Wrong request magic: hang up.
        RawClient d(m_port);
        QVERIFY(d.handshake());
        QVERIFY(d.go("east-db01/lun3"));
        d.send(QByteArray(28, '\x42'));
        QVERIFY(d.hungUp());
        serverStillServes();
    }

    void pipelinedRequestsAreAllAnswered()
    {
        // A host that queues hundreds of requests before reading any answer (the server serves them side by side
        // and answers in the order they finish): every request is answered exactly once, a flush only after every
        // write sent before it, and reads sent after the flush return what those writes wrote.
        RawClient c(m_port);
        QVERIFY(c.handshake());
        QVERIFY(c.go("east-db01/lun3"));
        constexpr int kBlocks = 300;
        constexpr quint64 kBase = 2 * GiB; // outside the ranges cleanup() compares
        constexpr quint64 kFlush = 100000;
        constexpr quint64 kInvalid = 200000;
        auto block = [](int i) {
            QByteArray data(4096, '\0');
            for (int at = 0; at < data.size(); at += 4) {
                qToBigEndian(quint32(i * 7919 + at), data.data() + at);
            }
            return data;
        };
        QByteArray stream;
        for (int i = 0; i < kBlocks; ++i) {
            stream += request(1, quint64(i), kBase + quint64(i) * 4096, 4096, i % 3 == 0 ? 1 : 0) + block(i);
        }
        stream += request(3, kFlush, 0, 0);
        for (int i = 0; i < kBlocks; ++i) {
            stream += request(0, quint64(1000 + i), kBase + quint64(i) * 4096, 4096);
            if (i % 50 == 0) {
                stream += request(0, kInvalid + quint64(i), 8 * GiB, 4096); // past the end: EINVAL, in step
            }
        }
        c.send(stream);
        QSet<quint64> answered;
        int writesBeforeFlush = -1;
        int writes = 0;
        while (answered.size() < 2 * kBlocks + 1 + kBlocks / 50) {
            const auto [error, handle] = c.simpleReply();
            QVERIFY2(error >= 0, "a reply is missing or malformed");
            QVERIFY2(!answered.contains(handle), qPrintable(u"handle %1 answered twice"_s.arg(handle)));
            answered.insert(handle);
            if (handle < quint64(kBlocks)) {
                QCOMPARE(error, 0);
                ++writes;
            } else if (handle == kFlush) {
                QCOMPARE(error, 0);
                writesBeforeFlush = writes;
            } else if (handle >= kInvalid) {
                QCOMPARE(error, 22);
            } else {
                QCOMPARE(error, 0);
                const int i = int(handle - 1000);
                QCOMPARE(c.read(4096), block(i));
            }
        }
        QCOMPARE(writesBeforeFlush, kBlocks);

        // Writes followed at once by a disconnect: every write is answered before the server hangs up.
        RawClient d(m_port);
        QVERIFY(d.handshake());
        QVERIFY(d.go("east-db01/lun3"));
        QByteArray burst;
        for (int i = 0; i < kBlocks; ++i) {
            burst += request(1, quint64(i), kBase + quint64(i) * 4096, 4096) + block(kBlocks - i);
        }
        d.send(burst + request(2, 0, 0, 0));
        QSet<quint64> written;
        for (int i = 0; i < kBlocks; ++i) {
            const auto [error, handle] = d.simpleReply();
            QCOMPARE(error, 0);
            written.insert(handle);
        }
        QCOMPARE(written.size(), kBlocks);
        QVERIFY(d.hungUp());
        serverStillServes();
    }

    void refusedWritesChangeNothing()
    {
        // A read-only export (a FlashCopy's repository is never exported; a disabled FlashCopy is refused).
        QVERIFY(m_ws->run(u"create FlashCopyLogicalDrive baseLogicalDrive=\"Payroll\" mapping=automatic;"
                          "disableFlashCopy logicalDrive [\"Payroll-1\"];"_s)
                    .ok());
        const int lun = m_ws->config().mappingOf(m_ws->logicalDrive(u"Payroll-1"_s)->id)->lun;
        RawClient c(m_port);
        QVERIFY(c.handshake());
        QVERIFY(c.go(u"admin-ws/lun%1"_s.arg(lun).toUtf8()));
        c.send(request(1, 9, 0, 4096) + QByteArray(4096, 'z'));
        QCOMPARE(c.simpleReply(), std::make_pair(qint64(1), quint64(9))); // EPERM
        c.send(request(0, 10, 0, 4096));
        QCOMPARE(c.simpleReply(), std::make_pair(qint64(1), quint64(10)));
    }

    void randomStreams()
    {
        const quint32 seed = qEnvironmentVariableIsSet("COPYLINE_SEED")
            ? quint32(qEnvironmentVariableIntValue("COPYLINE_SEED"))
            : QRandomGenerator::global()->generate();
        qInfo("random NBD input, seed %u", seed);
        QRandomGenerator rng(seed);
        for (int round = 0; round < 300; ++round) {
            RawClient c(m_port);
            QVERIFY(c.connected());
            const int mode = rng.bounded(4);
            if (mode == 0) { // garbage from the first byte
                c.read(18, 1000);
            } else if (mode >= 1) { // a valid start, then garbage
                QVERIFY(c.handshake());
                if (mode >= 2 && c.go("east-db01/lun3")) {
                    if (mode == 3) { // valid headers with random fields (reads and flushes only)
                        for (int i = 0; i < 20; ++i) {
                            const quint16 types[] = {0, 3, 9, 2, 0xffff};
                            c.send(request(types[rng.bounded(5)], rng.generate64(), rng.generate64() % (16 * GiB),
                                rng.generate() % (40 * 1024 * 1024)));
                        }
                    }
                }
            }
            QByteArray garbage(1 + rng.bounded(4096), '\0');
            for (char& ch : garbage) {
                ch = char(rng.bounded(256));
            }
            if (garbage.size() >= 8 && rng.bounded(2) == 0) {
                garbage.replace(0, 4, be32(kRequestMagic)); // sometimes a plausible start
                garbage[7] = char(rng.bounded(2) ? 0 : 3);  // read or flush, never write
            }
            c.send(garbage);
        }
        serverStillServes();
    }

    void connectionFlood()
    {
        std::vector<std::unique_ptr<RawClient>> idle;
        for (int i = 0; i < 300; ++i) {
            idle.push_back(std::make_unique<RawClient>(m_port));
        }
        idle.clear(); // they go away without a word
        QTest::qWait(200);
        serverStillServes();
        QTRY_VERIFY(m_ws->engine().nbd().connectionCount() <= 1);
    }
};

QTEST_GUILESS_MAIN(TestNbdFuzz)
#include "tst_nbdfuzz.moc"
