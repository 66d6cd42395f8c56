// SPDX-License-Identifier: GPL-3.0-or-later
#include "flashcopypages.h"

#include "api/rules.h"
#include "api/units.h"
#include "common/formwidgets.h"
#include "common/icons.h"
#include "common/texts.h"
#include "common/theme.h"
#include "dialogs/equivalentcommanddialog.h"
#include "panels/ds4000/rules/flashcopyrules.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

constexpr int kIndent = 26; // a radio button's explanation lines up with its text

/** A radio button's explanation, indented under it, in a quieter colour. */
QLabel* explanation(const QString& text, QWidget* parent, const QString& objectName = {})
{
    QLabel* label = richLabel(text, parent, objectName);
    label->setContentsMargins(kIndent, 0, 0, 4);
    label->setStyleSheet(Theme::css(u"QLabel { color: #4a5968; }"_s));
    return label;
}

QString gb(qint64 bytes)
{
    return formatGb(bytes, QLocale());
}

} // namespace

// ---------------------------------------------------------------------------------------------------------------

IntroductionPage::IntroductionPage(CreateFlashCopyWizard* wizard)
    : FlashCopyWizardPage(wizard)
{
    setObjectName(u"introductionPage"_s);
    setTitle(tr("Introduction"));
    setSubTitle(tr("A FlashCopy logical drive is a point-in-time image of a base logical drive."));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(8);

    // The guide's informational panel before the wizard (spec §2.2.1), as the first thing on the first page.
    QLabel* before = richLabel(
        tr("<b>Before you create a FlashCopy</b>, stop the applications that write to the base logical drive or put "
           "them in backup mode, and flush the host's caches (unmount the file system, or run "
           "<tt>SMrepassist -f</tt>). Otherwise the image is only crash-consistent. The controller holds writes to "
           "the base for a few seconds while it creates the FlashCopy."),
        this, u"beforeYouStartLabel"_s);
    before->setStyleSheet(
        Theme::css(u"QLabel { background: #eef5fc; border: 1px solid #b7d3ee; border-radius: 4px; padding: 8px; }"_s));
    layout->addWidget(before);

    layout->addWidget(richLabel(
        tr("A FlashCopy has two parts: the <b>FlashCopy logical drive</b>, which hosts map, read and write like any "
           "logical drive, and its <b>FlashCopy repository logical drive</b>, which keeps the original data of every "
           "block written to the base after the point in time (copy-on-write), plus metadata. The repository needs "
           "only a fraction of the base's capacity."),
        this));

    m_baseLabel = richLabel({}, this, u"baseLabel"_s);
    layout->addSpacing(4);
    layout->addWidget(m_baseLabel);
    m_blocker = addMessageLabel(u"blockerLabel"_s, true);
    layout->addWidget(m_blocker);
    layout->addSpacing(6);

    auto* group = new QButtonGroup(this);
    m_simple = new QRadioButton(tr("&Simple: the repository on the base's array, with the default settings"), this);
    m_simple->setObjectName(u"simpleRadioButton"_s);
    group->addButton(m_simple);
    layout->addWidget(m_simple);
    layout->addWidget(explanation(tr("A repository of 20% of the base on its array; the FlashCopy is mapped "
                                     "automatically, warns at 50% full and fails if its repository fills."),
        this));
    m_simpleReason = addMessageLabel(u"simpleReasonLabel"_s, false);
    auto* reasonRow = new QHBoxLayout;
    reasonRow->setContentsMargins(kIndent, 0, 0, 0);
    reasonRow->addWidget(m_simpleReason);
    layout->addLayout(reasonRow);
    m_advanced = new QRadioButton(tr("&Advanced: choose where the repository goes and set every parameter"), this);
    m_advanced->setObjectName(u"advancedRadioButton"_s);
    group->addButton(m_advanced);
    layout->addWidget(m_advanced);
    layout->addWidget(explanation(tr("Free capacity on the same or another array, or a new array from "
                                     "unconfigured capacity; mapping, warning threshold and full policy."),
        this));
    layout->addStretch(1);

    registerField(u"simple"_s, m_simple);
    refresh();
    (wizard->simpleProblem().isEmpty() ? m_simple : m_advanced)->setChecked(true);
    connect(m_simple, &QRadioButton::toggled, this, &IntroductionPage::completeChanged);
}

int IntroductionPage::nextId() const
{
    return m_simple->isChecked() ? CreateFlashCopyWizard::NamesPageId : CreateFlashCopyWizard::AllocateCapacityPageId;
}

