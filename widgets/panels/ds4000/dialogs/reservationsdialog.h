// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/connection.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Copyline
{

/**
 * Advanced ▸ Persistent Reservations (spec §2.5, L6921-6972): the logical drives that hosts hold with a legacy or
 * persistent reservation; "View Associated Registrations" (upper left, deselected) adds the registered host; Select
 * All, then Clear opens "Clear Registrations/Reservations", whose OK is enabled once "Yes" is typed. Use it when a
 * drive is refused as a VolumeCopy source or target because of a reservation.
 */
class PersistentReservationsDialog final : public QDialog
{
    Q_OBJECT

public:
    PersistentReservationsDialog(EngineConnection* connection, ObjectId subsystemId, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QCheckBox* registrationsCheckBox() const { return m_registrations; }
    QPushButton* selectAllButton() const { return m_selectAll; }
    QPushButton* clearButton() const { return m_clear; }

private:
    void refresh();
    void clearSelected();
    void updateButtons();

    EngineConnection* m_connection;
    ObjectId m_subsystemId;
    QCheckBox* m_registrations = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_empty = nullptr;
    QPushButton* m_selectAll = nullptr;
    QPushButton* m_clear = nullptr;
};

} // namespace Copyline
