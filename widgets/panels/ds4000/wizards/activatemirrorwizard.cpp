// SPDX-License-Identifier: GPL-3.0-or-later
#include "activatemirrorwizard.h"

#include "api/rules.h"
#include "api/units.h"
#include "common/formwidgets.h"
#include "common/icons.h"
#include "common/messagelabel.h"
#include "common/texts.h"
#include "common/theme.h"
#include "dialogs/equivalentcommanddialog.h"
#include "models/roles.h"
#include "panels/ds4000/rules/remotemirrorrules.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

constexpr qint64 kNeeded = 2 * MirrorRules::kRepositoryCapacity;

QLabel* messageLabel(const QString& objectName, QWidget* parent)
{
    QLabel* label = makeMessageLabel(objectName, MessageKind::Error, parent);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QList<Drive> unassignedDrives(const Configuration& c, ObjectId subsystemId)
{
    QList<Drive> drives;
    for (const Drive& d : c.drivesOf(subsystemId)) {
        if (d.role == DriveRole::Unassigned && d.status == ComponentStatus::Optimal) {
            drives.append(d);
        }
    }
    return drives;
}

/** Why @p array cannot hold the two repositories ("" if it can). */
QString arrayReason(const Configuration& c, const Array& array)
{
    if (array.raidLevel == RaidLevel::Raid0) {
        return ActivateMirrorWizard::tr("RAID 0 has no redundancy; the mirror repositories need RAID 1, 3 or 5");
    }
    if (const qint64 free = arrayFreeCapacity(c, array.id); free < kNeeded) {
        return ActivateMirrorWizard::tr("%1 free; the two repositories need %2")
            .arg(formatGb(free, QLocale()), formatGb(kNeeded, QLocale()));
    }
    return {};
}

QString driveList(const Configuration& c, const QList<ObjectId>& ids)
{
    QStringList slots;
    for (const ObjectId id : ids) {
        const Drive d = c.drives.value(id);
        slots.append(u"[%1,%2]"_s.arg(d.enclosure).arg(d.slot));
    }
    return slots.join(u", "_s);
}

} // namespace

// ---------------------------------------------------------------------------------------------------------------

ActivateIntroductionPage::ActivateIntroductionPage(ActivateMirrorWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(u"activateIntroductionPage"_s);
    setTitle(tr("Activate Remote Logical Drive Mirroring - Introduction"));
    setSubTitle(tr("Activation creates the two mirror repository logical drives and reserves a host port of each "
                   "controller for mirroring."));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(richLabel(
        tr("Two <b>mirror repository logical drives</b> of %1 each are created, one per controller (CTL A and CTL B). "
           "They log the remote writes not yet written to the secondaries, so that a controller can recover after a "
           "reset or a power loss. Host port 2 of each controller (A2, B2) is reserved for mirroring: host I/O on it "
           "stops. Keep at least 0.25 GB free per mirrored pair in the array of the repositories.")
            .arg(formatGb(MirrorRules::kRepositoryCapacity, QLocale())),
        this, u"introductionLabel"_s));
    layout->addSpacing(4);
    m_free = new QRadioButton(tr("Use &free capacity on existing arrays"), this);
    m_free->setObjectName(u"freeCapacityRadioButton"_s);
    layout->addWidget(m_free);
    m_arrays = makeSelectionTable({tr("Array"), tr("RAID Level"), tr("Free Capacity"), tr("Availability")},
        u"arrayTableWidget"_s, this, TableRows::Wrapped);
    m_arrays->setAccessibleName(tr("Arrays with free capacity"));
    m_arrays->setWordWrap(true);
    m_arrays->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* indent = new QHBoxLayout;
    indent->addSpacing(24);
    indent->addWidget(m_arrays, 1);
    layout->addLayout(indent, 1);
    m_new = new QRadioButton(tr("Create a new array using &unconfigured capacity"), this);
    m_new->setObjectName(u"newArrayRadioButton"_s);
    layout->addWidget(m_new);
    m_newNote = richLabel({}, this, u"newArrayNoteLabel"_s);
    m_newNote->setStyleSheet(Theme::css(u"QLabel { color: #4a5968; margin-left: 24px; }"_s));
    layout->addWidget(m_newNote);
    auto* group = new QButtonGroup(this);
    group->addButton(m_free);
    group->addButton(m_new);
    m_free->setChecked(true);
    connect(m_free, &QRadioButton::toggled, this, [this]() {
        m_arrays->setEnabled(m_free->isChecked());
        Q_EMIT completeChanged();
    });
    connect(m_arrays, &QTableWidget::itemSelectionChanged, this, [this]() {
        const QList<QTableWidgetItem*> items = m_arrays->selectedItems();
        if (!items.isEmpty()) {
            m_arrayId = items.first()->data(IdRole).toLongLong();
        }
        Q_EMIT completeChanged();
    });
    connect(wizard, &ActivateMirrorWizard::snapshotChanged, this, &ActivateIntroductionPage::refresh);
    refresh();
}

