// SPDX-License-Identifier: GPL-3.0-or-later
// Snapshot adapters of the Subsystem Management window: each builds a TreeSpec tree from a Snapshot and hands it
// to KeyedTreeModel, which applies the difference. A change of storage subsystem resets the model.
#pragma once

#include "api/snapshot.h"
#include "models/keyedtreemodel.h"

#include <memory>

namespace Copyline
{

class SnapshotIndex;

/** Base of the per-subsystem adapters: remembers the subsystem and resets on a switch. */
class SubsystemTreeModel : public KeyedTreeModel
{
    Q_OBJECT

public:
    using KeyedTreeModel::KeyedTreeModel;

    /** Shows @p snapshot for @p subsystemId: a diff if the subsystem is unchanged, a reset otherwise. */
    void setSnapshot(const SnapshotPtr& snapshot, ObjectId subsystemId);
    ObjectId subsystemId() const { return m_subsystemId; }
    const SnapshotPtr& snapshot() const { return m_snapshot; }

protected:
    virtual QList<TreeSpec> build(const Snapshot& snapshot, ObjectId subsystemId) const = 0;
    /**
     * Whether build() reads the snapshot's runtime figures (progress, repository use). A model that does not reads
     * only the configuration and the subsystem's Needs Attention state and problems, and skips a snapshot in which
     * those did not change (a runtime-only snapshot: progress, counters).
     */
    virtual bool readsRuntime() const { return true; }
    /**
     * A snapshot whose configuration is the one shown (only runtime figures changed): updates the rows that show
     * runtime figures, as build() would make them, and returns true; false: build() the whole tree instead.
     */
    virtual bool updateRuntime(const Snapshot& snapshot, ObjectId subsystemId)
    {
        Q_UNUSED(snapshot);
        Q_UNUSED(subsystemId);
        return false;
    }
    /** Rebuilds from the current snapshot (after a filter change). */
    void refresh();
    /** The per-row lookups of the current snapshot (valid in build()). */
    const SnapshotIndex& lookups() const { return *m_index; }

private:
    SnapshotPtr m_snapshot;
    std::shared_ptr<const SnapshotIndex> m_index;
    ObjectId m_subsystemId = -1;
};

/**
 * The Logical pane of the Logical/Physical view: "Storage Subsystem <name>" → "Unconfigured Capacity (x GB)",
 * "Logical Drive Group N (RAID L)" → "<name> (x GB)" sorted by name, "Free Capacity (x GB)". A base logical drive
 * has its FlashCopy logical drives as children; FlashCopy repositories are rows of the array that holds them.
 */
class LogicalTreeModel final : public SubsystemTreeModel
{
    Q_OBJECT

public:
    explicit LogicalTreeModel(QObject* parent = nullptr);

protected:
    QList<TreeSpec> build(const Snapshot& snapshot, ObjectId subsystemId) const override;
    bool updateRuntime(const Snapshot& snapshot, ObjectId subsystemId) override;
};

/**
 * The Topology pane of the Mappings view: "Storage Subsystem <name>" → "Undefined Mappings" (unmapped standard
 * and FlashCopy logical drives), "Default Host Group" and each host group with their hosts, and the hosts' ports.
 */
class TopologyModel final : public SubsystemTreeModel
{
    Q_OBJECT

public:
    explicit TopologyModel(QObject* parent = nullptr);

protected:
    QList<TreeSpec> build(const Snapshot& snapshot, ObjectId subsystemId) const override;
    bool readsRuntime() const override { return false; }
};

/**
 * The mappings list of the Mappings view (flat): Logical Drive Name, Accessible By, LUN, Logical Drive Capacity,
 * Type, for the topology node in scope (everything for the subsystem node).
 */
class MappingsModel final : public SubsystemTreeModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        AccessibleByColumn,
        LunColumn,
        CapacityColumn,
        TypeColumn,
        ColumnCount
    };

    explicit MappingsModel(QObject* parent = nullptr);

    /** Limits the list to what @p kind / @p id (a topology node) sees. */
    void setScope(NodeKind kind, ObjectId id);
    NodeKind scopeKind() const { return m_scopeKind; }

protected:
    QList<TreeSpec> build(const Snapshot& snapshot, ObjectId subsystemId) const override;
    bool readsRuntime() const override { return false; }

private:
    NodeKind m_scopeKind = NodeKind::Subsystem;
    ObjectId m_scopeId = 0;
};

/** One engine's part of the subsystem list when the console is attached to several (issue 17). */
struct SubsystemListEngine
{
    QString title;  /**< "Engine of site siteB" */
    QString detail; /**< where it runs, or "Unresponsive: reconnecting…" */
    SnapshotPtr snapshot;
    bool unresponsive = false; /**< its subsystems show "Unresponsive" (the Enterprise Management window's word) */
    /** Sites whose own engine is in the list too: their proxies here are left out (the real ones are shown). */
    QStringList sitesShown;
};

/**
 * The subsystem selector (Enterprise Management window style): one row per storage subsystem. With several
 * engines (setEngines) each engine's subsystems follow a heading row of the engine (NodeKind::Engine, not
 * selectable); the keys say which engine a subsystem belongs to (subsystemKey, engineOfKey).
 */
class SubsystemListModel final : public KeyedTreeModel
{
    Q_OBJECT

public:
    explicit SubsystemListModel(QObject* parent = nullptr);
    /** One engine, no heading: the console's usual case. */
    void setSnapshot(const SnapshotPtr& snapshot);
    /** Several engines, the first the console's own; headings only when there are two or more. */
    void setEngines(const QList<SubsystemListEngine>& engines);

    Qt::ItemFlags flags(const QModelIndex& index) const override;

    /** The key of subsystem @p id of engine @p engine (0: the console's first engine, "subsystem:ID" as before). */
    static QString subsystemKey(int engine, ObjectId id);
    /** The engine a row's key belongs to (0 for the first engine's rows). */
    static int engineOfKey(const QString& key);
};

} // namespace Copyline
