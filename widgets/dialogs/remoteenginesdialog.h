// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace Copyline
{

class EngineConnection;

/**
 * Storage Subsystem ▸ Remote Engines… (engines per site, issue 17): the site this engine is and where other engines
 * reach it, the remote engines it knows (site, address, storage subsystems shown here), and the owner's Add (a site
 * name, its replication listener's HOST:PORT and a copy of its replication.key), Refresh and Remove. Over TLS the
 * engine refuses the three: only the engine's owner registers peers.
 */
class RemoteEnginesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteEnginesDialog)

public:
    explicit RemoteEnginesDialog(EngineConnection* connection, QWidget* parent = nullptr);
    ~RemoteEnginesDialog() override;

    QLabel* siteLabel() const { return m_site; }
    QTreeWidget* engineList() const { return m_list; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* addressEdit() const { return m_address; }
    QLineEdit* keyFileEdit() const { return m_keyFile; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* refreshButton() const { return m_refresh; }
    QPushButton* removeButton() const { return m_remove; }
    QLabel* resultLabel() const { return m_result; }

    /** Asks the engine for its site and remote engines again. */
    void reload();

private:
    void addEngine();
    void runOnSelected(const QString& command, const QString& done);
    void run(const QString& command, const QJsonObject& args, const QString& done);
    void updateButtons();

    QPointer<EngineConnection> m_connection;
    QLabel* m_site = nullptr;
    QTreeWidget* m_list = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_keyFile = nullptr;
    QPushButton* m_browse = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_refresh = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_result = nullptr;
    bool m_busy = false;
};

} // namespace Copyline