bool ActivateIntroductionPage::useFreeCapacity() const
{
    return m_free->isChecked();
}

void ActivateIntroductionPage::refresh()
{
    const Configuration& c = m_wizard->snapshot().config;
    const ObjectId subsystemId = m_wizard->subsystemId();
    const QList<Array> arrays = c.arraysOf(subsystemId);
    QStringList wanted;
    for (const Array& a : arrays) {
        wanted << arrayLabel(a) << formatGb(arrayFreeCapacity(c, a.id), QLocale()) << arrayReason(c, a);
    }
    QStringList shown;
    for (int row = 0; row < m_arrays->rowCount(); ++row) {
        shown << m_arrays->item(row, 0)->text() << m_arrays->item(row, 2)->text()
              << (m_arrays->item(row, 0)->flags().testFlag(Qt::ItemIsSelectable) ? QString()
                                                                                 : m_arrays->item(row, 3)->text());
    }
    if (wanted != shown) {
        const QSignalBlocker blocker(m_arrays);
        m_arrays->setRowCount(static_cast<int>(arrays.size()));
        ObjectId firstValid = 0;
        for (int row = 0; row < arrays.size(); ++row) {
            const Array& a = arrays.at(row);
            const QString reason = arrayReason(c, a);
            const bool valid = reason.isEmpty();
            firstValid = firstValid == 0 && valid ? a.id : firstValid;
            auto* name = tableCell(arrayLabel(a), a.id, valid);
            name->setIcon(Icons::icon(u"array"_s));
            m_arrays->setItem(row, 0, name);
            m_arrays->setItem(row, 1, tableCell(tr("RAID %1").arg(enumName(a.raidLevel)), a.id, valid));
            m_arrays->setItem(row, 2, tableCell(formatGb(arrayFreeCapacity(c, a.id), QLocale()), a.id, valid, true));
            QString why = valid ? tr("Available") : reason;
            why[0] = why.at(0).toUpper();
            m_arrays->setItem(row, 3, tableCell(why, a.id, valid));
        }
        m_arrays->setColumnWidth(0, 250);
        m_arrays->setColumnWidth(1, 90);
        m_arrays->setColumnWidth(2, 110);
        const auto it = c.arrays.constFind(m_arrayId);
        if (it == c.arrays.cend() || !arrayReason(c, *it).isEmpty()) {
            m_arrayId = firstValid;
        }
        for (int row = 0; row < m_arrays->rowCount(); ++row) {
            if (m_arrays->item(row, 0)->data(IdRole).toLongLong() == m_arrayId) {
                m_arrays->selectRow(row);
            }
        }
    }
    const QList<Drive> drives = unassignedDrives(c, subsystemId);
    m_new->setEnabled(drives.size() >= 2);
    m_newNote->setText(drives.size() >= 2
            ? tr("%n unassigned drive(s) (%1) can form the new array.", nullptr, static_cast<int>(drives.size()))
                  .arg(formatGb(unconfiguredCapacity(c, subsystemId), QLocale()))
            : tr("Not available: the storage subsystem has fewer than two unassigned drives."));
    if (!m_new->isEnabled() && m_new->isChecked()) {
        m_free->setChecked(true);
    }
    Q_EMIT completeChanged();
}

bool ActivateIntroductionPage::isComplete() const
{
    if (m_wizard->isBusy()) {
        return false;
    }
    if (!m_free->isChecked()) {
        return m_new->isEnabled();
    }
    const Configuration& c = m_wizard->snapshot().config;
    const auto it = c.arrays.constFind(m_arrayId);
    return it != c.arrays.cend() && arrayReason(c, *it).isEmpty();
}

int ActivateIntroductionPage::nextId() const
{
    return m_free->isChecked() ? ActivateMirrorWizard::PreviewPageId : ActivateMirrorWizard::NewArrayPageId;
}

// ---------------------------------------------------------------------------------------------------------------

