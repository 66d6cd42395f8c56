// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/command.h"
#include "api/event.h"
#include "api/snapshot.h"
#include "catalog/catalog.h"
#include "copy/copyscheduler.h"
#include "copy/pointintime.h"
#include "hostio/nbdserver.h"
#include "hostio/workload.h"
#include "mirror/mirrorservice.h"
#include "mirror/replicationserver.h"
#include "service/commandcontext.h"
#include "service/family.h"
#include "storage/volumeio.h"
#include "util/clock.h"

#include <QHash>
#include <QLockFile>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QThreadPool>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace Copyline
{

class WriteRecord; // copy/writerecord.h

/**
 * The replication engine of one workspace. It owns the configuration, the catalog, the volume I/O fronts and the
 * workspace lock, and executes commands. Lives on one thread (the "engine thread"); all public methods must be
 * called there. Volume I/O runs on the engine's own thread pool, never on the engine or GUI thread.
 *
 * Views never touch the engine: they receive immutable snapshots (snapshotChanged) and submit commands.
 */
class Engine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Engine)

public:
    using Reply = std::function<void(const CommandResult&)>;

    /**
     * An engine that speaks @p families (usually Families::all(), engine/families/families.h): their commands beside
     * the family-neutral simulator commands, their runtime hooks and their limits. A command name given twice is a
     * programming error and stops the process.
     */
    explicit Engine(
        FamilyList families, std::shared_ptr<Clock> clock = std::make_shared<SystemClock>(), QObject* parent = nullptr);
    ~Engine() override;

    /**
     * Opens the workspace folder @p dir. An empty or missing folder becomes a new demonstration workspace; a folder
     * with a catalog is validated and loaded. Takes the workspace lock, so one process at a time serves a workspace.
     */
    Error openWorkspace(const QString& dir);
    /** Finishes in-flight I/O, closes volumes and the catalog, releases the lock. */
    void closeWorkspace();
    bool isOpen() const { return m_catalog.isOpen(); }
    const QString& workspacePath() const { return m_workspace; }

    /** Executes @p request; @p reply is called exactly once, possibly from an I/O thread. */
    void submit(const CommandRequest& request, Reply reply);
    /** Convenience for the engine thread and tests: runs a command and waits for its (possibly deferred) reply. */
    CommandResult execute(const CommandRequest& request);

    SnapshotPtr snapshot() const { return m_snapshot; }
    /** Publishes a snapshot with the current runtime figures now (tests and tools; the timer does it otherwise). */
    void refreshRuntimeNow() { publish(); }
    bool knowsCommand(const QString& name) const { return m_commands.contains(name); }
    /** The names of every command this engine runs (the management roles classify each: server/accesscontrol.h). */
    QStringList commandNames() const { return m_commands.keys(); }
    /** The families this engine speaks. */
    const FamilyList& families() const { return m_families; }
    /** The family of @p subsystemId's subsystem, or nullptr when no family of this engine claims it. */
    const Family* familyOf(ObjectId subsystemId) const;
    const Configuration& configuration() const { return m_config; }
    VolumeRegistry& volumes() { return m_volumes; }
    const Clock& clock() const { return *m_clock; }
    QString volumePath(const QString& fileName) const;
    QList<Event> events(ObjectId subsystemId, qint64 afterId, int limit) const;
    QList<Event> latestEvents(ObjectId subsystemId, int limit) const;

    /**
     * Runs the command @p request inside the command that @p parent belongs to (a manager layer driving the families'
     * commands): it changes the same configuration, and its events and commit and rollback actions join the parent's,
     * so the whole stays one transaction. Returns the command's data; throws CommandFailure with its error. A command
     * that hands work to the I/O pool cannot run this way (Internal error).
     */
    QJsonObject runWithin(CommandContext& parent, const CommandRequest& request);
    /**
     * Runs @p change as an engine-initiated command (a copy failing, a threshold crossed): one catalog transaction,
     * events logged, a new snapshot. For notifications from I/O threads, post it to the engine thread first.
     */
    CommandResult runInternal(ObjectId subsystemId, const std::function<void(CommandContext&)>& change);
    /**
     * Runs @p work on the engine's thread soon; callable from any thread (a copy or I/O thread's notice). Nothing
     * runs if the engine is gone by then, which is why it takes a guard rather than the engine.
     */
    static void post(const QPointer<Engine>& engine, std::function<void(Engine&)> work);

    /** Workspace settings kept in the catalog (outside the configuration): NBD address and port, ... */
    QString setting(const QString& key, const QString& fallback = {}) const;
    Error setSetting(const QString& key, const QString& value);

    /** The NBD server for host I/O (exists while a workspace is open; may not be listening). */
    NbdServer& nbd() { return *m_nbd; }
    /** (Re)starts the NBD server from the workspace settings; a busy port is logged, not fatal. */
    Error restartNbd();
    /**
     * The owner-only unix socket of the NBD server: <workspace>/nbd/nbd.sock, or when that path is too long for a
     * socket, a folder named after the workspace in the user's runtime folder.
     */
    QString nbdSocketPath() const;
    /** The simulated hosts' workloads (exists while a workspace is open). */
    WorkloadGenerator& workloads() { return *m_workloads; }
    /** The I/O fronts of the drives @p hostId sees now. */
    WorkloadGenerator::Targets workloadTargets(ObjectId hostId) const;

    /** Runs the background copies of the workspace (exists while a workspace is open). */
    CopyScheduler& scheduler() { return *m_scheduler; }

    /** The live remote mirroring: links, endpoints, consistency groups, synchronizations (while open). */
    MirrorService& mirrors() { return *m_mirrors; }

    /**
     * The adaptive resync rate controller of a subsystem (issue 19, copy/ratecontroller.h), made on first use (engine
     * thread): its drives' host writes are timed for it, and it paces the subsystem's copies in both schedulers. Off
     * until a latency bound is set (the subsystem's latencyBound option).
     */
    std::shared_ptr<RateController> rateController(ObjectId subsystemId);

    /**
     * The listener of mirror links over TCP (issue 17), started by the first Tcp link: on the workspace settings
     * replication.address (127.0.0.1) and replication.port (0: any free port). Nothing until then.
     */
    ReplicationServer* replicationServer() const { return m_replication.get(); }
    /**
     * A new channel to this engine's own replication server (both subsystems of a link live here), keyed with the
     * workspace's replication key (<workspace>/replication.key, 0600, made on first use). Nothing when the
     * server cannot listen (logged).
     */
    std::shared_ptr<ReplicationChannel> replicationChannel();
    /** Starts the replication listener now (a site other engines reach); its address and port, or the error. */
    Error startReplicationListener(QString* address = nullptr, quint16* port = nullptr);
    /** Listens for other engines on @p address:@p port from now on (settings replication.address and .port). */
    Error setReplicationListen(const QString& address, quint16 port);

    // ---- engines per site (issue 17, enginesites.cpp) ------------------------------------------------------------

    /** A remote engine this one knows: its name here, its replication listener, and its replication key. */
    struct Peer
    {
        QString name;
        QString address;
        quint16 port = 0;
        QByteArray key;
        QString engine; /**< its engineId(), learnt when it was registered */
    };
    /** This workspace's engine, as other engines tell it from themselves (random, made once). */
    QString engineId();
    /** The registered remote engines (setting replication.peers). */
    QList<Peer> peers() const;
    std::optional<Peer> peer(const QString& name) const;
    /**
     * Registers a remote engine and shows the DS4000 subsystems it serves as read-only proxies. The engine must
     * answer (its listener reached, its key right); a name, address or key that is wrong is refused with why.
     */
    Error addPeer(const Peer& wanted);
    /** Forgets a remote engine and its proxies; refused while a mirror record names one of its drives. */
    Error removePeer(const QString& name);
    /** Asks a remote engine again what it serves and brings its proxies in line. */
    Error refreshPeer(const QString& name);
    /** The channel to a registered remote engine (one per peer, made on first use), or nothing. */
    std::shared_ptr<ReplicationChannel> peerChannel(const QString& name);
    /** The name this engine gives itself toward other sites (setting replication.name; the host name otherwise). */
    QString siteName() const;
    /** Whether @p driveId is a proxy's drive (its bytes on another engine). */
    static bool isProxyDrive(const Configuration& config, ObjectId driveId);
    /** The registered remote engine whose proxy holds @p driveId, or empty. */
    static QString peerOfDrive(const Configuration& config, ObjectId driveId);
    /**
     * Sends @p peer the mirror records of @p config that pair a drive of this engine with one of the peer's (both
     * sides' records): the peer takes them as its own, and releases the drives of pairs no longer listed. Blocks
     * for one round trip; the peer's refusal (a drive in use, say) comes back as the error.
     */
    Error pushMirrorRecords(const QString& peer, const Configuration& config);
    /**
     * What this engine serves to other engines (the Control request "list"): its id, and each DS4000, ESS and NEC
     * subsystem with its controllers, disk drives, arrays and logical drives, as catalog rows.
     */
    QJsonObject listAnswer();
    /** Whether another engine's mirror may write @p driveId here (a secondary of a pair whose primary is there). */
    bool acceptsRemoteWrites(ObjectId driveId) const;

    /** Applies the host access rules (copy/accessrules.h) to every open volume whose access changed. */
    void reconcileAccess();

    /** The point-in-time engines of the workspace's relationships, by relationship id. */
    std::shared_ptr<PointInTimeCopy> pointInTime(ObjectId id) const { return m_pits.value(id); }
    void setPointInTime(ObjectId id, std::shared_ptr<PointInTimeCopy> pit);
    std::shared_ptr<PointInTimeCopy> takePointInTime(ObjectId id) { return m_pits.take(id); }
    /** The write records of copy pairs (copy/writerecord.h): what changed since their point in time, by pair id. */
    std::shared_ptr<WriteRecord> writeRecord(ObjectId id) const { return m_writeRecords.value(id); }
    void setWriteRecord(ObjectId id, std::shared_ptr<WriteRecord> record)
    {
        m_writeRecords.insert(id, std::move(record));
    }
    std::shared_ptr<WriteRecord> takeWriteRecord(ObjectId id) { return m_writeRecords.take(id); }
    /**
     * Wires a full-volume point-in-time copy of relationship @p id: the source copies before it overwrites, the target
     * presents the image. Both volumes are held quiet while the wiring changes (target first, then source).
     */
    void attachFullVolumeCopy(
        ObjectId id, ObjectId sourceId, ObjectId targetId, const std::shared_ptr<PointInTimeCopy>& pit);
    /** Undoes attachFullVolumeCopy(): the target's own bytes are the volume again. Nothing when none is wired. */
    void detachFullVolumeCopy(ObjectId id, ObjectId sourceId, ObjectId targetId);

    /**
     * Path of the lock file for a workspace folder. The control socket's path belongs to the management server:
     * ManagementServer::socketName (server/managementserver.h).
     */
    static QString lockFilePath(const QString& dir);
    /** Where copylinectl sends the output of a copylined it starts: <workspace>/logs/copylined.log (mode 0600). */
    static QString daemonLogPath(const QString& dir);
    /** Default workspace: <user data dir>/workspace. */
    static QString defaultWorkspace();

