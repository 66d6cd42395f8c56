// SPDX-License-Identifier: GPL-3.0-or-later
// Major Event Log entries. Critical events carry the seeds' names and numbers (Event 6600 "VolumeCopy Operation
// Failed"); informational events record every user operation ([SIM], spec §7.3).
#pragma once

#include "api/model.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Copyline
{

enum class EventSeverity
{
    Informational,
    Warning,
    Critical,
};

template <>
struct EnumTable<EventSeverity>
{
    static constexpr EnumNames<EventSeverity, 3> names {{{{EventSeverity::Informational, "informational"},
        {EventSeverity::Warning, "warning"}, {EventSeverity::Critical, "critical"}}}};
};

/** Event types, printed in hex as the MEL prints them. 6600 is the DS4000's own; the 1xxx ones are Copyline's [SIM]. */
namespace EventCode
{
inline constexpr int SubsystemCreated = 0x1000;
inline constexpr int SubsystemRenamed = 0x1001;
inline constexpr int WorkspaceOpened = 0x1002;
inline constexpr int WorkspacePermissionsTightened = 0x1003;
// Management over TLS (issue 17), logged on no subsystem (id 0), component "Management".
inline constexpr int ManagementSignIn = 0x1010;         // a user signed in over TLS (user, role, address)
inline constexpr int ManagementSignInFailed = 0x1011;   // a wrong user name or password (user, address, delay)
inline constexpr int ManagementUsersChanged = 0x1012;   // the owner added or removed a user or changed a role
inline constexpr int ManagementCommandRefused = 0x1013; // a signed-in user's role does not allow a command
inline constexpr int ManagementListening = 0x1014;      // the TLS listener started (address, fingerprint)
inline constexpr int PeerChanged = 0x1015; // engines per site: a remote engine registered or removed (name, address)
inline constexpr int ArrayCreated = 0x1100;
inline constexpr int ArrayDeleted = 0x1101;
inline constexpr int HotSpareAssigned = 0x1110;
inline constexpr int HotSpareUnassigned = 0x1111;
inline constexpr int LogicalDriveCreated = 0x1200;
inline constexpr int LogicalDriveDeleted = 0x1201;
inline constexpr int LogicalDriveRenamed = 0x1202;
inline constexpr int LogicalDriveCapacityIncreased = 0x1203;
inline constexpr int LogicalDriveOwnershipChanged = 0x1204;
inline constexpr int LogicalDriveMissing = 0x1205;
inline constexpr int LogicalDriveFailed = 0x1206; // its volume file was truncated or replaced outside Copyline
inline constexpr int LogicalDriveModificationStarted = 0x1207; // "Operation in Progress"
inline constexpr int LogicalDriveModificationFailed = 0x1208;
inline constexpr int FirmwareDownloaded = 0x1005; // controller firmware level changed
inline constexpr int UncleanShutdown = 0x1004;    // the engine that held the workspace stopped without closing it
inline constexpr int HostGroupDefined = 0x1300;
inline constexpr int HostDefined = 0x1301;
inline constexpr int HostPortDefined = 0x1302;
inline constexpr int HostTopologyRemoved = 0x1303;
inline constexpr int HostTopologyChanged = 0x1304;
inline constexpr int MappingDefined = 0x1310;
inline constexpr int MappingRemoved = 0x1311;
inline constexpr int ReservationChanged = 0x1320;  // a host reserved a logical drive (simulated host)
inline constexpr int ReservationsCleared = 0x1321; // "Clear Registrations/Reservations"
inline constexpr int FeatureEnabled = 0x1400;
inline constexpr int FeatureDisabled = 0x1401;
inline constexpr int FeatureOutOfCompliance = 0x1402; // "Premium feature out of compliance"
inline constexpr int FlashCopyCreated = 0x2000;
inline constexpr int FlashCopyDisabled = 0x2001;
inline constexpr int FlashCopyRecreated = 0x2002;
inline constexpr int FlashCopyDeleted = 0x2003;
inline constexpr int FlashCopyThresholdExceeded = 0x2004;
inline constexpr int FlashCopyFailed = 0x2005;
inline constexpr int FlashCopyRepositoryFull = 0x2006;
inline constexpr int FlashCopyRepositoryIncreased = 0x2007;
inline constexpr int FlashCopySettingsChanged = 0x2008;
inline constexpr int VolumeCopyCreated = 0x2100;
inline constexpr int VolumeCopyStarted = 0x2101;
inline constexpr int VolumeCopyCompleted = 0x2102;
inline constexpr int VolumeCopyStopped = 0x2103;
inline constexpr int VolumeCopyRemoved = 0x2104;
inline constexpr int VolumeCopyChanged = 0x2105;
inline constexpr int VolumeCopyVerified = 0x2106; // online verification of a completed copy ended (issue 19)
inline constexpr int RemoteMirrorActivated = 0x2200;
inline constexpr int RemoteMirrorDeactivated = 0x2201;
inline constexpr int MirrorCreated = 0x2210;
inline constexpr int MirrorSynchronized = 0x2211;
inline constexpr int MirrorSuspended = 0x2212;
inline constexpr int MirrorResumed = 0x2213;
inline constexpr int MirrorRemoved = 0x2214;
inline constexpr int MirrorRoleChanged = 0x2215;
inline constexpr int MirrorSettingsChanged = 0x2216;
inline constexpr int MirrorCommunicationRestored = 0x2217;
inline constexpr int MirrorLinkChanged = 0x2218;
inline constexpr int MirrorCommunicationTested = 0x2219;
inline constexpr int MirrorVerified = 0x221A;           // online verification ended (issue 19)
inline constexpr int MirrorReplicationRefused = 0x221B; // the replication listener refused or cut off a peer (issue 17)
// The critical Remote Mirror events of the DS4000 MEL (Table 19); the guide prints no numbers for them.
inline constexpr int MirrorUnsynchronized = 0x2280;     // "Mirrored pair becomes unsynchronized"
inline constexpr int MirrorDualRoleConflict = 0x2281;   // "Dual-role conflict detected"
inline constexpr int MirrorCommunicationError = 0x2282; // "Communication error with the secondary logical drive ..."
inline constexpr int FaultInjected = 0x2F00;
inline constexpr int HostIoRefused = 0x3000;
inline constexpr int HostIoServerChanged = 0x3001;
inline constexpr int WorkloadChanged = 0x3002;
inline constexpr int HostIoConnectionRefused = 0x3003; // the NBD server turned a client away or cut it off
inline constexpr int HostIoServerExposed = 0x3004;     // the NBD server listens beyond the loopback
inline constexpr int VolumeCopyFailed = 0x6600;
// ESS Copy Services (0x4000-0x4FFF): what its Copy Services log records (spec §1.12, §5.6).
inline constexpr int EssVolumesCreated = 0x4000;
inline constexpr int EssFlashCopyEstablished = 0x4010;
inline constexpr int EssFlashCopyCompleted = 0x4011; // the background copy finished: the relationship ended
inline constexpr int EssFlashCopyWithdrawn = 0x4012;
inline constexpr int EssFlashCopyFailed = 0x4013;
inline constexpr int EssLinkChanged = 0x4020; // an ESCON link connected, online or offline
inline constexpr int EssPathsEstablished = 0x4021;
inline constexpr int EssPathsRemoved = 0x4022;
inline constexpr int EssPathsFailed = 0x4023;     // the last link under the paths went offline
inline constexpr int EssLssChanged = 0x4024;      // LSS copy properties
inline constexpr int EssPprcEstablished = 0x4030; // Duplex Pending (or Duplex with Do not copy volume)
inline constexpr int EssPprcDuplex = 0x4031;      // full copy mode
inline constexpr int EssPprcSuspended = 0x4032;
inline constexpr int EssPprcTerminated = 0x4033;
inline constexpr int EssPprcWriteInhibited = 0x4034;
inline constexpr int EssConsistencyGroupFrozen = 0x4035;
inline constexpr int EssConsistencyGroupRun = 0x4036;
inline constexpr int EssTaskSaved = 0x4040;
inline constexpr int EssTaskRun = 0x4041; // a task (or group) ran: its status and the time it took
inline constexpr int EssTaskRemoved = 0x4042;
inline constexpr int EssCopyServicesReset = 0x4050;
inline constexpr int EssConfigurationChanged = 0x4051; // password protection, users, servers, host priming
// NEC iSM data replication (0x5000-0x5FFF).
inline constexpr int NecDiskArrayChanged = 0x5000; // disk array, RANKs, logical disks, licences
inline constexpr int NecPairSet = 0x5010;
inline constexpr int NecPairUnset = 0x5011;
inline constexpr int NecReplicateStarted = 0x5020;
inline constexpr int NecReplicateSynchronized = 0x5021; // rpl/exec -> rpl/sync
inline constexpr int NecSeparateStarted = 0x5022;
inline constexpr int NecSeparated = 0x5023;
inline constexpr int NecRestoreStarted = 0x5024;
inline constexpr int NecRestored = 0x5025; // iSM13224: MV is restored.
inline constexpr int NecCopyFault = 0x5026;
inline constexpr int NecRvAccessChanged = 0x5027;
inline constexpr int NecServerChanged = 0x5030; // servers, disks, volume list, control volume, signatures
inline constexpr int NecMountChanged = 0x5031;  // mount, umount, flush
inline constexpr int NecLinkChanged = 0x5040;   // a link between disk arrays: cabled, path state, removed
// The in-controller copy family of seed 004 (0x7000-0x7FFF). The Status & History area (Fig. 11D) lists them.
inline constexpr int HdsControllerChanged = 0x7000; // controller, volumes, reserve attribute, settings
inline constexpr int HdsPairCreated = 0x7010;       // 801 -> 802 (create pair 211)
inline constexpr int HdsPairDeleted = 0x7011;       // any -> 801 (delete pair 212)
inline constexpr int HdsCopyStarted = 0x7020;       // 802 -> 803 (copy command 213, "Split"): the point in time
inline constexpr int HdsCopyCompleted = 0x7021;     // 803 -> 804 (step 504)
inline constexpr int HdsResyncStarted = 0x7022;     // 804 -> 802 (re-synchronize 214) and its differential sweep
inline constexpr int HdsResyncCompleted = 0x7023;   // the sweep after a resync has copied every unequal track
inline constexpr int HdsCopyFailed = 0x7024;        // a track could not be copied or preserved
inline constexpr int HdsPairSuspended = 0x7025;     // extension: the copy loop stopped, maps kept
inline constexpr int HdsPairResumed = 0x7026;
inline constexpr int HdsPairVerified
    = 0x7027; // extension: a split pair's T-VOL compared with its S-VOL (online verify)
// Copy Services Manager (0x8000-0x8FFF): the console messages of seed 003, logged on no subsystem (id 0).
inline constexpr int CsmMessage = 0x8000;     // a session command's result, a copy set change (I/W/E in severity)
inline constexpr int CsmSignIn = 0x8001;      // a sign-in, a failed sign-in, a sign-out
inline constexpr int CsmUsers = 0x8002;       // users and roles changed
inline constexpr int CsmDevices = 0x8003;     // storage system connections and locations
inline constexpr int CsmStateChange = 0x8004; // a session's state or status changed by itself (event, copy done)
} // namespace EventCode

struct Event
{
    qint64 id = 0;
    ObjectId subsystemId = 0;
    QDateTime time;
    int code = 0;
    EventSeverity severity = EventSeverity::Informational;
    QString component;   /**< "Logical Drive Accounting", "Drive [1,3]", ... */
    QString description; /**< the event's name, e.g. "VolumeCopy Operation Failed" */
    QString details;
    bool needsAttention = false;

    template <typename V>
    void visitFields(V&& v)
    {
        v("id", id);
        v("subsystem_id", subsystemId);
        v("time", time);
        v("code", code);
        v("severity", severity);
        v("component", component);
        v("description", description);
        v("details", details);
        v("needs_attention", needsAttention);
    }
    friend bool operator==(const Event&, const Event&) = default;

    /** "6600" for 0x6600, as DS4000 event types are printed in hex. */
    QString codeText() const { return QString::number(code, 16).toUpper(); }
};

} // namespace Copyline
