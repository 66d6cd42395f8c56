// SPDX-License-Identifier: GPL-3.0-or-later
#include "topologydialogs.h"

#include "api/rules.h"
#include "api/units.h"
#include "common/icons.h"
#include "common/texts.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

QString translated(const char* text)
{
    return QCoreApplication::translate("Copyline::Texts", text);
}

} // namespace

DefineHostGroupDialog::DefineHostGroupDialog(EngineConnection* connection, ObjectId subsystemId, QWidget* parent)
    : CommandDialog(connection, subsystemId, parent)
{
    setObjectName(u"defineHostGroupDialog"_s);
    setWindowTitle(tr("Define Host Group"));
    auto* form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"nameLineEdit"_s);
    form->addRow(tr("Host group &name:"), m_name);
    setContentLayout(form);
    connect(m_name, &QLineEdit::textChanged, this, &DefineHostGroupDialog::revalidate);
    setMinimumWidth(420);
    revalidate();
}

QString DefineHostGroupDialog::validate() const
{
    const QString name = m_name->text();
    if (const Error err = checkName(name, translated(QT_TRANSLATE_NOOP("Copyline::Texts", "host group")));
        err.isError()) {
        return err.localizedMessage();
    }
    if (name == u"Default Host Group"_s || name.compare(u"defaultGroup"_s, Qt::CaseInsensitive) == 0) {
        return Error(ErrorCode::NameInUse, {name, Texts::mappingTarget({}, 0)}).localizedMessage();
    }
    if (snapshot()->config.hostGroupByName(subsystemId(), name) != nullptr) {
        return Error(
            ErrorCode::NameInUse, {name, translated(QT_TRANSLATE_NOOP("Copyline::Texts", "another host group"))})
            .localizedMessage();
    }
    return {};
}

CommandRequest DefineHostGroupDialog::request() const
{
    return {u"createHostGroup"_s, {{u"userLabel"_s, m_name->text()}}};
}

// ---------------------------------------------------------------------------------------------------------------

QStringList DefineHostDialog::hostTypes()
{
    return {u"Linux"_s, u"Windows 2000/Server 2003 Non-Clustered"_s, u"Windows 2000/Server 2003 Clustered"_s, u"AIX"_s,
        u"HP-UX"_s, u"Solaris (with Veritas DMP)"_s, u"Solaris (with Traffic Manager)"_s, u"NetWare Failover"_s,
        u"IRIX"_s, u"Linux Cluster (SteelEye)"_s};
}

DefineHostDialog::DefineHostDialog(
    EngineConnection* connection, ObjectId subsystemId, ObjectId hostGroupId, QWidget* parent)
    : CommandDialog(connection, subsystemId, parent)
{
    setObjectName(u"defineHostDialog"_s);
    setWindowTitle(tr("Define Host"));
    auto* form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"nameLineEdit"_s);
    form->addRow(tr("Host &name:"), m_name);
    m_hostType = new QComboBox(this);
    m_hostType->setObjectName(u"hostTypeComboBox"_s);
    m_hostType->addItems(hostTypes());
    form->addRow(tr("Host &type (operating system):"), m_hostType);
    m_group = new QComboBox(this);
    m_group->setObjectName(u"hostGroupComboBox"_s);
    m_group->addItem(Icons::icon(u"default-host-group"_s), Texts::mappingTarget({}, 0), 0);
    for (const HostGroup& g : snapshot()->config.hostGroupsOf(subsystemId)) {
        m_group->addItem(Icons::icon(u"host-group"_s), g.name, g.id);
    }
    m_group->setCurrentIndex(std::max(0, m_group->findData(hostGroupId)));
    form->addRow(tr("Member of host &group:"), m_group);
    setContentLayout(form);
    connect(m_name, &QLineEdit::textChanged, this, &DefineHostDialog::revalidate);
    setMinimumWidth(460);
    revalidate();
}

QString DefineHostDialog::validate() const
{
    const QString name = m_name->text();
    if (const Error err = checkName(name, translated(QT_TRANSLATE_NOOP("Copyline::Texts", "host"))); err.isError()) {
        return err.localizedMessage();
    }
    if (snapshot()->config.hostByName(subsystemId(), name) != nullptr) {
        return Error(ErrorCode::NameInUse, {name, translated(QT_TRANSLATE_NOOP("Copyline::Texts", "another host"))})
            .localizedMessage();
    }
    return {};
}

CommandRequest DefineHostDialog::request() const
{
    QJsonObject args {{u"userLabel"_s, m_name->text()}, {u"hostType"_s, m_hostType->currentText()}};
    if (m_group->currentData().toLongLong() != 0) {
        args.insert(u"hostGroup"_s, m_group->currentText());
    }
    return {u"createHost"_s, args};
}

// ---------------------------------------------------------------------------------------------------------------

