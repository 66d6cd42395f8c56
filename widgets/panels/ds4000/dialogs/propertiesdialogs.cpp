// SPDX-License-Identifier: GPL-3.0-or-later
#include "propertiesdialogs.h"

#include "api/rules.h"
#include "api/units.h"
#include "common/texts.h"
#include "common/theme.h"
#include "models/hostiomodels.h"
#include "models/hostiorates.h"
#include "panels/ds4000/dialogs/flashcopydialogs.h"
#include "panels/ds4000/dialogs/mirrordialogs.h"
#include "panels/ds4000/dialogs/volumecopydialogs.h"
#include "panels/ds4000/rules/volumecopyrules.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

QString dateTime(const QDateTime& time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::LongFormat) : QString();
}

QString number(qint64 n)
{
    return QLocale().toString(n);
}

QString gb(qint64 bytes)
{
    return formatGb(bytes, QLocale());
}

/** "12.50 MB/s (200 IOPS)": a current host I/O rate. */
QString rateText(double bytesPerSecond, double opsPerSecond)
{
    return PropertiesDialog::tr("%1 MB/s (%2 IOPS)", "host I/O rate")
        .arg(PerformanceModel::megabytesPerSecond(bytesPerSecond), PerformanceModel::operationsPerSecond(opsPerSecond));
}

/** The Copying tab (spec §2.3.8): one block per pair, a source with several targets repeats it per target. */
PropertiesDialog::Rows copyingRows(const Snapshot& snapshot, const LogicalDrive& ld)
{
    const Configuration& c = snapshot.config;
    const QList<VolumeCopy> pairs = c.volumeCopiesOf(ld.id);
    if (pairs.isEmpty()) {
        return {{PropertiesDialog::tr("VolumeCopy"), PropertiesDialog::tr("Not a source or target of any copy pair")}};
    }
    PropertiesDialog::Rows rows;
    for (const VolumeCopy& vc : pairs) {
        const bool source = vc.sourceId == ld.id;
        const LogicalDrive partner = c.logicalDrives.value(source ? vc.targetId : vc.sourceId);
        QString status = Texts::copyStatus(vc.status);
        const double percent = VolumeCopyRules::percent(snapshot, vc);
        if (vc.status == VolumeCopyStatus::InProgress && percent >= 0) {
            status = PropertiesDialog::tr("%1 (%2% copied)").arg(status, QLocale().toString(percent, 'f', 0));
        } else if (vc.status == VolumeCopyStatus::Failed && !vc.statusReason.isEmpty()) {
            status = PropertiesDialog::tr("%1 (%2)", "status (reason)").arg(status, vc.statusReason);
        }
        rows.append({VolumeCopyRules::pairLabel(c, vc), QString()}); // a heading per pair
        rows.append({PropertiesDialog::tr("Role"),
            source ? PropertiesDialog::tr("Source", "VolumeCopy role")
                   : PropertiesDialog::tr("Target", "VolumeCopy role")});
        rows.append(
            {source ? PropertiesDialog::tr("Target logical drive") : PropertiesDialog::tr("Source logical drive"),
                partner.name});
        rows.append({source ? PropertiesDialog::tr("Target WWN") : PropertiesDialog::tr("Source WWN"), partner.wwn});
        rows.append({PropertiesDialog::tr("Copy status"), status});
        rows.append({PropertiesDialog::tr("Copy priority"), Texts::copyPriority(vc.priority)});
        rows.append({PropertiesDialog::tr("Start timestamp"), dateTime(vc.started)});
        rows.append({PropertiesDialog::tr("Completion timestamp"),
            vc.completed.isValid() ? dateTime(vc.completed) : PropertiesDialog::tr("Not completed")});
        if (!source) {
            rows.append({PropertiesDialog::tr("Read-only"),
                vc.targetReadOnly ? PropertiesDialog::tr("Enabled") : PropertiesDialog::tr("Disabled")});
        }
    }
    return rows;
}

} // namespace

