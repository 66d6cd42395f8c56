// SPDX-License-Identifier: GPL-3.0-or-later
#include "necreplicationpanel.h"

#include "common/findbar.h"
#include "common/theme.h"
#include "delegates/copyprogressdelegate.h"
#include "models/roles.h"
#include "panels/nec/necoperations.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Copyline::NecUi
{

namespace
{

bool copying(const Relationship& r)
{
    return r.state.endsWith(u"/exec"_s);
}

} // namespace

ReplicationPanel::ReplicationPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"necReplicationPanel"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);

    auto* buttons = new QHBoxLayout;
    const QList<std::pair<QString, QString>> ops {
        {tr("Pair Setting…"), u"necPairSettingButton"_s},
        {tr("Unpair…"), u"necUnpairButton"_s},
        {tr("Replicate…"), u"necReplicateButton"_s},
        {tr("Separate…"), u"necSeparateButton"_s},
        {tr("Restore…"), u"necRestoreButton"_s},
        {tr("RV Access…"), u"necRvAccessButton"_s},
    };
    for (int i = 0; i < ops.size(); ++i) {
        auto* b = new QPushButton(ops[i].first, this);
        b->setObjectName(ops[i].second);
        connect(b, &QPushButton::clicked, this, [this, i]() { openOperation(static_cast<Operation>(i)); });
        buttons->addWidget(b);
        m_buttons.append(b);
    }
    m_buttons[PairSetting]->setToolTip(tr("Bind an RV to an MV (pair setting)"));
    m_buttons[RvAccess]->setToolTip(tr("RV access restriction change"));
    buttons->addStretch(1);
    m_arrayLabel = new QLabel(this);
    m_arrayLabel->setObjectName(u"necArrayLabel"_s);
    buttons->addWidget(m_arrayLabel);
    layout->addLayout(buttons);

    auto* vertical = new QSplitter(Qt::Vertical, this);
    auto* splitter = new QSplitter(Qt::Horizontal, vertical);
    m_tree = new QTreeWidget(splitter);
    m_tree->setObjectName(u"necReplicationTree"_s);
    m_tree->setHeaderLabels({tr("Logical Disk")});
    m_tree->setMinimumWidth(180);
    // One column as wide as its longest entry, scrolled sideways when the pane is narrower: a remote RV's entry
    // ("DR_DATA_03 (0000h) RV on S2100/1258") is not cut before the array it names.
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);

    m_pairs = new QTreeWidget(splitter);
    m_pairs->setObjectName(u"necPairList"_s);
    m_pairs->setRootIsDecorated(false);
    m_pairs->setAlternatingRowColors(true);
    m_pairs->setUniformRowHeights(true);
    m_pairs->setHeaderLabels({tr("MV"), tr("RV"), tr("Activity State"), tr("Sync State"), tr("Progress"),
        tr("Copy Control State"), tr("RV Access"), tr("Separate Diff"), tr("Copy Diff")});
    m_pairs->headerItem()->setToolTip(MvColumn, tr("LD name (LDN)"));
    m_pairs->headerItem()->setToolTip(RvColumn, tr("LD name (LDN)"));
    m_pairs->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_pairs->header()->setSectionResizeMode(ProgressColumn, QHeaderView::Fixed);
    m_pairs->header()->resizeSection(ProgressColumn, 96);
    m_pairs->setItemDelegateForColumn(ProgressColumn, new CopyProgressDelegate(m_pairs));
    m_details = new QLabel(vertical);
    m_details->setObjectName(u"necPairDetails"_s);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setMinimumHeight(80);
    m_details->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_details->setStyleSheet(Theme::css(u"QLabel { background: #f6f8fa; border: 1px solid #d5dce3; padding: 6px; }"_s));
    splitter->addWidget(m_tree);
    splitter->addWidget(m_pairs);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 840});

    // The links to other disk arrays (RemoteDataReplication) with their path state, and their operations.
    auto* linkBox = new QWidget(vertical);
    auto* linkLayout = new QVBoxLayout(linkBox);
    linkLayout->setContentsMargins(0, 4, 0, 0);
    auto* linkRow = new QHBoxLayout;
    auto* linkTitle = new QLabel(tr("<b>Links to other disk arrays</b>"), linkBox);
    linkRow->addWidget(linkTitle);
    linkRow->addStretch(1);
    const QList<std::pair<QString, QString>> linkOps {
        {tr("Connect…"), u"necConnectArraysButton"_s},
        {tr("Link Settings…"), u"necLinkSettingsButton"_s},
        {tr("Disconnect…"), u"necDisconnectArraysButton"_s},
    };
    for (int i = 0; i < linkOps.size(); ++i) {
        auto* b = new QPushButton(linkOps[i].first, linkBox);
        b->setObjectName(linkOps[i].second);
        connect(b, &QPushButton::clicked, this, [this, i]() { openLinkOperation(static_cast<LinkOperation>(i)); });
        linkRow->addWidget(b);
        m_linkButtons.append(b);
    }
    m_linkButtons[ConnectArrays]->setToolTip(tr("Cable this disk array's Replication Director to another's"));
    linkLayout->addLayout(linkRow);
    m_links = new QTreeWidget(linkBox);
    m_links->setObjectName(u"necLinkList"_s);
    m_links->setRootIsDecorated(false);
    m_links->setUniformRowHeights(true);
    m_links->setHeaderLabels(
        {tr("Disk Array"), tr("Path State"), tr("Bandwidth"), tr("Round Trip"), tr("RemoteDataReplication Pairs")});
    m_links->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_links->setMinimumHeight(70);
    linkLayout->addWidget(m_links);
    connect(m_links, &QTreeWidget::itemSelectionChanged, this, &ReplicationPanel::updateActions);
    connect(m_links, &QTreeWidget::itemDoubleClicked, this, [this]() { openLinkOperation(LinkSettings); });

    vertical->addWidget(splitter);
    vertical->addWidget(linkBox);
    vertical->addWidget(m_details);
    vertical->setStretchFactor(0, 1);
    vertical->setStretchFactor(1, 0);
    vertical->setStretchFactor(2, 0);
    vertical->setSizes({420, 130, 110});
    layout->addWidget(vertical, 1);
    // Find over the pair list (MV, RV, activity and sync state...), on its own row under the operation buttons.
    m_find = new FindBar(this, this);
    m_find->setObjectName(u"necFindBar"_s);
    m_find->setPlaceholderText(tr("MV, RV or state"));
    m_find->setMaximumWidth(440);
    m_find->addView(m_pairs);
    layout->insertWidget(1, m_find);

    m_poll = new QTimer(this);
    m_poll->setInterval(500);
    connect(m_poll, &QTimer::timeout, this, [this]() {
        if (isVisible()) { // hidden, it asks again when shown
            requestStatus();
        }
    });
    connect(m_pairs, &QTreeWidget::itemSelectionChanged, this, [this]() {
        updateActions();
        updateDetails();
    });
    connect(m_pairs, &QTreeWidget::itemDoubleClicked, this, [this]() {
        if (const Relationship* r = selectedPair()) {
            openOperation(r->state == u"separated"_s ? Replicate : Separate);
        }
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item != nullptr && !item->data(0, Qt::UserRole).toString().isEmpty()) {
            selectPair(item->data(0, Qt::UserRole).toString());
        }
    });
    updateActions();
}

