// SPDX-License-Identifier: GPL-3.0-or-later
#include "volumecopydialogs.h"

#include "api/copyrate.h"
#include "api/units.h"
#include "common/confirm.h"
#include "common/formwidgets.h"
#include "common/messagelabel.h"
#include "common/texts.h"
#include "common/theme.h"
#include "dialogs/equivalentcommanddialog.h"
#include "panels/ds4000/rules/volumecopyrules.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

constexpr CopyPriority kPriorities[] {
    CopyPriority::Lowest, CopyPriority::Low, CopyPriority::Medium, CopyPriority::High, CopyPriority::Highest};

} // namespace

CopyPrioritySlider::CopyPrioritySlider(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"copyPriorityWidget"_s);
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(0);
    grid->setVerticalSpacing(2);
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setObjectName(u"copyPrioritySlider"_s);
    m_slider->setRange(0, 4);
    m_slider->setPageStep(1);
    m_slider->setSingleStep(1);
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_slider->setTickInterval(1);
    m_slider->setAccessibleName(tr("Copy priority"));
    m_slider->setMinimumWidth(320);
    grid->addWidget(m_slider, 0, 0, 1, 5);
    for (int i = 0; i < 5; ++i) {
        auto* stop = new QLabel(Texts::copyPriority(kPriorities[i]), this);
        stop->setObjectName(u"priorityStopLabel%1"_s.arg(i));
        const Qt::Alignment alignment = i == 0 ? Qt::AlignLeft : (i == 4 ? Qt::AlignRight : Qt::AlignHCenter);
        stop->setAlignment(alignment | Qt::AlignTop);
        grid->addWidget(stop, 1, i);
        grid->setColumnStretch(i, 1);
        m_stops.append(stop);
    }
    setPriority(VolumeCopyRules::kDefaultPriority);
    connect(m_slider, &QSlider::valueChanged, this, [this](int value) {
        for (int i = 0; i < m_stops.size(); ++i) {
            m_stops.at(i)->setStyleSheet(i == value ? u"QLabel { font-weight: bold; }"_s : QString());
        }
        m_slider->setAccessibleDescription(Texts::copyPriority(priority()));
        Q_EMIT priorityChanged(priority());
    });
    m_stops.at(m_slider->value())->setStyleSheet(u"QLabel { font-weight: bold; }"_s);
}

CopyPrioritySlider::~CopyPrioritySlider() = default;

CopyPriority CopyPrioritySlider::priority() const
{
    return kPriorities[std::clamp(m_slider->value(), 0, 4)];
}

void CopyPrioritySlider::setPriority(CopyPriority priority)
{
    m_slider->setValue(static_cast<int>(priority));
}

// ---------------------------------------------------------------------------------------------------------------

ReCopyDialog::ReCopyDialog(EngineConnection* connection, ObjectId subsystemId, ObjectId pairId, QWidget* parent)
    : CommandDialog(connection, subsystemId, parent)
    , m_pairId(pairId)
{
    setObjectName(u"reCopyDialog"_s);
    setWindowTitle(tr("Re-Copy"));
    const Configuration& c = snapshot()->config;
    const VolumeCopy pair = c.volumeCopies.value(pairId);
    const QString source = c.logicalDrives.value(pair.sourceId).name;
    const QString target = c.logicalDrives.value(pair.targetId).name;
    auto* layout = new QVBoxLayout;
    layout->setSpacing(10);
    QLabel* text = wrappedLabel(
        tr("Re-Copy copies <b>%1</b> to <b>%2</b> again from the beginning, with the image %1 has when the copy "
           "starts. All data on %2 is overwritten, and %2 becomes read-only to hosts again when the copy completes.")
            .arg(source.toHtmlEscaped(), target.toHtmlEscaped()),
        this, u"messageLabel"_s);
    text->setMinimumWidth(460);
    layout->addWidget(text);
    QLabel* advice
        = wrappedLabel(tr("Stop host I/O to both logical drives and unmount their file systems first. Until "
                          "the copy completes, hosts cannot write to %1 unless it is a FlashCopy, and cannot "
                          "read or write %2.")
                           .arg(source, target),
            this, u"adviceLabel"_s);
    advice->setStyleSheet(Theme::css(u"QLabel { color: #4a5968; }"_s));
    layout->addWidget(advice);
    auto* priorityTitle = new QLabel(tr("Copy &priority:"), this);
    layout->addWidget(priorityTitle);
    m_priority = new CopyPrioritySlider(this);
    m_priority->setPriority(pair.priority);
    priorityTitle->setBuddy(m_priority->slider());
    layout->addWidget(m_priority);
    layout->addSpacing(6);
    auto* prompt = new QLabel(Confirm::prompt(), this);
    layout->addWidget(prompt);
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(u"confirmLineEdit"_s);
    prompt->setBuddy(m_confirm);
    layout->addWidget(m_confirm);
    setContentLayout(layout);
    connect(m_confirm, &QLineEdit::textChanged, this, &ReCopyDialog::revalidate);
    revalidate();
}

