// SPDX-License-Identifier: GPL-3.0-or-later
// The rows of a flat table model, one per engine object, updated in place from each snapshot.
#pragma once

#include "api/model.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QSet>

#include <utility>

namespace Copyline
{

/**
 * The rows of a table model, one per object id, with the id → row index (O(1)). Row is a plain value with an
 * `ObjectId id` and an operator== (equal rows look the same).
 *
 * sync() applies the difference to the rows the model has (qBittorrent's TransferListModel, STYLE.md items 9-10):
 * rows whose id went away are removed from the bottom up with beginRemoveRows, the others are rebuilt in place, new
 * ids are appended with one beginInsertRows, and dataChanged is emitted for the rows whose values changed only — one
 * range for everything when more than half of the rows changed (qBittorrent's handleTorrentsUpdated).
 *
 * begin/end*Rows are protected: a model that syncs its rows declares `friend class KeyedRows<Row>;`.
 */
template <typename Row>
class KeyedRows
{
public:
    int size() const { return static_cast<int>(m_rows.size()); }
    const Row& at(int row) const { return m_rows.at(row); }

    /** The row of @p id, or -1. */
    int rowOf(ObjectId id) const { return m_rowById.value(id, -1); }
    /** The values of @p id's row, or nullptr. */
    const Row* byId(ObjectId id) const
    {
        const int r = rowOf(id);
        return r < 0 ? nullptr : &m_rows.at(r);
    }
    /** The values of @p index's row, or nullptr for an invalid index or one of another model than @p model. */
    const Row* byIndex(const QModelIndex& index, const QAbstractItemModel* model) const
    {
        if (!index.isValid() || index.model() != model || index.row() >= m_rows.size()) {
            return nullptr;
        }
        return &m_rows.at(index.row());
    }

    /**
     * Replaces the rows with makeRow(id, nullptr) for each of @p ids, in order, without signals: for use between
     * beginResetModel() and endResetModel().
     */
    template <typename MakeRow>
    void assign(const QList<ObjectId>& ids, MakeRow&& makeRow)
    {
        m_rows.clear();
        m_rows.reserve(ids.size());
        for (const ObjectId id : ids) {
            m_rows.append(makeRow(id, static_cast<const Row*>(nullptr)));
        }
        reindex();
    }

    /**
     * Makes the rows of @p model those of @p ids with the fewest signals (see the class). makeRow(id, before) makes
     * the row of @p id; before is the row it replaces, nullptr for a new id. New rows are appended in the order of
     * @p ids (a proxy sorts).
     */
    template <typename Model, typename MakeRow>
    void sync(Model& model, const QList<ObjectId>& ids, MakeRow&& makeRow)
    {
        // Removed ids, from the bottom up so the rows above keep their numbers.
        const QSet<ObjectId> wanted(ids.cbegin(), ids.cend());
        bool removed = false;
        for (int i = static_cast<int>(m_rows.size()) - 1; i >= 0; --i) {
            if (!wanted.contains(m_rows.at(i).id)) {
                model.beginRemoveRows({}, i, i);
                m_rows.removeAt(i);
                model.endRemoveRows();
                removed = true;
            }
        }
        if (removed) {
            reindex();
        }

        // Changed rows, in place.
        QList<int> changed;
        for (int i = 0; i < m_rows.size(); ++i) {
            Row& current = m_rows[i];
            Row next = makeRow(current.id, static_cast<const Row*>(&current));
            if (!(next == current)) {
                current = std::move(next);
                changed.append(i);
            }
        }

        // New ids at the end.
        QList<Row> fresh;
        for (const ObjectId id : ids) {
            if (!m_rowById.contains(id)) {
                fresh.append(makeRow(id, static_cast<const Row*>(nullptr)));
            }
        }
        if (!fresh.isEmpty()) {
            const int first = static_cast<int>(m_rows.size());
            model.beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
            for (Row& r : fresh) {
                m_rowById.insert(r.id, static_cast<int>(m_rows.size()));
                m_rows.append(std::move(r));
            }
            model.endInsertRows();
        }

        if (changed.isEmpty()) {
            return;
        }
        const int last = model.columnCount() - 1;
        if (changed.size() * 2 > m_rows.size()) {
            Q_EMIT model.dataChanged(model.index(0, 0), model.index(static_cast<int>(m_rows.size()) - 1, last));
            return;
        }
        for (const int row : std::as_const(changed)) {
            Q_EMIT model.dataChanged(model.index(row, 0), model.index(row, last));
        }
    }

private:
    void reindex()
    {
        m_rowById.clear();
        m_rowById.reserve(m_rows.size());
        for (int i = 0; i < m_rows.size(); ++i) {
            m_rowById.insert(m_rows.at(i).id, i);
        }
    }

    QList<Row> m_rows;
    QHash<ObjectId, int> m_rowById;
};

} // namespace Copyline
