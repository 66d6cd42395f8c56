// SPDX-License-Identifier: GPL-3.0-or-later
// Display texts of model values, translated in one place (context "Copyline::Texts"), in the seed's words.
#pragma once

#include "api/event.h"
#include "api/model.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace Copyline
{

class Texts final
{
    Q_DECLARE_TR_FUNCTIONS(Copyline::Texts)

public:
    /** "Storage Subsystem Primary Site": the DS4000 tree root label. */
    static QString subsystemLabel(const QString& name);
    /** "Accounting (20.000 GB)" */
    static QString withCapacity(const QString& label, qint64 bytes, const QLocale& locale = QLocale());
    static QString unconfiguredCapacity(qint64 bytes, const QLocale& locale = QLocale());
    static QString freeCapacity(qint64 bytes, const QLocale& locale = QLocale());

    static QString status(ComponentStatus status);
    /** "Optimal" or "Needs Attention" */
    static QString subsystemStatus(bool needsAttention);
    static QString driveRole(DriveRole role);
    static QString driveType(DriveType type);
    static QString logicalDriveKind(LogicalDriveKind kind);
    /** "Optimal", "Disabled", "Failed" (spec §3.2). */
    static QString flashCopyStatus(FlashCopyStatus status);
    /** A logical drive's status as every list shows it: a FlashCopy logical drive has its FlashCopy's state. */
    static QString logicalDriveStatus(const Configuration& c, const LogicalDrive& ld);
    /** The same, with the drive's FlashCopy already looked up (Configuration::flashCopyOf(ld.id), may be null). */
    static QString logicalDriveStatus(const LogicalDrive& ld, const FlashCopy* flashCopyOfDrive);
    /** "Dynamic logical drive expansion", "Capacity increase" (spec §1.4 modification operations). */
    static QString modification(ModificationOperation op);
    /** "Fail FlashCopy logical drive" / "Fail writes to base logical drive" (spec §1.7). */
    static QString repositoryFullPolicy(RepositoryFullPolicy policy);
    static QString severity(EventSeverity severity);
    /** The Copy Manager's words (spec §1.8): "Copy Pending", "Copy In Progress", "Completed", "Stopped", "Copy Failed".
     */
    static QString copyStatus(VolumeCopyStatus status);
    /** "Lowest" … "Highest" (spec §2.3.3). */
    static QString copyPriority(CopyPriority priority);
    /** "3 min 20 s", "1 h 05 min", "45 s": an estimated time remaining. */
    static QString duration(qint64 seconds);
    /** "12.5 MB/s" */
    static QString rate(double bytesPerSecond, const QLocale& locale = QLocale());
    static QString controller(const QString& slot);

    /** "FlashCopy", "VolumeCopy", "Remote Logical Drive Mirroring" as the premium status area names them. */
    static QString featureName(PremiumFeature feature);
    /** "FlashCopy - Enabled", "Remote Logical Drive Mirroring - Disabled/Deactivated" (spec §2.4.1, §3.1). */
    static QString featureStatus(PremiumFeature feature, bool enabled, bool activated);
    /** "Enabled", "Disabled/Deactivated", ... */
    static QString featureState(PremiumFeature feature, bool enabled, bool activated);

    /** "Default Host Group", "Host Group Campus East", "Host east-db01". */
    static QString mappingTarget(const Configuration& config, ObjectId targetId);
    /** "Drive [1,3]" */
    static QString driveLabel(int enclosure, int slot);
};

} // namespace Copyline