PropertiesDialog::PropertiesDialog(
    EngineConnection* connection, ObjectId subsystemId, ObjectId objectId, QWidget* parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_subsystemId(subsystemId)
    , m_objectId(objectId)
{
    auto* layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"propertiesTabWidget"_s);
    layout->addWidget(m_tabs, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(u"closeButton"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_connection, &EngineConnection::snapshotChanged, this, &PropertiesDialog::refresh);
    resize(560, 480);
}

PropertiesDialog::~PropertiesDialog() = default;

QString PropertiesDialog::value(const QString& label) const
{
    for (const Tab& tab : m_shown) {
        for (const auto& [key, text] : tab.rows) {
            if (key == label) {
                return text;
            }
        }
    }
    return {};
}

void PropertiesDialog::addTab(const QString& title, const Rows& rows)
{
    m_wanted.append({title, rows, nullptr, {}});
}

void PropertiesDialog::addWidgetTab(const QString& title, QWidget* widget)
{
    m_wanted.append({title, {}, widget, {}});
}

QWidget* PropertiesDialog::buildPage(Tab& tab)
{
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    form->setLabelAlignment(Qt::AlignRight);
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(8);
    tab.values.clear();
    for (const auto& [label, text] : std::as_const(tab.rows)) {
        if (text.isNull()) {
            // A section heading (e.g. one VolumeCopy pair of the Copying tab): bold, across both columns.
            auto* heading = new QLabel(label, page);
            heading->setStyleSheet(u"QLabel { font-weight: bold; padding-top: 8px; }"_s);
            form->addRow(heading);
            tab.values.append(heading);
            continue;
        }
        auto* valueLabel = new QLabel(text, page);
        valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
        valueLabel->setWordWrap(true);
        auto* key = new QLabel(label + u':', page);
        key->setStyleSheet(Theme::css(u"QLabel { color: #4a5968; }"_s));
        form->addRow(key, valueLabel);
        tab.values.append(valueLabel);
    }
    scroll->setWidget(page);
    return scroll;
}

void PropertiesDialog::refresh()
{
    // Snapshots also arrive for I/O counters: change only what differs, so scroll positions, focus and the
    // current tab survive, and widget tabs (with input in progress) are never recreated.
    m_wanted.clear();
    populate(*m_connection->snapshot());
    QList<Tab> wanted = std::exchange(m_wanted, {});
    const int current = m_tabs->currentIndex();
    bool sameTabs = wanted.size() == m_shown.size();
    for (qsizetype i = 0; sameTabs && i < wanted.size(); ++i) {
        sameTabs = wanted.at(i).title == m_shown.at(i).title && wanted.at(i).widget == m_shown.at(i).widget;
    }
    if (!sameTabs) {
        while (m_tabs->count() > 0) {
            QWidget* page = m_tabs->widget(0);
            m_tabs->removeTab(0);
            const bool kept = std::any_of(wanted.cbegin(), wanted.cend(),
                [page](const Tab& t) { return t.widget != nullptr && t.widget == page; });
            if (!kept) {
                page->deleteLater();
            }
        }
        for (Tab& tab : wanted) {
            m_tabs->addTab(tab.widget != nullptr ? tab.widget : buildPage(tab), tab.title);
        }
    } else {
        for (qsizetype i = 0; i < wanted.size(); ++i) {
            Tab& tab = wanted[i];
            const Tab& shown = m_shown.at(i);
            if (tab.widget != nullptr) {
                continue;
            }
            bool sameLabels = tab.rows.size() == shown.rows.size();
            for (qsizetype r = 0; sameLabels && r < tab.rows.size(); ++r) {
                sameLabels = tab.rows.at(r).first == shown.rows.at(r).first;
            }
            if (sameLabels) {
                tab.values = shown.values;
                for (qsizetype r = 0; r < tab.rows.size(); ++r) {
                    if (shown.rows.at(r).second != tab.rows.at(r).second) {
                        tab.values.at(r)->setText(tab.rows.at(r).second);
                    }
                }
            } else {
                QWidget* old = m_tabs->widget(static_cast<int>(i));
                m_tabs->removeTab(static_cast<int>(i));
                m_tabs->insertTab(static_cast<int>(i), buildPage(tab), tab.title);
                old->deleteLater();
            }
        }
    }
    m_shown = wanted;
    if (current >= 0 && current < m_tabs->count()) {
        m_tabs->setCurrentIndex(current);
    }
}

// ---------------------------------------------------------------------------------------------------------------

SubsystemPropertiesDialog::SubsystemPropertiesDialog(
    EngineConnection* connection, ObjectId subsystemId, QWidget* parent)
    : PropertiesDialog(connection, subsystemId, subsystemId, parent)
{
    setObjectName(u"subsystemPropertiesDialog"_s);
    setWindowTitle(tr("Storage Subsystem Properties"));
    refresh();
}

CopyBandwidthWidget* SubsystemPropertiesDialog::copyBandwidth() const
{
    return m_copyBandwidth.data();
}

void SubsystemPropertiesDialog::populate(const Snapshot& snapshot)
{
    const Configuration& c = snapshot.config;
    const Subsystem s = c.subsystems.value(subsystemId());
    const SubsystemLimits limits = snapshot.limits(s.id);
    addTab(tr("Base"),
        {{tr("Name"), s.name}, {tr("Status"), Texts::subsystemStatus(snapshot.needsAttention.value(s.id, false))},
            {tr("Model"), s.model}, {tr("World-wide name (WWN)"), s.wwn}, {tr("Controller firmware"), s.firmware},
            {tr("Feature enable identifier"), s.featureEnableId}, {tr("Created"), dateTime(s.created)}});

    Rows controllers;
    for (const Controller& ctl : c.controllersOf(s.id)) {
        controllers.append(
            {Texts::controller(ctl.slot), tr("%1, serial number %2").arg(Texts::status(ctl.status), ctl.serial)});
    }
    controllers.append({tr("Host ports per controller"), number(limits.hostPortsPerController)});
    addTab(tr("Controllers"), controllers);

    int assigned = 0;
    int unassigned = 0;
    int spares = 0;
    int failed = 0;
    qint64 raw = 0;
    const QList<Drive> drives = c.drivesOf(s.id);
    QSet<int> enclosures;
    for (const Drive& d : drives) {
        enclosures.insert(d.enclosure);
        raw += d.rawCapacity;
        failed += d.status != ComponentStatus::Optimal ? 1 : 0;
        switch (d.role) {
        case DriveRole::Assigned:
            ++assigned;
            break;
        case DriveRole::Unassigned:
            ++unassigned;
            break;
        case DriveRole::HotSpare:
            ++spares;
            break;
        }
    }
    qint64 configured = 0;
    qint64 free = 0;
    const QList<Array> arrays = c.arraysOf(s.id);
    for (const Array& a : arrays) {
        configured += arrayCapacity(c, a.id);
        free += arrayFreeCapacity(c, a.id);
    }
    addTab(tr("Capacity"),
        {{tr("Enclosures"), number(enclosures.size())},
            {tr("Drives"),
                tr("%1 (%2 assigned, %3 unassigned, %4 hot spares, %5 not optimal)")
                    .arg(number(drives.size()), number(assigned), number(unassigned), number(spares), number(failed))},
            {tr("Raw capacity"), gb(raw)}, {tr("Arrays"), number(arrays.size())},
            {tr("Configured capacity"), gb(configured)}, {tr("Free capacity in arrays"), gb(free)},
            {tr("Unconfigured capacity"), gb(unconfiguredCapacity(c, s.id))},
            {tr("Logical drives"),
                tr("%1 of at most %2").arg(number(c.logicalDrivesOf(s.id).size()), number(limits.maxLogicalDrives))},
            {tr("Host groups"), number(c.hostGroupsOf(s.id).size())}, {tr("Hosts"), number(c.hostsOf(s.id).size())},
            {tr("LUN mappings"), number(c.mappingsOf(s.id).size())}});
    if (m_copyBandwidth == nullptr) {
        m_copyBandwidth = new CopyBandwidthWidget(connection(), subsystemId(), this);
    }
    addWidgetTab(tr("Copy Services"), m_copyBandwidth);
}

// ---------------------------------------------------------------------------------------------------------------

ArrayPropertiesDialog::ArrayPropertiesDialog(
    EngineConnection* connection, ObjectId subsystemId, ObjectId arrayId, QWidget* parent)
    : PropertiesDialog(connection, subsystemId, arrayId, parent)
{
    setObjectName(u"arrayPropertiesDialog"_s);
    setWindowTitle(tr("Array Properties"));
    refresh();
}

void ArrayPropertiesDialog::populate(const Snapshot& snapshot)
{
    const Configuration& c = snapshot.config;
    if (!c.arrays.contains(objectId())) {
        addTab(tr("Base"), {{tr("Status"), tr("This array no longer exists.")}});
        return;
    }
    const Array a = c.arrays.value(objectId());
    QStringList driveSlots;
    bool degraded = false;
    QString type;
    for (const Drive& d : c.drivesOfArray(a.id)) {
        driveSlots.append(u"[%1,%2]"_s.arg(d.enclosure).arg(d.slot));
        degraded = degraded || d.status != ComponentStatus::Optimal;
        type = Texts::driveType(d.type);
    }
    QStringList lds;
    for (const LogicalDrive& ld : c.logicalDrivesOfArray(a.id)) {
        lds.append(Texts::withCapacity(ld.name, ld.capacity));
    }
    addTab(tr("Base"),
        {{tr("Name"), arrayLabel(a)},
            {tr("Status"), Texts::status(degraded ? ComponentStatus::Degraded : ComponentStatus::Optimal)},
            {tr("RAID level"), enumName(a.raidLevel)}, {tr("Capacity"), gb(arrayCapacity(c, a.id))},
            {tr("Used capacity"), gb(arrayUsedCapacity(c, a.id))},
            {tr("Free capacity"), gb(arrayFreeCapacity(c, a.id))}, {tr("Drive type"), type},
            {tr("Drives [enclosure,slot]"), driveSlots.join(u' ')},
            {tr("Logical drives"), lds.isEmpty() ? tr("none") : lds.join(u'\n')}});
}

// ---------------------------------------------------------------------------------------------------------------

LogicalDrivePropertiesDialog::LogicalDrivePropertiesDialog(
    EngineConnection* connection, ObjectId subsystemId, ObjectId logicalDriveId, QWidget* parent)
    : PropertiesDialog(connection, subsystemId, logicalDriveId, parent)
{
    setObjectName(u"logicalDrivePropertiesDialog"_s);
    // The guide's window titles (spec §2.2.3).
    switch (connection->snapshot()->config.logicalDrives.value(logicalDriveId).kind) {
    case LogicalDriveKind::FlashCopy:
        setWindowTitle(tr("FlashCopy Logical Drive Properties"));
        break;
    case LogicalDriveKind::FlashCopyRepository:
        setWindowTitle(tr("FlashCopy Repository Logical Drive - Properties"));
        break;
    case LogicalDriveKind::Standard:
    case LogicalDriveKind::MirrorRepository:
        setWindowTitle(tr("Logical Drive Properties"));
        break;
    }
    m_progressLabel = new QLabel(this);
    m_progressLabel->setObjectName(u"modificationLabel"_s);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"modificationProgress"_s);
    m_progress->setRange(0, 100);
    m_progressLabel->setBuddy(m_progress);
    if (auto* box = qobject_cast<QVBoxLayout*>(layout())) {
        box->insertWidget(1, m_progressLabel);
        box->insertWidget(2, m_progress);
    }
    m_progressLabel->hide();
    m_progress->hide();
    refresh();
}

