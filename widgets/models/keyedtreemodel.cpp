// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyedtreemodel.h"

#include "common/icons.h"

#include <QSet>

namespace Copyline
{

KeyedTreeModel::KeyedTreeModel(QStringList headers, QObject* parent)
    : QAbstractItemModel(parent)
    , m_headers(std::move(headers))
    , m_root(std::make_unique<Node>())
{ }

KeyedTreeModel::~KeyedTreeModel() = default;

void KeyedTreeModel::reset(const QList<TreeSpec>& topLevel)
{
    beginResetModel();
    m_byKey.clear();
    m_root = std::make_unique<Node>();
    for (const TreeSpec& spec : topLevel) {
        m_root->children.push_back(build(spec, m_root.get()));
    }
    renumber(m_root.get());
    endResetModel();
}

void KeyedTreeModel::update(const QList<TreeSpec>& topLevel)
{
    sync(m_root.get(), topLevel);
}

bool KeyedTreeModel::updateItem(const TreeItem& item)
{
    Node* node = m_byKey.value(item.key);
    if (node == nullptr) {
        return false;
    }
    if (!(node->item == item)) {
        node->item = item;
        Q_EMIT dataChanged(indexOfNode(node, 0), indexOfNode(node, columnCount() - 1));
    }
    return true;
}

std::unique_ptr<KeyedTreeModel::Node> KeyedTreeModel::build(const TreeSpec& spec, Node* parent)
{
    auto node = std::make_unique<Node>();
    node->item = spec.item;
    node->parent = parent;
    for (const TreeSpec& child : spec.children) {
        node->children.push_back(build(child, node.get()));
    }
    renumber(node.get());
    m_byKey.insert(node->item.key, node.get());
    return node;
}

void KeyedTreeModel::registerTree(Node* node)
{
    m_byKey.insert(node->item.key, node);
    for (const auto& child : node->children) {
        registerTree(child.get());
    }
}

void KeyedTreeModel::unregisterTree(Node* node)
{
    // A key that moved to another parent may already be registered for its new node: keep that one.
    if (const auto it = m_byKey.constFind(node->item.key); it != m_byKey.cend() && it.value() == node) {
        m_byKey.erase(it);
    }
    for (const auto& child : node->children) {
        unregisterTree(child.get());
    }
}

void KeyedTreeModel::renumber(Node* parent)
{
    int row = 0;
    for (const auto& child : parent->children) {
        child->row = row++;
    }
}

void KeyedTreeModel::sync(Node* parent, const QList<TreeSpec>& specs)
{
    const QModelIndex parentIndex = indexOfNode(parent);
    auto& children = parent->children;

    // 1. Remove the rows whose keys are gone, in contiguous runs from the end.
    QSet<QString> wanted;
    wanted.reserve(specs.size());
    for (const TreeSpec& spec : specs) {
        wanted.insert(spec.item.key);
    }
    for (int last = static_cast<int>(children.size()) - 1; last >= 0; --last) {
        if (wanted.contains(children[static_cast<size_t>(last)]->item.key)) {
            continue;
        }
        int first = last;
        while (first > 0 && !wanted.contains(children[static_cast<size_t>(first - 1)]->item.key)) {
            --first;
        }
        beginRemoveRows(parentIndex, first, last);
        for (int r = first; r <= last; ++r) {
            unregisterTree(children[static_cast<size_t>(r)].get());
        }
        children.erase(children.begin() + first, children.begin() + last + 1);
        renumber(parent);
        endRemoveRows();
        last = first;
    }

    // 2. Walk the wanted order: keep, move up or insert each row, then update its data and its children.
    for (int i = 0; i < specs.size(); ++i) {
        const TreeSpec& spec = specs[i];
        const auto pos = static_cast<size_t>(i);
        if (pos >= children.size() || children[pos]->item.key != spec.item.key) {
            int from = -1;
            for (size_t j = pos + 1; j < children.size(); ++j) {
                if (children[j]->item.key == spec.item.key) {
                    from = static_cast<int>(j);
                    break;
                }
            }
            if (from >= 0) {
                beginMoveRows(parentIndex, from, from, parentIndex, i);
                auto moving = std::move(children[static_cast<size_t>(from)]);
                children.erase(children.begin() + from);
                children.insert(children.begin() + i, std::move(moving));
                renumber(parent);
                endMoveRows();
            } else {
                beginInsertRows(parentIndex, i, i);
                children.insert(children.begin() + i, build(spec, parent));
                renumber(parent);
                endInsertRows();
                continue; // built complete, nothing to compare
            }
        }
        Node* node = children[pos].get();
        if (!(node->item == spec.item)) {
            node->item = spec.item;
            Q_EMIT dataChanged(indexOfNode(node, 0), indexOfNode(node, columnCount() - 1));
        }
        sync(node, spec.children);
    }
}

QModelIndex KeyedTreeModel::indexOfKey(const QString& key, int column) const
{
    const auto it = m_byKey.constFind(key);
    return it == m_byKey.cend() ? QModelIndex() : indexOfNode(it.value(), column);
}

const TreeItem* KeyedTreeModel::item(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this) {
        return nullptr;
    }
    return &nodeOf(index)->item;
}

