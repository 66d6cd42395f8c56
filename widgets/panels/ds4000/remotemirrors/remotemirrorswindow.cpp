// SPDX-License-Identifier: GPL-3.0-or-later
#include "remotemirrorswindow.h"

#include "api/rules.h"
#include "common/findbar.h"
#include "common/icons.h"
#include "common/messagelabel.h"
#include "common/texts.h"
#include "common/theme.h"
#include "common/windowsettings.h"
#include "delegates/mirrorprogressdelegate.h"
#include "panels/ds4000/remotemirrors/mirroractions.h"
#include "panels/ds4000/remotemirrors/mirrorpairmodel.h"
#include "panels/ds4000/rules/remotemirrorrules.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

using Rules = RemoteMirrorRules;

} // namespace

RemoteMirrorsWindow::RemoteMirrorsWindow(EngineConnection* connection, QWidget* parent)
    : QMainWindow(parent)
    , m_connection(connection)
{
    setObjectName(u"remoteMirrorsWindow"_s);
    setWindowTitle(tr("Remote Mirrors"));
    setWindowIcon(Icons::icon(u"feature-remotemirror-enabled-activated"_s));
    // A window of its own, not a dock of the main window; it is deleted with the main window.
    setWindowFlag(Qt::Window);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(10, 10, 10, 6);
    layout->setSpacing(8);
    m_heading = new QLabel(tr("Each storage subsystem keeps its own record of every mirrored pair it takes part in; "
                              "the panes show both sides."),
        central);
    m_heading->setObjectName(u"headingLabel"_s);
    m_heading->setWordWrap(true);
    m_heading->setStyleSheet(Theme::css(u"QLabel { color: #4a5968; }"_s));
    m_find = new FindBar(central, this);
    m_find->setObjectName(u"mirrorFindBar"_s);
    m_find->setPlaceholderText(tr("Logical drive, status, role or mode"));
    auto* top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_find, 0);
    m_find->setMinimumWidth(320);
    layout->addLayout(top);
    m_attention = makeMessageLabel(u"attentionLabel"_s, MessageKind::Error, central);
    layout->addWidget(m_attention);
    m_empty = new QLabel(tr("No storage subsystem of this workspace supports Enhanced Remote Mirroring."), central);
    m_empty->setObjectName(u"emptyLabel"_s);
    m_empty->hide();
    layout->addWidget(m_empty);
    m_splitter = new QSplitter(Qt::Vertical, central);
    m_splitter->setObjectName(u"paneSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_model = new MirrorPairModel(this);
    m_actions = new MirrorActions(this);
    m_actions->setConnection(connection);

    QMenu* menu = menuBar()->addMenu(tr("Remote &Mirroring"));
    menu->setObjectName(u"menuRemoteMirroring"_s);
    m_actions->fillLogicalDriveMenu(menu, false, false);
    menu->addSeparator();
    auto* close = new QAction(tr("&Close"), this);
    close->setObjectName(u"actionCloseRemoteMirrors"_s);
    close->setShortcut(QKeySequence::Close);
    addAction(close);
    connect(close, &QAction::triggered, this, &QWidget::close);
    menu->addAction(close);
    QMenu* simulation = menuBar()->addMenu(tr("Si&mulation"));
    simulation->setObjectName(u"remoteMirrorsSimulationMenu"_s);
    simulation->setToolTipsVisible(true);
    simulation->addAction(m_actions->linkAction());

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"summaryLabel"_s);
    // A long summary must not make the window wider than a small screen: it is cut, and whole in its tooltip.
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    statusBar()->addWidget(m_summary, 1);
    m_selectedLabel = new QLabel(this);
    m_selectedLabel->setObjectName(u"selectedPairLabel"_s);
    m_selectedProgress = new QProgressBar(this);
    m_selectedProgress->setObjectName(u"selectedPairProgressBar"_s);
    m_selectedProgress->setRange(0, 1000);
    m_selectedProgress->setMaximumWidth(180);
    m_selectedProgress->setMaximumHeight(fontMetrics().height() + 6);
    m_selectedProgress->setTextVisible(false);
    m_selectedProgress->setAccessibleName(tr("Synchronization progress of the selected pair"));
    QPalette blue = m_selectedProgress->palette();
    blue.setColor(QPalette::Highlight, Icons::Palette::inProgress);
    m_selectedProgress->setPalette(blue);
    statusBar()->addPermanentWidget(m_selectedLabel);
    statusBar()->addPermanentWidget(m_selectedProgress);
    m_selectedLabel->hide();
    m_selectedProgress->hide();

    connect(m_model, &QAbstractItemModel::dataChanged, this, &RemoteMirrorsWindow::updateStatusBar);
    if (m_connection) {
        connect(m_connection, &EngineConnection::snapshotChanged, this, &RemoteMirrorsWindow::onSnapshot);
    }
    // The panes' columns are restored as the panes are built (rebuildPanes), from the same group.
    restoreWindowSettings(this, u"remoteMirrors"_s, {1720, 660});
    onSnapshot(m_connection ? m_connection->snapshot() : nullptr);
}

