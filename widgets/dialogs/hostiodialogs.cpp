// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostiodialogs.h"

#include "api/units.h"
#include "common/icons.h"
#include "common/messagelabel.h"
#include "common/texts.h"
#include "common/theme.h"
#include "common/windowsettings.h"
#include "dialogs/equivalentcommanddialog.h"
#include "models/hostiomodels.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHideEvent>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

constexpr int kPollMs = 2000;

QLabel* makeErrorLabel(QWidget* parent)
{
    return makeMessageLabel(u"errorLabel"_s, MessageKind::Error, parent);
}

QLabel* makeIntroLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setStyleSheet(Theme::css(u"QLabel { color: #4a5968; }"_s));
    return label;
}

void setTip(QWidget* widget, const QString& tip)
{
    widget->setToolTip(tip);
    widget->setStatusTip(tip);
}

} // namespace

// ---------------------------------------------------------------------------------------------------------------

HostWorkloadsWindow::HostWorkloadsWindow(EngineConnection* connection, ObjectId subsystemId, QWidget* parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_subsystemId(subsystemId)
{
    setObjectName(u"hostWorkloadsWindow"_s);
    setWindowTitle(tr("Host Workloads"));
    setWindowIcon(Icons::icon(u"host"_s));
    setSizeGripEnabled(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 10);
    layout->setSpacing(8);
    m_heading = new QLabel(this);
    m_heading->setObjectName(u"headingLabel"_s);
    m_heading->setStyleSheet(u"QLabel { font-weight: bold; }"_s);
    layout->addWidget(m_heading);
    layout->addWidget(makeIntroLabel(
        tr("A simulated host reads and writes the logical drives mapped to it, or to its host group, at the pace you "
           "choose. Its requests follow the same rules as an NBD client's: a VolumeCopy source or read-only target, "
           "a copy in progress or a mirror secondary refuses them, and the refusals are counted here."),
        this));

    m_model = new HostWorkloadModel(this);
    m_sort = new HostIoSortModel(this);
    m_sort->setSourceModel(m_model);
    m_table = new QTableView(this);
    m_table->setObjectName(u"hostWorkloadTableView"_s);
    m_table->setModel(m_sort);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection); // Ctrl+click acts on several hosts
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(HostWorkloadModel::HostColumn, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setIconSize({18, 18});
    m_table->setAccessibleName(tr("Hosts and their workloads"));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    // The last column (Last Refusal) takes the rest of the width.
    const QList<int> widths {105, 90, 320, 180, 70, 70, 65};
    for (int column = 0; column < widths.size(); ++column) {
        header->resizeSection(column, widths.at(column));
    }
    layout->addWidget(m_table, 1);

    m_details = new QLabel(this);
    m_details->setObjectName(u"detailsLabel"_s);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setTextFormat(Qt::RichText);
    m_details->setMinimumHeight(fontMetrics().height() * 2 + 8);
    m_details->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_details);

    auto* settings = new QGroupBox(tr("Workload Settings"), this);
    settings->setObjectName(u"workloadSettingsGroupBox"_s);
    auto* settingsLayout = new QHBoxLayout(settings);
    settingsLayout->setSpacing(8);
    auto addField = [settings, settingsLayout](const QString& text, QWidget* field) {
        auto* label = new QLabel(text, settings);
        label->setBuddy(field);
        settingsLayout->addWidget(label);
        settingsLayout->addWidget(field);
        settingsLayout->addSpacing(10);
    };
    m_readPercent = new QSpinBox(settings);
    m_readPercent->setObjectName(u"readPercentSpinBox"_s);
    m_readPercent->setRange(0, 100);
    m_readPercent->setSuffix(tr(" %", "percent suffix"));
    m_readPercent->setValue(30);
    setTip(m_readPercent, tr("Share of the requests that are reads; the rest are writes"));
    addField(tr("&Reads:"), m_readPercent);
    m_blockSize = new QComboBox(settings);
    m_blockSize->setObjectName(u"blockSizeComboBox"_s);
    for (const qint64 size :
        {512LL, 4 * KiB, 8 * KiB, 16 * KiB, 32 * KiB, 64 * KiB, 128 * KiB, 256 * KiB, MiB, 4 * MiB}) {
        m_blockSize->addItem(formatBytes(size, QLocale()), size);
    }
    m_blockSize->setCurrentIndex(m_blockSize->findData(64 * KiB));
    setTip(m_blockSize, tr("Bytes per request"));
    addField(tr("&Block size:"), m_blockSize);
    m_rate = new QSpinBox(settings);
    m_rate->setObjectName(u"rateSpinBox"_s);
    m_rate->setRange(0, 4096);
    m_rate->setSuffix(tr(" MB/s"));
    m_rate->setSpecialValueText(tr("Unpaced"));
    m_rate->setValue(8);
    setTip(m_rate, tr("Pace of the host's requests; Unpaced goes as fast as the logical drives allow"));
    addField(tr("R&ate:"), m_rate);
    m_pattern = new QComboBox(settings);
    m_pattern->setObjectName(u"patternComboBox"_s);
    m_pattern->addItem(tr("Random"), u"random"_s);
    m_pattern->addItem(tr("Sequential"), u"sequential"_s);
    setTip(m_pattern, tr("Random offsets, or each logical drive read and written from start to end"));
    addField(tr("&Pattern:"), m_pattern);
    settingsLayout->addStretch(1);
    layout->addWidget(settings);

    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    auto makeButton = [this, buttons](const QString& name, const QString& text, const QString& icon) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setAutoDefault(false);
        if (!icon.isEmpty()) {
            b->setIcon(Icons::icon(icon));
        }
        buttons->addWidget(b);
        return b;
    };
    m_start = makeButton(u"startButton"_s, tr("&Start"), u"workload-running"_s);
    m_pause = makeButton(u"pauseButton"_s, tr("Pa&use"), u"workload-paused"_s);
    m_resume = makeButton(u"resumeButton"_s, tr("Res&ume"), u"workload-running"_s);
    m_stop = makeButton(u"stopButton"_s, tr("S&top"), u"copy-stopped"_s);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);

    auto* box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    box->button(QDialogButtonBox::Close)->setObjectName(u"closeButton"_s);
    box->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::close);
    m_equivalent = new EquivalentCommandButton(
        [this]() {
            const SnapshotPtr snapshot = m_connection ? m_connection->snapshot() : SnapshotPtr();
            return snapshot ? equivalentCommand(snapshot->config, m_subsystemId, startRequests())
                            : EquivalentCommand {};
        },
        this);
    m_equivalent->setToolTip(tr("Show the copylinectl command that starts the selected hosts' workloads with these "
                                "settings"));
    box->addButton(m_equivalent, QDialogButtonBox::HelpRole);
    layout->addWidget(box);

    connect(m_start, &QPushButton::clicked, this, [this]() { run(Verb::Start); });
    connect(m_pause, &QPushButton::clicked, this, [this]() { run(Verb::Pause); });
    connect(m_resume, &QPushButton::clicked, this, [this]() { run(Verb::Resume); });
    connect(m_stop, &QPushButton::clicked, this, [this]() { run(Verb::Stop); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &HostWorkloadsWindow::onSelectionChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this]() {
        updateButtons();
        updateDetails();
    });
    if (m_connection) {
        connect(m_connection, &EngineConnection::snapshotChanged, this, &HostWorkloadsWindow::onSnapshot);
    }

    restoreWindowSettings(this, u"hostWorkloads"_s, {1180, 520}, header);

    onSnapshot(m_connection ? m_connection->snapshot() : nullptr);
}