bool IntroductionPage::isComplete() const
{
    return owner()->baseProblem().isEmpty() && (m_simple->isChecked() || m_advanced->isChecked());
}

void IntroductionPage::refresh()
{
    const CreateFlashCopyWizard* w = owner();
    const Configuration& c = w->snapshot().config;
    const LogicalDrive base = w->base();
    const QString text = base.id == 0
        ? QString()
        : tr("Base logical drive: <b>%1</b> (%2) on %3, which has %4 free.")
              .arg(base.name.toHtmlEscaped(), gb(base.capacity), arrayLabel(c.arrays.value(base.arrayId)),
                  gb(arrayFreeCapacity(c, base.arrayId)));
    if (m_baseLabel->text() != text) {
        m_baseLabel->setText(text);
    }
    setMessage(m_blocker, w->baseProblem());
    const QString simpleProblem = w->simpleProblem();
    m_simple->setEnabled(simpleProblem.isEmpty());
    setMessage(m_simpleReason, simpleProblem);
    if (!simpleProblem.isEmpty() && m_simple->isChecked()) {
        m_advanced->setChecked(true);
    }
    Q_EMIT completeChanged();
}

// ---------------------------------------------------------------------------------------------------------------

AllocateCapacityPage::AllocateCapacityPage(CreateFlashCopyWizard* wizard)
    : FlashCopyWizardPage(wizard)
{
    setObjectName(u"allocateCapacityPage"_s);
    setTitle(tr("Allocate Capacity"));
    setSubTitle(tr("Choose where the FlashCopy repository logical drive gets its capacity."));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(6);
    auto* group = new QButtonGroup(this);

    m_same = new QRadioButton(tr("Free capacity on &same array as base"), this);
    m_same->setObjectName(u"sameArrayRadioButton"_s);
    group->addButton(m_same);
    layout->addWidget(m_same);
    m_sameLabel = explanation({}, this, u"sameArrayLabel"_s);
    layout->addWidget(m_sameLabel);

    m_other = new QRadioButton(tr("Free capacity on &different array"), this);
    m_other->setObjectName(u"otherArrayRadioButton"_s);
    group->addButton(m_other);
    layout->addWidget(m_other);
    m_arrays = new QTreeWidget(this);
    m_arrays->setObjectName(u"arrayTreeWidget"_s);
    m_arrays->setColumnCount(2);
    m_arrays->setHeaderLabels({tr("Array"), tr("Free Capacity")});
    m_arrays->headerItem()->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    m_arrays->setRootIsDecorated(false);
    m_arrays->setUniformRowHeights(true);
    m_arrays->setIconSize({18, 18});
    m_arrays->header()->setStretchLastSection(false);
    m_arrays->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_arrays->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_arrays->setMaximumHeight(130);
    m_arrays->setAccessibleName(tr("Arrays with free capacity"));
    auto* arraysRow = new QHBoxLayout;
    arraysRow->setContentsMargins(kIndent, 0, 0, 4);
    arraysRow->addWidget(m_arrays);
    layout->addLayout(arraysRow);

    m_unconfigured = new QRadioButton(tr("&Unconfigured capacity (create a new array)"), this);
    m_unconfigured->setObjectName(u"unconfiguredRadioButton"_s);
    group->addButton(m_unconfigured);
    layout->addWidget(m_unconfigured);
    m_unconfiguredLabel = explanation({}, this, u"unconfiguredLabel"_s);
    layout->addWidget(m_unconfiguredLabel);
    m_hint = addMessageLabel(u"allocateHintLabel"_s, false);
    layout->addWidget(m_hint);
    layout->addStretch(1);

    registerField(u"sameArray"_s, m_same);
    registerField(u"otherArray"_s, m_other);
    registerField(u"unconfigured"_s, m_unconfigured);
    registerField(u"otherArrayId"_s, this, "otherArrayId", SIGNAL(otherArrayIdChanged()));

    connect(m_other, &QRadioButton::toggled, this, [this](bool on) {
        // "Different array" with none chosen yet: the first one that can hold a repository, as a start.
        for (int i = 0; on && otherArrayId() == 0 && i < m_arrays->topLevelItemCount(); ++i) {
            if ((m_arrays->topLevelItem(i)->flags() & Qt::ItemIsEnabled) != 0) {
                m_arrays->setCurrentItem(m_arrays->topLevelItem(i));
            }
        }
    });
    for (QRadioButton* radio : {m_same, m_other, m_unconfigured}) {
        connect(radio, &QRadioButton::toggled, this, [this]() {
            updateEnabled();
            Q_EMIT completeChanged();
        });
    }
    connect(m_arrays, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* current) {
        if (current != nullptr && !m_other->isChecked()) {
            m_other->setChecked(true); // choosing an array chooses "different array"
        }
        Q_EMIT otherArrayIdChanged();
        Q_EMIT completeChanged();
    });
    refresh();
}

