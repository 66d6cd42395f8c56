// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessrules.h"

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

QString statusText(VolumeCopyStatus status)
{
    switch (status) {
    case VolumeCopyStatus::Pending:
        return u"pending"_s;
    case VolumeCopyStatus::InProgress:
        return u"in progress"_s;
    case VolumeCopyStatus::Completed:
        return u"completed"_s;
    case VolumeCopyStatus::Stopped:
        return u"stopped"_s;
    case VolumeCopyStatus::Failed:
        return u"failed"_s;
    }
    return {};
}

} // namespace

void denyRead(HostAccess& a, int error, const QString& why)
{
    if (a.read) {
        a.read = false;
        a.readError = error;
        a.readReason = why;
    }
}

void denyWrite(HostAccess& a, int error, const QString& why)
{
    if (a.write) {
        a.write = false;
        a.writeError = error;
        a.writeReason = why;
    }
}

HostAccess hostAccessFor(const Configuration& config, ObjectId logicalDriveId)
{
    return HostAccessRules(config).of(logicalDriveId);
}

HostAccessRules::HostAccessRules(const Configuration& config)
    : m_config(config)
{
    for (const VolumeCopy& copy : config.volumeCopies) {
        m_copiesByDrive[copy.targetId].append(&copy);
        if (copy.sourceId != copy.targetId) {
            m_copiesByDrive[copy.sourceId].append(&copy);
        }
    }
}

HostAccess HostAccessRules::of(ObjectId logicalDriveId) const
{
    const Configuration& config = m_config;
    HostAccess access;
    const auto it = config.logicalDrives.constFind(logicalDriveId);
    if (it == config.logicalDrives.cend()) {
        return access;
    }
    const LogicalDrive& ld = *it;
    if (ld.status == ComponentStatus::Missing || ld.status == ComponentStatus::Failed) {
        const QString why = u"logical drive %1 is %2"_s.arg(ld.name, enumName(ld.status));
        denyRead(access, EIO, why);
        denyWrite(access, EIO, why);
    }
    if (ld.kind == LogicalDriveKind::FlashCopyRepository || ld.kind == LogicalDriveKind::MirrorRepository) {
        const QString why = u"%1 is a repository logical drive, which hosts cannot read or write"_s.arg(ld.name);
        denyRead(access, EPERM, why);
        denyWrite(access, EPERM, why);
    }
    if (ld.kind == LogicalDriveKind::FlashCopy) {
        if (const auto fc = config.flashCopies.constFind(ld.id); fc != config.flashCopies.cend()) {
            if (fc->status == FlashCopyStatus::Disabled) {
                // [SIM] spec §3.2: a disabled FlashCopy "cannot be used until Re-create".
                const QString why
                    = u"FlashCopy logical drive %1 is disabled; re-create it to use it again"_s.arg(ld.name);
                denyRead(access, EPERM, why);
                denyWrite(access, EPERM, why);
            } else if (fc->status == FlashCopyStatus::Failed) {
                const QString why = u"FlashCopy logical drive %1 has failed (%2); re-create or delete it"_s.arg(
                    ld.name, fc->statusReason);
                denyRead(access, EIO, why);
                denyWrite(access, EIO, why);
            }
        }
    }
    if (const Mirror* m = config.mirrorOf(ld.id); m != nullptr && m->role == MirrorRole::Secondary) {
        // Conflict C9: a secondary rejects host writes and serves host reads (ERM); replication writes pass.
        const LogicalDrive primary = config.logicalDrives.value(m->remoteDriveId);
        const QString site = primary.remoteId != 0 ? config.subsystems.value(primary.subsystemId).peer : QString();
        denyWrite(access, EPERM,
            site.isEmpty()
                ? u"%1 is a remote mirror secondary: hosts can read it but not write it (promote it with Change > Role "
                  "to Primary to write)"_s.arg(ld.name)
                : u"%1 is the remote mirror secondary of %2 on the engine of site %3: hosts can read it but not write "
                  "it (remove the mirror relationship on that engine to write it)"_s.arg(ld.name, primary.name, site));
    }
    for (const VolumeCopy* each : m_copiesByDrive.value(ld.id)) {
        const VolumeCopy& copy = *each;
        if (copy.targetId == ld.id) {
            if (copy.isActive()) {
                const QString why = u"%1 is the target of a VolumeCopy that is %2; hosts cannot use it until the copy "
                                    "completes or is stopped"_s.arg(ld.name, statusText(copy.status));
                denyRead(access, EPERM, why);
                denyWrite(access, EPERM, why);
            } else if (copy.targetReadOnly) {
                denyWrite(access, EPERM,
                    u"%1 is a read-only VolumeCopy target; disable Read-Only in the Copy Manager to write to it"_s.arg(
                        ld.name));
            }
        } else if (copy.sourceId == ld.id && copy.isActive()) {
            denyWrite(access, EPERM,
                u"%1 is the source of a VolumeCopy that is %2; it is read-only until the copy completes or is "
                "stopped"_s.arg(ld.name, statusText(copy.status)));
        }
    }
    return access;
}

} // namespace Copyline
