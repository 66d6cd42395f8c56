// SPDX-License-Identifier: GPL-3.0-or-later
#include "hdsperspective.h"

#include "common/theme.h"
#include "panels/hds/hdsdata.h"
#include "panels/hds/hdsmainscreen.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Copyline::HdsUi
{

HdsPerspective::HdsPerspective(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"hdsPerspective"_s);
    m_data = new HdsData(this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_title = new QLabel(this);
    m_title->setObjectName(u"hdsPanelTitle"_s);
    m_title->setStyleSheet(
        Theme::css(u"QLabel { background: #eceff6; color: #2c3a55; font-weight: bold; padding: 6px 10px; "
                   "border-bottom: 1px solid #d0d6e2; }"_s));
    layout->addWidget(m_title);
    m_main = new HdsMainScreen(m_data, this);
    layout->addWidget(m_main, 1);
    connect(m_main, &HdsMainScreen::exitRequested, this, &HdsPerspective::exitRequested);
}

HdsPerspective::~HdsPerspective() = default;

void HdsPerspective::setConnection(EngineConnection* connection)
{
    m_data->setConnection(connection);
}

void HdsPerspective::setSnapshot(const SnapshotPtr& snapshot, ObjectId controllerId)
{
    m_data->setSnapshot(snapshot, controllerId);
    const Subsystem controller = snapshot ? snapshot->config.subsystems.value(controllerId) : Subsystem {};
    m_title->setText(tr("SVP — In-controller copy — controller %1").arg(controller.name));
}

} // namespace Copyline::HdsUi