ReplicationPanel::~ReplicationPanel() = default;

OperationDialog* ReplicationPanel::dialog() const
{
    return m_dialog;
}

void ReplicationPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    requestStatus();
}

void ReplicationPanel::setConnection(EngineConnection* connection)
{
    m_connection = connection;
    m_status.clear();
    m_querying = false;
}

void ReplicationPanel::setSnapshot(const SnapshotPtr& snapshot, ObjectId arrayId)
{
    const bool arrayChanged = arrayId != m_arrayId;
    m_snapshot = snapshot;
    m_arrayId = arrayId;
    if (!m_snapshot) {
        return;
    }
    const Subsystem array = m_snapshot->config.subsystems.value(arrayId);
    m_arrayLabel->setText(tr("Disk array %1 (%2)").arg(array.name, wordValue(array.options, u"userName"_s)));
    rebuildTree();
    updatePairs();
    updateLinks();
    if (arrayChanged && m_pairs->topLevelItemCount() > 0 && m_pairs->selectedItems().isEmpty()) {
        m_pairs->setCurrentItem(m_pairs->topLevelItem(0));
    }
    if (isVisible()) {
        requestStatus();
    }
}

void ReplicationPanel::rebuildTree()
{
    const Configuration& config = m_snapshot->config;
    // Rebuilt only when what it shows changed (snapshots come several times a second while a copy runs).
    QStringList key {QString::number(m_arrayId)};
    for (const LogicalDrive& ld : logicalDisks(config, m_arrayId)) {
        key << ld.name + u':' + ldnOf(config, ld.id) + u':' + classificationOf(config, ld.id);
    }
    for (const Relationship& r : pairs(config, m_arrayId)) {
        key << QString::number(r.sourceId) + u'>' + QString::number(r.targetId);
    }
    if (key == m_treeKey) {
        return;
    }
    m_treeKey = key;
    const QString current = m_tree->currentItem() != nullptr ? m_tree->currentItem()->text(0) : QString();
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    const Subsystem array = config.subsystems.value(m_arrayId);
    auto* root = new QTreeWidgetItem(m_tree, {array.name});
    root->setToolTip(0, wordValue(array.options, u"userName"_s));
    const auto add = [&config](QTreeWidgetItem* parent, const LogicalDrive& ld) {
        auto* item = new QTreeWidgetItem(parent,
            {u"%1 (%2) %3"_s.arg(ldName(config, ld.id), ldnOf(config, ld.id), classificationOf(config, ld.id))});
        item->setData(0, Qt::UserRole, ldName(config, ld.id));
        return item;
    };
    for (const LogicalDrive& ld : logicalDisks(config, m_arrayId)) {
        const QString cls = classificationOf(config, ld.id);
        if (const Relationship* r = pairOfRv(config, ld.id); r != nullptr) {
            if (isRemotePair(config, *r)) {
                // The RV of an MV on another disk array: on its own, with where its MV is.
                QTreeWidgetItem* item = add(root, ld);
                item->setText(0,
                    tr("%1 (RV of %2 on %3)")
                        .arg(item->text(0), ldName(config, r->sourceId), config.subsystems.value(r->subsystemId).name));
            }
            continue; // under its MV
        }
        QTreeWidgetItem* item = add(root, ld);
        for (const Relationship& r : pairsOfMv(config, ld.id)) {
            QTreeWidgetItem* rv = add(item, config.logicalDrives.value(r.targetId));
            if (isRemotePair(config, r)) {
                rv->setText(0, tr("%1 on %2").arg(rv->text(0), config.subsystems.value(rvArrayOf(config, r)).name));
            }
        }
    }
    m_tree->expandAll();
    for (QTreeWidgetItemIterator it(m_tree); *it != nullptr; ++it) {
        (*it)->setToolTip(0, (*it)->text(0));
    }
    if (!current.isEmpty()) {
        const QList<QTreeWidgetItem*> found = m_tree->findItems(current, Qt::MatchExactly | Qt::MatchRecursive);
        if (!found.isEmpty()) {
            m_tree->setCurrentItem(found.first());
        }
    }
}