RemoteMirrorsWindow::~RemoteMirrorsWindow() = default;

void RemoteMirrorsWindow::closeEvent(QCloseEvent* event)
{
    saveWindowSettings(
        this, u"remoteMirrors"_s, m_panes.isEmpty() ? nullptr : m_panes.first().table->horizontalHeader());
    QMainWindow::closeEvent(event);
}

QTableView* RemoteMirrorsWindow::pane(ObjectId subsystemId) const
{
    const auto it = m_panes.constFind(subsystemId);
    return it == m_panes.cend() ? nullptr : it->table;
}

MirrorPairFilterModel* RemoteMirrorsWindow::paneModel(ObjectId subsystemId) const
{
    const auto it = m_panes.constFind(subsystemId);
    return it == m_panes.cend() ? nullptr : it->filter;
}

void RemoteMirrorsWindow::onSnapshot(const SnapshotPtr& snapshot)
{
    m_snapshot = snapshot ? snapshot : std::make_shared<Snapshot>();
    m_model->setSnapshot(m_snapshot);
    rebuildPanes();
    updatePaneHeaders();
    const Configuration& c = m_snapshot->config;
    // Needs Attention: one line per pair the administrator must act on, with what to do (spec §7.2). Both sides of
    // a pair usually say the same: the primary's record speaks for the pair, a lone record for itself.
    QStringList attention;
    QSet<ObjectId> pairs;
    QList<Mirror> records = c.mirrors.values();
    std::stable_sort(records.begin(), records.end(), [](const Mirror& a, const Mirror& b) {
        return a.role == MirrorRole::Primary && b.role != MirrorRole::Primary;
    });
    for (const Mirror& m : std::as_const(records)) {
        if (!Rules::needsAttention(m.status) || pairs.contains(m.pairId)) {
            continue;
        }
        pairs.insert(m.pairId);
        QString advice;
        switch (m.status) {
        case MirrorStatus::Unsynchronized:
            advice = m.autoResync ? tr("it resynchronizes by itself once the link is back")
                                  : tr("restore the link, then Resume");
            break;
        case MirrorStatus::Unresponsive:
            advice = tr("remove the relationship on this storage subsystem");
            break;
        case MirrorStatus::DualPrimary:
        case MirrorStatus::DualSecondary:
            advice = tr("change the role of one side once the storage subsystems communicate");
            break;
        case MirrorStatus::Synchronizing:
        case MirrorStatus::Synchronized:
        case MirrorStatus::Suspended:
            break;
        }
        attention.append(tr("%1 on %2 is %3: %4.", "drive on subsystem is status: advice")
                             .arg(c.logicalDrives.value(m.id).name, c.subsystems.value(m.subsystemId).name,
                                 Rules::statusText(m.status), advice));
    }
    constexpr qsizetype kShown = 4;
    if (attention.size() > kShown) {
        const auto more = static_cast<int>(attention.size() - kShown);
        attention = attention.mid(0, kShown);
        attention.append(tr("%n more pair(s) need attention.", nullptr, more));
    }
    const QString text = attention.isEmpty() ? QString() : tr("Needs Attention: %1").arg(attention.join(u' '));
    if (m_attention->text() != text) {
        m_attention->setText(text);
    }
    m_attention->setVisible(!text.isEmpty());
    int counts[7] {};
    for (const Mirror& m : c.mirrors) {
        ++counts[static_cast<int>(m.status)];
    }
    QStringList parts;
    for (const MirrorStatus s :
        {MirrorStatus::Synchronized, MirrorStatus::Synchronizing, MirrorStatus::Suspended, MirrorStatus::Unsynchronized,
            MirrorStatus::Unresponsive, MirrorStatus::DualPrimary, MirrorStatus::DualSecondary}) {
        if (const int n = counts[static_cast<int>(s)]; n > 0) {
            parts.append(tr("%1 %2", "count status").arg(n).arg(Rules::statusText(s)));
        }
    }
    const QString summary = tr("%n mirror record(s)", nullptr, static_cast<int>(c.mirrors.size()))
        + (parts.isEmpty() ? QString() : u": "_s + parts.join(u", "_s));
    if (m_summary->text() != summary) {
        m_summary->setText(summary);
        m_summary->setToolTip(summary);
    }
    updateActions();
    updateStatusBar();
}