QString ReCopyDialog::validate() const
{
    const auto it = snapshot()->config.volumeCopies.constFind(m_pairId);
    if (it == snapshot()->config.volumeCopies.cend()) {
        return tr("This copy pair no longer exists.");
    }
    if (const QString blocker = VolumeCopyRules::recopyBlocker(*it); !blocker.isEmpty()) {
        return blocker;
    }
    return Confirm::isConfirmed(m_confirm->text()) ? QString() : u" "_s;
}

CommandRequest ReCopyDialog::request() const
{
    return {u"recopyVolumeCopy"_s, {{u"id"_s, m_pairId}, {u"copyPriority"_s, enumName(m_priority->priority())}}};
}

// ---------------------------------------------------------------------------------------------------------------

CommandProgressDialog::CommandProgressDialog(EngineConnection* connection,
    ObjectId subsystemId,
    const QString& title,
    const QString& heading,
    QList<Item> items,
    QWidget* parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_subsystemId(subsystemId)
    , m_items(std::move(items))
{
    setObjectName(u"commandProgressDialog"_s);
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(wrappedLabel(heading, this, u"headingLabel"_s));
    m_table = new QTableWidget(static_cast<int>(m_items.size()), 2, this);
    m_table->setObjectName(u"resultTableWidget"_s);
    m_table->setHorizontalHeaderLabels({tr("Copy pair"), tr("Result")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < m_items.size(); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(m_items.at(row).label));
        m_table->setItem(row, 1, new QTableWidgetItem(tr("Waiting")));
    }
    layout->addWidget(m_table, 1);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"progressBar"_s);
    m_progress->setRange(0, static_cast<int>(m_items.size()));
    m_progress->setValue(0);
    layout->addWidget(m_progress);
    m_summary = wrappedLabel({}, this, u"summaryLabel"_s);
    layout->addWidget(m_summary);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(u"okButton"_s);
    m_ok->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    layout->addWidget(buttons);
    resize(520, 320);
}

CommandProgressDialog::~CommandProgressDialog() = default;

QString CommandProgressDialog::resultText(int row) const
{
    const QTableWidgetItem* item = m_table->item(row, 1);
    return item ? item->text() : QString();
}

void CommandProgressDialog::start()
{
    if (m_next == 0 && !m_busy) {
        submitNext();
    }
}