void AllocateCapacityPage::initializePage()
{
    refresh();
    if (m_same->isChecked() || m_other->isChecked() || m_unconfigured->isChecked()) {
        return; // the user's choice, kept through Back and Next
    }
    if (m_same->isEnabled()) {
        m_same->setChecked(true);
    } else if (m_other->isEnabled()) {
        m_other->setChecked(true);
    } else if (m_unconfigured->isEnabled()) {
        m_unconfigured->setChecked(true);
    }
}

qint64 AllocateCapacityPage::otherArrayId() const
{
    const QTreeWidgetItem* item = m_arrays->currentItem();
    return item != nullptr ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

void AllocateCapacityPage::fillArrays()
{
    const CreateFlashCopyWizard* w = owner();
    const Configuration& c = w->snapshot().config;
    const ObjectId baseArray = w->base().arrayId;
    QList<QPair<ObjectId, QStringList>> rows;
    for (const Array& a : c.arraysOf(w->subsystemId())) {
        if (const qint64 free = arrayFreeCapacity(c, a.id); a.id != baseArray && free > 0) {
            rows.append({a.id, {arrayLabel(a), gb(free)}});
        }
    }
    // Snapshots also arrive for host I/O: leave the list (and its selection) alone unless it changed.
    bool same = rows.size() == m_arrays->topLevelItemCount();
    for (int i = 0; same && i < rows.size(); ++i) {
        const QTreeWidgetItem* item = m_arrays->topLevelItem(i);
        same = item->data(0, Qt::UserRole).toLongLong() == rows.at(i).first && item->text(0) == rows.at(i).second[0]
            && item->text(1) == rows.at(i).second[1];
    }
    if (same) {
        return;
    }
    const ObjectId selected = otherArrayId();
    const QSignalBlocker blocker(m_arrays);
    m_arrays->clear();
    for (const auto& [id, texts] : std::as_const(rows)) {
        auto* item = new QTreeWidgetItem(m_arrays, texts);
        item->setData(0, Qt::UserRole, id);
        item->setIcon(0, Icons::icon(u"array"_s));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        if (arrayFreeCapacity(c, id) < FlashCopyRules::kMinimumRepository) {
            item->setFlags(Qt::NoItemFlags); // too small for any repository
            item->setToolTip(0, tr("Less than the 8 MB a repository needs at least."));
        }
        if (id == selected) {
            m_arrays->setCurrentItem(item);
        }
    }
    if (otherArrayId() != selected) {
        m_arrays->setCurrentItem(nullptr); // the chosen array is gone (or has no room left): choose again
    }
    Q_EMIT otherArrayIdChanged();
}

void AllocateCapacityPage::updateEnabled()
{
    m_arrays->setEnabled(m_other->isChecked() || !m_same->isEnabled());
}

void AllocateCapacityPage::refresh()
{
    const CreateFlashCopyWizard* w = owner();
    const Configuration& c = w->snapshot().config;
    const LogicalDrive base = w->base();
    const qint64 sameFree = arrayFreeCapacity(c, base.arrayId);
    m_same->setEnabled(sameFree >= FlashCopyRules::kMinimumRepository);
    const QString sameText = sameFree >= FlashCopyRules::kMinimumRepository
        ? tr("%1: %2 free").arg(arrayLabel(c.arrays.value(base.arrayId)), gb(sameFree))
        : tr("%1: %2 free, less than the 8 MB a repository needs")
              .arg(arrayLabel(c.arrays.value(base.arrayId)), gb(sameFree));
    if (m_sameLabel->text() != sameText) {
        m_sameLabel->setText(sameText);
    }
    fillArrays();
    bool anyOther = false;
    for (int i = 0; i < m_arrays->topLevelItemCount(); ++i) {
        anyOther = anyOther || (m_arrays->topLevelItem(i)->flags() & Qt::ItemIsEnabled) != 0;
    }
    m_other->setEnabled(anyOther);
    const qint64 unconfigured = unconfiguredCapacity(c, w->subsystemId());
    int drives = 0;
    for (const Drive& d : c.drivesOf(w->subsystemId())) {
        drives += d.role == DriveRole::Unassigned && d.status == ComponentStatus::Optimal ? 1 : 0;
    }
    m_unconfigured->setEnabled(unconfigured > 0);
    const QString unconfiguredText = unconfigured > 0
        ? tr("%1 on %n unassigned drive(s)", nullptr, drives).arg(gb(unconfigured))
        : tr("No unassigned drives.");
    if (m_unconfiguredLabel->text() != unconfiguredText) {
        m_unconfiguredLabel->setText(unconfiguredText);
    }
    updateEnabled();
    setMessage(m_hint,
        m_other->isChecked() && otherArrayId() == 0 ? tr("Select the array that is to hold the repository.")
                                                    : QString());
    Q_EMIT completeChanged();
}

bool AllocateCapacityPage::isComplete() const
{
    if (m_other->isChecked()) {
        return otherArrayId() != 0;
    }
    return m_same->isChecked() || m_unconfigured->isChecked();
}

int AllocateCapacityPage::nextId() const
{
    return m_unconfigured->isChecked() ? CreateFlashCopyWizard::ArrayParametersPageId
                                       : CreateFlashCopyWizard::LogicalDriveParametersPageId;
}

// ---------------------------------------------------------------------------------------------------------------

ArrayParametersPage::ArrayParametersPage(CreateFlashCopyWizard* wizard)
    : FlashCopyWizardPage(wizard)
{
    setObjectName(u"arrayParametersPage"_s);
    setTitle(tr("Specify Array Parameters"));
    setSubTitle(tr("Choose the RAID level and the unassigned drives of the new array that will hold the repository."));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_raid = new QComboBox(this);
    m_raid->setObjectName(u"raidComboBox"_s);
    for (const RaidLevel level : {RaidLevel::Raid0, RaidLevel::Raid1, RaidLevel::Raid3, RaidLevel::Raid5}) {
        m_raid->addItem(tr("RAID %1").arg(enumName(level)), static_cast<int>(level));
    }
    m_raid->setCurrentIndex(3);
    form->addRow(tr("&RAID level:"), m_raid);
    m_rule = richLabel({}, this, u"ruleLabel"_s);
    form->addRow(tr("Rule:"), m_rule);
    layout->addLayout(form);

    m_drives = new QTableWidget(this);
    m_drives->setObjectName(u"drivesTableWidget"_s);
    m_drives->setColumnCount(4);
    m_drives->setHorizontalHeaderLabels({tr("Enclosure"), tr("Slot"), tr("Capacity"), tr("Type", "drive type")});
    m_drives->verticalHeader()->hide();
    m_drives->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_drives->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_drives->horizontalHeader()->setStretchLastSection(true);
    m_drives->setAlternatingRowColors(true);
    m_drives->setAccessibleName(tr("Unassigned drives"));
    layout->addWidget(m_drives, 1);

    auto* capacityForm = new QFormLayout;
    m_capacity = new QLabel(this);
    m_capacity->setObjectName(u"arrayCapacityLabel"_s);
    capacityForm->addRow(tr("Array capacity:"), m_capacity);
    layout->addLayout(capacityForm);
    m_hint = addMessageLabel(u"arrayHintLabel"_s, false);
    layout->addWidget(m_hint);

    registerField(u"raidLevel"_s, this, "raidLevel", SIGNAL(changed()));
    registerField(u"repositoryDrives"_s, this, "drives", SIGNAL(changed()));

    connect(m_drives, &QTableWidget::itemChanged, this, &ArrayParametersPage::update);
    connect(m_drives, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        QTableWidgetItem* item = m_drives->item(row, 0);
        item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    });
    connect(m_raid, &QComboBox::currentIndexChanged, this, &ArrayParametersPage::update);
    fillDrives();
    update();
}

