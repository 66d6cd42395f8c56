// SPDX-License-Identifier: GPL-3.0-or-later
#include "mirroractions.h"

#include "common/confirm.h"
#include "common/icons.h"
#include "common/texts.h"
#include "dialogs/messagebox.h"
#include "panels/ds4000/dialogs/mirrordialogs.h"
#include "panels/ds4000/dialogs/mirrorlinkdialogs.h"
#include "panels/ds4000/remotemirrors/remotemirrorswindow.h"
#include "panels/ds4000/rules/remotemirrorrules.h"
#include "panels/ds4000/wizards/activatemirrorwizard.h"
#include "panels/ds4000/wizards/createmirrorwizard.h"

#include <QAction>
#include <QJsonArray>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

using Rules = RemoteMirrorRules;

void set(QAction* action, const QString& blocker, const QString& tip)
{
    action->setEnabled(blocker.isEmpty());
    action->setStatusTip(blocker.isEmpty() ? tip : blocker);
    action->setToolTip(action->statusTip());
}

} // namespace

MirrorActions::MirrorActions(QWidget* window)
    : QObject(window)
    , m_parent(window)
{
    m_activate = make(u"actionActivateRemoteMirror"_s, tr("&Activate…"), u"feature-remotemirror-enabled-activated"_s);
    m_deactivate = make(u"actionDeactivateRemoteMirror"_s, tr("&Deactivate…"));
    m_create = make(u"actionCreateRemoteMirror"_s, tr("&Create…"), u"mirror-synchronized"_s);
    m_suspend = make(u"actionSuspendRemoteMirror"_s, tr("&Suspend…"), u"mirror-suspended"_s);
    m_resume = make(u"actionResumeRemoteMirror"_s, tr("&Resume…"), u"mirror-synchronizing"_s);
    m_rolePrimary = make(u"actionRoleToPrimary"_s, tr("Role to &Primary…"));
    m_roleSecondary = make(u"actionRoleToSecondary"_s, tr("Role to &Secondary…"));
    m_syncSettings = make(u"actionChangeSyncSettings"_s, tr("S&ynchronization Settings…"));
    m_writeMode = make(u"actionChangeWriteMode"_s, tr("&Write Mode…"));
    m_test = make(u"actionTestCommunication"_s, tr("&Test Communication…"));
    m_verify = make(u"actionVerifyRemoteMirror"_s, tr("&Verify Mirror…"));
    m_remove = make(u"actionRemoveMirrorRelationship"_s, tr("Re&move Mirror Relationship…"));
    m_remoteMirrors
        = make(u"actionRemoteMirrors"_s, tr("Remote M&irrors…"), u"feature-remotemirror-enabled-activated"_s);
    m_remoteMirrors->setStatusTip(
        tr("Show every mirrored pair of both storage subsystems with its status and progress"));
    m_link = make(u"actionRemoteMirrorLink"_s, tr("Remote Mirror &Link…"), u"feature-remotemirror-enabled-activated"_s);
    m_link->setStatusTip(tr("Take the paths of a remote mirror link up or down, let them flap, change bandwidth and "
                            "round trip"));
    m_changeMenu = new QMenu(tr("C&hange"), window);
    m_changeMenu->setObjectName(u"menuRemoteMirrorChange"_s);
    m_changeMenu->setToolTipsVisible(true);
    m_changeMenu->addAction(m_rolePrimary);
    m_changeMenu->addAction(m_roleSecondary);
    m_changeMenu->addSeparator();
    m_changeMenu->addAction(m_syncSettings);
    m_changeMenu->addAction(m_writeMode);

    connect(m_activate, &QAction::triggered, this, &MirrorActions::activate);
    connect(m_deactivate, &QAction::triggered, this, &MirrorActions::deactivate);
    connect(m_create, &QAction::triggered, this, &MirrorActions::create);
    connect(m_suspend, &QAction::triggered, this, [this]() { suspendOrResume(true); });
    connect(m_resume, &QAction::triggered, this, [this]() { suspendOrResume(false); });
    connect(m_rolePrimary, &QAction::triggered, this, [this]() { changeRole(MirrorRole::Primary); });
    connect(m_roleSecondary, &QAction::triggered, this, [this]() { changeRole(MirrorRole::Secondary); });
    connect(m_syncSettings, &QAction::triggered, this, &MirrorActions::changeSyncSettings);
    connect(m_writeMode, &QAction::triggered, this, &MirrorActions::changeWriteMode);
    connect(m_test, &QAction::triggered, this, &MirrorActions::testCommunication);
    connect(m_verify, &QAction::triggered, this, &MirrorActions::verify);
    connect(m_remove, &QAction::triggered, this, &MirrorActions::removeRelationship);
    connect(m_remoteMirrors, &QAction::triggered, this, &MirrorActions::openRemoteMirrors);
    connect(m_link, &QAction::triggered, this, &MirrorActions::openLink);
    update();
}