void CommandProgressDialog::submitNext()
{
    if (m_next >= m_items.size() || m_connection == nullptr) {
        m_busy = false;
        m_ok->setEnabled(true);
        m_summary->setText(m_failures == 0
                ? tr("Done.")
                : tr("%n change(s) failed; the engine's reason is listed with each.", nullptr, m_failures));
        Q_EMIT finished();
        return;
    }
    const int row = static_cast<int>(m_next);
    m_busy = true;
    m_table->item(row, 1)->setText(tr("In progress…"));
    m_summary->setText(tr("Changing %1 of %2…").arg(row + 1).arg(m_items.size()));
    CommandRequest request = m_items.at(row).request;
    request.args.insert(u"subsystemId"_s, m_subsystemId);
    m_connection->submit(request, this, [this, row](const CommandResult& result) {
        QTableWidgetItem* item = m_table->item(row, 1);
        if (result.ok()) {
            item->setText(tr("Done"));
        } else {
            ++m_failures;
            item->setText(result.error.localizedMessage());
            item->setForeground(Theme::adapt(QColor(0xb3, 0x26, 0x1e)));
            item->setToolTip(result.error.localizedMessage());
        }
        m_progress->setValue(row + 1);
        ++m_next;
        submitNext();
    });
}

// ---------------------------------------------------------------------------------------------------------------