int ArrayParametersPage::raidLevel() const
{
    return m_raid->currentData().toInt();
}

QStringList ArrayParametersPage::drives() const
{
    const Configuration& c = owner()->snapshot().config;
    QStringList refs;
    for (int row = 0; row < m_drives->rowCount(); ++row) {
        const QTableWidgetItem* item = m_drives->item(row, 0);
        if (item->checkState() == Qt::Checked) {
            const Drive d = c.drives.value(item->data(Qt::UserRole).toLongLong());
            refs.append(u"%1,%2"_s.arg(d.enclosure).arg(d.slot));
        }
    }
    return refs;
}

void ArrayParametersPage::fillDrives()
{
    const CreateFlashCopyWizard* w = owner();
    const Configuration& c = w->snapshot().config;
    QList<Drive> candidates;
    for (const Drive& d : c.drivesOf(w->subsystemId())) {
        if (d.role == DriveRole::Unassigned && d.status == ComponentStatus::Optimal) {
            candidates.append(d);
        }
    }
    bool same = candidates.size() == m_drives->rowCount();
    for (int row = 0; same && row < candidates.size(); ++row) {
        same = m_drives->item(row, 0)->data(Qt::UserRole).toLongLong() == candidates.at(row).id;
    }
    if (same) {
        return;
    }
    QList<ObjectId> checked;
    for (int row = 0; row < m_drives->rowCount(); ++row) {
        if (m_drives->item(row, 0)->checkState() == Qt::Checked) {
            checked.append(m_drives->item(row, 0)->data(Qt::UserRole).toLongLong());
        }
    }
    const QLocale locale;
    const QSignalBlocker blocker(m_drives);
    m_drives->setRowCount(static_cast<int>(candidates.size()));
    int row = 0;
    for (const Drive& d : std::as_const(candidates)) {
        auto* enclosure = new QTableWidgetItem(locale.toString(d.enclosure));
        enclosure->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        enclosure->setCheckState(checked.contains(d.id) ? Qt::Checked : Qt::Unchecked);
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
}

void ArrayParametersPage::update()
{
    const auto level = static_cast<RaidLevel>(raidLevel());
    QString rule;
    switch (level) {
    case RaidLevel::Raid0:
        rule = tr("RAID 0 stripes data over the drives without redundancy: 1 drive or more. A failed drive loses "
                  "the repository.");
        break;
    case RaidLevel::Raid1:
        rule = tr("RAID 1 mirrors pairs of drives: an even number of drives, at least 2. Half of their capacity "
                  "is usable.");
        break;
    case RaidLevel::Raid3:
        rule = tr("RAID 3 keeps parity on one drive: at least 3 drives. One drive's capacity holds the parity.");
        break;
    case RaidLevel::Raid5:
        rule = tr("RAID 5 spreads parity over all drives: at least 3 drives. One drive's capacity holds the "
                  "parity.");
        break;
    }
    m_rule->setText(rule);
    // This page's own values, not the wizard's fields: they are also read before the page joins the wizard.
    const QStringList refs = drives();
    const auto count = static_cast<int>(refs.size());
    const qint64 capacity = owner()->newArrayCapacity(level, refs);
    m_capacity->setText(capacity > 0 ? tr("%1 from %n drive(s)", nullptr, count).arg(gb(capacity))
                                     : tr("%n drive(s) selected", nullptr, count));
    Q_EMIT changed();
    setMessage(m_hint, owner()->newArrayProblem(level, refs));
    Q_EMIT completeChanged();
}

void ArrayParametersPage::refresh()
{
    fillDrives();
    update();
}

bool ArrayParametersPage::isComplete() const
{
    return owner()->newArrayProblem(static_cast<RaidLevel>(raidLevel()), drives()).isEmpty();
}

int ArrayParametersPage::nextId() const
{
    return CreateFlashCopyWizard::LogicalDriveParametersPageId;
}

// ---------------------------------------------------------------------------------------------------------------

LogicalDriveParametersPage::LogicalDriveParametersPage(CreateFlashCopyWizard* wizard)
    : FlashCopyWizardPage(wizard)
{
    setObjectName(u"logicalDriveParametersPage"_s);
    setTitle(tr("Specify Logical Drive Parameters"));
    setSubTitle(tr("Choose how the FlashCopy is mapped and what happens as its repository fills."));
    auto* layout = new QVBoxLayout(this);

    auto* fcBox = new QGroupBox(tr("FlashCopy logical drive parameters"), this);
    auto* fcLayout = new QVBoxLayout(fcBox);
    auto* mapping = new QButtonGroup(this);
    m_automatic = new QRadioButton(tr("&Automatic"), fcBox);
    m_automatic->setObjectName(u"automaticMappingRadioButton"_s);
    m_automatic->setChecked(true);
    mapping->addButton(m_automatic);
    fcLayout->addWidget(m_automatic);
    fcLayout->addWidget(explanation(tr("Mapped to the Default Host Group at its lowest free LUN."), fcBox));
    m_later = new QRadioButton(tr("&Map later with Storage Partitioning"), fcBox);
    m_later->setObjectName(u"mapLaterRadioButton"_s);
    mapping->addButton(m_later);
    fcLayout->addWidget(m_later);
    fcLayout->addWidget(explanation(tr("Left under Undefined Mappings; map it with Mappings ▸ Define Additional "
                                       "Mapping."),
        fcBox));
    layout->addWidget(fcBox);

    auto* repoBox = new QGroupBox(tr("Repository logical drive parameters"), this);
    auto* repoLayout = new QVBoxLayout(repoBox);
    auto* thresholdRow = new QHBoxLayout;
    auto* warnLabel = new QLabel(tr("&Warn when the repository is"), repoBox);
    m_threshold = new QSpinBox(repoBox);
    m_threshold->setObjectName(u"thresholdSpinBox"_s);
    m_threshold->setRange(1, 100);
    m_threshold->setValue(FlashCopyRules::kDefaultThreshold);
    m_threshold->setAlignment(Qt::AlignRight);
    warnLabel->setBuddy(m_threshold);
    thresholdRow->addWidget(warnLabel);
    thresholdRow->addWidget(m_threshold);
    thresholdRow->addWidget(new QLabel(tr("Percent (%) full"), repoBox));
    thresholdRow->addStretch(1);
    repoLayout->addLayout(thresholdRow);
    repoLayout->addSpacing(4);
    repoLayout->addWidget(new QLabel(tr("When the repository becomes full:"), repoBox));
    auto* policy = new QButtonGroup(this);
    m_failFlashCopy = new QRadioButton(Texts::repositoryFullPolicy(RepositoryFullPolicy::FailFlashCopy), repoBox);
    m_failFlashCopy->setObjectName(u"failFlashCopyRadioButton"_s);
    m_failFlashCopy->setChecked(true);
    policy->addButton(m_failFlashCopy);
    repoLayout->addWidget(m_failFlashCopy);
    repoLayout->addWidget(explanation(tr("The point-in-time image is lost; the base logical drive is not affected. "
                                         "Recommended."),
        repoBox));
    m_failBaseWrites = new QRadioButton(Texts::repositoryFullPolicy(RepositoryFullPolicy::FailBaseWrites), repoBox);
    m_failBaseWrites->setObjectName(u"failBaseWritesRadioButton"_s);
    policy->addButton(m_failBaseWrites);
    repoLayout->addWidget(m_failBaseWrites);
    QLabel* attention = explanation(
        tr("<b>Attention:</b> host writes to the base logical drive then fail until the repository's capacity is "
           "increased. Not recommended, and not supported for AIX hosts."),
        repoBox, u"attentionLabel"_s);
    attention->setStyleSheet(Theme::css(u"QLabel { color: #9a6a08; }"_s));
    repoLayout->addWidget(attention);
    layout->addWidget(repoBox);
    layout->addStretch(1);

    registerField(u"automaticMapping"_s, m_automatic);
    registerField(u"threshold"_s, m_threshold);
    registerField(u"failBaseWrites"_s, m_failBaseWrites);
}

// ---------------------------------------------------------------------------------------------------------------

NamesPage::NamesPage(CreateFlashCopyWizard* wizard)
    : FlashCopyWizardPage(wizard)
{
    setObjectName(u"namesPage"_s);
    setTitle(tr("Specify Names"));
    setSubTitle(tr("Name the FlashCopy logical drive and its repository, with at most %n characters each.", nullptr,
        kMaxNameLength));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"flashCopyNameLineEdit"_s);
    form->addRow(tr("&FlashCopy logical drive name:"), m_name);
    m_repositoryName = new QLineEdit(this);
    m_repositoryName->setObjectName(u"repositoryNameLineEdit"_s);
    form->addRow(tr("FlashCopy &repository logical drive name:"), m_repositoryName);
    layout->addLayout(form);
    layout->addWidget(explanation(tr("The defaults are <i>base</i>-<i>n</i> and <i>base</i>-R<i>n</i>, where "
                                     "<i>n</i> is the lowest number not used by the base's FlashCopies; a long base "
                                     "name is shortened to fit. Custom names do not use up a number."),
        this));
    m_hint = addMessageLabel(u"namesHintLabel"_s, true);
    layout->addWidget(m_hint);
    layout->addStretch(1);

    registerField(u"flashCopyName*"_s, m_name);
    registerField(u"repositoryName*"_s, m_repositoryName);
    connect(m_name, &QLineEdit::textChanged, this, &NamesPage::refresh);
    connect(m_repositoryName, &QLineEdit::textChanged, this, &NamesPage::refresh);
}

