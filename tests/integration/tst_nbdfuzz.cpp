// SPDX-License-Identifier: GPL-3.0-or-later
// Bad input for the NBD server: malformed handshakes and options, wrong magics, absurd lengths, out-of-range offsets,
// unknown commands, truncated packets, seeded random byte streams and a flood of connections. The server must answer
// per the protocol where it can, hang up where it must, never crash, never change a volume it was not asked to
// write, and keep serving well-behaved clients throughout. Replay the random part with COPYLINE_SEED=<seed>.
//
// Abuse of the server's resources too: a client that pipelines large reads and never reads the replies, idle and
// trickling half-open connections, more connections than the cap; and who may reach the owner-only unix socket.
#include "families/ds4000/scriptformatter.h"
#include "service/engine.h"
#include "testworkspace.h"
#include "util/bytesize.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>
#include <QtEndian>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

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

/** The resident memory of this process (the engine serves in-process), from /proc/self/status; -1 if unknown. */
qint64 residentBytes()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
        }
    }
    return -1;
}

/**
 * A bare socket for clients that must not read (QTcpSocket would buffer whatever arrives in this very process, whose
 * memory the tests measure). Closed on destruction.
 */
class BareSocket
{
public:
    explicit BareSocket(quint16 port)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in sa {};
        sa.sin_family = AF_INET;
        sa.sin_port = htons(port);
        sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::connect(m_fd, reinterpret_cast<const sockaddr*>(&sa), sizeof sa) != 0) {
            ::close(m_fd);
            m_fd = -1;
        }
    }
    ~BareSocket()
    {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }
    BareSocket(const BareSocket&) = delete;
    BareSocket& operator=(const BareSocket&) = delete;

    bool connected() const { return m_fd >= 0; }
    bool send(const QByteArray& bytes)
    {
        qsizetype sent = 0;
        while (m_fd >= 0 && sent < bytes.size()) {
            const ssize_t n = ::send(m_fd, bytes.constData() + sent, size_t(bytes.size() - sent), MSG_NOSIGNAL);
            if (n <= 0) {
                return false;
            }
            sent += n;
        }
        return m_fd >= 0;
    }
    /** Reads exactly @p n bytes (blocking up to @p timeoutMs); empty on hang-up or timeout. */
    QByteArray read(qsizetype n, int timeoutMs = 5000)
    {
        QByteArray out;
        QElapsedTimer t;
        t.start();
        while (out.size() < n && t.elapsed() < timeoutMs) {
            pollfd p {m_fd, POLLIN, 0};
            if (::poll(&p, 1, 50) <= 0) {
                continue;
            }
            char buffer[4096];
            const ssize_t got = ::recv(m_fd, buffer, size_t(std::min<qsizetype>(n - out.size(), 4096)), 0);
            if (got <= 0) {
                return {};
            }
            out.append(buffer, got);
        }
        return out.size() == n ? out : QByteArray();
    }
    /** Whether the server has closed the connection, discarding what it sent, within @p timeoutMs. */
    bool hungUp(int timeoutMs)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            pollfd p {m_fd, POLLIN, 0};
            if (::poll(&p, 1, 20) <= 0) {
                continue;
            }
            char buffer[4096];
            if (::recv(m_fd, buffer, sizeof buffer, 0) <= 0) {
                return true;
            }
        }
        return false;
    }

private:
    int m_fd = -1;
};

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

struct Tool
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