KeyedTreeModel::Node* KeyedTreeModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

QModelIndex KeyedTreeModel::indexOfNode(const Node* node, int column) const
{
    if (node == nullptr || node == m_root.get()) {
        return {};
    }
    return createIndex(node->row, column, const_cast<Node*>(node)); // NOLINT: Qt's index API takes void*
}

QModelIndex KeyedTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= columnCount() || (parent.isValid() && parent.column() != 0)) {
        return {};
    }
    const Node* p = nodeOf(parent);
    if (static_cast<size_t>(row) >= p->children.size()) {
        return {};
    }
    return createIndex(row, column, p->children[static_cast<size_t>(row)].get());
}

QModelIndex KeyedTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid()) {
        return {};
    }
    return indexOfNode(nodeOf(child)->parent);
}

int KeyedTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0) {
        return 0;
    }
    return static_cast<int>(nodeOf(parent)->children.size());
}

int KeyedTreeModel::columnCount(const QModelIndex&) const
{
    return static_cast<int>(m_headers.size());
}

QVariant KeyedTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const TreeItem& it = nodeOf(index)->item;
    const int column = index.column();
    const QString text = column < it.text.size() ? it.text.at(column) : QString();
    switch (role) {
    case Qt::DisplayRole:
        return text;
    case Qt::DecorationRole:
        return column == 0 && !it.icon.isEmpty() ? QVariant(Icons::withOverlay(it.icon, it.overlay)) : QVariant();
    case Qt::ToolTipRole:
        return it.toolTip.isEmpty() ? QVariant() : QVariant(it.toolTip);
    case Qt::AccessibleTextRole:
        // Screen readers announce the row with its status: "Accounting (20.000 GB), Optimal".
        return column == 0 && !it.status.isEmpty() ? QVariant(tr("%1, %2", "item, status").arg(text, it.status))
                                                   : QVariant(text);
    case Qt::AccessibleDescriptionRole:
        return it.status.isEmpty() ? QVariant() : QVariant(it.status);
    case Qt::TextAlignmentRole:
        if ((it.rightAligned & (1U << column)) != 0) {
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case KindRole:
        return static_cast<int>(it.kind);
    case IdRole:
        return it.id;
    case KeyRole:
        return it.key;
    case StatusRole:
        return it.status;
    case RawValueRole:
        return column < it.raw.size() && it.raw.at(column).isValid() ? it.raw.at(column) : QVariant(text);
    case DetailRole:
        return it.detail;
    case AttentionRole:
        return it.attention;
    case OverlayRole:
        return it.overlay;
    default:
        return {};
    }
}

QVariant KeyedTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section >= 0 && section < m_headers.size()) {
        if (role == Qt::DisplayRole) {
            return m_headers.at(section);
        }
        if (role == Qt::TextAlignmentRole) {
            return QVariant(
                ((m_numericColumns & (1U << section)) != 0 ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
        }
    }
    return QAbstractItemModel::headerData(section, orientation, role);
}

Qt::ItemFlags KeyedTreeModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace Copyline
