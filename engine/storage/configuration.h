// SPDX-License-Identifier: GPL-3.0-or-later
// The storage object model of a workspace as plain values: subsystems, controllers, drives, arrays, logical
// drives, hosts, host groups, host ports and LUN mappings. A Configuration is cheap to copy (its maps are
// implicitly shared), so the engine snapshots it before each command and publishes copies to views.
//
// Each entity lists its fields once, in visitFields(); the catalog (SQLite rows) and the management protocol
// (JSON) are both derived from that list.
#pragma once

#include "storage/enums.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>

namespace Copyline
{

using ObjectId = qint64;

struct Subsystem
{
    ObjectId id = 0;
    QString name;
    QString family;          /**< "ds4000" (later families: "ess", "nec", "csm") */
    QString model;           /**< e.g. "DS4800"; selects the limits of families/ds4000 */
    QString wwn;             /**< 32 hex digits */
    QString firmware;        /**< controller firmware, e.g. "06.23.05.00" */
    QString featureEnableId; /**< 32 alphanumerics; premium feature keys are bound to it */
    bool flashCopyEnabled = false;
    bool volumeCopyEnabled = false;
    bool remoteMirrorEnabled = false;
    bool remoteMirrorActivated = false;
    QDateTime created;
    qint64 copyBandwidth = 0; /**< [SIM] bytes/s a copy gets at Highest priority; 0 = as fast as the disks go */
    QString options;          /**< a family's properties, space-separated words: "csServer=primary csActive=primary" */
    /**
     * Issue 17, engines per site: the registered remote engine that serves this subsystem (its proxy here, refreshed
     * over the replication wire, never written but through a mirror), and its id there. Empty and 0: served here.
     */
    QString peer;
    ObjectId remoteId = 0;

    bool isProxy() const { return !peer.isEmpty(); }

    template <typename V>
    void visitFields(V&& v)
    {
        v("id", id);
        v("name", name);
        v("family", family);
        v("model", model);
        v("wwn", wwn);
        v("firmware", firmware);
        v("feature_enable_id", featureEnableId);
        v("flash_copy_enabled", flashCopyEnabled);
        v("volume_copy_enabled", volumeCopyEnabled);
        v("remote_mirror_enabled", remoteMirrorEnabled);
        v("remote_mirror_activated", remoteMirrorActivated);
        v("created", created);
        v("copy_bandwidth", copyBandwidth);
        v("options", options);
        v("peer", peer);
        v("remote_id", remoteId);
    }
    friend bool operator==(const Subsystem&, const Subsystem&) = default;
};

struct Controller
{
    ObjectId id = 0;
    ObjectId subsystemId = 0;
    QString slot; /**< "A" or "B" */
    ComponentStatus status = ComponentStatus::Optimal;
    QString serial;

    template <typename V>
    void visitFields(V&& v)
    {
        v("id", id);
        v("subsystem_id", subsystemId);
        v("slot", slot);
        v("status", status);
        v("serial", serial);
    }
    friend bool operator==(const Controller&, const Controller&) = default;
};

struct Drive
{
    ObjectId id = 0;
    ObjectId subsystemId = 0;
    int enclosure = 0;
    int slot = 0;
    qint64 rawCapacity = 0;
    qint64 usableCapacity = 0;
    DriveType type = DriveType::FibreChannel;
    int speedRpm = 0;
    QString product;
    QString serial;
    DriveRole role = DriveRole::Unassigned;
    ObjectId arrayId = 0;  /**< 0 unless role == Assigned */
    int arrayPosition = 0; /**< order of the drive inside its array */
    ComponentStatus status = ComponentStatus::Optimal;

    template <typename V>
    void visitFields(V&& v)
    {
        v("id", id);
        v("subsystem_id", subsystemId);
        v("enclosure", enclosure);
        v("slot", slot);
        v("raw_capacity", rawCapacity);
        v("usable_capacity", usableCapacity);
        v("type", type);
        v("speed_rpm", speedRpm);
        v("product", product);
        v("serial", serial);
        v("role", role);
        v("array_id", arrayId);
        v("array_position", arrayPosition);
        v("status", status);
    }
    friend bool operator==(const Drive&, const Drive&) = default;
};

struct Array
{
    ObjectId id = 0;
    ObjectId subsystemId = 0;
    int number = 0; /**< "Logical Drive Group <number>" */
    RaidLevel raidLevel = RaidLevel::Raid5;
    QString options; /**< a family's properties, space-separated words: "consistencyGroup consistencyTimeout=120" */

