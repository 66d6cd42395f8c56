// SPDX-License-Identifier: GPL-3.0-or-later
#include "logicalphysicalview.h"

#include "common/findbar.h"
#include "models/storagemodels.h"
#include "views/panetitle.h"
#include "views/physicalview.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

LogicalPhysicalView::LogicalPhysicalView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"logicalPhysicalView"_s);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"logicalPhysicalSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(8);
    layout->addWidget(m_splitter);

    m_model = new LogicalTreeModel(this);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(u"logicalTreeView"_s);
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setIconSize({20, 20});
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setAccessibleName(tr("Logical view"));
    m_tree->setMinimumWidth(240);
    m_find = new FindBar(this, this);
    m_find->setObjectName(u"logicalFindBar"_s);
    m_find->setLabelVisible(false);
    m_find->setPlaceholderText(tr("Find (Ctrl+F)"));
    m_find->addView(m_tree);
    m_splitter->addWidget(titledPane(tr("Logical"), m_tree, m_splitter, m_find));

    m_physical = new PhysicalView(this);
    m_physical->setContextMenuPolicy(Qt::CustomContextMenu);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(u"physicalScrollArea"_s);
    scroll->setWidget(m_physical);
    scroll->setWidgetResizable(true);
    scroll->setBackgroundRole(QPalette::Base);
    m_splitter->addWidget(titledPane(tr("Physical"), scroll, m_splitter));
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({330, 660});

    connect(
        m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &LogicalPhysicalView::onCurrentChanged);
    connect(
        m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LogicalPhysicalView::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this]() { m_tree->expandAll(); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &LogicalPhysicalView::expandInserted);
    connect(m_tree, &QTreeView::customContextMenuRequested, this, [this](const QPoint& pos) {
        const QModelIndex index = m_tree->indexAt(pos);
        if (index.isValid()) {
            m_tree->setCurrentIndex(index);
        }
        Q_EMIT contextMenuRequested(m_tree->viewport()->mapToGlobal(pos), false);
    });
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex& index) {
        if (static_cast<NodeKind>(index.data(KindRole).toInt()) == NodeKind::LogicalDrive) {
            Q_EMIT logicalDriveActivated(index.data(IdRole).toLongLong());
        }
    });
    connect(m_physical, &PhysicalView::selectionChanged, this, &LogicalPhysicalView::selectionChanged);
    connect(m_physical, &PhysicalView::driveActivated, this, &LogicalPhysicalView::driveActivated);
    connect(m_physical, &PhysicalView::customContextMenuRequested, this,
        [this](const QPoint& pos) { Q_EMIT contextMenuRequested(m_physical->mapToGlobal(pos), true); });
}

LogicalPhysicalView::~LogicalPhysicalView() = default;

void LogicalPhysicalView::setSnapshot(const SnapshotPtr& snapshot, ObjectId subsystemId)
{
    const bool switched = subsystemId != m_model->subsystemId();
    m_snapshot = snapshot;
    m_model->setSnapshot(snapshot, subsystemId);
    m_physical->setSnapshot(snapshot, subsystemId);
    if (switched) {
        m_tree->setCurrentIndex(m_model->index(0, 0));
    }
    onCurrentChanged();
}

void LogicalPhysicalView::expandInserted(const QModelIndex& parent, int first, int last)
{
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = m_model->index(row, 0, parent);
        m_tree->expandRecursively(index);
    }
    // A parent that just got its first children is shown open; one the user collapsed stays collapsed.
    if (parent.isValid() && first == 0 && last == m_model->rowCount(parent) - 1) {
        m_tree->expand(parent);
    }
}

NodeKind LogicalPhysicalView::currentKind() const
{
    const QModelIndex index = m_tree->currentIndex();
    if (!index.isValid() || !m_tree->selectionModel()->isSelected(index)) {
        return NodeKind::None;
    }
    return static_cast<NodeKind>(index.data(KindRole).toInt());
}

ObjectId LogicalPhysicalView::currentId() const
{
    return currentKind() == NodeKind::None ? 0 : m_tree->currentIndex().data(IdRole).toLongLong();
}

ObjectId LogicalPhysicalView::currentArrayId() const
{
    if (!m_snapshot) {
        return 0;
    }
    switch (currentKind()) {
    case NodeKind::Array:
    case NodeKind::FreeCapacity:
        return currentId();
    case NodeKind::LogicalDrive:
        return m_snapshot->config.logicalDrives.value(currentId()).arrayId;
    default:
        return 0;
    }
}

bool LogicalPhysicalView::selectKey(const QString& key)
{
    const QModelIndex index = m_model->indexOfKey(key);
    if (!index.isValid()) {
        return false;
    }
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

void LogicalPhysicalView::onCurrentChanged()
{
    m_physical->setHighlightedArray(currentArrayId());
    Q_EMIT selectionChanged();
}

} // namespace Copyline
