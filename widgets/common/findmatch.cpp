// SPDX-License-Identifier: GPL-3.0-or-later
#include "findmatch.h"

#include "models/roles.h"

#include <QAbstractItemModel>

namespace Copyline::FindMatch
{

QStringList words(const QString& text)
{
    return text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool containsAll(const QString& haystack, const QStringList& words)
{
    for (const QString& word : words) {
        if (!haystack.contains(word, Qt::CaseInsensitive)) {
            return false;
        }
    }
    return true;
}

QString rowText(const QAbstractItemModel* model, int row, const QModelIndex& parent)
{
    QString text;
    const int columns = model->columnCount(parent);
    for (int column = 0; column < columns; ++column) {
        const QModelIndex index = model->index(row, column, parent);
        text += index.data(Qt::DisplayRole).toString();
        text += QLatin1Char('\n');
        if (column == 0) {
            text += index.data(StatusRole).toString();
            text += QLatin1Char('\n');
        }
    }
    return text;
}

bool rowMatches(const QAbstractItemModel* model, int row, const QModelIndex& parent, const QStringList& words)
{
    return words.isEmpty() || containsAll(rowText(model, row, parent), words);
}

} // namespace Copyline::FindMatch