ActivateNewArrayPage::ActivateNewArrayPage(ActivateMirrorWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(u"activateNewArrayPage"_s);
    setTitle(tr("Create New Array"));
    setSubTitle(tr("The new array holds the two mirror repository logical drives; its remaining capacity stays free "
                   "for logical drives."));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    auto* raidRow = new QHBoxLayout;
    auto* raidLabel = new QLabel(tr("&RAID level:"), this);
    m_raid = new QComboBox(this);
    m_raid->setObjectName(u"raidComboBox"_s);
    for (const RaidLevel level : {RaidLevel::Raid1, RaidLevel::Raid3, RaidLevel::Raid5}) {
        m_raid->addItem(tr("RAID %1").arg(enumName(level)), static_cast<int>(level));
    }
    m_raid->setCurrentIndex(2);
    raidLabel->setBuddy(m_raid);
    raidRow->addWidget(raidLabel);
    raidRow->addWidget(m_raid);
    auto* raidNote = new QLabel(tr("RAID 0 is not offered: the repositories need redundancy."), this);
    raidNote->setStyleSheet(Theme::css(u"QLabel { color: #4a5968; }"_s));
    raidRow->addSpacing(12);
    raidRow->addWidget(raidNote, 1);
    layout->addLayout(raidRow);
    layout->addWidget(new QLabel(tr("Drive selection:"), this));
    m_automatic = new QRadioButton(tr("&Automatic: the drives with the most available capacity"), this);
    m_automatic->setObjectName(u"automaticRadioButton"_s);
    m_manual = new QRadioButton(tr("&Manual: select the drives (Ctrl+click), then Apply"), this);
    m_manual->setObjectName(u"manualRadioButton"_s);
    auto* group = new QButtonGroup(this);
    group->addButton(m_automatic);
    group->addButton(m_manual);
    m_automatic->setChecked(true);
    layout->addWidget(m_automatic);
    layout->addWidget(m_manual);
    m_table = makeSelectionTable({tr("Enclosure"), tr("Slot"), tr("Capacity"), tr("Type", "drive type")},
        u"driveTableWidget"_s, this, TableRows::Wrapped);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAccessibleName(tr("Unassigned drives"));
    layout->addWidget(m_table, 1);
    auto* applyRow = new QHBoxLayout;
    m_apply = new QPushButton(tr("A&pply"), this);
    m_apply->setObjectName(u"applyButton"_s);
    applyRow->addWidget(m_apply);
    applyRow->addStretch(1);
    layout->addLayout(applyRow);
    m_chosen = richLabel({}, this, u"chosenDrivesLabel"_s);
    layout->addWidget(m_chosen);
    m_error = messageLabel(u"errorLabel"_s, this);
    layout->addWidget(m_error);

    connect(m_raid, &QComboBox::currentIndexChanged, this, [this]() {
        m_applied.clear();
        refresh();
    });
    connect(m_automatic, &QRadioButton::toggled, this, &ActivateNewArrayPage::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this]() {
        m_applied.clear(); // a changed selection must be applied again
        refresh();
    });
    connect(m_apply, &QPushButton::clicked, this, &ActivateNewArrayPage::applyManual);
    connect(wizard, &ActivateMirrorWizard::snapshotChanged, this, &ActivateNewArrayPage::refresh);
}

void ActivateNewArrayPage::initializePage()
{
    const Configuration& c = m_wizard->snapshot().config;
    const QList<Drive> drives = unassignedDrives(c, m_wizard->subsystemId());
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(static_cast<int>(drives.size()));
    for (int row = 0; row < drives.size(); ++row) {
        const Drive& d = drives.at(row);
        auto* enclosure = tableCell(QLocale().toString(d.enclosure), d.id, true, true);
        enclosure->setIcon(Icons::icon(Icons::forDriveRole(d.role, d.status)));
        m_table->setItem(row, 0, enclosure);
        m_table->setItem(row, 1, tableCell(QLocale().toString(d.slot), d.id, true, true));
        m_table->setItem(row, 2, tableCell(formatGb(d.usableCapacity, QLocale()), d.id, true, true));
        m_table->setItem(row, 3, tableCell(Texts::driveType(d.type), d.id, true));
    }
    m_table->setColumnWidth(0, 110);
    m_applied.clear();
    refresh();
}

RaidLevel ActivateNewArrayPage::raidLevel() const
{
    return static_cast<RaidLevel>(m_raid->currentData().toInt());
}

