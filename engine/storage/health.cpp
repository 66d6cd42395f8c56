// SPDX-License-Identifier: GPL-3.0-or-later
#include "health.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

QString complianceProblem(const Configuration& config, ObjectId subsystemId, PremiumFeature feature, int maxMirrors)
{
    const Subsystem s = config.subsystems.value(subsystemId);
    qsizetype count = 0;
    bool enabled = false;
    QString what;
    QString name;
    switch (feature) {
    case PremiumFeature::FlashCopy:
        enabled = s.flashCopyEnabled;
        count = std::count_if(config.flashCopies.cbegin(), config.flashCopies.cend(),
            [&](const FlashCopy& f) { return f.subsystemId == subsystemId; });
        what = u"FlashCopy logical drives"_s;
        name = u"FlashCopy"_s;
        break;
    case PremiumFeature::VolumeCopy:
        enabled = s.volumeCopyEnabled;
        count = std::count_if(config.volumeCopies.cbegin(), config.volumeCopies.cend(),
            [&](const VolumeCopy& v) { return v.subsystemId == subsystemId; });
        what = u"VolumeCopy pairs"_s;
        name = u"VolumeCopy"_s;
        break;
    case PremiumFeature::RemoteMirror:
        enabled = s.remoteMirrorEnabled;
        count = std::count_if(config.mirrors.cbegin(), config.mirrors.cend(),
            [&](const Mirror& m) { return m.subsystemId == subsystemId; });
        what = u"mirror relationships"_s;
        name = u"Remote Mirror"_s;
        break;
    }
    if (count > 0 && !enabled) {
        return u"the %1 feature is out of compliance: %2 %3 exist while it is disabled; enable it with its key file, "
               "or remove them"_s.arg(name)
                   .arg(count)
                   .arg(what);
    }
    if (feature == PremiumFeature::RemoteMirror && maxMirrors > 0 && count > maxMirrors) {
        return u"the Remote Mirror feature is out of compliance: %1 mirror relationships exist, the most this model "
               "allows is %2; remove mirrors down to the limit"_s.arg(count)
                   .arg(maxMirrors);
    }
    return {};
}

