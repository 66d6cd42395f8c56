// SPDX-License-Identifier: GPL-3.0-or-later
#include "necvolumelistpanel.h"

#include "common/theme.h"
#include "dialogs/messagebox.h"
#include "panels/nec/necdata.h"
#include "panels/nec/necdefinecontrolvolume.h"
#include "panels/nec/necoperations.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Copyline::NecUi
{

VolumeListPanel::VolumeListPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"necVolumeListPanel"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_menuBar = new QMenuBar(this);
    m_menuBar->setObjectName(u"necVolumeListMenuBar"_s);
    m_menuBar->setNativeMenuBar(false);
    QMenu* file = m_menuBar->addMenu(tr("&File"));
    m_createList = file->addAction(tr("Create/Update Volume List"));
    m_createList->setObjectName(u"necCreateVolumeListAction"_s);
    QMenu* view = m_menuBar->addMenu(tr("&View"));
    m_refresh = view->addAction(tr("Refresh"));
    m_refresh->setObjectName(u"necRefreshAction"_s);
    QMenu* operation = m_menuBar->addMenu(tr("&Operation"));
    m_defineControl = operation->addAction(tr("Define Control Volume"));
    m_defineControl->setObjectName(u"necDefineControlVolumeAction"_s);
    operation->addSeparator();
    m_mount = operation->addAction(tr("Mount…"));
    m_mount->setObjectName(u"necMountAction"_s);
    m_umount = operation->addAction(tr("Unmount"));
    m_umount->setObjectName(u"necUnmountAction"_s);
    m_flush = operation->addAction(tr("Flush"));
    m_flush->setObjectName(u"necFlushAction"_s);
    QMenu* help = m_menuBar->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("About Volume List Display"));
    connect(about, &QAction::triggered, this, [this]() {
        MessageBox::information(this, tr("Volume List Display"),
            tr("The volume list of a server: the logical disks of the disk arrays the server sees, with their "
               "drive letters, mount point volume names and disk numbers. Create/Update Volume List makes it "
               "(iSMvollist -cr); the replication commands of the server use it."));
    });
    layout->addWidget(m_menuBar);

    auto* toolbar = new QToolBar(this);
    toolbar->setObjectName(u"necVolumeListToolBar"_s);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_createList);
    toolbar->addAction(m_defineControl);
    toolbar->addSeparator();
    toolbar->addAction(m_mount);
    toolbar->addAction(m_umount);
    toolbar->addAction(m_flush);
    toolbar->addSeparator();
    toolbar->addAction(m_refresh);
    layout->addWidget(toolbar);

    // Below the toolbar: the server whose volume list this is, and the seed's "Disk Array Subsystem" filter.
    auto* filters = new QHBoxLayout;
    filters->setContentsMargins(8, 4, 8, 0);
    filters->addWidget(new QLabel(tr("Server:"), this));
    filters->addSpacing(4);
    m_server = new QComboBox(this);
    m_server->setObjectName(u"necServerCombo"_s);
    m_server->setMinimumContentsLength(12);
    filters->addWidget(m_server);
    filters->addSpacing(16);
    filters->addWidget(new QLabel(tr("Disk Array Subsystem"), this));
    filters->addSpacing(4);
    m_array = new QComboBox(this);
    m_array->setObjectName(u"necArrayFilterCombo"_s);
    m_array->setMinimumContentsLength(12);
    filters->addWidget(m_array);
    filters->addStretch(1);
    layout->addLayout(filters);

    auto* body = new QWidget(this);
    auto* bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(8, 6, 8, 4);
    m_noList = new QLabel(body);
    m_noList->setObjectName(u"necNoVolumeListLabel"_s);
    m_noList->setWordWrap(true);
    m_noList->setStyleSheet(Theme::css(u"QLabel { background: #fff6e0; border: 1px solid #e6cf8f; padding: 6px; }"_s));
    m_noList->hide();
    bodyLayout->addWidget(m_noList);
    auto* splitter = new QSplitter(Qt::Vertical, body);
    m_volumes = new QTreeWidget(splitter);
    m_volumes->setObjectName(u"necVolumeList"_s);
    m_volumes->setRootIsDecorated(false);
    m_volumes->setUniformRowHeights(true);
    m_volumes->setAlternatingRowColors(true);
    m_volumes->setHeaderLabels({tr("Drive Letter/Path Name"), tr("Volume Name"), tr("Disk No."),
        tr("Volume Definition"), tr("LUN"), tr("LDN"), tr("LD Name"), tr("Disk Array"), tr("Classification")});
    m_volumes->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_volumes->header()->setSectionResizeMode(VolumeNameColumn, QHeaderView::Interactive);
    m_volumes->header()->resizeSection(VolumeNameColumn, 170);
    m_volumes->setTextElideMode(Qt::ElideRight);
    auto* lower = new QWidget(splitter);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 4, 0, 0);
    auto* pairedTitle = new QLabel(tr("Paired/Linked Logical Disk Information List"), lower);
    pairedTitle->setStyleSheet(u"font-weight: bold;"_s);
    lowerLayout->addWidget(pairedTitle);
    m_paired = new QTreeWidget(lower);
    m_paired->setObjectName(u"necPairedList"_s);
    m_paired->setRootIsDecorated(false);
    m_paired->setHeaderLabels({tr("Classification"), tr("LDN"), tr("LD Name"), tr("Disk Array")});
    m_paired->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    lowerLayout->addWidget(m_paired);
    splitter->addWidget(m_volumes);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    bodyLayout->addWidget(splitter, 1);
    layout->addWidget(body, 1);

    m_status = new QStatusBar(this);
    m_status->setObjectName(u"necVolumeListStatusBar"_s);
    m_status->setSizeGripEnabled(false);
    m_count = new QLabel(m_status);
    m_count->setObjectName(u"necVolumeCountLabel"_s);
    m_status->addPermanentWidget(m_count);
    layout->addWidget(m_status);

    connect(m_server, &QComboBox::currentIndexChanged, this, [this]() { fillVolumes(); });
    connect(m_array, &QComboBox::currentIndexChanged, this, [this]() { fillVolumes(); });
    connect(m_volumes, &QTreeWidget::itemSelectionChanged, this, [this]() {
        fillPaired();
        updateActions();
    });
    connect(m_createList, &QAction::triggered, this, &VolumeListPanel::createVolumeList);
    connect(m_refresh, &QAction::triggered, this, [this]() {
        m_key.clear();
        fillVolumes();
    });
    connect(m_defineControl, &QAction::triggered, this, &VolumeListPanel::defineControlVolume);
    connect(m_mount, &QAction::triggered, this, &VolumeListPanel::mount);
    connect(m_umount, &QAction::triggered, this,
        [this]() { hostCommand(u"necUmount"_s, tr("%1: unmounted (the file system buffer was written).")); });
    connect(m_flush, &QAction::triggered, this,
        [this]() { hostCommand(u"necFlush"_s, tr("%1: the file system buffer was written to the disk.")); });
    updateActions();
}