void ReplicationPanel::updatePairs()
{
    const Configuration& config = m_snapshot->config;
    QHash<ObjectId, QTreeWidgetItem*> items;
    for (int i = 0; i < m_pairs->topLevelItemCount(); ++i) {
        items.insert(m_pairs->topLevelItem(i)->data(0, IdRole).toLongLong(), m_pairs->topLevelItem(i));
    }
    bool anyCopying = false;
    const QList<Relationship> list = pairs(config, m_arrayId);
    QSet<ObjectId> seen;
    for (const Relationship& r : list) {
        seen.insert(r.id);
        QTreeWidgetItem* item = items.value(r.id);
        if (item == nullptr) {
            item = new QTreeWidgetItem(m_pairs);
            item->setData(0, IdRole, r.id);
        }
        const QString mv = ldName(config, r.sourceId);
        const QString rv = ldName(config, r.targetId);
        const PairStatus st = m_status.value(mv + u'/' + rv);
        anyCopying = anyCopying || copying(r);
        // A remote pair names the disk array of the side that is not this one's.
        const bool remote = isRemotePair(config, r);
        const QString mvText = u"%1 (%2)"_s.arg(mv, ldnOf(config, r.sourceId));
        const QString rvText = u"%1 (%2)"_s.arg(rv, ldnOf(config, r.targetId));
        item->setText(MvColumn,
            remote && r.subsystemId != m_arrayId
                ? tr("%1 on %2").arg(mvText, config.subsystems.value(r.subsystemId).name)
                : mvText);
        item->setData(MvColumn, Qt::UserRole, mv);
        item->setText(RvColumn,
            remote && rvArrayOf(config, r) != m_arrayId
                ? tr("%1 on %2").arg(rvText, config.subsystems.value(rvArrayOf(config, r)).name)
                : rvText);
        item->setToolTip(RvColumn, NecTexts::replicationType(config, r));
        item->setData(RvColumn, Qt::UserRole, rv);
        item->setText(ActivityColumn, NecTexts::activity(r));
        item->setText(SyncStateColumn, NecTexts::syncState(r));
        item->setToolTip(SyncStateColumn, r.stateReason);
        item->setForeground(SyncStateColumn,
            r.stateReason.startsWith(u"failure"_s) ? QBrush(Theme::adapt(QColor(0xb0, 0x2a, 0x1a))) : QBrush());
        item->setText(CopyControlColumn, NecTexts::copyControl(r));
        item->setText(RvAccessColumn, NecTexts::rvAccess(NecTexts::rvAccessCode(r)));
        const bool paired = r.state != u"separated"_s;
        const bool known = st.valid && st.syncState == r.state;
        // Progress of the copy the pair is in; a separated pair copies nothing.
        const double progress = !paired ? 0.0 : known ? st.progress : (r.state.endsWith(u"/sync"_s) ? 100.0 : 0.0);
        item->setData(ProgressColumn, ProgressRole, progress);
        item->setData(
            ProgressColumn, StateRole, int(paired ? VolumeCopyStatus::InProgress : VolumeCopyStatus::Stopped));
        item->setText(ProgressColumn, paired ? QLocale().toString(progress, 'f', 1) + u" %"_s : u"—"_s);
        item->setText(SeparateDiffColumn, st.valid ? NecTexts::kilobytes(st.separateDiffKB) : QString());
        item->setText(CopyDiffColumn, st.valid ? NecTexts::kilobytes(st.copyDiffKB) : QString());
        for (const int c : {ProgressColumn, SeparateDiffColumn, CopyDiffColumn}) {
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        }
    }
    for (auto it = items.cbegin(); it != items.cend(); ++it) {
        if (!seen.contains(it.key())) {
            delete it.value();
        }
    }
    if (anyCopying && m_connection != nullptr && !m_poll->isActive()) {
        m_poll->start();
    } else if (!anyCopying && m_poll->isActive()) {
        m_poll->stop();
    }
    updateActions();
    updateDetails();
}