bool ActivateNewArrayPage::automatic() const
{
    return m_automatic->isChecked();
}

QList<ObjectId> ActivateNewArrayPage::automaticDrives() const
{
    // "Automatic (chosen by available capacity)": the fewest drives the RAID level needs, of one type, largest first.
    const Configuration& c = m_wizard->snapshot().config;
    QList<Drive> drives = unassignedDrives(c, m_wizard->subsystemId());
    std::stable_sort(drives.begin(), drives.end(),
        [](const Drive& a, const Drive& b) { return a.usableCapacity > b.usableCapacity; });
    const int count = raidLevel() == RaidLevel::Raid1 ? 2 : 3;
    for (const DriveType type : {DriveType::FibreChannel, DriveType::Sata}) {
        QList<ObjectId> ids;
        for (const Drive& d : std::as_const(drives)) {
            if (d.type == type && ids.size() < count) {
                ids.append(d.id);
            }
        }
        if (ids.size() == count) {
            return ids;
        }
    }
    return {};
}

QList<ObjectId> ActivateNewArrayPage::drives() const
{
    return automatic() ? automaticDrives() : m_applied;
}

void ActivateNewArrayPage::applyManual()
{
    QList<ObjectId> ids;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->isSelected()) {
            ids.append(m_table->item(row, 0)->data(IdRole).toLongLong());
        }
    }
    QString error;
    const Configuration& c = m_wizard->snapshot().config;
    if (ids.isEmpty()) {
        error = tr("Select the drives of the new array first.");
    } else if (const Error e = checkRaidDriveCount(raidLevel(), static_cast<int>(ids.size())); e.isError()) {
        // For RAID 1 an odd drive count is refused on Apply (spec §2.4.3).
        error = e.localizedMessage();
    } else {
        for (const ObjectId id : ids) {
            if (c.drives.value(id).type != c.drives.value(ids.first()).type) {
                error = Error(ErrorCode::DriveTypeMixed,
                    {Texts::driveType(c.drives.value(ids.first()).type), Texts::driveType(c.drives.value(id).type)})
                            .localizedMessage();
                break;
            }
        }
    }
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    m_applied = error.isEmpty() ? ids : QList<ObjectId>();
    refresh();
}

void ActivateNewArrayPage::refresh()
{
    m_table->setEnabled(!automatic());
    m_apply->setEnabled(!automatic());
    const Configuration& c = m_wizard->snapshot().config;
    const QList<ObjectId> ids = drives();
    QString text;
    if (automatic()) {
        text = ids.isEmpty()
            ? tr("There are not enough unassigned drives of one type for RAID %1.").arg(enumName(raidLevel()))
            : tr("Drives of the new array: %1.").arg(driveList(c, ids));
        m_error->hide();
    } else {
        text = ids.isEmpty() ? tr("No drives applied yet.") : tr("Drives of the new array: %1.").arg(driveList(c, ids));
    }
    if (!ids.isEmpty()) {
        qint64 smallest = std::numeric_limits<qint64>::max();
        for (const ObjectId id : ids) {
            smallest = std::min(smallest, c.drives.value(id).usableCapacity);
        }
        text += u' '
            + tr("Capacity: %1 (RAID %2).")
                  .arg(formatGb(raidCapacity(raidLevel(), static_cast<int>(ids.size()), smallest), QLocale()),
                      enumName(raidLevel()));
    }
    m_chosen->setText(text);
    Q_EMIT completeChanged();
}

QString ActivateNewArrayPage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool ActivateNewArrayPage::isComplete() const
{
    return !m_wizard->isBusy() && !drives().isEmpty();
}

// ---------------------------------------------------------------------------------------------------------------

ActivatePreviewPage::ActivatePreviewPage(ActivateMirrorWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(u"activatePreviewPage"_s);
    setTitle(tr("Preview"));
    setSubTitle(tr("Check the settings, then click Finish to activate Remote Logical Drive Mirroring."));
    setFinalPage(true);
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    m_summary = richLabel({}, this, u"previewSummaryLabel"_s);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    // Issue 18: the copylinectl command that does what Finish does.
    auto* equivalent = new EquivalentCommandButton(
        [w = wizard]() { return equivalentCommand(w->snapshot().config, w->subsystemId(), {w->request()}); }, this);
    layout->addWidget(equivalent, 0, Qt::AlignLeft);
    layout->addStretch(1);
    m_status = new QLabel(this);
    m_status->setObjectName(u"previewStatusLabel"_s);
    m_status->hide();
    layout->addWidget(m_status);
    m_error = messageLabel(u"previewErrorLabel"_s, this);
    layout->addWidget(m_error);
    connect(wizard, &ActivateMirrorWizard::busyChanged, this, [this](bool busy) {
        m_status->setText(busy ? tr("Activating…") : QString());
        m_status->setVisible(busy);
        if (busy) {
            m_error->hide();
        }
        if (auto* back = m_wizard->button(QWizard::BackButton)) {
            back->setEnabled(!busy);
        }
        Q_EMIT completeChanged();
    });
    connect(wizard, &ActivateMirrorWizard::snapshotChanged, this, [this]() {
        if (m_wizard->currentPage() == this) {
            initializePage();
        }
    });
}