/** Runs a client to its end; the engine lives on this thread, so the event loop turns meanwhile. */
Tool runTool(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    p.closeWriteChannel();
    QElapsedTimer t;
    t.start();
    while (p.state() != QProcess::NotRunning && t.elapsed() < 60000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        p.waitForFinished(20);
    }
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
        p.readAllStandardError()};
}

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

    /** Restarts the server with @p limits (on a new free port). */
    void applyLimits(const NbdLimits& limits)
    {
        m_ws->engine().nbd().setLimits(limits);
        QVERIFY(!m_ws->engine().restartNbd().isError());
        m_port = m_ws->engine().nbd().port();
    }

    /** Whether the first subsystem's event log has an event @p code whose details contain @p text. */
    bool hasEvent(int code, const QString& text)
    {
        const ObjectId first = m_ws->config().subsystems.firstKey();
        const QList<Event> events = m_ws->engine().latestEvents(first, 200);
        return std::any_of(
            events.cbegin(), events.cend(), [&](const Event& e) { return e.code == code && e.details.contains(text); });
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

    // --- Who may connect ----------------------------------------------------------------------------------------

    void unixSocketIsOwnerOnly()
    {
        const CommandResult shown = m_ws->run(u"show hostIoServer;"_s);
        QVERIFY(shown.ok());
        const QString socket = shown.data.value(u"socket"_s).toString();
        QVERIFY2(!socket.isEmpty(), "the server has no owner-only unix socket");
        QCOMPARE(m_ws->engine().snapshot()->nbdSocket, socket);
        struct stat st = {};
        QCOMPARE(::lstat(QFile::encodeName(socket).constData(), &st), 0);
        QVERIFY(S_ISSOCK(st.st_mode));
        QCOMPARE(st.st_mode & 07777, mode_t(0600));
        const QByteArray folder = QFile::encodeName(QFileInfo(socket).absolutePath());
        QCOMPARE(::lstat(folder.constData(), &st), 0);
        QCOMPARE(st.st_mode & 07777, mode_t(0700));
        QCOMPARE(st.st_uid, ::geteuid());

        QString uri;
        QString drive;
        for (const auto& v : shown.data.value(u"exports"_s).toArray()) {
            const QJsonObject e = v.toObject();
            QVERIFY(e.value(u"uri"_s).toString().startsWith(u"nbd://127.0.0.1:%1/"_s.arg(m_port)));
            if (e.value(u"name"_s).toString() == u"east-db01/lun3"_s) {
                uri = e.value(u"unixUri"_s).toString();
                drive = e.value(u"logicalDrive"_s).toString();
            }
        }
        QCOMPARE(uri, u"nbd+unix:///east-db01/lun3?socket=%1"_s.arg(socket));
        const QString text = formatResult({u"showHostIoServer"_s, {}}, shown);
        QVERIFY2(text.contains(uri) && text.contains(socket), qPrintable(text)); // what copylinectl prints

        for (const QString& tool : {u"nbdinfo"_s, u"qemu-img"_s, u"qemu-io"_s}) {
            if (QStandardPaths::findExecutable(tool).isEmpty()) {
                QSKIP(qPrintable(
                    u"%1 is not installed (scripts/test.sh installs qemu-utils and libnbd-bin)"_s.arg(tool)));
            }
        }
        // Real clients over the socket: information, a write and a read back that checks the pattern.
        const Tool info = runTool(u"qemu-img"_s, {u"info"_s, u"--output=json"_s, uri});
        QVERIFY2(info.code == 0, info.err.constData());
        QVERIFY(info.out.contains(QByteArray::number(8 * GiB)));
        const Tool nbdinfo = runTool(u"nbdinfo"_s, {u"--size"_s, uri});
        QVERIFY2(nbdinfo.code == 0, nbdinfo.err.constData());
        QCOMPARE(nbdinfo.out.trimmed(), QByteArray::number(8 * GiB));
        const Tool write = runTool(u"qemu-io"_s, {u"-f"_s, u"raw"_s, u"-c"_s, u"write -P 0xab 2G 64k"_s, uri});
        QVERIFY2(write.code == 0 && !write.out.contains("error"), QByteArray(write.out + write.err).constData());
        const Tool read = runTool(u"qemu-io"_s, {u"-f"_s, u"raw"_s, u"-r"_s, u"-c"_s, u"read -P 0xab 2G 64k"_s, uri});
        QVERIFY2(read.code == 0 && !read.out.contains("failed"), QByteArray(read.out + read.err).constData());
        QCOMPARE(m_ws->checksum(drive, 2 * GiB, 64 * KiB),
            QString::fromLatin1(
                QCryptographicHash::hash(QByteArray(64 * KiB, '\xab'), QCryptographicHash::Sha256).toHex()));

        // A peer whose uid is not the owner's is refused, and the engine says so (the server compares the uid it
        // reads with SO_PEERCRED; here the owner it expects is another user).
        m_ws->engine().nbd().setSocketOwner(::geteuid() + 4242);
        QVERIFY(runTool(u"nbdinfo"_s, {u"--size"_s, uri}).code != 0);
        QTRY_VERIFY(hasEvent(0x3003, u"user %1 "_s.arg(::geteuid())));
        m_ws->engine().nbd().setSocketOwner(::geteuid());
        QVERIFY(runTool(u"nbdinfo"_s, {u"--size"_s, uri}).code == 0);

        // A real process of another user: the folder keeps it out; opened up, SO_PEERCRED still does.
        if (::geteuid() != 0 || QStandardPaths::findExecutable(u"setpriv"_s).isEmpty()) {
            return;
        }
        const QStringList asNobody {
            u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s, u"nbdinfo"_s, u"--size"_s, uri};
        // The workspace folder (a temporary one, 0700 too) lets anybody through for this, only the nbd folder not.
        const QByteArray parent = QFile::encodeName(QFileInfo(QString::fromLocal8Bit(folder)).absolutePath());
        QCOMPARE(::lstat(parent.constData(), &st), 0);
        const mode_t parentMode = st.st_mode & 07777;
        QCOMPARE(::chmod(parent.constData(), 0711), 0);
        const Tool kept = runTool(u"setpriv"_s, asNobody);
        QVERIFY(::chmod(folder.constData(), 0755) == 0 && ::chmod(QFile::encodeName(socket).constData(), 0666) == 0);
        const Tool refused = runTool(u"setpriv"_s, asNobody);
        ::chmod(folder.constData(), 0700);
        ::chmod(QFile::encodeName(socket).constData(), 0600);
        ::chmod(parent.constData(), parentMode);
        QVERIFY(kept.code != 0);
        QVERIFY2(kept.err.contains("ermission denied"), kept.err.constData());
        QVERIFY2(refused.code != 0 && !refused.err.contains("ermission denied"), refused.err.constData());
        QTRY_VERIFY(hasEvent(0x3003, u"user 65534 "_s));
    }

    void nonLoopbackAddressWarns()
    {
        const CommandResult local = m_ws->run(u"show hostIoServer;"_s);
        QVERIFY(!local.data.contains(u"warning"_s));
        QVERIFY(!hasEvent(0x3004, {}));
        const CommandResult open = m_ws->run(u"set hostIoServer address=\"0.0.0.0\" port=0;"_s);
        QVERIFY2(open.ok(), qPrintable(open.error.message()));
        QVERIFY(open.data.value(u"warning"_s).toString().contains(u"without authentication"_s));
        QVERIFY(hasEvent(0x3004, u"anyone who can reach this machine"_s));
        const QString text = formatResult({u"setHostIoServer"_s, {}}, open);
        QVERIFY2(text.contains(u"WARNING: "_s) && text.contains(u"0.0.0.0"_s), qPrintable(text));
        // At start-up too: the engine opens the workspace with the address it was given.
        QVERIFY(!m_ws->reopen().isError());
        QCOMPARE(m_ws->engine().nbd().address(), u"0.0.0.0"_s);
        QVERIFY(hasEvent(0x3004, u"0.0.0.0"_s));
        QVERIFY(m_ws->run(u"set hostIoServer address=\"127.0.0.1\" port=0;"_s).ok());
        QVERIFY(!m_ws->run(u"show hostIoServer;"_s).data.contains(u"warning"_s));
        m_port = m_ws->engine().nbd().port();
    }

    // --- Resource limits ----------------------------------------------------------------------------------------

    void unreadRepliesStayBounded()
    {
        NbdLimits limits;
        limits.bytesPerClient = 64 * MiB;
        limits.bytesTotal = 256 * MiB;
        limits.replyStallTimeout = std::chrono::milliseconds(3000);
        applyLimits(limits);

        // A well-behaved client writes a pattern it will read back while the other one misbehaves.
        RawClient good(m_port);
        QVERIFY(good.handshake());
        QVERIFY(good.go("east-db01/lun3"));
        QByteArray pattern(256 * KiB, '\0');
        for (qsizetype i = 0; i < pattern.size(); i += 4) {
            qToBigEndian(quint32(i * 2654435761U), pattern.data() + i);
        }
        constexpr quint64 kBase = 3 * GiB;
        good.send(request(1, 1, kBase, quint32(pattern.size())) + pattern);
        QCOMPARE(good.simpleReply(), std::make_pair(qint64(0), quint64(1)));

        const qint64 before = residentBytes();
        QVERIFY(before > 0);
        // 128 reads of 32 MiB (4 GiB) pipelined at once, and not one byte of the replies taken.
        BareSocket greedy(m_port);
        QVERIFY(greedy.connected());
        QCOMPARE(greedy.read(18).size(), 18);
        QByteArray opening = be32(3) + option(7, goData("east-db01/lun3"));
        QVERIFY(greedy.send(opening));
        QByteArray reads;
        for (quint64 i = 0; i < 128; ++i) {
            reads += request(0, 1000 + i, (i % 64) * 32 * MiB, 32 * MiB);
        }
        QVERIFY(greedy.send(reads));

        qint64 peak = before;
        qint64 worstRead = 0;
        size_t peakInFlight = 0;
        QElapsedTimer t;
        t.start();
        int rounds = 0;
        while (t.elapsed() < 2500) {
            peak = std::max(peak, residentBytes());
            peakInFlight = std::max(peakInFlight, m_ws->engine().nbd().bytesInFlight());
            if (peak - before > 512 * MiB) {
                break; // unbounded: stop before the machine suffers
            }
            QElapsedTimer r;
            r.start();
            const quint64 at = quint64(rounds % 4) * 64 * KiB;
            good.send(request(0, 2, kBase + at, 64 * KiB));
            QCOMPARE(good.simpleReply(), std::make_pair(qint64(0), quint64(2)));
            QCOMPARE(good.read(64 * KiB), pattern.mid(qsizetype(at), 64 * KiB));
            worstRead = std::max(worstRead, r.elapsed());
            ++rounds;
            QTest::qWait(20);
        }
        qInfo("resident memory %lld MiB before, peak %lld MiB (+%lld MiB); at most %llu MiB in flight; %d reads by the "
              "other client, the slowest %lld ms",
            before / MiB, peak / MiB, (peak - before) / MiB, static_cast<unsigned long long>(peakInFlight / MiB),
            rounds, worstRead);
        QVERIFY2(peak - before <= 160 * MiB, "the engine's memory grew with the replies a client does not read");
        QVERIFY(peakInFlight <= limits.bytesPerClient + 64 * KiB);
        QVERIFY(rounds >= 20);
        QVERIFY(worstRead < 1000);

        // The greedy client is cut off once it has taken nothing for replyStallTimeout, and its bytes go back. (Its
        // side cannot tell without reading: the server's close waits behind the replies queued in the kernel.)
        QTRY_COMPARE_WITH_TIMEOUT(m_ws->engine().nbd().connectionCount(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_ws->engine().nbd().bytesInFlight(), size_t(0), 10000);
        QTRY_VERIFY(hasEvent(0x3003, u"took none of its replies"_s));
        good.send(request(0, 3, kBase, 4096));
        QCOMPARE(good.simpleReply(), std::make_pair(qint64(0), quint64(3)));
        QCOMPARE(good.read(4096), pattern.left(4096));
    }

    void idleConnectionsAreDroppedAndDoNotLockOut()
    {
        NbdLimits limits;
        limits.maxConnections = 16;
        limits.handshakeTimeout = std::chrono::milliseconds(1500);
        limits.handshakeGrace = std::chrono::milliseconds(250);
        applyLimits(limits);

        std::vector<std::unique_ptr<BareSocket>> idle;
        for (int i = 0; i < 40; ++i) { // connect, then not a word: more than the cap
            idle.push_back(std::make_unique<BareSocket>(m_port));
            QVERIFY(idle.back()->connected());
        }
        QTest::qWait(300);
        BareSocket trickle(m_port); // a valid handshake, one byte every 200 ms: slower than the deadline allows
        QVERIFY(trickle.connected());

        QElapsedTimer t;
        t.start();
        serverStillServes();
        qInfo("a well-behaved client read after %lld ms", t.elapsed());
        QVERIFY(t.elapsed() < 2000);

        QCOMPARE(trickle.read(18).size(), 18);
        const QByteArray slow = be32(3) + option(7, goData("east-db01/lun3"));
        QElapsedTimer cut;
        cut.start();
        bool trickleCut = false;
        for (const char byte : slow) {
            if (!trickle.send(QByteArray(1, byte)) || trickle.hungUp(200)) {
                trickleCut = true;
                break;
            }
        }
        QVERIFY2(trickleCut, "a client trickling its handshake was never cut off");
        QVERIFY2(cut.elapsed() < 3000, qPrintable(u"cut after %1 ms"_s.arg(cut.elapsed())));
        for (const auto& socket : idle) {
            QVERIFY2(socket->hungUp(3000), "an idle connection is still open after the handshake timeout");
        }
        QTRY_COMPARE(m_ws->engine().nbd().connectionCount(), 0);
        QTRY_VERIFY(hasEvent(0x3003, u"did not finish the handshake"_s));
    }

    void connectionsOverTheCapAreRefused()
    {
        NbdLimits limits;
        limits.maxConnections = 4;
        applyLimits(limits);

        std::vector<std::unique_ptr<RawClient>> served;
        for (int i = 0; i < 4; ++i) {
            served.push_back(std::make_unique<RawClient>(m_port));
            QVERIFY(served.back()->handshake());
            QVERIFY(served.back()->go("east-db01/lun3"));
        }
        QElapsedTimer t;
        t.start();
        BareSocket extra(m_port);
        QVERIFY(extra.connected()); // the kernel completes it; the server closes it at once, without a greeting
        QVERIFY(extra.read(18, 1000).isEmpty());
        QVERIFY(extra.hungUp(1000));
        QVERIFY(t.elapsed() < 1500);
        QTRY_VERIFY(hasEvent(0x3003, u"a new connection was refused"_s));
        for (const auto& c : served) { // the clients being served go on
            c->send(request(0, 5, 0, 4096));
            QCOMPARE(c->simpleReply(), std::make_pair(qint64(0), quint64(5)));
            QCOMPARE(c->read(4096).size(), 4096);
        }
        served.pop_back();
        QTRY_COMPARE(m_ws->engine().nbd().connectionCount(), 3);
        serverStillServes(); // room again
    }
};

QTEST_GUILESS_MAIN(TestNbdFuzz)
#include "tst_nbdfuzz.moc"
