// SPDX-License-Identifier: GPL-3.0-or-later
#include "copymanager.h"

#include "common/confirm.h"
#include "common/findbar.h"
#include "common/icons.h"
#include "common/messagelabel.h"
#include "common/texts.h"
#include "common/windowsettings.h"
#include "delegates/copyprogressdelegate.h"
#include "dialogs/messagebox.h"
#include "models/volumecopymodel.h"
#include "panels/ds4000/dialogs/volumecopydialogs.h"
#include "panels/ds4000/rules/volumecopyrules.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

CopyManagerWindow::CopyManagerWindow(EngineConnection* connection, ObjectId subsystemId, QWidget* parent)
    : QMainWindow(parent)
    , m_connection(connection)
    , m_subsystemId(subsystemId)
{
    setObjectName(u"copyManagerWindow"_s);
    setWindowTitle(tr("Copy Manager"));
    setWindowIcon(Icons::icon(u"volumecopy"_s));
    // A window of its own, not a dock of the main window; it is deleted with the main window.
    setWindowFlag(Qt::Window);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(10, 10, 10, 6);
    layout->setSpacing(8);

    m_heading = new QLabel(central);
    m_heading->setObjectName(u"headingLabel"_s);
    m_heading->setStyleSheet(u"QLabel { font-weight: bold; }"_s);
    layout->addWidget(m_heading);

    m_attention = makeMessageLabel(u"attentionLabel"_s, MessageKind::Error, central);
    layout->addWidget(m_attention);

    auto* filterRow = new QHBoxLayout;
    filterRow->setSpacing(8);
    auto* showLabel = new QLabel(tr("&Show:"), central);
    m_statusFilter = new QComboBox(central);
    m_statusFilter->setObjectName(u"statusFilterComboBox"_s);
    m_statusFilter->addItem(tr("All copy pairs"), static_cast<int>(VolumeCopyFilterModel::StatusFilter::All));
    m_statusFilter->addItem(
        tr("In progress and pending"), static_cast<int>(VolumeCopyFilterModel::StatusFilter::Active));
    m_statusFilter->addItem(Icons::icon(u"copy-completed"_s), tr("Completed"),
        static_cast<int>(VolumeCopyFilterModel::StatusFilter::Completed));
    m_statusFilter->addItem(
        Icons::icon(u"copy-stopped"_s), tr("Stopped"), static_cast<int>(VolumeCopyFilterModel::StatusFilter::Stopped));
    m_statusFilter->addItem(
        Icons::icon(u"copy-failed"_s), tr("Failed"), static_cast<int>(VolumeCopyFilterModel::StatusFilter::Failed));
    showLabel->setBuddy(m_statusFilter);
    filterRow->addWidget(showLabel);
    filterRow->addWidget(m_statusFilter);
    filterRow->addSpacing(12);
    m_find = new FindBar(central, this);
    m_find->setObjectName(u"copyManagerFindBar"_s);
    m_find->lineEdit()->setObjectName(u"textFilterLineEdit"_s);
    m_find->setPlaceholderText(tr("Logical drive, status or priority"));
    filterRow->addWidget(m_find, 1);
    layout->addLayout(filterRow);

    m_model = new VolumeCopyModel(this);
    m_filter = new VolumeCopyFilterModel(this);
    m_filter->setSourceModel(m_model);
    m_table = new QTableView(central);
    m_table->setObjectName(u"copyPairTableView"_s);
    m_table->setModel(m_filter);
    m_table->setItemDelegateForColumn(VolumeCopyModel::ProgressColumn, new CopyProgressDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Ctrl+click adds pairs for Copy Priority, Read-Only and Remove; Re-Copy and Stop need exactly one (§2.3.2).
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(VolumeCopyModel::SourceColumn, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setIconSize({18, 18});
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setAccessibleName(tr("Copy pairs"));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    const QList<int> widths {170, 190, 150, 170, 170, 100, 150, 90};
    for (int column = 0; column < widths.size(); ++column) {
        header->resizeSection(column, widths.at(column));
    }
    layout->addWidget(m_table, 1);
    setCentralWidget(central);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"summaryLabel"_s);
    statusBar()->addWidget(m_summary, 1);
    m_selectedLabel = new QLabel(this);
    m_selectedLabel->setObjectName(u"selectedCopyLabel"_s);
    m_selectedProgress = new QProgressBar(this);
    m_selectedProgress->setObjectName(u"selectedCopyProgressBar"_s);
    m_selectedProgress->setRange(0, 1000);
    m_selectedProgress->setMaximumWidth(180);
    m_selectedProgress->setMaximumHeight(fontMetrics().height() + 6);
    m_selectedProgress->setTextVisible(false);
    m_selectedProgress->setAccessibleName(tr("Progress of the selected copy"));
    statusBar()->addPermanentWidget(m_selectedLabel);
    statusBar()->addPermanentWidget(m_selectedProgress);
    m_selectedLabel->hide();
    m_selectedProgress->hide();

    createActions();

    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this]() {
        m_filter->setStatusFilter(
            static_cast<VolumeCopyFilterModel::StatusFilter>(m_statusFilter->currentData().toInt()));
        updateActions();
    });
    m_find->addView(m_table, FindBar::Mode::Watch);
    connect(m_find, &FindBar::textChanged, this, [this](const QString& text) {
        m_filter->setTextFilter(text);
        updateActions();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this]() {
        updateActions();
        updateStatusBar();
    });
    connect(m_table, &QTableView::customContextMenuRequested, this, &CopyManagerWindow::showContextMenu);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &CopyManagerWindow::updateStatusBar);
    if (m_connection) {
        connect(m_connection, &EngineConnection::snapshotChanged, this, &CopyManagerWindow::onSnapshot);
    }

    restoreWindowSettings(this, u"copyManager"_s, {1240, 520}, header);

    onSnapshot(m_connection ? m_connection->snapshot() : nullptr);
}

