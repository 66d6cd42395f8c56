// SPDX-License-Identifier: GPL-3.0-or-later
// Management over TLS (issue 17), with real processes and real sockets on 127.0.0.1: copylined --listen on port 0,
// copylinectl --host and the blocking EngineClient as clients. The certificate pinned on first use, a wrong or
// changed certificate refused before anything is sent, sign-ins slowed after failures, roles checked on every
// command (one table classifies every command of the engine), junk on the listener harmless, all in the event log.
#include "families/families.h"
#include "server/accesscontrol.h"
#include "server/engineclient.h"
#include "server/managementserver.h"
#include "server/protocol.h"
#include "server/remoteconnection.h"
#include "server/tlsidentity.h"
#include "service/engine.h"
#include "testworkspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;

namespace
{

constexpr auto kAdminPassword = "admin-secret-1";
constexpr auto kOperatorPassword = "operator-secret-2";
constexpr auto kMonitorPassword = "monitor-secret-3";

/** copylined on a workspace of its own, serving management over TLS on a free port of 127.0.0.1. */
class Daemon
{
public:
    bool start(const QString& workspace, quint16 port = 0)
    {
        m_workspace = workspace;
        m_port = 0;
        m_fingerprint.clear();
        m_output.clear();
        m_process.setProgram(Test::binary(u"copylined"_s));
        m_process.setArguments({u"--workspace"_s, workspace, u"--listen"_s, u"127.0.0.1:%1"_s.arg(port)});
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start();
        if (!m_process.waitForStarted(10000)) {
            return false;
        }
        static const QRegularExpression portLine(u"management over TLS on 127\\.0\\.0\\.1:(\\d+)"_s);
        static const QRegularExpression fingerprintLine(u"certificate SHA-256 fingerprint ([0-9A-F:]{95})"_s);
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 120000 && (m_port == 0 || m_fingerprint.isEmpty())) {
            if (!m_process.waitForReadyRead(1000) && m_process.state() != QProcess::Running) {
                return false;
            }
            m_output += QString::fromUtf8(m_process.readAllStandardOutput());
            if (const auto m = portLine.match(m_output); m.hasMatch()) {
                m_port = static_cast<quint16>(m.captured(1).toUInt());
            }
            if (const auto m = fingerprintLine.match(m_output); m.hasMatch()) {
                m_fingerprint = m.captured(1);
            }
        }
        return m_port != 0 && !m_fingerprint.isEmpty();
    }
    /** Stops the engine as a SIGTERM does; whether it ended cleanly (exit code 0, no crash on its way out). */
    bool stop()
    {
        if (m_process.state() == QProcess::Running) {
            m_process.terminate();
            if (!m_process.waitForFinished(30000)) {
                m_process.kill();
                m_process.waitForFinished();
                return false;
            }
            return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
        }
        return true;
    }
    ~Daemon() { stop(); }

    bool running() const { return m_process.state() == QProcess::Running; }
    quint16 port() const { return m_port; }
    QString endpoint() const { return u"127.0.0.1:%1"_s.arg(m_port); }
    const QString& fingerprint() const { return m_fingerprint; }
    const QString& output() const { return m_output; }

private:
    QProcess m_process;
    QString m_workspace;
    QString m_output;
    QString m_fingerprint;
    quint16 m_port = 0;
};

QString writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        f.write(bytes);
    }
    return path;
}

} // namespace