void ActivatePreviewPage::initializePage()
{
    const Subsystem s = m_wizard->subsystem();
    const QString capacity = formatGb(MirrorRules::kRepositoryCapacity, QLocale());
    QString text = u"<p>"_s
        + tr("Storage subsystem: <b>%1</b> (%2)").arg(Texts::subsystemLabel(s.name).toHtmlEscaped(), s.model)
        + u"</p>"_s;
    text += u"<p>"_s
        + tr("Mirror repository logical drives: <b>CTL A Mirror Repository (%1)</b> and <b>CTL B Mirror Repository "
             "(%1)</b>, on %2.")
              .arg(capacity, m_wizard->placeText().toHtmlEscaped())
        + u"</p>"_s;
    text += u"<p>"_s
        + tr("Reserved for mirroring: host port 2 of each controller (A2 and B2). Hosts connected only through these "
             "ports lose access.")
        + u"</p>"_s;
    text += u"<p>"_s
        + tr("Remote Logical Drive Mirroring becomes <b>%1</b>; the status area's icon turns green. Mirrors need the "
             "option Enabled/Activated on the remote storage subsystem too.")
              .arg(Texts::featureState(PremiumFeature::RemoteMirror, s.remoteMirrorEnabled, true))
        + u"</p>"_s;
    m_summary->setText(text);
    const QString problem = m_wizard->problem();
    if (!problem.isEmpty()) {
        showError(problem);
    }
    Q_EMIT completeChanged();
}

bool ActivatePreviewPage::isComplete() const
{
    return !m_wizard->isBusy() && m_wizard->problem().isEmpty();
}

QString ActivatePreviewPage::summaryText() const
{
    return m_summary->text();
}

QString ActivatePreviewPage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ActivatePreviewPage::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

// ---------------------------------------------------------------------------------------------------------------

ActivateMirrorWizard::ActivateMirrorWizard(SnapshotPtr snapshot, ObjectId subsystemId, QWidget* parent)
    : QWizard(parent)
    , m_snapshot(snapshot ? std::move(snapshot) : std::make_shared<Snapshot>())
    , m_subsystemId(subsystemId)
{
    setObjectName(u"activateMirrorWizard"_s);
    setWindowTitle(tr("Activate Remote Logical Drive Mirroring"));
    setWindowIcon(Icons::icon(u"feature-remotemirror-enabled-activated"_s));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(IntroductionPageId, new ActivateIntroductionPage(this));
    setPage(NewArrayPageId, new ActivateNewArrayPage(this));
    setPage(PreviewPageId, new ActivatePreviewPage(this));
    setStartId(IntroductionPageId);
    button(QWizard::BackButton)->setObjectName(u"backButton"_s);
    button(QWizard::NextButton)->setObjectName(u"nextButton"_s);
    button(QWizard::FinishButton)->setObjectName(u"finishButton"_s);
    button(QWizard::CancelButton)->setObjectName(u"cancelButton"_s);
    resize(720, 560);
}

ActivateMirrorWizard::~ActivateMirrorWizard() = default;

ActivateIntroductionPage* ActivateMirrorWizard::introduction() const
{
    return qobject_cast<ActivateIntroductionPage*>(page(IntroductionPageId));
}

ActivateNewArrayPage* ActivateMirrorWizard::newArray() const
{
    return qobject_cast<ActivateNewArrayPage*>(page(NewArrayPageId));
}

void ActivateMirrorWizard::setSnapshot(const SnapshotPtr& snapshot)
{
    // While the engine works on the request, and after it succeeded, the pages keep showing what was submitted.
    if (!snapshot || snapshot == m_snapshot || m_busy || m_completed != nullptr) {
        return;
    }
    m_snapshot = snapshot;
    Q_EMIT snapshotChanged();
}