    template <typename V>
    void visitFields(V&& v)
    {
        v("id", id);
        v("subsystem_id", subsystemId);
        v("number", number);
        v("raid_level", raidLevel);
        v("options", options);
    }
    friend bool operator==(const Array&, const Array&) = default;
};

struct LogicalDrive
{
    ObjectId id = 0;
    ObjectId subsystemId = 0;
    ObjectId arrayId = 0;
    QString name;
    qint64 capacity = 0; /**< bytes, a multiple of kCapacityGranule */
    LogicalDriveKind kind = LogicalDriveKind::Standard;
    QString wwn;
    QString preferredOwner = QStringLiteral("A");
    QString currentOwner = QStringLiteral("A");
    qint64 segmentSize = 0;
    QDateTime created;
    ComponentStatus status = ComponentStatus::Optimal;
    QString fileName; /**< volume file, relative to the workspace's volumes/ folder */
    /** The modification operation under way ("Operation in Progress"), the bytes it adds and how far it got. */
    ModificationOperation modification = ModificationOperation::None;
    qint64 modificationAdded = 0;
    int modificationBasisPoints = 0;
    CopyPriority modificationPriority = CopyPriority::High;
    Reservation reservation = Reservation::None;
    QString reservationHost; /**< the host holding the reservation, and its registration key */
    ObjectId remoteId = 0;   /**< a proxy's drive (Subsystem::peer): its id on the engine that serves it */

    template <typename V>
    void visitFields(V&& v)
    {
        v("id", id);
        v("subsystem_id", subsystemId);
        v("array_id", arrayId);
        v("name", name);
        v("capacity", capacity);
        v("kind", kind);
        v("wwn", wwn);
        v("preferred_owner", preferredOwner);
        v("current_owner", currentOwner);
        v("segment_size", segmentSize);
        v("created", created);
        v("status", status);
        v("file_name", fileName);
        v("modification", modification);
        v("modification_added", modificationAdded);
        v("modification_basis_points", modificationBasisPoints);
        v("modification_priority", modificationPriority);
        v("reservation", reservation);
        v("reservation_host", reservationHost);
        v("remote_id", remoteId);
    }
    friend bool operator==(const LogicalDrive&, const LogicalDrive&) = default;
};

struct HostGroup
{
    ObjectId id = 0;
    ObjectId subsystemId = 0;
    QString name;

    template <typename V>
    void visitFields(V&& v)
    {
        v("id", id);
        v("subsystem_id", subsystemId);
        v("name", name);
    }
    friend bool operator==(const HostGroup&, const HostGroup&) = default;
};

struct Host
{
    ObjectId id = 0;
    ObjectId subsystemId = 0;
    QString name;
    ObjectId hostGroupId = 0; /**< 0 = member of the Default Host Group */
    QString hostType;

    template <typename V>
    void visitFields(V&& v)
    {
        v("id", id);
        v("subsystem_id", subsystemId);
        v("name", name);
        v("host_group_id", hostGroupId);
        v("host_type", hostType);
    }
    friend bool operator==(const Host&, const Host&) = default;
};

struct HostPort
{
    ObjectId id = 0;
    ObjectId subsystemId = 0;
    ObjectId hostId = 0;
    QString identifier; /**< WWPN, 16 upper-case hex digits without separators */
    QString label;
    QString type = QStringLiteral("Fibre Channel");

    template <typename V>
    void visitFields(V&& v)
    {
        v("id", id);
        v("subsystem_id", subsystemId);
        v("host_id", hostId);
        v("identifier", identifier);
        v("label", label);
        v("type", type);
    }
    friend bool operator==(const HostPort&, const HostPort&) = default;
};

struct LunMapping
{
    ObjectId id = 0;
    ObjectId subsystemId = 0;
    ObjectId logicalDriveId = 0;
    ObjectId targetId = 0; /**< a host, a host group, or 0 for the Default Host Group */
    int lun = 0;