void ReplicationPanel::requestStatus()
{
    if (m_connection == nullptr || !m_snapshot) {
        return;
    }
    if (m_querying) {
        m_queryAgain = true;
        return;
    }
    m_querying = true;
    m_connection->submit({u"necListPairs"_s, {}}, this, [this](const CommandResult& result) {
        m_querying = false;
        if (result.ok()) {
            m_status.clear();
            for (const QJsonValue& v : result.data.value(u"pairs"_s).toArray()) {
                const PairStatus st = PairStatus::fromJson(v.toObject());
                m_status.insert(st.mv + u'/' + st.rv, st);
            }
            if (m_snapshot) {
                updatePairs();
            }
        }
        if (m_queryAgain) {
            m_queryAgain = false;
            requestStatus();
        }
    });
}

const Relationship* ReplicationPanel::selectedPair() const
{
    if (!m_snapshot || m_pairs->selectedItems().isEmpty()) {
        return nullptr;
    }
    const ObjectId id = m_pairs->selectedItems().first()->data(0, IdRole).toLongLong();
    const auto it = m_snapshot->config.relationships.constFind(id);
    return it != m_snapshot->config.relationships.cend() ? &*it : nullptr;
}

bool ReplicationPanel::selectPair(const QString& ldName)
{
    for (const int column : {RvColumn, MvColumn}) {
        for (int i = 0; i < m_pairs->topLevelItemCount(); ++i) {
            if (m_pairs->topLevelItem(i)->data(column, Qt::UserRole).toString() == ldName) {
                m_pairs->setCurrentItem(m_pairs->topLevelItem(i));
                return true;
            }
        }
    }
    return false;
}