CopyManagerWindow::~CopyManagerWindow() = default;

void CopyManagerWindow::closeEvent(QCloseEvent* event)
{
    saveWindowSettings(this, u"copyManager"_s, m_table->horizontalHeader());
    QMainWindow::closeEvent(event);
}

void CopyManagerWindow::createActions()
{
    auto make = [this](const QString& name, const QString& text, const QString& icon = {}) {
        auto* a = new QAction(text, this);
        a->setObjectName(name);
        if (!icon.isEmpty()) {
            a->setIcon(Icons::icon(icon));
        }
        a->setShortcutContext(Qt::WindowShortcut);
        addAction(a);
        return a;
    };
    m_reCopy = make(u"actionReCopy"_s, tr("&Re-Copy…"), u"copy-in-progress"_s);
    m_stop = make(u"actionStopCopy"_s, tr("&Stop…"), u"copy-stopped"_s);
    m_verify = make(u"actionVerifyCopy"_s, tr("&Verify…"));
    m_remove = make(u"actionRemoveCopyPairs"_s, tr("Re&move Copy Pairs…"));
    m_remove->setShortcut(QKeySequence::Delete);
    m_close = make(u"actionCloseCopyManager"_s, tr("&Close"));
    m_close->setShortcut(QKeySequence::Close);
    m_priority = make(u"actionChangeCopyPriority"_s, tr("Copy &Priority…"));
    m_enableReadOnly = make(u"actionEnableReadOnly"_s, tr("&Enable Read-Only"), u"lock"_s);
    m_disableReadOnly = make(u"actionDisableReadOnly"_s, tr("&Disable Read-Only"));

    QMenu* copy = menuBar()->addMenu(tr("&Copy"));
    copy->setObjectName(u"menuCopy"_s);
    copy->setToolTipsVisible(true);
    copy->addAction(m_reCopy);
    copy->addAction(m_stop);
    copy->addAction(m_remove);
    copy->addSeparator();
    copy->addAction(m_verify);
    copy->addSeparator();
    copy->addAction(m_close);
    QMenu* change = menuBar()->addMenu(tr("C&hange"));
    change->setObjectName(u"menuChange"_s);
    change->setToolTipsVisible(true);
    change->addAction(m_priority);
    m_permissionsMenu = change->addMenu(tr("&Target Logical Drive Permissions"));
    m_permissionsMenu->setObjectName(u"menuTargetPermissions"_s);
    m_permissionsMenu->setToolTipsVisible(true);
    m_permissionsMenu->addAction(m_enableReadOnly);
    m_permissionsMenu->addAction(m_disableReadOnly);

    connect(m_reCopy, &QAction::triggered, this, &CopyManagerWindow::reCopy);
    connect(m_stop, &QAction::triggered, this, &CopyManagerWindow::stopCopy);
    connect(m_verify, &QAction::triggered, this, &CopyManagerWindow::verifyCopy);
    connect(m_remove, &QAction::triggered, this, &CopyManagerWindow::removeCopyPairs);
    connect(m_close, &QAction::triggered, this, &QWidget::close);
    connect(m_priority, &QAction::triggered, this, &CopyManagerWindow::changePriority);
    connect(m_enableReadOnly, &QAction::triggered, this, [this]() { setReadOnly(true); });
    connect(m_disableReadOnly, &QAction::triggered, this, [this]() { setReadOnly(false); });
}

