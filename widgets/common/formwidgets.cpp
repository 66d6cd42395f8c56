// SPDX-License-Identifier: GPL-3.0-or-later
#include "formwidgets.h"

#include "models/roles.h"

#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QTableWidget>

namespace Copyline
{

QLabel* wrappedLabel(const QString& text, QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    if (!objectName.isEmpty()) {
        label->setObjectName(objectName);
    }
    return label;
}

QLabel* richLabel(const QString& text, QWidget* parent, const QString& objectName)
{
    QLabel* label = wrappedLabel(text, parent, objectName);
    label->setTextFormat(Qt::RichText);
    return label;
}

QTableWidget* makeSelectionTable(const QStringList& headers, const QString& objectName, QWidget* parent, TableRows rows)
{
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setShowGrid(false);
    table->setAlternatingRowColors(true);
    table->setIconSize({18, 18});
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    if (rows == TableRows::Wrapped) {
        table->setWordWrap(true);
        table->setTextElideMode(Qt::ElideNone);
        table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    } else {
        table->setWordWrap(false);
    }
    return table;
}

QTableWidgetItem* tableCell(const QString& text, ObjectId id, bool enabled, bool number)
{
    auto* item = new QTableWidgetItem(text);
    item->setData(IdRole, id);
    item->setFlags(enabled ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags);
    if (number) {
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    return item;
}

ObjectId selectedId(const QTableWidget* table)
{
    const QList<QTableWidgetItem*> items = table->selectedItems();
    return items.isEmpty() ? 0 : items.first()->data(IdRole).toLongLong();
}

void selectId(QTableWidget* table, ObjectId id)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        const QTableWidgetItem* item = table->item(row, 0);
        if (item->data(IdRole).toLongLong() == id && item->flags().testFlag(Qt::ItemIsSelectable)) {
            table->selectRow(row);
            table->scrollToItem(item);
            return;
        }
    }
    table->clearSelection();
}

namespace
{

/** A table's rows as plain values: each row's texts and id, and whether it can be chosen. */
QList<QPair<QStringList, bool>> rowValues(const QTableWidget* table)
{
    QList<QPair<QStringList, bool>> rows;
    for (int row = 0; row < table->rowCount(); ++row) {
        QStringList texts;
        for (int column = 0; column < table->columnCount(); ++column) {
            texts.append(table->item(row, column)->text());
        }
        texts.append(table->item(row, 0)->data(IdRole).toString());
        rows.append({texts, table->item(row, 0)->flags().testFlag(Qt::ItemIsSelectable)});
    }
    return rows;
}

} // namespace

bool adoptRows(QTableWidget* table, QTableWidget& probe)
{
    if (rowValues(&probe) == rowValues(table)) {
        return false;
    }
    const QSignalBlocker blocker(table);
    table->setRowCount(0);
    table->setRowCount(probe.rowCount());
    for (int row = 0; row < probe.rowCount(); ++row) {
        for (int column = 0; column < probe.columnCount(); ++column) {
            table->setItem(row, column, probe.takeItem(row, column));
        }
    }
    return true;
}

} // namespace Copyline
