// SPDX-License-Identifier: GPL-3.0-or-later
// The Recovery Guru's problems (DS4000 spec §1.11, §7; seed 000 L6975-6991, L13248-13264): why a storage subsystem
// Needs Attention, each problem with its cause, the objects it affects and the recovery steps in the seed's words.
// The engine computes them (storage/health.h) and publishes them per subsystem in the snapshot; the console shows
// them in its Recovery Guru and the CLI lists their one-line summaries as the subsystem's attention reasons.
#pragma once

#include "api/event.h"
#include "storage/configuration.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Copyline
{

/** One problem of a storage subsystem that Needs Attention. */
struct RecoveryProblem
{
    /** Stable identifier of the kind of problem: "flashCopyFailed", "repositoryThreshold", "repositoryFull",
     * "volumeCopyFailed", "mirrorUnsynchronized", "mirrorUnresponsive", "dualPrimary", "dualSecondary",
     * "featureOutOfCompliance", "logicalDriveFailed", "driveFailed", "relationshipFailed", "relationshipInhibited". */
    QString kind;
    /** Stable while the problem lasts: the kind and the object it is about ("flashCopyFailed:42"). */
    QString key;
    QString title;     /**< the Recovery Guru's name of the problem: "Failed FlashCopy Logical Drive" */
    QString summary;   /**< one line, as the attention reasons list it */
    QString component; /**< the component that failed, as the Summary names it: "FlashCopy logical drive Data-1" */
    QString status;    /**< that component's status: "Failed", "Unsynchronized", "Out of Compliance" */
    QString cause;     /**< why it happened, in sentences */
    QList<ObjectId> objects;     /**< the affected logical drives, drives or the subsystem itself */
    QStringList objectNames;     /**< the same as the user reads them: "Base logical drive: Data" */
    QStringList steps;           /**< the recovery procedure, one step each, in order */
    QList<int> eventCodes;       /**< the Major Event Log event types that report this problem */
    QStringList eventComponents; /**< the events' component texts for it; empty: any component */

    friend bool operator==(const RecoveryProblem&, const RecoveryProblem&) = default;

    /** Whether @p event (of this problem's subsystem) reported this problem. */
    bool reportedBy(const Event& event) const
    {
        return eventCodes.contains(event.code)
            && (eventComponents.isEmpty() || eventComponents.contains(event.component));
    }

    QJsonObject toJson() const;
    static RecoveryProblem fromJson(const QJsonObject& object);
};

/** The problem of @p problems that @p event reported, or nullptr (it has been fixed, or the event raised none). */
const RecoveryProblem* problemReportedBy(const QList<RecoveryProblem>& problems, const Event& event);

} // namespace Copyline