void NamesPage::initializePage()
{
    if (!m_defaultsSet) {
        const CreateFlashCopyWizard* w = owner();
        const LogicalDrive base = w->base();
        const int n = FlashCopyRules::nextSequence(w->snapshot().config, base.id);
        m_name->setText(FlashCopyRules::defaultName(base.name, n));
        m_repositoryName->setText(FlashCopyRules::defaultRepositoryName(base.name, n));
        m_defaultsSet = true;
    }
    refresh();
}

void NamesPage::refresh()
{
    if (!m_defaultsSet) {
        return;
    }
    setMessage(m_hint, owner()->namesProblem());
    Q_EMIT completeChanged();
}

bool NamesPage::isComplete() const
{
    return QWizardPage::isComplete() && owner()->namesProblem().isEmpty();
}

// ---------------------------------------------------------------------------------------------------------------

RepositoryCapacityPage::RepositoryCapacityPage(CreateFlashCopyWizard* wizard)
    : FlashCopyWizardPage(wizard)
{
    setObjectName(u"repositoryCapacityPage"_s);
    setTitle(tr("Specify FlashCopy Repository Logical Drive Capacity"));
    setSubTitle(tr("Size the repository for the data that will change on the base while the FlashCopy exists."));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->setHorizontalSpacing(14);
    form->setVerticalSpacing(10);
    m_baseCapacity = new QLabel(this);
    m_baseCapacity->setObjectName(u"baseCapacityLabel"_s);
    form->addRow(tr("Base logical drive capacity:"), m_baseCapacity);
    m_percent = new QSpinBox(this);
    m_percent->setObjectName(u"percentSpinBox"_s);
    m_percent->setRange(1, 100);
    m_percent->setValue(FlashCopyRules::kDefaultRepositoryPercent);
    m_percent->setAlignment(Qt::AlignRight);
    m_percent->setMaximumWidth(90);
    form->addRow(tr("&percent (%) of base logical drive:"), m_percent);
    m_capacity = new QLabel(this);
    m_capacity->setObjectName(u"repositoryCapacityLabel"_s);
    m_capacity->setStyleSheet(u"QLabel { font-weight: bold; }"_s);
    form->addRow(tr("FlashCopy repository logical drive capacity:"), m_capacity);
    m_location = richLabel({}, this, u"locationCapacityLabel"_s);
    form->addRow(tr("Repository location:"), m_location);
    layout->addLayout(form);
    m_note = explanation({}, this, u"capacityNoteLabel"_s);
    m_note->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_note);
    m_hint = addMessageLabel(u"capacityHintLabel"_s, true);
    layout->addWidget(m_hint);
    layout->addStretch(1);

    registerField(u"percent"_s, m_percent);
    connect(m_percent, &QSpinBox::valueChanged, this, &RepositoryCapacityPage::refresh);
}

