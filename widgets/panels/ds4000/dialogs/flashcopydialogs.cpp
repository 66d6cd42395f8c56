// SPDX-License-Identifier: GPL-3.0-or-later
#include "flashcopydialogs.h"

#include "api/rules.h"
#include "api/units.h"
#include "common/icons.h"
#include "common/messagelabel.h"
#include "common/texts.h"
#include "common/theme.h"
#include "dialogs/equivalentcommanddialog.h"
#include "panels/ds4000/dialogs/logicaldrivedialogs.h"
#include "panels/ds4000/rules/flashcopyrules.h"

#include <QButtonGroup>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

constexpr double kMaxInput = 1.0e9;

QString gb(qint64 bytes)
{
    return formatGb(bytes, QLocale());
}

} // namespace

IncreaseRepositoryCapacityDialog::IncreaseRepositoryCapacityDialog(
    EngineConnection* connection, ObjectId subsystemId, ObjectId repositoryId, QWidget* parent)
    : CommandDialog(connection, subsystemId, parent)
    , m_repositoryId(repositoryId)
{
    setObjectName(u"increaseRepositoryCapacityDialog"_s);
    setWindowTitle(tr("Increase Repository Capacity"));
    auto* layout = new QVBoxLayout;
    // The guide's "Additional Instructions" (spec §2.2.7), where they are read: on the window itself.
    auto* instructions = new QLabel(tr("The repository grows with free capacity of its own array. The FlashCopy "
                                       "stays usable while it grows; a repository that was full accepts copy-on-write "
                                       "data again, and writes to the base resume."),
        this);
    instructions->setObjectName(u"instructionsLabel"_s);
    instructions->setWordWrap(true);
    layout->addWidget(instructions);
    auto* form = new QFormLayout;
    form->setHorizontalSpacing(14);
    m_repositoryLabel = new QLabel(this);
    m_repositoryLabel->setObjectName(u"repositoryLabel"_s);
    form->addRow(tr("Repository logical drive:"), m_repositoryLabel);
    m_flashCopyLabel = new QLabel(this);
    m_flashCopyLabel->setObjectName(u"flashCopyLabel"_s);
    form->addRow(tr("FlashCopy logical drive:"), m_flashCopyLabel);
    m_baseLabel = new QLabel(this);
    m_baseLabel->setObjectName(u"baseLabel"_s);
    form->addRow(tr("Base logical drive:"), m_baseLabel);
    m_currentLabel = new QLabel(this);
    m_currentLabel->setObjectName(u"currentCapacityLabel"_s);
    form->addRow(tr("Current capacity:"), m_currentLabel);
    m_usedLabel = new QLabel(this);
    m_usedLabel->setObjectName(u"usedCapacityLabel"_s);
    form->addRow(tr("Used:"), m_usedLabel);
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
    layout->addLayout(form);
    setContentLayout(layout);

    updateLabels();
    // Prefilled with the maximum free space, or 0 if there is none (spec §2.2.7).
    m_add->setValue(static_cast<double>(freeCapacity()) / static_cast<double>(GiB));
    connect(m_add, &QDoubleSpinBox::valueChanged, this, &IncreaseRepositoryCapacityDialog::revalidate);
    setMinimumWidth(500);
    revalidate();
}

qint64 IncreaseRepositoryCapacityDialog::freeCapacity() const
{
    const Configuration& c = snapshot()->config;
    const auto it = c.logicalDrives.constFind(m_repositoryId);
    return it == c.logicalDrives.cend() ? 0 : arrayFreeCapacity(c, it->arrayId);
}

qint64 IncreaseRepositoryCapacityDialog::requestedIncrease() const
{
    return capacityFromInput(m_add->value(), GiB, freeCapacity());
}

void IncreaseRepositoryCapacityDialog::updateLabels()
{
    const Snapshot& s = *snapshot();
    const Configuration& c = s.config;
    const LogicalDrive repository = c.logicalDrives.value(m_repositoryId);
    const FlashCopy* fc = c.flashCopyOf(m_repositoryId);
    m_repositoryLabel->setText(repository.name);
    m_flashCopyLabel->setText(fc ? c.logicalDrives.value(fc->id).name : QString());
    m_baseLabel->setText(fc ? c.logicalDrives.value(fc->baseId).name : QString());
    m_currentLabel->setText(gb(repository.capacity));
    if (fc) {
        const auto [used, capacity] = FlashCopyRules::repositoryUsage(s, fc->id);
        m_usedLabel->setText(tr("%1 (%2%)").arg(gb(used)).arg(FlashCopyRules::repositoryUsedPercent(s, fc->id)));
    }
    m_freeLabel->setText(tr("%1 in %2").arg(gb(freeCapacity()), arrayLabel(c.arrays.value(repository.arrayId))));
}