RepositorySettingsWidget* LogicalDrivePropertiesDialog::repositorySettings() const
{
    return m_repositorySettings;
}

MirroringPropertiesWidget* LogicalDrivePropertiesDialog::mirroring() const
{
    return m_mirroring;
}

void LogicalDrivePropertiesDialog::setHostIoRates(HostIoRates* rates)
{
    if (m_rates) {
        disconnect(m_rates, nullptr, this, nullptr);
    }
    m_rates = rates;
    if (m_rates) {
        // Rates fall to zero without a new snapshot when the drive goes idle: follow them, not only snapshots.
        connect(m_rates, &HostIoRates::updated, this, &LogicalDrivePropertiesDialog::refresh);
    }
    refresh();
}

void LogicalDrivePropertiesDialog::populate(const Snapshot& snapshot)
{
    const Configuration& c = snapshot.config;
    if (!c.logicalDrives.contains(objectId())) {
        addTab(tr("Base"), {{tr("Status"), tr("This logical drive no longer exists.")}});
        return;
    }
    const LogicalDrive ld = c.logicalDrives.value(objectId());
    const Array a = c.arrays.value(ld.arrayId);
    QString mapping = tr("Not mapped");
    if (const LunMapping* m = c.mappingOf(ld.id)) {
        mapping = tr("LUN %1 of %2").arg(m->lun).arg(Texts::mappingTarget(c, m->targetId));
    }
    Rows base {{tr("Logical drive name"), ld.name}, {tr("Logical drive ID (WWN)"), ld.wwn},
        {tr("Type", "logical drive type"), Texts::logicalDriveKind(ld.kind)},
        {tr("Status"), Texts::logicalDriveStatus(c, ld)}};
    const FlashCopy* fc = c.flashCopyOf(ld.id);
    if (fc != nullptr) {
        QString status = Texts::flashCopyStatus(fc->status);
        if (!fc->statusReason.isEmpty()) {
            status = tr("%1 (%2)", "status (reason)").arg(status, fc->statusReason);
        }
        const QString fcName = c.logicalDrives.value(fc->id).name;
        const QString baseName = c.logicalDrives.value(fc->baseId).name;
        const QString repositoryName = c.logicalDrives.value(fc->repositoryId).name;
        if (ld.kind == LogicalDriveKind::FlashCopy) {
            base += {{tr("FlashCopy status"), status}, {tr("Base logical drive"), baseName},
                {tr("Repository logical drive"), repositoryName},
                {tr("Creation timestamp"), dateTime(fc->pointInTime)}};
        } else {
            base += {{tr("FlashCopy logical drive"), fcName}, {tr("FlashCopy status"), status},
                {tr("Base logical drive"), baseName}};
        }
    }
    if (const Mirror* m = c.mirrorOf(ld.id)) {
        const qint64 usable = MirrorRules::usableCapacity(c, *m);
        if (usable != ld.capacity) {
            base.append({tr("Usable capacity"), tr("%1 (the mirrored pair's smaller drive)").arg(gb(usable))});
        }
    }
    if (ld.modification != ModificationOperation::None) {
        base += {{tr("Modification operation"), Texts::modification(ld.modification)},
            {tr("Capacity being added"), gb(ld.modificationAdded)},
            {tr("Percent complete"), tr("%1 %").arg(number(ld.modificationBasisPoints / 100))}};
    }
    base.append({tr("Modification priority"), Texts::copyPriority(ld.modificationPriority)});
    base += {{tr("Capacity"), gb(ld.capacity)}, {tr("Array"), arrayLabel(a)}, {tr("RAID level"), enumName(a.raidLevel)},
        {tr("Current owner"), Texts::controller(ld.currentOwner)},
        {tr("Preferred owner"), Texts::controller(ld.preferredOwner)},
        {tr("Segment size"), tr("%1 KB").arg(number(ld.segmentSize / KiB))}, {tr("Created"), dateTime(ld.created)},
        {tr("LUN mapping"), mapping}};
    if (const QList<FlashCopy> copies = c.flashCopiesOf(ld.id); !copies.isEmpty()) {
        QStringList names;
        for (const FlashCopy& copy : copies) {
            names.append(tr("%1 (%2)", "FlashCopy (status)")
                             .arg(c.logicalDrives.value(copy.id).name, Texts::flashCopyStatus(copy.status)));
        }
        base.append({tr("FlashCopy logical drives"), names.join(u'\n')});
    }
    addTab(tr("Base"), base);
    // The bottom progress bar of the properties window (spec §2.2.7, L4228-4250, L4561-4567).
    m_progressLabel->setVisible(ld.modification != ModificationOperation::None);
    m_progress->setVisible(ld.modification != ModificationOperation::None);
    if (ld.modification != ModificationOperation::None) {
        m_progressLabel->setText(tr("%1 in progress").arg(Texts::modification(ld.modification)));
        m_progress->setValue(ld.modificationBasisPoints / 100);
    }
    if (fc != nullptr) {
        if (m_repositorySettings == nullptr) {
            m_repositorySettings = new RepositorySettingsWidget(connection(), subsystemId(), fc->id, this);
        }
        addWidgetTab(tr("Capacity"), m_repositorySettings);
    }
    if (ld.kind == LogicalDriveKind::Standard || ld.kind == LogicalDriveKind::FlashCopy) {
        addTab(tr("Copying"), copyingRows(snapshot, ld));
    }
    if (ld.kind == LogicalDriveKind::Standard || ld.kind == LogicalDriveKind::MirrorRepository) {
        if (m_mirroring == nullptr) {
            m_mirroring = new MirroringPropertiesWidget(connection(), subsystemId(), ld.id, this);
        }
        addWidgetTab(tr("Mirroring"), m_mirroring);
    }
    const LogicalDriveRuntime rt = snapshot.runtime.value(ld.id);
    Rows hostIo;
    if (m_rates) {
        const IoRate rate = m_rates->rate(ld.id);
        hostIo.append({tr("Read rate"), rateText(rate.readBytesPerSecond, rate.readOpsPerSecond)});
        hostIo.append({tr("Write rate"), rateText(rate.writeBytesPerSecond, rate.writeOpsPerSecond)});
    }
    hostIo += Rows {{tr("Read requests"), number(static_cast<qint64>(rt.readOps))},
        {tr("Data read"), formatBytes(static_cast<qint64>(rt.readBytes), QLocale())},
        {tr("Write requests"), number(static_cast<qint64>(rt.writeOps))},
        {tr("Data written"), formatBytes(static_cast<qint64>(rt.writeBytes), QLocale())},
        {tr("Allocated in the volume file"), formatBytes(rt.allocatedBytes, QLocale())}};
    addTab(tr("Host I/O"), hostIo);
}

