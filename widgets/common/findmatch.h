// SPDX-License-Identifier: GPL-3.0-or-later
// The matching rule of the console's Find fields (FindBar): case-insensitive, every word typed must occur somewhere
// in what the row shows (the text of each column and its status), in any order. No widgets here, so the filter
// proxies of models/ use the same rule as the views that hide rows.
#pragma once

#include <QStringList>

class QAbstractItemModel;
class QModelIndex;

namespace Copyline::FindMatch
{

/** The words of @p text, split at white space ("failed flashcopy" → {"failed", "flashcopy"}). */
QStringList words(const QString& text);

/** True when every word of @p words occurs in @p haystack, ignoring case (always true for no words). */
bool containsAll(const QString& haystack, const QStringList& words);

/** What a row shows, as one text: the display text of every column and the row's status (StatusRole). */
QString rowText(const QAbstractItemModel* model, int row, const QModelIndex& parent);

/** containsAll(rowText(...), words). */
bool rowMatches(const QAbstractItemModel* model, int row, const QModelIndex& parent, const QStringList& words);

} // namespace Copyline::FindMatch
