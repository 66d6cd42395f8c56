// SPDX-License-Identifier: GPL-3.0-or-later
#include "esspathspanel.h"

#include "common/confirm.h"
#include "common/findbar.h"
#include "common/formwidgets.h"
#include "common/theme.h"
#include "dialogs/messagebox.h"
#include "panels/ess/esscommands.h"
#include "panels/ess/esscopystate.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Copyline::EssUi
{

namespace
{

constexpr auto kEscon = "escon";
constexpr auto kPprcPath = "pprcPath";
constexpr int kKeyRole = Qt::UserRole + 1;

QWidget* column(const QString& title, QWidget* list, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(title, box);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    layout->addWidget(label);
    layout->addWidget(list, 1);
    list->setParent(box);
    return box;
}

QString saidText(const QString& said)
{
    return u"SAID"_s + said;
}

} // namespace

ClickList::ClickList(QWidget* parent)
    : QListWidget(parent)
{
    setSelectionMode(QAbstractItemView::MultiSelection);
    setContextMenuPolicy(Qt::PreventContextMenu); // the right button adds to the selection
    setUniformItemSizes(false);
}

ClickList::~ClickList() = default;

void ClickList::mousePressEvent(QMouseEvent* event)
{
    QListWidgetItem* item = itemAt(event->position().toPoint());
    if (item != nullptr && (event->button() == Qt::LeftButton || event->button() == Qt::RightButton)) {
        event->accept();
        Q_EMIT itemPressed(item, event->button());
        return;
    }
    event->accept();
}

void ClickList::mouseDoubleClickEvent(QMouseEvent* event)
{
    event->accept(); // its press came already
}

PathsPanel::PathsPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"essPathsPanel"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Source:"), this));
    m_source = new QComboBox(this);
    m_source->setObjectName(u"pathSourceComboBox"_s);
    m_source->setMinimumWidth(220);
    top->addWidget(m_source);
    top->addStretch(1);
    layout->addLayout(top);

    m_adapters = new ClickList;
    m_adapters->setObjectName(u"pathOriginList"_s);
    m_servers = new ClickList;
    m_servers->setObjectName(u"storageServerTargetsList"_s);
    m_lsses = new ClickList;
    m_lsses->setObjectName(u"lssTargetsList"_s);
    auto* areas = new QHBoxLayout;
    areas->addWidget(column(tr("Path Origin"), m_adapters, this));
    areas->addWidget(column(tr("Common Storage Server Targets"), m_servers, this));
    areas->addWidget(column(tr("Logical Storage Server Targets"), m_lsses, this));
    layout->addLayout(areas, 2);

    m_status = wrappedLabel({}, this, u"pathStatusLabel"_s);
    m_status->setStyleSheet(Theme::css(u"color: #33414f;"_s));
    layout->addWidget(m_status);

    m_paths = new QTreeWidget(this);
    m_paths->setObjectName(u"pathsTree"_s);
    m_paths->setRootIsDecorated(false);
    m_paths->setUniformRowHeights(true);
    m_paths->setHeaderLabels(
        {tr("Source LSS"), tr("Origin adapter"), tr("Target LSS"), tr("Target adapter"), tr("State")});
    m_paths->header()->setStretchLastSection(true);
    for (int c = 0; c < 4; ++c) {
        m_paths->setColumnWidth(c, 150);
    }
    // Find over the PPRC paths (source or target LSS, adapter, state), above the list.
    m_find = new FindBar(this, this);
    m_find->setObjectName(u"essPathsFindBar"_s);
    m_find->setPlaceholderText(tr("LSS, adapter or state"));
    m_find->setMaximumWidth(440);
    m_find->addView(m_paths);
    layout->addWidget(m_find);
    layout->addWidget(m_paths, 1);

    auto* buttons = new QHBoxLayout;
    m_informationButton = new QPushButton(tr("Information Panel"), this);
    m_informationButton->setObjectName(u"informationButton"_s);
    m_removeButton = new QPushButton(tr("Remove Paths"), this);
    m_removeButton->setObjectName(u"removePathsButton"_s);
    buttons->addWidget(m_informationButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_source, &QComboBox::currentIndexChanged, this, [this] {
        m_selectedAdapters.clear();
        m_targetServer = 0;
        m_selectedTargets.clear();
        refresh();
    });
    connect(m_adapters, &ClickList::itemPressed, this, &PathsPanel::adapterPressed);
    connect(m_servers, &ClickList::itemPressed, this, &PathsPanel::serverPressed);
    connect(m_lsses, &ClickList::itemPressed, this, &PathsPanel::lssPressed);
    connect(m_informationButton, &QPushButton::clicked, this, &PathsPanel::openInformation);
    connect(m_removeButton, &QPushButton::clicked, this, &PathsPanel::removePaths);
}