    template <typename V>
    void visitFields(V&& v)
    {
        v("id", id);
        v("subsystem_id", subsystemId);
        v("logical_drive_id", logicalDriveId);
        v("target_id", targetId);
        v("lun", lun);
    }
    friend bool operator==(const LunMapping&, const LunMapping&) = default;
};

/**
 * A DS4000 FlashCopy: the FlashCopy logical drive (whose id this row shares), its base and its repository
 * logical drive (spec §1.6-1.7). The point-in-time engine behind it is a PointInTimeCopy with a repository store.
 */
struct FlashCopy
{
    ObjectId id = 0; /**< the FlashCopy logical drive */
    ObjectId subsystemId = 0;
    ObjectId baseId = 0;
    ObjectId repositoryId = 0;
    int sequence = 0; /**< the n of the default names <base>-<n> / <base>-R<n> */
    FlashCopyStatus status = FlashCopyStatus::Optimal;
    QString statusReason;
    QDateTime pointInTime; /**< the creation timestamp; Re-create moves it */
    int warningThresholdPercent = 50;
    RepositoryFullPolicy fullPolicy = RepositoryFullPolicy::FailFlashCopy;
    bool thresholdExceeded = false;
    bool baseWritesFailing = false;
    qint64 grainSize = 64 * 1024;
    QString mapFile; /**< copy map, relative to volumes/ */
    /**
     * Failed because its base became a remote mirror secondary (spec §2.4.14): copy-on-write goes on behind the
     * failure, and the FlashCopy is Optimal again when the base is promoted back.
     */
    bool failedByMirrorRole = false;

    template <typename V>
    void visitFields(V&& v)
    {
        v("id", id);
        v("subsystem_id", subsystemId);
        v("base_id", baseId);
        v("repository_id", repositoryId);
        v("sequence", sequence);
        v("status", status);
        v("status_reason", statusReason);
        v("point_in_time", pointInTime);
        v("warning_threshold_percent", warningThresholdPercent);
        v("full_policy", fullPolicy);
        v("threshold_exceeded", thresholdExceeded);
        v("base_writes_failing", baseWritesFailing);
        v("grain_size", grainSize);
        v("map_file", mapFile);
        v("failed_by_mirror_role", failedByMirrorRole);
    }
    friend bool operator==(const FlashCopy&, const FlashCopy&) = default;
};

/** A DS4000 VolumeCopy pair: a full copy of a source logical drive onto a target in the same subsystem (§1.8). */
struct VolumeCopy
{
    ObjectId id = 0;
    ObjectId subsystemId = 0;
    ObjectId sourceId = 0;
    ObjectId targetId = 0;
    VolumeCopyStatus status = VolumeCopyStatus::Pending;
    QString statusReason;
    CopyPriority priority = CopyPriority::Medium;
    bool targetReadOnly = true;
    QDateTime started;             /**< when the copy (or Re-Copy) was requested */
    QDateTime completed;           /**< when it completed (Completed only) */
    qint64 queueOrder = 0;         /**< Pending copies start in this order */
    QString mapFile;               /**< copy map of the running copy, relative to volumes/ */
    qint64 copiedBasisPoints = -1; /**< progress reached when the copy stopped or failed, in 1/100 %; -1 unknown */

    template <typename V>
    void visitFields(V&& v)
    {
        v("id", id);
        v("subsystem_id", subsystemId);
        v("source_id", sourceId);
        v("target_id", targetId);
        v("status", status);
        v("status_reason", statusReason);
        v("priority", priority);
        v("target_read_only", targetReadOnly);
        v("started", started);
        v("completed", completed);
        v("queue_order", queueOrder);
        v("map_file", mapFile);
        v("copied_basis_points", copiedBasisPoints);
    }
    friend bool operator==(const VolumeCopy&, const VolumeCopy&) = default;

