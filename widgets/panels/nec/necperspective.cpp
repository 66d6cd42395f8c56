// SPDX-License-Identifier: GPL-3.0-or-later
#include "necperspective.h"

#include "common/theme.h"
#include "panels/nec/necreplicationpanel.h"
#include "panels/nec/necvolumelistpanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Copyline::NecUi
{

namespace
{

constexpr int kExitRow = 2;

} // namespace

NecPerspective::NecPerspective(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"necPerspective"_s);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(u"necNavigationList"_s);
    m_navigation->setAccessibleName(tr("Data Replication"));
    m_navigation->setFixedWidth(186);
    m_navigation->setSpacing(2);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setStyleSheet(
        Theme::css(u"QListWidget { background: #24413a; color: #e8f2ee; border: none; padding-top: 8px; }"
                   "QListWidget::item { padding: 9px 10px; border-radius: 3px; }"
                   "QListWidget::item:selected { background: #3a8f6f; color: white; }"
                   "QListWidget::item:hover:!selected { background: #2f5a4e; }"_s));
    for (const QString& text : {tr("Replication Management"), tr("Volume List Display"), tr("Exit")}) {
        m_navigation->addItem(text);
    }
    m_navigation->item(kExitRow)->setToolTip(tr("Back to the storage subsystems of another family"));
    layout->addWidget(m_navigation);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(0);
    m_title = new QLabel(right);
    m_title->setObjectName(u"necPanelTitle"_s);
    m_title->setStyleSheet(
        Theme::css(u"QLabel { background: #eef4f2; color: #2f4a42; font-weight: bold; padding: 6px 10px; "
                   "border-bottom: 1px solid #d2ddd9; }"_s));
    rightLayout->addWidget(m_title);
    m_stack = new QStackedWidget(right);
    rightLayout->addWidget(m_stack, 1);
    layout->addWidget(right, 1);

    m_replication = new ReplicationPanel(m_stack);
    m_volumeList = new VolumeListPanel(m_stack);
    m_stack->addWidget(m_replication);
    m_stack->addWidget(m_volumeList);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row == kExitRow) {
            const QSignalBlocker blocker(m_navigation);
            m_navigation->setCurrentRow(m_stack->currentIndex());
            Q_EMIT exitRequested();
            return;
        }
        if (row >= 0) {
            m_stack->setCurrentIndex(row);
            m_title->setText(tr("NEC Storage Manager Data Replication — %1").arg(m_navigation->item(row)->text()));
        }
    });
    m_navigation->setCurrentRow(ReplicationManagement);
}

NecPerspective::~NecPerspective() = default;

void NecPerspective::setConnection(EngineConnection* connection)
{
    m_replication->setConnection(connection);
    m_volumeList->setConnection(connection);
}

void NecPerspective::setSnapshot(const SnapshotPtr& snapshot, ObjectId arrayId)
{
    m_replication->setSnapshot(snapshot, arrayId);
    m_volumeList->setSnapshot(snapshot);
}

void NecPerspective::showPanel(Panel panel)
{
    m_navigation->setCurrentRow(int(panel));
}

NecPerspective::Panel NecPerspective::currentPanel() const
{
    return static_cast<Panel>(m_stack->currentIndex());
}

} // namespace Copyline::NecUi