void ReplicationPanel::updateActions()
{
    const Relationship* r = selectedPair();
    const QString state = r != nullptr ? r->state : QString();
    const bool separated = state == u"separated"_s;
    // A pair whose MV another engine serves is that engine's to change (this one keeps only the RV's record).
    const QString elsewhere = r != nullptr && m_snapshot ? managingSite(m_snapshot->config, *r) : QString();
    const bool here = elsewhere.isEmpty();
    const QString proxyArray = m_snapshot ? m_snapshot->config.subsystems.value(m_arrayId).peer : QString();
    m_buttons[PairSetting]->setEnabled(m_snapshot != nullptr && m_arrayId != 0 && proxyArray.isEmpty());
    m_buttons[PairSetting]->setToolTip(proxyArray.isEmpty()
            ? QString()
            : tr("The engine of site %1 serves this disk array: set its pairs there.").arg(proxyArray));
    m_buttons[Unpair]->setEnabled(r != nullptr && here);
    m_buttons[Replicate]->setEnabled(separated && here);
    // Elsewhere, a Forced Separate while the managing engine cannot be reached (a failover; the engine decides).
    m_buttons[Separate]->setEnabled(r != nullptr && !separated);
    // [SIM] the engine does not restore a pair across engines (engine/families/nec/rdrsites.cpp).
    const bool rvElsewhere = r != nullptr && m_snapshot
        && !m_snapshot->config.subsystems.value(rvArrayOf(m_snapshot->config, *r)).peer.isEmpty();
    m_buttons[Restore]->setEnabled(separated && here && !rvElsewhere);
    m_buttons[RvAccess]->setEnabled(r != nullptr && here);
    const QString why = r == nullptr ? tr("Select a pair first.")
        : !here ? tr("The MV is on the engine of site %1, which manages the pair: attach that engine to change it.")
                      .arg(elsewhere)
        : separated ? tr("The pair is Separated: Replicate or Restore it.")
                    : tr("The pair is in %1: Separate it first.").arg(state);
    for (const Operation op : {Replicate, Restore}) {
        m_buttons[op]->setToolTip(m_buttons[op]->isEnabled() ? QString() : why);
    }
    if (separated && here && rvElsewhere) {
        m_buttons[Restore]->setToolTip(tr("The RV is on another engine's disk array: Copyline does not restore across "
                                          "engines yet. Unpair, then set a pair with it as the MV on its engine."));
    }
    m_buttons[Separate]->setToolTip(m_buttons[Separate]->isEnabled()
            ? (here ? QString()
                    : tr("Only a Forced Separate, while the engine of site %1 cannot be reached (a failover).")
                          .arg(elsewhere))
            : (r == nullptr ? why : tr("The pair is already separated.")));
    for (const Operation op : {Unpair, RvAccess}) {
        m_buttons[op]->setToolTip(m_buttons[op]->isEnabled() ? QString() : why);
    }
    if (m_linkButtons.isEmpty()) {
        return; // still being built
    }
    const bool link = selectedLink() != nullptr;
    m_linkButtons[ConnectArrays]->setEnabled(m_snapshot != nullptr && m_arrayId != 0 && proxyArray.isEmpty());
    m_linkButtons[ConnectArrays]->setToolTip(proxyArray.isEmpty()
            ? QString()
            : tr("The engine of site %1 serves this disk array: connect it from one of this engine's.")
                  .arg(proxyArray));
    m_linkButtons[LinkSettings]->setEnabled(link);
    m_linkButtons[DisconnectArrays]->setEnabled(link);
    for (const LinkOperation op : {LinkSettings, DisconnectArrays}) {
        m_linkButtons[op]->setToolTip(link ? QString() : tr("Select a link first."));
    }
}

