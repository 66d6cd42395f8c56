// SPDX-License-Identifier: GPL-3.0-or-later
#include "mirrordialogs.h"

#include "api/units.h"
#include "common/confirm.h"
#include "common/formwidgets.h"
#include "common/icons.h"
#include "common/messagelabel.h"
#include "common/texts.h"
#include "common/theme.h"
#include "dialogs/equivalentcommanddialog.h"
#include "dialogs/messagebox.h"
#include "panels/ds4000/dialogs/volumecopydialogs.h"
#include "panels/ds4000/rules/remotemirrorrules.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QScrollBar>
#include <QSet>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

using Rules = RemoteMirrorRules;

constexpr int kIdRole = Qt::UserRole + 1;

QLabel* messageLabel(const QString& objectName, bool error, QWidget* parent)
{
    return makeMessageLabel(objectName, error ? MessageKind::Error : MessageKind::Warning, parent);
}

void setMessage(QLabel* label, const QString& text)
{
    showMessage(label, text);
}

QJsonArray toJson(const QStringList& names)
{
    return QJsonArray::fromStringList(names);
}

/** A non-modal information window over @p parent, deleted when closed: the guide's "Completed" windows. */
void showCompleted(QWidget* parent, const QString& title, const QString& text)
{
    auto* box = new QMessageBox(QMessageBox::Information, title, text, QMessageBox::Ok, parent);
    box->setObjectName(u"completedMessageBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

/** "  • Accounting → Accounting 2 on Secondary Site" lines for the confirmations. */
QString bulletList(const Configuration& c, const QList<ObjectId>& ids)
{
    QStringList lines;
    for (const ObjectId id : ids) {
        lines.append(u"  • "_s + Rules::pairLabel(c, c.mirrors.value(id)));
    }
    return lines.join(u'\n');
}

} // namespace

// ---------------------------------------------------------------------------------------------------------------

MirrorSelectionTable::MirrorSelectionTable(const QString& detailHeader, QWidget* parent)
    : QTableWidget(0, 6, parent)
{
    setObjectName(u"mirrorPairTableWidget"_s);
    setHorizontalHeaderLabels({tr("Logical Drive"), tr("Role", "mirror role"), tr("Remote Logical Drive"),
        tr("Remote Storage Subsystem"), tr("Status", "mirror status"), detailHeader});
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setShowGrid(false);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setIconSize({18, 18});
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    setAccessibleName(tr("Mirrored pairs"));
    connect(this, &QTableWidget::itemSelectionChanged, this, &MirrorSelectionTable::onSelection);
}

MirrorSelectionTable::~MirrorSelectionTable() = default;

void MirrorSelectionTable::setRecords(
    const Configuration& config, ObjectId subsystemId, const std::function<bool(const Mirror&)>& include)
{
    m_config = config;
    QList<Mirror> records;
    for (const Mirror& m : config.mirrorsOf(subsystemId)) {
        if (!include || include(m)) {
            records.append(m);
        }
    }
    QList<ObjectId> ids;
    for (const Mirror& m : std::as_const(records)) {
        ids.append(m.id);
    }
    const QList<ObjectId> selected = selectedIds();
    const QSignalBlocker blocker(this);
    if (ids != m_shown) {
        setRowCount(0);
        setRowCount(static_cast<int>(records.size()));
        m_shown = ids;
    }
    for (int row = 0; row < records.size(); ++row) {
        const Mirror& m = records.at(row);
        const QString reason = m_rule ? m_rule(config, m) : QString();
        const bool valid = reason.isEmpty();
        const QStringList texts {config.logicalDrives.value(m.id).name, Rules::roleText(m.role),
            config.logicalDrives.value(m.remoteDriveId).name, config.subsystems.value(m.remoteSubsystemId).name,
            Rules::statusText(m), m_detail ? m_detail(config, m) : QString()};
        for (int column = 0; column < texts.size(); ++column) {
            QTableWidgetItem* it = item(row, column);
            if (it == nullptr) {
                it = new QTableWidgetItem;
                setItem(row, column, it);
            }
            if (it->text() != texts.at(column)) {
                it->setText(texts.at(column));
            }
            it->setData(kIdRole, m.id);
            it->setFlags(valid ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags);
            it->setToolTip(valid ? Rules::pairLabel(config, m) : reason);
        }
        item(row, 0)->setIcon(Icons::withOverlay(u"logical-drive"_s, Rules::statusOverlay(m.status)));
        item(row, 4)->setIcon(Icons::icon(Rules::statusIcon(m.status)));
    }
    // At most two storage subsystems take part in a mirror configuration, so the records usually all name the same
    // remote subsystem (each row's tooltip names it): the column only shows when they do not.
    QSet<ObjectId> remotes;
    for (const Mirror& m : std::as_const(records)) {
        remotes.insert(m.remoteSubsystemId);
    }
    setColumnHidden(3, remotes.size() <= 1);
    for (int column = 0; column < columnCount() - 1; ++column) {
        resizeColumnToContents(column);
        setColumnWidth(column, columnWidth(column) + 16);
    }
    clearSelection();
    for (const ObjectId id : selected) {
        const int row = rowOf(id);
        if (row >= 0 && item(row, 0)->flags().testFlag(Qt::ItemIsSelectable)) {
            selectionModel()->select(model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }
}

QList<ObjectId> MirrorSelectionTable::selectedIds() const
{
    QList<ObjectId> ids;
    for (int row = 0; row < rowCount(); ++row) {
        if (item(row, 0) != nullptr && item(row, 0)->isSelected()) {
            ids.append(item(row, 0)->data(kIdRole).toLongLong());
        }
    }
    return ids;
}

void MirrorSelectionTable::selectIds(const QList<ObjectId>& ids)
{
    {
        const QSignalBlocker blocker(this);
        clearSelection();
        int first = -1;
        for (const ObjectId id : ids) {
            const int row = rowOf(id);
            if (row >= 0 && item(row, 0)->flags().testFlag(Qt::ItemIsSelectable)) {
                selectionModel()->select(
                    model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
                scrollToItem(item(row, 0));
                first = first < 0 ? row : first;
            }
        }
        // The focus frame (and Shift+click's anchor) on the preselected pair, not on the first row.
        if (first >= 0) {
            selectionModel()->setCurrentIndex(model()->index(first, 0), QItemSelectionModel::NoUpdate);
        }
    }
    onSelection();
}

int MirrorSelectionTable::rowOf(ObjectId ldId) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (item(row, 0) != nullptr && item(row, 0)->data(kIdRole).toLongLong() == ldId) {
            return row;
        }
    }
    return -1;
}

int MirrorSelectionTable::contentWidth() const
{
    const int last = columnCount() - 1;
    int width = 2 * frameWidth() + verticalScrollBar()->sizeHint().width();
    for (int column = 0; column < last; ++column) {
        width += isColumnHidden(column) ? 0 : columnWidth(column);
    }
    return width + std::max(sizeHintForColumn(last), horizontalHeader()->sectionSizeHint(last)) + 16;
}

QStringList MirrorSelectionTable::namesOf(const QList<ObjectId>& ids) const
{
    QStringList names;
    for (const ObjectId id : ids) {
        names.append(m_config.logicalDrives.value(id).name);
    }
    return names;
}

void MirrorSelectionTable::onSelection()
{
    if (m_selecting) {
        return;
    }
    if (m_linkGroups) {
        // A member of the write consistency group brings the whole group (the GUI acts on groups, §2.4.8-2.4.9).
        QSet<ObjectId> wanted;
        for (const ObjectId id : selectedIds()) {
            for (const ObjectId member : Rules::groupOf(m_config, m_config.mirrors.value(id))) {
                wanted.insert(member);
            }
        }
        m_selecting = true;
        for (const ObjectId id : std::as_const(wanted)) {
            const int row = rowOf(id);
            if (row >= 0 && !item(row, 0)->isSelected() && item(row, 0)->flags().testFlag(Qt::ItemIsSelectable)) {
                selectionModel()->select(
                    model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
            }
        }
        m_selecting = false;
    }
    Q_EMIT selectionEdited();
}

// ---------------------------------------------------------------------------------------------------------------

TypeYesConfirmation::TypeYesConfirmation(const QString& message, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(u"confirmationDialog"_s);
    setWindowTitle(tr("Confirmation"));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    QLabel* text = wrappedLabel(message, this, u"messageLabel"_s);
    text->setMinimumWidth(460);
    layout->addWidget(text);
    auto* prompt = new QLabel(Confirm::prompt(), this);
    layout->addWidget(prompt);
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(u"confirmLineEdit"_s);
    prompt->setBuddy(m_confirm);
    layout->addWidget(m_confirm);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"okButton"_s);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    connect(m_confirm, &QLineEdit::textChanged, this,
        [this](const QString& typed) { okButton()->setEnabled(Confirm::isConfirmed(typed)); });
}

TypeYesConfirmation::~TypeYesConfirmation() = default;

QPushButton* TypeYesConfirmation::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

// ---------------------------------------------------------------------------------------------------------------

MirrorProgressDialog::MirrorProgressDialog(EngineConnection* connection,
    ObjectId subsystemId,
    const QString& title,
    const QString& heading,
    const QStringList& pairs,
    const QString& doneText,
    CommandRequest request,
    QWidget* parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_subsystemId(subsystemId)
    , m_request(std::move(request))
    , m_doneText(doneText)
{
    setObjectName(u"mirrorProgressDialog"_s);
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(wrappedLabel(heading, this, u"headingLabel"_s));
    m_table = new QTableWidget(static_cast<int>(pairs.size()), 2, this);
    m_table->setObjectName(u"resultTableWidget"_s);
    m_table->setHorizontalHeaderLabels({tr("Mirrored pair"), tr("Result")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < pairs.size(); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(pairs.at(row)));
        m_table->setItem(row, 1, new QTableWidgetItem(tr("Waiting")));
    }
    layout->addWidget(m_table, 1);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"progressBar"_s);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    layout->addWidget(m_progress);
    m_summary = wrappedLabel({}, this, u"summaryLabel"_s);
    layout->addWidget(m_summary);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(u"okButton"_s);
    m_ok->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    layout->addWidget(buttons);
    resize(560, 300);
}

MirrorProgressDialog::~MirrorProgressDialog() = default;

QString MirrorProgressDialog::resultText(int row) const
{
    const QTableWidgetItem* item = m_table->item(row, 1);
    return item ? item->text() : QString();
}

void MirrorProgressDialog::start()
{
    if (m_started || m_connection == nullptr) {
        return;
    }
    m_started = true;
    m_progress->setRange(0, 0); // busy until the engine answers
    for (int row = 0; row < m_table->rowCount(); ++row) {
        m_table->item(row, 1)->setText(tr("In progress…"));
    }
    m_summary->setText(tr("Waiting for the storage subsystem…"));
    CommandRequest request = m_request;
    request.args.insert(u"subsystemId"_s, m_subsystemId);
    m_connection->submit(request, this, [this](const CommandResult& result) {
        m_finished = true;
        m_failed = !result.ok();
        m_progress->setRange(0, 1);
        m_progress->setValue(1);
        for (int row = 0; row < m_table->rowCount(); ++row) {
            QTableWidgetItem* item = m_table->item(row, 1);
            if (result.ok()) {
                item->setText(m_doneText);
            } else {
                item->setText(tr("Not changed"));
                item->setForeground(Theme::adapt(QColor(0xb3, 0x26, 0x1e)));
            }
        }
        m_summary->setText(result.ok() ? tr("Done.") : result.error.localizedMessage());
        m_summary->setStyleSheet(Theme::css(result.ok() ? QString() : u"QLabel { color: #b3261e; }"_s));
        m_ok->setEnabled(true);
        m_ok->setFocus();
        Q_EMIT finished();
    });
}

// ---------------------------------------------------------------------------------------------------------------

MirrorPairsDialog::MirrorPairsDialog(EngineConnection* connection, ObjectId subsystemId, QWidget* parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_subsystemId(subsystemId)
{ }

MirrorPairsDialog::~MirrorPairsDialog() = default;

SnapshotPtr MirrorPairsDialog::snapshot() const
{
    return m_connection ? m_connection->snapshot() : std::make_shared<Snapshot>();
}

void MirrorPairsDialog::build(const QString& intro,
    const QString& detailHeader,
    QLayout* inputs,
    const QString& actionText,
    const QString& tableTitle)
{
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    QLabel* introLabel = wrappedLabel(intro, this, u"introLabel"_s);
    introLabel->setMinimumWidth(560);
    layout->addWidget(introLabel);
    m_table = new MirrorSelectionTable(detailHeader, this);
    if (!tableTitle.isEmpty()) {
        auto* title = new QLabel(tableTitle, this);
        title->setObjectName(u"tableTitleLabel"_s);
        title->setStyleSheet(u"QLabel { font-weight: bold; }"_s);
        title->setBuddy(m_table);
        layout->addWidget(title);
    }
    m_table->setMinimumHeight(150);
    layout->addWidget(m_table, 1);
    m_note = messageLabel(u"noteLabel"_s, false, this);
    m_note->setStyleSheet(Theme::css(u"QLabel { color: #1f4e79; background: #e8f1fb; border: 1px solid #b8d4f0; "
                                     "border-radius: 4px; padding: 6px; }"_s));
    layout->addWidget(m_note);
    if (inputs != nullptr) {
        layout->addLayout(inputs);
    }
    m_hint = wrappedLabel({}, this, u"hintLabel"_s);
    m_hint->setStyleSheet(Theme::css(u"QLabel { color: #9a6a08; }"_s));
    m_hint->hide();
    layout->addWidget(m_hint);
    m_error = messageLabel(u"errorLabel"_s, true, this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(this);
    m_action = buttons->addButton(actionText, QDialogButtonBox::AcceptRole);
    m_action->setObjectName(u"actionButton"_s);
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"cancelButton"_s);
    m_equivalent = new EquivalentCommandButton(
        [this]() { return equivalentCommand(snapshot()->config, m_subsystemId, {request()}); }, this);
    buttons->addButton(m_equivalent, QDialogButtonBox::HelpRole);
    connect(m_action, &QPushButton::clicked, this, [this]() {
        if (!m_busy && problem().isEmpty()) {
            act();
        }
    });
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_table, &MirrorSelectionTable::selectionEdited, this, &MirrorPairsDialog::updateState);
    if (m_connection) {
        connect(m_connection, &EngineConnection::snapshotChanged, this, [this]() { refresh(); });
    }
    resize(900, 480);
}

QString MirrorPairsDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString MirrorPairsDialog::noteText() const
{
    return m_note->isHidden() ? QString() : m_note->text();
}

bool MirrorPairsDialog::include(const Mirror& mirror) const
{
    return mirror.role == MirrorRole::Primary;
}

void MirrorPairsDialog::refresh()
{
    m_table->setRecords(snapshot()->config, m_subsystemId, [this](const Mirror& m) { return include(m); });
    if (!m_fitted && m_table->rowCount() > 0) {
        // Wide enough for the first records' texts (a long status, a translated detail), within the screen.
        m_fitted = true;
        const QMargins margins = layout()->contentsMargins();
        int wanted = m_table->contentWidth() + margins.left() + margins.right();
        if (const QScreen* s = screen()) {
            wanted = std::min(wanted, s->availableGeometry().width() * 9 / 10);
        }
        if (wanted > width()) {
            resize(wanted, height());
        }
    }
    updateState();
}

QString MirrorPairsDialog::problem() const
{
    return m_table->selectedIds().isEmpty() ? tr("Select one or more mirrored pairs.") : QString();
}

void MirrorPairsDialog::updateState()
{
    const QString hint = problem();
    setMessage(m_hint, hint);
    setMessage(m_note, note());
    m_action->setEnabled(!m_busy && hint.isEmpty());
    if (m_equivalent != nullptr) {
        m_equivalent->setEnabled(hint.isEmpty());
    }
}

void MirrorPairsDialog::showError(const QString& message)
{
    setMessage(m_error, message);
}

void MirrorPairsDialog::setBusy(bool busy)
{
    m_busy = busy;
    if (busy) {
        setCursor(Qt::BusyCursor);
    } else {
        unsetCursor();
    }
    updateState();
}

void MirrorPairsDialog::submit(CommandRequest request, std::function<void(const CommandResult&)> done)
{
    if (!m_connection) {
        return;
    }
    request.args.insert(u"subsystemId"_s, m_subsystemId);
    showError({});
    setBusy(true);
    m_connection->submit(request, this, [this, done = std::move(done)](const CommandResult& result) {
        setBusy(false);
        if (result.ok()) {
            done(result);
        } else {
            showError(result.error.localizedMessage());
        }
    });
}

// ---------------------------------------------------------------------------------------------------------------

SuspendResumeMirrorDialog::SuspendResumeMirrorDialog(
    EngineConnection* connection, ObjectId subsystemId, Mode mode, const QList<ObjectId>& preselected, QWidget* parent)
    : MirrorPairsDialog(connection, subsystemId, parent)
    , m_mode(mode)
{
    const bool suspend = mode == Mode::Suspend;
    setObjectName(suspend ? u"suspendMirrorDialog"_s : u"resumeMirrorDialog"_s);
    setWindowTitle(suspend ? tr("Suspend Mirrored Pair") : tr("Resume Mirrored Pair"));
    setWindowIcon(Icons::icon(suspend ? u"mirror-suspended"_s : u"mirror-synchronizing"_s));
    const QString intro = suspend
        ? tr("Select the mirrored pairs to suspend (Ctrl+click selects several). Data transfer to the secondary stops "
             "and the relationship is kept: writes to the primary are recorded in the mirror repository, and Resume "
             "copies only the regions written since. No attempt is made to contact the secondary. Use it, for "
             "example, to take a backup of the secondary.")
        : tr("Select the mirrored pairs to resume (Ctrl+click selects several). Only the regions written since the "
             "pair was suspended or became unsynchronized are copied to the secondary; the secondary is inconsistent "
             "until that resynchronization completes.");
    build(intro, tr("Write Mode"), nullptr, suspend ? tr("&Suspend") : tr("&Resume"));
    table()->setRule([suspend](const Configuration&, const Mirror& m) {
        if (suspend ? Rules::canSuspend(m) : Rules::canResume(m)) {
            return QString();
        }
        return suspend ? tr("The pair is %1; only a Synchronized, synchronizing or Unsynchronized pair can be "
                            "suspended.")
                             .arg(Rules::statusText(m.status))
                       : tr("The pair is %1; only a Suspended or Unsynchronized pair can be resumed.")
                             .arg(Rules::statusText(m.status));
    });
    table()->setDetail([](const Configuration&, const Mirror& m) {
        return tr("%1 (%2)", "write mode (copy type)").arg(Rules::writeModeText(m), Rules::copyTypeText(m));
    });
    table()->linkGroups(true);
    table()->setColumnHidden(1, true); // primaries only: the role says nothing
    refresh();
    table()->selectIds(preselected);
    updateState();
}

bool SuspendResumeMirrorDialog::include(const Mirror& mirror) const
{
    return mirror.role == MirrorRole::Primary;
}

QString SuspendResumeMirrorDialog::problem() const
{
    if (table()->rowCount() == 0) {
        return tr("This storage subsystem has no primary logical drives of mirrored pairs.");
    }
    return MirrorPairsDialog::problem();
}

QString SuspendResumeMirrorDialog::note() const
{
    const Configuration& c = snapshot()->config;
    QStringList group;
    for (const ObjectId id : table()->selectedIds()) {
        if (c.mirrors.value(id).inConsistencyGroup()) {
            group.append(c.logicalDrives.value(id).name);
        }
    }
    if (group.isEmpty()) {
        return {};
    }
    return m_mode == Mode::Suspend
        ? tr("%1 belong to the write consistency group of this storage subsystem: the console suspends the whole "
             "group together, so that the secondaries keep one common point in time.")
              .arg(group.join(u", "_s))
        : tr("%1 belong to the write consistency group of this storage subsystem: the console resumes the whole "
             "group together (the script interface can resume a single member).")
              .arg(group.join(u", "_s));
}

void SuspendResumeMirrorDialog::act()
{
    const Configuration& c = snapshot()->config;
    const QList<ObjectId> ids = table()->selectedIds();
    if (m_mode == Mode::Suspend) {
        const QString message = tr("Suspend mirroring of these pairs?\n\n%1\n\nData transfer to the secondaries stops; "
                                   "no attempt is made to contact them. Writes to the primaries are recorded, and "
                                   "Resume copies only the regions written since. Suspending clears a Needs Attention "
                                   "condition caused by a communication failure.")
                                    .arg(bulletList(c, ids));
        m_confirmation = new TypeYesConfirmation(message, this);
        m_confirmation->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_confirmation, &QDialog::accepted, this, &SuspendResumeMirrorDialog::runProgress);
        connect(m_confirmation, &QObject::destroyed, this, [this]() { m_confirmation = nullptr; });
        m_confirmation->open();
        return;
    }
    QStringList directions;
    for (const ObjectId id : ids) {
        const Mirror m = c.mirrors.value(id);
        directions.append(u"  • "_s
            + tr("%1 → %2: from %3 to %4", "pair: from subsystem to subsystem")
                  .arg(c.logicalDrives.value(m.id).name, c.logicalDrives.value(m.remoteDriveId).name,
                      Texts::subsystemLabel(c.subsystems.value(m.subsystemId).name),
                      Texts::subsystemLabel(c.subsystems.value(m.remoteSubsystemId).name)));
    }
    const QString message = tr("Resume mirroring of these pairs?\n\n%1\n\nOnly the regions written since mirroring "
                               "stopped are copied. Until that completes the secondaries hold a mix of old and new "
                               "data and cannot be used for recovery.")
                                .arg(directions.join(u'\n'));
    if (Confirm::ask(this, Consequence::ChangesState, tr("Confirmation"), message)) {
        runProgress();
    }
}

void SuspendResumeMirrorDialog::runProgress()
{
    const Configuration& c = snapshot()->config;
    const QList<ObjectId> ids = table()->selectedIds();
    if (ids.isEmpty()) {
        return;
    }
    QStringList labels;
    for (const ObjectId id : ids) {
        labels.append(Rules::pairLabel(c, c.mirrors.value(id)));
    }
    const bool suspend = m_mode == Mode::Suspend;
    // The progress window outlives this one: it belongs to the same parent.
    auto* progress = new MirrorProgressDialog(connection(), subsystemId(),
        suspend ? tr("Suspend Mirrored Pair - Progress") : tr("Resume Mirrored Pair - Progress"),
        suspend ? tr("Suspending %n mirrored pair(s).", nullptr, static_cast<int>(ids.size()))
                : tr("Resuming %n mirrored pair(s).", nullptr, static_cast<int>(ids.size())),
        labels, suspend ? tr("Suspended") : tr("Resumed: synchronizing"), request(), parentWidget());
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->open();
    progress->start();
    accept();
}

CommandRequest SuspendResumeMirrorDialog::request() const
{
    return {m_mode == Mode::Suspend ? u"suspendRemoteMirror"_s : u"resumeRemoteMirror"_s,
        {{u"primaries"_s, toJson(table()->namesOf(table()->selectedIds()))}}};
}

// ---------------------------------------------------------------------------------------------------------------

ChangeSyncSettingsDialog::ChangeSyncSettingsDialog(
    EngineConnection* connection, ObjectId subsystemId, const QList<ObjectId>& preselected, QWidget* parent)
    : MirrorPairsDialog(connection, subsystemId, parent)
{
    setObjectName(u"changeSyncSettingsDialog"_s);
    setWindowTitle(tr("Change Synchronization Settings"));
    auto* inputs = new QVBoxLayout;
    inputs->setSpacing(6);
    auto* priorityTitle = new QLabel(tr("Synchronization &priority (all selected pairs get the same level):"), this);
    priorityTitle->setStyleSheet(u"QLabel { font-weight: bold; }"_s);
    inputs->addWidget(priorityTitle);
    m_priority = new CopyPrioritySlider(this);
    m_priority->slider()->setObjectName(u"syncPrioritySlider"_s);
    m_priority->slider()->setAccessibleName(tr("Synchronization priority"));
    priorityTitle->setBuddy(m_priority->slider());
    auto* sliderRow = new QHBoxLayout;
    sliderRow->addWidget(m_priority, 3);
    QLabel* priorityNote
        = wrappedLabel(tr("Lowest takes about 8 times as long as Highest, Low 6, Medium 3.5, High 2; a "
                          "higher priority costs host I/O performance."),
            this);
    priorityNote->setStyleSheet(Theme::css(u"QLabel { color: #4a5968; }"_s));
    sliderRow->addSpacing(16);
    sliderRow->addWidget(priorityNote, 2);
    inputs->addLayout(sliderRow);
    auto* methodTitle = new QLabel(tr("Resynchronization method:"), this);
    methodTitle->setStyleSheet(u"QLabel { font-weight: bold; }"_s);
    inputs->addWidget(methodTitle);
    m_manual = new QRadioButton(tr("&Manual (recommended): after a link interruption, wait for Resume"), this);
    m_manual->setObjectName(u"manualRadioButton"_s);
    m_automatic
        = new QRadioButton(tr("&Automatic: resynchronize as soon as the storage subsystems communicate again"), this);
    m_automatic->setObjectName(u"automaticRadioButton"_s);
    auto* group = new QButtonGroup(this);
    group->addButton(m_manual);
    group->addButton(m_automatic);
    m_manual->setChecked(true);
    inputs->addWidget(m_manual);
    inputs->addWidget(m_automatic);
    build(tr("Select the logical drives (primaries) whose synchronization settings change; Ctrl+click selects "
             "several. The priority sets how fast a synchronization copies; the resynchronization method what "
             "happens when a broken link is restored."),
        tr("Current Settings"), inputs, tr("OK"), tr("Select &Logical Drives:"));
    table()->setColumnHidden(1, true);
    table()->setDetail([](const Configuration&, const Mirror& m) {
        return tr("%1 priority, %2 resynchronization", "current synchronization settings")
            .arg(Texts::copyPriority(m.syncPriority), Rules::resyncText(m.autoResync));
    });
    connect(table(), &MirrorSelectionTable::selectionEdited, this, &ChangeSyncSettingsDialog::followSelection);
    connect(m_manual, &QRadioButton::toggled, this, &ChangeSyncSettingsDialog::updateState);
    refresh();
    table()->selectIds(preselected);
    followSelection();
    updateState();
}

bool ChangeSyncSettingsDialog::include(const Mirror& mirror) const
{
    return mirror.role == MirrorRole::Primary;
}

void ChangeSyncSettingsDialog::followSelection()
{
    const QList<ObjectId> ids = table()->selectedIds();
    if (ids == m_lastSelection) {
        return;
    }
    m_lastSelection = ids;
    if (ids.isEmpty()) {
        return;
    }
    // The controls start at the selected pairs' settings when they share them (like Change Copy Priority).
    const Configuration& c = snapshot()->config;
    const Mirror first = c.mirrors.value(ids.first());
    bool samePriority = true;
    bool sameMethod = true;
    for (const ObjectId id : ids) {
        samePriority = samePriority && c.mirrors.value(id).syncPriority == first.syncPriority;
        sameMethod = sameMethod && c.mirrors.value(id).autoResync == first.autoResync;
    }
    m_priority->setPriority(samePriority ? first.syncPriority : Rules::kDefaultPriority);
    (sameMethod && first.autoResync ? m_automatic : m_manual)->setChecked(true);
}

QString ChangeSyncSettingsDialog::problem() const
{
    if (table()->rowCount() == 0) {
        return tr("This storage subsystem has no primary logical drives of mirrored pairs.");
    }
    if (const QString p = MirrorPairsDialog::problem(); !p.isEmpty()) {
        return p;
    }
    if (m_automatic->isChecked()) {
        const Configuration& c = snapshot()->config;
        for (const ObjectId id : table()->selectedIds()) {
            if (c.mirrors.value(id).inConsistencyGroup()) {
                return tr("%1 is in the write consistency group: its members must use Manual resynchronization, "
                          "because an automatic resynchronization after repeated interruptions leaves the group's "
                          "secondaries unusable for recovery.")
                    .arg(c.logicalDrives.value(id).name);
            }
        }
    }
    return {};
}

QString ChangeSyncSettingsDialog::note() const
{
    return m_automatic->isChecked() ? tr("With Automatic resynchronization, several interruptions during one "
                                         "resynchronization can leave a secondary with a mix of old and new data "
                                         "that is unusable for disaster recovery.")
                                    : QString();
}

CommandRequest ChangeSyncSettingsDialog::request() const
{
    return {u"setRemoteMirror"_s,
        {{u"localLogicalDrives"_s, toJson(table()->namesOf(table()->selectedIds()))},
            {u"syncPriority"_s, enumName(m_priority->priority())},
            {u"autoResync"_s, m_automatic->isChecked() ? u"enabled"_s : u"disabled"_s}}};
}

void ChangeSyncSettingsDialog::act()
{
    const QList<ObjectId> ids = table()->selectedIds();
    const QString priority = Texts::copyPriority(m_priority->priority());
    const QString method = Rules::resyncText(m_automatic->isChecked());
    const QString message
        = tr("Change the synchronization priority to %1 and the resynchronization method to %2 for these pairs?\n\n%3")
              .arg(priority, method, bulletList(snapshot()->config, ids));
    if (!Confirm::ask(this, Consequence::ChangesState, tr("Confirmation"), message)) {
        return;
    }
    submit(request(), [this, priority, method, count = ids.size()](const CommandResult&) {
        showCompleted(parentWidget(), tr("Completed"),
            tr("The synchronization settings of %n mirrored pair(s) were changed: priority %1, resynchronization %2.",
                nullptr, static_cast<int>(count))
                .arg(priority, method));
        accept();
    });
}

// ---------------------------------------------------------------------------------------------------------------

ChangeWriteModeDialog::ChangeWriteModeDialog(
    EngineConnection* connection, ObjectId subsystemId, const QList<ObjectId>& preselected, QWidget* parent)
    : MirrorPairsDialog(connection, subsystemId, parent)
{
    setObjectName(u"changeWriteModeDialog"_s);
    setWindowTitle(tr("Change Write Mode"));
    auto* inputs = new QVBoxLayout;
    inputs->setSpacing(6);
    auto* title = new QLabel(tr("Write mode:"), this);
    title->setStyleSheet(u"QLabel { font-weight: bold; }"_s);
    inputs->addWidget(title);
    m_synchronous = new QRadioButton(tr("&Synchronous: a host write completes once the secondary has stored it "
                                        "(recommended up to 10 km)"),
        this);
    m_synchronous->setObjectName(u"synchronousRadioButton"_s);
    m_asynchronous = new QRadioButton(
        tr("&Asynchronous: a host write completes at once and is sent behind it (recommended beyond 10 km)"), this);
    m_asynchronous->setObjectName(u"asynchronousRadioButton"_s);
    auto* group = new QButtonGroup(this);
    group->addButton(m_synchronous);
    group->addButton(m_asynchronous);
    m_synchronous->setChecked(true);
    inputs->addWidget(m_synchronous);
    inputs->addWidget(m_asynchronous);
    m_consistency = new QCheckBox(tr("Add to &write consistency group"), this);
    m_consistency->setObjectName(u"consistencyGroupCheckBox"_s);
    auto* indent = new QHBoxLayout;
    indent->addSpacing(24);
    indent->addWidget(m_consistency);
    indent->addStretch(1);
    inputs->addLayout(indent);
    m_copyType = wrappedLabel({}, this, u"copyTypeLabel"_s);
    m_copyType->setStyleSheet(Theme::css(u"QLabel { color: #4a5968; }"_s));
    inputs->addWidget(m_copyType);
    build(tr("Select the primaries whose write mode changes; Ctrl+click selects several. Synchronous mirroring is "
             "Metro Mirroring; asynchronous mirroring is Global Copy, or Global Mirroring when the pair is in the "
             "write consistency group, which keeps the order of writes across all its members."),
        tr("Write Mode"), inputs, tr("OK"), tr("Select the &mirrored pairs:"));
    table()->setColumnHidden(1, true);
    table()->setDetail([](const Configuration&, const Mirror& m) {
        return tr("%1 (%2)", "write mode (copy type)").arg(Rules::writeModeText(m), Rules::copyTypeText(m));
    });
    connect(table(), &MirrorSelectionTable::selectionEdited, this, &ChangeWriteModeDialog::followSelection);
    connect(m_asynchronous, &QRadioButton::toggled, this, &ChangeWriteModeDialog::updateConsistency);
    connect(m_consistency, &QCheckBox::toggled, this, &ChangeWriteModeDialog::updateConsistency);
    refresh();
    table()->selectIds(preselected);
    followSelection();
    updateConsistency();
}

bool ChangeWriteModeDialog::include(const Mirror& mirror) const
{
    return mirror.role == MirrorRole::Primary;
}

void ChangeWriteModeDialog::followSelection()
{
    const QList<ObjectId> ids = table()->selectedIds();
    if (ids == m_lastSelection || ids.isEmpty()) {
        m_lastSelection = ids;
        return;
    }
    m_lastSelection = ids;
    const Mirror first = snapshot()->config.mirrors.value(ids.first());
    (first.writeMode == MirrorWriteMode::Asynchronous ? m_asynchronous : m_synchronous)->setChecked(true);
    m_consistency->setChecked(first.inConsistencyGroup());
    updateConsistency();
}

void ChangeWriteModeDialog::updateConsistency()
{
    // "Add to write consistency group" only with Asynchronous (spec §2.4.11).
    m_consistency->setEnabled(m_asynchronous->isChecked());
    if (!m_asynchronous->isChecked()) {
        m_consistency->setChecked(false);
    }
    const MirrorWriteMode mode
        = m_asynchronous->isChecked() ? MirrorWriteMode::Asynchronous : MirrorWriteMode::Synchronous;
    QString text = tr("Copy type: %1.").arg(Rules::copyTypeText(mode, m_consistency->isChecked()));
    if (m_consistency->isChecked()) {
        text += u' '
            + tr("Adding pairs to the write consistency group might impact host I/O performance: remote "
                 "writes of the group are applied one after the other.");
    }
    m_copyType->setText(text);
    updateState();
}

QString ChangeWriteModeDialog::problem() const
{
    if (table()->rowCount() == 0) {
        return tr("This storage subsystem has no primary logical drives of mirrored pairs.");
    }
    if (const QString p = MirrorPairsDialog::problem(); !p.isEmpty()) {
        return p;
    }
    const Configuration& c = snapshot()->config;
    const MirrorWriteMode mode
        = m_asynchronous->isChecked() ? MirrorWriteMode::Asynchronous : MirrorWriteMode::Synchronous;
    const bool consistency = m_consistency->isChecked();
    bool anyChange = false;
    for (const ObjectId id : table()->selectedIds()) {
        const Mirror m = c.mirrors.value(id);
        anyChange = anyChange || m.writeMode != mode
            || (mode == MirrorWriteMode::Asynchronous && m.inConsistencyGroup() != consistency);
        if (consistency && m.autoResync) {
            return tr("%1 uses Automatic resynchronization: members of the write consistency group must use Manual "
                      "(Change ▸ Synchronization Settings first).")
                .arg(c.logicalDrives.value(id).name);
        }
    }
    if (!anyChange) {
        return tr("The selected pairs already use this write mode.");
    }
    return {};
}

CommandRequest ChangeWriteModeDialog::request() const
{
    const bool async = m_asynchronous->isChecked();
    QJsonObject args {{u"localLogicalDrives"_s, toJson(table()->namesOf(table()->selectedIds()))},
        {u"writeMode"_s, async ? u"asynchronous"_s : u"synchronous"_s}};
    if (async) {
        args.insert(u"writeOrder"_s, m_consistency->isChecked() ? u"preserved"_s : u"notPreserved"_s);
    }
    return {u"setRemoteMirror"_s, args};
}

void ChangeWriteModeDialog::act()
{
    const QList<ObjectId> ids = table()->selectedIds();
    const bool async = m_asynchronous->isChecked();
    const QString copyType = Rules::copyTypeText(
        async ? MirrorWriteMode::Asynchronous : MirrorWriteMode::Synchronous, m_consistency->isChecked());
    const QString message
        = tr("Change the write mode of these pairs to %1 (%2)?\n\n%3\n\nA pair that is "
             "synchronized first copies what the old mode had not yet sent.")
              .arg(async ? tr("Asynchronous") : tr("Synchronous"), copyType, bulletList(snapshot()->config, ids));
    if (!Confirm::ask(this, Consequence::ChangesState, tr("Confirmation"), message)) {
        return;
    }
    submit(request(), [this, copyType, count = ids.size()](const CommandResult&) {
        showCompleted(parentWidget(), tr("Completed"),
            tr("The write mode of %n mirrored pair(s) was changed: %1.", nullptr, static_cast<int>(count))
                .arg(copyType));
        accept();
    });
}

// ---------------------------------------------------------------------------------------------------------------

RemoveMirrorRelationshipDialog::RemoveMirrorRelationshipDialog(
    EngineConnection* connection, ObjectId subsystemId, const QList<ObjectId>& preselected, QWidget* parent)
    : MirrorPairsDialog(connection, subsystemId, parent)
{
    setObjectName(u"removeMirrorDialog"_s);
    setWindowTitle(tr("Remove Mirror Relationship"));
    build(tr("All mirror relationships of this storage subsystem are listed; select the ones to remove (Ctrl+click "
             "selects several). The data on both logical drives is not changed: the primary goes on serving hosts, "
             "and the secondary becomes a standard logical drive hosts can write. To keep the relationship while you "
             "back up the secondary, use Suspend instead."),
        tr("Write Mode"), nullptr, tr("&Remove"));
    table()->setDetail([](const Configuration&, const Mirror& m) {
        return tr("%1 (%2)", "write mode (copy type)").arg(Rules::writeModeText(m), Rules::copyTypeText(m));
    });
    refresh();
    table()->selectIds(preselected);
    updateState();
}

bool RemoveMirrorRelationshipDialog::include(const Mirror&) const
{
    return true;
}

QString RemoveMirrorRelationshipDialog::problem() const
{
    if (table()->rowCount() == 0) {
        return tr("This storage subsystem has no mirror relationships.");
    }
    return MirrorPairsDialog::problem();
}

QString RemoveMirrorRelationshipDialog::note() const
{
    const Snapshot& s = *snapshot();
    QStringList local;
    for (const ObjectId id : table()->selectedIds()) {
        const Mirror m = s.config.mirrors.value(id);
        if (!s.mirrors.value(id).linkUp || s.config.partnerOf(m) == nullptr) {
            local.append(s.config.logicalDrives.value(id).name);
        }
    }
    if (local.isEmpty()) {
        return {};
    }
    return tr("The remote storage subsystem cannot be reached for %1, or no longer lists it: only this storage "
              "subsystem's side of the relationship is removed. Remove it on the other storage subsystem too once "
              "the link is back.")
        .arg(local.join(u", "_s));
}

CommandRequest RemoveMirrorRelationshipDialog::request() const
{
    return {u"removeRemoteMirror"_s, {{u"localLogicalDrives"_s, toJson(table()->namesOf(table()->selectedIds()))}}};
}

void RemoveMirrorRelationshipDialog::act()
{
    const Configuration& c = snapshot()->config;
    const QList<ObjectId> ids = table()->selectedIds();
    QString message = tr("Remove these mirror relationships?\n\n%1\n\nThe data on both logical drives is not changed. "
                         "The relationships can be created again later, with a full synchronization.")
                          .arg(bulletList(c, ids));
    if (const QString n = note(); !n.isEmpty()) {
        message += u"\n\n"_s + n;
    }
    if (!Confirm::ask(this, Consequence::ChangesState, tr("Confirmation"), message)) {
        return;
    }
    submit(request(), [this](const CommandResult& result) {
        QStringList oneSided;
        for (const auto& v : result.data.value(u"removed"_s).toArray()) {
            if (!v.toObject().value(u"bothSides"_s).toBool()) {
                oneSided.append(v.toObject().value(u"logicalDrive"_s).toString());
            }
        }
        if (!oneSided.isEmpty()) {
            showCompleted(parentWidget(), tr("Remove Mirror Relationship"),
                tr("Removed on this storage subsystem only: %1. The remote storage subsystem still lists the "
                   "relationship; remove it there too once the link is back.")
                    .arg(oneSided.join(u", "_s)));
        }
        accept();
    });
}

// ---------------------------------------------------------------------------------------------------------------

MirroringPropertiesWidget::MirroringPropertiesWidget(
    EngineConnection* connection, ObjectId subsystemId, ObjectId logicalDriveId, QWidget* parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_subsystemId(subsystemId)
    , m_ldId(logicalDriveId)
{
    setObjectName(u"mirroringPropertiesWidget"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    auto* rows = new QWidget(this);
    m_form = new QFormLayout(rows);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setLabelAlignment(Qt::AlignRight);
    m_form->setHorizontalSpacing(16);
    m_form->setVerticalSpacing(8);
    layout->addWidget(rows);
    m_progressLabel = new QLabel(this);
    m_progressLabel->setObjectName(u"syncProgressLabel"_s);
    layout->addWidget(m_progressLabel);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"syncProgressBar"_s);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Synchronization progress"));
    QPalette blue = m_progress->palette();
    blue.setColor(QPalette::Highlight, Icons::Palette::inProgress);
    m_progress->setPalette(blue);
    layout->addWidget(m_progress);
    layout->addStretch(1);
    if (m_connection) {
        connect(m_connection, &EngineConnection::snapshotChanged, this, &MirroringPropertiesWidget::refresh);
    }
    refresh();
}

MirroringPropertiesWidget::~MirroringPropertiesWidget() = default;

QString MirroringPropertiesWidget::value(const QString& label) const
{
    for (const auto& [key, text] : m_rows) {
        if (key == label) {
            return text;
        }
    }
    return {};
}

void MirroringPropertiesWidget::refresh()
{
    const SnapshotPtr snapshot = m_connection ? m_connection->snapshot() : std::make_shared<Snapshot>();
    const Configuration& c = snapshot->config;
    const LogicalDrive ld = c.logicalDrives.value(m_ldId);
    QList<QPair<QString, QString>> rows;
    double percent = -1;
    QString progressText;
    if (const Mirror* m = c.mirrorOf(m_ldId); m != nullptr) {
        const Mirror* partner = c.partnerOf(*m);
        const QString local = c.subsystems.value(m->subsystemId).name;
        const QString remote = c.subsystems.value(m->remoteSubsystemId).name;
        QString status = Rules::statusText(*m);
        if (!m->statusReason.isEmpty()) {
            status = tr("%1: %2", "status: reason").arg(status, m->statusReason);
        }
        const bool fromPartner
            = m->role == MirrorRole::Secondary && partner != nullptr && partner->role == MirrorRole::Primary;
        const MirrorRuntime rt = snapshot->mirrors.value(fromPartner ? partner->id : m->id);
        const bool primary = m->role == MirrorRole::Primary;
        rows = {{tr("Role", "mirror role"), Rules::roleText(m->role)},
            {tr("Remote logical drive"), c.logicalDrives.value(m->remoteDriveId).name},
            {tr("Remote storage subsystem"), Texts::subsystemLabel(remote)},
            {tr("Direction"),
                primary || m->status == MirrorStatus::DualSecondary ? Rules::directionText(local, remote)
                                                                    : Rules::directionText(remote, local)},
            {tr("Write mode"), Rules::writeModeText(*m)}, {tr("Copy type"), Rules::copyTypeText(*m)},
            {tr("Synchronization priority"), Texts::copyPriority(m->syncPriority)},
            {tr("Resynchronization method"), Rules::resyncText(m->autoResync)}, {tr("Status", "mirror status"), status},
            {tr("Out of sync"), formatBytes(rt.outOfSyncBytes, QLocale())},
            {tr("Last synchronized"),
                m->lastSynchronized.isValid()
                    ? QLocale().toString(m->lastSynchronized.toLocalTime(), QLocale::LongFormat)
                    : tr("Never", "last synchronized")},
            {tr("Remote mirror link"),
                tr("Path of controller %1: %2").arg(ld.currentOwner, Rules::pathStateText(Rules::pathStateOf(c, *m)))}};
        if (m->status == MirrorStatus::Synchronizing) {
            percent = std::max(0.0, rt.progressPercent);
            progressText = tr("Synchronization progress: %1%").arg(QLocale().toString(percent, 'f', 0));
            if (rt.etaSeconds >= 0 && rt.bytesPerSecond > 0) {
                progressText
                    = tr("%1 — %2 remaining at %3", "progress — time remaining at rate")
                          .arg(progressText, Texts::duration(rt.etaSeconds), Texts::rate(rt.bytesPerSecond, QLocale()));
            }
        }
    } else if (ld.kind == LogicalDriveKind::MirrorRepository) {
        rows = {{tr("Remote mirror"),
            tr("Mirror repository logical drive of controller %1: it logs the remote "
               "writes not yet written to the secondaries.")
                .arg(ld.preferredOwner)}};
    } else {
        rows = {{tr("Remote mirror"), tr("Not in a mirror relationship")}};
    }
    bool sameLabels = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameLabels && i < rows.size(); ++i) {
        sameLabels = rows.at(i).first == m_rows.at(i).first;
    }
    if (!sameLabels) {
        while (m_form->rowCount() > 0) {
            m_form->removeRow(0);
        }
        m_values.clear();
        for (const auto& [label, text] : std::as_const(rows)) {
            auto* key = new QLabel(label + u':', this);
            key->setStyleSheet(Theme::css(u"QLabel { color: #4a5968; }"_s));
            auto* value = new QLabel(text, this);
            value->setWordWrap(true);
            value->setTextInteractionFlags(Qt::TextSelectableByMouse);
            m_form->addRow(key, value);
            m_values.append(value);
        }
    } else {
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (m_values.at(i)->text() != rows.at(i).second) {
                m_values.at(i)->setText(rows.at(i).second);
            }
        }
    }
    m_rows = rows;
    m_progressLabel->setText(progressText);
    m_progressLabel->setVisible(percent >= 0);
    m_progress->setVisible(percent >= 0);
    m_progress->setValue(static_cast<int>(std::max(0.0, percent) * 10));
}

} // namespace Copyline
