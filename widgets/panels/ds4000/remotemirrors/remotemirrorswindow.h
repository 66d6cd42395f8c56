// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/connection.h"

#include <QMainWindow>
#include <QMap>

class QLabel;
class QProgressBar;
class QSplitter;
class QTableView;

namespace Copyline
{

class FindBar;

class MirrorActions;
class MirrorPairFilterModel;
class MirrorPairModel;

/**
 * The mirror pair panes (DESIGN "mirror pair panes", spec §1.9, §3.4, §5.6): one pane per storage subsystem that
 * supports Enhanced Remote Mirroring, each listing the mirror records that subsystem keeps — its primaries and its
 * secondaries — with the local drive, role, remote drive and subsystem, the status in the seed's words with its icon
 * and §5.9 colour, the synchronization progress bar (never backwards), out-of-sync amount, rate and time remaining,
 * write mode and copy type, priority, resynchronization method, link path and recovery point. Each side's record
 * shows what that subsystem believes, so a role reversal shows in both panes and a one-sided removal or a dual-role
 * conflict is visible as such.
 *
 * The Remote Mirroring menu acts on the selected rows of the pane last clicked (the same actions and windows as
 * Logical Drive ▸ Remote Mirroring of the main window). A banner lists the pairs that need attention; the status bar
 * shows the selected pair's progress and time remaining. Non-modal; the main window keeps one instance.
 */
class RemoteMirrorsWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteMirrorsWindow)

public:
    explicit RemoteMirrorsWindow(EngineConnection* connection, QWidget* parent = nullptr);
    ~RemoteMirrorsWindow() override;

    MirrorPairModel* model() const { return m_model; }
    /** Find over every pane: by logical drive, status, role, write mode... */
    FindBar* findBar() const { return m_find; }
    MirrorActions* actions() const { return m_actions; }
    /** The pane of @p subsystemId (nullptr if it has none). */
    QTableView* pane(ObjectId subsystemId) const;
    MirrorPairFilterModel* paneModel(ObjectId subsystemId) const;
    QList<ObjectId> paneSubsystems() const { return m_panes.keys(); }
    /** The subsystem whose pane the actions act on. */
    ObjectId activeSubsystem() const { return m_active; }
    /** The selected records (local logical drives) of the active pane. */
    QList<ObjectId> selectedRecords() const;
    /** Selects the record of @p ldId in its pane (false if it is not shown). */
    bool selectRecord(ObjectId ldId);
    /** The Needs Attention banner (empty while no pair needs attention). */
    QString attentionText() const;
    /** The status bar's text about the selected pair ("" when none is synchronizing). */
    QString selectedPairStatus() const;
    /** "Accounting: Synchronized" … for tests and screen readers: the status text of @p ldId's record. */
    QString statusOf(ObjectId ldId) const;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    struct Pane
    {
        QWidget* widget = nullptr;
        QLabel* title = nullptr;
        QLabel* state = nullptr;
        QTableView* table = nullptr;
        MirrorPairFilterModel* filter = nullptr;
    };

    void onSnapshot(const SnapshotPtr& snapshot);
    void rebuildPanes();
    void updatePaneHeaders();
    void activate(ObjectId subsystemId);
    void updateActions();
    void updateStatusBar();
    void showContextMenu(ObjectId subsystemId, const QPoint& pos);

    EngineConnection* m_connection;
    SnapshotPtr m_snapshot;
    MirrorPairModel* m_model = nullptr;
    MirrorActions* m_actions = nullptr;
    QMap<ObjectId, Pane> m_panes;
    ObjectId m_active = 0;
    QSplitter* m_splitter = nullptr;
    QLabel* m_heading = nullptr;
    FindBar* m_find = nullptr;
    QLabel* m_attention = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_selectedLabel = nullptr;
    QProgressBar* m_selectedProgress = nullptr;
};

} // namespace Copyline
