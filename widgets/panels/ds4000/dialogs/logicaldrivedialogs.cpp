// SPDX-License-Identifier: GPL-3.0-or-later
#include "logicaldrivedialogs.h"

#include "api/rules.h"
#include "api/units.h"
#include "common/icons.h"
#include "common/texts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

constexpr double kMaxInput = 1.0e9;

QString nameProblem(const Configuration& config, ObjectId subsystemId, const QString& name, ObjectId except)
{
    if (const Error err = checkName(name, QCoreApplication::translate("Copyline::Texts", "logical drive"));
        err.isError()) {
        return err.localizedMessage();
    }
    if (logicalDriveNameInUse(config, subsystemId, name, except)) {
        return Error(
            ErrorCode::NameInUse, {name, QCoreApplication::translate("Copyline::Texts", "another logical drive")})
            .localizedMessage();
    }
    return {};
}

} // namespace

qint64 capacityFromInput(double value, qint64 unit, qint64 limit)
{
    const auto bytes = static_cast<qint64>(std::llround(value * static_cast<double>(unit)));
    // The field shows three decimals: a value that only exceeds the limit by that rounding means "the limit".
    if (bytes > limit && static_cast<double>(bytes - limit) <= 0.0005 * static_cast<double>(unit)) {
        return limit;
    }
    return bytes;
}

// ---------------------------------------------------------------------------------------------------------------

CreateLogicalDriveDialog::CreateLogicalDriveDialog(
    EngineConnection* connection, ObjectId subsystemId, ObjectId preferredArrayId, QWidget* parent)
    : CommandDialog(connection, subsystemId, parent)
{
    setObjectName(u"createLogicalDriveDialog"_s);
    setWindowTitle(tr("Create Logical Drive"));
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_array = new QComboBox(this);
    m_array->setObjectName(u"arrayComboBox"_s);
    form->addRow(tr("&Array:"), m_array);
    m_free = new QLabel(this);
    m_free->setObjectName(u"freeCapacityLabel"_s);
    form->addRow(tr("Free capacity:"), m_free);

    m_name = new QLineEdit(this);
    m_name->setObjectName(u"nameLineEdit"_s);
    m_name->setPlaceholderText(tr("Up to %n characters", nullptr, kMaxNameLength));
    form->addRow(tr("Logical drive &name:"), m_name);

    auto* capacityRow = new QHBoxLayout;
    m_capacity = new QDoubleSpinBox(this);
    m_capacity->setObjectName(u"capacitySpinBox"_s);
    m_capacity->setDecimals(3);
    m_capacity->setRange(0, kMaxInput);
    m_capacity->setAlignment(Qt::AlignRight);
    m_capacity->setAccelerated(true);
    capacityRow->addWidget(m_capacity, 1);
    m_unit = new QComboBox(this);
    m_unit->setObjectName(u"unitComboBox"_s);
    m_unit->addItem(tr("GB"), GiB);
    m_unit->addItem(tr("MB"), MiB);
    capacityRow->addWidget(m_unit);
    auto* capacityLabel = new QLabel(tr("New logical drive &capacity:"), this);
    capacityLabel->setBuddy(m_capacity);
    form->addRow(capacityLabel, capacityRow);
    m_useAll = new QCheckBox(tr("&Use all free capacity"), this);
    m_useAll->setObjectName(u"useAllFreeCheckBox"_s);
    form->addRow(QString(), m_useAll);

    m_owner = new QComboBox(this);
    m_owner->setObjectName(u"ownerComboBox"_s);
    m_owner->addItem(tr("Automatic (balance the controllers)"), QString());
    m_owner->addItem(Texts::controller(u"A"_s), u"A"_s);
    m_owner->addItem(Texts::controller(u"B"_s), u"B"_s);
    form->addRow(tr("Preferred controller &ownership:"), m_owner);
    setContentLayout(form);

    fillArrays(preferredArrayId);
    updateCapacityInput();
    m_capacity->setValue(static_cast<double>(selectedArrayFree()) / static_cast<double>(unit()));

    connect(m_array, &QComboBox::currentIndexChanged, this, [this]() {
        updateCapacityInput();
        revalidate();
    });
    connect(m_name, &QLineEdit::textChanged, this, &CreateLogicalDriveDialog::revalidate);
    connect(m_capacity, &QDoubleSpinBox::valueChanged, this, &CreateLogicalDriveDialog::revalidate);
    connect(m_unit, &QComboBox::currentIndexChanged, this, [this](int) {
        // Keep the capacity the same; only its unit changes.
        const qint64 bytes = capacityFromInput(m_capacity->value(), m_lastUnit, selectedArrayFree());
        m_lastUnit = unit();
        m_capacity->setValue(static_cast<double>(bytes) / static_cast<double>(unit()));
        updateCapacityInput();
        revalidate();
    });
    connect(m_useAll, &QCheckBox::toggled, this, [this]() {
        updateCapacityInput();
        revalidate();
    });
    setMinimumWidth(520);
    revalidate();
}

