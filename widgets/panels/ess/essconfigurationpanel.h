// SPDX-License-Identifier: GPL-3.0-or-later
// The Configuration panel of the ESS Copy Services perspective (spec §5.6, seed 001 §5.1.5).
#pragma once

#include "api/connection.h"

#include <QPointer>
#include <QWidget>

class QDialog;
class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;
class QTreeWidget;

namespace Copyline::EssUi
{

/**
 * The Copy Services servers (primary, backup, which one is active), the Copy Services log (View in its own window,
 * Clear), password protection of the host commands (Password protection / No Password protection) and the CLI users
 * (Authorize, Remove).
 */
class ConfigurationPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigurationPanel)

public:
    explicit ConfigurationPanel(QWidget* parent = nullptr);
    ~ConfigurationPanel() override;

    void setConnection(EngineConnection* connection) { m_connection = connection; }
    void setSnapshot(const SnapshotPtr& snapshot);

    QListWidget* usersList() const { return m_users; }
    QDialog* dialog() const { return m_dialog; }
    /** The Copy Services log window while it is open. */
    QDialog* logWindow() const { return m_log; }
    QTreeWidget* logTree() const { return m_logTree; }

public Q_SLOTS:
    void viewLog();
    void refreshLog();
    void clearLog();
    void authorizeUser();
    void removeUser();

private:
    void setProtection(bool enabled);

    EngineConnection* m_connection = nullptr;
    SnapshotPtr m_snapshot;
    QLabel* m_servers = nullptr;
    QRadioButton* m_protected = nullptr;
    QRadioButton* m_unprotected = nullptr;
    QListWidget* m_users = nullptr;
    QPushButton* m_removeUser = nullptr;
    QPointer<QDialog> m_dialog;
    QPointer<QDialog> m_log;
    QTreeWidget* m_logTree = nullptr;
    qint64 m_logShownEvent = -1;
};

} // namespace Copyline::EssUi
