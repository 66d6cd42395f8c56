// SPDX-License-Identifier: GPL-3.0-or-later
// The FlashCopy rules the console applies before it asks the engine: when a logical drive can be a base, the
// default names, the repository capacity for a percentage, the Simple path's free-capacity need. They mirror the
// engine's createFlashCopy (engine/service/flashcopycommands.cpp), which stays the authority: the console only
// uses them to explain, to prefill and to disable, and always shows the engine's own error when it refuses.
#pragma once

#include "api/snapshot.h"
#include "api/units.h"

#include <QCoreApplication>

namespace Copyline
{

class FlashCopyRules final
{
    Q_DECLARE_TR_FUNCTIONS(Copyline::FlashCopyRules)

public:
    /** Smallest repository (spec §1.7). */
    static constexpr qint64 kMinimumRepository = 8 * MiB;
    /** "percent (%) of base logical drive" default (spec §5.3). */
    static constexpr int kDefaultRepositoryPercent = 20;
    /** "Percent (%) full" warning threshold default (spec §1.7). */
    static constexpr int kDefaultThreshold = 50;

    /**
     * Why logical drive @p baseId cannot get a new FlashCopy now, in words (feature not enabled, not a standard
     * optimal logical drive, 4 FlashCopies already, subsystem limits, no capacity anywhere), or an empty string.
     */
    static QString createBlocker(const Snapshot& snapshot, ObjectId subsystemId, ObjectId baseId);

    /** The n of the default names: the lowest sequence number not used by the base's FlashCopies (spec §5.3). */
    static int nextSequence(const Configuration& config, ObjectId baseId);
    /** "<base>-<n>", the base name cut to fit 30 characters. */
    static QString defaultName(const QString& base, int sequence);
    /** "<base>-R<n>", the base name cut to fit 30 characters. */
    static QString defaultRepositoryName(const QString& base, int sequence);

    /** The repository the engine allocates for @p percent of a base of @p baseCapacity: at least 8 MB, whole grains. */
    static qint64 repositoryCapacity(qint64 baseCapacity, int percent);
    /** Free capacity the Simple path needs in the base's array: 8 MB + 1% of the base (spec §2.2.1). */
    static qint64 simplePathNeeds(qint64 baseCapacity);

    /** Used and capacity of the repository of FlashCopy @p flashCopyId, from the snapshot's copy runtime. */
    static QPair<qint64, qint64> repositoryUsage(const Snapshot& snapshot, ObjectId flashCopyId);
    /** Repository usage in whole percent (0-100). */
    static int repositoryUsedPercent(const Snapshot& snapshot, ObjectId flashCopyId);
};

} // namespace Copyline