ChangeCopyPriorityDialog::ChangeCopyPriorityDialog(
    EngineConnection* connection, ObjectId subsystemId, const QList<ObjectId>& pairIds, QWidget* parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_subsystemId(subsystemId)
    , m_pairIds(pairIds)
{
    setObjectName(u"changeCopyPriorityDialog"_s);
    setWindowTitle(tr("Change Copy Priority"));
    const Configuration& c = connection->snapshot()->config;
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(wrappedLabel(tr("The new priority applies at once, even to a copy in progress. A higher priority "
                                      "copies faster at the cost of host I/O performance."),
        this));
    layout->addWidget(new QLabel(tr("Selected copy pairs:"), this));
    m_pairs = new QListWidget(this);
    m_pairs->setObjectName(u"pairListWidget"_s);
    m_pairs->setSelectionMode(QAbstractItemView::NoSelection);
    std::optional<CopyPriority> common;
    bool mixed = false;
    for (const ObjectId id : pairIds) {
        const VolumeCopy pair = c.volumeCopies.value(id);
        m_pairs->addItem(tr("%1 (now %2)", "pair (current priority)")
                             .arg(VolumeCopyRules::pairLabel(c, pair), Texts::copyPriority(pair.priority)));
        mixed = mixed || (common && *common != pair.priority);
        common = pair.priority;
    }
    m_pairs->setMaximumHeight(std::min<int>(160, 28 + 22 * static_cast<int>(pairIds.size())));
    layout->addWidget(m_pairs);
    auto* title = new QLabel(tr("Copy &priority:"), this);
    layout->addWidget(title);
    m_priority = new CopyPrioritySlider(this);
    m_priority->setPriority(common && !mixed ? *common : VolumeCopyRules::kDefaultPriority);
    title->setBuddy(m_priority->slider());
    layout->addWidget(m_priority);
    layout->addStretch(1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"okButton"_s);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    auto* equivalent = new EquivalentCommandButton(
        [this]() {
            QList<CommandRequest> requests;
            for (const ObjectId id : std::as_const(m_pairIds)) {
                requests.append(
                    {u"setVolumeCopy"_s, {{u"id"_s, id}, {u"copyPriority"_s, enumName(m_priority->priority())}}});
            }
            return equivalentCommand(m_connection->snapshot()->config, m_subsystemId, requests);
        },
        this);
    buttons->addButton(equivalent, QDialogButtonBox::HelpRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangeCopyPriorityDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(480, 340);
}

ChangeCopyPriorityDialog::~ChangeCopyPriorityDialog() = default;

void ChangeCopyPriorityDialog::accept()
{
    const Configuration& c = m_connection->snapshot()->config;
    const QString priority = enumName(m_priority->priority());
    QList<CommandProgressDialog::Item> items;
    for (const ObjectId id : std::as_const(m_pairIds)) {
        items.append({VolumeCopyRules::pairLabel(c, c.volumeCopies.value(id)),
            {u"setVolumeCopy"_s, {{u"id"_s, id}, {u"copyPriority"_s, priority}}}});
    }
    // The progress window outlives this one: it belongs to the same parent.
    m_progressDialog = new CommandProgressDialog(m_connection, m_subsystemId, tr("Change Copy Priority - Progress"),
        tr("Changing the copy priority to %1.").arg(Texts::copyPriority(m_priority->priority())), items,
        parentWidget());
    m_progressDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_progressDialog->open();
    m_progressDialog->start();
    QDialog::accept();
}

// ---------------------------------------------------------------------------------------------------------------

CopyBandwidthWidget::CopyBandwidthWidget(EngineConnection* connection, ObjectId subsystemId, QWidget* parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_subsystemId(subsystemId)
{
    setObjectName(u"copyBandwidthWidget"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    m_copies = wrappedLabel({}, this, u"volumeCopiesLabel"_s);
    layout->addWidget(m_copies);
    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight);
    form->setHorizontalSpacing(16);
    auto* row = new QHBoxLayout;
    m_bandwidth = new QSpinBox(this);
    m_bandwidth->setObjectName(u"copyBandwidthSpinBox"_s);
    m_bandwidth->setRange(0, 100000);
    m_bandwidth->setSuffix(tr(" MB/s"));
    m_bandwidth->setSpecialValueText(tr("Unlimited"));
    m_bandwidth->setAlignment(Qt::AlignRight);
    m_bandwidth->setMinimumWidth(130);
    row->addWidget(m_bandwidth);
    m_apply = new QPushButton(tr("&Apply"), this);
    m_apply->setObjectName(u"applyButton"_s);
    row->addWidget(m_apply);
    m_equivalent = new EquivalentCommandButton(
        [this]() {
            const SnapshotPtr snapshot = m_connection ? m_connection->snapshot() : SnapshotPtr();
            return snapshot ? equivalentCommand(snapshot->config, m_subsystemId, {applyRequest()})
                            : EquivalentCommand {};
        },
        this);
    row->addWidget(m_equivalent);
    row->addStretch(1);
    auto* label = new QLabel(tr("Copy &bandwidth (simulation):"), this);
    label->setBuddy(m_bandwidth);
    form->addRow(label, row);
    m_latencyBound = new QSpinBox(this);
    m_latencyBound->setObjectName(u"latencyBoundSpinBox"_s);
    m_latencyBound->setRange(0, 60000);
    m_latencyBound->setSuffix(tr(" ms"));
    m_latencyBound->setSpecialValueText(tr("Off (fixed rate)"));
    m_latencyBound->setAlignment(Qt::AlignRight);
    m_latencyBound->setMinimumWidth(130);
    auto* boundLabel = new QLabel(tr("Host write &latency bound:"), this);
    boundLabel->setBuddy(m_latencyBound);
    form->addRow(boundLabel, m_latencyBound);
    layout->addLayout(form);
    QLabel* note
        = wrappedLabel(tr("The rate a VolumeCopy reaches at Highest priority; lower priorities get a share of "
                          "it (High 1/2, Medium 1/3.5, Low 1/6, Lowest 1/8), and running copies share it. "
                          "Unlimited: as fast as the volume files can be copied. A low bandwidth lets you watch "
                          "copies progress. With a latency bound, VolumeCopies and mirror synchronizations slow "
                          "down while the subsystem's host writes take longer than the bound, and speed up again "
                          "when they are fast (never below 4 MB/s, so copies always finish)."),
            this, u"bandwidthNoteLabel"_s);
    note->setStyleSheet(Theme::css(u"QLabel { color: #4a5968; }"_s));
    layout->addWidget(note);
    m_error = makeMessageLabel(u"errorLabel"_s, MessageKind::Error, this);
    layout->addWidget(m_error);
    layout->addStretch(1);

    m_lastEngineBandwidth = engineBandwidth();
    m_bandwidth->setValue(static_cast<int>(m_lastEngineBandwidth / MiB));
    m_lastEngineLatencyBound = engineLatencyBound();
    m_latencyBound->setValue(static_cast<int>(m_lastEngineLatencyBound));
    connect(m_bandwidth, &QSpinBox::valueChanged, this, &CopyBandwidthWidget::updateApply);
    connect(m_latencyBound, &QSpinBox::valueChanged, this, &CopyBandwidthWidget::updateApply);
    connect(m_apply, &QPushButton::clicked, this, &CopyBandwidthWidget::apply);
    if (m_connection) {
        connect(m_connection, &EngineConnection::snapshotChanged, this, &CopyBandwidthWidget::refresh);
    }
    refresh();
}

CopyBandwidthWidget::~CopyBandwidthWidget() = default;

QString CopyBandwidthWidget::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

qint64 CopyBandwidthWidget::engineBandwidth() const
{
    return m_connection ? m_connection->snapshot()->config.subsystems.value(m_subsystemId).copyBandwidth : 0;
}

qint64 CopyBandwidthWidget::engineLatencyBound() const
{
    return m_connection ? latencyBoundMs(m_connection->snapshot()->config.subsystems.value(m_subsystemId).options) : 0;
}

void CopyBandwidthWidget::refresh()
{
    if (!m_connection) {
        return;
    }
    const Configuration& c = m_connection->snapshot()->config;
    int running = 0;
    int pending = 0;
    int total = 0;
    for (const VolumeCopy& vc : c.volumeCopies) {
        if (vc.subsystemId != m_subsystemId) {
            continue;
        }
        ++total;
        running += vc.status == VolumeCopyStatus::InProgress ? 1 : 0;
        pending += vc.status == VolumeCopyStatus::Pending ? 1 : 0;
    }
    const QString text = tr("VolumeCopy pairs: %1 (%2 in progress, %3 pending). At most 8 copies run at once.")
                             .arg(total)
                             .arg(running)
                             .arg(pending);
    if (m_copies->text() != text) {
        m_copies->setText(text);
    }
    // Follow the engine's value (another console, the CLI) unless the user is editing it.
    const qint64 bandwidth = engineBandwidth();
    if (bandwidth != m_lastEngineBandwidth
        && static_cast<qint64>(m_bandwidth->value()) * MiB == m_lastEngineBandwidth) {
        m_bandwidth->setValue(static_cast<int>(bandwidth / MiB));
    }
    m_lastEngineBandwidth = bandwidth;
    const qint64 bound = engineLatencyBound();
    if (bound != m_lastEngineLatencyBound && m_latencyBound->value() == m_lastEngineLatencyBound) {
        m_latencyBound->setValue(static_cast<int>(bound));
    }
    m_lastEngineLatencyBound = bound;
    updateApply();
}

void CopyBandwidthWidget::updateApply()
{
    m_apply->setEnabled(!m_busy
        && (static_cast<qint64>(m_bandwidth->value()) * MiB != engineBandwidth()
            || m_latencyBound->value() != engineLatencyBound()));
}

CommandRequest CopyBandwidthWidget::applyRequest() const
{
    // Only what changed, so the event log tells what the administrator did; both when nothing differs (what the
    // settings are).
    QJsonObject args {{u"subsystemId"_s, m_subsystemId}};
    const qint64 bandwidth = static_cast<qint64>(m_bandwidth->value()) * MiB;
    const bool bandwidthChanged = bandwidth != engineBandwidth();
    const bool boundChanged = m_latencyBound->value() != engineLatencyBound();
    if (bandwidthChanged || !boundChanged) {
        args.insert(u"copyBandwidth"_s, bandwidth);
    }
    if (boundChanged || !bandwidthChanged) {
        args.insert(u"latencyBound"_s, m_latencyBound->value());
    }
    return {u"setStorageSubsystem"_s, args};
}

void CopyBandwidthWidget::apply()
{
    if (!m_connection || m_busy) {
        return;
    }
    m_busy = true;
    m_error->hide();
    updateApply();
    m_connection->submit(applyRequest(), this, [this](const CommandResult& result) {
        m_busy = false;
        if (!result.ok()) {
            m_error->setText(result.error.localizedMessage());
            m_error->show();
        }
        updateApply();
    });
}

} // namespace Copyline