VolumeListPanel::~VolumeListPanel() = default;

DefineControlVolumeDialog* VolumeListPanel::defineControlVolumeDialog() const
{
    return m_defineDialog;
}

OperationDialog* VolumeListPanel::mountDialog() const
{
    return m_mountDialog;
}

void VolumeListPanel::setConnection(EngineConnection* connection)
{
    m_connection = connection;
}

void VolumeListPanel::setSnapshot(const SnapshotPtr& snapshot)
{
    m_snapshot = snapshot;
    fillServers();
    fillVolumes();
}

QString VolumeListPanel::server() const
{
    return m_server->currentText();
}

void VolumeListPanel::fillServers()
{
    const Configuration& config = m_snapshot->config;
    const QStringList names = serverNames(config);
    QStringList shown;
    for (int i = 0; i < m_server->count(); ++i) {
        shown.append(m_server->itemText(i));
    }
    if (shown != names) {
        const QString current = m_server->currentText();
        const QSignalBlocker blocker(m_server);
        m_server->clear();
        m_server->addItems(names);
        m_server->setCurrentIndex(std::max(0, int(names.indexOf(current))));
    }
    QStringList arrays {tr("ALL")};
    for (const Subsystem& s : diskArrays(config)) {
        arrays.append(s.name);
    }
    shown.clear();
    for (int i = 0; i < m_array->count(); ++i) {
        shown.append(m_array->itemText(i));
    }
    if (shown != arrays) {
        const QString current = m_array->currentText();
        const QSignalBlocker blocker(m_array);
        m_array->clear();
        m_array->addItems(arrays);
        m_array->setCurrentIndex(std::max(0, int(arrays.indexOf(current))));
    }
}