void RemoteMirrorsWindow::rebuildPanes()
{
    const Configuration& c = m_snapshot->config;
    QList<ObjectId> wanted;
    for (const Subsystem& s : c.subsystems) {
        if (Rules::supported(*m_snapshot, s)) {
            wanted.append(s.id);
        }
    }
    if (wanted == m_panes.keys()) {
        return;
    }
    for (auto it = m_panes.begin(); it != m_panes.end();) {
        if (!wanted.contains(it.key())) {
            it->widget->deleteLater();
            it = m_panes.erase(it);
        } else {
            ++it;
        }
    }
    QSettings settings;
    const QByteArray headerState = settings.value(u"remoteMirrors/header"_s).toByteArray();
    for (const ObjectId id : std::as_const(wanted)) {
        if (m_panes.contains(id)) {
            continue;
        }
        Pane p;
        p.widget = new QWidget(m_splitter);
        p.widget->setObjectName(u"mirrorPane%1"_s.arg(id));
        auto* layout = new QVBoxLayout(p.widget);
        layout->setContentsMargins(0, 4, 0, 0);
        layout->setSpacing(4);
        auto* header = new QHBoxLayout;
        auto* icon = new QLabel(p.widget);
        icon->setObjectName(u"featureIconLabel"_s);
        icon->setFixedSize(24, 24);
        header->addWidget(icon);
        p.title = new QLabel(p.widget);
        p.title->setObjectName(u"paneTitleLabel"_s);
        p.title->setStyleSheet(u"QLabel { font-weight: bold; }"_s);
        header->addWidget(p.title);
        header->addSpacing(12);
        p.state = new QLabel(p.widget);
        p.state->setObjectName(u"paneStateLabel"_s);
        p.state->setStyleSheet(Theme::css(u"QLabel { color: #4a5968; }"_s));
        p.state->setWordWrap(true); // a long state wraps rather than widening the window past a small screen
        header->addWidget(p.state, 1);
        layout->addLayout(header);
        p.filter = new MirrorPairFilterModel(p.widget);
        p.filter->setSourceModel(m_model);
        p.filter->setSubsystem(id);
        p.table = new QTableView(p.widget);
        p.table->setObjectName(u"mirrorPairTableView%1"_s.arg(id));
        p.table->setModel(p.filter);
        m_find->addView(p.table);
        p.table->setItemDelegateForColumn(MirrorPairModel::ProgressColumn, new MirrorProgressDelegate(p.table));
        p.table->setSelectionBehavior(QAbstractItemView::SelectRows);
        p.table->setSelectionMode(QAbstractItemView::ExtendedSelection);
        p.table->setSortingEnabled(true);
        p.table->sortByColumn(MirrorPairModel::LogicalDriveColumn, Qt::AscendingOrder);
        p.table->setAlternatingRowColors(true);
        p.table->setShowGrid(false);
        p.table->setWordWrap(false);
        p.table->setIconSize({18, 18});
        p.table->setContextMenuPolicy(Qt::CustomContextMenu);
        p.table->setAccessibleName(tr("Mirror records of %1").arg(Texts::subsystemLabel(c.subsystems.value(id).name)));
        p.table->verticalHeader()->hide();
        p.table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
        p.table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        QHeaderView* h = p.table->horizontalHeader();
        h->setHighlightSections(false);
        h->setStretchLastSection(true);
        h->setSectionResizeMode(QHeaderView::Interactive);
        // Starting widths for the English texts at the default font, widened where a title (or, for the status, its
        // longest text) needs more: translated headers and larger fonts are not cut off.
        const QList<int> widths {120, 70, 145, 150, 355, 105, 85, 75, 105, 210, 65, 115, 55, 135};
        Mirror inconsistent;
        inconsistent.status = MirrorStatus::Synchronizing;
        inconsistent.secondaryInconsistent = true;
        const int statusWidth = p.table->fontMetrics().horizontalAdvance(Rules::statusText(inconsistent))
            + p.table->iconSize().width() + 20;
        for (int column = 0; column < widths.size(); ++column) {
            const QString title = m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
            int width = std::max(widths.at(column), h->fontMetrics().horizontalAdvance(title) + 14);
            if (column == MirrorPairModel::StatusColumn) {
                width = std::max(width, statusWidth);
            }
            h->resizeSection(column, width);
        }
        // A pane's records all mirror with the one partner named in its header (at most two storage subsystems
        // take part in a mirror configuration), so the remote subsystem column starts hidden.
        h->hideSection(MirrorPairModel::RemoteSubsystemColumn);
        if (!headerState.isEmpty()) {
            h->restoreState(headerState);
        }
        layout->addWidget(p.table, 1);
        m_splitter->addWidget(p.widget);
        connect(p.table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this, id]() {
            if (!m_panes.value(id).table->selectionModel()->selectedRows().isEmpty()) {
                activate(id);
            }
            updateActions();
            updateStatusBar();
        });
        connect(p.table, &QTableView::customContextMenuRequested, this,
            [this, id](const QPoint& pos) { showContextMenu(id, pos); });
        connect(p.table, &QTableView::clicked, this, [this, id]() { activate(id); });
        m_panes.insert(id, p);
    }
    if (!m_panes.contains(m_active)) {
        m_active = m_panes.isEmpty() ? 0 : m_panes.firstKey();
    }
    m_empty->setVisible(m_panes.isEmpty());
}

