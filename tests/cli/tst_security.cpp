// SPDX-License-Identifier: GPL-3.0-or-later
// The local security model, with real processes: the control socket lives in a private folder and both ends
// check who is at the other end; the workspace folder and every file in it are readable by their owner only.
// Tests that need a second user (uid 65534, "nobody") run only as root.
#include "server/localconnection.h"
#include "server/managementserver.h"
#include "service/engine.h"
#include "testworkspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QLockFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;

namespace
{

constexpr uid_t kNobody = 65534;

using Run = Test::CtlRun;

Run ctl(const QString& workspace, const QStringList& args)
{
    return Test::copylinectl(QStringList {u"--workspace"_s, workspace} + args, 120000);
}

using Test::lockHolder;

/**
 * Stops whatever engine serves the workspace when the test ends, pass or fail; one that cannot be reached any more
 * (a test changed where its socket lives) is ended by its pid, so no engine outlives the test and holds the NBD port.
 */
struct EngineGuard
{
    QString workspace;
    ~EngineGuard()
    {
        ctl(workspace, {u"--stop"_s, u"-S"_s});
        if (const qint64 pid = lockHolder(workspace); pid > 0) {
            ::kill(static_cast<pid_t>(pid), SIGTERM);
        }
    }
};

/** Sets an environment variable for this test (and the processes it starts) and restores it afterwards. */
class ScopedEnv
{
public:
    ScopedEnv(const char* name, const QByteArray& value)
        : m_name(name)
        , m_had(qEnvironmentVariableIsSet(name))
        , m_old(qgetenv(name))
    {
        if (value.isNull()) {
            qunsetenv(name);
        } else {
            qputenv(name, value);
        }
    }
    ~ScopedEnv()
    {
        if (m_had) {
            qputenv(m_name, m_old);
        } else {
            qunsetenv(m_name);
        }
    }
    ScopedEnv(const ScopedEnv&) = delete;
    ScopedEnv& operator=(const ScopedEnv&) = delete;

private:
    const char* m_name;
    bool m_had;
    QByteArray m_old;
};

struct stat statOf(const QString& path)
{
    struct stat st
    { };
    ::lstat(QFile::encodeName(path).constData(), &st);
    return st;
}

/** Every entry under @p root (and @p root itself) that group or others may read, write or enter. */
QStringList openToOthers(const QString& root)
{
    QStringList found;
    QStringList paths {root};
    QDirIterator it(
        root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        paths.append(it.next());
    }
    for (const QString& path : std::as_const(paths)) {
        const struct stat st = statOf(path);
        if (S_ISLNK(st.st_mode)) {
            continue;
        }
        if ((st.st_mode & 077) != 0 || st.st_uid != ::geteuid()) {
            found.append(
                u"%1 (mode %2, owner %3)"_s.arg(path).arg(st.st_mode & 07777, 4, 8, QChar(u'0')).arg(st.st_uid));
        }
    }
    return found;
}

/** The socket name copylinectl used to guess in the shared temporary folder (before issue 11). */
QString predictableTmpSocket(const QString& workspace)
{
    const QByteArray hash
        = QCryptographicHash::hash(QFileInfo(workspace).absoluteFilePath().toUtf8(), QCryptographicHash::Sha256)
              .toHex();
    return QDir::temp().filePath(
        u"copyline-%1-%2"_s.arg(QString::fromLocal8Bit(qgetenv("USER")), QString::fromLatin1(hash.left(24))));
}

bool chownTo(const QString& path, uid_t uid)
{
    return ::lchown(QFile::encodeName(path).constData(), uid, static_cast<gid_t>(-1)) == 0;
}

/**
 * Forks a process that binds a listening Unix socket at @p path as root, then becomes @p uid before listen(), so
 * the socket file is ours but the process behind it is not. Returns its pid (kill it when done), or -1.
 */
pid_t listenAsOtherUser(const QString& path, uid_t uid)
{
    const QByteArray native = QFile::encodeName(path);
    int ready[2];
    if (::pipe(ready) != 0) {
        return -1;
    }
    const pid_t pid = ::fork();
    if (pid == 0) {
        // Only async-signal-safe calls from here: the parent has threads.
        ::close(ready[0]);
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un addr {};
        addr.sun_family = AF_UNIX;
        std::memcpy(addr.sun_path, native.constData(), static_cast<size_t>(native.size()));
        if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 || ::setgid(uid) != 0
            || ::setuid(uid) != 0 || ::listen(fd, 8) != 0) {
            ::_exit(1);
        }
        const char ok = 1;
        [[maybe_unused]] const auto n = ::write(ready[1], &ok, 1);
        while (true) {
            const int client = ::accept(fd, nullptr, nullptr);
            if (client >= 0) {
                // Whatever the client sends is captured; a real attacker would answer with a forged greeting.
                char buffer[4096];
                while (::read(client, buffer, sizeof buffer) > 0) { }
                ::close(client);
            }
        }
    }
    ::close(ready[1]);
    char ok = 0;
    const bool started = pid > 0 && ::read(ready[0], &ok, 1) == 1 && ok == 1;
    ::close(ready[0]);
    if (!started && pid > 0) {
        ::kill(pid, SIGKILL);
        ::waitpid(pid, nullptr, 0);
        return -1;
    }
    return pid;
}

