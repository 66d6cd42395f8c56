// SPDX-License-Identifier: GPL-3.0-or-later
// Small builders the console's wizards and dialogs share: wrapped labels and the tables of candidates (a row per
// object, its id in IdRole, rows that are not offered greyed out).
#pragma once

#include "api/model.h"

#include <QString>
#include <QStringList>

class QLabel;
class QTableWidget;
class QTableWidgetItem;
class QWidget;

namespace Copyline
{

/** A word-wrapped label, named @p objectName when given; its text is plain or rich as Qt guesses (AutoText). */
QLabel* wrappedLabel(const QString& text, QWidget* parent, const QString& objectName = {});
/** The same for text written as rich text (<b>, <br>): names in it must be escaped. */
QLabel* richLabel(const QString& text, QWidget* parent, const QString& objectName = {});

enum class TableRows
{
    OneLine, /**< long texts are elided */
    Wrapped, /**< long texts (reasons are sentences) wrap, and their rows grow */
};

/** A read-only table choosing one row: no grid, alternating rows, left-aligned headers, the last column stretched. */
QTableWidget* makeSelectionTable(
    const QStringList& headers, const QString& objectName, QWidget* parent, TableRows rows = TableRows::OneLine);

/** A cell of object @p id (kept in IdRole); a cell that is not @p enabled can be neither chosen nor selected. */
QTableWidgetItem* tableCell(const QString& text, ObjectId id, bool enabled, bool number = false);

/** The IdRole of @p table's selected row; 0 when nothing is selected. */
ObjectId selectedId(const QTableWidget* table);
/** Selects the selectable row of object @p id (scrolled into view), or clears the selection when there is none. */
void selectId(QTableWidget* table, ObjectId id);
/**
 * Moves @p probe's rows into @p table when they differ from its own (texts, ids, selectability), signals blocked;
 * false when they are the same and @p table was left alone. Snapshots come twice a second: a table rebuilt only on
 * change keeps its selection, scroll position and open tooltips.
 */
bool adoptRows(QTableWidget* table, QTableWidget& probe);

} // namespace Copyline