void ReplicationPanel::updateLinks()
{
    const Configuration& config = m_snapshot->config;
    // The rows' texts first: the list is rebuilt only when one changed, as the tree is (snapshots come several
    // times a second while a copy runs, and a rebuild would also reset the user's scrolling).
    struct Row
    {
        ObjectId id;
        bool normal;
        QStringList texts;
    };
    QList<Row> rows;
    QStringList key {QString::number(m_arrayId)};
    for (const MirrorLink& l : linksOf(config, m_arrayId)) {
        const Subsystem other = config.subsystems.value(otherEnd(l, m_arrayId));
        Row row {l.id, linkNormal(l), {}};
        row.texts.resize(LinkColumnCount);
        row.texts[LinkArrayColumn] = tr("%1 (%2)").arg(other.name, wordValue(other.options, u"userName"_s));
        row.texts[PathStateColumn] = NecTexts::pathState(l);
        row.texts[BandwidthColumn] = l.bandwidth > 0
            ? tr("%1/s").arg(QLocale().formattedDataSize(l.bandwidth, 0, QLocale::DataSizeSIFormat))
            : tr("Unlimited");
        row.texts[RoundTripColumn] = tr("%1 ms").arg(QLocale().toString(double(l.roundTripMicros) / 1000.0));
        row.texts[LinkPairsColumn] = QLocale().toString(remotePairsOn(config, l));
        key << QString::number(l.id) + u'\t' + row.texts.join(u'\t');
        rows.append(row);
    }
    if (key == m_linksKey) {
        updateActions(); // a link may have gone (the key names every row)
        return;
    }
    m_linksKey = key;
    const ObjectId current = selectedLink() != nullptr ? selectedLink()->id : 0;
    const QSignalBlocker blocker(m_links);
    m_links->clear();
    for (const Row& row : std::as_const(rows)) {
        auto* item = new QTreeWidgetItem(m_links, row.texts);
        item->setData(LinkArrayColumn, Qt::UserRole, row.id);
        if (!row.normal) {
            item->setForeground(PathStateColumn, QBrush(Theme::adapt(QColor(0xb0, 0x2a, 0x1a))));
            item->setToolTip(
                PathStateColumn, tr("A link fault: remove the cause, then check that the path state is normal."));
        }
        if (row.id == current) {
            item->setSelected(true);
        }
    }
    if (m_links->topLevelItemCount() == 0) {
        auto* item = new QTreeWidgetItem(m_links);
        item->setText(LinkArrayColumn,
            tr("No link: Connect… cables this disk array to another for "
               "RemoteDataReplication."));
        item->setFlags(Qt::ItemIsEnabled);
        item->setForeground(LinkArrayColumn, QBrush(Theme::adapt(QColor(0x60, 0x68, 0x70))));
        item->setFirstColumnSpanned(true);
    }
    updateActions();
}

const MirrorLink* ReplicationPanel::selectedLink() const
{
    if (!m_snapshot || m_links == nullptr || m_links->selectedItems().isEmpty()) {
        return nullptr;
    }
    const ObjectId id = m_links->selectedItems().first()->data(LinkArrayColumn, Qt::UserRole).toLongLong();
    const auto it = m_snapshot->config.mirrorLinks.constFind(id);
    return it != m_snapshot->config.mirrorLinks.cend() ? &*it : nullptr;
}

void ReplicationPanel::openLinkOperation(LinkOperation operation)
{
    if (!m_snapshot || m_dialog || m_arrayId == 0) {
        return;
    }
    const MirrorLink* link = selectedLink();
    if (operation != ConnectArrays && link == nullptr) {
        return;
    }
    switch (operation) {
    case ConnectArrays:
        m_dialog = connectDiskArraysDialog(m_connection, m_snapshot, m_arrayId, this);
        break;
    case LinkSettings:
        m_dialog = linkSettingsDialog(m_connection, *link, m_snapshot->config, m_arrayId, this);
        break;
    case DisconnectArrays:
        m_dialog = disconnectDiskArraysDialog(m_connection, *link, m_snapshot->config, m_arrayId, this);
        break;
    case LinkOperationCount:
        return;
    }
    m_dialog->open();
}