// ---------------------------------------------------------------------------------------------------------------

DrivePropertiesDialog::DrivePropertiesDialog(
    EngineConnection* connection, ObjectId subsystemId, ObjectId driveId, QWidget* parent)
    : PropertiesDialog(connection, subsystemId, driveId, parent)
{
    setObjectName(u"drivePropertiesDialog"_s);
    setWindowTitle(tr("Drive Properties"));
    refresh();
}

void DrivePropertiesDialog::populate(const Snapshot& snapshot)
{
    const Configuration& c = snapshot.config;
    const Drive d = c.drives.value(objectId());
    const QString array = d.arrayId != 0 ? arrayLabel(c.arrays.value(d.arrayId)) : tr("none");
    addTab(tr("Base"),
        {{tr("Enclosure"), number(d.enclosure)}, {tr("Slot"), number(d.slot)}, {tr("Status"), Texts::status(d.status)},
            {tr("Role"), Texts::driveRole(d.role)}, {tr("Array"), array}, {tr("Usable capacity"), gb(d.usableCapacity)},
            {tr("Raw capacity"), gb(d.rawCapacity)}, {tr("Interface type"), Texts::driveType(d.type)},
            {tr("Speed"), tr("%1 rpm").arg(number(d.speedRpm))}, {tr("Product ID"), d.product},
            {tr("Serial number"), d.serial}});
}

} // namespace Copyline
