// SPDX-License-Identifier: GPL-3.0-or-later
#include "runningoperationsdock.h"

#include "models/runningoperations.h"
#include "views/runningoperationsview.h"

#include <QAction>
#include <QApplication>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTableView>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{
constexpr int kNoticeMs = 15000; // how long an end notice stays in the status bar
}

RunningOperationsDock::RunningOperationsDock(QStatusBar* statusBar, QWidget* parent)
    : QDockWidget(tr("Running Operations"), parent)
    , m_operations(new RunningOperations(this))
    , m_panel(new RunningOperationsPanel(m_operations, this))
    , m_summary(new RunningOperationsSummary(m_operations, statusBar))
    , m_statusBar(statusBar)
    , m_viewAction(toggleViewAction())
{
    setObjectName(u"runningOperationsDock"_s);
    setWidget(m_panel);
    setAllowedAreas(
        Qt::BottomDockWidgetArea | Qt::TopDockWidgetArea | Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    hide();

    m_viewAction->setObjectName(u"actionViewRunningOperations"_s);
    m_viewAction->setText(tr("&Running Operations"));
    m_viewAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_O);
    m_viewAction->setShortcutContext(Qt::WindowShortcut);
    m_viewAction->setStatusTip(
        tr("Show every copy, mirror synchronization and host workload that runs, with progress, rate and ETA"));
    m_viewAction->setToolTip(m_viewAction->statusTip());

    statusBar->insertPermanentWidget(0, m_summary); // not hidden by the notices (temporary messages)
    m_summary->hide();
    connect(m_summary, &QToolButton::clicked, this, &RunningOperationsDock::showPanel);
    connect(m_operations, &RunningOperations::operationEnded, this, &RunningOperationsDock::notify);
}

RunningOperationsDock::~RunningOperationsDock() = default;

void RunningOperationsDock::addSnapshot(const SnapshotPtr& snapshot)
{
    m_operations->addSnapshot(snapshot);
}

void RunningOperationsDock::clear()
{
    m_operations->clear();
    m_panel->setNotice({}, false);
}

void RunningOperationsDock::showPanel()
{
    show();
    raise();
    m_panel->table()->setFocus();
}

void RunningOperationsDock::notify(const RunningOperation& op)
{
    const bool failure = op.state == RunningOperation::State::Failed;
    const QString text = RunningOperations::describe(op);
    m_panel->setNotice(text, failure);
    m_statusBar->showMessage(text, kNoticeMs);
    // A desktop notice as well, when the desktop has a tray and the console is not what the admin looks at.
    const QWidget* window = parentWidget() ? parentWidget()->window() : nullptr;
    if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages() && window != nullptr
        && !window->isActiveWindow()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(window->windowIcon(), this);
            m_tray->setToolTip(tr("Copyline running operations"));
            connect(m_tray, &QSystemTrayIcon::messageClicked, this, &RunningOperationsDock::showPanel);
        }
        m_tray->show();
        m_tray->showMessage(failure ? tr("Operation failed") : tr("Operation ended"), text,
            failure ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information, kNoticeMs);
    }
    Q_EMIT noticeShown(text);
}

} // namespace Copyline
