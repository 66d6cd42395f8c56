// SPDX-License-Identifier: GPL-3.0-or-later
// The Create Remote Mirror wizard (spec §2.4.5, §5.6).
#pragma once

#include "api/command.h"
#include "api/snapshot.h"

#include <QWizard>

namespace Copyline
{

/**
 * Logical Drive ▸ Remote Mirroring ▸ Create: builds a createRemoteMirror request page by page and hands it to its
 * caller; it never talks to the engine itself (STYLE.md item 13).
 *
 * Pages: "Create Remote Mirror - Introduction" (the requirements and the primary, the logical drive the wizard was
 * opened on selected) → "Select Remote Storage Subsystem" (only subsystems with Remote Logical Drive Mirroring
 * Enabled/Activated; a note says why the others are absent) → "Select Secondary Logical Drive" (the candidates of at
 * least the primary's capacity, the excluded ones greyed with the engine's reason, Error 158 included) → "Set Write
 * Mode" (Synchronous by default; "Add to write consistency group" only for Asynchronous) → "Select Synchronization
 * Settings" (5-level priority, Medium; resynchronization Manual, recommended, or Automatic) → "Preview" (the
 * parameters and the direction in words) → Finish.
 *
 * Contract with the caller:
 *  1. Feed every new snapshot to setSnapshot().
 *  2. candidatesRequested(request) asks for a showRemoteMirrorCandidates; answer with setCandidates(request, result).
 *  3. Finish emits submitRequested(request()). Answer with showSubmitError() (on the Preview page, every input kept)
 *     or submitSucceeded(): below the subsystems' maximum the wizard asks whether to create another mirror (Yes
 *     starts over at the Introduction), then shows "Completed", whose OK closes it (accepted).
 */
class CreateMirrorWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateMirrorWizard)

public:
    enum PageId
    {
        IntroductionPageId,
        RemoteSubsystemPageId,
        SecondaryPageId,
        WriteModePageId,
        SyncSettingsPageId,
        PreviewPageId,
    };

    CreateMirrorWizard(SnapshotPtr snapshot, ObjectId subsystemId, ObjectId primaryId, QWidget* parent = nullptr);
    ~CreateMirrorWizard() override;

    void setSnapshot(const SnapshotPtr& snapshot);
    const Snapshot& snapshot() const { return *m_snapshot; }
    ObjectId subsystemId() const { return m_subsystemId; }
    ObjectId initialPrimaryId() const { return m_initialPrimaryId; }

    ObjectId primaryId() const;
    ObjectId remoteSubsystemId() const;
    ObjectId secondaryId() const;
    LogicalDrive primary() const;
    LogicalDrive secondary() const;
    Subsystem localSubsystem() const;
    Subsystem remoteSubsystem() const;
    MirrorWriteMode writeMode() const;
    bool writeConsistency() const;
    CopyPriority priority() const;
    bool automaticResync() const;

    /** Everything on the pages as one createRemoteMirror command (without "subsystemId"). */
    CommandRequest request() const;
    /** Why the mirror cannot be created as chosen ("" when it can), from the current snapshot. */
    QString problem() const;

    /** Asks the caller for the secondary candidates of the chosen primary and remote subsystem. */
    void requestCandidates();
    /** The caller's answer to candidatesRequested(@p request). Stale answers are ignored. */
    void setCandidates(const CommandRequest& request, const CommandResult& result);
    const CommandResult& candidates() const { return m_candidates; }
    bool candidatesLoaded() const { return m_candidatesLoaded; }

    bool isBusy() const { return m_busy; }
    void showSubmitError(const QString& message);
    void submitSucceeded(const CommandResult& result);
    QString submitErrorText() const;
    /** The "create another mirror?" window while it is open. */
    QDialog* anotherDialog() const { return m_another; }
    /** The "Completed" window while it is open. */
    QDialog* completedDialog() const { return m_completed; }
    /** "Accounting → Accounting 2 (Metro Mirroring)" for every mirror this wizard created. */
    QStringList created() const { return m_created; }

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void submitRequested(const Copyline::CommandRequest& request);
    void candidatesRequested(const Copyline::CommandRequest& request);
    void candidatesChanged();
    void snapshotChanged();
    void busyChanged(bool busy);
    void restarted();

private:
    void createAnother();
    void showCompleted();

    SnapshotPtr m_snapshot;
    ObjectId m_subsystemId;
    ObjectId m_initialPrimaryId;
    bool m_busy = false;
    CommandRequest m_candidatesRequest;
    CommandResult m_candidates;
    bool m_candidatesLoaded = false;
    Configuration m_candidatesConfig; /**< the configuration the candidates were asked for */
    QString m_submitted;
    QStringList m_created;
    QDialog* m_another = nullptr;
    QDialog* m_completed = nullptr;
};

} // namespace Copyline