    /** Pending, In Progress or Failed: the source is read-only and the target inaccessible (§3.3). */
    bool isActive() const
    {
        return status == VolumeCopyStatus::Pending || status == VolumeCopyStatus::InProgress
            || status == VolumeCopyStatus::Failed;
    }
};

/**
 * One side of a DS4000 mirrored pair (spec §1.9): the record a subsystem keeps for its logical drive in the pair,
 * keyed by that drive (a standard drive is in one pair at most). Each side keeps its own record, so a removal
 * during a link failure can leave one side still listing the pair, and a forced role change can leave both
 * sides primary, as on the real subsystems. The primary's record drives the data path.
 */
struct Mirror
{
    ObjectId id = 0; /**< the local logical drive */
    ObjectId subsystemId = 0;
    ObjectId pairId = 0; /**< shared by both sides' records of one relationship */
    ObjectId remoteSubsystemId = 0;
    ObjectId remoteDriveId = 0;
    MirrorRole role = MirrorRole::Primary;
    MirrorStatus status = MirrorStatus::Synchronizing;
    QString statusReason;
    MirrorWriteMode writeMode = MirrorWriteMode::Synchronous;
    bool writeConsistency = false; /**< "Add to write consistency group" (asynchronous only) */
    CopyPriority syncPriority = CopyPriority::Medium;
    bool autoResync = false;     /**< resynchronization method Automatic; Manual is the default ("recommended") */
    bool fullSyncNeeded = false; /**< the next synchronization copies everything (conflict C7 cases) */
    /** The secondary holds a mix of old and new data: a resynchronization after an interruption is running. */
    bool secondaryInconsistent = false;
    bool synchronizedAtSplit = false; /**< the pair was Synchronized when the roles split (dual-role recovery) */
    QDateTime created;
    QDateTime lastSynchronized; /**< when the secondary last equalled the primary (recovery point) */
    qint64 grainSize = 64 * 1024;
    QString mapFile; /**< the out-of-sync map of this side, relative to volumes/ */

    template <typename V>
    void visitFields(V&& v)
    {
        v("id", id);
        v("subsystem_id", subsystemId);
        v("pair_id", pairId);
        v("remote_subsystem_id", remoteSubsystemId);
        v("remote_drive_id", remoteDriveId);
        v("role", role);
        v("status", status);
        v("status_reason", statusReason);
        v("write_mode", writeMode);
        v("write_consistency", writeConsistency);
        v("sync_priority", syncPriority);
        v("auto_resync", autoResync);
        v("full_sync_needed", fullSyncNeeded);
        v("secondary_inconsistent", secondaryInconsistent);
        v("synchronized_at_split", synchronizedAtSplit);
        v("created", created);
        v("last_synchronized", lastSynchronized);
        v("grain_size", grainSize);
        v("map_file", mapFile);
    }
    friend bool operator==(const Mirror&, const Mirror&) = default;

    /** Global Mirroring: asynchronous with write consistency. */
    bool inConsistencyGroup() const { return writeMode == MirrorWriteMode::Asynchronous && writeConsistency; }
};

/**
 * [SIM] The Fibre Channel link between the mirror ports of two subsystems: controller A talks only to controller
 * A, B only to B (spec §1.9), each path up, down or flapping. Bandwidth and round trip are those of the whole
 * link; the simulation menu and the CLI change them at run time to inject faults.
 */
struct MirrorLink
{
    ObjectId id = 0;
    ObjectId subsystemA = 0; /**< the lower subsystem id */
    ObjectId subsystemB = 0;
    LinkPathState pathA = LinkPathState::Up;
    LinkPathState pathB = LinkPathState::Up;
    qint64 bandwidth = 200'000'000;    /**< bytes/s (a 2 Gbit/s Fibre Channel link); 0 = unlimited */
    qint64 roundTripMicros = 1000;     /**< the round trip a remote write waits for */
    qint64 maxRoundTripMicros = 10000; /**< "Maximum allowed round trip time" of the Communication Test */
    qint64 flapPeriodMillis = 2000;    /**< how long a flapping path stays up, then down */
    LinkTransport transport = LinkTransport::InProcess; /**< issue 17: TCP to a replication server */

    template <typename V>
    void visitFields(V&& v)
    {
        v("id", id);
        v("subsystem_a", subsystemA);
        v("subsystem_b", subsystemB);
        v("path_a", pathA);
        v("path_b", pathB);
        v("bandwidth", bandwidth);
        v("round_trip_micros", roundTripMicros);
        v("max_round_trip_micros", maxRoundTripMicros);
        v("flap_period_millis", flapPeriodMillis);
        v("transport", transport);
    }
    friend bool operator==(const MirrorLink&, const MirrorLink&) = default;

    /**
     * A link whose copies travel on path A alone (the NEC Replication Director link) is usable when that path is up;
     * a flapping path counts as down. The engine's rules and the console's "path state" both read this.
     */
    bool singlePathUp() const { return pathA == LinkPathState::Up; }