void VolumeListPanel::fillVolumes()
{
    if (!m_snapshot) {
        return;
    }
    const Configuration& config = m_snapshot->config;
    const CopyPath* serverRec = serverRecord(config, server());
    const bool listed = serverRec != nullptr && hasWord(serverRec->state, u"vollist=yes"_s);
    const QString filter = m_array->currentIndex() > 0 ? m_array->currentText() : QString();
    QList<CopyPath> shown;
    if (listed) {
        for (const CopyPath& d : disksOf(config, server())) {
            const LogicalDrive ld = config.logicalDrives.value(d.sourceRef);
            if (filter.isEmpty() || config.subsystems.value(ld.subsystemId).name == filter) {
                shown.append(d);
            }
        }
    }
    // Rebuilt only when what it shows changed (snapshots come several times a second while a copy runs).
    QStringList key {server(), filter, listed ? u"listed"_s : QString()};
    for (const CopyPath& d : std::as_const(shown)) {
        key << d.state + u'|' + classificationOf(config, d.sourceRef);
    }
    if (key == m_key) {
        updateActions();
        return;
    }
    m_key = key;
    const QString selected
        = m_volumes->selectedItems().isEmpty() ? QString() : m_volumes->selectedItems().first()->text(DiskColumn);
    const QSignalBlocker blocker(m_volumes);
    m_volumes->clear();
    m_noList->setVisible(serverRec != nullptr && !listed);
    m_noList->setText(
        tr("The volume list of %1 has not been created: select File > Create/Update Volume List.").arg(server()));
    int count = 0;
    {
        for (const CopyPath& d : std::as_const(shown)) {
            const LogicalDrive ld = config.logicalDrives.value(d.sourceRef);
            const QString array = config.subsystems.value(ld.subsystemId).name;
            const QString letter = wordValue(d.state, u"letter"_s);
            auto* item = new QTreeWidgetItem(m_volumes,
                {letter.isEmpty() ? u"-"_s : letter, letter.isEmpty() ? u"-"_s : volumeNameOf(d), d.targetPort,
                    isControl(d) ? tr("Control") : u"-"_s, wordValue(d.state, u"lun"_s, u"000h"_s),
                    ldnOf(config, ld.id), ld.name, array, classificationOf(config, ld.id)});
            item->setToolTip(VolumeNameColumn, volumeNameOf(d));
            item->setToolTip(DriveColumn,
                isMounted(d) ? tr("Mounted") : (letter.isEmpty() ? tr("No drive letter") : tr("Not mounted")));
            if (!isMounted(d) && !letter.isEmpty()) {
                item->setForeground(DriveColumn, palette().brush(QPalette::Disabled, QPalette::Text));
            }
            if (d.targetPort == selected) {
                item->setSelected(true);
                m_volumes->setCurrentItem(item);
            }
            ++count;
        }
    }
    m_count->setText(tr("VOLUME : %1").arg(count));
    fillPaired();
    updateActions();
}

void VolumeListPanel::fillPaired()
{
    m_paired->clear();
    const QList<QTreeWidgetItem*> sel = m_volumes->selectedItems();
    if (!m_snapshot || sel.isEmpty()) {
        return;
    }
    const Configuration& config = m_snapshot->config;
    const LogicalDrive* ld = nullptr;
    for (const LogicalDrive& l : config.logicalDrives) {
        if (l.name == sel.first()->text(LdNameColumn)
            && config.subsystems.value(l.subsystemId).name == sel.first()->text(ArrayColumn)) {
            ld = &l;
        }
    }
    if (ld == nullptr) {
        return;
    }
    const auto add = [this, &config](ObjectId id) {
        const LogicalDrive p = config.logicalDrives.value(id);
        new QTreeWidgetItem(m_paired,
            {classificationOf(config, id), ldnOf(config, id), p.name, config.subsystems.value(p.subsystemId).name});
    };
    for (const Relationship& r : pairsOfMv(config, ld->id)) {
        add(r.targetId);
    }
    if (const Relationship* r = pairOfRv(config, ld->id)) {
        add(r->sourceId);
    }
}

bool VolumeListPanel::selectDisk(const QString& disk)
{
    for (int i = 0; i < m_volumes->topLevelItemCount(); ++i) {
        if (m_volumes->topLevelItem(i)->text(DiskColumn) == disk) {
            m_volumes->setCurrentItem(m_volumes->topLevelItem(i));
            return true;
        }
    }
    return false;
}