void RepositoryCapacityPage::initializePage()
{
    refresh();
}

void RepositoryCapacityPage::refresh()
{
    const CreateFlashCopyWizard* w = owner();
    const LogicalDrive base = w->base();
    m_baseCapacity->setText(gb(base.capacity));
    const int percent = m_percent->value();
    const qint64 capacity = FlashCopyRules::repositoryCapacity(base.capacity, percent);
    m_capacity->setText(gb(capacity));
    const qint64 room = w->locationCapacity();
    QString location;
    if (w->location() == CreateFlashCopyWizard::Location::NewArray) {
        location = tr("%1 in the new RAID %2 array").arg(gb(room), enumName(w->newArrayRaidLevel()));
    } else {
        location
            = tr("%1 free on %2").arg(gb(room), arrayLabel(w->snapshot().config.arrays.value(w->repositoryArrayId())));
    }
    m_location->setText(location);
    QString note = tr("About %1 of it holds metadata; the rest keeps the original data of base blocks written "
                      "after the point in time. 20% suits a base of which up to a fifth changes while you keep the "
                      "FlashCopy. A full repository can be grown later with Logical Drive ▸ Increase Capacity.")
                       .arg(formatBytes(flashCopyRepositoryOverhead(base.capacity), QLocale()));
    if (base.capacity * percent / 100 < FlashCopyRules::kMinimumRepository) {
        note = tr("%1% of the base is less than the 8 MB minimum, so the repository gets 8 MB.").arg(percent) + u' '
            + note;
    }
    m_note->setText(note);
    setMessage(m_hint, w->capacityProblem());
    Q_EMIT completeChanged();
}

