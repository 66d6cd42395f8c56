// SPDX-License-Identifier: GPL-3.0-or-later
// Properties windows of the storage objects, built from the current snapshot and refreshed with it.
#pragma once

#include "api/connection.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QProgressBar;
class QTabWidget;

namespace Copyline
{

class CopyBandwidthWidget;
class HostIoRates;
class MirroringPropertiesWidget;
class RepositorySettingsWidget;

/**
 * Base of the Properties windows: tabs of "label: value" rows (a row with a null value is a bold section heading).
 * Subclasses implement populate(), which adds the tabs with addTab() (rows) or addWidgetTab() (a widget of their own,
 * e.g. with editable settings); it runs again on every snapshot. Only what changed is touched: values are set in place,
 * a tab whose rows changed is rebuilt, and the tabs are rebuilt only when their list changes; widget tabs are never
 * recreated, and the current tab is kept.
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
    QTabWidget* tabWidget() const { return m_tabs; }

protected:
    /** Call at the end of the subclass constructor. */
    void refresh();
    virtual void populate(const Snapshot& snapshot) = 0;
    void addTab(const QString& title, const Rows& rows);
    /** A tab showing @p widget, which the dialog keeps (it is created once, by the subclass). */
    void addWidgetTab(const QString& title, QWidget* widget);

    EngineConnection* connection() const { return m_connection; }
    ObjectId subsystemId() const { return m_subsystemId; }
    ObjectId objectId() const { return m_objectId; }

private:
    struct Tab
    {
        QString title;
        Rows rows;
        QWidget* widget = nullptr; /**< a widget tab, or nullptr for rows */
        QList<QLabel*> values;
    };
    QWidget* buildPage(Tab& tab);

    EngineConnection* m_connection;
    ObjectId m_subsystemId;
    ObjectId m_objectId;
    QTabWidget* m_tabs = nullptr;
    QList<Tab> m_shown;
    QList<Tab> m_wanted;
};

class SubsystemPropertiesDialog final : public PropertiesDialog
{
    Q_OBJECT

public:
    SubsystemPropertiesDialog(EngineConnection* connection, ObjectId subsystemId, QWidget* parent = nullptr);

    /** The Copy Services tab with the editable copy bandwidth (simulation). */
    CopyBandwidthWidget* copyBandwidth() const;

protected:
    void populate(const Snapshot& snapshot) override;

private:
    QPointer<CopyBandwidthWidget> m_copyBandwidth;
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

/**
 * Logical drive Properties. For a FlashCopy ("FlashCopy Logical Drive Properties") the Base tab adds its base,
 * repository, status and creation timestamp; a FlashCopy and its repository ("FlashCopy Repository Logical Drive -
 * Properties") get a Capacity tab with the repository usage and its editable threshold and full policy. The Copying
 * tab (spec §2.3.8) has one block per VolumeCopy pair the drive takes part in: its role, the partner's name and WWN,
 * status, priority, start and completion timestamps and, for a target, the read-only attribute. The Mirroring tab
 * (spec §2.4.6) has the drive's remote mirror role, partner, write mode, settings, status and synchronization
 * progress bar. The Host I/O tab has
 * the drive's host I/O counters and, once setHostIoRates() gave it the console's rates, its current read and write
 * rates, refreshed with them.
 */
class LogicalDrivePropertiesDialog final : public PropertiesDialog
{
    Q_OBJECT

public:
    LogicalDrivePropertiesDialog(
        EngineConnection* connection, ObjectId subsystemId, ObjectId logicalDriveId, QWidget* parent = nullptr);

    /** The Capacity tab of a FlashCopy or repository (nullptr for other logical drives). */
    RepositorySettingsWidget* repositorySettings() const;
    /** The Mirroring tab of a standard logical drive or mirror repository (nullptr for other logical drives). */
    MirroringPropertiesWidget* mirroring() const;
    /** Shows the current rates of @p rates on the Host I/O tab (and follows them). */
    void setHostIoRates(HostIoRates* rates);

protected:
    void populate(const Snapshot& snapshot) override;

private:
    QPointer<RepositorySettingsWidget> m_repositorySettings;
    QPointer<MirroringPropertiesWidget> m_mirroring;
    QPointer<HostIoRates> m_rates;
    QLabel* m_progressLabel = nullptr; /**< the modification operation under way */
    QProgressBar* m_progress = nullptr;
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