Q_SIGNALS:
    /** A new snapshot; emitted after every committed change (before that command's reply) and for runtime updates. */
    void snapshotChanged(Copyline::SnapshotPtr snapshot);
    /** The workspace was closed (engine stopping). */
    void workspaceClosed();

private:
    static constexpr auto kVolumesDir = "volumes";
    static constexpr auto kLogsDir = "logs";
    static constexpr auto kDaemonLog = "copylined.log";

    void onHostIoRefused(const NbdExport& where, const QString& operation, int error, const QString& reason);
    void logTightened(const QStringList& paths);
    void onNbdNotice(NbdNotice kind, const QString& details, const QString& peer);
    void warnIfNbdExposed();
    void logRefusal(ObjectId subsystemId, const QString& key, const QString& component, const QString& details);
    Error createDemo();
    Error openVolumes();
    /** Logs an unclean stop of the previous engine, then marks the workspace open until closeWorkspace. */
    Error recordOpen();
    static constexpr auto kOpenSetting = "engine_open";
    /** Marks logical drives Failed with the event "Logical drive failed" and @p details each, in one transaction. */
    Error markFailed(const QList<std::pair<ObjectId, QString>>& drives);
    /** Gives logical drives @p status, each with a Critical event (@p code, @p description, its details). */
    Error markDrives(ComponentStatus status,
        int code,
        const QString& description,
        const QList<std::pair<ObjectId, QString>>& drives);
    /** Fails the drives whose volume files were found truncated since the last check. */
    void checkVolumeFiles();
    void publish();
    void refreshRuntime();
    ReplicationServer* ensureReplicationServer(Error* why = nullptr); // m_replicationMutex held
    Error savePeers(const QList<Peer>& list);
    Error askPeer(const Peer& peer,
        const std::shared_ptr<ReplicationChannel>& channel,
        const QJsonObject& request,
        QJsonObject* answer);
    Error applyPeerList(const QString& name, const QJsonObject& answer);
    /** Error 620 when a command changed a proxy's subsystem or anything of it (mirror records and links aside). */
    static Error proxyChange(const Configuration& before, const Configuration& after);
    /** After a commit: pushes the changed records of pairs across engines, and notes which drives peers may write. */
    void afterCommitSites(const Configuration& before);
    /** Pushes the records of the peers whose last push failed (the mirror poll). */
    void retryMirrorPushes();
    IoStatus applyMirrorRecords(const QJsonObject& request, QByteArray* answer);
    void noteRemoteSecondaries();
    /** Gives every proxy drive its stand-in on its peer's channel, and drops the stand-ins of drives now gone. */
    void syncProxyVolumes();
    IoStatus answerControl(const QByteArray& request, const QString& from, QByteArray* answer);
    ReplicationServer::ControlHandler controlHandler();
    void pollMirrors();
    CommandResult run(const CommandRequest& request, std::function<CommandResult()>* ioJob);
    CommandResult runHandler(const CommandRequest& request,
        const Family* family,
        bool mutates,
        const std::function<void(CommandContext&)>& handler,
        std::function<CommandResult()>* ioJob);

    FamilyList m_families;
    std::shared_ptr<Clock> m_clock;
    QString m_workspace;
    std::unique_ptr<QLockFile> m_lock;
    Catalog m_catalog;
    Configuration m_config;
    VolumeRegistry m_volumes;
    struct RegisteredCommand
    {
        CommandSpec spec;
        const Family* family = nullptr; /**< nullptr: a family-neutral simulator command */
    };
    QHash<QString, RegisteredCommand> m_commands;
    SnapshotPtr m_snapshot;
    quint64 m_revision = 0;
    qint64 m_lastEventId = 0;
    QThreadPool m_ioPool;
    QTimer m_runtimeTimer;
    QTimer m_mirrorTimer;
    int m_mirrorTicks = 0;
    QHash<ObjectId, std::shared_ptr<PointInTimeCopy>> m_pits;
    QHash<ObjectId, std::shared_ptr<WriteRecord>> m_writeRecords;
    std::unique_ptr<CopyScheduler> m_scheduler;
    std::unique_ptr<MirrorService> m_mirrors;
    QHash<ObjectId, std::shared_ptr<RateController>> m_rateControllers; // engine thread
    std::unique_ptr<NbdServer> m_nbd;
    std::unique_ptr<ReplicationServer> m_replication;
    std::mutex m_replicationMutex;
    QByteArray m_replicationKey;
    QHash<QString, std::shared_ptr<ReplicationChannel>> m_peerChannels; // guarded by m_replicationMutex
    QSet<QString> m_unpushedPeers;                                      // engine thread
    mutable std::mutex m_remoteWritesMutex;
    QSet<ObjectId> m_remoteSecondaries; // guarded by m_remoteWritesMutex: drives a peer's primary writes
    std::unique_ptr<WorkloadGenerator> m_workloads;
    QList<NbdExport> m_exports;
    QHash<QString, qint64> m_lastRefusalEvent; /**< rate limit of "host I/O refused" events, per export and reason */
};

} // namespace Copyline