void RemoteMirrorsWindow::updatePaneHeaders()
{
    const Configuration& c = m_snapshot->config;
    for (auto it = m_panes.begin(); it != m_panes.end(); ++it) {
        const Subsystem s = c.subsystems.value(it.key());
        const QString title = Texts::subsystemLabel(s.name);
        if (it->title->text() != title) {
            it->title->setText(title);
        }
        const bool attention = m_snapshot->needsAttention.value(s.id, false);
        QString state = tr(
            "%1 · Remote Logical Drive Mirroring %2 · %3 of %4 mirrored logical drives", "model · option state · count")
                            .arg(s.model, Rules::optionState(s))
                            .arg(MirrorRules::mirrorCount(c, s.id))
                            .arg(Rules::maxMirrors(*m_snapshot, s));
        if (const ObjectId partner = MirrorRules::mirrorPartnerSubsystem(c, s.id); partner != 0) {
            state += u" · "_s + tr("mirrors with %1").arg(Texts::subsystemLabel(c.subsystems.value(partner).name));
        }
        if (attention) {
            state += u" · "_s + Texts::subsystemStatus(true);
        }
        if (it->state->text() != state) {
            it->state->setText(state);
            it->state->setStyleSheet(
                Theme::css(attention ? u"QLabel { color: #b3261e; }"_s : u"QLabel { color: #4a5968; }"_s));
            auto* icon = it->widget->findChild<QLabel*>(u"featureIconLabel"_s);
            icon->setPixmap(Icons::icon(
                Icons::forFeature(PremiumFeature::RemoteMirror, s.remoteMirrorEnabled, s.remoteMirrorActivated))
                                .pixmap(22, 22));
            icon->setToolTip(
                Texts::featureStatus(PremiumFeature::RemoteMirror, s.remoteMirrorEnabled, s.remoteMirrorActivated));
        }
    }
}