void CreateLogicalDriveDialog::fillArrays(ObjectId select)
{
    const Configuration& c = snapshot()->config;
    const QLocale locale;
    QList<QPair<ObjectId, QString>> items;
    for (const Array& a : c.arraysOf(subsystemId())) {
        if (const qint64 free = arrayFreeCapacity(c, a.id); free > 0) {
            items.append({a.id, tr("%1 — %2 free").arg(arrayLabel(a), formatGb(free, locale))});
        }
    }
    // Snapshots also arrive for host I/O counters: leave the list (and an open popup) alone unless it changed.
    bool same = items.size() == m_array->count();
    for (int i = 0; same && i < items.size(); ++i) {
        same = m_array->itemData(i).toLongLong() == items.at(i).first && m_array->itemText(i) == items.at(i).second;
    }
    if (same && m_array->currentData().toLongLong() == select) {
        return;
    }
    const QSignalBlocker blocker(m_array);
    m_array->clear();
    for (const auto& [id, text] : std::as_const(items)) {
        m_array->addItem(Icons::icon(u"array"_s), text, id);
    }
    const int index = m_array->findData(select);
    m_array->setCurrentIndex(index >= 0 ? index : 0);
}

ObjectId CreateLogicalDriveDialog::selectedArrayId() const
{
    return m_array->currentData().toLongLong();
}

qint64 CreateLogicalDriveDialog::selectedArrayFree() const
{
    return selectedArrayId() == 0 ? 0 : arrayFreeCapacity(snapshot()->config, selectedArrayId());
}

qint64 CreateLogicalDriveDialog::unit() const
{
    return m_unit->currentData().toLongLong();
}

void CreateLogicalDriveDialog::updateCapacityInput()
{
    const qint64 free = selectedArrayFree();
    m_free->setText(free > 0 ? formatGb(free, QLocale()) : tr("none"));
    m_capacity->setEnabled(!m_useAll->isChecked());
    if (m_useAll->isChecked()) {
        const QSignalBlocker blocker(m_capacity);
        m_capacity->setValue(static_cast<double>(free) / static_cast<double>(unit()));
    }
}

qint64 CreateLogicalDriveDialog::requestedCapacity() const
{
    const qint64 free = selectedArrayFree();
    return m_useAll->isChecked() ? free : capacityFromInput(m_capacity->value(), unit(), free);
}

QString CreateLogicalDriveDialog::validate() const
{
    if (m_array->count() == 0) {
        return tr("No array has free capacity. Create an array from unconfigured capacity first (Array ▸ Create).");
    }
    if (const QString problem = nameProblem(snapshot()->config, subsystemId(), m_name->text(), 0); !problem.isEmpty()) {
        return problem;
    }
    const qint64 capacity = requestedCapacity();
    if (capacity <= 0) {
        return tr("Enter a capacity greater than zero.");
    }
    const qint64 free = selectedArrayFree();
    if (capacity > free) {
        const Array array = snapshot()->config.arrays.value(selectedArrayId());
        return Error(ErrorCode::CapacityExceedsFree,
            {formatGb(capacity, QLocale()), arrayLabel(array), formatGb(free, QLocale())})
            .localizedMessage();
    }
    return {};
}

CommandRequest CreateLogicalDriveDialog::request() const
{
    QJsonObject args {
        {u"arrayId"_s, selectedArrayId()}, {u"userLabel"_s, m_name->text()}, {u"capacity"_s, requestedCapacity()}};
    if (const QString owner = m_owner->currentData().toString(); !owner.isEmpty()) {
        args.insert(u"owner"_s, owner);
    }
    return {u"createLogicalDrive"_s, args};
}

