// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace Copyline::CsmUi
{

class CsmController;

/**
 * Management Servers (spec CSM §5.7, §7.2): this server and its partner — Server, Role, Status, Port — with Define
 * Standby (the registered site whose engine's manager becomes the standby; its configuration is overwritten, so the
 * confirmation is typed), Set this Server as Standby of such a site's active server (this server's configuration is
 * overwritten), Takeover on a standby, Remove Standby and Reconnect (a Disconnected standby) on the active server.
 * Administrators only.
 */
class CsmServersDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsmServersDialog)

public:
    explicit CsmServersDialog(CsmController* controller, QWidget* parent = nullptr);
    ~CsmServersDialog() override;

    QTreeWidget* serverList() const { return m_list; }
    QLineEdit* standbyEdit() const { return m_standby; }
    QPushButton* defineButton() const { return m_define; }
    QPushButton* setAsStandbyButton() const { return m_setAsStandby; }
    QPushButton* takeoverButton() const { return m_takeover; }
    QPushButton* removeButton() const { return m_remove; }
    QPushButton* removeActiveButton() const { return m_removeActive; }
    QPushButton* reconnectButton() const { return m_reconnect; }
    QLabel* resultLabel() const { return m_result; }

    /** Asks the engine for the servers again. */
    void refresh();

private:
    void showServers(const QJsonArray& servers);
    void updateButtons();
    void defineStandby();
    void setAsStandby();
    void takeOver();
    void removeStandby();
    void removeActive();
    void runCommand(const QString& name, const QJsonObject& args);

    CsmController* m_controller = nullptr;
    QTreeWidget* m_list = nullptr;
    QLineEdit* m_standby = nullptr;
    QPushButton* m_define = nullptr;
    QPushButton* m_setAsStandby = nullptr;
    QPushButton* m_takeover = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_removeActive = nullptr;
    QPushButton* m_reconnect = nullptr;
    QLabel* m_result = nullptr;
    QString m_role;    /**< this server's: ACTIVE or STANDBY (empty until known) */
    QString m_partner; /**< its standby or its active; empty when stand-alone */
    QString m_status;  /**< this server's status: Synchronized, Disconnected, ... */
};

} // namespace Copyline::CsmUi