MirrorActions::~MirrorActions() = default;

RemoteMirrorsWindow* MirrorActions::remoteMirrorsWindow() const
{
    return m_window.data();
}

RemoteMirrorLinkDialog* MirrorActions::linkDialog() const
{
    return m_linkDialog.data();
}

QAction* MirrorActions::make(const QString& objectName, const QString& text, const QString& icon)
{
    auto* action = new QAction(text, m_parent);
    action->setObjectName(objectName);
    if (!icon.isEmpty()) {
        action->setIcon(Icons::icon(icon));
    }
    action->setShortcutContext(Qt::WindowShortcut);
    m_parent->addAction(action);
    return action;
}

void MirrorActions::fillLogicalDriveMenu(QMenu* menu, bool withCreate, bool withWindow)
{
    menu->setToolTipsVisible(true); // a disabled action's tooltip says why
    if (withCreate) {
        menu->addAction(m_create);
        menu->addSeparator();
    }
    menu->addAction(m_suspend);
    menu->addAction(m_resume);
    menu->addMenu(m_changeMenu);
    menu->addAction(m_test);
    menu->addAction(m_verify);
    menu->addSeparator();
    menu->addAction(m_remove);
    if (withWindow) {
        menu->addSeparator();
        menu->addAction(m_remoteMirrors);
    }
}

void MirrorActions::fillSubsystemMenu(QMenu* menu)
{
    menu->setToolTipsVisible(true);
    menu->addAction(m_activate);
    menu->addAction(m_deactivate);
}

void MirrorActions::setConnection(EngineConnection* connection)
{
    m_connection = connection;
    update();
}

void MirrorActions::setContext(const SnapshotPtr& snapshot, ObjectId subsystemId, const QList<ObjectId>& drives)
{
    m_snapshot = snapshot;
    m_subsystemId = subsystemId;
    m_drives = drives;
    update();
}

void MirrorActions::update()
{
    const Snapshot empty;
    const Snapshot& snapshot = m_snapshot ? *m_snapshot : empty;
    const Configuration& c = snapshot.config;
    const ObjectId ld = m_drives.value(0, 0);
    const QString name = c.logicalDrives.value(ld).name;
    const bool connected = m_connection != nullptr;
    const QString offline = tr("The console is not connected to an engine.");

    set(m_activate, connected ? Rules::activateBlocker(snapshot, m_subsystemId) : offline,
        tr("Create the mirror repository logical drives and reserve the mirror ports"));
    set(m_deactivate, connected ? Rules::deactivateBlocker(c, m_subsystemId) : offline,
        tr("Delete the mirror repository logical drives and free the mirror ports"));
    set(m_create, connected ? Rules::createBlocker(snapshot, m_subsystemId, ld) : offline,
        tr("Mirror %1 to a logical drive of the remote storage subsystem").arg(name));
    const bool several = m_drives.size() > 1;
    set(m_suspend, connected ? Rules::suspendBlocker(c, m_subsystemId, ld) : offline,
        tr("Stop mirroring %1 and record its writes for a later delta resynchronization").arg(name));
    set(m_resume, connected ? Rules::resumeBlocker(c, m_subsystemId, ld) : offline,
        tr("Copy the regions of %1 written since mirroring stopped, and mirror again").arg(name));
    const QString single = several ? tr("Select one mirrored logical drive to change its role.") : QString();
    set(m_rolePrimary,
        !connected              ? offline
            : !single.isEmpty() ? single
                                : Rules::changeRoleBlocker(c, m_subsystemId, ld, MirrorRole::Primary),
        tr("Promote %1 to primary; its partner becomes the secondary").arg(name));
    set(m_roleSecondary,
        !connected              ? offline
            : !single.isEmpty() ? single
                                : Rules::changeRoleBlocker(c, m_subsystemId, ld, MirrorRole::Secondary),
        tr("Demote %1 to secondary; its partner becomes the primary").arg(name));
    set(m_syncSettings, connected ? Rules::primarySettingsBlocker(c, m_subsystemId, ld) : offline,
        tr("Change the synchronization priority and resynchronization method"));
    set(m_writeMode, connected ? Rules::primarySettingsBlocker(c, m_subsystemId, ld) : offline,
        tr("Switch between Metro Mirroring, Global Copy and Global Mirroring"));
    set(m_test,
        !connected    ? offline
            : several ? tr("Select one mirrored logical drive to test.")
                      : Rules::testBlocker(c, m_subsystemId, ld),
        tr("Measure the round trip to the remote storage subsystem over the mirror path of %1").arg(name));
    set(m_verify,
        !connected    ? offline
            : several ? tr("Select one mirrored logical drive to verify.")
                      : Rules::verifyBlocker(c, m_subsystemId, ld),
        tr("Compare %1 with its secondary grain by grain while hosts keep writing").arg(name));
    set(m_remove, connected ? Rules::removeBlocker(c, m_subsystemId) : offline,
        tr("Remove mirror relationships of this storage subsystem; the data stays"));
    m_changeMenu->setEnabled(m_rolePrimary->isEnabled() || m_roleSecondary->isEnabled() || m_syncSettings->isEnabled()
        || m_writeMode->isEnabled());
    m_remoteMirrors->setEnabled(connected);
    set(m_link,
        !connected                    ? offline
            : c.mirrorLinks.isEmpty() ? tr("No remote mirror link exists yet: links connect storage subsystems once "
                                           "Remote Logical Drive Mirroring is activated on both.")
                                      : QString(),
        tr("Take the paths of a remote mirror link up or down, let them flap, change bandwidth and round trip"));
}

