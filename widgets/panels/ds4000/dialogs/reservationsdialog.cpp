// SPDX-License-Identifier: GPL-3.0-or-later
#include "reservationsdialog.h"

#include "dialogs/commanddialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

QString reservationText(Reservation r)
{
    switch (r) {
    case Reservation::Legacy:
        return PersistentReservationsDialog::tr("Legacy");
    case Reservation::Persistent:
        return PersistentReservationsDialog::tr("Persistent");
    case Reservation::None:
        break;
    }
    return PersistentReservationsDialog::tr("None", "reservation");
}

} // namespace

PersistentReservationsDialog::PersistentReservationsDialog(
    EngineConnection* connection, ObjectId subsystemId, QWidget* parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_subsystemId(subsystemId)
{
    setObjectName(u"persistentReservationsDialog"_s);
    setWindowTitle(tr("Persistent Reservations"));
    auto* layout = new QVBoxLayout(this);
    m_registrations = new QCheckBox(tr("&View Associated Registrations"), this);
    m_registrations->setObjectName(u"viewRegistrationsCheckBox"_s);
    layout->addWidget(m_registrations);
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(u"reservationsTableWidget"_s);
    m_table->setHorizontalHeaderLabels({tr("Logical Drive"), tr("Reservation Type"), tr("Registered Host")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnHidden(2, true);
    layout->addWidget(m_table, 1);
    m_empty = new QLabel(tr("No logical drive of this storage subsystem holds a reservation."), this);
    m_empty->setObjectName(u"emptyLabel"_s);
    layout->addWidget(m_empty);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_selectAll = buttons->addButton(tr("Select &All"), QDialogButtonBox::ActionRole);
    m_selectAll->setObjectName(u"selectAllButton"_s);
    m_clear = buttons->addButton(tr("C&lear…"), QDialogButtonBox::ActionRole);
    m_clear->setObjectName(u"clearButton"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_registrations, &QCheckBox::toggled, this, [this](bool on) { m_table->setColumnHidden(2, !on); });
    connect(m_selectAll, &QPushButton::clicked, m_table, &QTableWidget::selectAll);
    connect(m_clear, &QPushButton::clicked, this, &PersistentReservationsDialog::clearSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PersistentReservationsDialog::updateButtons);
    connect(m_connection, &EngineConnection::snapshotChanged, this, &PersistentReservationsDialog::refresh);
    resize(560, 360);
    refresh();
}

void PersistentReservationsDialog::refresh()
{
    const SnapshotPtr snapshot = m_connection->snapshot();
    QSet<QString> selected;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
        selected.insert(index.data().toString());
    }
    m_table->setRowCount(0);
    if (snapshot) {
        for (const LogicalDrive& ld : snapshot->config.logicalDrivesOf(m_subsystemId)) {
            if (ld.reservation == Reservation::None) {
                continue;
            }
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            m_table->setItem(row, 0, new QTableWidgetItem(ld.name));
            m_table->setItem(row, 1, new QTableWidgetItem(reservationText(ld.reservation)));
            m_table->setItem(row, 2, new QTableWidgetItem(ld.reservationHost));
            if (selected.contains(ld.name)) { // keeps the whole selection (selectRow() would replace it)
                m_table->selectionModel()->select(
                    m_table->model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
            }
        }
    }
    m_empty->setVisible(m_table->rowCount() == 0);
    updateButtons();
}

void PersistentReservationsDialog::updateButtons()
{
    m_selectAll->setEnabled(m_table->rowCount() > 0);
    m_clear->setEnabled(!m_table->selectionModel()->selectedRows().isEmpty());
}

void PersistentReservationsDialog::clearSelected()
{
    QStringList names;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
        names.append(index.data().toString());
    }
    if (names.isEmpty()) {
        return;
    }
    const QString message = tr("Clearing removes the registrations and reservations of %n logical drive(s): %1. "
                               "The hosts lose their hold on them; do this only when no host depends on it.",
        nullptr, static_cast<int>(names.size()))
                                .arg(names.join(u", "_s));
    auto* confirm = new TypeYesDialog(m_connection, m_subsystemId, tr("Clear Registrations/Reservations"), message,
        {u"clearReservations"_s, {{u"targets"_s, QJsonArray::fromStringList(names)}}}, this);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    confirm->open();
}

} // namespace Copyline