HostWorkloadsWindow::~HostWorkloadsWindow() = default;

void HostWorkloadsWindow::hideEvent(QHideEvent* event)
{
    // Hidden by Close, Escape or the window manager alike: remember the size and the columns.
    saveWindowSettings(this, u"hostWorkloads"_s, m_table->horizontalHeader());
    QDialog::hideEvent(event);
}

void HostWorkloadsWindow::setSubsystem(ObjectId subsystemId)
{
    if (subsystemId != m_subsystemId) {
        m_subsystemId = subsystemId;
        showError({});
        onSnapshot(m_snapshot);
    }
}

void HostWorkloadsWindow::onSnapshot(const SnapshotPtr& snapshot)
{
    m_snapshot = snapshot ? snapshot : std::make_shared<Snapshot>();
    m_model->setSnapshot(m_snapshot, m_subsystemId);
    const Subsystem s = m_snapshot->config.subsystems.value(m_subsystemId);
    const QString heading
        = s.id != 0 ? tr("Simulated host workloads on %1").arg(Texts::subsystemLabel(s.name)) : QString();
    if (m_heading->text() != heading) {
        m_heading->setText(heading);
    }
    setWindowTitle(s.id != 0 ? tr("Host Workloads — %1").arg(Texts::subsystemLabel(s.name)) : tr("Host Workloads"));
    updateButtons();
    updateDetails();
}