void MirrorActions::openDialog(QDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

// ---------------------------------------------------------------------------------------------------------------

void MirrorActions::activate()
{
    if (!m_connection || !m_activate->isEnabled()) {
        return;
    }
    const ObjectId subsystemId = m_subsystemId;
    auto* wizard = new ActivateMirrorWizard(m_snapshot, subsystemId, m_parent);
    connect(m_connection, &EngineConnection::snapshotChanged, wizard, &ActivateMirrorWizard::setSnapshot);
    // The wizard builds the request; this submits it and reports the engine's answer back (STYLE item 13).
    connect(wizard, &ActivateMirrorWizard::submitRequested, this, [this, wizard, subsystemId](CommandRequest request) {
        if (!m_connection) {
            wizard->showSubmitError(tr("The console is not connected to an engine."));
            return;
        }
        request.args.insert(u"subsystemId"_s, subsystemId);
        m_connection->submit(request, wizard, [wizard](const CommandResult& result) {
            if (result.ok()) {
                wizard->submitSucceeded(result);
            } else {
                wizard->showSubmitError(result.error.localizedMessage());
            }
        });
    });
    openDialog(wizard);
}

void MirrorActions::deactivate()
{
    if (!m_connection || !m_deactivate->isEnabled()) {
        return;
    }
    const Subsystem s = m_snapshot->config.subsystems.value(m_subsystemId);
    const QString text = tr("Deactivate Remote Logical Drive Mirroring on %1?\n\nBoth mirror repository logical drives "
                            "are deleted and host port 2 of each controller returns to host use. Mirrors can be "
                            "created again only after a new activation.")
                             .arg(Texts::subsystemLabel(s.name));
    if (!Confirm::ask(m_parent, Consequence::ChangesState, tr("Confirmation"), text)) {
        return;
    }
    const CommandRequest request {
        u"deactivateRemoteMirror"_s, {{u"subsystemId"_s, m_subsystemId}, {u"feature"_s, u"remoteMirror"_s}}};
    m_connection->submit(request, this, [this](const CommandResult& result) {
        if (!result.ok()) {
            auto* box = new QMessageBox(QMessageBox::Warning, tr("Deactivate Remote Logical Drive Mirroring"),
                result.error.localizedMessage(), QMessageBox::Ok, m_parent);
            box->setObjectName(u"mirrorErrorMessageBox"_s);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
    });
}

void MirrorActions::create()
{
    if (!m_connection || !m_create->isEnabled()) {
        return;
    }
    const ObjectId subsystemId = m_subsystemId;
    auto* wizard = new CreateMirrorWizard(m_snapshot, subsystemId, m_drives.value(0, 0), m_parent);
    connect(m_connection, &EngineConnection::snapshotChanged, wizard, &CreateMirrorWizard::setSnapshot);
    connect(wizard, &CreateMirrorWizard::candidatesRequested, this, [this, wizard](const CommandRequest& request) {
        if (!m_connection) {
            return;
        }
        m_connection->submit(request, wizard,
            [wizard, request](const CommandResult& result) { wizard->setCandidates(request, result); });
    });
    connect(wizard, &CreateMirrorWizard::submitRequested, this, [this, wizard, subsystemId](CommandRequest request) {
        if (!m_connection) {
            wizard->showSubmitError(tr("The console is not connected to an engine."));
            return;
        }
        request.args.insert(u"subsystemId"_s, subsystemId);
        m_connection->submit(request, wizard, [wizard](const CommandResult& result) {
            if (result.ok()) {
                wizard->submitSucceeded(result);
            } else {
                wizard->showSubmitError(result.error.localizedMessage());
            }
        });
    });
    openDialog(wizard);
}

void MirrorActions::suspendOrResume(bool suspend)
{
    if (!m_connection || !(suspend ? m_suspend : m_resume)->isEnabled()) {
        return;
    }
    openDialog(new SuspendResumeMirrorDialog(m_connection, m_subsystemId,
        suspend ? SuspendResumeMirrorDialog::Mode::Suspend : SuspendResumeMirrorDialog::Mode::Resume, m_drives,
        m_parent));
}

void MirrorActions::changeRole(MirrorRole to)
{
    QAction* action = to == MirrorRole::Primary ? m_rolePrimary : m_roleSecondary;
    if (!m_connection || !action->isEnabled() || m_drives.size() != 1) {
        return;
    }
    const Configuration& c = m_snapshot->config;
    const ObjectId ldId = m_drives.first();
    const Mirror m = c.mirrors.value(ldId);
    const QString name = c.logicalDrives.value(ldId).name;
    const QString partner = c.logicalDrives.value(m.remoteDriveId).name;
    const QString local = Texts::subsystemLabel(c.subsystems.value(m.subsystemId).name);
    const QString remote = Texts::subsystemLabel(c.subsystems.value(m.remoteSubsystemId).name);
    const bool dual = m.status == MirrorStatus::DualPrimary || m.status == MirrorStatus::DualSecondary;
    QString text;
    if (dual) {
        text = to == MirrorRole::Primary
            ? tr("Make %1 on %2 the primary to resolve the Dual Secondary condition? %3 on %4 stays the secondary, "
                 "and the regions written on either side since the roles split are copied from %2 to %4.")
                  .arg(name, local, partner, remote)
            : tr("Make %1 on %2 the secondary to resolve the Dual Primary condition? %3 on %4 stays the primary, and "
                 "the regions written on either side since the roles split are copied from %4 to %2; what was "
                 "written to %1 since then is overwritten.")
                  .arg(name, local, partner, remote);
    } else if (to == MirrorRole::Primary) {
        text = tr("Change %1 on %2 to the primary role?\n\n%3 on %4 becomes the secondary, and data is then copied "
                  "from %2 to %4. Hosts mapped to %1 can read and write it; hosts using %3 can no longer write to "
                  "it and must be restarted if they had the same LUN mapping.")
                   .arg(name, local, partner, remote);
    } else {
        text = tr("Change %1 on %2 to the secondary role?\n\n%3 on %4 becomes the primary, and data is then copied "
                  "from %4 to %2. Hosts can no longer write to %1 (they may still read it); its FlashCopy logical "
                  "drives fail until it is promoted again, and VolumeCopies from it that are in progress or pending "
                  "fail. Stop host I/O to %1 and unmount its file systems first.")
                   .arg(name, local, partner, remote);
        if (const Subsystem other = c.subsystems.value(m.remoteSubsystemId); other.isProxy()) {
            text += u"\n\n"_s
                + tr("%1 is served by the engine of site %2: that engine takes the primary role, asking this one to "
                     "step down first, and the roles show here a moment later.")
                      .arg(partner, other.peer);
        }
    }
    auto* box = new QMessageBox(QMessageBox::Question,
        to == MirrorRole::Primary ? tr("Change to Primary") : tr("Change to Secondary"), text,
        QMessageBox::Yes | QMessageBox::No, m_parent);
    box->setObjectName(u"changeRoleMessageBox"_s);
    box->setDefaultButton(QMessageBox::No);
    MessageBox::addEquivalentCommandLink(box,
        equivalentCommand(c, m.subsystemId,
            {{u"setRemoteMirror"_s,
                {{u"localLogicalDrives"_s, QJsonArray {name}}, {u"role"_s, enumName(to)}, {u"force"_s, false}}}}));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, ldId, to]() {
        if (box->clickedButton() == box->button(QMessageBox::Yes)) {
            submitRole(ldId, to, false);
        }
    });
    box->open();
}