void VolumeListPanel::updateActions()
{
    const bool haveServer = !server().isEmpty() && m_connection != nullptr;
    m_createList->setEnabled(haveServer);
    m_defineControl->setEnabled(haveServer);
    const QList<QTreeWidgetItem*> sel = m_volumes->selectedItems();
    bool mounted = false;
    if (!sel.isEmpty() && m_snapshot) {
        for (const CopyPath& d : disksOf(m_snapshot->config, server())) {
            if (d.targetPort == sel.first()->text(DiskColumn)) {
                mounted = isMounted(d);
            }
        }
    }
    m_mount->setEnabled(haveServer && !sel.isEmpty() && !mounted);
    m_umount->setEnabled(haveServer && mounted);
    m_flush->setEnabled(haveServer && mounted);
}

void VolumeListPanel::createVolumeList()
{
    const QString name = server();
    m_connection->submit(
        {u"necCreateVolumeList"_s, {{u"server"_s, name}}}, this, [this, name](const CommandResult& result) {
            if (!result.ok()) {
                MessageBox::critical(this, tr("Create/Update Volume List"), result.error.localizedMessage());
                return;
            }
            m_status->showMessage(tr("%1: iSM11701: Volume list is created successfully.").arg(name));
            m_key.clear(); // the screen is refreshed at once
            fillVolumes();
        });
}

void VolumeListPanel::defineControlVolume()
{
    if (m_defineDialog || !m_snapshot) {
        return;
    }
    m_defineDialog = new DefineControlVolumeDialog(m_connection, m_snapshot, server(), this);
    m_defineDialog->open();
}

void VolumeListPanel::mount()
{
    const QList<QTreeWidgetItem*> sel = m_volumes->selectedItems();
    if (m_mountDialog || sel.isEmpty() || !m_snapshot) {
        return;
    }
    const QString disk = sel.first()->text(DiskColumn);
    CopyPath volume;
    QSet<QString> used;
    for (const CopyPath& d : disksOf(m_snapshot->config, server())) {
        if (d.targetPort == disk) {
            volume = d;
        } else if (const QString l = wordValue(d.state, u"letter"_s); !l.isEmpty()) {
            used.insert(l);
        }
    }
    auto* d = new OperationDialog(m_connection, tr("Mount"), u"necMountDialog"_s, this);
    d->setIntro(
        tr("Mounts %1 (%2, %3) on %4.").arg(disk, sel.first()->text(LdNameColumn), volumeNameOf(volume), server()));
    auto* letter = new QComboBox(d);
    letter->setObjectName(u"driveLetterCombo"_s);
    const QString own = wordValue(volume.state, u"letter"_s);
    for (char c = 'D'; c <= 'Z'; ++c) {
        const QString l = QString(QLatin1Char(c)) + u':';
        if (!used.contains(l)) {
            letter->addItem(l);
        }
    }
    letter->setCurrentIndex(std::max(0, letter->findText(own)));
    d->form()->addRow(tr("Drive letter:"), letter);
    const QString name = server();
    const QString mvol = volumeNameOf(volume);
    d->setRequest([name, mvol, letter]() {
        return CommandRequest {
            u"necMount"_s, {{u"server"_s, name}, {u"drive"_s, letter->currentText()}, {u"mvol"_s, mvol}}};
    });
    d->revalidate();
    m_mountDialog = d;
    d->open();
}

void VolumeListPanel::hostCommand(const QString& command, const QString& done)
{
    const QList<QTreeWidgetItem*> sel = m_volumes->selectedItems();
    if (sel.isEmpty()) {
        return;
    }
    const QString disk = sel.first()->text(DiskColumn);
    const QString what = sel.first()->text(DriveColumn) != u"-"_s ? sel.first()->text(DriveColumn) : disk;
    m_connection->submit({command, {{u"server"_s, server()}, {u"drive"_s, disk}}}, this,
        [this, done, what](const CommandResult& result) {
            if (!result.ok()) {
                MessageBox::critical(this, tr("Volume List Display"), result.error.localizedMessage());
                return;
            }
            QString text = done.arg(what);
            if (result.data.value(u"letterReset"_s).toBool()) {
                text += u' ' + tr("iSM13221: Resetting drive letter (%1) has succeeded.").arg(what);
            }
            m_status->showMessage(text);
        });
}

} // namespace Copyline::NecUi