DefineHostPortDialog::DefineHostPortDialog(
    EngineConnection* connection, ObjectId subsystemId, ObjectId hostId, QWidget* parent)
    : CommandDialog(connection, subsystemId, parent)
{
    setObjectName(u"defineHostPortDialog"_s);
    setWindowTitle(tr("Define Host Port"));
    auto* form = new QFormLayout;
    m_host = new QComboBox(this);
    m_host->setObjectName(u"hostComboBox"_s);
    for (const Host& h : snapshot()->config.hostsOf(subsystemId)) {
        m_host->addItem(Icons::icon(u"host"_s), h.name, h.id);
    }
    m_host->setCurrentIndex(std::max(0, m_host->findData(hostId)));
    form->addRow(tr("&Host:"), m_host);
    m_identifier = new QLineEdit(this);
    m_identifier->setObjectName(u"identifierLineEdit"_s);
    m_identifier->setPlaceholderText(u"21:00:00:E0:8B:05:05:04"_s);
    form->addRow(tr("Host port &identifier (WWPN):"), m_identifier);
    m_label = new QLineEdit(this);
    m_label->setObjectName(u"labelLineEdit"_s);
    m_label->setPlaceholderText(tr("Optional; default <host>_HBA<n>"));
    form->addRow(tr("User &label:"), m_label);
    setContentLayout(form);
    connect(m_host, &QComboBox::currentIndexChanged, this, &DefineHostPortDialog::revalidate);
    connect(m_identifier, &QLineEdit::textChanged, this, &DefineHostPortDialog::revalidate);
    connect(m_label, &QLineEdit::textChanged, this, &DefineHostPortDialog::revalidate);
    setMinimumWidth(480);
    revalidate();
}

QString DefineHostPortDialog::validate() const
{
    const Configuration& c = snapshot()->config;
    if (m_host->count() == 0) {
        return tr("Define a host first (Mappings ▸ Define ▸ Host).");
    }
    const QString raw = m_identifier->text();
    if (raw.trimmed().isEmpty()) {
        return tr("Enter the host port identifier: the 16 hexadecimal digits of the HBA's worldwide port name.");
    }
    const QString wwpn = normalizeWwpn(raw);
    if (wwpn.isEmpty()) {
        return Error(ErrorCode::HostPortIdInvalid, {raw}).localizedMessage();
    }
    for (const HostPort& p : c.hostPorts) {
        if (p.subsystemId == subsystemId() && p.identifier == wwpn) {
            return Error(ErrorCode::HostPortIdInUse, {formatWwpn(wwpn), c.hosts.value(p.hostId).name})
                .localizedMessage();
        }
    }
    if (const QString label = m_label->text(); !label.isEmpty()) {
        if (const Error err = checkName(label, translated(QT_TRANSLATE_NOOP("Copyline::Texts", "host port")));
            err.isError()) {
            return err.localizedMessage();
        }
        if (c.hostPortByIdentifierOrLabel(subsystemId(), label) != nullptr) {
            return Error(
                ErrorCode::NameInUse, {label, translated(QT_TRANSLATE_NOOP("Copyline::Texts", "another host port"))})
                .localizedMessage();
        }
    }
    return {};
}

CommandRequest DefineHostPortDialog::request() const
{
    QJsonObject args {{u"host"_s, m_host->currentText()}, {u"identifier"_s, m_identifier->text().trimmed()}};
    if (!m_label->text().isEmpty()) {
        args.insert(u"userLabel"_s, m_label->text());
    }
    return {u"createHostPort"_s, args};
}

// ---------------------------------------------------------------------------------------------------------------