PathsPanel::~PathsPanel() = default;

void PathsPanel::setSnapshot(const SnapshotPtr& snapshot)
{
    m_snapshot = snapshot;
    const Configuration& config = m_snapshot->config;
    QList<QPair<QString, ObjectId>> choices;
    for (const Subsystem& s : servers(config)) {
        for (const Array& lss : config.arraysOf(s.id)) {
            choices.append({lssAddress(config, lss), lss.id});
        }
    }
    bool same = m_source->count() == choices.size();
    for (int i = 0; same && i < choices.size(); ++i) {
        same = m_source->itemText(i) == choices.at(i).first
            && m_source->itemData(i).toLongLong() == choices.at(i).second;
    }
    if (!same) {
        const ObjectId current = sourceLss();
        const QSignalBlocker blocker(m_source);
        m_source->clear();
        for (const auto& [text, id] : choices) {
            m_source->addItem(text, id);
        }
        m_source->setCurrentIndex(std::max(0, m_source->findData(current)));
    }
    refresh();
}

ObjectId PathsPanel::sourceLss() const
{
    return m_source->currentData().toLongLong();
}

bool PathsPanel::setSourceLss(ObjectId lssId)
{
    const int index = m_source->findData(lssId);
    if (index < 0) {
        return false;
    }
    m_source->setCurrentIndex(index);
    return true;
}

