// SPDX-License-Identifier: GPL-3.0-or-later
// Replication Management (spec §5.3, the iSM client's "Replication Screen"): a tree view of the disk array with its
// MV and RV logical disks, the pair list with activity state, sync state, copy control state, RV access, progress
// and differences, and the operations (Pair setting, Unpair, Replicate, Separate, Restore, RV access restriction
// change). The states come from the snapshot; progress and differences, which only necListPairs reports, are asked
// for whenever the snapshot changes and twice a second while a copy runs.
#pragma once

#include "api/connection.h"
#include "panels/nec/necdata.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace Copyline
{
class FindBar;
}

namespace Copyline::NecUi
{

class OperationDialog;

class ReplicationPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplicationPanel)

public:
    enum Column
    {
        MvColumn, /**< "dev001 (0006h)": LD name and LDN; Qt::UserRole holds the LD name */
        RvColumn,
        ActivityColumn,
        SyncStateColumn,
        ProgressColumn,
        CopyControlColumn,
        RvAccessColumn,
        SeparateDiffColumn,
        CopyDiffColumn,
        ColumnCount
    };
    enum Operation
    {
        PairSetting,
        Unpair,
        Replicate,
        Separate,
        Restore,
        RvAccess,
        OperationCount
    };
    /** The links of RemoteDataReplication (spec §1.7): the path state the seed's link fault screen shows. */
    enum LinkColumn
    {
        LinkArrayColumn, /**< the disk array at the other end; Qt::UserRole holds the link id */
        PathStateColumn,
        BandwidthColumn,
        RoundTripColumn,
        LinkPairsColumn,
        LinkColumnCount
    };
    enum LinkOperation
    {
        ConnectArrays,
        LinkSettings,
        DisconnectArrays,
        LinkOperationCount
    };

    explicit ReplicationPanel(QWidget* parent = nullptr);
    ~ReplicationPanel() override;

    void setConnection(EngineConnection* connection);
    void setSnapshot(const SnapshotPtr& snapshot, ObjectId arrayId);

    QTreeWidget* tree() const { return m_tree; }
    QTreeWidget* pairList() const { return m_pairs; }
    /** Find over the pair list. */
    FindBar* findBar() const { return m_find; }
    QPushButton* button(Operation operation) const { return m_buttons.value(operation); }
    QLabel* detailsLabel() const { return m_details; }
    QTreeWidget* linkList() const { return m_links; }
    QPushButton* linkButton(LinkOperation operation) const { return m_linkButtons.value(operation); }
    void openLinkOperation(LinkOperation operation);
    /** Selects the pair whose RV is @p rv (or MV, when the RV is not found); false if none. */
    bool selectPair(const QString& ldName);
    /** The pair selected in the list, nullptr if none. */
    const Relationship* selectedPair() const;
    /** The operation window open now (nullptr if none). */
    OperationDialog* dialog() const;
    void openOperation(Operation operation);
    /** The row of the pair with @p mv and @p rv, as necListPairs last reported it. */
    PairStatus status(const QString& mv, const QString& rv) const { return m_status.value(mv + u'/' + rv); }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void rebuildTree();
    void updatePairs();
    void updateActions();
    void updateDetails();
    void updateLinks();
    void requestStatus();
    const MirrorLink* selectedLink() const;

    EngineConnection* m_connection = nullptr;
    SnapshotPtr m_snapshot;
    ObjectId m_arrayId = 0;
    QTreeWidget* m_tree = nullptr;
    QTreeWidget* m_pairs = nullptr;
    FindBar* m_find = nullptr;
    QLabel* m_details = nullptr;
    QLabel* m_arrayLabel = nullptr;
    QList<QPushButton*> m_buttons;
    QTreeWidget* m_links = nullptr;
    QList<QPushButton*> m_linkButtons;
    QTimer* m_poll = nullptr;
    QHash<QString, PairStatus> m_status;
    QStringList m_treeKey;
    QStringList m_linksKey; /**< what the link list shows, to skip rebuilding it unchanged */
    bool m_querying = false;
    bool m_queryAgain = false;
    QPointer<OperationDialog> m_dialog;
};

} // namespace Copyline::NecUi