bool RepositoryCapacityPage::isComplete() const
{
    return owner()->capacityProblem().isEmpty();
}

// ---------------------------------------------------------------------------------------------------------------

PreviewPage::PreviewPage(CreateFlashCopyWizard* wizard)
    : FlashCopyWizardPage(wizard)
{
    setObjectName(u"previewPage"_s);
    setTitle(tr("Preview"));
    setSubTitle(tr("Check the FlashCopy logical drive and its repository, then click Finish to create them."));
    setFinalPage(true);
    auto* layout = new QVBoxLayout(this);
    auto* summary = new QWidget(this);
    summary->setObjectName(u"previewSummary"_s);
    m_form = new QFormLayout(summary);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setHorizontalSpacing(16);
    m_form->setVerticalSpacing(7);
    m_form->setLabelAlignment(Qt::AlignRight);
    layout->addWidget(summary);
    // Issue 18: the copylinectl command that does what Finish does.
    auto* equivalent = new EquivalentCommandButton(
        [w = wizard]() { return equivalentCommand(w->snapshot().config, w->subsystemId(), {w->request()}); }, this);
    layout->addWidget(equivalent, 0, Qt::AlignLeft);
    layout->addStretch(1);
    m_status = new QLabel(this);
    m_status->setObjectName(u"previewStatusLabel"_s);
    m_status->hide();
    layout->addWidget(m_status);
    m_error = addMessageLabel(u"previewErrorLabel"_s, true);
    layout->addWidget(m_error);

    connect(wizard, &CreateFlashCopyWizard::busyChanged, this, [this](bool busy) {
        m_status->setText(busy ? tr("Creating the FlashCopy logical drive…") : QString());
        m_status->setVisible(busy);
        if (busy) {
            setMessage(m_error, {});
        }
        Q_EMIT completeChanged();
        if (auto* back = owner()->button(QWizard::BackButton)) {
            back->setEnabled(!busy);
        }
    });
}