    bool connects(ObjectId a, ObjectId b) const
    {
        return (subsystemA == a && subsystemB == b) || (subsystemA == b && subsystemB == a);
    }
};

/**
 * A copy relationship between two volumes as a family other than DS4000 keeps it (ESS FlashCopy and PPRC pairs, and
 * the pairs of the families after it). The core keeps ids, the grain map and timestamps; the family names the kind
 * and the state in its seed's words ("flashcopy", "Duplex Pending") and keeps its options as words in a list.
 */
struct Relationship
{
    ObjectId id = 0;
    ObjectId subsystemId = 0; /**< the source's subsystem */
    QString kind;             /**< the family's word: "flashcopy", "pprc" */
    ObjectId sourceId = 0;
    ObjectId targetId = 0;
    QString state;       /**< the family's state name, e.g. "copying", "Duplex Pending" */
    QString stateReason; /**< why the state is what it is (a failure, a suspension), empty otherwise */
    QString options;     /**< the family's options, space-separated words: "nocopy accelerateDestage" */
    qint64 grainSize = 0;
    QDateTime established; /**< the point in time (FlashCopy) or the establish (pairs) */
    QString mapFile;       /**< the grain map, relative to volumes/ */

    template <typename V>
    void visitFields(V&& v)
    {
        v("id", id);
        v("subsystem_id", subsystemId);
        v("kind", kind);
        v("source_id", sourceId);
        v("target_id", targetId);
        v("state", state);
        v("state_reason", stateReason);
        v("options", options);
        v("grain_size", grainSize);
        v("established", established);
        v("map_file", mapFile);
    }
    friend bool operator==(const Relationship&, const Relationship&) = default;

    bool hasOption(const QString& word) const { return options.split(QLatin1Char(' ')).contains(word); }
    bool involves(ObjectId volumeId) const { return sourceId == volumeId || targetId == volumeId; }
};

/**
 * A connection between two storage objects that copies travel on, for the families after DS4000: a physical link
 * between two machines (kind "escon": the refs are subsystems, the ports the adapters) or a logical path defined
 * over such links (kind "pprcPath": the refs are LSSs, i.e. arrays).
 */
struct CopyPath
{
    ObjectId id = 0;
    ObjectId subsystemId = 0; /**< the origin's subsystem */
    QString kind;
    ObjectId sourceRef = 0;
    ObjectId targetRef = 0;
    QString sourcePort; /**< e.g. the origin adapter's SAID "0005" */
    QString targetPort;
    QString state; /**< the family's word: "online", "established", "failed" */

    template <typename V>
    void visitFields(V&& v)
    {
        v("id", id);
        v("subsystem_id", subsystemId);
        v("kind", kind);
        v("source_ref", sourceRef);
        v("target_ref", targetRef);
        v("source_port", sourcePort);
        v("target_port", targetPort);
        v("state", state);
    }
    friend bool operator==(const CopyPath&, const CopyPath&) = default;
};

/**
 * A saved copy-services action to run later by name (ESS tasks): one engine command with its arguments, or a group
 * (empty command) whose members name it in groupId. The last run's outcome stays with the task.
 */
struct SavedTask
{
    ObjectId id = 0;
    QString family;
    QString name;
    QString description;
    QString command;   /**< the engine command; empty for a group */
    QString arguments; /**< the command's arguments, a JSON object */
    ObjectId groupId = 0;
    QString lastStatus; /**< "", "running", "successful", "failed" */
    QString lastReason;
    QDateTime lastRun;

    template <typename V>
    void visitFields(V&& v)
    {
        v("id", id);
        v("family", family);
        v("name", name);
        v("description", description);
        v("command", command);
        v("arguments", arguments);
        v("group_id", groupId);
        v("last_status", lastStatus);
        v("last_reason", lastReason);
        v("last_run", lastRun);
    }
    friend bool operator==(const SavedTask&, const SavedTask&) = default;

    bool isGroup() const { return command.isEmpty(); }
};

/** A user of a family's command-line or management interface (ESS CLI users), with a salted password hash. */
struct User
{
    ObjectId id = 0;
    QString scope; /**< whose user: "ess" */
    QString name;
    QString salt;
    QString passwordHash; /**< hex SHA-256 of salt + password, or "pbkdf2-sha256$<iterations>$<hex>" */
    QString role;
    QString sessions; /**< the sessions an Operator manages, one per line; "*" for all (CSM, spec §1.15) */

