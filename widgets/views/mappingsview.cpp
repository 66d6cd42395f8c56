// SPDX-License-Identifier: GPL-3.0-or-later
#include "mappingsview.h"

#include "common/findbar.h"
#include "models/storagemodels.h"
#include "views/panetitle.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

MappingsView::MappingsView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"mappingsView"_s);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"mappingsSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(8);
    layout->addWidget(m_splitter);

    m_topology = new TopologyModel(this);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(u"topologyTreeView"_s);
    m_tree->setModel(m_topology);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setIconSize({20, 20});
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setAccessibleName(tr("Topology"));
    m_tree->setMinimumWidth(260);
    m_splitter->addWidget(titledPane(tr("Topology"), m_tree, m_splitter));

    m_mappings = new MappingsModel(this);
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_mappings);
    m_sorted->setSortRole(RawValueRole);
    m_sorted->setDynamicSortFilter(true);
    m_table = new QTableView(this);
    m_table->setObjectName(u"mappingsTableView"_s);
    m_table->setModel(m_sorted);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setIconSize({18, 18});
    m_table->verticalHeader()->setDefaultSectionSize(26);
    m_table->horizontalHeader()->setHighlightSections(false);
    // "Accessible By" takes the spare width, so the list never needs a horizontal scroll bar at 1280 × 800.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setMinimumSectionSize(40);
    m_table->setColumnWidth(MappingsModel::NameColumn, 160);
    m_table->horizontalHeader()->setSectionResizeMode(MappingsModel::AccessibleByColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(MappingsModel::LunColumn, 50);
    m_table->setColumnWidth(MappingsModel::CapacityColumn, 160);
    m_table->setColumnWidth(MappingsModel::TypeColumn, 90);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setAccessibleName(tr("Defined mappings"));
    m_find = new FindBar(this, this);
    m_find->setObjectName(u"mappingsFindBar"_s);
    m_find->setPlaceholderText(tr("Logical drive, host, LUN or type"));
    m_find->addView(m_table);
    m_splitter->addWidget(titledPane(tr("Defined Mappings"), m_table, m_splitter, m_find));
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({370, 610});

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &MappingsView::onTopologyChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MappingsView::selectionChanged);
    connect(m_topology, &QAbstractItemModel::modelReset, this, [this]() { m_tree->expandAll(); });
    connect(m_topology, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex& under, int first, int last) {
        for (int row = first; row <= last; ++row) {
            m_tree->expandRecursively(m_topology->index(row, 0, under));
        }
        // A parent that just got its first children is shown open; one the user collapsed stays collapsed.
        if (under.isValid() && first == 0 && last == m_topology->rowCount(under) - 1) {
            m_tree->expand(under);
        }
    });
    connect(m_tree, &QTreeView::customContextMenuRequested, this, [this](const QPoint& pos) {
        const QModelIndex index = m_tree->indexAt(pos);
        if (index.isValid()) {
            m_tree->setCurrentIndex(index);
        }
        Q_EMIT contextMenuRequested(m_tree->viewport()->mapToGlobal(pos));
    });
    connect(m_table, &QTableView::customContextMenuRequested, this, [this](const QPoint& pos) {
        const QModelIndex index = m_table->indexAt(pos);
        if (index.isValid()) {
            m_table->selectRow(index.row());
        }
        Q_EMIT contextMenuRequested(m_table->viewport()->mapToGlobal(pos));
    });
}

MappingsView::~MappingsView() = default;

void MappingsView::setSnapshot(const SnapshotPtr& snapshot, ObjectId subsystemId)
{
    const bool switched = subsystemId != m_topology->subsystemId();
    m_snapshot = snapshot;
    m_topology->setSnapshot(snapshot, subsystemId);
    if (switched) {
        m_tree->setCurrentIndex(m_topology->index(0, 0));
    }
    m_mappings->setScope(topologyKind() == NodeKind::None ? NodeKind::Subsystem : topologyKind(), topologyId());
    m_mappings->setSnapshot(snapshot, subsystemId);
    Q_EMIT selectionChanged();
}

NodeKind MappingsView::topologyKind() const
{
    const QModelIndex index = m_tree->currentIndex();
    return index.isValid() ? static_cast<NodeKind>(index.data(KindRole).toInt()) : NodeKind::None;
}

ObjectId MappingsView::topologyId() const
{
    const QModelIndex index = m_tree->currentIndex();
    return index.isValid() ? index.data(IdRole).toLongLong() : 0;
}

NodeKind MappingsView::listKind() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? NodeKind::None : static_cast<NodeKind>(rows.first().data(KindRole).toInt());
}

ObjectId MappingsView::listId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(IdRole).toLongLong();
}

ObjectId MappingsView::selectedLogicalDriveId() const
{
    if (!m_snapshot) {
        return 0;
    }
    if (listKind() == NodeKind::Mapping) {
        return m_snapshot->config.mappings.value(listId()).logicalDriveId;
    }
    if (listKind() == NodeKind::LogicalDrive) {
        return listId();
    }
    return topologyKind() == NodeKind::LogicalDrive ? topologyId() : 0;
}

ObjectId MappingsView::selectedTargetId() const
{
    switch (topologyKind()) {
    case NodeKind::DefaultHostGroup:
    case NodeKind::HostGroup:
    case NodeKind::Host:
        return topologyId();
    case NodeKind::HostPort:
        return m_snapshot ? m_snapshot->config.hostPorts.value(topologyId()).hostId : -1;
    default:
        return -1;
    }
}

bool MappingsView::selectKey(const QString& key)
{
    const QModelIndex index = m_topology->indexOfKey(key);
    if (!index.isValid()) {
        return false;
    }
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

void MappingsView::onTopologyChanged()
{
    m_mappings->setScope(topologyKind() == NodeKind::None ? NodeKind::Subsystem : topologyKind(), topologyId());
    Q_EMIT selectionChanged();
}

} // namespace Copyline
