// SPDX-License-Identifier: GPL-3.0-or-later
// THE table of what each command needs over the network. The rule (docs/management.md):
//   Monitor        shows, lists, queries, reads checksums and the event log: nothing changes.
//   Operator       starts, stops, suspends, resumes, resynchronizes, reverses, establishes and ends copy and mirror
//                  relationships between logical drives that exist, runs saved tasks and session commands, and the
//                  tests of a link or a pair. It creates, deletes and configures nothing else.
//   Administrator  everything: subsystems, arrays, logical drives, hosts, mappings, premium features, links, paths,
//                  settings, sessions, tasks, manager users, host I/O and its workloads, data writes, fault
//                  injection, stopping the engine.
//   OwnerOnly      the management users themselves: only the engine's owner, on the local control socket.
// A command missing here is refused over the network to everyone (tst_management fails first).
#include "accesscontrol.h"

#include <QHash>

#include <array>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace Copyline::Access
{

namespace
{

using R = Requirement;

// clang-format off
constexpr std::array kTable {
    // Management protocol messages (server/protocol.h) beside the commands.
    std::pair {"shutdown", R::Administrator},
    std::pair {"users", R::OwnerOnly},
    std::pair {"sites", R::OwnerOnly},
    // "tls" shows the certificate's fingerprint and the listener; its "listen" action is the owner's only (checked
    // in ManagementServer::handleTls).
    std::pair {"tls", R::Monitor},

    // Family-neutral simulator commands (service/iocommands.cpp, service/hostiocommands.cpp).
    std::pair {"getEvents", R::Monitor},
    std::pair {"checksumLogicalDrive", R::Monitor},
    std::pair {"writeLogicalDrive", R::Administrator},
    std::pair {"showHostIoServer", R::Monitor},
    std::pair {"showHostWorkloads", R::Monitor},
    std::pair {"setHostIoServer", R::Administrator},
    std::pair {"startHostWorkload", R::Administrator},
    std::pair {"pauseHostWorkload", R::Administrator},
    std::pair {"resumeHostWorkload", R::Administrator},
    std::pair {"stopHostWorkload", R::Administrator},
    // Engines per site (service/sitecommands.cpp): the owner registers peers, as with the "sites" message.
    std::pair {"showRemoteEngines", R::Monitor},
    std::pair {"addRemoteEngine", R::OwnerOnly},
    std::pair {"removeRemoteEngine", R::OwnerOnly},
    std::pair {"refreshRemoteEngine", R::OwnerOnly},

    // DS4000: storage, hosts, features.
    std::pair {"listSubsystems", R::Monitor},
    std::pair {"showStorageSubsystem", R::Monitor},
    std::pair {"showAllLogicalDrives", R::Monitor},
    std::pair {"showLogicalDrive", R::Monitor},
    std::pair {"showLogicalDriveActionProgress", R::Monitor},
    std::pair {"showAllArrays", R::Monitor},
    std::pair {"showArray", R::Monitor},
    std::pair {"showAllDrives", R::Monitor},
    std::pair {"showDrive", R::Monitor},
    std::pair {"showHostTopology", R::Monitor},
    std::pair {"showLunMappings", R::Monitor},
    std::pair {"showReservations", R::Monitor},
    std::pair {"showFeatures", R::Monitor},
    std::pair {"createStorageSubsystem", R::Administrator},
    std::pair {"setStorageSubsystem", R::Administrator},
    std::pair {"createArray", R::Administrator},
    std::pair {"deleteArray", R::Administrator},
    std::pair {"setDrive", R::Administrator},
    std::pair {"createLogicalDrive", R::Administrator},
    std::pair {"setLogicalDrive", R::Administrator},
    std::pair {"deleteLogicalDrive", R::Administrator},
    std::pair {"downloadFirmware", R::Administrator},
    std::pair {"createHostGroup", R::Administrator},
    std::pair {"createHost", R::Administrator},
    std::pair {"createHostPort", R::Administrator},
    std::pair {"setHost", R::Administrator},
    std::pair {"setHostGroup", R::Administrator},
    std::pair {"deleteHost", R::Administrator},
    std::pair {"deleteHostGroup", R::Administrator},
    std::pair {"deleteHostPort", R::Administrator},
    std::pair {"removeLunMapping", R::Administrator},
    std::pair {"reserveLogicalDrive", R::Administrator},
    std::pair {"clearReservations", R::Administrator},
    std::pair {"enableFeature", R::Administrator},
    std::pair {"disableFeature", R::Administrator},
    std::pair {"saveFeatureKey", R::Administrator},
    std::pair {"injectFault", R::Administrator},

    // DS4000: FlashCopy (a FlashCopy logical drive and its repository are new objects), VolumeCopy, Remote Mirror.
    std::pair {"createFlashCopy", R::Administrator},
    std::pair {"disableFlashCopy", R::Operator},
    std::pair {"recreateFlashCopy", R::Operator},
    std::pair {"showVolumeCopy", R::Monitor},
    std::pair {"showVolumeCopySourceCandidates", R::Monitor},
    std::pair {"showVolumeCopyTargetCandidates", R::Monitor},
    std::pair {"createVolumeCopy", R::Operator},
    std::pair {"recopyVolumeCopy", R::Operator},
    std::pair {"stopVolumeCopy", R::Operator},
    std::pair {"removeVolumeCopy", R::Operator},
    std::pair {"setVolumeCopy", R::Operator},
    std::pair {"checkVolumeCopy", R::Operator},
    std::pair {"showRemoteMirrors", R::Monitor},
    std::pair {"showRemoteMirrorCandidates", R::Monitor},
    std::pair {"showRemoteMirrorLinks", R::Monitor},
    std::pair {"activateRemoteMirror", R::Administrator},
    std::pair {"deactivateRemoteMirror", R::Administrator},
    std::pair {"setRemoteMirrorLink", R::Administrator},
    std::pair {"diagnoseRemoteMirror", R::Operator},
    std::pair {"checkRemoteMirror", R::Operator},
    std::pair {"createRemoteMirror", R::Operator},
    std::pair {"setRemoteMirror", R::Operator},
    std::pair {"suspendRemoteMirror", R::Operator},
    std::pair {"resumeRemoteMirror", R::Operator},
    std::pair {"removeRemoteMirror", R::Operator},

    // ESS Copy Services.
    std::pair {"essCopyServicesStatus", R::Monitor},
    std::pair {"essCheckUser", R::Monitor},
    std::pair {"essListHostDisks", R::Monitor},
    std::pair {"essShowLog", R::Monitor},
    std::pair {"essQueryVolume", R::Monitor},
    std::pair {"essQueryTask", R::Monitor},
    std::pair {"essShowTasks", R::Monitor},
    std::pair {"essSetCopyServicesServers", R::Administrator},
    std::pair {"essResetCopyServices", R::Administrator},
    std::pair {"essSetPasswordProtection", R::Administrator},
    std::pair {"essAuthorizeUser", R::Administrator},
    std::pair {"essRemoveUser", R::Administrator},
    std::pair {"essPrimeHost", R::Administrator},
    std::pair {"essUnprimeHost", R::Administrator},
    std::pair {"essClearLog", R::Administrator},
    std::pair {"essCreateStorageServer", R::Administrator},
    std::pair {"essCreateVolumes", R::Administrator},
    std::pair {"essConnectEscon", R::Administrator},
    std::pair {"essSetEscon", R::Administrator},
    std::pair {"essSetLink", R::Administrator},
    std::pair {"essEstablishPaths", R::Administrator},
    std::pair {"essRemovePaths", R::Administrator},
    std::pair {"essSetLss", R::Administrator},
    std::pair {"essAttachVolume", R::Administrator},
    std::pair {"essMountVolume", R::Administrator},
    std::pair {"essSaveTask", R::Administrator},
    std::pair {"essRemoveTask", R::Administrator},
    std::pair {"essGroupTasks", R::Administrator},
    std::pair {"essUngroupTasks", R::Administrator},
    std::pair {"essRunTasks", R::Operator},
    std::pair {"essEstablishFlashCopy", R::Operator},
    std::pair {"essWithdrawFlashCopy", R::Operator},
    std::pair {"essEstablishPprc", R::Operator},
    std::pair {"essSuspendPprc", R::Operator},
    std::pair {"essTerminatePprc", R::Operator},
    std::pair {"essFreeze", R::Operator},
    std::pair {"essThaw", R::Operator},

    // NEC iSM data replication.
    std::pair {"necListLds", R::Monitor},
    std::pair {"necQueryPair", R::Monitor},
    std::pair {"necListPairs", R::Monitor},
    std::pair {"necServer", R::Monitor},
    std::pair {"necListServers", R::Monitor},
    std::pair {"necChecksum", R::Monitor},
    std::pair {"necCreateDiskArray", R::Administrator},
    std::pair {"necSetDiskArray", R::Administrator},
    std::pair {"necCreateRank", R::Administrator},
    std::pair {"necCreateLd", R::Administrator},
    std::pair {"necCreateServer", R::Administrator},
    std::pair {"necAttachDisk", R::Administrator},
    std::pair {"necSetServerOption", R::Administrator},
    std::pair {"necCreateVolumeList", R::Administrator},
    std::pair {"necDefineControlVolume", R::Administrator},
    std::pair {"necSetInUse", R::Administrator},
    std::pair {"necWrite", R::Administrator},
    std::pair {"necSignature", R::Administrator},
    std::pair {"necListLinks", R::Monitor},
    std::pair {"necConnectDiskArrays", R::Administrator},
    std::pair {"necDisconnectDiskArrays", R::Administrator},
    std::pair {"necSetLink", R::Administrator},
    std::pair {"necSetPair", R::Operator},
    std::pair {"necUnpair", R::Operator},
    std::pair {"necReplicate", R::Operator},
    std::pair {"necSeparate", R::Operator},
    std::pair {"necRestore", R::Operator},
    std::pair {"necSetRvAccess", R::Operator},
    // The host-side steps of the replication procedure (iSMrc_umount before a separate, flush, scan).
    std::pair {"necMount", R::Operator},
    std::pair {"necUmount", R::Operator},
    std::pair {"necFlush", R::Operator},
    std::pair {"necScan", R::Operator},

    // The in-controller copy family (seed 004).
    std::pair {"hdsPairDisplay", R::Monitor},
    std::pair {"hdsCounters", R::Monitor},
    std::pair {"hdsListVolumes", R::Monitor},
    std::pair {"hdsListControllers", R::Monitor},
    std::pair {"hdsCreateController", R::Administrator},
    std::pair {"hdsSetController", R::Administrator},
    std::pair {"hdsCreateVolume", R::Administrator},
    std::pair {"hdsSetAttribute", R::Administrator},
    std::pair {"hdsPairCreate", R::Operator},
    std::pair {"hdsPairSplit", R::Operator},
    std::pair {"hdsPairResync", R::Operator},
    std::pair {"hdsPairDelete", R::Operator},
    std::pair {"hdsPairSuspend", R::Operator},
    std::pair {"hdsPairVerify", R::Operator},

    // Copy Services Manager (its own sign-in and roles apply on top: families/csm/auth.cpp).
    std::pair {"csmUserStatus", R::Monitor},
    std::pair {"csmLogin", R::Monitor},
    std::pair {"csmLogout", R::Monitor},
    std::pair {"csmWhoAmI", R::Monitor},
    std::pair {"csmListUsers", R::Monitor},
    std::pair {"csmListDevices", R::Monitor},
    std::pair {"csmListVolumes", R::Monitor},
    std::pair {"csmMatchCopySets", R::Monitor},
    std::pair {"csmListCopySets", R::Monitor},
    std::pair {"csmExportCsv", R::Monitor},
    std::pair {"csmListSessions", R::Monitor},
    std::pair {"csmShowSession", R::Monitor},
    std::pair {"csmSessionActions", R::Monitor},
    std::pair {"csmListSessionTypes", R::Monitor},
    std::pair {"csmListRolePairs", R::Monitor},
    std::pair {"csmListPairs", R::Monitor},
    std::pair {"csmListMessages", R::Monitor},
    std::pair {"csmRunSessionCommand", R::Operator},
    std::pair {"csmBackup", R::Operator},
    std::pair {"csmSetup", R::Administrator},
    std::pair {"csmCreateUser", R::Administrator},
    std::pair {"csmChangeUser", R::Administrator},
    std::pair {"csmRemoveUser", R::Administrator},
    std::pair {"csmAddDevice", R::Administrator},
    std::pair {"csmRemoveDevice", R::Administrator},
    std::pair {"csmSetLocation", R::Administrator},
    std::pair {"csmAddCopySets", R::Administrator},
    std::pair {"csmRemoveCopySets", R::Administrator},
    std::pair {"csmImportCsv", R::Administrator},
    std::pair {"csmCreateSession", R::Administrator},
    std::pair {"csmRemoveSession", R::Administrator},
    std::pair {"csmChangeSession", R::Administrator},
    std::pair {"csmListHaServers", R::Monitor},
    std::pair {"csmSetStandby", R::Administrator},
    std::pair {"csmSetServerAsStandby", R::Administrator},
    std::pair {"csmTakeover", R::Administrator},
    std::pair {"csmRemoveStandby", R::Administrator},
    std::pair {"csmRemoveActive", R::Administrator},
    std::pair {"csmReconnect", R::Administrator},
};
// clang-format on

const QHash<QString, Requirement>& table()
{
    static const QHash<QString, Requirement> byName = []() {
        QHash<QString, Requirement> h;
        for (const auto& [name, requirement] : kTable) {
            Q_ASSERT_X(!h.contains(QLatin1String(name)), "Access::table", name);
            h.insert(QString::fromLatin1(name), requirement);
        }
        return h;
    }();
    return byName;
}

} // namespace

QString roleName(Role role)
{
    switch (role) {
    case Role::Monitor:
        return u"Monitor"_s;
    case Role::Operator:
        return u"Operator"_s;
    case Role::Administrator:
        return u"Administrator"_s;
    }
    return {};
}

std::optional<Role> roleNamed(const QString& text)
{
    for (const Role role : {Role::Monitor, Role::Operator, Role::Administrator}) {
        if (roleName(role).compare(text.trimmed(), Qt::CaseInsensitive) == 0) {
            return role;
        }
    }
    return std::nullopt;
}

std::optional<Requirement> requirementOf(const QString& name)
{
    const auto it = table().constFind(name);
    if (it == table().cend()) {
        return std::nullopt;
    }
    return *it;
}

QStringList classifiedNames()
{
    return table().keys();
}

bool allows(Role role, Requirement requirement)
{
    switch (requirement) {
    case Requirement::Monitor:
        return true;
    case Requirement::Operator:
        return role >= Role::Operator;
    case Requirement::Administrator:
        return role == Role::Administrator;
    case Requirement::OwnerOnly:
        return false;
    }
    return false;
}

QString shortfall(Requirement requirement)
{
    switch (requirement) {
    case Requirement::Monitor:
        return {};
    case Requirement::Operator:
        return u"it needs the Operator or Administrator role"_s;
    case Requirement::Administrator:
        return u"it needs the Administrator role"_s;
    case Requirement::OwnerOnly:
        return u"only the engine's owner may, on the engine's computer"_s;
    }
    return {};
}

} // namespace Copyline::Access