void PathsPanel::refresh()
{
    if (!m_snapshot) {
        return;
    }
    const Configuration& config = m_snapshot->config;
    const Array source = config.arrays.value(sourceLss());
    const ObjectId server = source.subsystemId;

    // Path Origin: the ESCON adapters of the source ESS, three asterisks under those with paths from this LSS.
    QStringList adapters;
    QMap<QString, QList<ObjectId>> reaches; // SAID -> ESSs
    for (const CopyPath& p : config.copyPaths) {
        if (p.kind == QLatin1String(kEscon) && p.sourceRef == server && server != 0) {
            if (!adapters.contains(p.sourcePort)) {
                adapters.append(p.sourcePort);
            }
            reaches[p.sourcePort].append(p.targetRef);
        }
    }
    std::sort(adapters.begin(), adapters.end());
    QList<CopyPath> paths;
    for (const CopyPath& p : config.copyPaths) {
        if (p.kind == QLatin1String(kPprcPath) && p.sourceRef == source.id && source.id != 0) {
            paths.append(p);
        }
    }
    m_selectedAdapters.erase(std::remove_if(m_selectedAdapters.begin(), m_selectedAdapters.end(),
                                 [&adapters](const QString& a) { return !adapters.contains(a); }),
        m_selectedAdapters.end());
    {
        const QSignalBlocker blocker(m_adapters);
        m_adapters->clear();
        for (const QString& said : adapters) {
            const bool hasPaths = std::any_of(
                paths.cbegin(), paths.cend(), [&said](const CopyPath& p) { return p.sourcePort == said; });
            auto* item = new QListWidgetItem(hasPaths ? saidText(said) + u"\n* * *"_s : saidText(said), m_adapters);
            item->setData(kKeyRole, said);
            item->setTextAlignment(Qt::AlignCenter);
            if (hasPaths) {
                item->setForeground(Theme::adapt(QColor(0x1f, 0x5f, 0xbf)));
                item->setToolTip(tr("This adapter carries paths of the source LSS"));
            }
            item->setSelected(m_selectedAdapters.contains(said));
        }
    }

    // Common Storage Server Targets: the ESSs every selected adapter reaches (all adapters' when none is selected).
    QList<ObjectId> targets;
    const QStringList basis = m_selectedAdapters.isEmpty() ? adapters : m_selectedAdapters;
    for (int i = 0; i < basis.size(); ++i) {
        const QList<ObjectId> r = reaches.value(basis.at(i));
        if (i == 0) {
            targets = r;
        } else {
            targets.erase(std::remove_if(targets.begin(), targets.end(), [&r](ObjectId id) { return !r.contains(id); }),
                targets.end());
        }
    }
    targets.erase(std::unique(targets.begin(), targets.end()), targets.end());
    if (!targets.contains(m_targetServer)) {
        m_targetServer = 0;
        m_selectedTargets.clear();
    }
    {
        const QSignalBlocker blocker(m_servers);
        m_servers->clear();
        for (const ObjectId id : targets) {
            const Subsystem s = config.subsystems.value(id);
            auto* item = new QListWidgetItem(tr("2105:%1").arg(s.name), m_servers);
            item->setData(kKeyRole, id);
            item->setSelected(id == m_targetServer);
        }
    }

    // Logical Storage Server Targets: the LSSs of the target ESS.
    {
        const QSignalBlocker blocker(m_lsses);
        m_lsses->clear();
        if (m_targetServer != 0) {
            for (const Array& lss : config.arraysOf(m_targetServer)) {
                if (lss.id == source.id) {
                    continue;
                }
                const bool hasPath = std::any_of(
                    paths.cbegin(), paths.cend(), [&lss](const CopyPath& p) { return p.targetRef == lss.id; });
                auto* item = new QListWidgetItem(
                    hasPath ? tr("%1 (path established)").arg(lssAddress(config, lss)) : lssAddress(config, lss),
                    m_lsses);
                item->setData(kKeyRole, lss.id);
                item->setSelected(m_selectedTargets.contains(lss.id));
            }
        }
    }

    // The paths of the source LSS.
    m_paths->clear();
    for (const CopyPath& p : paths) {
        const Array target = config.arrays.value(p.targetRef);
        auto* item = new QTreeWidgetItem(m_paths);
        item->setText(0, lssAddress(config, source));
        item->setText(1, saidText(p.sourcePort));
        item->setText(2, lssAddress(config, target));
        item->setText(3, p.targetPort.isEmpty() ? QString() : saidText(p.targetPort));
        item->setText(4,
            p.state == u"established"_s  ? tr("established", "path state")
                : p.state == u"failed"_s ? tr("failed", "path state")
                                         : p.state);
    }

    QString status;
    if (adapters.isEmpty()) {
        status = tr("The source storage server has no ESCON adapters connected to another storage server.");
    } else if (m_selectedAdapters.isEmpty()) {
        status = tr("Left click an adapter of the path origin; right click to add more.");
    } else if (m_targetServer == 0) {
        status = tr("Select the target storage server.");
    } else if (m_selectedTargets.isEmpty()) {
        status = tr("Left click a target LSS; right click to add more.");
    } else {
        status = tr("Right click a highlighted target LSS to open the Task Wizard (Establish Path).");
    }
    m_status->setText(status);
    m_informationButton->setEnabled(m_selectedAdapters.size() == 1);
    m_removeButton->setEnabled(!m_selectedTargets.isEmpty());
}

void PathsPanel::adapterPressed(QListWidgetItem* item, Qt::MouseButton button)
{
    const QString said = item->data(kKeyRole).toString();
    if (button == Qt::LeftButton) {
        m_selectedAdapters = {said};
        m_targetServer = 0;
        m_selectedTargets.clear();
    } else if (m_selectedAdapters.contains(said)) {
        m_selectedAdapters.removeAll(said);
    } else {
        m_selectedAdapters.append(said);
    }
    refresh();
}

void PathsPanel::serverPressed(QListWidgetItem* item, Qt::MouseButton button)
{
    Q_UNUSED(button);
    const ObjectId id = item->data(kKeyRole).toLongLong();
    if (id != m_targetServer) {
        m_targetServer = id;
        m_selectedTargets.clear();
    }
    refresh();
}