void RemoteMirrorsWindow::activate(ObjectId subsystemId)
{
    if (m_active == subsystemId) {
        return;
    }
    m_active = subsystemId;
    // One pane's selection at a time: the actions act on one storage subsystem.
    for (auto it = m_panes.begin(); it != m_panes.end(); ++it) {
        if (it.key() != subsystemId) {
            const QSignalBlocker blocker(it->table->selectionModel());
            it->table->clearSelection();
            it->table->viewport()->update();
        }
    }
    updateActions();
}

QList<ObjectId> RemoteMirrorsWindow::selectedRecords() const
{
    const auto it = m_panes.constFind(m_active);
    if (it == m_panes.cend()) {
        return {};
    }
    QList<QModelIndex> rows = it->table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QList<ObjectId> ids;
    for (const QModelIndex& index : std::as_const(rows)) {
        ids.append(index.data(IdRole).toLongLong());
    }
    return ids;
}

bool RemoteMirrorsWindow::selectRecord(ObjectId ldId)
{
    const Mirror* m = m_snapshot->config.mirrorOf(ldId);
    if (m == nullptr || !m_panes.contains(m->subsystemId)) {
        return false;
    }
    const Pane& p = m_panes.value(m->subsystemId);
    const QModelIndex index = p.filter->mapFromSource(m_model->indexOf(ldId));
    if (!index.isValid()) {
        return false;
    }
    activate(m->subsystemId);
    p.table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    p.table->scrollTo(index);
    return true;
}

QString RemoteMirrorsWindow::attentionText() const
{
    return m_attention->isHidden() ? QString() : m_attention->text();
}

QString RemoteMirrorsWindow::selectedPairStatus() const
{
    return m_selectedLabel->isHidden() ? QString() : m_selectedLabel->text();
}

QString RemoteMirrorsWindow::statusOf(ObjectId ldId) const
{
    return m_model->indexOf(ldId, MirrorPairModel::StatusColumn).data().toString();
}

void RemoteMirrorsWindow::updateActions()
{
    m_actions->setContext(m_snapshot, m_active, selectedRecords());
}

void RemoteMirrorsWindow::updateStatusBar()
{
    const QList<ObjectId> ids = selectedRecords();
    const MirrorPairModel::Row* r = ids.size() == 1 ? m_model->rowById(ids.first()) : nullptr;
    if (r == nullptr || r->status != MirrorStatus::Synchronizing) {
        m_selectedLabel->clear();
        m_selectedLabel->hide();
        m_selectedProgress->hide();
        return;
    }
    QString text = r->role == MirrorRole::Primary ? tr("%1 → %2: %3", "primary → secondary: progress")
                                                        .arg(r->name, r->remoteName, MirrorPairModel::progressText(*r))
                                                  : tr("%1 → %2: %3", "primary → secondary: progress")
                                                        .arg(r->remoteName, r->name, MirrorPairModel::progressText(*r));
    if (r->etaSeconds >= 0 && r->percent >= 0) {
        text = tr("%1, %2 remaining", "progress, time remaining").arg(text, Texts::duration(r->etaSeconds));
    }
    m_selectedLabel->setText(text);
    m_selectedLabel->show();
    m_selectedProgress->setValue(static_cast<int>(std::max(0.0, r->percent) * 10));
    m_selectedProgress->show();
}

void RemoteMirrorsWindow::showContextMenu(ObjectId subsystemId, const QPoint& pos)
{
    const Pane p = m_panes.value(subsystemId);
    const QModelIndex index = p.table->indexAt(pos);
    activate(subsystemId);
    if (index.isValid() && !p.table->selectionModel()->isRowSelected(index.row(), {})) {
        p.table->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    updateActions();
    QMenu menu(this);
    menu.setObjectName(u"contextMenu"_s);
    m_actions->fillLogicalDriveMenu(&menu, false, false);
    menu.exec(p.table->viewport()->mapToGlobal(pos));
}

} // namespace Copyline
