// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/snapshot.h"
#include "models/roles.h"

#include <QWidget>

class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QTreeView;

namespace Copyline
{

class FindBar;
class MappingsModel;
class TopologyModel;

/**
 * The Mappings view: the Topology tree (Undefined Mappings, Default Host Group, host groups, hosts, host ports)
 * and the list of mappings the selected topology node sees (all of them for the subsystem node).
 */
class MappingsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MappingsView)

public:
    explicit MappingsView(QWidget* parent = nullptr);
    ~MappingsView() override;

    void setSnapshot(const SnapshotPtr& snapshot, ObjectId subsystemId);

    QTreeView* topologyTree() const { return m_tree; }
    QSplitter* splitter() const { return m_splitter; }
    QTableView* mappingsTable() const { return m_table; }
    TopologyModel* topologyModel() const { return m_topology; }
    MappingsModel* mappingsModel() const { return m_mappings; }
    /** Find over the mappings list: logical drive, host or host group, LUN, type. */
    FindBar* findBar() const { return m_find; }

    NodeKind topologyKind() const;
    ObjectId topologyId() const;
    /** Kind and id of the selected row of the mappings list (Mapping, or LogicalDrive under Undefined Mappings). */
    NodeKind listKind() const;
    ObjectId listId() const;
    /** The logical drive of the selection: an unmapped drive in the tree, or a row of the list. */
    ObjectId selectedLogicalDriveId() const;
    /** The host or host group (0 = Default Host Group) that new mappings should go to, or -1. */
    ObjectId selectedTargetId() const;
    bool selectKey(const QString& key);

Q_SIGNALS:
    void selectionChanged();
    void contextMenuRequested(const QPoint& globalPos);

private:
    void onTopologyChanged();

    SnapshotPtr m_snapshot;
    QSplitter* m_splitter = nullptr;
    QTreeView* m_tree = nullptr;
    TopologyModel* m_topology = nullptr;
    QTableView* m_table = nullptr;
    MappingsModel* m_mappings = nullptr;
    QSortFilterProxyModel* m_sorted = nullptr;
    FindBar* m_find = nullptr;
};

} // namespace Copyline