class TestManagement : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;      // XDG_CONFIG_HOME of this test and the copylinectl it runs: known_engines lives here
    QTemporaryDir m_workspace; // one engine for the tests that do not need their own
    Daemon m_daemon;

    QString knownEngines() const { return m_home.filePath(u"Copyline/known_engines"_s); }
    QString passwordFile(const QString& password) const
    {
        return writeFile(m_home.filePath(u"pw-"_s + password), password.toUtf8() + "\n");
    }

    Test::CtlRun local(const QStringList& args) const
    {
        return Test::copylinectl(QStringList {u"--workspace"_s, m_workspace.path(), u"--no-start"_s} + args, 120000);
    }
    Test::CtlRun remote(
        const Daemon& daemon, const QString& user, const QString& password, const QStringList& args) const
    {
        return Test::copylinectl(QStringList {u"--host"_s, daemon.endpoint(), u"--user"_s, user, u"--password-file"_s,
                                     passwordFile(password)}
                + args,
            120000);
    }
    RemoteEngine target(const Daemon& daemon, const QString& user, const QString& password) const
    {
        RemoteEngine t;
        t.host = u"127.0.0.1"_s;
        t.port = daemon.port();
        t.user = user;
        t.password = password;
        t.fingerprint = daemon.fingerprint();
        t.knownEnginesPath = m_home.filePath(u"client-known_engines"_s);
        return t;
    }
    /** The events of the workspace (over the owner's socket) with @p code. */
    QList<QJsonObject> events(const QString& workspace, int code) const
    {
        const Test::CtlRun r = Test::copylinectl({u"--workspace"_s, workspace, u"--no-start"_s, u"--call"_s,
                                                     u"getEvents"_s, u"--args"_s, u"{\"count\": 2000}"_s},
            120000);
        QList<QJsonObject> found;
        for (const QJsonValue& e : QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"events"_s).toArray()) {
            if (e.toObject().value(u"code"_s).toInt() == code) {
                found.append(e.toObject());
            }
        }
        return found;
    }
    void addUsers(const QString& workspace)
    {
        for (const auto& [name, role, password] : {std::tuple {u"admin"_s, u"Administrator"_s, kAdminPassword},
                 std::tuple {u"oper"_s, u"Operator"_s, kOperatorPassword},
                 std::tuple {u"mon"_s, u"monitor"_s, kMonitorPassword}}) {
            const Test::CtlRun r = Test::copylinectl({u"--workspace"_s, workspace, u"--no-start"_s, u"--add-user"_s,
                name, u"--role"_s, role, u"--password-file"_s, passwordFile(QString::fromLatin1(password))});
            QVERIFY2(r.code == 0, qPrintable(r.err));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("XDG_CONFIG_HOME", m_home.path().toUtf8());
        QVERIFY2(QSslSocket::supportsSsl(), "Qt's TLS backend (libqt6network6's openssl plugin) is missing");
        QVERIFY2(m_daemon.start(m_workspace.path()), qPrintable(m_daemon.output()));
        addUsers(m_workspace.path());
    }

    void cleanupTestCase() { m_daemon.stop(); }

    // ONE table classifies every command the engine runs, and only those (plus the protocol's own messages).
    void everyCommandIsClassified()
    {
        Engine engine(Families::all());
        const QStringList commands = engine.commandNames();
        QVERIFY(commands.size() > 150);
        QStringList unclassified;
        for (const QString& name : commands) {
            if (!Access::requirementOf(name)) {
                unclassified.append(name);
            }
        }
        QVERIFY2(
            unclassified.isEmpty(), qPrintable(u"not in server/accesscontrol.cpp: "_s + unclassified.join(u", "_s)));
        const QStringList protocolMessages {u"shutdown"_s, u"users"_s, u"tls"_s, u"sites"_s};
        for (const QString& name : Access::classifiedNames()) {
            QVERIFY2(commands.contains(name) || protocolMessages.contains(name), qPrintable(u"stale entry "_s + name));
        }
        for (const QString& name : protocolMessages) {
            QVERIFY2(Access::requirementOf(name), qPrintable(name));
        }
        // The rule of the table, where a name says it: showing is a Monitor's, deleting an Administrator's, and the
        // settings of a copy or mirror relationship (setVolumeCopy, setRemoteMirror) an Operator's at least.
        for (const QString& name : commands) {
            const Access::Requirement r = *Access::requirementOf(name);
            if (name.startsWith(u"show"_s) || name.startsWith(u"list"_s)) {
                QVERIFY2(r == Access::Requirement::Monitor, qPrintable(name));
            }
            if (name.startsWith(u"delete"_s) || name.startsWith(u"enable"_s) || name.startsWith(u"disableFeature"_s)
                || name == u"createLogicalDrive"_s || name == u"createArray"_s || name == u"createHost"_s) {
                QVERIFY2(r == Access::Requirement::Administrator, qPrintable(name));
            }
            if (name.startsWith(u"set"_s)) {
                QVERIFY2(r != Access::Requirement::Monitor, qPrintable(name));
            }
        }
        QCOMPARE(*Access::requirementOf(u"users"_s), Access::Requirement::OwnerOnly);
        QVERIFY(!Access::allows(Access::Role::Administrator, Access::Requirement::OwnerOnly));
        QVERIFY(Access::allows(Access::Role::Operator, Access::Requirement::Operator));
        QVERIFY(!Access::allows(Access::Role::Monitor, Access::Requirement::Operator));
        // The spec's role names (CSM §1.15), spelt exactly.
        QCOMPARE(Access::roleName(Access::Role::Administrator), u"Administrator"_s);
        QCOMPARE(Access::roleName(Access::Role::Operator), u"Operator"_s);
        QCOMPARE(Access::roleName(Access::Role::Monitor), u"Monitor"_s);
    }

    void delaysGrowAndAreCapped()
    {
        QCOMPARE(ManagementServer::delayAfter(0), 0);
        QCOMPARE(ManagementServer::delayAfter(1), 500);
        QCOMPARE(ManagementServer::delayAfter(2), 1000);
        QCOMPARE(ManagementServer::delayAfter(3), 2000);
        QCOMPARE(ManagementServer::delayAfter(7), 30000);
        QCOMPARE(ManagementServer::delayAfter(1000), 30000);
    }

    void fingerprintsAreNormalized()
    {
        const QString fp = m_daemon.fingerprint();
        QCOMPARE(TlsIdentity::normalizeFingerprint(fp), fp);
        QCOMPARE(TlsIdentity::normalizeFingerprint(u"SHA256:"_s + fp.toLower()), fp);
        QCOMPARE(TlsIdentity::normalizeFingerprint(u"sha256 Fingerprint="_s + fp), fp);
        QCOMPARE(TlsIdentity::normalizeFingerprint(QString(fp).remove(u':')), fp);
        QVERIFY(TlsIdentity::normalizeFingerprint(u"AB:CD"_s).isEmpty());
    }

    // The certificate and key are made at the first start, private, and the same at every start.
    void identityIsPrivateAndShown()
    {
        for (const QString& file : {u"tls/engine.key"_s, u"tls/engine.crt"_s}) {
            struct stat st
            { };
            QCOMPARE(::stat(QFile::encodeName(m_workspace.filePath(file)).constData(), &st), 0);
            QCOMPARE(st.st_mode & 0777, 0600u);
        }
        const Test::CtlRun shown = local({u"--show-fingerprint"_s});
        QCOMPARE(shown.code, 0);
        QVERIFY2(shown.out.contains(m_daemon.fingerprint()), qPrintable(shown.out));
        QVERIFY2(shown.out.contains(u"listening on "_s + m_daemon.endpoint()), qPrintable(shown.out));
        // The fingerprint over the wire, before any trust, is the same.
        const Test::CtlRun probed = Test::copylinectl({u"--host"_s, m_daemon.endpoint(), u"--show-fingerprint"_s});
        QCOMPARE(probed.code, 0);
        QVERIFY2(probed.out.contains(m_daemon.fingerprint()), qPrintable(probed.out + probed.err));
        const QList<QJsonObject> started = events(m_workspace.path(), EventCode::ManagementListening);
        QVERIFY(!started.isEmpty());
        QVERIFY(started.last().value(u"details"_s).toString().contains(m_daemon.fingerprint()));
    }

    // First contact: the fingerprint is printed and nothing is sent until the user pins it; then it is remembered.
    void firstUsePinning()
    {
        QFile::remove(knownEngines());
        const int signInsBefore = static_cast<int>(events(m_workspace.path(), EventCode::ManagementSignIn).size());
        Test::CtlRun r = remote(m_daemon, u"mon"_s, QString::fromLatin1(kMonitorPassword), {u"-d"_s});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.startsWith(u"Error 603 - The engine at %1 is not known here. Its certificate's SHA-256 "
                                  "fingerprint is %2."_s.arg(m_daemon.endpoint(), m_daemon.fingerprint())),
            qPrintable(r.err));
        QVERIFY(r.err.contains(u"--fingerprint "_s + m_daemon.fingerprint()));
        QVERIFY(!QFileInfo::exists(knownEngines()));
        QCOMPARE(events(m_workspace.path(), EventCode::ManagementSignIn).size(), signInsBefore); // nothing was sent

        r = remote(m_daemon, u"mon"_s, QString::fromLatin1(kMonitorPassword),
            {u"--fingerprint"_s, u"sha256:"_s + m_daemon.fingerprint().toLower(), u"-d"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"Primary Site"_s));
        QFile pinned(knownEngines());
        QVERIFY(pinned.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(pinned.readAll()).contains(m_daemon.endpoint() + u' ' + m_daemon.fingerprint()));
        QVERIFY(!(QFileInfo(knownEngines()).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));

        // Pinned: no --fingerprint needed any more.
        r = remote(m_daemon, u"mon"_s, QString::fromLatin1(kMonitorPassword), {u"-d"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QList<QJsonObject> signIns = events(m_workspace.path(), EventCode::ManagementSignIn);
        QCOMPARE(signIns.size(), signInsBefore + 2);
        QCOMPARE(
            signIns.last().value(u"details"_s).toString(), u"User mon (Monitor) signed in from 127.0.0.1 over TLS"_s);
        QCOMPARE(signIns.last().value(u"subsystem_id"_s).toInteger(), 0);
    }

    // A certificate other than the one given, or than the one pinned, is refused before a byte is sent.
    void wrongFingerprintRefused()
    {
        QByteArray other(32, Qt::Uninitialized);
        QRandomGenerator::global()->generate(
            reinterpret_cast<quint32*>(other.data()), reinterpret_cast<quint32*>(other.data() + other.size()));
        const QString wrong = QString::fromLatin1(other.toHex(':').toUpper());
        const int failuresBefore
            = static_cast<int>(events(m_workspace.path(), EventCode::ManagementSignInFailed).size());
        const int signInsBefore = static_cast<int>(events(m_workspace.path(), EventCode::ManagementSignIn).size());

        // Given on the command line: a mismatch.
        QFile::remove(knownEngines());
        Test::CtlRun r
            = remote(m_daemon, u"admin"_s, QString::fromLatin1(kAdminPassword), {u"--fingerprint"_s, wrong, u"-d"_s});
        QCOMPARE(r.code, 3);
        QCOMPARE(r.err.trimmed(),
            u"Error 605 - The engine at %1 presents the certificate %2, not %3 as given with --fingerprint. Nothing "
            u"was "
            "sent."_s.arg(m_daemon.endpoint(), m_daemon.fingerprint(), wrong));
        QVERIFY(!QFileInfo::exists(knownEngines()));

        // Pinned earlier, and the engine now presents another: refused loudly, even with the right --fingerprint.
        writeFile(knownEngines(), (m_daemon.endpoint() + u' ' + wrong + u'\n').toUtf8());
        for (const QStringList& extra : {QStringList {}, QStringList {u"--fingerprint"_s, m_daemon.fingerprint()}}) {
            r = remote(m_daemon, u"admin"_s, QString::fromLatin1(kAdminPassword), extra + QStringList {u"-d"_s});
            QCOMPARE(r.code, 3);
            QVERIFY2(
                r.err.startsWith(u"Error 604 - WARNING: THE CERTIFICATE OF THE ENGINE AT %1 HAS CHANGED. It is now "
                                 "%2, but %3 was trusted for it (%4)."_s.arg(
                                     m_daemon.endpoint(), m_daemon.fingerprint(), wrong, knownEngines())),
                qPrintable(r.err));
        }
        // The blocking client refuses the same way.
        EngineClient client;
        RemoteEngine t = target(m_daemon, u"admin"_s, QString::fromLatin1(kAdminPassword));
        t.fingerprint = wrong;
        QCOMPARE(client.connectToHost(t).code, ErrorCode::EngineIdentityMismatch);
        QVERIFY(!client.isConnected());
        QCOMPARE(client.peerFingerprint(), m_daemon.fingerprint());
        // Nothing reached the sign-in.
        QCOMPARE(events(m_workspace.path(), EventCode::ManagementSignInFailed).size(), failuresBefore);
        QCOMPARE(events(m_workspace.path(), EventCode::ManagementSignIn).size(), signInsBefore);
        QFile::remove(knownEngines());
    }

    // A command over TLS changes the engine exactly as over the owner's socket.
    void commandOverTlsChangesEngine()
    {
        const QString fp = m_daemon.fingerprint();
        Test::CtlRun r = remote(m_daemon, u"admin"_s, QString::fromLatin1(kAdminPassword),
            {u"--fingerprint"_s, fp, u"-c"_s, u"create logicalDrive array=1 userLabel=\"OverTls\" capacity=64 MB;"_s});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        r = local({u"-c"_s, u"show logicalDrive [\"OverTls\"];"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"OverTls"_s));
        // And the other way round: made locally, seen and removed over TLS.
        QCOMPARE(local({u"-c"_s, u"create logicalDrive array=1 userLabel=\"Local\" capacity=64 MB;"_s}).code, 0);
        EngineClient client;
        QCOMPARE(client.connectToHost(target(m_daemon, u"admin"_s, QString::fromLatin1(kAdminPassword))).code,
            ErrorCode::None);
        QCOMPARE(client.role(), u"Administrator"_s);
        CommandResult shown = client.call({u"showLogicalDrive"_s, {{u"targets"_s, QJsonArray {u"Local"_s}}}});
        QVERIFY2(shown.ok(), qPrintable(shown.error.message()));
        const CommandResult removed = client.call({u"deleteLogicalDrive"_s, {{u"targets"_s, QJsonArray {u"Local"_s}}}});
        QVERIFY2(removed.ok(), qPrintable(removed.error.message()));
        r = local({u"-c"_s, u"show logicalDrive [\"Local\"];"_s});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.startsWith(u"Error 11"_s));
    }

    // The console's connection over TLS: signed in, subscribed to snapshots, its commands checked by the role.
    void consoleConnectionOverTls()
    {
        RemoteConnection console;
        QCOMPARE(console.connectToHost(target(m_daemon, u"oper"_s, QString::fromLatin1(kOperatorPassword))).code,
            ErrorCode::None);
        QCOMPARE(console.role(), u"Operator"_s);
        QVERIFY(console.snapshot()->revision > 0);
        QVERIFY(console.description().contains(u"signed in as Operator"_s));
        std::optional<CommandResult> listed;
        console.submit({u"listSubsystems"_s, {}}, this, [&listed](const CommandResult& r) { listed = r; });
        QTRY_VERIFY_WITH_TIMEOUT(listed.has_value(), 20000);
        QVERIFY2(listed->ok(), qPrintable(listed->error.message()));
        std::optional<CommandResult> created;
        console.submit({u"createLogicalDrive"_s, {}}, this, [&created](const CommandResult& r) { created = r; });
        QTRY_VERIFY_WITH_TIMEOUT(created.has_value(), 20000);
        QCOMPARE(created->error.code, ErrorCode::ManagementNotAuthorized);
        // A change made by the owner reaches the console over TLS.
        QCOMPARE(local({u"-c"_s, u"create logicalDrive array=1 userLabel=\"SeenOverTls\" capacity=64 MB;"_s}).code, 0);
        auto seen = [&console]() {
            for (const LogicalDrive& d : console.snapshot()->config.logicalDrives) {
                if (d.name == u"SeenOverTls"_s) {
                    return true;
                }
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(seen(), 20000);
        QCOMPARE(local({u"-c"_s, u"delete logicalDrive [\"SeenOverTls\"];"_s}).code, 0);
        QTRY_VERIFY_WITH_TIMEOUT(!seen(), 20000);
        // A wrong password is refused like copylinectl's.
        RemoteConnection stranger;
        QCOMPARE(stranger.connectToHost(target(m_daemon, u"oper"_s, u"wrong-password"_s)).code,
            ErrorCode::ManagementLoginFailed);
    }

    // The console's engine over TLS stops and starts again on the same port: the console signs in again by itself
    // and goes on. When the engine comes back with another certificate, it stops trying and says so.
    void consoleReconnectsOverTls()
    {
        QTemporaryDir workspace;
        Daemon daemon;
        QVERIFY2(daemon.start(workspace.path()), qPrintable(daemon.output()));
        addUsers(workspace.path());
        const quint16 port = daemon.port();
        RemoteConnection console;
        console.setReconnect(true, 100, 400);
        QCOMPARE(console.connectToHost(target(daemon, u"oper"_s, QString::fromLatin1(kOperatorPassword))).code,
            ErrorCode::None);
        QSignalSpy lost(&console, &EngineConnection::connectionLost);
        QSignalSpy restored(&console, &EngineConnection::connectionRestored);
        const qsizetype signIns = events(workspace.path(), EventCode::ManagementSignIn).size();
        QVERIFY(signIns >= 1);

        // It ends cleanly with consoles attached, on the local socket too (it once crashed on its way out).
        RemoteConnection owner;
        QCOMPARE(owner.connectTo(workspace.path()).code, ErrorCode::None);
        QVERIFY2(daemon.stop(), qPrintable(daemon.output()));
        QTRY_COMPARE_WITH_TIMEOUT(lost.size(), 1, 20000);
        QVERIFY(console.reconnecting());
        QVERIFY(console.snapshot()->revision > 0); // the last state stays
        QVERIFY2(daemon.start(workspace.path(), port), qPrintable(daemon.output()));
        QTRY_COMPARE_WITH_TIMEOUT(restored.size(), 1, 20000);
        QVERIFY(!console.reconnecting());
        QCOMPARE(console.role(), u"Operator"_s);
        QVERIFY(console.snapshot()->revision > 0);
        std::optional<CommandResult> listed;
        console.submit({u"listSubsystems"_s, {}}, this, [&listed](const CommandResult& r) { listed = r; });
        QTRY_VERIFY_WITH_TIMEOUT(listed.has_value(), 20000);
        QVERIFY2(listed->ok(), qPrintable(listed->error.message()));
        // The second sign-in is in the event log as the first one is.
        QCOMPARE(events(workspace.path(), EventCode::ManagementSignIn).size(), signIns + 1);

        // Another certificate at the same address: never trusted silently.
        QVERIFY(daemon.stop());
        QTRY_COMPARE_WITH_TIMEOUT(lost.size(), 2, 20000);
        QVERIFY(QDir(workspace.filePath(u"tls"_s)).removeRecursively());
        QVERIFY2(daemon.start(workspace.path(), port), qPrintable(daemon.output()));
        QTRY_COMPARE_WITH_TIMEOUT(lost.size(), 3, 20000);
        QVERIFY(!console.reconnecting());
        QCOMPARE(restored.size(), 1);
        QVERIFY2(lost.last().first().toString().contains(u"another certificate"_s),
            qPrintable(lost.last().first().toString()));
        daemon.stop();
    }

    // Monitor shows only, Operator runs operations but deletes nothing, Administrator does all; the owner's messages
    // are nobody's over the network. Each refusal has its text and its event.
    void rolesAreChecked()
    {
        const QString fp = m_daemon.fingerprint();
        const QString create = u"create logicalDrive array=1 userLabel=\"ByRole\" capacity=64 MB;"_s;
        Test::CtlRun r = remote(
            m_daemon, u"mon"_s, QString::fromLatin1(kMonitorPassword), {u"--fingerprint"_s, fp, u"-c"_s, create});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err.trimmed(),
            u"Error 600 - User mon (Monitor) may not run createLogicalDrive over the network: it needs the "
            "Administrator role. The engine's owner gives roles with copylinectl --add-user on the engine's computer."_s);
        r = remote(m_daemon, u"mon"_s, QString::fromLatin1(kMonitorPassword), {u"-c"_s, u"show storageSubsystem;"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));

        r = remote(m_daemon, u"oper"_s, QString::fromLatin1(kOperatorPassword), {u"-c"_s, create});
        QCOMPARE(r.code, 1);
        QVERIFY2(
            r.err.startsWith(u"Error 600 - User oper (Operator) may not run createLogicalDrive"_s), qPrintable(r.err));
        QCOMPARE(local({u"-c"_s, create}).code, 0);
        r = remote(m_daemon, u"oper"_s, QString::fromLatin1(kOperatorPassword),
            {u"-c"_s, u"delete logicalDrive [\"ByRole\"];"_s});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err.trimmed(),
            u"Error 600 - User oper (Operator) may not run deleteLogicalDrive over the network: it needs the "
            "Administrator role. The engine's owner gives roles with copylinectl --add-user on the engine's computer."_s);
        // An Operator's command passes the check and reaches the engine (which then judges its arguments).
        EngineClient oper;
        QCOMPARE(oper.connectToHost(target(m_daemon, u"oper"_s, QString::fromLatin1(kOperatorPassword))).code,
            ErrorCode::None);
        const CommandResult stop = oper.call({u"stopVolumeCopy"_s, {{u"target"_s, u"NoSuchDrive"_s}}});
        QVERIFY(!stop.ok());
        QVERIFY2(stop.error.code != ErrorCode::ManagementNotAuthorized, qPrintable(stop.error.message()));
        // Nor may anyone stop the engine or manage users but an Administrator / the owner.
        QCOMPARE(oper.shutdown(5000).error.code, ErrorCode::ManagementNotAuthorized);
        EngineClient admin;
        QCOMPARE(admin.connectToHost(target(m_daemon, u"admin"_s, QString::fromLatin1(kAdminPassword))).code,
            ErrorCode::None);
        const CommandResult users = admin.message({{u"type"_s, u"users"_s}, {u"action"_s, u"list"_s}});
        QCOMPARE(users.error.code, ErrorCode::ManagementNotAuthorized);
        QCOMPARE(users.error.message(),
            u"User admin (Administrator) may not run users over the network: only the engine's owner may, on the "
            "engine's computer. The engine's owner gives roles with copylinectl --add-user on the engine's computer."_s);
        QCOMPARE(admin.message({{u"type"_s, u"tls"_s}, {u"action"_s, u"listen"_s}, {u"listen"_s, u"off"_s}}).error.code,
            ErrorCode::ManagementNotAuthorized);
        // Nor register the engines of other sites (engines per site): the owner's, like the users.
        QCOMPARE(admin.message({{u"type"_s, u"sites"_s}, {u"action"_s, u"list"_s}}).error.code,
            ErrorCode::ManagementNotAuthorized);

        r = remote(m_daemon, u"admin"_s, QString::fromLatin1(kAdminPassword),
            {u"-c"_s, u"delete logicalDrive [\"ByRole\"];"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(local({u"-c"_s, u"show logicalDrive [\"ByRole\"];"_s}).code, 1);

        const QList<QJsonObject> refused = events(m_workspace.path(), EventCode::ManagementCommandRefused);
        QStringList details;
        for (const QJsonObject& e : refused) {
            details.append(e.value(u"details"_s).toString());
            QCOMPARE(e.value(u"severity"_s).toString(), u"warning"_s);
        }
        QVERIFY2(details.contains(u"User mon (Monitor) from 127.0.0.1 may not run createLogicalDrive: it needs the "
                                  "Administrator role"_s),
            qPrintable(details.join(u'\n')));
        QVERIFY(details.contains(
            u"User oper (Operator) from 127.0.0.1 may not run deleteLogicalDrive: it needs the Administrator role"_s));
        // Users are the owner's business: copylinectl refuses to manage them over --host.
        r = remote(m_daemon, u"admin"_s, QString::fromLatin1(kAdminPassword), {u"--list-users"_s});
        QCOMPARE(r.code, 2);
    }

    // The owner lists, changes and removes users on the local socket; a removed user cannot sign in.
    void ownerManagesUsers()
    {
        Test::CtlRun r = local({u"--list-users"_s});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QRegularExpression(u"admin\\s+Administrator"_s)), qPrintable(r.out));
        QVERIFY(r.out.contains(QRegularExpression(u"oper\\s+Operator"_s)));
        QVERIFY(r.out.contains(QRegularExpression(u"mon\\s+Monitor"_s)));
        r = local({u"--add-user"_s, u"temp"_s, u"--role"_s, u"Overlord"_s, u"--password-file"_s,
            passwordFile(u"temp-password"_s)});
        QCOMPARE(r.code, 1);
        r = local(
            {u"--add-user"_s, u"temp"_s, u"--role"_s, u"Operator"_s, u"--password-file"_s, passwordFile(u"short"_s)});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"Error 606 - Management user temp: the password must have at least 8 characters."_s),
            qPrintable(r.err));
        r = local({u"--add-user"_s, u"temp"_s, u"--role"_s, u"Operator"_s, u"--password-file"_s,
            passwordFile(u"temp-password"_s)});
        QCOMPARE(r.code, 0);
        EngineClient temp;
        QCOMPARE(temp.connectToHost(target(m_daemon, u"temp"_s, u"temp-password"_s)).code, ErrorCode::None);
        QCOMPARE(temp.role(), u"Operator"_s);
        // Removing a user ends their connections.
        QCOMPARE(local({u"--remove-user"_s, u"temp"_s}).code, 0);
        QVERIFY(!temp.call({u"listSubsystems"_s, {}}).ok());
        // Hashes, not passwords, are stored (salted PBKDF2).
        const QList<QJsonObject> changed = events(m_workspace.path(), EventCode::ManagementUsersChanged);
        QStringList details;
        for (const QJsonObject& e : changed) {
            details.append(e.value(u"details"_s).toString());
        }
        QVERIFY2(details.contains(u"User temp was added with the role Operator"_s), qPrintable(details.join(u'\n')));
        QVERIFY(details.contains(u"User temp was removed"_s));
        QVERIFY(details.contains(u"User mon was added with the role Monitor"_s));
    }

    // Junk before the handshake, inside it and after it: the listener drops the connection and goes on serving.
    void garbageOnTheListener()
    {
        auto* random = QRandomGenerator::global();
        auto junk = [random](int size) {
            QByteArray b(size, Qt::Uninitialized);
            for (char& c : b) {
                c = static_cast<char>(random->bounded(256));
            }
            return b;
        };
        // Plain bytes where a TLS ClientHello belongs (and a record header that claims TLS, then junk).
        for (int i = 0; i < 40; ++i) {
            QTcpSocket raw;
            raw.connectToHost(QHostAddress::LocalHost, m_daemon.port());
            QVERIFY(raw.waitForConnected(5000));
            QByteArray bytes = junk(1 + random->bounded(i < 20 ? 64 : 20000));
            if (i % 3 == 0) {
                bytes.prepend(QByteArray::fromHex("160301"));
            }
            raw.write(bytes);
            raw.waitForBytesWritten(2000);
            raw.waitForDisconnected(i % 5 == 0 ? 3000 : 50);
            raw.abort();
        }
        // A connection that says nothing does not hold others up.
        QTcpSocket silent;
        silent.connectToHost(QHostAddress::LocalHost, m_daemon.port());
        QVERIFY(silent.waitForConnected(5000));
        // After the handshake: junk frames, a huge length, JSON that is no object, a command before the sign-in.
        const QList<QByteArray> afterHandshake {junk(300), QByteArray::fromHex("ffffffff") + junk(100),
            QByteArray::fromHex("00000004") + "[1,]", QByteArray::fromHex("00100000") + junk(70000),
            QByteArray::fromHex("0000002d") + R"({"type":"command","command":{"name":"x"}}  )"};
        for (const QByteArray& bytes : afterHandshake) {
            QSslSocket tls;
            QSslConfiguration c = QSslConfiguration::defaultConfiguration();
            c.setPeerVerifyMode(QSslSocket::QueryPeer);
            tls.setSslConfiguration(c);
            tls.connectToHostEncrypted(u"127.0.0.1"_s, m_daemon.port());
            QVERIFY(tls.waitForEncrypted(10000));
            tls.write(bytes);
            tls.flush();
            tls.waitForDisconnected(3000);
            tls.abort();
        }
        // A signed-in client that breaks the framing is dropped too.
        {
            QSslSocket tls;
            QSslConfiguration c = QSslConfiguration::defaultConfiguration();
            c.setPeerVerifyMode(QSslSocket::QueryPeer);
            tls.setSslConfiguration(c);
            tls.connectToHostEncrypted(u"127.0.0.1"_s, m_daemon.port());
            QVERIFY(tls.waitForEncrypted(10000));
            tls.write(Protocol::encode({{u"type"_s, u"login"_s}, {u"id"_s, 1}, {u"user"_s, u"admin"_s},
                {u"password"_s, QString::fromLatin1(kAdminPassword)}}));
            Protocol::FrameReader reader;
            std::optional<QJsonObject> result;
            QElapsedTimer timer;
            timer.start();
            while (timer.elapsed() < 10000) {
                tls.waitForReadyRead(200);
                reader.append(tls.readAll());
                while (const auto m = reader.next()) {
                    if (m->value(u"type"_s).toString() == u"result"_s) {
                        result = m;
                    }
                }
                if (result) {
                    break;
                }
            }
            QVERIFY(result);
            QVERIFY(!result->value(u"result"_s).toObject().contains(u"error"_s));
            tls.write(QByteArray::fromHex("00000010") + junk(16));
            tls.flush();
            QVERIFY(tls.waitForDisconnected(5000) || tls.state() == QAbstractSocket::UnconnectedState);
        }
        QVERIFY(m_daemon.running());
        // Still serving, over TLS and locally.
        EngineClient client;
        QCOMPARE(client.connectToHost(target(m_daemon, u"mon"_s, QString::fromLatin1(kMonitorPassword))).code,
            ErrorCode::None);
        const CommandResult listed = client.call({u"listSubsystems"_s, {}});
        QVERIFY2(listed.ok(), qPrintable(listed.error.message()));
        QCOMPARE(local({u"-d"_s}).code, 0);
        silent.abort();
    }

    // Failed sign-ins from one address wait longer and longer; each one is in the event log with user and address.
    // (Last: it leaves this address with a delay.)
    void signInFailuresAreSlowed()
    {
        const int failedBefore = static_cast<int>(events(m_workspace.path(), EventCode::ManagementSignInFailed).size());
        QList<qint64> took;
        for (int attempt = 0; attempt < 3; ++attempt) {
            EngineClient client;
            QElapsedTimer timer;
            timer.start();
            const Error err = client.connectToHost(target(m_daemon, u"admin"_s, u"not-the-password"_s));
            took.append(timer.elapsed());
            QCOMPARE(err.code, ErrorCode::ManagementLoginFailed);
            QCOMPARE(err.message(),
                u"Sign-in to the engine at %1 refused: the user name or the password is not correct. Each failure "
                "from the same address makes the next attempt wait longer."_s.arg(m_daemon.endpoint()));
            QVERIFY(!client.isConnected());
        }
        // The first is answered at once; then 0.5 s, then 1 s (the delays after one and two failures).
        QVERIFY2(took[1] >= 450 && took[2] >= 950 && took[2] > took[1],
            qPrintable(u"%1 ms, %2 ms, %3 ms"_s.arg(took[0]).arg(took[1]).arg(took[2])));
        // An unknown user fails the same way, and waits 2 s.
        {
            EngineClient client;
            QElapsedTimer timer;
            timer.start();
            QCOMPARE(client.connectToHost(target(m_daemon, u"nobody"_s, u"whatever-it-is"_s)).code,
                ErrorCode::ManagementLoginFailed);
            QVERIFY2(timer.elapsed() >= 1950, qPrintable(QString::number(timer.elapsed())));
        }
        // The right password still has to wait its turn (4 s after four failures), then signs in and resets the delay.
        {
            EngineClient client;
            QElapsedTimer timer;
            timer.start();
            QCOMPARE(client.connectToHost(target(m_daemon, u"admin"_s, QString::fromLatin1(kAdminPassword))).code,
                ErrorCode::None);
            QVERIFY2(timer.elapsed() >= 3950, qPrintable(QString::number(timer.elapsed())));
        }
        {
            EngineClient client;
            QElapsedTimer timer;
            timer.start();
            QCOMPARE(client.connectToHost(target(m_daemon, u"admin"_s, QString::fromLatin1(kAdminPassword))).code,
                ErrorCode::None);
            QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        }
        const QList<QJsonObject> failed = events(m_workspace.path(), EventCode::ManagementSignInFailed);
        QCOMPARE(failed.size(), failedBefore + 4);
        QCOMPARE(failed.at(failedBefore).value(u"details"_s).toString(),
            u"User admin from 127.0.0.1: wrong user name or password (1 failure(s) in a row from this address; the "
            u"next "
            "attempt waits 500 ms)"_s);
        QCOMPARE(failed.last().value(u"details"_s).toString(),
            u"User nobody from 127.0.0.1: wrong user name or password (4 failure(s) in a row from this address; the "
            "next attempt waits 4000 ms)"_s);
        QCOMPARE(failed.last().value(u"codeText"_s).toString(), u"1011"_s);
        QCOMPARE(failed.last().value(u"component"_s).toString(), u"Management"_s);
        QVERIFY(m_daemon.running());
    }

    // Stopping over TLS is an Administrator's, and works like the local --stop.
    void administratorStopsTheEngine()
    {
        const Test::CtlRun r = remote(m_daemon, u"admin"_s, QString::fromLatin1(kAdminPassword),
            {u"--fingerprint"_s, m_daemon.fingerprint(), u"--stop"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"has stopped"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!m_daemon.running(), 30000);
        // The same certificate at the next start.
        Daemon again;
        QVERIFY2(again.start(m_workspace.path()), qPrintable(again.output()));
        QCOMPARE(again.fingerprint(), m_daemon.fingerprint());
        again.stop();
    }
};

QTEST_GUILESS_MAIN(TestManagement)
#include "tst_management.moc"