/**
 * Forks a process that becomes @p uid and connects to @p path. Returns 0 when the server dropped it without a word,
 * 1 when the server greeted it, 2 when it could not connect at all, 3 on other failures.
 */
int connectAsOtherUser(const QString& path, uid_t uid)
{
    const QByteArray native = QFile::encodeName(path);
    const pid_t pid = ::fork();
    if (pid == 0) {
        if (::setgid(uid) != 0 || ::setuid(uid) != 0) {
            ::_exit(3);
        }
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un addr {};
        addr.sun_family = AF_UNIX;
        std::memcpy(addr.sun_path, native.constData(), static_cast<size_t>(native.size()));
        if (fd < 0 || ::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
            ::_exit(2);
        }
        pollfd p {fd, POLLIN, 0};
        if (::poll(&p, 1, 5000) <= 0) {
            ::_exit(3); // neither a greeting nor a hang-up within 5 s
        }
        char byte = 0;
        ::_exit(::read(fd, &byte, 1) > 0 ? 1 : 0);
    }
    int status = 0;
    if (pid < 0 || ::waitpid(pid, &status, 0) != pid || !WIFEXITED(status)) {
        return 3;
    }
    return WEXITSTATUS(status);
}

} // namespace

class TestSecurity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Files must be private because Copyline makes them so, not because of the tester's umask.
        ::umask(022);
    }

    void workspaceAndEveryFileInItArePrivate()
    {
        QTemporaryDir base;
        const QString ws = QDir(base.path()).filePath(u"ws"_s);
        EngineGuard guard {ws};
        const QString key = QDir(ws).filePath(u"keys/saved.key"_s);
        const Run r = ctl(ws,
            {u"-c"_s,
                u"create logicalDrive array=1 userLabel=\"Private\" capacity=64 MB;"
                "write logicalDrive [\"Private\"] offset=0 length=65536 seed=3;"
                "create FlashCopyLogicalDrive baseLogicalDrive=\"Private\";"
                "save storageSubsystem featureKey feature=remoteMirror file=\"%1\";"_s.arg(key)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(key));
        QVERIFY(QFile::exists(QDir(ws).filePath(u"catalog.sqlite-wal"_s)));
        // While the engine runs (the WAL and shared-memory files exist) and after it stopped.
        QStringList open = openToOthers(ws);
        QVERIFY2(open.isEmpty(), qPrintable(open.join(u'\n')));
        QCOMPARE(ctl(ws, {u"--stop"_s}).code, 0);
        open = openToOthers(ws);
        QVERIFY2(open.isEmpty(), qPrintable(open.join(u'\n')));
        // The background engine's log sits in the workspace, not in the shared temporary folder.
        QVERIFY(!QFile::exists(predictableTmpSocket(ws) + u".log"_s));
        QVERIFY(QFile::exists(QDir(ws).filePath(u"logs/copylined.log"_s)));
    }

    void plantedSocketInTheTempFolderCapturesNothing()
    {
        // Another local user listens where copylinectl used to look: a predictable name in /tmp.
        QTemporaryDir base;
        const QString ws = QDir(base.path()).filePath(u"ws"_s);
        EngineGuard guard {ws};
        QLocalServer planted;
        QLocalServer::removeServer(predictableTmpSocket(ws));
        QVERIFY(planted.listen(predictableTmpSocket(ws)));
        if (::geteuid() == 0) {
            QVERIFY(chownTo(predictableTmpSocket(ws), kNobody));
        }
        const Run r = ctl(ws, {u"-c"_s, u"show storageSubsystem;"_s});
        const bool captured = planted.waitForNewConnection(0);
        planted.close();
        QVERIFY2(!captured, "copylinectl connected to a socket another user planted in the temporary folder");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // The real socket is in a folder that only we own and only we may enter.
        const QString socket = ManagementServer::socketName(ws);
        const QString folder = QFileInfo(socket).absolutePath();
        QVERIFY(QDir(folder) != QDir::temp());
        QCOMPARE(statOf(folder).st_uid, ::geteuid());
        QCOMPARE(statOf(folder).st_mode & 0777, mode_t(0700));
        QVERIFY(S_ISSOCK(statOf(socket).st_mode));
        QCOMPARE(statOf(socket).st_uid, ::geteuid());
    }

    void runtimeFolderFollowsXdgRuntimeDir()
    {
        QTemporaryDir base;
        const QString runtime = QDir(base.path()).filePath(u"runtime"_s);
        QVERIFY(QDir().mkpath(runtime));
        QVERIFY(QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        const QString ws = QDir(base.path()).filePath(u"ws"_s);
        ScopedEnv xdg("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
        EngineGuard guard {ws};
        QCOMPARE(QFileInfo(ManagementServer::socketName(ws)).absolutePath(), QDir(runtime).filePath(u"copyline"_s));
        const Run r = ctl(ws, {u"-c"_s, u"show storageSubsystem;"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(S_ISSOCK(statOf(ManagementServer::socketName(ws)).st_mode));
        QCOMPARE(statOf(QDir(runtime).filePath(u"copyline"_s)).st_mode & 0777, mode_t(0700));

        // An XDG_RUNTIME_DIR that others may enter is not used: the socket goes to the workspace instead.
        QVERIFY(QFile::setPermissions(
            runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther));
        const QString ws2 = QDir(base.path()).filePath(u"ws2"_s);
        EngineGuard guard2 {ws2};
        QVERIFY(!ManagementServer::socketName(ws2).startsWith(runtime));
        QVERIFY(ManagementServer::socketName(ws2).startsWith(ws2 + u'/'));
        const Run r2 = ctl(ws2, {u"-c"_s, u"show storageSubsystem;"_s});
        QVERIFY2(r2.code == 0, qPrintable(r2.err));
        QVERIFY(S_ISSOCK(statOf(ManagementServer::socketName(ws2)).st_mode));
    }

    void longWorkspacePathUsesAPrivateTempFolder()
    {
        // A socket path must fit in 108 bytes; a deep workspace falls back to <temp>/copyline-<uid>/.
        QTemporaryDir base;
        ScopedEnv xdg("XDG_RUNTIME_DIR", QByteArray());
        ScopedEnv tmp("TMPDIR", QFile::encodeName(base.path()));
        const QString ws
            = QDir(base.path()).filePath(u"a-rather-long-folder-name-for-a-workspace/"_s.repeated(3) + u"ws"_s);
        EngineGuard guard {ws};
        const QString folder = QDir(base.path()).filePath(u"copyline-%1"_s.arg(::geteuid()));
        QCOMPARE(QFileInfo(ManagementServer::socketName(ws)).absolutePath(), folder);
        const Run r = ctl(ws, {u"-c"_s, u"show storageSubsystem;"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(statOf(folder).st_mode & 0777, mode_t(0700));
        QCOMPARE(statOf(folder).st_uid, ::geteuid());
        QVERIFY(S_ISSOCK(statOf(ManagementServer::socketName(ws)).st_mode));
    }

    void foreignOrOpenSocketFolderIsRefused_data()
    {
        QTest::addColumn<bool>("otherOwner");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("expected");
        QTest::newRow("owned by nobody") << true << 0700 << u"is owned by user 65534"_s;
        QTest::newRow("open to everyone") << false << 0777 << u"other users may"_s;
    }

    void foreignOrOpenSocketFolderIsRefused()
    {
        QFETCH(bool, otherOwner);
        QFETCH(int, mode);
        QFETCH(QString, expected);
        if (otherOwner && ::geteuid() != 0) {
            QSKIP("giving a folder to another user needs root");
        }
        QTemporaryDir base;
        ScopedEnv xdg("XDG_RUNTIME_DIR", QByteArray());
        ScopedEnv tmp("TMPDIR", QFile::encodeName(base.path()));
        const QString ws
            = QDir(base.path()).filePath(u"a-rather-long-folder-name-for-a-workspace/"_s.repeated(3) + u"ws"_s);
        EngineGuard guard {ws};
        // Another user made <temp>/copyline-<uid> first, to catch our commands or to keep our engine from starting.
        const QString folder = QFileInfo(ManagementServer::socketName(ws)).absolutePath();
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(::chmod(QFile::encodeName(folder).constData(), static_cast<mode_t>(mode)) == 0);
        if (otherOwner) {
            QVERIFY(chownTo(folder, kNobody));
        }
        const Run r = ctl(ws, {u"-c"_s, u"show storageSubsystem;"_s});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"another user may be trying to capture your commands"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"XDG_RUNTIME_DIR"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(folder), qPrintable(r.err));
        QCOMPARE(lockHolder(ws), qint64(0)); // no engine was started behind the planted folder
    }

    void foreignSocketFileIsRefused()
    {
        if (::geteuid() != 0) {
            QSKIP("giving a file to another user needs root");
        }
        QTemporaryDir base;
        const QString ws = QDir(base.path()).filePath(u"ws"_s);
        EngineGuard guard {ws};
        QCOMPARE(ctl(ws, {u"-c"_s, u"show storageSubsystem;"_s}).code, 0);
        QCOMPARE(ctl(ws, {u"--stop"_s}).code, 0);
        // A socket file in our folder that belongs to somebody else.
        const QString socket = ManagementServer::socketName(ws);
        QLocalServer planted;
        QLocalServer::removeServer(socket);
        QVERIFY(planted.listen(socket));
        QVERIFY(chownTo(socket, kNobody));
        const Run r = ctl(ws, {u"--no-start"_s, u"-c"_s, u"show storageSubsystem;"_s});
        QVERIFY(!planted.waitForNewConnection(0));
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(u"The control socket %1 is owned by user 65534"_s.arg(socket)), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"another user may be trying to capture your commands"_s), qPrintable(r.err));
    }

    void clientRefusesAServerRunByAnotherUser()
    {
        if (::geteuid() != 0) {
            QSKIP("running a server as another user needs root");
        }
        QTemporaryDir base;
        const QString ws = QDir(base.path()).filePath(u"ws"_s);
        EngineGuard guard {ws};
        // Make the workspace and its socket folder the way an engine would, then let an impostor listen there.
        QCOMPARE(ctl(ws, {u"-c"_s, u"show storageSubsystem;"_s}).code, 0);
        QCOMPARE(ctl(ws, {u"--stop"_s}).code, 0);
        const QString socket = ManagementServer::socketName(ws);
        QFile::remove(socket);
        const pid_t impostor = listenAsOtherUser(socket, kNobody);
        QVERIFY(impostor > 0);
        const Run r = ctl(ws, {u"--no-start"_s, u"-c"_s, u"show storageSubsystem;"_s});
        ::kill(impostor, SIGKILL);
        ::waitpid(impostor, nullptr, 0);
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(u"user 65534"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"another user may be trying to capture your commands"_s), qPrintable(r.err));
    }

    void serverDropsClientsOfAnotherUser()
    {
        if (::geteuid() != 0) {
            QSKIP("connecting as another user needs root");
        }
        QTemporaryDir base;
        const QString ws = QDir(base.path()).filePath(u"ws"_s);
        LocalConnection console;
        QVERIFY(!console.openBlocking(ws).isError());
        const QString socket = ManagementServer::socketName(ws);
        QVERIFY(S_ISSOCK(statOf(socket).st_mode));
        // Suppose the folders were opened up by mistake: the engine itself still turns strangers away.
        for (QString path = QFileInfo(socket).absolutePath(); path.startsWith(base.path()) && path != base.path();
             path = QFileInfo(path).absolutePath()) {
            QVERIFY(::chmod(QFile::encodeName(path).constData(), 0711) == 0);
        }
        QVERIFY(::chmod(QFile::encodeName(base.path()).constData(), 0711) == 0);
        QVERIFY(::chmod(QFile::encodeName(socket).constData(), 0777) == 0);
        QCOMPARE(connectAsOtherUser(socket, kNobody), 0);
        // Our own clients refuse a folder others may enter; once it is private again, they get in.
        const Run refused = ctl(ws, {u"--no-start"_s, u"-c"_s, u"show storageSubsystem;"_s});
        QCOMPARE(refused.code, 3);
        QVERIFY2(
            refused.err.contains(u"has mode 0711, so other users may replace the socket"_s), qPrintable(refused.err));
        QVERIFY(::chmod(QFile::encodeName(QFileInfo(socket).absolutePath()).constData(), 0700) == 0);
        QCOMPARE(ctl(ws, {u"--no-start"_s, u"-c"_s, u"show storageSubsystem;"_s}).code, 0);
        console.close();
    }
};

QTEST_GUILESS_MAIN(TestSecurity)
#include "tst_security.moc"