CommandRequest ActivateMirrorWizard::request() const
{
    QJsonObject args {{u"feature"_s, u"remoteMirror"_s}};
    if (introduction()->useFreeCapacity()) {
        args.insert(
            u"freeCapacityArea"_s, QString::number(m_snapshot->config.arrays.value(introduction()->arrayId()).number));
    } else {
        QJsonArray drives;
        for (const ObjectId id : newArray()->drives()) {
            const Drive d = m_snapshot->config.drives.value(id);
            drives.append(u"%1,%2"_s.arg(d.enclosure).arg(d.slot));
        }
        args.insert(u"repositoryRAIDLevel"_s, enumName(newArray()->raidLevel()));
        args.insert(u"repositoryDrives"_s, drives);
    }
    return {u"activateRemoteMirror"_s, args};
}

QString ActivateMirrorWizard::placeText() const
{
    const Configuration& c = m_snapshot->config;
    if (introduction()->useFreeCapacity()) {
        return arrayLabel(c.arrays.value(introduction()->arrayId()));
    }
    return tr("a new RAID %1 array of drives %2")
        .arg(enumName(newArray()->raidLevel()), driveList(c, newArray()->drives()));
}

QString ActivateMirrorWizard::problem() const
{
    if (const QString blocker = RemoteMirrorRules::activateBlocker(*m_snapshot, m_subsystemId); !blocker.isEmpty()) {
        return blocker;
    }
    const Configuration& c = m_snapshot->config;
    if (introduction()->useFreeCapacity()) {
        const auto it = c.arrays.constFind(introduction()->arrayId());
        if (it == c.arrays.cend()) {
            return tr("Select an array with enough free capacity.");
        }
        if (const QString why = arrayReason(c, *it); !why.isEmpty()) {
            return tr("%1 cannot hold the repositories: %2.").arg(arrayLabel(*it), why);
        }
        return {};
    }
    return newArray()->drives().isEmpty() ? tr("Choose the drives of the new array.") : QString();
}

void ActivateMirrorWizard::accept()
{
    if (m_busy || currentId() != PreviewPageId || !currentPage()->isComplete()) {
        return;
    }
    m_submittedPlace = placeText();
    m_busy = true;
    Q_EMIT busyChanged(true);
    Q_EMIT submitRequested(request());
}

void ActivateMirrorWizard::showSubmitError(const QString& message)
{
    m_busy = false;
    Q_EMIT busyChanged(false);
    if (auto* preview = qobject_cast<ActivatePreviewPage*>(page(PreviewPageId))) {
        preview->showError(message);
    }
}

void ActivateMirrorWizard::submitSucceeded(const CommandResult& result)
{
    m_busy = false;
    Q_EMIT busyChanged(false);
    // "Completed" (spec §2.4.3), over the wizard; its OK closes both.
    auto* dialog = new QDialog(this);
    m_completed = dialog;
    dialog->setObjectName(u"activateCompletedDialog"_s);
    dialog->setWindowTitle(tr("Activate Remote Logical Drive Mirroring - Completed"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto* layout = new QVBoxLayout(dialog);
    auto* row = new QHBoxLayout;
    auto* icon = new QLabel(dialog);
    icon->setPixmap(Icons::icon(u"feature-remotemirror-enabled-activated"_s).pixmap(40, 40));
    icon->setAlignment(Qt::AlignTop);
    row->addWidget(icon);
    auto* label = new QLabel(
        tr("Remote Logical Drive Mirroring is now %1 on %2. The mirror repository logical drives "
           "CTL A Mirror Repository and CTL B Mirror Repository were created on %3.\n\nCreate "
           "mirrors with Logical Drive ▸ Remote Mirroring ▸ Create once the remote storage "
           "subsystem is activated too.")
            .arg(result.data.value(u"state"_s).toString(), Texts::subsystemLabel(subsystem().name), m_submittedPlace),
        dialog);
    label->setObjectName(u"messageLabel"_s);
    label->setWordWrap(true);
    label->setMinimumWidth(380);
    row->addWidget(label, 1);
    layout->addLayout(row);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok, dialog);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"okButton"_s);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(dialog, &QDialog::finished, this, [this]() {
        m_completed = nullptr;
        QDialog::done(QDialog::Accepted); // NOLINT(bugprone-parent-virtual-call): not QWizard::done's validation
    });
    dialog->open();
}

} // namespace Copyline