void CreateLogicalDriveDialog::onSnapshotChanged()
{
    fillArrays(selectedArrayId());
    updateCapacityInput();
    revalidate();
}

// ---------------------------------------------------------------------------------------------------------------

IncreaseCapacityDialog::IncreaseCapacityDialog(
    EngineConnection* connection, ObjectId subsystemId, ObjectId logicalDriveId, QWidget* parent)
    : CommandDialog(connection, subsystemId, parent)
    , m_logicalDriveId(logicalDriveId)
{
    setObjectName(u"increaseCapacityDialog"_s);
    setWindowTitle(tr("Increase Capacity"));
    auto* form = new QFormLayout;
    m_nameLabel = new QLabel(this);
    m_nameLabel->setObjectName(u"logicalDriveLabel"_s);
    form->addRow(tr("Logical drive:"), m_nameLabel);
    m_currentLabel = new QLabel(this);
    m_currentLabel->setObjectName(u"currentCapacityLabel"_s);
    form->addRow(tr("Current capacity:"), m_currentLabel);
    m_freeLabel = new QLabel(this);
    m_freeLabel->setObjectName(u"freeCapacityLabel"_s);
    form->addRow(tr("Free capacity available:"), m_freeLabel);
    m_add = new QDoubleSpinBox(this);
    m_add->setObjectName(u"increaseSpinBox"_s);
    m_add->setDecimals(3);
    m_add->setRange(0, kMaxInput);
    m_add->setSuffix(u" "_s + tr("GB"));
    m_add->setAlignment(Qt::AlignRight);
    form->addRow(tr("&Increase Capacity by:"), m_add);
    auto* note = new QLabel(tr("Dynamic logical drive expansion uses free capacity of the same array; "
                               "the data stays accessible while the capacity grows."),
        this);
    note->setWordWrap(true);
    form->addRow(note);
    setContentLayout(form);

    updateLabels();
    // Prefilled with the maximum free space, or 0 if there is none (spec §2.2.7).
    m_add->setValue(static_cast<double>(freeCapacity()) / static_cast<double>(GiB));
    connect(m_add, &QDoubleSpinBox::valueChanged, this, &IncreaseCapacityDialog::revalidate);
    setMinimumWidth(460);
    revalidate();
}

qint64 IncreaseCapacityDialog::freeCapacity() const
{
    const auto& c = snapshot()->config;
    const auto it = c.logicalDrives.constFind(m_logicalDriveId);
    return it == c.logicalDrives.cend() ? 0 : arrayFreeCapacity(c, it->arrayId);
}

qint64 IncreaseCapacityDialog::requested() const
{
    return capacityFromInput(m_add->value(), GiB, freeCapacity());
}

void IncreaseCapacityDialog::updateLabels()
{
    const auto& c = snapshot()->config;
    const LogicalDrive ld = c.logicalDrives.value(m_logicalDriveId);
    const QLocale locale;
    m_nameLabel->setText(ld.name);
    m_currentLabel->setText(formatGb(ld.capacity, locale));
    m_freeLabel->setText(tr("%1 in %2").arg(formatGb(freeCapacity(), locale), arrayLabel(c.arrays.value(ld.arrayId))));
}

QString IncreaseCapacityDialog::validate() const
{
    const auto& c = snapshot()->config;
    if (!c.logicalDrives.contains(m_logicalDriveId)) {
        return tr("The logical drive no longer exists.");
    }
    const qint64 free = freeCapacity();
    if (free <= 0) {
        return tr("The array of this logical drive has no free capacity left.");
    }
    const qint64 add = requested();
    if (add <= 0) {
        return tr("Enter the capacity to add.");
    }
    if (add > free) {
        const LogicalDrive ld = c.logicalDrives.value(m_logicalDriveId);
        return Error(ErrorCode::CapacityExceedsFree,
            {formatGb(add, QLocale()), arrayLabel(c.arrays.value(ld.arrayId)), formatGb(free, QLocale())})
            .localizedMessage();
    }
    return {};
}

