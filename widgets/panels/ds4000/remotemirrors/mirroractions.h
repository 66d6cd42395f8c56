// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/connection.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;

namespace Copyline
{

class RemoteMirrorLinkDialog;
class RemoteMirrorsWindow;

/**
 * The remote mirror actions of a window (spec §5.2): Storage Subsystem ▸ Remote Mirroring ▸ Activate / Deactivate,
 * Logical Drive ▸ Remote Mirroring ▸ Create, Suspend, Resume, Change ▸ Role to Primary / Role to Secondary /
 * Synchronization Settings / Write Mode, Test Communication, Remove Mirror Relationship and Remote Mirrors (the pair
 * panes), and Simulation ▸ Remote Mirror Link. The main window and the Remote Mirrors window each have one set,
 * acting on their own selection.
 *
 * setContext() is the one place that enables them: a disabled action's tooltip and status tip say why (like the
 * FlashCopy and VolumeCopy actions). The handlers open the guide's windows with @p window as their parent; role
 * changes ask "Change to Primary" / "Change to Secondary" and, when the partner cannot be reached (Error 154), offer
 * to proceed anyway, which resubmits with force and leaves a Dual Primary / Dual Secondary condition.
 */
class MirrorActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MirrorActions)

public:
    explicit MirrorActions(QWidget* window);
    ~MirrorActions() override;

    void setConnection(EngineConnection* connection);
    /** The subsystem and the logical drives (mirror records' local drives) the actions act on. */
    void setContext(const SnapshotPtr& snapshot, ObjectId subsystemId, const QList<ObjectId>& drives);
    ObjectId subsystemId() const { return m_subsystemId; }

    QAction* activateAction() const { return m_activate; }
    QAction* deactivateAction() const { return m_deactivate; }
    QAction* createAction() const { return m_create; }
    QAction* suspendAction() const { return m_suspend; }
    QAction* resumeAction() const { return m_resume; }
    QAction* rolePrimaryAction() const { return m_rolePrimary; }
    QAction* roleSecondaryAction() const { return m_roleSecondary; }
    QAction* syncSettingsAction() const { return m_syncSettings; }
    QAction* writeModeAction() const { return m_writeMode; }
    QAction* testAction() const { return m_test; }
    QAction* verifyAction() const { return m_verify; }
    QAction* removeAction() const { return m_remove; }
    QAction* remoteMirrorsAction() const { return m_remoteMirrors; }
    QAction* linkAction() const { return m_link; }

    /** Fills @p menu with the Logical Drive ▸ Remote Mirroring items (with the Change submenu). */
    void fillLogicalDriveMenu(QMenu* menu, bool withCreate, bool withWindow);
    /** Fills @p menu with the Storage Subsystem ▸ Remote Mirroring items. */
    void fillSubsystemMenu(QMenu* menu);
    QMenu* changeMenu() const { return m_changeMenu; }

    /** The Remote Mirrors window while it exists (one per action set that opens it). */
    RemoteMirrorsWindow* remoteMirrorsWindow() const;
    RemoteMirrorLinkDialog* linkDialog() const;

public Q_SLOTS:
    void openRemoteMirrors();
    void openLink();

private:
    QAction* make(const QString& objectName, const QString& text, const QString& icon = {});
    void update();

    void activate();
    void deactivate();
    void create();
    void suspendOrResume(bool suspend);
    void changeRole(MirrorRole to);
    void submitRole(ObjectId ldId, MirrorRole to, bool force);
    void changeSyncSettings();
    void changeWriteMode();
    void testCommunication();
    void verify();
    void removeRelationship();
    void openDialog(QDialog* dialog);

    QWidget* m_parent;
    EngineConnection* m_connection = nullptr;
    SnapshotPtr m_snapshot;
    ObjectId m_subsystemId = 0;
    QList<ObjectId> m_drives;

    QAction* m_activate = nullptr;
    QAction* m_deactivate = nullptr;
    QAction* m_create = nullptr;
    QAction* m_suspend = nullptr;
    QAction* m_resume = nullptr;
    QAction* m_rolePrimary = nullptr;
    QAction* m_roleSecondary = nullptr;
    QAction* m_syncSettings = nullptr;
    QAction* m_writeMode = nullptr;
    QAction* m_test = nullptr;
    QAction* m_verify = nullptr;
    QAction* m_remove = nullptr;
    QAction* m_remoteMirrors = nullptr;
    QAction* m_link = nullptr;
    QMenu* m_changeMenu = nullptr;
    QPointer<RemoteMirrorsWindow> m_window;
    QPointer<RemoteMirrorLinkDialog> m_linkDialog;
};

} // namespace Copyline