void PreviewPage::initializePage()
{
    setMessage(m_error, {});
    fillSummary();
}

void PreviewPage::refresh()
{
    if (owner()->currentPage() == this) {
        fillSummary();
    }
}

void PreviewPage::fillSummary()
{
    const CreateFlashCopyWizard* w = owner();
    const LogicalDrive base = w->base();
    const QList<QPair<QString, QString>> rows {
        {tr("Base logical drive"), Texts::withCapacity(base.name, base.capacity)},
        {tr("FlashCopy logical drive"), w->flashCopyName()},
        {tr("Mapping"),
            w->automaticMapping() ? tr("Automatic (Default Host Group, lowest free LUN)")
                                  : tr("Map later with Storage Partitioning")},
        {tr("FlashCopy repository logical drive"), w->repositoryName()},
        {tr("Repository capacity"),
            tr("%1 (%2% of base logical drive)").arg(gb(w->repositoryCapacity())).arg(w->repositoryPercent())},
        {tr("Repository location"), w->locationText()},
        {tr("Warning threshold"), tr("%1% full").arg(w->warningThreshold())},
        {tr("When the repository is full"), Texts::repositoryFullPolicy(w->fullPolicy())},
        {tr("Wizard path"), w->isSimple() ? tr("Simple", "wizard path") : tr("Advanced", "wizard path")},
    };
    if (rows != m_rows) {
        m_rows = rows;
        while (m_form->rowCount() > 0) {
            m_form->removeRow(0);
        }
        for (const auto& [label, text] : rows) {
            auto* key = new QLabel(label + u':', this);
            key->setStyleSheet(Theme::css(u"QLabel { color: #4a5968; }"_s));
            auto* value = new QLabel(text, this);
            value->setWordWrap(true);
            value->setTextFormat(Qt::PlainText);
            value->setTextInteractionFlags(Qt::TextSelectableByMouse);
            m_form->addRow(key, value);
        }
    }
    Q_EMIT completeChanged();
}

bool PreviewPage::isComplete() const
{
    return !owner()->isBusy();
}

bool PreviewPage::validatePage()
{
    // Everything once more against the latest snapshot: another console may have taken a name or the capacity.
    if (const QString problem = owner()->problem(); !problem.isEmpty()) {
        showError(problem);
        return false;
    }
    return true;
}

void PreviewPage::showError(const QString& message)
{
    setMessage(m_error, message);
}

QString PreviewPage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString PreviewPage::value(const QString& label) const
{
    for (const auto& [key, text] : m_rows) {
        if (key == label) {
            return text;
        }
    }
    return {};
}

} // namespace Copyline