    template <typename V>
    void visitFields(V&& v)
    {
        v("id", id);
        v("scope", scope);
        v("name", name);
        v("salt", salt);
        v("password_hash", passwordHash);
        v("role", role);
        v("sessions", sessions);
    }
    friend bool operator==(const User&, const User&) = default;
};

/**
 * A Copy Services Manager session (seed 003, spec §1.6): a type, a location per site, a state in the manager's words
 * ("Defined", "Preparing", "Prepared", "Suspended", "Target Available") and options as space-separated words
 * ("incremental=yes production=1 direction=h1h2"). Its relationships live in the families it drives.
 */
struct CsmSession
{
    ObjectId id = 0;
    QString name;
    QString type; /**< the exact type name of Table 1-1, e.g. "Metro Mirror Failover/Failback" */
    QString description;
    QString locations; /**< the site locations, one per line (site 1 first) */
    QString state;
    QString options;
    QDateTime stateChanged;
    QDateTime timestamp; /**< the last point in time (Flash) or consistency (Suspend, Recover) */

    template <typename V>
    void visitFields(V&& v)
    {
        v("id", id);
        v("name", name);
        v("type", type);
        v("description", description);
        v("locations", locations);
        v("state", state);
        v("options", options);
        v("state_changed", stateChanged);
        v("timestamp", timestamp);
    }
    friend bool operator==(const CsmSession&, const CsmSession&) = default;
};

/** A copy set of a CSM session (spec §1.8): the volume of each role, keyed by its H1 volume. */
struct CsmCopySet
{
    ObjectId id = 0;
    ObjectId sessionId = 0;
    ObjectId h1Id = 0;
    QString volumes;     /**< "H1=12 H2=40 J2=41": the logical drive id of every role */
    bool active = false; /**< started with the session (a copy set added later waits for the next Start) */

    template <typename V>
    void visitFields(V&& v)
    {
        v("id", id);
        v("session_id", sessionId);
        v("h1_id", h1Id);
        v("volumes", volumes);
        v("active", active);
    }
    friend bool operator==(const CsmCopySet&, const CsmCopySet&) = default;
};

/** Granule of logical drive capacity: capacities are whole multiples of it (one grain, 64 KiB). */
inline constexpr qint64 kCapacityGranule = 64 * 1024;
/** Longest allowed user label (DS4000 wizard rule, spec §1.5). */
inline constexpr int kMaxNameLength = 30;
/** Highest LUN in a storage partition (256 logical drives per partition, spec §1.10). */
inline constexpr int kMaxLun = 255;

/**
 * All storage objects of a workspace. Value semantics; maps are keyed by ObjectId, which is unique across all
 * entity kinds of a workspace (so a view can use it as a node key).
 */
class Configuration
{
public:
    QMap<ObjectId, Subsystem> subsystems;
    QMap<ObjectId, Controller> controllers;
    QMap<ObjectId, Drive> drives;
    QMap<ObjectId, Array> arrays;
    QMap<ObjectId, LogicalDrive> logicalDrives;
    QMap<ObjectId, HostGroup> hostGroups;
    QMap<ObjectId, Host> hosts;
    QMap<ObjectId, HostPort> hostPorts;
    QMap<ObjectId, LunMapping> mappings;
    QMap<ObjectId, FlashCopy> flashCopies;
    QMap<ObjectId, VolumeCopy> volumeCopies;
    QMap<ObjectId, Mirror> mirrors; /**< keyed by the local logical drive */
    QMap<ObjectId, MirrorLink> mirrorLinks;
    QMap<ObjectId, Relationship> relationships;
    QMap<ObjectId, CopyPath> copyPaths;
    QMap<ObjectId, SavedTask> tasks;
    QMap<ObjectId, User> users;
    QMap<ObjectId, CsmSession> csmSessions;
    QMap<ObjectId, CsmCopySet> csmCopySets;
    ObjectId nextId = 1;

    ObjectId allocateId() { return nextId++; }

