// SPDX-License-Identifier: GPL-3.0-or-later
#include "essperspective.h"

#include "common/theme.h"
#include "panels/ess/essconfigurationpanel.h"
#include "panels/ess/esscopystate.h"
#include "panels/ess/esspathspanel.h"
#include "panels/ess/essstorageserverspanel.h"
#include "panels/ess/esstaskspanel.h"
#include "panels/ess/essvolumespanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Copyline::EssUi
{

namespace
{

constexpr int kExitRow = 5;

} // namespace

CopyServicesPerspective::CopyServicesPerspective(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"essCopyServicesPerspective"_s);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(u"essNavigationList"_s);
    m_navigation->setAccessibleName(tr("Copy Services"));
    m_navigation->setFixedWidth(170);
    m_navigation->setSpacing(2);
    m_navigation->setStyleSheet(
        Theme::css(u"QListWidget { background: #2b3a4a; color: #e8eef4; border: none; padding-top: 8px; }"
                   "QListWidget::item { padding: 9px 10px; border-radius: 3px; }"
                   "QListWidget::item:selected { background: #3f7fbf; color: white; }"
                   "QListWidget::item:hover:!selected { background: #36495c; }"_s));
    for (const QString& text : {tr("Volumes"), tr("Storage Servers"), tr("Paths"), tr("Tasks"), tr("Configuration"),
             tr("Exit Copy Services")}) {
        m_navigation->addItem(text);
    }
    m_navigation->item(kExitRow)->setToolTip(tr("Back to the storage subsystems the console showed before"));
    layout->addWidget(m_navigation);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(0);
    m_title = new QLabel(right);
    m_title->setObjectName(u"essPanelTitle"_s);
    m_title->setStyleSheet(
        Theme::css(u"QLabel { background: #eef2f6; color: #33414f; font-weight: bold; padding: 6px 10px; "
                   "border-bottom: 1px solid #d5dce3; }"_s));
    rightLayout->addWidget(m_title);
    m_stack = new QStackedWidget(right);
    rightLayout->addWidget(m_stack, 1);
    layout->addWidget(right, 1);

    m_volumes = new VolumesPanel(m_stack);
    m_storageServers = new StorageServersPanel(m_stack);
    m_paths = new PathsPanel(m_stack);
    m_tasks = new TasksPanel(m_stack);
    m_configuration = new ConfigurationPanel(m_stack);
    m_panels = {m_volumes, m_storageServers, m_paths, m_tasks, m_configuration};
    for (QWidget* p : std::as_const(m_panels)) {
        m_stack->addWidget(p);
    }

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row == kExitRow) {
            const QSignalBlocker blocker(m_navigation);
            m_navigation->setCurrentRow(m_stack->currentIndex());
            Q_EMIT exitRequested();
            return;
        }
        if (row >= 0) {
            m_stack->setCurrentIndex(row);
            m_title->setText(tr("ESS Copy Services — %1").arg(m_navigation->item(row)->text()));
        }
    });
    m_navigation->setCurrentRow(Volumes);
}

CopyServicesPerspective::~CopyServicesPerspective() = default;

void CopyServicesPerspective::setConnection(EngineConnection* connection)
{
    m_connection = connection;
    m_volumes->setConnection(connection);
    m_storageServers->setConnection(connection);
    m_paths->setConnection(connection);
    m_tasks->setConnection(connection);
    m_configuration->setConnection(connection);
}

void CopyServicesPerspective::setSnapshot(const SnapshotPtr& snapshot, ObjectId server)
{
    m_volumes->setSnapshot(snapshot, server);
    m_storageServers->setSnapshot(snapshot);
    m_paths->setSnapshot(snapshot);
    m_tasks->setSnapshot(snapshot);
    m_configuration->setSnapshot(snapshot);
}

void CopyServicesPerspective::showPanel(Panel panel)
{
    m_navigation->setCurrentRow(int(panel));
}

CopyServicesPerspective::Panel CopyServicesPerspective::currentPanel() const
{
    return static_cast<Panel>(m_stack->currentIndex());
}

QWidget* CopyServicesPerspective::panel(Panel panel) const
{
    return m_panels.value(int(panel));
}

} // namespace Copyline::EssUi