QString IncreaseRepositoryCapacityDialog::validate() const
{
    const Configuration& c = snapshot()->config;
    if (!c.logicalDrives.contains(m_repositoryId)) {
        return tr("The repository logical drive no longer exists.");
    }
    const qint64 free = freeCapacity();
    if (free <= 0) {
        return tr("The repository's array has no free capacity left.");
    }
    const qint64 add = requestedIncrease();
    if (add <= 0) {
        return tr("Enter the capacity to add.");
    }
    if (add > free) {
        const LogicalDrive ld = c.logicalDrives.value(m_repositoryId);
        return Error(ErrorCode::CapacityExceedsFree, {gb(add), arrayLabel(c.arrays.value(ld.arrayId)), gb(free)})
            .localizedMessage();
    }
    return {};
}

CommandRequest IncreaseRepositoryCapacityDialog::request() const
{
    return {u"setLogicalDrive"_s, {{u"id"_s, m_repositoryId}, {u"addCapacity"_s, requestedIncrease()}}};
}

void IncreaseRepositoryCapacityDialog::onSnapshotChanged()
{
    updateLabels();
    revalidate();
}

void IncreaseRepositoryCapacityDialog::accept()
{
    if (isBusy() || !validate().isEmpty()) {
        return;
    }
    // Then OK, type Yes, OK (spec §2.2.7): the confirmation runs the command and reports the engine's answer.
    const Configuration& c = snapshot()->config;
    const LogicalDrive repository = c.logicalDrives.value(m_repositoryId);
    const qint64 add = requestedIncrease();
    auto* confirm = new TypeYesDialog(connection(), subsystemId(), tr("Increase Repository Capacity"),
        tr("Increase the capacity of repository logical drive \"%1\" by %2, from %3 to %4? The capacity is taken "
           "from the free capacity of %5 and cannot be given back without deleting the FlashCopy.")
            .arg(repository.name, gb(add), gb(repository.capacity), gb(repository.capacity + add),
                arrayLabel(c.arrays.value(repository.arrayId))),
        request(), this);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirm, &CommandDialog::succeeded, this, [this](const CommandResult& result) { onSucceeded(result); });
    confirm->open();
}

// ---------------------------------------------------------------------------------------------------------------