void CopyManagerWindow::setSubsystem(ObjectId subsystemId)
{
    if (subsystemId != m_subsystemId) {
        m_subsystemId = subsystemId;
        onSnapshot(m_snapshot);
    }
}

void CopyManagerWindow::onSnapshot(const SnapshotPtr& snapshot)
{
    m_snapshot = snapshot ? snapshot : std::make_shared<Snapshot>();
    m_model->setSnapshot(m_snapshot, m_subsystemId);
    const Configuration& c = m_snapshot->config;
    const Subsystem s = c.subsystems.value(m_subsystemId);
    const QString heading = s.id != 0 ? tr("VolumeCopy pairs of %1").arg(Texts::subsystemLabel(s.name)) : QString();
    if (m_heading->text() != heading) {
        m_heading->setText(heading);
    }
    setWindowTitle(s.id != 0 ? tr("Copy Manager — %1").arg(Texts::subsystemLabel(s.name)) : tr("Copy Manager"));
    int counts[5] {};
    for (const VolumeCopy& vc : c.volumeCopies) {
        if (vc.subsystemId == m_subsystemId) {
            ++counts[static_cast<int>(vc.status)];
        }
    }
    QStringList parts;
    const QList<QPair<VolumeCopyStatus, QString>> words {{VolumeCopyStatus::InProgress, tr("%1 in progress")},
        {VolumeCopyStatus::Pending, tr("%1 pending")}, {VolumeCopyStatus::Completed, tr("%1 completed")},
        {VolumeCopyStatus::Stopped, tr("%1 stopped")}, {VolumeCopyStatus::Failed, tr("%1 failed")}};
    for (const auto& [status, word] : words) {
        if (const int n = counts[static_cast<int>(status)]; n > 0) {
            parts.append(word.arg(n));
        }
    }
    const int failed = counts[static_cast<int>(VolumeCopyStatus::Failed)];
    const QString attention = failed == 0
        ? QString()
        : tr("Needs Attention: %n failed copy pair(s) (Event 6600). Stop a failed copy to clear the condition, or "
             "Re-Copy it to start again; its status tells why it failed.",
            nullptr, failed);
    if (m_attention->text() != attention) {
        m_attention->setText(attention);
    }
    m_attention->setVisible(!attention.isEmpty());
    const QString summary = tr("%n copy pair(s)", nullptr, static_cast<int>(m_model->rowCount()))
        + (parts.isEmpty() ? QString() : u": "_s + parts.join(u", "_s));
    if (m_summary->text() != summary) {
        m_summary->setText(summary);
    }
    updateActions();
    updateStatusBar();
}

QList<ObjectId> CopyManagerWindow::selectedPairs() const
{
    QList<QModelIndex> rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QList<ObjectId> ids;
    for (const QModelIndex& index : std::as_const(rows)) {
        ids.append(index.data(IdRole).toLongLong());
    }
    return ids;
}