CommandRequest IncreaseCapacityDialog::request() const
{
    return {u"setLogicalDrive"_s, {{u"id"_s, m_logicalDriveId}, {u"addCapacity"_s, requested()}}};
}

void IncreaseCapacityDialog::onSnapshotChanged()
{
    updateLabels();
    revalidate();
}

// ---------------------------------------------------------------------------------------------------------------

RenameDialog::RenameDialog(
    EngineConnection* connection, ObjectId subsystemId, Target target, ObjectId id, QWidget* parent)
    : CommandDialog(connection, subsystemId, parent)
    , m_target(target)
    , m_id(id)
{
    setObjectName(u"renameDialog"_s);
    switch (m_target) {
    case Target::LogicalDrive:
        setWindowTitle(tr("Rename Logical Drive"));
        break;
    case Target::Host:
        setWindowTitle(tr("Rename Host"));
        break;
    case Target::HostGroup:
        setWindowTitle(tr("Rename Host Group"));
        break;
    case Target::Subsystem:
        setWindowTitle(tr("Rename Storage Subsystem"));
        break;
    }
    auto* form = new QFormLayout;
    form->addRow(tr("Current name:"), new QLabel(currentName(), this));
    m_name = new QLineEdit(currentName(), this);
    m_name->setObjectName(u"nameLineEdit"_s);
    m_name->selectAll();
    form->addRow(tr("&New name:"), m_name);
    setContentLayout(form);
    connect(m_name, &QLineEdit::textChanged, this, &RenameDialog::revalidate);
    setMinimumWidth(420);
    revalidate();
}

QString RenameDialog::currentName() const
{
    const Configuration& c = snapshot()->config;
    switch (m_target) {
    case Target::LogicalDrive:
        return c.logicalDrives.value(m_id).name;
    case Target::Host:
        return c.hosts.value(m_id).name;
    case Target::HostGroup:
        return c.hostGroups.value(m_id).name;
    case Target::Subsystem:
        return c.subsystems.value(m_id).name;
    }
    return {};
}

QString RenameDialog::validate() const
{
    const Configuration& c = snapshot()->config;
    const QString name = m_name->text();
    QString what;
    QString other;
    bool inUse = false;
    switch (m_target) {
    case Target::LogicalDrive:
        return name == currentName() ? tr("Enter a new name.") : nameProblem(c, subsystemId(), name, m_id);
    case Target::Host: {
        what = QCoreApplication::translate("Copyline::Texts", "host");
        other = QCoreApplication::translate("Copyline::Texts", "another host");
        const Host* h = c.hostByName(subsystemId(), name);
        inUse = h != nullptr && h->id != m_id;
        break;
    }
    case Target::HostGroup: {
        what = QCoreApplication::translate("Copyline::Texts", "host group");
        other = QCoreApplication::translate("Copyline::Texts", "another host group");
        const HostGroup* g = c.hostGroupByName(subsystemId(), name);
        inUse = g != nullptr && g->id != m_id;
        break;
    }
    case Target::Subsystem: {
        what = QCoreApplication::translate("Copyline::Texts", "storage subsystem");
        other = QCoreApplication::translate("Copyline::Texts", "another storage subsystem");
        const Subsystem* s = c.subsystemByName(name);
        inUse = s != nullptr && s->id != m_id;
        break;
    }
    }
    if (name == currentName()) {
        return tr("Enter a new name.");
    }
    if (const Error err = checkName(name, what); err.isError()) {
        return err.localizedMessage();
    }
    if (inUse) {
        return Error(ErrorCode::NameInUse, {name, other}).localizedMessage();
    }
    return {};
}

CommandRequest RenameDialog::request() const
{
    const QString name = m_name->text();
    switch (m_target) {
    case Target::LogicalDrive:
        return {u"setLogicalDrive"_s, {{u"id"_s, m_id}, {u"userLabel"_s, name}}};
    case Target::Host:
        return {u"setHost"_s, {{u"id"_s, m_id}, {u"userLabel"_s, name}}};
    case Target::HostGroup:
        return {u"setHostGroup"_s, {{u"id"_s, m_id}, {u"userLabel"_s, name}}};
    case Target::Subsystem:
        break;
    }
    return {u"setStorageSubsystem"_s, {{u"userLabel"_s, name}}};
}

} // namespace Copyline
