// SPDX-License-Identifier: GPL-3.0-or-later
#include "volumecopypages.h"

#include "api/rules.h"
#include "api/units.h"
#include "common/confirm.h"
#include "common/formwidgets.h"
#include "common/icons.h"
#include "common/texts.h"
#include "common/theme.h"
#include "dialogs/equivalentcommanddialog.h"
#include "panels/ds4000/dialogs/volumecopydialogs.h"
#include "panels/ds4000/rules/volumecopyrules.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

QString gb(qint64 bytes)
{
    return formatGb(bytes, QLocale());
}

/** The icon of a logical drive as the Logical view draws it. */
QString driveIcon(const Configuration& c, const LogicalDrive& ld)
{
    if (ld.kind == LogicalDriveKind::FlashCopy) {
        const FlashCopy fc = c.flashCopies.value(ld.id);
        return Icons::forFlashCopy(fc.status, fc.thresholdExceeded);
    }
    return Icons::forLogicalDrive(ld.status);
}

bool noneSelectable(const QTableWidget* table)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->flags().testFlag(Qt::ItemIsSelectable)) {
            return false;
        }
    }
    return true;
}

} // namespace

// ---------------------------------------------------------------------------------------------------------------

ViewDrivesPanel::ViewDrivesPanel(QWidget* parent)
    : QGroupBox(parent)
{
    setObjectName(u"viewDrivesPanel"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    m_table = makeSelectionTable({tr("Enclosure"), tr("Slot"), tr("Capacity"), tr("Type", "drive type"), tr("Status")},
        u"drivesTableWidget"_s, this);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setMaximumHeight(150);
    layout->addWidget(m_table);
}

ViewDrivesPanel::~ViewDrivesPanel() = default;

void ViewDrivesPanel::setLogicalDrive(const Configuration& config, const LogicalDrive& ld)
{
    const Array array = config.arrays.value(ld.arrayId);
    setTitle(ld.id == 0 ? tr("Drives") : tr("Drives of %1, which holds %2").arg(arrayLabel(array), ld.name));
    const QList<Drive> drives = ld.id == 0 ? QList<Drive>() : config.drivesOfArray(ld.arrayId);
    m_table->setRowCount(static_cast<int>(drives.size()));
    for (int row = 0; row < drives.size(); ++row) {
        const Drive& d = drives.at(row);
        auto* enclosure = tableCell(QLocale().toString(d.enclosure), d.id, true, true);
        enclosure->setIcon(Icons::icon(Icons::forDriveRole(d.role, d.status)));
        m_table->setItem(row, 0, enclosure);
        m_table->setItem(row, 1, tableCell(QLocale().toString(d.slot), d.id, true, true));
        m_table->setItem(row, 2, tableCell(gb(d.usableCapacity), d.id, true, true));
        m_table->setItem(row, 3, tableCell(Texts::driveType(d.type), d.id, true));
        m_table->setItem(row, 4, tableCell(Texts::status(d.status), d.id, true));
    }
    m_table->resizeColumnsToContents();
    for (int column = 0; column < m_table->columnCount() - 1; ++column) {
        m_table->setColumnWidth(column, std::max(m_table->columnWidth(column) + 20, 80));
    }
}

// ---------------------------------------------------------------------------------------------------------------

// ---------------------------------------------------------------------------------------------------------------

VolumeCopyIntroductionPage::VolumeCopyIntroductionPage(CreateVolumeCopyWizard* wizard)
    : VolumeCopyWizardPage(wizard)
{
    setObjectName(u"introductionPage"_s);
    setTitle(tr("Create Copy Wizard - Introduction"));
    setSubTitle(tr("A VolumeCopy copies all data of a source logical drive onto a target logical drive."));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(richLabel(
        tr("The controller that owns the source reads it and writes the target in the background, at the priority "
           "you choose; the target is overwritten and becomes read-only to hosts. The copy is the image the source "
           "has when the copy starts: while it runs, hosts can read the source but not write to it. Copy a "
           "<b>FlashCopy</b> of production data instead of the data itself, so that its base stays writable."),
        this, u"introductionLabel"_s));
    layout->addSpacing(4);
    auto* tableTitle = new QLabel(tr("&Select the source logical drive:"), this);
    layout->addWidget(tableTitle);
    m_sources = makeSelectionTable({tr("Logical Drive"), tr("Capacity"), tr("Array"), tr("Type", "logical drive type")},
        u"sourceTableWidget"_s, this);
    m_sources->setAccessibleName(tr("Source logical drives"));
    tableTitle->setBuddy(m_sources);
    layout->addWidget(m_sources, 1);
    m_blocker = addMessageLabel(u"sourceBlockerLabel"_s, true);
    layout->addWidget(m_blocker);
    m_advisory = addMessageLabel(u"sourceAdvisoryLabel"_s, false);
    layout->addWidget(m_advisory);
    auto* buttons = new QHBoxLayout;
    m_viewDrives = new QPushButton(tr("View &Drives"), this);
    m_viewDrives->setObjectName(u"viewDrivesButton"_s);
    m_viewDrives->setCheckable(true);
    buttons->addWidget(m_viewDrives);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_drives = new ViewDrivesPanel(this);
    m_drives->setObjectName(u"sourceDrivesPanel"_s);
    m_drives->hide();
    layout->addWidget(m_drives);

    registerField(u"sourceId"_s, this, "sourceId", SIGNAL(sourceChanged()));
    m_sourceId = wizard->initialSourceId();
    fill();
    connect(m_sources, &QTableWidget::itemSelectionChanged, this, &VolumeCopyIntroductionPage::onSelection);
    connect(m_viewDrives, &QPushButton::toggled, this, [this](bool on) {
        m_drives->setVisible(on);
        refresh();
    });
    refresh();
}

void VolumeCopyIntroductionPage::fill()
{
    const CreateVolumeCopyWizard* w = owner();
    const Configuration& c = w->snapshot().config;
    const QList<LogicalDrive> sources = VolumeCopyRules::validSources(c, w->subsystemId());
    QTableWidget probe(static_cast<int>(sources.size()), m_sources->columnCount());
    for (int row = 0; row < sources.size(); ++row) {
        const LogicalDrive& ld = sources.at(row);
        auto* name = tableCell(ld.name, ld.id, true);
        name->setIcon(Icons::icon(driveIcon(c, ld)));
        probe.setItem(row, 0, name);
        probe.setItem(row, 1, tableCell(gb(ld.capacity), ld.id, true, true));
        probe.setItem(row, 2, tableCell(arrayLabel(c.arrays.value(ld.arrayId)), ld.id, true));
        probe.setItem(row, 3, tableCell(Texts::logicalDriveKind(ld.kind), ld.id, true));
    }
    if (!adoptRows(m_sources, probe)) {
        return;
    }
    m_sources->resizeColumnToContents(0);
    m_sources->setColumnWidth(0, std::max(m_sources->columnWidth(0) + 16, 200));
    m_sources->resizeColumnToContents(1);
    m_sources->setColumnWidth(2, 200);
    selectId(m_sources, m_sourceId);
}

void VolumeCopyIntroductionPage::onSelection()
{
    const ObjectId id = selectedId(m_sources);
    if (id != 0 && id != m_sourceId) {
        m_sourceId = id;
        Q_EMIT sourceChanged();
    }
    refresh();
}

void VolumeCopyIntroductionPage::refresh()
{
    fill();
    const CreateVolumeCopyWizard* w = owner();
    const Configuration& c = w->snapshot().config;
    const LogicalDrive source = w->source();
    setMessage(m_blocker, w->sourceProblem());
    QString advisory;
    if (source.id != 0 && source.kind == LogicalDriveKind::Standard && w->sourceProblem().isEmpty()) {
        // Conflict C3: a standard (or mirror primary) source is valid, with the guide's advice not to use it.
        advisory = tr("%1 is a standard logical drive: while the copy runs, hosts can read it but their writes to it "
                      "are rejected. For production data, create a FlashCopy of %1 (Logical Drive ▸ FlashCopy ▸ "
                      "Create) and copy the FlashCopy instead; %1 then stays writable.")
                       .arg(source.name);
    }
    setMessage(m_advisory, advisory);
    m_viewDrives->setEnabled(source.id != 0);
    if (m_drives->isVisible() || m_viewDrives->isChecked()) {
        m_drives->setLogicalDrive(c, source);
    }
    Q_EMIT completeChanged();
}

QString VolumeCopyIntroductionPage::advisoryText() const
{
    return m_advisory->isHidden() ? QString() : m_advisory->text();
}

bool VolumeCopyIntroductionPage::isComplete() const
{
    return owner()->source().id != 0 && owner()->sourceProblem().isEmpty();
}

// ---------------------------------------------------------------------------------------------------------------

VolumeCopyTargetPage::VolumeCopyTargetPage(CreateVolumeCopyWizard* wizard)
    : VolumeCopyWizardPage(wizard)
{
    setObjectName(u"targetPage"_s);
    setTitle(tr("Select Target Logical Drive and Copy Priority"));
    setSubTitle(tr("All data on the target is overwritten. Logical drives that cannot be the target say why."));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    m_sourceLabel = richLabel({}, this, u"sourceLabel"_s);
    layout->addWidget(m_sourceLabel);
    auto* tableTitle = new QLabel(tr("Select the &target logical drive:"), this);
    layout->addWidget(tableTitle);
    m_targets = makeSelectionTable(
        {tr("Logical Drive"), tr("Capacity"), tr("Array"), tr("Availability")}, u"targetTableWidget"_s, this);
    m_targets->setAccessibleName(tr("Target logical drives"));
    // The reasons are sentences: they wrap instead of being cut off, and the rows grow with them.
    m_targets->setWordWrap(true);
    m_targets->setTextElideMode(Qt::ElideNone);
    m_targets->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tableTitle->setBuddy(m_targets);
    layout->addWidget(m_targets, 1);
    auto* guidance = richLabel(tr("Give targets names that tell them apart from their sources, for example "
                                  "<i>Accounting</i> → <i>Accounting-Copy</i>."),
        this, u"guidanceLabel"_s);
    guidance->setStyleSheet(Theme::css(u"QLabel { color: #4a5968; }"_s));
    layout->addWidget(guidance);
    m_hint = addMessageLabel(u"targetHintLabel"_s, false);
    layout->addWidget(m_hint);
    auto* buttons = new QHBoxLayout;
    m_viewDrives = new QPushButton(tr("View &Drives"), this);
    m_viewDrives->setObjectName(u"viewDrivesButton"_s);
    m_viewDrives->setCheckable(true);
    buttons->addWidget(m_viewDrives);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_drives = new ViewDrivesPanel(this);
    m_drives->setObjectName(u"targetDrivesPanel"_s);
    m_drives->hide();
    layout->addWidget(m_drives);

    auto* priorityTitle = new QLabel(tr("Copy &priority:"), this);
    priorityTitle->setStyleSheet(u"QLabel { font-weight: bold; }"_s);
    layout->addSpacing(4);
    layout->addWidget(priorityTitle);
    m_priority = new CopyPrioritySlider(this);
    priorityTitle->setBuddy(m_priority->slider());
    auto* sliderRow = new QHBoxLayout;
    sliderRow->addWidget(m_priority, 3);
    auto* priorityNote = richLabel(tr("A higher priority copies faster at the cost of host I/O performance."), this);
    priorityNote->setStyleSheet(Theme::css(u"QLabel { color: #4a5968; }"_s));
    sliderRow->addSpacing(16);
    sliderRow->addWidget(priorityNote, 2);
    layout->addLayout(sliderRow);
    m_readOnly = new QCheckBox(tr("Make the target &read-only to hosts when the copy completes (recommended)"), this);
    m_readOnly->setObjectName(u"targetReadOnlyCheckBox"_s);
    m_readOnly->setChecked(true);
    layout->addWidget(m_readOnly);

    registerField(u"targetId"_s, this, "targetId", SIGNAL(targetChanged()));
    registerField(u"priority"_s, m_priority->slider());
    registerField(u"targetReadOnly"_s, m_readOnly);
    connect(m_targets, &QTableWidget::itemSelectionChanged, this, &VolumeCopyTargetPage::onSelection);
    connect(m_viewDrives, &QPushButton::toggled, this, [this](bool on) {
        m_drives->setVisible(on);
        refresh();
    });
}

void VolumeCopyTargetPage::initializePage()
{
    refresh();
}

void VolumeCopyTargetPage::clearTarget()
{
    m_targetId = 0;
    m_targets->clearSelection();
    Q_EMIT targetChanged();
    refresh();
}

void VolumeCopyTargetPage::fill()
{
    const CreateVolumeCopyWizard* w = owner();
    const Configuration& c = w->snapshot().config;
    const LogicalDrive source = w->source();
    const QList<LogicalDrive> candidates
        = source.id == 0 ? QList<LogicalDrive>() : VolumeCopyRules::targetCandidates(c, source);
    QTableWidget probe(static_cast<int>(candidates.size()), m_targets->columnCount());
    for (int row = 0; row < candidates.size(); ++row) {
        const LogicalDrive& ld = candidates.at(row);
        const QString reason = VolumeCopyRules::targetReason(c, source, ld);
        const bool valid = reason.isEmpty();
        auto* name = tableCell(ld.name, ld.id, valid);
        name->setIcon(Icons::icon(driveIcon(c, ld)));
        probe.setItem(row, 0, name);
        probe.setItem(row, 1, tableCell(gb(ld.capacity), ld.id, valid, true));
        probe.setItem(row, 2, tableCell(arrayLabel(c.arrays.value(ld.arrayId)), ld.id, valid));
        // The engine's words, with a capital: "Smaller than the source…" reads as a cell of its own.
        QString why = valid ? tr("Available") : reason;
        if (!why.isEmpty()) {
            why[0] = why.at(0).toUpper();
        }
        probe.setItem(row, 3, tableCell(why, ld.id, valid));
        if (!valid) {
            for (int column = 0; column < probe.columnCount(); ++column) {
                probe.item(row, column)->setToolTip(tr("%1 cannot be the target: %2.").arg(ld.name, reason));
            }
        }
    }
    if (adoptRows(m_targets, probe)) {
        m_targets->setColumnWidth(0, 170);
        m_targets->setColumnWidth(1, 90);
        m_targets->setColumnWidth(2, 190);
        selectId(m_targets, m_targetId);
    }
    // A chosen target that became invalid stays chosen: the page and the Preview say why instead of silently
    // forgetting it.
}

void VolumeCopyTargetPage::onSelection()
{
    const ObjectId id = selectedId(m_targets);
    if (id != m_targetId) {
        m_targetId = id;
        Q_EMIT targetChanged();
    }
    refresh();
}

void VolumeCopyTargetPage::refresh()
{
    fill();
    const CreateVolumeCopyWizard* w = owner();
    const Configuration& c = w->snapshot().config;
    const LogicalDrive source = w->source();
    const QString text = source.id == 0
        ? QString()
        : tr("Source logical drive: <b>%1</b> (%2) on %3. The target needs at least %2.")
              .arg(source.name.toHtmlEscaped(), gb(source.capacity), arrayLabel(c.arrays.value(source.arrayId)));
    if (m_sourceLabel->text() != text) {
        m_sourceLabel->setText(text);
    }
    QString hint;
    const LogicalDrive target = w->target();
    if (target.id != 0 && !w->targetProblem().isEmpty()) {
        hint = w->targetProblem();
    } else if (target.id != 0) {
        QStringList copies;
        for (const FlashCopy& fc : c.flashCopiesOf(target.id)) {
            copies.append(c.logicalDrives.value(fc.id).name);
        }
        if (!copies.isEmpty()) {
            hint = tr("%1 is the base of FlashCopy logical drives %2; they fail when the copy starts.")
                       .arg(target.name, copies.join(u", "_s));
        }
    } else if (source.id != 0 && noneSelectable(m_targets)) {
        hint = tr("No logical drive can be the target of %1; the list says why for each.").arg(source.name);
    }
    setMessage(m_hint, hint);
    m_viewDrives->setEnabled(target.id != 0);
    if (m_drives->isVisible() || m_viewDrives->isChecked()) {
        m_drives->setLogicalDrive(c, target);
    }
    Q_EMIT completeChanged();
}

QString VolumeCopyTargetPage::reasonFor(const QString& name) const
{
    for (int row = 0; row < m_targets->rowCount(); ++row) {
        if (m_targets->item(row, 0)->text() == name) {
            return m_targets->item(row, 0)->flags().testFlag(Qt::ItemIsSelectable) ? QString()
                                                                                   : m_targets->item(row, 3)->text();
        }
    }
    return {};
}

bool VolumeCopyTargetPage::isComplete() const
{
    return owner()->target().id != 0 && owner()->targetProblem().isEmpty();
}

// ---------------------------------------------------------------------------------------------------------------

VolumeCopyPreviewPage::VolumeCopyPreviewPage(CreateVolumeCopyWizard* wizard)
    : VolumeCopyWizardPage(wizard)
{
    setObjectName(u"previewPage"_s);
    setTitle(tr("Preview"));
    setSubTitle(tr("Check the copy, type Yes, then click Finish to start it."));
    setFinalPage(true);
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    auto* summary = new QWidget(this);
    summary->setObjectName(u"previewSummary"_s);
    m_form = new QFormLayout(summary);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setHorizontalSpacing(16);
    m_form->setVerticalSpacing(7);
    m_form->setLabelAlignment(Qt::AlignRight);
    layout->addWidget(summary);
    m_warning = addMessageLabel(u"overwriteWarningLabel"_s, false);
    // Issue 18: the copylinectl command that does what Finish does.
    auto* equivalent = new EquivalentCommandButton(
        [w = wizard]() { return equivalentCommand(w->snapshot().config, w->subsystemId(), {w->request()}); }, this);
    layout->addWidget(equivalent, 0, Qt::AlignLeft);
    m_warning->setTextFormat(Qt::RichText);
    layout->addWidget(m_warning);
    layout->addStretch(1);
    auto* prompt = new QLabel(Confirm::prompt(tr("Finish")), this);
    layout->addWidget(prompt);
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(u"confirmLineEdit"_s);
    m_confirm->setMaximumWidth(200);
    prompt->setBuddy(m_confirm);
    layout->addWidget(m_confirm);
    m_status = new QLabel(this);
    m_status->setObjectName(u"previewStatusLabel"_s);
    m_status->hide();
    layout->addWidget(m_status);
    m_error = addMessageLabel(u"previewErrorLabel"_s, true);
    layout->addWidget(m_error);

    connect(m_confirm, &QLineEdit::textChanged, this, &VolumeCopyPreviewPage::completeChanged);
    connect(wizard, &CreateVolumeCopyWizard::busyChanged, this, [this](bool busy) {
        m_status->setText(busy ? tr("Starting the copy…") : QString());
        m_status->setVisible(busy);
        if (busy) {
            setMessage(m_error, {});
        }
        m_confirm->setEnabled(!busy);
        Q_EMIT completeChanged();
        if (auto* back = owner()->button(QWizard::BackButton)) {
            back->setEnabled(!busy);
        }
    });
}

void VolumeCopyPreviewPage::initializePage()
{
    setMessage(m_error, {});
    fillSummary();
}

void VolumeCopyPreviewPage::clearConfirmation()
{
    m_confirm->clear();
}

void VolumeCopyPreviewPage::refresh()
{
    if (owner()->currentPage() == this) {
        fillSummary();
    }
}

void VolumeCopyPreviewPage::fillSummary()
{
    const CreateVolumeCopyWizard* w = owner();
    const Configuration& c = w->snapshot().config;
    const LogicalDrive source = w->source();
    const LogicalDrive target = w->target();
    const bool flashCopySource = source.kind == LogicalDriveKind::FlashCopy;
    const QList<QPair<QString, QString>> rows {
        {tr("Source logical drive"), Texts::withCapacity(source.name, source.capacity)},
        {tr("Target logical drive"), Texts::withCapacity(target.name, target.capacity)},
        {tr("Copy priority"), Texts::copyPriority(w->priority())},
        {tr("Target read-only"),
            w->targetReadOnly() ? tr("Enabled: host writes are rejected once the copy completes")
                                : tr("Disabled: hosts may write to the target once the copy completes")},
        {tr("Source while copying"),
            flashCopySource ? tr("Readable; its base %1 stays writable")
                                  .arg(c.logicalDrives.value(c.flashCopies.value(source.id).baseId).name)
                            : tr("Read-only to hosts until the copy completes or is stopped")},
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
    QString warning = tr("<b>All data on %1 will be overwritten.</b> Hosts cannot read or write %1 until the copy "
                         "completes; stop their I/O and unmount its file systems first.")
                          .arg(target.name.toHtmlEscaped());
    QStringList copies;
    for (const FlashCopy& fc : c.flashCopiesOf(target.id)) {
        copies.append(c.logicalDrives.value(fc.id).name.toHtmlEscaped());
    }
    warning += u' '
        + (copies.isEmpty()
                ? tr("FlashCopies of a target fail when its copy starts; %1 has none.").arg(target.name.toHtmlEscaped())
                : tr("Its FlashCopy logical drives fail when the copy starts: %1.").arg(copies.join(u", "_s)));
    setMessage(m_warning, target.id == 0 ? QString() : warning);
    Q_EMIT completeChanged();
}

bool VolumeCopyPreviewPage::isComplete() const
{
    return !owner()->isBusy() && Confirm::isConfirmed(m_confirm->text());
}

bool VolumeCopyPreviewPage::validatePage()
{
    if (const QString problem = owner()->problem(); !problem.isEmpty()) {
        showError(problem);
        return false;
    }
    return true;
}

void VolumeCopyPreviewPage::showError(const QString& message)
{
    setMessage(m_error, message);
}

QString VolumeCopyPreviewPage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString VolumeCopyPreviewPage::warningText() const
{
    return m_warning->isHidden() ? QString() : m_warning->text();
}

QString VolumeCopyPreviewPage::value(const QString& label) const
{
    for (const auto& [key, text] : m_rows) {
        if (key == label) {
            return text;
        }
    }
    return {};
}

} // namespace Copyline