namespace
{

// Every rule below cites the DS4000 seed, seeds/000_df2aa5850bbcba17.txt, by line ("L2148-2158"); the menu paths are
// the console's, which follow the seed's words (spec §5.2), with " ▸ " for the seed's " → ".

QString driveName(const Configuration& config, ObjectId id)
{
    return config.logicalDrives.value(id).name;
}

QString subsystemName(const Configuration& config, ObjectId id)
{
    return config.subsystems.value(id).name;
}

QString capitalized(const QString& text)
{
    return text.left(1).toUpper() + text.mid(1);
}

/** "Storage Subsystem Primary Site": the component of the subsystem's own events. */
QString subsystemComponent(const Configuration& config, ObjectId id)
{
    return u"Storage Subsystem %1"_s.arg(subsystemName(config, id));
}

QString statusWord(ComponentStatus status)
{
    const QString name = enumName(status);
    return capitalized(name);
}

/** What every problem of a kind shares: its title, its status word and the events that report it. */
struct ProblemKind
{
    QString kind;
    QString title; /**< empty: the rule words it from the object's state */
    QString status;
    QList<int> eventCodes;
};

const ProblemKind& problemKind(const QString& kind)
{
    // Titles are the seed's names for the conditions (the Recovery Guru's summary list).
    static const QList<ProblemKind> kinds = {
        {u"featureOutOfCompliance"_s, u"Premium Feature Out of Compliance"_s, u"Out of Compliance"_s,
            {EventCode::FeatureOutOfCompliance}},
        {u"logicalDriveFailed"_s, {}, {}, {EventCode::LogicalDriveMissing, EventCode::LogicalDriveFailed}},
        {u"driveFailed"_s, {}, {}, {}},
        {u"flashCopyFailed"_s, u"Failed FlashCopy Logical Drive"_s, u"Failed"_s, {EventCode::FlashCopyFailed}},
        {u"repositoryFull"_s, u"FlashCopy Repository Logical Drive Full"_s, u"Full"_s,
            {EventCode::FlashCopyRepositoryFull}},
        {u"repositoryThreshold"_s, u"FlashCopy Repository Logical Drive Threshold Exceeded"_s, u"Threshold Exceeded"_s,
            {EventCode::FlashCopyThresholdExceeded}},
        // L7002: Event 6600 - VolumeCopy Operation Failed.
        {u"volumeCopyFailed"_s, u"VolumeCopy Operation Failed"_s, u"Copy Failed"_s, {EventCode::VolumeCopyFailed}},
        {u"mirrorUnsynchronized"_s, {}, u"Unsynchronized"_s,
            {EventCode::MirrorUnsynchronized, EventCode::MirrorCommunicationError}},
        {u"mirrorUnresponsive"_s, u"Mirror Relationship Removed on One Side Only"_s, u"Unresponsive"_s,
            {EventCode::MirrorUnsynchronized}},
        {u"dualPrimary"_s, u"Dual Primary Logical Drive Conflict"_s, u"Dual Primary"_s,
            {EventCode::MirrorDualRoleConflict}},
        {u"dualSecondary"_s, u"Dual Secondary Logical Drive Conflict"_s, u"Dual Secondary"_s,
            {EventCode::MirrorDualRoleConflict}},
        {u"relationshipFailed"_s, u"Failed Copy Relationship"_s, u"Failed"_s,
            {EventCode::EssFlashCopyFailed, EventCode::NecCopyFault, EventCode::HdsCopyFailed}},
        {u"relationshipInhibited"_s, u"Write-Inhibited Primary Volume"_s, u"Write Inhibited"_s,
            {EventCode::EssPprcWriteInhibited, EventCode::EssPprcSuspended}},
    };
    const auto it = std::find_if(kinds.cbegin(), kinds.cend(), [&](const ProblemKind& k) { return k.kind == kind; });
    Q_ASSERT(it != kinds.cend());
    return *it;
}

/** A problem of @p kind about @p subject ("kind:subject" is its key), with the kind's title, status and events. */
RecoveryProblem problem(const QString& kind, const QString& subject)
{
    const ProblemKind& k = problemKind(kind);
    RecoveryProblem p;
    p.kind = k.kind;
    p.key = u"%1:%2"_s.arg(kind, subject);
    p.title = k.title;
    p.status = k.status;
    p.eventCodes = k.eventCodes;
    return p;
}

RecoveryProblem problem(const QString& kind, ObjectId subject)
{
    return problem(kind, QString::number(subject));
}

void complianceProblems(const Configuration& config, ObjectId subsystemId, int maxMirrors, QList<RecoveryProblem>& out)
{
    // L6802-6886 (VolumeCopy feature out of compliance) and L12669-12755 (Remote Mirror Option out of compliance);
    // the seed has no FlashCopy row, the same resolution applies (spec §7.1).
    for (const PremiumFeature f :
        {PremiumFeature::FlashCopy, PremiumFeature::VolumeCopy, PremiumFeature::RemoteMirror}) {
        const QString why = complianceProblem(config, subsystemId, f, maxMirrors);
        if (why.isEmpty()) {
            continue;
        }
        RecoveryProblem p = problem(u"featureOutOfCompliance"_s, enumName(f));
        p.summary = capitalized(why);
        p.objects.append(subsystemId);
        p.objectNames.append(u"Storage subsystem: %1"_s.arg(subsystemName(config, subsystemId)));
        p.eventComponents = {subsystemComponent(config, subsystemId)};
        QString feature;
        QString remove;
        switch (f) {
        case PremiumFeature::FlashCopy:
            feature = u"FlashCopy"_s;
            for (const FlashCopy& fc : config.flashCopies) {
                if (fc.subsystemId == subsystemId) {
                    p.objects.append(fc.id);
                    p.objectNames.append(u"FlashCopy logical drive: %1"_s.arg(driveName(config, fc.id)));
                }
            }
            remove = u"delete the FlashCopy logical drives: select each one in the Logical view and click Logical "
                     "Drive ▸ Delete… (its repository is deleted with it)"_s;
            break;
        case PremiumFeature::VolumeCopy:
            feature = u"VolumeCopy"_s;
            for (const VolumeCopy& vc : config.volumeCopies) {
                if (vc.subsystemId == subsystemId) {
                    p.objects.append(vc.sourceId);
                    p.objectNames.append(u"VolumeCopy pair: %1 > %2"_s.arg(
                        driveName(config, vc.sourceId), driveName(config, vc.targetId)));
                }
            }
            remove = u"remove the copy pairs: Logical Drive ▸ VolumeCopy ▸ Copy Manager…, select the pairs and click "
                     "Copy ▸ Remove Copy Pairs (stop a copy In Progress first)"_s;
            break;
        case PremiumFeature::RemoteMirror:
            feature = u"Remote Mirror"_s;
            for (const Mirror& m : config.mirrors) {
                if (m.subsystemId == subsystemId) {
                    p.objects.append(m.id);
                    p.objectNames.append(u"Mirrored logical drive: %1"_s.arg(driveName(config, m.id)));
                }
            }
            remove = u"remove mirror relationships: select a mirrored logical drive and click Logical Drive ▸ Remote "
                     "Mirroring ▸ Remove Mirror Relationship…"_s;
            break;
        }
        p.component = u"%1 premium feature"_s.arg(feature);
        const bool disabled = why.contains(u"disabled"_s);
        if (disabled) {
            // L6808-6826, L12675-12697.
            p.cause = u"The %1 premium feature is not enabled on storage subsystem %2, but objects that need it exist "
                      "(they were moved in, or the feature was disabled while they existed). They keep working, but "
                      "no new ones can be created until the feature is enabled."_s.arg(
                          feature, subsystemName(config, subsystemId));
            // L6844-6870, L12719-12731.
            p.steps.append(u"Obtain a new Feature Key File for this feature, or retrieve the existing Feature Enable "
                           "Identifier by clicking Storage Subsystem ▸ Premium Features ▸ List…"_s);
            p.steps.append(u"Enable the %1 feature: click Storage Subsystem ▸ Premium Features ▸ Enable… and choose "
                           "the key file."_s.arg(feature));
            // L6872-6886: without the authorization, the objects have to go.
            p.steps.append(u"If you do not want to authorize the feature on this storage subsystem, %1."_s.arg(remove));
        } else {
            // L12699-12713, L12733-12755.
            p.cause = u"The Remote Mirror Option is enabled, but the current number of remote logical drive mirrors "
                      "that are defined on storage subsystem %1 exceeds the number of mirror relationships that are "
                      "allowed for it (%2)."_s.arg(subsystemName(config, subsystemId))
                          .arg(maxMirrors);
            p.steps.append(u"Reduce the number of mirror relationships to equal or less than the number of mirror "
                           "relationships allowed (%1): %2."_s.arg(maxMirrors)
                               .arg(remove));
        }
        out.append(p);
    }
}

void componentProblems(const Configuration& config, ObjectId subsystemId, QList<RecoveryProblem>& out)
{
    // Only the drives with a problem are listed and sorted: this runs on every change of a 2,000-drive subsystem.
    for (const LogicalDrive& ld : config.logicalDrivesOf(
             subsystemId, [](const LogicalDrive& d) { return d.status != ComponentStatus::Optimal; })) {
        RecoveryProblem p = problem(u"logicalDriveFailed"_s, ld.id);
        p.title = ld.status == ComponentStatus::Missing ? u"Missing Logical Drive"_s
                                                        : u"%1 Logical Drive"_s.arg(statusWord(ld.status));
        p.summary = u"Logical drive %1 is %2"_s.arg(ld.name, enumName(ld.status));
        p.component = u"Logical drive %1"_s.arg(ld.name);
        p.status = statusWord(ld.status);
        p.objects = {ld.id};
        p.objectNames = {u"Logical drive: %1"_s.arg(ld.name)};
        p.eventComponents = {u"Logical Drive %1"_s.arg(ld.name)};
        for (const FlashCopy& fc : config.flashCopiesOf(ld.id)) {
            p.objects.append(fc.id);
            p.objectNames.append(u"FlashCopy logical drive: %1"_s.arg(driveName(config, fc.id)));
        }
        if (const Mirror* m = config.mirrorOf(ld.id)) {
            p.objectNames.append(u"Mirrored with: %1 on %2"_s.arg(
                driveName(config, m->remoteDriveId), subsystemName(config, m->remoteSubsystemId)));
        }
        if (ld.status == ComponentStatus::Missing) {
            // L6643-6657, L12399-12421: the drives were removed or lost power; here its volume file is gone.
            p.cause = u"The data of logical drive %1 cannot be found: its volume file (%2 in the workspace's volumes "
                      "folder) is gone, as when drives are removed or a storage expansion enclosure loses power. It "
                      "is shown under the Missing Logical Drive(s) node."_s.arg(ld.name, ld.fileName);
            // L12423-12445: reinsert the drives, restore the power.
            p.steps.append(u"Reinsert the drives back into the storage expansion enclosure: put the volume file %1 "
                           "back into the workspace's volumes folder."_s.arg(ld.fileName));
            p.steps.append(u"Open the workspace again (close and restart the console, or restart copylined): the "
                           "logical drive returns to Optimal."_s);
        } else {
            p.cause = u"Logical drive %1 is %2: its volume file (%3) was truncated or replaced outside Copyline, so "
                      "its data cannot be trusted."_s.arg(ld.name, enumName(ld.status), ld.fileName);
            p.steps.append(u"Restore the volume file %1 from a backup into the workspace's volumes folder and open "
                           "the workspace again."_s.arg(ld.fileName));
        }
        // L12453-12467.
        p.steps.append(u"If the logical drive is no longer required, it can be deleted: select it and click Logical "
                       "Drive ▸ Delete…; attention: deleting a missing logical drive is a permanent action; any "
                       "associated logical drives or logical drive-to-LUN mappings are also deleted."_s);
        out.append(p);
    }
    for (const Drive& d : config.drivesOf(subsystemId)) {
        if (d.status == ComponentStatus::Optimal) {
            continue;
        }
        const QString label = u"[%1,%2]"_s.arg(d.enclosure).arg(d.slot);
        RecoveryProblem p = problem(u"driveFailed"_s, d.id);
        p.title = u"%1 Drive"_s.arg(statusWord(d.status));
        p.summary = u"Drive %1 is %2"_s.arg(label, enumName(d.status));
        p.component = u"Drive %1"_s.arg(label);
        p.status = statusWord(d.status);
        p.objects = {d.id};
        p.objectNames = {u"Drive: %1"_s.arg(label)};
        p.eventComponents = {u"Drive %1"_s.arg(label)};
        if (d.arrayId != 0) {
            for (const LogicalDrive& ld : config.logicalDrivesOfArray(d.arrayId)) {
                p.objects.append(ld.id);
                p.objectNames.append(u"Logical drive in its array: %1"_s.arg(ld.name));
            }
        }
        p.cause = u"Drive %1 is %2. The logical drives of its array lose their redundancy, or their data if the RAID "
                  "level cannot cover the loss."_s.arg(label, enumName(d.status));
        // L12435-12445 (reinsert, power), spec §1.4 (hot spares take over a failed drive).
        p.steps.append(u"Reinsert or replace the drive in enclosure %1, slot %2, and ensure that the storage "
                       "expansion enclosure power supplies have an Optimal status."_s.arg(d.enclosure)
                           .arg(d.slot));
        p.steps.append(u"Keep an unassigned drive as hot spare (Drive ▸ Hot Spare Coverage ▸ Assign) so that the "
                       "next failed drive is replaced at once."_s);
        out.append(p);
    }
}

void flashCopyProblems(const Configuration& config, ObjectId subsystemId, QList<RecoveryProblem>& out)
{
    for (const FlashCopy& fc : config.flashCopies) {
        if (fc.subsystemId != subsystemId) {
            continue;
        }
        const QString name = driveName(config, fc.id);
        const QString base = driveName(config, fc.baseId);
        const QString repository = driveName(config, fc.repositoryId);
        RecoveryProblem p;
        if (fc.status == FlashCopyStatus::Failed) {
            p = problem(u"flashCopyFailed"_s, fc.id);
        } else if (fc.baseWritesFailing) {
            p = problem(u"repositoryFull"_s, fc.id);
        } else if (fc.thresholdExceeded) {
            p = problem(u"repositoryThreshold"_s, fc.id);
        } else {
            continue;
        }
        p.objects = {fc.id, fc.baseId, fc.repositoryId};
        p.objectNames = {u"FlashCopy logical drive: %1"_s.arg(name), u"Base logical drive: %1"_s.arg(base),
            u"FlashCopy repository logical drive: %1"_s.arg(repository)};
        p.eventComponents = {u"FlashCopy Logical Drive %1"_s.arg(name)};
        // L4222-4224 and L4424-4440: the way to a larger repository.
        const QString increase = u"Select the FlashCopy repository logical drive %1 in the Logical view and click "
                                 "Logical Drive ▸ Increase Capacity…; in the Increase Repository Capacity window enter "
                                 "the capacity to add, click OK, type Yes and click OK."_s.arg(repository);
        // L4356-4376: Re-create, after preparing the host.
        const QString recreate = u"Select %1 in the Logical view and click Logical Drive ▸ FlashCopy ▸ Re-create… "
                                 "(or right-click ▸ Re-Create). The Re-create FlashCopy Logical Drive window opens: "
                                 "type Yes and click OK. A new point-in-time image is taken, all copy-on-write data "
                                 "on the repository is deleted, and %1 is shown Optimal."_s.arg(name);
        if (fc.status == FlashCopyStatus::Failed) {
            p.summary = u"FlashCopy logical drive %1 has failed"_s.arg(name);
            p.component = u"FlashCopy logical drive %1"_s.arg(name);
            if (fc.failedByMirrorRole) {
                // L11843-11847, L13083-13129: a FlashCopy of a demoted primary fails, and recovers on promotion.
                p.cause
                    = u"Its base logical drive %1 was demoted to the secondary role of a remote mirror (or chosen "
                      "as a mirror secondary): associated FlashCopies of a secondary logical drive fail. (%2)"_s.arg(
                          base, fc.statusReason);
                p.steps.append(u"If %1 should be the primary again, select it and click Logical Drive ▸ Remote "
                               "Mirroring ▸ Change ▸ Role to Primary…: the FlashCopy returns to Optimal when its "
                               "base is promoted back."_s.arg(base));
                p.steps.append(u"Otherwise, if the point-in-time image is no longer needed, delete %1: Logical Drive "
                               "▸ Delete… (its repository is deleted with it)."_s.arg(name));
            } else {
                // L2148-2158, L4160-4170: full repository under the default policy; or the other failures of
                // spec §3.2 (the base became a VolumeCopy target, L4714-4716).
                p.cause = fc.statusReason.contains(u"full"_s)
                    ? u"Its repository %1 became full and its repository full policy is \"Fail FlashCopy logical "
                      "drive\": the FlashCopy logical drive data is not recoverable and the FlashCopy cannot be "
                      "accessed. The base logical drive %2 is not affected."_s.arg(repository, base)
                    : u"%1. The point-in-time image is lost and the FlashCopy cannot be accessed; the base logical "
                      "drive %2 is not affected."_s.arg(capitalized(fc.statusReason), base);
                // L4168-4170: the only possible actions are Delete and Re-create.
                p.steps.append(u"Stop the host applications that use %1 and unmount its file systems (Preparing the "
                               "host operating system)."_s.arg(name));
                p.steps.append(recreate);
                p.steps.append(u"To avoid another FlashCopy repository logical drive full failure, increase the "
                               "capacity of the FlashCopy repository logical drive: "_s
                    + increase.left(1).toLower() + increase.mid(1));
                p.steps.append(u"Or, if the point-in-time image is no longer needed, delete the FlashCopy logical "
                               "drive: select %1 and click Logical Drive ▸ Delete… (its repository is deleted with "
                               "it)."_s.arg(name));
            }
        } else if (fc.baseWritesFailing) {
            p.summary = u"Writes to the base of FlashCopy logical drive %1 fail (its repository is full)"_s.arg(name);
            p.component = u"FlashCopy repository logical drive %1"_s.arg(repository);
            // L2162-2170, L4172-4178.
            p.cause = u"The FlashCopy repository logical drive %1 is full and its repository full policy is \"Fail "
                      "writes to base logical drive\": the FlashCopy logical drive data is still accessible, but all "
                      "write requests to the base logical drive %2 are rejected until the repository capacity is "
                      "increased. This is not a recommended setting."_s.arg(repository, base);
            p.steps.append(increase);
            p.steps.append(u"Writes to %1 are accepted again once the capacity has been added."_s.arg(base));
            p.steps.append(u"Or, if the point-in-time image is no longer needed: %1"_s.arg(
                recreate.left(1).toLower() + recreate.mid(1)));
        } else if (fc.thresholdExceeded) {
            p.summary = u"The repository of FlashCopy logical drive %1 is over its warning threshold"_s.arg(name);
            p.component = u"FlashCopy repository logical drive %1"_s.arg(repository);
            // L2113-2129 and, for what happens when it fills, L2148-2170.
            p.cause = u"The FlashCopy repository logical drive %1 is more than %2% full. The threshold warning is "
                      "the only warning that is given before the repository becomes full; then %3"_s.arg(repository)
                          .arg(fc.warningThresholdPercent)
                          .arg(fc.fullPolicy == RepositoryFullPolicy::FailFlashCopy
                                  ? u"the FlashCopy logical drive %1 fails (repository full policy \"Fail FlashCopy "
                                    "logical drive\")."_s.arg(name)
                                  : u"all writes to the base logical drive %1 are rejected (repository full policy "
                                    "\"Fail writes to base logical drive\")."_s.arg(base));
            // L2117-2121: increase the capacity, or the threshold warning level (L2123-2129 and the Capacity tab,
            // L4155-4158).
            p.steps.append(u"Increase the capacity of the FlashCopy repository logical drive: "_s
                + increase.left(1).toLower() + increase.mid(1));
            p.steps.append(u"Or increase the FlashCopy repository logical drive threshold capacity warning level: "
                           "select %1, click Logical Drive ▸ Properties and change it on the Capacity tab. A higher "
                           "level reduces the time you have before the repository becomes full."_s.arg(repository));
            p.steps.append(u"Or, if the current point-in-time image is no longer needed: %1"_s.arg(
                recreate.left(1).toLower() + recreate.mid(1)));
        }
        out.append(p);
    }
}

void volumeCopyProblems(const Configuration& config, ObjectId subsystemId, QList<RecoveryProblem>& out)
{
    for (const VolumeCopy& vc : config.volumeCopies) {
        if (vc.subsystemId != subsystemId || vc.status != VolumeCopyStatus::Failed) {
            continue;
        }
        const QString source = driveName(config, vc.sourceId);
        const QString target = driveName(config, vc.targetId);
        RecoveryProblem p = problem(u"volumeCopyFailed"_s, vc.id);
        p.summary = u"VolumeCopy %1 -> %2 has failed"_s.arg(source, target);
        p.component = u"VolumeCopy pair %1 > %2"_s.arg(source, target);
        p.objects = {vc.sourceId, vc.targetId};
        p.objectNames = {u"Source logical drive: %1"_s.arg(source), u"Target logical drive: %1"_s.arg(target)};
        p.eventComponents = {u"VolumeCopy %1 > %2"_s.arg(source, target)};
        // L5896-5914, L7004-7030.
        p.cause = u"%1. A status of Copy Failed can occur because of a read error from the source logical drive, a "
                  "write error to the target logical drive, or a failure on the storage subsystem that affects the "
                  "source or target logical drive (such as a Remote Mirror role reversal). While it lasts, the host "
                  "has read-only access to the source logical drive %2, and read and write requests to the target "
                  "logical drive %3 do not take place."_s.arg(
                      vc.statusReason.isEmpty() ? u"The copy failed"_s : capitalized(vc.statusReason), source, target);
        p.steps.append(u"Correct what made the copy fail: a failed or missing source or target logical drive, or a "
                       "role reversal of a mirrored source (the other problems listed here say how)."_s);
        // L5916-5920 and L6221-6237; stopping a Failed copy clears Needs Attention, L6201-6203.
        p.steps.append(
            u"Click Logical Drive ▸ VolumeCopy ▸ Copy Manager…, select the copy pair %1 > %2 and click "
            "Copy ▸ Stop…; click Yes. Stopping a VolumeCopy with a status of Failed clears the "
            "Needs-Attention condition, and hosts have write access to the source again."_s.arg(source, target));
        // L5922-5924, L6156-6181: Re-Copy restarts from the beginning.
        p.steps.append(u"To copy again from the beginning, stop all I/O operations to %1 and %2, unmount their file "
                       "systems, select the pair in the Copy Manager and click Copy ▸ Re-Copy…; set the copy "
                       "priority, type Yes and click OK."_s.arg(source, target));
        out.append(p);
    }
}

void mirrorProblems(const Configuration& config, ObjectId subsystemId, QList<RecoveryProblem>& out)
{
    for (const Mirror& m : config.mirrors) {
        if (m.subsystemId != subsystemId) {
            continue;
        }
        const QString local = driveName(config, m.id);
        const QString remote = driveName(config, m.remoteDriveId);
        const QString remoteSubsystem = subsystemName(config, m.remoteSubsystemId);
        const bool primary = m.role == MirrorRole::Primary;
        QString kind;
        switch (m.status) {
        case MirrorStatus::Unsynchronized:
            kind = u"mirrorUnsynchronized"_s;
            break;
        case MirrorStatus::Unresponsive:
            kind = u"mirrorUnresponsive"_s;
            break;
        case MirrorStatus::DualPrimary:
            kind = u"dualPrimary"_s;
            break;
        case MirrorStatus::DualSecondary:
            kind = u"dualSecondary"_s;
            break;
        case MirrorStatus::Synchronizing:
        case MirrorStatus::Synchronized:
        case MirrorStatus::Suspended:
            continue;
        }
        RecoveryProblem p = problem(kind, m.id);
        p.objects = {m.id, m.remoteDriveId};
        p.objectNames = {u"%1 logical drive: %2 on %3"_s.arg(
                             primary ? u"Primary"_s : u"Secondary"_s, local, subsystemName(config, subsystemId)),
            u"%1 logical drive: %2 on %3"_s.arg(m.status == MirrorStatus::DualPrimary ? u"Primary"_s
                    : m.status == MirrorStatus::DualSecondary                         ? u"Secondary"_s
                    : primary                                                         ? u"Secondary"_s
                                                                                      : u"Primary"_s,
                remote, remoteSubsystem)};
        p.eventComponents = {u"Logical Drive %1"_s.arg(local)};
        p.component = u"Mirrored logical drive %1"_s.arg(local);
        p.summary = u"Mirrored logical drive %1 is %2"_s.arg(local, enumName(m.status));
        const MirrorLink* link = config.linkBetween(m.subsystemId, m.remoteSubsystemId);
        const QString owner = config.logicalDrives.value(m.id).currentOwner;
        const LinkPathState path = link == nullptr ? LinkPathState::Down : owner == u"B"_s ? link->pathB : link->pathA;
        // [SIM] The simulated link stands in for the Fibre Channel link, its switches and cabling (L12896-13064).
        const QString restoreLink = u"Restore the remote mirror link between %1 and %2: click Simulation ▸ Remote "
                                    "Mirror Link… and set the path of controller %3 Up (in a real installation: "
                                    "repair the Fibre Channel link, switch or cabling)."_s.arg(
                                        subsystemName(config, subsystemId), remoteSubsystem, owner);
        switch (m.status) {
        case MirrorStatus::Unsynchronized: {
            p.title = path != LinkPathState::Up ? u"Mirror Communication Error - Link Down"_s
                                                : u"Mirrored Pair Unsynchronized"_s;
            // L7786-7798, L12580-12608; the link state: L7893-7911, L13280-13290.
            p.cause = u"The mirrored pair %1 and %2 on %3 is Unsynchronized: %4. While the remote logical drive mirror "
                      "is in an Unsynchronized status, no mirroring activity takes place: host writes to the primary "
                      "complete and are logged in the mirror repository for a later resynchronization."_s.arg(local,
                          remote, remoteSubsystem,
                          m.statusReason.isEmpty() ? u"the data is no longer identical"_s : m.statusReason);
            if (path == LinkPathState::Down) {
                p.cause += u" The remote mirror link's path of controller %1 is down."_s.arg(owner);
            } else if (path == LinkPathState::Flapping) {
                p.cause += u" The remote mirror link's path of controller %1 keeps going down and up (flapping)."_s.arg(
                    owner);
            }
            if (m.inConsistencyGroup()) {
                // L7693-7729.
                p.cause += u" The pair is in the write consistency group: all its pairs are Unsynchronized."_s;
            }
            if (path != LinkPathState::Up) {
                p.steps.append(restoreLink);
            } else {
                p.steps.append(
                    u"Make sure both logical drives are Optimal and the remote storage subsystem %1 is "
                    "reachable (a failed secondary controller or logical drive must be restored first)."_s.arg(
                        remoteSubsystem));
            }
            // L11931-11954: Test Communication; Failed points here.
            p.steps.append(u"Select %1 and click Logical Drive ▸ Remote Mirroring ▸ Test Communication…: the "
                           "Communication Test must show Passed."_s.arg(local));
            if (m.autoResync) {
                // L7877-7891.
                p.steps.append(u"The resynchronization method is Automatic: the pair starts resynchronizing by "
                               "itself as soon as communication is restored, and only the blocks changed during the "
                               "interruption are copied."_s);
            } else {
                // L7842-7875, L11025-11053 (Resume Mirrored Pair).
                p.steps.append(u"The resynchronization method is Manual: select the primary logical drive%1 and click "
                               "Logical Drive ▸ Remote Mirroring ▸ Resume…; in the Resume Mirrored Pair window select "
                               "the pair, click Resume and confirm with Yes. Only the blocks changed during the "
                               "interruption are copied; the pair goes to Synchronization-in-Progress."_s.arg(
                                   primary ? u" %1"_s.arg(local) : u" %1 on %2"_s.arg(remote, remoteSubsystem)));
            }
            // L10926-10931: suspending removes a communication failure's Needs Attention.
            p.steps.append(u"If the link cannot be restored soon, suspend the pair instead (Logical Drive ▸ Remote "
                           "Mirroring ▸ Suspend…): suspending removes the Needs Attention status resulting from the "
                           "communication failure, and writes stay logged for a later Resume."_s);
            break;
        }
        case MirrorStatus::Unresponsive:
            // L12469-12572.
            p.cause = u"When the mirror relationship was removed on %1, a link failure occurred between the storage "
                      "subsystems: the relationship was removed on %1 but still exists here, where %2 shows an "
                      "Unresponsive status."_s.arg(remoteSubsystem, local);
            p.steps.append(u"In this storage subsystem's window, select %1 and click Logical Drive ▸ Remote Mirroring "
                           "▸ Remove Mirror Relationship…; select the relationship, click Remove and confirm with "
                           "Yes. The data on both logical drives is untouched."_s.arg(local));
            p.steps.append(u"If the pair is still wanted, create it again from the primary: Logical Drive ▸ Remote "
                           "Mirroring ▸ Create…"_s);
            break;
        case MirrorStatus::DualPrimary:
        case MirrorStatus::DualSecondary: {
            const bool dualPrimary = m.status == MirrorStatus::DualPrimary;
            const QString role = dualPrimary ? u"primary"_s : u"secondary"_s;
            const QString other = dualPrimary ? u"Secondary"_s : u"Primary"_s;
            // L12177-12211 (dual primary), L12288-12322 (dual secondary), L13301-13321 (the MEL event).
            p.cause = dualPrimary
                ? u"Both %1 on %2 and %3 on %4 are displayed in the primary logical drive role: the secondary was "
                  "promoted (a forced role change) while the storage subsystems could not reach each other over the "
                  "link."_s.arg(local, subsystemName(config, subsystemId), remote, remoteSubsystem)
                : u"Both %1 on %2 and %3 on %4 are displayed in the secondary logical drive role: the primary was "
                  "demoted (a forced role change) while the storage subsystems could not reach each other over the "
                  "link."_s.arg(local, subsystemName(config, subsystemId), remote, remoteSubsystem);
            p.cause += m.synchronizedAtSplit
                ? u" The pair was Synchronized when the roles split, so changing the role of one side resynchronizes it."_s
                : u" The pair was not Synchronized when the roles split: the relationship has to be removed and "
                  u"created "
                  "again."_s;
            if (path != LinkPathState::Up) {
                p.steps.append(restoreLink); // [SIM] conflict C8: the role change needs the partner
            }
            if (m.synchronizedAtSplit) {
                // Steps 1-2 of L12219-12233 / L12330-12342 (the seed writes "Storage subsystem → Change → Role to
                // ..."; the console's path is the Logical Drive menu's, spec §5.2).
                p.steps.append(u"Determine which of the logical drives in the mirrored logical drive pair must be the "
                               "primary logical drive."_s);
                p.steps.append(u"Choose the logical drive that must be in the %1 logical drive role, then click "
                               "Logical Drive ▸ Remote Mirroring ▸ Change ▸ Role to %2… and click Yes. A "
                               "resynchronization automatically occurs."_s.arg(
                                   dualPrimary ? u"secondary"_s : u"primary"_s, other));
            } else {
                // Steps 3-4 of L12235-12275 / L12344-12386 (conflict C22: Create starts from the primary).
                p.steps.append(u"Delete the mirror relationship from either storage subsystem: select either %1 "
                               "logical drive in its Subsystem Management window and click Logical Drive ▸ Remote "
                               "Mirroring ▸ Remove Mirror Relationship…"_s.arg(role));
                p.steps.append(u"The mirror relationship for the remote logical drive is not removed if there is a "
                               "connection problem between the two storage subsystems. If it remains on the remote "
                               "logical drive, select that logical drive in its storage subsystem and click Logical "
                               "Drive ▸ Remote Mirroring ▸ Remove Mirror Relationship… there too."_s);
                p.steps.append(u"In its storage subsystem, select the logical drive that you want to be the primary "
                               "logical drive, click Logical Drive ▸ Remote Mirroring ▸ Create… and follow the "
                               "instructions in the Create Remote Mirror wizard to re-create the mirror "
                               "relationship."_s);
            }
            break;
        }
        case MirrorStatus::Synchronizing:
        case MirrorStatus::Synchronized:
        case MirrorStatus::Suspended:
            break;
        }
        out.append(p);
    }
}

void relationshipProblems(const Configuration& config, ObjectId subsystemId, QList<RecoveryProblem>& out)
{
    // The later families (ESS, NEC, in-controller copy): their failed or write-inhibited relationships, with
    // generic steps in the family's words.
    const QString family = config.subsystems.value(subsystemId).family;
    const QString remove = family == u"ess"_s ? u"withdraw (FlashCopy) or terminate (PPRC) it"_s
        : family == u"nec"_s                  ? u"unpair it"_s
        : family == u"hds"_s                  ? u"delete the pair"_s
                                              : u"remove it"_s;
    const QString again = family == u"ess"_s ? u"establish it again"_s
        : family == u"nec"_s                 ? u"pair and replicate it again"_s
        : family == u"hds"_s                 ? u"create the pair again"_s
                                             : u"create it again"_s;
    for (const Relationship& r : config.relationships) {
        if (r.subsystemId != subsystemId) {
            continue;
        }
        const QString source = driveName(config, r.sourceId);
        const QString target = driveName(config, r.targetId);
        const bool failed = r.state == u"failed"_s;
        if (!failed && !r.hasOption(u"inhibited"_s)) {
            continue;
        }
        RecoveryProblem p = problem(failed ? u"relationshipFailed"_s : u"relationshipInhibited"_s, r.id);
        p.objects = {r.sourceId, r.targetId};
        p.objectNames = {u"Source: %1"_s.arg(source), u"Target: %1"_s.arg(target)};
        p.component = u"%1 relationship %2 > %3"_s.arg(r.kind, source, target);
        if (failed) {
            p.summary = u"The %1 relationship %2 -> %3 has failed"_s.arg(r.kind, source, target);
            p.cause = u"The %1 relationship from %2 to %3 failed%4. The target does not hold a usable copy."_s.arg(
                r.kind, source, target, r.stateReason.isEmpty() ? QString() : u": "_s + r.stateReason);
            p.steps.append(u"Correct the cause shown in the event log (a failed or missing volume, a path down, a full "
                           "disk where the workspace is)."_s);
            p.steps.append(u"In the storage subsystem's copy services view, %1, then %2."_s.arg(remove, again));
        } else {
            p.summary = u"%1 is write-inhibited: its %2 pair with %3 is suspended in critical mode"_s.arg(
                source, r.kind, target);
            p.cause = u"The %1 pair %2 > %3 was suspended in critical mode%4: the primary volume %2 refuses host "
                      "writes so that it never gets ahead of its secondary."_s.arg(
                          r.kind, source, target, r.stateReason.isEmpty() ? QString() : u" ("_s + r.stateReason + u')');
            p.steps.append(u"Restore the paths between the two LSSs (establish the paths again once the links are "
                           "online)."_s);
            p.steps.append(u"Resume the pair (establish it again with resynchronization): writes are accepted again "
                           "once it is duplex; or, if the copy is no longer needed, %1."_s.arg(remove));
        }
        out.append(p);
    }
}

} // namespace

QList<RecoveryProblem> recoveryProblems(const Configuration& config, ObjectId subsystemId, int maxMirrors)
{
    QList<RecoveryProblem> problems;
    complianceProblems(config, subsystemId, maxMirrors, problems);
    componentProblems(config, subsystemId, problems);
    flashCopyProblems(config, subsystemId, problems);
    volumeCopyProblems(config, subsystemId, problems);
    mirrorProblems(config, subsystemId, problems);
    relationshipProblems(config, subsystemId, problems);
    return problems;
}

QStringList attentionReasons(const Configuration& config, ObjectId subsystemId)
{
    QStringList reasons;
    for (const RecoveryProblem& p : recoveryProblems(config, subsystemId)) {
        reasons.append(p.summary);
    }
    return reasons;
}

} // namespace Copyline