DefineMappingDialog::DefineMappingDialog(
    EngineConnection* connection, ObjectId subsystemId, ObjectId targetId, ObjectId logicalDriveId, QWidget* parent)
    : CommandDialog(connection, subsystemId, parent)
{
    setObjectName(u"defineMappingDialog"_s);
    setWindowTitle(tr("Define Additional Mapping"));
    const Configuration& c = snapshot()->config;
    auto* layout = new QVBoxLayout;
    auto* form = new QFormLayout;
    m_target = new QComboBox(this);
    m_target->setObjectName(u"targetComboBox"_s);
    m_target->addItem(Icons::icon(u"default-host-group"_s), Texts::mappingTarget(c, 0), 0);
    for (const HostGroup& g : c.hostGroupsOf(subsystemId)) {
        m_target->addItem(Icons::icon(u"host-group"_s), Texts::mappingTarget(c, g.id), g.id);
        for (const Host& h : c.hostsOfGroup(subsystemId, g.id)) {
            m_target->addItem(Icons::icon(u"host"_s), u"    "_s + Texts::mappingTarget(c, h.id), h.id);
        }
    }
    for (const Host& h : c.hostsOfGroup(subsystemId, 0)) {
        m_target->addItem(Icons::icon(u"host"_s), Texts::mappingTarget(c, h.id), h.id);
    }
    m_target->setCurrentIndex(std::max(0, m_target->findData(targetId)));
    form->addRow(tr("&Host group or host:"), m_target);
    m_lun = new QSpinBox(this);
    m_lun->setObjectName(u"lunSpinBox"_s);
    m_lun->setRange(0, kMaxLun);
    m_lun->setAlignment(Qt::AlignRight);
    m_lun->setValue(std::max(0, lowestFreeLun(c, subsystemId, this->targetId())));
    form->addRow(tr("&Logical unit number (LUN):"), m_lun);
    layout->addLayout(form);
    auto* driveLabel = new QLabel(tr("Logical &drive (unmapped logical drives):"), this);
    layout->addWidget(driveLabel);
    m_drives = new QListWidget(this);
    m_drives->setObjectName(u"logicalDriveListWidget"_s);
    driveLabel->setBuddy(m_drives);
    layout->addWidget(m_drives, 1);
    setContentLayout(layout);
    fillDrives(logicalDriveId);

    connect(m_target, &QComboBox::currentIndexChanged, this, [this]() {
        m_lun->setValue(std::max(0, lowestFreeLun(snapshot()->config, this->subsystemId(), this->targetId())));
        revalidate();
    });
    connect(m_lun, &QSpinBox::valueChanged, this, &DefineMappingDialog::revalidate);
    connect(m_drives, &QListWidget::currentRowChanged, this, &DefineMappingDialog::revalidate);
    resize(480, 420);
    revalidate();
}

void DefineMappingDialog::fillDrives(ObjectId select)
{
    const Configuration& c = snapshot()->config;
    QList<LogicalDrive> candidates;
    for (const LogicalDrive& ld : c.logicalDrivesOf(subsystemId())) {
        // Standard logical drives and FlashCopies (spec §2.2.2); repositories are not host-addressable.
        const bool mappable = ld.kind == LogicalDriveKind::Standard || ld.kind == LogicalDriveKind::FlashCopy;
        if (mappable && c.mappingOf(ld.id) == nullptr) {
            candidates.append(ld);
        }
    }
    // Snapshots also arrive for host I/O counters: keep the list as it is unless its drives changed.
    bool same = candidates.size() == m_drives->count();
    for (int i = 0; same && i < candidates.size(); ++i) {
        same = m_drives->item(i)->data(Qt::UserRole).toLongLong() == candidates.at(i).id
            && m_drives->item(i)->text() == Texts::withCapacity(candidates.at(i).name, candidates.at(i).capacity);
    }
    if (same && selectedDrive() == select) {
        return;
    }
    const QSignalBlocker blocker(m_drives);
    m_drives->clear();
    for (const LogicalDrive& ld : std::as_const(candidates)) {
        auto* item = new QListWidgetItem(
            Icons::icon(ld.kind == LogicalDriveKind::FlashCopy ? Icons::forFlashCopy(
                            c.flashCopies.value(ld.id).status, c.flashCopies.value(ld.id).thresholdExceeded)
                                                               : Icons::forLogicalDrive(ld.status)),
            Texts::withCapacity(ld.name, ld.capacity), m_drives);
        item->setData(Qt::UserRole, ld.id);
        if (ld.id == select) {
            m_drives->setCurrentItem(item);
        }
    }
    if (m_drives->currentRow() < 0 && m_drives->count() > 0) {
        m_drives->setCurrentRow(0);
    }
}

ObjectId DefineMappingDialog::targetId() const
{
    return m_target->currentData().toLongLong();
}

ObjectId DefineMappingDialog::selectedDrive() const
{
    const QListWidgetItem* item = m_drives->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

QString DefineMappingDialog::validate() const
{
    const Configuration& c = snapshot()->config;
    if (m_drives->count() == 0) {
        return tr("Every standard logical drive is already mapped.");
    }
    if (selectedDrive() == 0) {
        return tr("Select the logical drive to map.");
    }
    if (lowestFreeLun(c, subsystemId(), targetId()) < 0) {
        return tr("All LUNs of %1 are in use.").arg(Texts::mappingTarget(c, targetId()));
    }
    if (const LunMapping* holder = mappingUsingLun(c, subsystemId(), targetId(), m_lun->value())) {
        return Error(ErrorCode::LunInUse,
            {QString::number(m_lun->value()), c.logicalDrives.value(holder->logicalDriveId).name,
                Texts::mappingTarget(c, targetId())})
            .localizedMessage();
    }
    return {};
}

CommandRequest DefineMappingDialog::request() const
{
    return {u"setLogicalDrive"_s,
        {{u"id"_s, selectedDrive()}, {u"logicalUnitNumber"_s, m_lun->value()}, {u"targetId"_s, targetId()}}};
}

void DefineMappingDialog::onSnapshotChanged()
{
    fillDrives(selectedDrive());
    revalidate();
}

} // namespace Copyline