    // Lookups by name within one subsystem (exact, case-sensitive as DS4000 user labels are).
    const Subsystem* subsystemByName(const QString& name) const;
    const LogicalDrive* logicalDriveByName(ObjectId subsystemId, const QString& name) const;
    /**
     * A logical drive's name as every site's commands take it: its name, or NAME@SITE for a drive of a subsystem
     * another engine serves (a proxy, engines per site): "dev002@siteB", "202FCA31@siteB".
     */
    QString siteQualifiedName(ObjectId driveId) const;
    const Array* arrayByNumber(ObjectId subsystemId, int number) const;
    const Drive* driveAt(ObjectId subsystemId, int enclosure, int slot) const;
    const Host* hostByName(ObjectId subsystemId, const QString& name) const;
    const HostGroup* hostGroupByName(ObjectId subsystemId, const QString& name) const;
    const HostPort* hostPortByIdentifierOrLabel(ObjectId subsystemId, const QString& text) const;
    const LunMapping* mappingOf(ObjectId logicalDriveId) const;

    // Relations, ordered for display.
    QList<Controller> controllersOf(ObjectId subsystemId) const;
    QList<Drive> drivesOf(ObjectId subsystemId) const;               /**< by enclosure, slot */
    QList<Drive> drivesOfArray(ObjectId arrayId) const;              /**< by array position */
    QList<Array> arraysOf(ObjectId subsystemId) const;               /**< by number */
    QList<LogicalDrive> logicalDrivesOf(ObjectId subsystemId) const; /**< by name */
    /** The logical drives of @p subsystemId that @p keep accepts, by name: filtered before they are sorted. */
    QList<LogicalDrive> logicalDrivesOf(
        ObjectId subsystemId, const std::function<bool(const LogicalDrive&)>& keep) const;
    /** How many logical drives @p subsystemId has (no list is made). */
    qsizetype logicalDriveCountOf(ObjectId subsystemId) const;
    QList<LogicalDrive> logicalDrivesOfArray(ObjectId arrayId) const;
    QList<HostGroup> hostGroupsOf(ObjectId subsystemId) const;
    QList<Host> hostsOf(ObjectId subsystemId) const;
    QList<Host> hostsOfGroup(ObjectId subsystemId, ObjectId hostGroupId) const;
    QList<HostPort> hostPortsOf(ObjectId hostId) const;
    QList<LunMapping> mappingsOf(ObjectId subsystemId) const; /**< by target, then LUN */
    QList<LunMapping> mappingsToTarget(ObjectId subsystemId, ObjectId targetId) const;
    /** The FlashCopies of a base, by sequence number. */
    QList<FlashCopy> flashCopiesOf(ObjectId baseId) const;
    /** The FlashCopy a FlashCopy logical drive or a repository belongs to, if any. */
    const FlashCopy* flashCopyOf(ObjectId logicalDriveId) const;
    /** The VolumeCopy pairs a logical drive takes part in, as source or target. */
    QList<VolumeCopy> volumeCopiesOf(ObjectId logicalDriveId) const;
    /** The pair whose target @p logicalDriveId is (a drive is the target of one pair at most). */
    const VolumeCopy* volumeCopyTargeting(ObjectId logicalDriveId) const;

    /** The mirror record of a logical drive (its side of a pair), if any. */
    const Mirror* mirrorOf(ObjectId logicalDriveId) const;
    /** The records of one subsystem, by local drive name. */
    QList<Mirror> mirrorsOf(ObjectId subsystemId) const;
    /** The partner's record of a pair as the partner keeps it, if it still does. */
    const Mirror* partnerOf(const Mirror& mirror) const;
    /** The link between two subsystems, if they are cabled. */
    const MirrorLink* linkBetween(ObjectId a, ObjectId b) const;
    /** The mirror repository logical drives of a subsystem (CTL A first). */
    QList<LogicalDrive> mirrorRepositoriesOf(ObjectId subsystemId) const;

    /** The relationships of @p kind a volume takes part in, as source or target, by id. */
    QList<Relationship> relationshipsOf(ObjectId volumeId, const QString& kind) const;

    /** "Default Host Group", "Host Group X" or "Host X": how a mapping target is named in messages. */
    QString describeMappingTarget(ObjectId targetId) const;

    /** Removes a subsystem and everything that belongs to it. */
    void removeSubsystem(ObjectId subsystemId);

    friend bool operator==(const Configuration&, const Configuration&) = default;
};

} // namespace Copyline
