// SPDX-License-Identifier: GPL-3.0-or-later
#include "createarraydialog.h"

#include "api/rules.h"
#include "api/units.h"
#include "common/icons.h"
#include "common/texts.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

CreateArrayDialog::CreateArrayDialog(
    EngineConnection* connection, ObjectId subsystemId, const QList<ObjectId>& preselectedDrives, QWidget* parent)
    : CommandDialog(connection, subsystemId, parent)
{
    setObjectName(u"createArrayDialog"_s);
    setWindowTitle(tr("Create Array"));
    auto* layout = new QVBoxLayout;
    auto* intro = new QLabel(tr("Select the unassigned drives for the new array (Logical Drive Group) and its RAID "
                                "level. All drives of an array have the same type."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_drives = new QTableWidget(this);
    m_drives->setObjectName(u"drivesTableWidget"_s);
    m_drives->setColumnCount(4);
    m_drives->setHorizontalHeaderLabels({tr("Enclosure"), tr("Slot"), tr("Capacity"), tr("Type", "drive type")});
    m_drives->verticalHeader()->hide();
    m_drives->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_drives->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_drives->horizontalHeader()->setStretchLastSection(true);
    m_drives->setAlternatingRowColors(true);
    const Configuration& c = snapshot()->config;
    const QLocale locale;
    QList<Drive> candidates;
    for (const Drive& d : c.drivesOf(subsystemId)) {
        if (d.role == DriveRole::Unassigned && d.status == ComponentStatus::Optimal) {
            candidates.append(d);
        }
    }
    m_drives->setRowCount(static_cast<int>(candidates.size()));
    int row = 0;
    for (const Drive& d : std::as_const(candidates)) {
        auto* enclosure = new QTableWidgetItem(locale.toString(d.enclosure));
        enclosure->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        enclosure->setCheckState(preselectedDrives.contains(d.id) ? Qt::Checked : Qt::Unchecked);
        enclosure->setData(Qt::UserRole, d.id);
        enclosure->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_drives->setItem(row, 0, enclosure);
        auto* slot = new QTableWidgetItem(locale.toString(d.slot));
        slot->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_drives->setItem(row, 1, slot);
        auto* capacity = new QTableWidgetItem(formatGb(d.usableCapacity, locale));
        capacity->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_drives->setItem(row, 2, capacity);
        m_drives->setItem(row, 3, new QTableWidgetItem(Texts::driveType(d.type)));
        ++row;
    }
    m_drives->resizeColumnsToContents();
    m_drives->setColumnWidth(0, std::max(m_drives->columnWidth(0), 110));
    m_drives->setMinimumHeight(240);
    layout->addWidget(m_drives, 1);

    auto* form = new QFormLayout;
    m_raid = new QComboBox(this);
    m_raid->setObjectName(u"raidComboBox"_s);
    for (const RaidLevel level : {RaidLevel::Raid0, RaidLevel::Raid1, RaidLevel::Raid3, RaidLevel::Raid5}) {
        m_raid->addItem(tr("RAID %1").arg(enumName(level)), static_cast<int>(level));
    }
    m_raid->setCurrentIndex(3);
    form->addRow(tr("&RAID level:"), m_raid);
    m_requirement = new QLabel(this);
    m_requirement->setObjectName(u"requirementLabel"_s);
    form->addRow(tr("Rule:"), m_requirement);
    m_capacity = new QLabel(this);
    m_capacity->setObjectName(u"capacityLabel"_s);
    form->addRow(tr("Array capacity:"), m_capacity);
    layout->addLayout(form);
    setContentLayout(layout);

    connect(m_drives, &QTableWidget::itemChanged, this, [this]() {
        updateCapacity();
        revalidate();
    });
    connect(m_drives, &QTableWidget::cellDoubleClicked, this, [this](int r) {
        QTableWidgetItem* item = m_drives->item(r, 0);
        item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    });
    connect(m_raid, &QComboBox::currentIndexChanged, this, [this]() {
        updateCapacity();
        revalidate();
    });
    resize(560, 520);
    updateCapacity();
    revalidate();
}

QList<ObjectId> CreateArrayDialog::checkedDrives() const
{
    QList<ObjectId> ids;
    for (int r = 0; r < m_drives->rowCount(); ++r) {
        if (m_drives->item(r, 0)->checkState() == Qt::Checked) {
            ids.append(m_drives->item(r, 0)->data(Qt::UserRole).toLongLong());
        }
    }
    return ids;
}

RaidLevel CreateArrayDialog::raidLevel() const
{
    return static_cast<RaidLevel>(m_raid->currentData().toInt());
}

void CreateArrayDialog::updateCapacity()
{
    const RaidLevel level = raidLevel();
    m_requirement->setText(tr("RAID %1 needs %2.").arg(enumName(level), raidRequirement(level)));
    const Configuration& c = snapshot()->config;
    const QList<ObjectId> ids = checkedDrives();
    qint64 smallest = std::numeric_limits<qint64>::max();
    for (const ObjectId id : ids) {
        smallest = std::min(smallest, c.drives.value(id).usableCapacity);
    }
    const auto count = static_cast<int>(ids.size());
    if (count == 0 || checkRaidDriveCount(level, count).isError()) {
        m_capacity->setText(tr("%n drive(s) selected", nullptr, count));
    } else {
        m_capacity->setText(
            tr("%1 from %n drive(s)", nullptr, count).arg(formatGb(raidCapacity(level, count, smallest), QLocale())));
    }
}

QString CreateArrayDialog::validate() const
{
    if (m_drives->rowCount() == 0) {
        return tr("There are no unassigned drives: the storage subsystem has no unconfigured capacity.");
    }
    const QList<ObjectId> ids = checkedDrives();
    if (ids.isEmpty()) {
        return tr("Select the drives of the new array.");
    }
    const Configuration& c = snapshot()->config;
    const DriveType firstType = c.drives.value(ids.first()).type;
    for (const ObjectId id : ids) {
        const Drive d = c.drives.value(id);
        if (d.role != DriveRole::Unassigned || d.status != ComponentStatus::Optimal) {
            return Error(ErrorCode::DriveNotUnassigned,
                {QString::number(d.enclosure), QString::number(d.slot), Texts::driveRole(d.role)})
                .localizedMessage();
        }
        if (d.type != firstType) {
            return Error(ErrorCode::DriveTypeMixed, {Texts::driveType(firstType), Texts::driveType(d.type)})
                .localizedMessage();
        }
    }
    if (const Error err = checkRaidDriveCount(raidLevel(), static_cast<int>(ids.size())); err.isError()) {
        return err.localizedMessage();
    }
    return {};
}

CommandRequest CreateArrayDialog::request() const
{
    const Configuration& c = snapshot()->config;
    QJsonArray drives;
    for (const ObjectId id : checkedDrives()) {
        const Drive d = c.drives.value(id);
        drives.append(u"%1,%2"_s.arg(d.enclosure).arg(d.slot));
    }
    return {u"createArray"_s, {{u"drives"_s, drives}, {u"raidLevel"_s, enumName(raidLevel())}}};
}

} // namespace Copyline