bool CopyManagerWindow::selectPair(ObjectId pairId)
{
    const QModelIndex index = m_filter->mapFromSource(m_model->indexOf(pairId));
    if (!index.isValid()) {
        return false;
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void CopyManagerWindow::updateActions()
{
    const Configuration& c = m_snapshot->config;
    QList<VolumeCopy> pairs;
    for (const ObjectId id : selectedPairs()) {
        if (const auto it = c.volumeCopies.constFind(id); it != c.volumeCopies.cend()) {
            pairs.append(*it);
        }
    }
    auto set = [](QAction* a, const QString& blocker, const QString& tip) {
        a->setEnabled(blocker.isEmpty());
        a->setStatusTip(blocker.isEmpty() ? tip : blocker);
        a->setToolTip(a->statusTip());
    };
    auto single = [&](const std::function<QString(const VolumeCopy&)>& rule) {
        if (pairs.isEmpty()) {
            return tr("Select a copy pair.");
        }
        if (pairs.size() > 1) {
            return tr("Select exactly one copy pair.");
        }
        return rule(pairs.first());
    };
    auto multi = [&](const std::function<QString(const VolumeCopy&)>& rule) {
        if (pairs.isEmpty()) {
            return tr("Select one or more copy pairs.");
        }
        for (const VolumeCopy& pair : std::as_const(pairs)) {
            if (const QString blocker = rule(pair); !blocker.isEmpty()) {
                return pairs.size() == 1
                    ? blocker
                    : tr("%1: %2", "pair: reason").arg(VolumeCopyRules::pairLabel(c, pair), blocker);
            }
        }
        return QString();
    };
    set(m_reCopy, single(VolumeCopyRules::recopyBlocker),
        tr("Copy the source to the target again, from the beginning"));
    set(m_stop, single(VolumeCopyRules::stopBlocker), tr("Stop the copy; the target is left incomplete"));
    set(m_verify, single(VolumeCopyRules::verifyBlocker),
        tr("Compare the target with its source grain by grain, leaving out what changed since the copy"));
    set(m_remove, multi(VolumeCopyRules::removeBlocker),
        tr("Remove the copy pairs; the data on both logical drives is kept"));
    set(m_priority, multi([](const VolumeCopy&) { return QString(); }), tr("Change the copy priority"));
    const QString readOnly = multi(VolumeCopyRules::readOnlyBlocker);
    set(m_enableReadOnly, readOnly, tr("Reject host writes to the target logical drives"));
    set(m_disableReadOnly, readOnly, tr("Let hosts write to the target logical drives"));
    m_permissionsMenu->setEnabled(readOnly.isEmpty());
    m_permissionsMenu->setToolTip(readOnly);
}

void CopyManagerWindow::updateStatusBar()
{
    const QList<ObjectId> ids = selectedPairs();
    const VolumeCopyModel::Row* r = ids.size() == 1 ? m_model->rowById(ids.first()) : nullptr;
    if (r == nullptr || r->status != VolumeCopyStatus::InProgress) {
        m_selectedLabel->clear();
        m_selectedLabel->hide();
        m_selectedProgress->hide();
        return;
    }
    QString text
        = tr("%1 → %2: %3", "source → target: progress").arg(r->source, r->target, VolumeCopyModel::progressText(*r));
    if (r->etaSeconds >= 0) {
        text = tr("%1, %2 remaining", "progress, time remaining").arg(text, Texts::duration(r->etaSeconds));
    }
    m_selectedLabel->setText(text);
    m_selectedLabel->show();
    m_selectedProgress->setValue(static_cast<int>(std::max(0.0, r->percent) * 10));
    m_selectedProgress->show();
}

QString CopyManagerWindow::attentionText() const
{
    return m_attention->isHidden() ? QString() : m_attention->text();
}

QString CopyManagerWindow::selectedCopyStatus() const
{
    return m_selectedLabel->isHidden() ? QString() : m_selectedLabel->text();
}

void CopyManagerWindow::showContextMenu(const QPoint& pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (index.isValid() && !m_table->selectionModel()->isRowSelected(index.row(), {})) {
        m_table->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    QMenu menu(this);
    menu.setObjectName(u"contextMenu"_s);
    menu.setToolTipsVisible(true);
    menu.addAction(m_reCopy);
    menu.addAction(m_stop);
    menu.addAction(m_remove);
    menu.addAction(m_verify);
    menu.addSeparator();
    menu.addAction(m_priority);
    menu.addMenu(m_permissionsMenu);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

// ---------------------------------------------------------------------------------------------------------------

void CopyManagerWindow::openDialog(QDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void CopyManagerWindow::reCopy()
{
    const QList<ObjectId> ids = selectedPairs();
    if (ids.size() != 1 || !m_reCopy->isEnabled()) {
        return;
    }
    openDialog(new ReCopyDialog(m_connection, m_subsystemId, ids.first(), this));
}

void CopyManagerWindow::verifyCopy()
{
    const QList<ObjectId> ids = selectedPairs();
    if (ids.size() != 1 || !m_verify->isEnabled() || !m_connection) {
        return;
    }
    const Configuration& c = m_snapshot->config;
    const VolumeCopy pair = c.volumeCopies.value(ids.first());
    const QString source = c.logicalDrives.value(pair.sourceId).name;
    const QString target = c.logicalDrives.value(pair.targetId).name;
    auto* ask = new QMessageBox(QMessageBox::Question, tr("Verify Copy"),
        tr("Compare %1 with its source %2 grain by grain? Hosts keep working meanwhile; both logical drives are "
           "read once. Grains written on either drive since the copy are left out: they differ rightly. A grain "
           "that differs otherwise is damage to the target; Verify and Repair copies it from the source again "
           "(the source still holds the copy's point in time there).")
            .arg(target, source),
        QMessageBox::Cancel, this);
    ask->setObjectName(u"verifyCopyQuestion"_s);
    QPushButton* plain = ask->addButton(tr("&Verify"), QMessageBox::AcceptRole);
    plain->setObjectName(u"verifyButton"_s);
    QPushButton* repair = ask->addButton(tr("Verify and &Repair"), QMessageBox::AcceptRole);
    repair->setObjectName(u"verifyRepairButton"_s);
    if (!pair.targetReadOnly) {
        repair->setEnabled(false);
        repair->setToolTip(tr("A repair needs a read-only target, so that no host writes it meanwhile: enable "
                              "Read-Only first (Change > Target Logical Drive Permissions)."));
    }
    ask->setDefaultButton(plain);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    const CommandRequest request {u"checkVolumeCopy"_s, {{u"id"_s, pair.id}}};
    MessageBox::addEquivalentCommandLink(ask, equivalentCommand(c, m_subsystemId, {request}));
    const ObjectId subsystemId = m_subsystemId;
    const ObjectId id = pair.id;
    connect(ask, &QMessageBox::buttonClicked, this,
        [this, plain, repair, target, subsystemId, id](QAbstractButton* button) {
            if ((button != plain && button != repair) || !m_connection) {
                return;
            }
            const bool withRepair = button == repair;
            const CommandRequest run {
                u"checkVolumeCopy"_s, {{u"subsystemId"_s, subsystemId}, {u"id"_s, id}, {u"repair"_s, withRepair}}};
            m_connection->submit(run, this, [this, target, withRepair](const CommandResult& result) {
                QString text;
                QMessageBox::Icon icon = QMessageBox::Information;
                if (!result.ok()) {
                    icon = QMessageBox::Warning;
                    text = result.error.localizedMessage();
                } else {
                    const auto count = [&](const char* key) {
                        return static_cast<int>(result.data.value(QLatin1String(key)).toInteger());
                    };
                    text = count("differing") == 0
                        ? tr("%1: the %n compared grain(s) hold the same bytes as the source.", nullptr,
                            count("compared"))
                              .arg(target)
                        : tr("%1: %n grain(s) differ from the source.", nullptr, count("differing")).arg(target);
                    if (count("written") > 0) {
                        text += u' '
                            + tr("%n grain(s) written on either drive since the copy were not compared.", nullptr,
                                count("written"));
                    }
                    if (count("differing") > 0) {
                        icon = QMessageBox::Warning;
                        text += u' '
                            + (withRepair
                                    ? tr("%n grain(s) were copied from the source again.", nullptr, count("repaired"))
                                    : tr("Verify again with Repair to copy them from the source, or Re-Copy the "
                                         "pair."));
                    }
                }
                auto* box = new QMessageBox(icon, tr("Verify Copy"), text, QMessageBox::Ok, this);
                box->setObjectName(u"verifyCopyResult"_s);
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
            });
        });
    ask->open();
}

void CopyManagerWindow::stopCopy()
{
    const QList<ObjectId> ids = selectedPairs();
    if (ids.size() != 1 || !m_stop->isEnabled()) {
        return;
    }
    const Configuration& c = m_snapshot->config;
    const VolumeCopy pair = c.volumeCopies.value(ids.first());
    const QString source = c.logicalDrives.value(pair.sourceId).name;
    const QString target = c.logicalDrives.value(pair.targetId).name;
    QString text = tr("Stop the copy of %1 to %2?\n\nHosts can write to %1 again. %2 is left with a partial copy: "
                      "there is no guarantee that its data is usable.")
                       .arg(source, target);
    if (pair.status == VolumeCopyStatus::Failed) {
        text += u"\n\n"_s + tr("Stopping the failed copy clears its Needs Attention condition.");
    }
    const CommandRequest request {u"stopVolumeCopy"_s, {{u"id"_s, pair.id}}};
    if (Confirm::ask(
            this, Consequence::ChangesState, tr("Stop Copy"), text, equivalentCommand(c, m_subsystemId, {request}))) {
        runAll({{VolumeCopyRules::pairLabel(c, pair), request}}, tr("Stop Copy"));
    }
}

void CopyManagerWindow::removeCopyPairs()
{
    const QList<ObjectId> ids = selectedPairs();
    if (ids.isEmpty() || !m_remove->isEnabled()) {
        return;
    }
    const Configuration& c = m_snapshot->config;
    QStringList labels;
    QList<QPair<QString, CommandRequest>> requests;
    for (const ObjectId id : ids) {
        const QString label = VolumeCopyRules::pairLabel(c, c.volumeCopies.value(id));
        labels.append(u"  • "_s + label);
        requests.append({label, {u"removeVolumeCopy"_s, {{u"id"_s, id}}}});
    }
    const QString text = tr("Remove %n copy pair(s)?", nullptr, static_cast<int>(ids.size())) + u"\n\n"_s
        + labels.join(u'\n') + u"\n\n"_s
        + tr("The data on the source and target logical drives is not changed. The targets' read-only attribute is "
             "removed, and both logical drives can take part in new copies in any role.");
    QList<CommandRequest> commands;
    for (const auto& item : std::as_const(requests)) {
        commands.append(item.second);
    }
    // The target keeps the data copied: a plain question (spec §2: Remove Copy Pairs, click Yes).
    if (Confirm::ask(this, Consequence::ChangesState, tr("Remove Copy Pairs"), text,
            equivalentCommand(c, m_subsystemId, commands))) {
        runAll(requests, tr("Remove Copy Pairs"));
    }
}

void CopyManagerWindow::changePriority()
{
    const QList<ObjectId> ids = selectedPairs();
    if (ids.isEmpty() || !m_priority->isEnabled()) {
        return;
    }
    openDialog(new ChangeCopyPriorityDialog(m_connection, m_subsystemId, ids, this));
}

void CopyManagerWindow::setReadOnly(bool readOnly)
{
    const QList<ObjectId> ids = selectedPairs();
    if (ids.isEmpty() || !(readOnly ? m_enableReadOnly : m_disableReadOnly)->isEnabled()) {
        return;
    }
    const Configuration& c = m_snapshot->config;
    QList<QPair<QString, CommandRequest>> requests;
    for (const ObjectId id : ids) {
        requests.append({VolumeCopyRules::pairLabel(c, c.volumeCopies.value(id)),
            {u"setVolumeCopy"_s, {{u"id"_s, id}, {u"targetReadOnlyEnabled"_s, readOnly}}}});
    }
    runAll(requests, readOnly ? tr("Enable Read-Only") : tr("Disable Read-Only"));
}

void CopyManagerWindow::runAll(const QList<QPair<QString, CommandRequest>>& requests, const QString& title)
{
    if (!m_connection || requests.isEmpty()) {
        return;
    }
    struct Batch
    {
        qsizetype pending = 0;
        QStringList failures;
    };
    auto batch = std::make_shared<Batch>();
    batch->pending = requests.size();
    // The engine runs commands in the order they are submitted.
    for (const auto& [label, original] : requests) {
        CommandRequest request = original;
        request.args.insert(u"subsystemId"_s, m_subsystemId);
        m_connection->submit(request, this, [this, batch, title, label](const CommandResult& result) {
            if (!result.ok()) {
                batch->failures.append(tr("%1: %2", "pair: error").arg(label, result.error.localizedMessage()));
            }
            if (--batch->pending == 0 && !batch->failures.isEmpty()) {
                MessageBox::warning(this, title, batch->failures.join(u"\n\n"_s));
            }
        });
    }
}

} // namespace Copyline
