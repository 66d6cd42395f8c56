// SPDX-License-Identifier: GPL-3.0-or-later
// The Create Copy wizard of VolumeCopy (spec §2.3.1, §5.4).
#pragma once

#include "api/command.h"
#include "api/snapshot.h"

#include <QWizard>

class QLabel;
class QPushButton;

namespace Copyline
{

/**
 * Create Copy: builds a createVolumeCopy request page by page and hands it to its caller; it never talks to the
 * engine itself (STYLE.md item 13).
 *
 * Pages: "Create Copy Wizard - Introduction" (the valid sources, the drive the wizard was opened on selected, the
 * advisory for a source that is not a FlashCopy, View Drives) → "Select Target Logical Drive and Copy Priority"
 * (every other logical drive, the invalid ones greyed with the engine's reason; the 5-stop priority slider, default
 * Medium; the target's read-only attribute) → "Preview" (the parameters, what is overwritten and what fails, and
 * "yes" typed before Finish is enabled).
 *
 * Contract with the caller:
 *  1. Feed every new snapshot to setSnapshot(); the lists and checks follow it live.
 *  2. Finish emits submitRequested(request()). The caller adds "subsystemId", submits, and answers with
 *     showSubmitError() (the engine's message on the Preview page, every input kept) or submitSucceeded(), which
 *     opens the "Copy Started" window: "Yes - Create a new VolumeCopy" restarts the wizard, "No - Exit the wizard"
 *     closes it (accepted).
 */
class CreateVolumeCopyWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateVolumeCopyWizard)

public:
    enum PageId
    {
        IntroductionPageId,
        TargetPageId,
        PreviewPageId,
    };

    CreateVolumeCopyWizard(SnapshotPtr snapshot, ObjectId subsystemId, ObjectId sourceId, QWidget* parent = nullptr);
    ~CreateVolumeCopyWizard() override;

    void setSnapshot(const SnapshotPtr& snapshot);
    const Snapshot& snapshot() const { return *m_snapshot; }
    ObjectId subsystemId() const { return m_subsystemId; }
    /** The logical drive the wizard was opened on (preselected as the source). */
    ObjectId initialSourceId() const { return m_initialSourceId; }

    ObjectId sourceId() const;
    ObjectId targetId() const;
    LogicalDrive source() const;
    LogicalDrive target() const;
    CopyPriority priority() const;
    bool targetReadOnly() const;

    // Live checks against the latest snapshot, in words (empty: fine).
    QString sourceProblem() const;
    QString targetProblem() const;
    QString problem() const;

    /** Everything on the pages as one createVolumeCopy command (without "subsystemId"). */
    CommandRequest request() const;

    bool isBusy() const { return m_busy; }
    void showSubmitError(const QString& message);
    /** The engine created the pair: the "Copy Started" window opens over the wizard. */
    void submitSucceeded(const CommandResult& result);
    QString submitErrorText() const;
    /** The "Copy Started" window while it is open (nullptr otherwise). */
    QDialog* copyStartedDialog() const { return m_copyStarted; }

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void submitRequested(const Copyline::CommandRequest& request);
    void snapshotChanged();
    void busyChanged(bool busy);
    /** "Yes - Create a new VolumeCopy": the wizard starts over (pages clear the target and the confirmation). */
    void restarted();

private:
    void createAnother();

    SnapshotPtr m_snapshot;
    ObjectId m_subsystemId;
    ObjectId m_initialSourceId;
    bool m_busy = false;
    QString m_submittedSource; /**< the names as they were when Finish was clicked, for "Copy Started" */
    QString m_submittedTarget;
    QDialog* m_copyStarted = nullptr;
};

} // namespace Copyline