void PathsPanel::lssPressed(QListWidgetItem* item, Qt::MouseButton button)
{
    const ObjectId id = item->data(kKeyRole).toLongLong();
    if (button == Qt::LeftButton) {
        m_selectedTargets = {id};
    } else if (m_selectedTargets.contains(id)) {
        refresh();
        openTaskWizard();
        return;
    } else {
        m_selectedTargets.append(id);
    }
    refresh();
}

void PathsPanel::openTaskWizard()
{
    if (m_wizard || m_selectedTargets.isEmpty() || !m_snapshot) {
        return;
    }
    QStringList adapters = m_selectedAdapters;
    if (adapters.isEmpty()) {
        for (int row = 0; row < m_adapters->count(); ++row) {
            adapters.append(m_adapters->item(row)->data(kKeyRole).toString());
        }
    }
    auto* wizard = new TaskWizard(m_snapshot, PathSelection {sourceLss(), adapters, m_selectedTargets}, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    connectTaskWizard(wizard, m_connection, [this] {
        m_selectedTargets.clear();
        refresh();
    });
    m_wizard = wizard;
    wizard->open();
}

void PathsPanel::openInformation()
{
    if (m_selectedAdapters.size() != 1 || !m_snapshot) {
        return;
    }
    if (m_information) {
        m_information->close();
    }
    const Configuration& config = m_snapshot->config;
    const QString said = m_selectedAdapters.first();
    const ObjectId server = config.arrays.value(sourceLss()).subsystemId;
    QStringList lines;
    for (const CopyPath& p : config.copyPaths) {
        if (p.kind == QLatin1String(kPprcPath) && p.sourcePort == said
            && config.arrays.value(p.sourceRef).subsystemId == server) {
            const Array from = config.arrays.value(p.sourceRef);
            const Array to = config.arrays.value(p.targetRef);
            lines.append(tr("LSS %1 → %2:%3 using %4 and %5 (%6)")
                             .arg(from.number)
                             .arg(config.subsystems.value(to.subsystemId).name)
                             .arg(to.number)
                             .arg(saidText(said), saidText(p.targetPort), p.state));
        }
    }
    auto* dialog = new QDialog(this);
    dialog->setObjectName(u"essPathInformationDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(
        tr("Information Panel — %1 of %2").arg(saidText(said), config.subsystems.value(server).name));
    auto* layout = new QVBoxLayout(dialog);
    auto* text = new QLabel(
        lines.isEmpty() ? tr("No paths are defined over %1.").arg(saidText(said)) : lines.join(u'\n'), dialog);
    text->setObjectName(u"informationLabel"_s);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(text);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->setMinimumWidth(420);
    m_information = dialog;
    dialog->show();
}

void PathsPanel::removePaths()
{
    if (m_selectedTargets.isEmpty() || !m_snapshot) {
        return;
    }
    const Configuration& config = m_snapshot->config;
    const Array source = config.arrays.value(sourceLss());
    QJsonArray remoteLss;
    QStringList names;
    for (const ObjectId id : m_selectedTargets) {
        remoteLss.append(QString::number(config.arrays.value(id).number));
        names.append(lssAddress(config, config.arrays.value(id)));
    }
    const CommandRequest request {u"essRemovePaths"_s,
        {{u"subsystem"_s, config.subsystems.value(source.subsystemId).name}, {u"lss"_s, QString::number(source.number)},
            {u"remote"_s, config.subsystems.value(m_targetServer).name}, {u"remoteLss"_s, remoteLss}}};
    if (!Confirm::ask(this, Consequence::ChangesState, tr("Remove Paths"),
            tr("Remove the paths from %1 to %2?").arg(lssAddress(config, source), names.join(u", "_s)),
            equivalentCommand(config, 0, {request}))) {
        return;
    }
    submitInOrder(m_connection, {request}, this, [this](const QString& error) {
        if (!error.isEmpty()) {
            MessageBox::warning(this, tr("Remove Paths"), error);
            return;
        }
        m_selectedTargets.clear();
        refresh();
    });
}

} // namespace Copyline::EssUi