RepositorySettingsWidget::RepositorySettingsWidget(
    EngineConnection* connection, ObjectId subsystemId, ObjectId flashCopyId, QWidget* parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_subsystemId(subsystemId)
    , m_flashCopyId(flashCopyId)
{
    setObjectName(u"repositorySettingsWidget"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    m_repositoryLabel = new QLabel(this);
    m_repositoryLabel->setObjectName(u"repositoryLabel"_s);
    m_repositoryLabel->setWordWrap(true);
    layout->addWidget(m_repositoryLabel);

    auto* usageTitle = new QLabel(tr("Repository usage"), this);
    usageTitle->setStyleSheet(u"QLabel { font-weight: bold; }"_s);
    layout->addWidget(usageTitle);
    m_usage = new QProgressBar(this);
    m_usage->setObjectName(u"repositoryUsageProgressBar"_s);
    m_usage->setRange(0, 1000);
    m_usage->setTextVisible(true);
    m_usage->setAccessibleName(tr("Repository usage"));
    usageTitle->setBuddy(m_usage);
    layout->addWidget(m_usage);
    m_usedLabel = new QLabel(this);
    m_usedLabel->setObjectName(u"availableLabel"_s);
    layout->addWidget(m_usedLabel);
    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(u"repositoryStateLabel"_s);
    m_stateLabel->setWordWrap(true);
    m_stateLabel->hide();
    layout->addWidget(m_stateLabel);

    auto* box = new QGroupBox(tr("Repository logical drive parameters"), this);
    box->setObjectName(u"settingsGroupBox"_s);
    auto* boxLayout = new QVBoxLayout(box);
    auto* thresholdRow = new QHBoxLayout;
    auto* warn = new QLabel(tr("&Warn when the repository is"), box);
    m_threshold = new QSpinBox(box);
    m_threshold->setObjectName(u"thresholdSpinBox"_s);
    m_threshold->setRange(1, 100);
    m_threshold->setAlignment(Qt::AlignRight);
    warn->setBuddy(m_threshold);
    thresholdRow->addWidget(warn);
    thresholdRow->addWidget(m_threshold);
    thresholdRow->addWidget(new QLabel(tr("Percent (%) full"), box));
    thresholdRow->addStretch(1);
    boxLayout->addLayout(thresholdRow);
    boxLayout->addWidget(new QLabel(tr("When the repository becomes full:"), box));
    auto* policy = new QButtonGroup(this);
    m_failFlashCopy = new QRadioButton(Texts::repositoryFullPolicy(RepositoryFullPolicy::FailFlashCopy), box);
    m_failFlashCopy->setObjectName(u"failFlashCopyRadioButton"_s);
    m_failBaseWrites = new QRadioButton(Texts::repositoryFullPolicy(RepositoryFullPolicy::FailBaseWrites), box);
    m_failBaseWrites->setObjectName(u"failBaseWritesRadioButton"_s);
    policy->addButton(m_failFlashCopy);
    policy->addButton(m_failBaseWrites);
    boxLayout->addWidget(m_failFlashCopy);
    boxLayout->addWidget(m_failBaseWrites);
    auto* attention = new QLabel(tr("<b>Attention:</b> with \"Fail writes to base logical drive\", host writes to "
                                    "the base fail while the repository is full. Not recommended."),
        box);
    attention->setWordWrap(true);
    attention->setStyleSheet(Theme::css(u"QLabel { color: #9a6a08; }"_s));
    boxLayout->addWidget(attention);
    auto* applyRow = new QHBoxLayout;
    applyRow->addStretch(1);
    m_apply = new QPushButton(tr("&Apply"), box);
    m_apply->setObjectName(u"applyButton"_s);
    m_apply->setAutoDefault(false);
    m_equivalent = new EquivalentCommandButton(
        [this]() {
            const SnapshotPtr snapshot = m_connection ? m_connection->snapshot() : SnapshotPtr();
            return snapshot && flashCopy().id != 0
                ? equivalentCommand(snapshot->config, m_subsystemId, {applyRequest()})
                : EquivalentCommand {};
        },
        box);
    applyRow->addWidget(m_equivalent);
    applyRow->addWidget(m_apply);
    boxLayout->addLayout(applyRow);
    layout->addWidget(box);

    m_error = makeMessageLabel(u"errorLabel"_s, MessageKind::Error, this);
    layout->addWidget(m_error);
    layout->addStretch(1);

    auto edited = [this]() {
        m_edited = true;
        updateApply();
    };
    connect(m_threshold, &QSpinBox::valueChanged, this, edited);
    connect(m_failFlashCopy, &QRadioButton::toggled, this, edited);
    connect(m_apply, &QPushButton::clicked, this, &RepositorySettingsWidget::apply);
    if (m_connection) {
        connect(m_connection, &EngineConnection::snapshotChanged, this, &RepositorySettingsWidget::refresh);
    }
    refresh();
}

RepositorySettingsWidget::~RepositorySettingsWidget() = default;

QString RepositorySettingsWidget::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

FlashCopy RepositorySettingsWidget::flashCopy() const
{
    return m_connection ? m_connection->snapshot()->config.flashCopies.value(m_flashCopyId) : FlashCopy {};
}

RepositoryFullPolicy RepositorySettingsWidget::chosenPolicy() const
{
    return m_failBaseWrites->isChecked() ? RepositoryFullPolicy::FailBaseWrites : RepositoryFullPolicy::FailFlashCopy;
}

void RepositorySettingsWidget::refresh()
{
    if (!m_connection) {
        return;
    }
    const Snapshot& s = *m_connection->snapshot();
    const Configuration& c = s.config;
    const FlashCopy fc = flashCopy();
    if (fc.id == 0) {
        m_repositoryLabel->setText(tr("This FlashCopy no longer exists."));
        setEnabled(false);
        return;
    }
    const LogicalDrive repository = c.logicalDrives.value(fc.repositoryId);
    const QString heading
        = tr("Repository <b>%1</b> (%2) on %3, for FlashCopy <b>%4</b> of %5.")
              .arg(repository.name.toHtmlEscaped(), gb(repository.capacity),
                  arrayLabel(c.arrays.value(repository.arrayId)), c.logicalDrives.value(fc.id).name.toHtmlEscaped(),
                  c.logicalDrives.value(fc.baseId).name.toHtmlEscaped());
    if (m_repositoryLabel->text() != heading) {
        m_repositoryLabel->setText(heading);
    }

    const auto [used, capacity] = FlashCopyRules::repositoryUsage(s, fc.id);
    const int percent = FlashCopyRules::repositoryUsedPercent(s, fc.id);
    m_usage->setValue(capacity > 0 ? static_cast<int>(used * 1000 / capacity) : 0);
    // QProgressBar replaces %p, %v and %m in its format; "(12%)" contains none of them.
    m_usage->setFormat(tr("%1 of %2 used (%3%)").arg(gb(used), gb(capacity)).arg(percent));
    QColor colour = Icons::Palette::inProgress;
    QString state;
    if (fc.baseWritesFailing) {
        colour = Icons::Palette::failed;
        state = tr("The repository is full: writes to %1 fail until its capacity is increased.")
                    .arg(c.logicalDrives.value(fc.baseId).name);
    } else if (fc.status == FlashCopyStatus::Failed) {
        colour = Icons::Palette::failed;
        state = tr("The FlashCopy has failed (%1); re-create or delete it.").arg(fc.statusReason);
    } else if (fc.thresholdExceeded) {
        colour = Icons::Palette::warning;
        state = tr("The repository is past its warning threshold: increase its capacity before it fills.");
    }
    QPalette palette = m_usage->palette();
    palette.setColor(QPalette::Highlight, colour);
    m_usage->setPalette(palette);
    m_usedLabel->setText(tr("%1 available · warning at %2% full")
                             .arg(gb(std::max<qint64>(0, capacity - used)))
                             .arg(fc.warningThresholdPercent));
    m_stateLabel->setText(state);
    m_stateLabel->setStyleSheet(
        Theme::css(fc.thresholdExceeded && !fc.baseWritesFailing && fc.status != FlashCopyStatus::Failed
                ? u"QLabel { color: #9a6a08; }"_s
                : u"QLabel { color: #b3261e; }"_s));
    m_stateLabel->setVisible(!state.isEmpty());

    // After Apply, the inputs follow the engine again once a snapshot with the change has arrived.
    if (!m_edited && !m_busy && s.revision >= m_appliedRevision) {
        const QSignalBlocker b1(m_threshold);
        const QSignalBlocker b2(m_failFlashCopy);
        const QSignalBlocker b3(m_failBaseWrites);
        m_threshold->setValue(fc.warningThresholdPercent);
        (fc.fullPolicy == RepositoryFullPolicy::FailBaseWrites ? m_failBaseWrites : m_failFlashCopy)->setChecked(true);
    }
    updateApply();
}

void RepositorySettingsWidget::updateApply()
{
    const FlashCopy fc = flashCopy();
    const bool differs
        = fc.id != 0 && (m_threshold->value() != fc.warningThresholdPercent || chosenPolicy() != fc.fullPolicy);
    if (!differs && !m_busy) {
        m_edited = false; // back at the engine's values: follow them again
    }
    m_apply->setEnabled(differs && !m_busy);
}

CommandRequest RepositorySettingsWidget::applyRequest() const
{
    return {u"setLogicalDrive"_s,
        {{u"subsystemId"_s, m_subsystemId}, {u"id"_s, flashCopy().repositoryId},
            {u"warningThresholdPercent"_s, m_threshold->value()},
            {u"repositoryFullPolicy"_s, enumName(chosenPolicy())}}};
}

void RepositorySettingsWidget::apply()
{
    const FlashCopy fc = flashCopy();
    if (!m_connection || fc.id == 0 || m_busy) {
        return;
    }
    m_busy = true;
    m_error->hide();
    updateApply();
    m_connection->submit(applyRequest(), this, [this](const CommandResult& result) {
        m_busy = false;
        if (result.ok()) {
            m_edited = false;
            m_appliedRevision = result.revision;
        } else {
            m_error->setText(result.error.localizedMessage());
            m_error->show();
        }
        refresh();
    });
}

} // namespace Copyline