QList<ObjectId> HostWorkloadsWindow::selectedHosts() const
{
    QList<QModelIndex> rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QList<ObjectId> ids;
    for (const QModelIndex& index : std::as_const(rows)) {
        ids.append(index.data(IdRole).toLongLong());
    }
    return ids;
}

bool HostWorkloadsWindow::selectHost(ObjectId hostId)
{
    const QModelIndex index = m_sort->mapFromSource(m_model->indexOf(hostId));
    if (!index.isValid()) {
        return false;
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void HostWorkloadsWindow::onSelectionChanged()
{
    loadSettings();
    updateButtons();
    updateDetails();
}

void HostWorkloadsWindow::loadSettings()
{
    for (const ObjectId id : selectedHosts()) {
        const HostWorkloadModel::Row* r = m_model->rowById(id);
        if (r == nullptr || r->state == HostWorkloadModel::State::Stopped) {
            continue;
        }
        const WorkloadRuntime& w = r->workload;
        m_readPercent->setValue(w.readPercent);
        int block = m_blockSize->findData(w.blockSize);
        if (block < 0) {
            m_blockSize->addItem(formatBytes(w.blockSize, QLocale()), w.blockSize);
            block = m_blockSize->count() - 1;
        }
        m_blockSize->setCurrentIndex(block);
        m_rate->setValue(static_cast<int>(std::llround(static_cast<double>(w.bytesPerSecond) / MiB)));
        m_pattern->setCurrentIndex(w.sequential ? 1 : 0);
        return;
    }
}

void HostWorkloadsWindow::updateButtons()
{
    bool any = false;
    bool active = false;
    bool running = false;
    bool paused = false;
    for (const ObjectId id : selectedHosts()) {
        if (const HostWorkloadModel::Row* r = m_model->rowById(id)) {
            any = true;
            active = active || r->state != HostWorkloadModel::State::Stopped;
            running = running || r->state == HostWorkloadModel::State::Running;
            paused = paused || r->state == HostWorkloadModel::State::Paused;
        }
    }
    const QString select = tr("Select one or more hosts.");
    m_start->setEnabled(any);
    m_start->setText(active ? tr("&Apply Settings") : tr("&Start"));
    setTip(m_start,
        !any ? select
            : active
            ? tr("Run the selected hosts' workloads with these settings (stopped ones start, paused ones resume)")
            : tr("Start the selected hosts' workloads with these settings"));
    m_pause->setEnabled(running);
    setTip(m_pause,
        !any          ? select
            : running ? tr("Pause the running workloads; their counters are kept")
                      : tr("No selected host's workload is running."));
    m_resume->setEnabled(paused);
    setTip(m_resume,
        !any         ? select
            : paused ? tr("Resume the paused workloads")
                     : tr("No selected workload is paused."));
    m_stop->setEnabled(active);
    setTip(m_stop,
        !any         ? select
            : active ? tr("Stop the workloads; their counters start from zero next time")
                     : tr("No selected host has a workload."));
}

void HostWorkloadsWindow::updateDetails()
{
    const QList<ObjectId> hosts = selectedHosts();
    QString text;
    QString refusal;
    if (hosts.isEmpty()) {
        text = tr("Select a host to see which logical drives it reads and writes.");
    } else if (const HostWorkloadModel::Row* r = m_model->rowById(hosts.first())) {
        text = r->drives.isEmpty()
            ? tr("%1 sees no logical drive: map one to it or to its host group first.").arg(r->host)
            : tr("%1 sees %n logical drive(s): %2.", nullptr, static_cast<int>(r->drives.size()))
                  .arg(r->host, r->drives.join(u", "_s));
        if (r->state != HostWorkloadModel::State::Stopped && !r->workload.lastRefusal.isEmpty()) {
            refusal = tr("%n request(s) refused. Last refusal: %1", nullptr, static_cast<int>(r->workload.refused))
                          .arg(r->workload.lastRefusal);
        }
    }
    m_detailsText = refusal.isEmpty() ? text : text + u'\n' + refusal;
    QString html = text.toHtmlEscaped();
    if (!refusal.isEmpty()) {
        html += u"<br><span style=\"color:#b3261e\">"_s + refusal.toHtmlEscaped() + u"</span>"_s;
    }
    if (m_details->text() != html) {
        m_details->setText(html);
    }
}

QString HostWorkloadsWindow::detailsText() const
{
    return m_detailsText;
}

QString HostWorkloadsWindow::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void HostWorkloadsWindow::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QList<CommandRequest> HostWorkloadsWindow::requests(Verb verb) const
{
    static const QHash<Verb, QString> commands {{Verb::Start, u"startHostWorkload"_s},
        {Verb::Pause, u"pauseHostWorkload"_s}, {Verb::Resume, u"resumeHostWorkload"_s},
        {Verb::Stop, u"stopHostWorkload"_s}};
    QList<CommandRequest> out;
    for (const ObjectId id : selectedHosts()) {
        const HostWorkloadModel::Row* r = m_model->rowById(id);
        if (r == nullptr) {
            continue;
        }
        const bool applies = verb == Verb::Start
            || (verb == Verb::Pause && r->state == HostWorkloadModel::State::Running)
            || (verb == Verb::Resume && r->state == HostWorkloadModel::State::Paused)
            || (verb == Verb::Stop && r->state != HostWorkloadModel::State::Stopped);
        if (!applies) {
            continue;
        }
        QJsonObject args {{u"subsystemId"_s, m_subsystemId}, {u"hostId"_s, id}};
        if (verb == Verb::Start) {
            args.insert(u"readPercent"_s, m_readPercent->value());
            args.insert(u"blockSize"_s, m_blockSize->currentData().toLongLong());
            args.insert(u"rate"_s, static_cast<qint64>(m_rate->value()) * MiB);
            args.insert(u"pattern"_s, m_pattern->currentData().toString());
        }
        out.append({commands.value(verb), args});
    }
    return out;
}

QList<CommandRequest> HostWorkloadsWindow::startRequests() const
{
    return requests(Verb::Start);
}

void HostWorkloadsWindow::run(Verb verb)
{
    if (!m_connection) {
        return;
    }
    showError({});
    auto failures = std::make_shared<QStringList>();
    for (const CommandRequest& request : requests(verb)) {
        const QString host = m_model->rowById(request.args.value(u"hostId"_s).toInteger())->host;
        m_connection->submit(request, this, [this, host, failures](const CommandResult& result) {
            if (!result.ok()) {
                failures->append(tr("%1: %2", "host: error").arg(host, result.error.localizedMessage()));
                showError(failures->join(u'\n'));
            }
        });
    }
}

// ---------------------------------------------------------------------------------------------------------------

HostIoServerDialog::HostIoServerDialog(EngineConnection* connection, ObjectId subsystemId, QWidget* parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_subsystemId(subsystemId)
{
    setObjectName(u"hostIoServerDialog"_s);
    setWindowTitle(tr("Host I/O Server"));
    setSizeGripEnabled(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 10);
    layout->setSpacing(10);
    layout->addWidget(makeIntroLabel(
        tr("Copyline serves every LUN mapping to real NBD clients (nbdinfo, qemu-img, qemu-io, nbdcopy, fio) as an "
           "export named host/lunN: a host's view of its logical drives. Their requests follow the copy-services "
           "rules like any host's."),
        this));

    m_status = new QLabel(this);
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setStyleSheet(u"QLabel { font-weight: bold; }"_s);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    auto* settings = new QGroupBox(tr("Settings"), this);
    auto* form = new QFormLayout(settings);
    form->setHorizontalSpacing(12);
    m_enabled = new QCheckBox(tr("Serve mapped logical drives over &NBD"), settings);
    m_enabled->setObjectName(u"enabledCheckBox"_s);
    form->addRow(m_enabled);
    m_address = new QLineEdit(settings);
    m_address->setObjectName(u"addressLineEdit"_s);
    m_address->setMaximumWidth(180);
    m_address->setPlaceholderText(u"127.0.0.1"_s);
    // The engine accepts IPv4 only and says so; the validator keeps typing to digits and dots.
    m_address->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[0-9.]{0,15}"_s), m_address));
    setTip(m_address, tr("IPv4 address to listen on: 127.0.0.1 for this machine only, 0.0.0.0 for every interface"));
    auto* addressLabel = new QLabel(tr("&Address:"), settings);
    addressLabel->setBuddy(m_address);
    form->addRow(addressLabel, m_address);
    m_port = new QSpinBox(settings);
    m_port->setObjectName(u"portSpinBox"_s);
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("Any free port"));
    m_port->setMinimumWidth(140);
    setTip(m_port, tr("TCP port; 10809 is the NBD standard port"));
    auto* portRow = new QHBoxLayout;
    portRow->addWidget(m_port);
    portRow->addStretch(1);
    m_apply = new QPushButton(tr("A&pply"), settings);
    m_apply->setObjectName(u"applyButton"_s);
    m_apply->setAutoDefault(false);
    portRow->addWidget(m_apply);
    m_equivalent = new EquivalentCommandButton(
        [this]() {
            const SnapshotPtr snapshot = m_connection ? m_connection->snapshot() : SnapshotPtr();
            return snapshot ? equivalentCommand(snapshot->config, m_subsystemId, {applyRequest()})
                            : EquivalentCommand {};
        },
        settings);
    portRow->addWidget(m_equivalent);
    auto* portLabel = new QLabel(tr("P&ort:"), settings);
    portLabel->setBuddy(m_port);
    form->addRow(portLabel, portRow);
    layout->addWidget(settings);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    m_warning = makeMessageLabel(u"exposureWarningLabel"_s, MessageKind::Warning, this);
    layout->addWidget(m_warning);

    auto* exportsBox = new QGroupBox(tr("Exports"), this);
    exportsBox->setObjectName(u"exportsGroupBox"_s);
    auto* exportsLayout = new QVBoxLayout(exportsBox);
    m_exports = new QTableWidget(0, 5, exportsBox);
    m_exports->setObjectName(u"exportTableWidget"_s);
    m_exports->setHorizontalHeaderLabels(
        {tr("Export Name"), tr("Logical Drive"), tr("Storage Subsystem"), tr("URI"), tr("Owner-Only URI")});
    m_exports->horizontalHeaderItem(4)->setToolTip(
        tr("Through a unix socket that only your own processes can open; the TCP URI is open to every local user"));
    m_exports->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_exports->setSelectionMode(QAbstractItemView::SingleSelection);
    m_exports->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_exports->setAlternatingRowColors(true);
    m_exports->setShowGrid(false);
    m_exports->setWordWrap(false);
    m_exports->setContextMenuPolicy(Qt::CustomContextMenu);
    m_exports->setAccessibleName(tr("NBD exports"));
    m_exports->verticalHeader()->hide();
    m_exports->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_exports->horizontalHeader()->setHighlightSections(false);
    m_exports->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_exports->horizontalHeader()->setStretchLastSection(true);
    const QList<int> widths {150, 130, 140, 260};
    for (int column = 0; column < widths.size(); ++column) {
        m_exports->horizontalHeader()->resizeSection(column, widths.at(column));
    }
    exportsLayout->addWidget(m_exports, 1);
    m_example = new QLabel(exportsBox);
    m_example->setObjectName(u"exampleLabel"_s);
    m_example->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_example->setWordWrap(true);
    exportsLayout->addWidget(m_example);
    auto* copyRow = new QHBoxLayout;
    m_copyUri = new QPushButton(tr("&Copy URI"), exportsBox);
    m_copyUri->setObjectName(u"copyUriButton"_s);
    m_copyUri->setAutoDefault(false);
    m_copyCommand = new QPushButton(tr("Copy nbd&info Command"), exportsBox);
    m_copyCommand->setObjectName(u"copyCommandButton"_s);
    m_copyCommand->setAutoDefault(false);
    copyRow->addWidget(m_copyUri);
    copyRow->addWidget(m_copyCommand);
    copyRow->addStretch(1);
    exportsLayout->addLayout(copyRow);
    layout->addWidget(exportsBox, 1);

    auto* box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    box->button(QDialogButtonBox::Close)->setObjectName(u"closeButton"_s);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(box);

    connect(m_enabled, &QCheckBox::toggled, this, &HostIoServerDialog::updateApply);
    connect(m_address, &QLineEdit::textChanged, this, &HostIoServerDialog::updateApply);
    connect(m_port, &QSpinBox::valueChanged, this, &HostIoServerDialog::updateApply);
    connect(m_apply, &QPushButton::clicked, this, &HostIoServerDialog::apply);
    connect(m_exports, &QTableWidget::itemSelectionChanged, this, &HostIoServerDialog::updateCopyButtons);
    connect(m_copyUri, &QPushButton::clicked, this, [this]() { QApplication::clipboard()->setText(selectedUri()); });
    connect(m_copyCommand, &QPushButton::clicked, this,
        [this]() { QApplication::clipboard()->setText(u"nbdinfo "_s + selectedUri()); });
    connect(m_exports, &QTableWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        if (m_exports->itemAt(pos) == nullptr) {
            return;
        }
        m_exports->selectRow(m_exports->itemAt(pos)->row());
        QMenu menu(this);
        menu.addAction(m_copyUri->text(), m_copyUri, &QPushButton::click)->setEnabled(m_copyUri->isEnabled());
        menu.addAction(m_copyCommand->text(), m_copyCommand, &QPushButton::click)
            ->setEnabled(m_copyCommand->isEnabled());
        const QTableWidgetItem* ownerOnly = m_exports->item(m_exports->itemAt(pos)->row(), 4);
        const QString ownerOnlyUri = ownerOnly ? ownerOnly->text() : QString();
        menu.addAction(tr("Copy &Owner-Only URI"), this,
                [ownerOnlyUri]() { QApplication::clipboard()->setText(ownerOnlyUri); })
            ->setEnabled(!ownerOnlyUri.isEmpty());
        menu.exec(m_exports->viewport()->mapToGlobal(pos));
    });
    m_poll = new QTimer(this);
    m_poll->setInterval(kPollMs);
    connect(m_poll, &QTimer::timeout, this, [this]() {
        if (isVisible()) {
            refresh(); // the connection count is not in the snapshots
        }
    });
    m_poll->start();
    if (m_connection) {
        connect(m_connection, &EngineConnection::snapshotChanged, this, &HostIoServerDialog::onSnapshot);
    }
    resize(760, 620);
    m_status->setText(tr("Asking the engine…"));
    updateApply();
    updateCopyButtons();
    refresh();
}

HostIoServerDialog::~HostIoServerDialog() = default;

QString HostIoServerDialog::exportUri(const QString& address, int port, const QString& exportName)
{
    if (port <= 0) {
        return {};
    }
    // A client cannot connect to "any address": the wildcard is reached on the loopback interface.
    const QString host = address.isEmpty() || address == u"0.0.0.0"_s ? u"127.0.0.1"_s : address;
    return u"nbd://%1:%2/%3"_s.arg(host).arg(port).arg(
        QString::fromLatin1(QUrl::toPercentEncoding(exportName, QByteArrayLiteral("/"))));
}

void HostIoServerDialog::onSnapshot(const SnapshotPtr& snapshot)
{
    if (!snapshot) {
        return;
    }
    // Exports follow the mappings, hosts and drive names; the port shows in every snapshot.
    const bool same = m_seen && m_seen->nbdPort == snapshot->nbdPort
        && m_seen->config.mappings == snapshot->config.mappings && m_seen->config.hosts == snapshot->config.hosts
        && m_seen->config.logicalDrives == snapshot->config.logicalDrives
        && m_seen->config.subsystems == snapshot->config.subsystems;
    if (!same) {
        refresh();
    }
}

void HostIoServerDialog::refresh()
{
    if (!m_connection) {
        return;
    }
    if (m_busy) {
        m_refreshQueued = true;
        return;
    }
    m_busy = true;
    m_seen = m_connection->snapshot();
    m_connection->submit({u"showHostIoServer"_s, {}}, this, [this](const CommandResult& result) {
        m_busy = false;
        if (result.ok()) {
            showState(result.data);
        } else {
            m_status->setText(tr("The engine did not answer: %1").arg(result.error.localizedMessage()));
        }
        if (std::exchange(m_refreshQueued, false)) {
            refresh();
        }
    });
}

void HostIoServerDialog::showState(const QJsonObject& state)
{
    // The inputs follow the engine unless the user has changed them and not applied yet.
    const bool edited = !m_state.isEmpty() && inputsDiffer();
    m_state = state;
    const bool enabled = state.value(u"enabled"_s).toBool();
    const bool running = state.value(u"running"_s).toBool();
    const QString address = state.value(u"address"_s).toString();
    const int port = state.value(u"port"_s).toInt();
    const int configuredPort = state.value(u"configuredPort"_s).toInt();
    const int connections = state.value(u"connections"_s).toInt();
    if (!edited) {
        const QSignalBlocker b1(m_enabled);
        const QSignalBlocker b2(m_address);
        const QSignalBlocker b3(m_port);
        m_enabled->setChecked(enabled);
        m_address->setText(address);
        m_port->setValue(configuredPort);
    }
    QString status;
    if (running) {
        status = tr("Listening on %1:%2  ·  %n client(s) connected", nullptr, connections).arg(address).arg(port);
    } else if (!enabled) {
        status = tr("Not running: the NBD server is turned off");
    } else {
        status = tr("Not running: port %1 on %2 is not available").arg(configuredPort).arg(address);
    }
    m_status->setText(status);
    // The engine warns when the server listens beyond the loopback; the console says what that means.
    m_warning->setText(state.contains(u"warning"_s)
            ? tr("%1 is not a loopback address: anyone who can reach this machine on that network can read and write "
                 "every mapped LUN, without authentication. Use 127.0.0.1 or the owner-only URIs unless the network "
                 "is trusted.")
                  .arg(address)
            : QString());
    m_warning->setVisible(!m_warning->text().isEmpty());
    m_status->setStyleSheet(Theme::css(running ? u"QLabel { font-weight: bold; color: #1f7a45; }"_s
                                               : u"QLabel { font-weight: bold; color: #9a6a08; }"_s));

    const QString selected = m_exports->currentRow() >= 0 && m_exports->item(m_exports->currentRow(), 0)
        ? m_exports->item(m_exports->currentRow(), 0)->text()
        : QString();
    const QJsonArray exports = state.value(u"exports"_s).toArray();
    const Configuration& c = m_connection->snapshot()->config;
    const int uriPort = running ? port : configuredPort;
    m_exports->setSortingEnabled(false);
    m_exports->setRowCount(static_cast<int>(exports.size()));
    int selectRow = -1;
    for (int row = 0; row < exports.size(); ++row) {
        const QJsonObject e = exports.at(row).toObject();
        const QString name = e.value(u"name"_s).toString();
        const QString uri = exportUri(address, uriPort, name);
        const QStringList cells {name, e.value(u"logicalDrive"_s).toString(),
            c.subsystems.value(e.value(u"subsystemId"_s).toInteger()).name, uri, e.value(u"unixUri"_s).toString()};
        for (int column = 0; column < cells.size(); ++column) {
            QTableWidgetItem* item = m_exports->item(row, column);
            if (item == nullptr) {
                item = new QTableWidgetItem;
                m_exports->setItem(row, column, item);
            }
            item->setText(cells.at(column));
            item->setToolTip(e.value(u"description"_s).toString());
            item->setForeground(running ? QBrush() : QBrush(palette().color(QPalette::Disabled, QPalette::Text)));
        }
        if (name == selected) {
            selectRow = row;
        }
    }
    if (selectRow >= 0) {
        m_exports->selectRow(selectRow);
    }
    if (auto* box = findChild<QGroupBox*>(u"exportsGroupBox"_s)) {
        box->setTitle(tr("Exports (%1)").arg(exports.size()));
    }
    updateApply();
    updateCopyButtons();
    Q_EMIT refreshed();
}

bool HostIoServerDialog::inputsDiffer() const
{
    return m_enabled->isChecked() != m_state.value(u"enabled"_s).toBool()
        || m_address->text().trimmed() != m_state.value(u"address"_s).toString()
        || m_port->value() != m_state.value(u"configuredPort"_s).toInt();
}

void HostIoServerDialog::updateApply()
{
    const bool differ = !m_state.isEmpty() && inputsDiffer();
    m_apply->setEnabled(differ && !m_address->text().trimmed().isEmpty());
    m_apply->setToolTip(differ ? tr("Restart the NBD server with these settings; connected clients are cut off")
                               : tr("Nothing changed"));
    m_address->setEnabled(m_enabled->isChecked());
    m_port->setEnabled(m_enabled->isChecked());
}

void HostIoServerDialog::updateCopyButtons()
{
    const QString uri = selectedUri();
    m_copyUri->setEnabled(!uri.isEmpty());
    m_copyCommand->setEnabled(!uri.isEmpty());
    const QString tip = uri.isEmpty() ? tr("Select an export (the server needs a port)") : QString();
    m_copyUri->setToolTip(tip.isEmpty() ? tr("Copy %1 to the clipboard").arg(uri) : tip);
    m_copyCommand->setToolTip(tip.isEmpty() ? tr("Copy \"nbdinfo %1\" to the clipboard").arg(uri) : tip);
    QString example = uri;
    if (example.isEmpty() && m_exports->rowCount() > 0) {
        example = m_exports->item(0, 3) ? m_exports->item(0, 3)->text() : QString();
    }
    m_example->setText(example.isEmpty()
            ? tr("No export has a URI yet: map a logical drive to a host and start the server.")
            : tr("A client reads an export with, for example:  <code>nbdinfo %1</code>").arg(example.toHtmlEscaped()));
}

QString HostIoServerDialog::selectedUri() const
{
    const QList<QTableWidgetItem*> items = m_exports->selectedItems();
    if (items.isEmpty()) {
        return {};
    }
    const QTableWidgetItem* uri = m_exports->item(items.first()->row(), 3);
    return uri ? uri->text() : QString();
}

QString HostIoServerDialog::statusText() const
{
    return m_status->text();
}

QString HostIoServerDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString HostIoServerDialog::warningText() const
{
    return m_warning->isHidden() ? QString() : m_warning->text();
}

CommandRequest HostIoServerDialog::applyRequest() const
{
    return {u"setHostIoServer"_s,
        {{u"subsystemId"_s, m_subsystemId}, {u"enabled"_s, m_enabled->isChecked()},
            {u"address"_s, m_address->text().trimmed()}, {u"port"_s, m_port->value()}}};
}

void HostIoServerDialog::apply()
{
    if (!m_connection || !m_apply->isEnabled()) {
        return;
    }
    m_error->hide();
    m_apply->setEnabled(false);
    m_connection->submit(applyRequest(), this, [this](const CommandResult& result) {
        if (!result.ok()) {
            m_error->setText(result.error.localizedMessage());
            m_error->show();
            updateApply();
            return;
        }
        m_state = {}; // take the engine's values into the inputs
        showState(result.data);
    });
}

} // namespace Copyline