void MirrorActions::submitRole(ObjectId ldId, MirrorRole to, bool force)
{
    if (!m_connection) {
        return;
    }
    const Configuration& c = m_snapshot->config;
    const Mirror m = c.mirrors.value(ldId);
    const QString name = c.logicalDrives.value(ldId).name;
    const ObjectId subsystemId = m.subsystemId;
    const bool dual = m.status == MirrorStatus::DualPrimary || m.status == MirrorStatus::DualSecondary;
    const QString title = to == MirrorRole::Primary ? tr("Change to Primary") : tr("Change to Secondary");
    const QString partner = c.logicalDrives.value(m.remoteDriveId).name;
    const CommandRequest request {u"setRemoteMirror"_s,
        {{u"subsystemId"_s, subsystemId}, {u"localLogicalDrives"_s, QJsonArray {name}}, {u"role"_s, enumName(to)},
            {u"force"_s, force}}};
    m_connection->submit(request, this, [=, this](const CommandResult& result) {
        if (result.ok()) {
            return;
        }
        if (result.error.code == ErrorCode::MirrorCommunication && !force && !dual) {
            // The partner cannot be reached (spec §2.4.13-2.4.14): the user may proceed, which splits the roles.
            const QString consequence = to == MirrorRole::Primary
                ? tr("Proceeding anyway makes %1 a primary without demoting %2, which stays a primary too: a Dual "
                     "Primary condition (\"Dual-role conflict detected\"). Both logical drives then take host writes "
                     "and differ; once the storage subsystems communicate, change the role of one of them to resolve "
                     "it.")
                      .arg(name, partner)
                : tr("Proceeding anyway makes %1 a secondary without promoting %2, which stays a secondary too: a "
                     "Dual Secondary condition (\"Dual-role conflict detected\"). Hosts can then write to neither; "
                     "once the storage subsystems communicate, change the role of one of them to resolve it.")
                      .arg(name, partner);
            // The engine's reason without its advice, which names the script interface's force=TRUE.
            Error reason = result.error;
            reason.args = reason.args.mid(0, 3);
            reason.args.append(QString());
            auto* box = new QMessageBox(QMessageBox::Warning, title,
                tr("%1\n\n%2\n\nProceed anyway?").arg(reason.localizedMessage().trimmed(), consequence),
                QMessageBox::Yes | QMessageBox::No, m_parent);
            box->setObjectName(u"proceedAnywayMessageBox"_s);
            box->button(QMessageBox::Yes)->setText(tr("&Proceed Anyway"));
            box->button(QMessageBox::No)->setText(tr("&Cancel"));
            box->setDefaultButton(QMessageBox::No);
            box->setAttribute(Qt::WA_DeleteOnClose);
            connect(box, &QMessageBox::finished, this, [this, box, ldId, to]() {
                if (box->clickedButton() == box->button(QMessageBox::Yes)) {
                    submitRole(ldId, to, true);
                }
            });
            box->open();
            return;
        }
        auto* box
            = new QMessageBox(QMessageBox::Warning, title, result.error.localizedMessage(), QMessageBox::Ok, m_parent);
        box->setObjectName(u"mirrorErrorMessageBox"_s);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

void MirrorActions::changeSyncSettings()
{
    if (m_connection && m_syncSettings->isEnabled()) {
        openDialog(new ChangeSyncSettingsDialog(m_connection, m_subsystemId, m_drives, m_parent));
    }
}

void MirrorActions::changeWriteMode()
{
    if (m_connection && m_writeMode->isEnabled()) {
        openDialog(new ChangeWriteModeDialog(m_connection, m_subsystemId, m_drives, m_parent));
    }
}

void MirrorActions::testCommunication()
{
    if (m_connection && m_test->isEnabled() && !m_drives.isEmpty()) {
        openDialog(new CommunicationTestDialog(m_connection, m_subsystemId, m_drives.first(), m_parent));
    }
}

void MirrorActions::verify()
{
    if (!m_connection || !m_verify->isEnabled() || m_drives.size() != 1) {
        return;
    }
    const Configuration& c = m_snapshot->config;
    const ObjectId ldId = m_drives.first();
    const QString name = c.logicalDrives.value(ldId).name;
    const QString partner = c.logicalDrives.value(c.mirrors.value(ldId).remoteDriveId).name;
    auto* ask = new QMessageBox(QMessageBox::Question, tr("Verify Mirror"),
        tr("Compare %1 with its secondary %2 grain by grain? Hosts keep writing meanwhile; both drives are read "
           "once. Grains found different can be resynchronized from the primary at once (Verify and Repair) or "
           "only reported (Verify).")
            .arg(name, partner),
        QMessageBox::Cancel, m_parent);
    ask->setObjectName(u"verifyMirrorQuestion"_s);
    QPushButton* plain = ask->addButton(tr("&Verify"), QMessageBox::AcceptRole);
    plain->setObjectName(u"verifyButton"_s);
    QPushButton* repair = ask->addButton(tr("Verify and &Repair"), QMessageBox::AcceptRole);
    repair->setObjectName(u"verifyRepairButton"_s);
    ask->setDefaultButton(plain);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    const ObjectId subsystemId = m_subsystemId;
    connect(ask, &QMessageBox::buttonClicked, this, [this, plain, repair, name, subsystemId](QAbstractButton* button) {
        if ((button != plain && button != repair) || !m_connection) {
            return;
        }
        const bool withRepair = button == repair;
        const CommandRequest request {u"checkRemoteMirror"_s,
            {{u"subsystemId"_s, subsystemId}, {u"localLogicalDrive"_s, name}, {u"repair"_s, withRepair}}};
        m_connection->submit(request, this, [this, name, withRepair](const CommandResult& result) {
            QString text;
            QMessageBox::Icon icon = QMessageBox::Information;
            if (!result.ok()) {
                icon = QMessageBox::Warning;
                text = result.error.localizedMessage();
            } else {
                const qint64 differing = result.data.value(u"differing"_s).toInteger();
                const qint64 compared = result.data.value(u"compared"_s).toInteger();
                const qint64 skipped
                    = result.data.value(u"outOfSync"_s).toInteger() + result.data.value(u"busy"_s).toInteger();
                text = differing == 0 ? tr("%1: the %n compared grain(s) are identical on both sides.", nullptr,
                           static_cast<int>(compared))
                                            .arg(name)
                                      : tr("%1: %n grain(s) differ between the primary and the secondary.", nullptr,
                                          static_cast<int>(differing))
                                            .arg(name);
                if (skipped > 0) {
                    text += u' '
                        + tr("%n grain(s) were not compared: recorded out of sync or being written.", nullptr,
                            static_cast<int>(skipped));
                }
                if (differing > 0) {
                    icon = QMessageBox::Warning;
                    text += u' '
                        + (withRepair ? tr("They are being resynchronized from the primary.")
                                      : tr("Verify again with Repair to resynchronize them."));
                }
            }
            auto* box = new QMessageBox(icon, tr("Verify Mirror"), text, QMessageBox::Ok, m_parent);
            box->setObjectName(u"verifyMirrorResult"_s);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        });
    });
    ask->open();
}

void MirrorActions::removeRelationship()
{
    if (m_connection && m_remove->isEnabled()) {
        openDialog(new RemoveMirrorRelationshipDialog(m_connection, m_subsystemId, m_drives, m_parent));
    }
}

void MirrorActions::openRemoteMirrors()
{
    if (!m_connection) {
        return;
    }
    if (!m_window) {
        // One instance, non-modal, deleted with its parent (or when closed).
        m_window = new RemoteMirrorsWindow(m_connection, m_parent);
        m_window->setAttribute(Qt::WA_DeleteOnClose);
    }
    if (!m_drives.isEmpty()) {
        m_window->selectRecord(m_drives.first());
    }
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

void MirrorActions::openLink()
{
    if (!m_connection || !m_link->isEnabled()) {
        return;
    }
    if (!m_linkDialog) {
        m_linkDialog = new RemoteMirrorLinkDialog(m_connection, m_parent);
        m_linkDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_linkDialog->show();
    m_linkDialog->raise();
    m_linkDialog->activateWindow();
}

} // namespace Copyline
