// SPDX-License-Identifier: GPL-3.0-or-later
// Properties windows of the storage objects, built from the current snapshot and refreshed with it.
#pragma once

#include "api/connection.h"

#include <QDialog>

class QTabWidget;

namespace Copyline
{

/**
 * Base of the Properties windows: tabs of "label: value" rows. Subclasses implement populate(), which adds the
 * tabs with addTab(); it runs again on every snapshot, keeping the current tab.
 */
class PropertiesDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PropertiesDialog)

public:
    using Rows = QList<QPair<QString, QString>>;

    PropertiesDialog(EngineConnection* connection, ObjectId subsystemId, ObjectId objectId, QWidget* parent = nullptr);
    ~PropertiesDialog() override;

    /** The value shown for @p label on any tab (tests). */
    QString value(const QString& label) const;

protected:
    /** Call at the end of the subclass constructor. */
    void refresh();
    virtual void populate(const Snapshot& snapshot) = 0;
    void addTab(const QString& title, const Rows& rows);

    ObjectId subsystemId() const { return m_subsystemId; }
    ObjectId objectId() const { return m_objectId; }

private:
    EngineConnection* m_connection;
    ObjectId m_subsystemId;
    ObjectId m_objectId;
    QTabWidget* m_tabs = nullptr;
    Rows m_allRows;
    QStringList m_tabTitles;
    bool m_collectOnly = false;
};

class SubsystemPropertiesDialog final : public PropertiesDialog
{
    Q_OBJECT

public:
    SubsystemPropertiesDialog(EngineConnection* connection, ObjectId subsystemId, QWidget* parent = nullptr);

protected:
    void populate(const Snapshot& snapshot) override;
};

class ArrayPropertiesDialog final : public PropertiesDialog
{
    Q_OBJECT

public:
    ArrayPropertiesDialog(
        EngineConnection* connection, ObjectId subsystemId, ObjectId arrayId, QWidget* parent = nullptr);

protected:
    void populate(const Snapshot& snapshot) override;
};

class LogicalDrivePropertiesDialog final : public PropertiesDialog
{
    Q_OBJECT

public:
    LogicalDrivePropertiesDialog(
        EngineConnection* connection, ObjectId subsystemId, ObjectId logicalDriveId, QWidget* parent = nullptr);

protected:
    void populate(const Snapshot& snapshot) override;
};

class DrivePropertiesDialog final : public PropertiesDialog
{
    Q_OBJECT

public:
    DrivePropertiesDialog(
        EngineConnection* connection, ObjectId subsystemId, ObjectId driveId, QWidget* parent = nullptr);

protected:
    void populate(const Snapshot& snapshot) override;
};

} // namespace Copyline