void ReplicationPanel::updateDetails()
{
    const Relationship* r = selectedPair();
    if (r == nullptr) {
        m_details->setText(tr("Select a pair to see its states; Pair Setting binds a new one."));
        return;
    }
    const Configuration& config = m_snapshot->config;
    const QString mv = ldName(config, r->sourceId);
    const QString rv = ldName(config, r->targetId);
    const PairStatus st = m_status.value(mv + u'/' + rv);
    QStringList lines;
    lines << tr("MV %1 (%2, %3) — RV %4 (%5)")
                 .arg(mv, ldnOf(config, r->sourceId), osTypeOf(config, r->sourceId), rv, ldnOf(config, r->targetId));
    lines << tr("Activity State: %1    Sync State: %2").arg(NecTexts::activity(*r), r->state);
    lines << tr("Copy Control State: %1    RV Access: %2")
                 .arg(NecTexts::copyControl(*r), NecTexts::rvAccess(NecTexts::rvAccessCode(*r)));
    if (st.valid) {
        lines << tr("Start Time: %1    Separate Diff: %2    Copy Diff: %3")
                     .arg(QLocale().toString(QDateTime::fromString(st.startTime, Qt::ISODate), QLocale::ShortFormat),
                         NecTexts::kilobytes(st.separateDiffKB), NecTexts::kilobytes(st.copyDiffKB));
        if (st.semiSyncPendingKB >= 0) {
            lines << tr("Semi Sync buffer: %1 of %2 not yet reflected to the RV")
                         .arg(NecTexts::kilobytes(st.semiSyncPendingKB), NecTexts::kilobytes(st.semiSyncLimitKB));
        }
    }
    if (isRemotePair(config, *r)) {
        const MirrorLink* link = linkBetweenArrays(config, r->subsystemId, rvArrayOf(config, *r));
        lines << tr("RemoteDataReplication from disk array %1 to %2; path state of the link: %3")
                     .arg(config.subsystems.value(r->subsystemId).name,
                         config.subsystems.value(rvArrayOf(config, *r)).name,
                         link != nullptr ? NecTexts::pathState(*link) : tr("no link"));
    }
    if (!r->stateReason.isEmpty()) {
        lines << tr("Reason: %1").arg(r->stateReason);
    }
    if (const QString site = managingSite(config, *r); !site.isEmpty()) {
        lines << tr("The MV is on the engine of site %1, which manages the pair: this engine serves the RV.").arg(site);
    }
    m_details->setText(lines.join(u'\n'));
}

void ReplicationPanel::openOperation(Operation operation)
{
    if (!m_snapshot || m_dialog) {
        return;
    }
    const Configuration& config = m_snapshot->config;
    const Relationship* r = selectedPair();
    if (operation != PairSetting && r == nullptr) {
        return;
    }
    switch (operation) {
    case PairSetting: {
        QString mv;
        if (QTreeWidgetItem* item = m_tree->currentItem(); item != nullptr) {
            mv = item->data(0, Qt::UserRole).toString();
        }
        m_dialog = pairSettingDialog(m_connection, m_snapshot, m_arrayId, mv, this);
        break;
    }
    case Unpair:
        m_dialog = unpairDialog(m_connection, *r, config, this);
        break;
    case Replicate:
        m_dialog = replicateDialog(m_connection, *r, config, this);
        break;
    case Separate:
        m_dialog = separateDialog(m_connection, *r, config, this);
        break;
    case Restore:
        m_dialog = restoreDialog(m_connection, *r, config, this);
        break;
    case RvAccess:
        m_dialog = rvAccessDialog(m_connection, *r, config, this);
        break;
    case OperationCount:
        return;
    }
    m_dialog->open();
}

} // namespace Copyline::NecUi
