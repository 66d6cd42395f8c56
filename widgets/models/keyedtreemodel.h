// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/model.h"
#include "models/roles.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QStringList>
#include <QVariantList>

#include <memory>
#include <vector>

namespace Copyline
{

/** What one row of a KeyedTreeModel shows. Plain value: two items compare equal when the row looks the same. */
struct TreeItem
{
    QString key; /**< stable identity, unique in the model: "ld:42", "array:7", "free:7" */
    NodeKind kind = NodeKind::None;
    ObjectId id = 0;
    QStringList text; /**< DisplayRole per column */
    QVariantList raw; /**< RawValueRole per column (falls back to the text) */
    QString icon;     /**< Icons name for column 0 */
    QString overlay;  /**< Icons name of a badge over the icon (operation in progress, lock, needs attention) */
    QString toolTip;
    QString status;           /**< translated status; also read by assistive technology */
    QString detail;           /**< DetailRole */
    quint32 rightAligned = 0; /**< bit n: column n holds a number and is right-aligned */
    bool attention = false;

    friend bool operator==(const TreeItem&, const TreeItem&) = default;
};

/** A row and the rows below it, as a snapshot adapter builds them. */
struct TreeSpec
{
    TreeItem item;
    QList<TreeSpec> children;
};

/**
 * A tree model whose rows carry stable keys, fed with a complete new tree on each engine snapshot.
 *
 * update() applies the difference to the current tree level by level with beginRemoveRows / beginMoveRows /
 * beginInsertRows / dataChanged, so views keep their expanded nodes, selection and scroll position. Only
 * reset() (used when the view switches to another storage subsystem) resets the model.
 *
 * Rules for adapters: keys are unique in the whole model; a row's data are fully described by its TreeItem; the
 * order of the specs is the display order. Rows are found by key in O(1) (indexOfKey).
 */
class KeyedTreeModel : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyedTreeModel)

public:
    explicit KeyedTreeModel(QStringList headers, QObject* parent = nullptr);
    ~KeyedTreeModel() override;

    /** Makes the model show @p topLevel, changing only what differs. */
    void update(const QList<TreeSpec>& topLevel);
    /** Replaces everything with @p topLevel (begin/endResetModel). */
    void reset(const QList<TreeSpec>& topLevel);
    /**
     * Gives the row with @p item's key the data @p item (dataChanged when it differs); its place and children stay.
     * False when no row has that key.
     */
    bool updateItem(const TreeItem& item);

    /** Header alignment: bit n set = column n holds numbers (its header is right-aligned like its cells). */
    void setNumericColumns(quint32 columns) { m_numericColumns = columns; }

    QModelIndex indexOfKey(const QString& key, int column = 0) const;
    /** The row's item, or nullptr for an invalid index. */
    const TreeItem* item(const QModelIndex& index) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct Node
    {
        TreeItem item;
        Node* parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;
    };

    Node* nodeOf(const QModelIndex& index) const;
    QModelIndex indexOfNode(const Node* node, int column = 0) const;
    std::unique_ptr<Node> build(const TreeSpec& spec, Node* parent);
    void sync(Node* parent, const QList<TreeSpec>& specs);
    void registerTree(Node* node);
    void unregisterTree(Node* node);
    static void renumber(Node* parent);

    QStringList m_headers;
    std::unique_ptr<Node> m_root;
    QHash<QString, Node*> m_byKey;
    quint32 m_numericColumns = 0;
};

} // namespace Copyline
