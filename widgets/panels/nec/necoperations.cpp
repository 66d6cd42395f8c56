// SPDX-License-Identifier: GPL-3.0-or-later
#include "necoperations.h"

#include "common/theme.h"
#include "dialogs/equivalentcommanddialog.h"
#include "dialogs/messagebox.h"
#include "panels/nec/necdata.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Copyline::NecUi
{

void submitInOrder(EngineConnection* connection,
    QList<CommandRequest> requests,
    QObject* context,
    std::function<void(const QString& error)> done)
{
    if (connection == nullptr) {
        done(OperationDialog::tr("The console is not connected to an engine."));
        return;
    }
    if (requests.isEmpty()) {
        done({});
        return;
    }
    const CommandRequest first = requests.takeFirst();
    const QPointer<EngineConnection> guard(connection);
    connection->submit(first, context,
        [guard, rest = std::move(requests), context, done = std::move(done)](const CommandResult& result) mutable {
            if (!result.ok()) {
                done(result.error.localizedMessage());
                return;
            }
            if (!guard) {
                done({});
                return;
            }
            submitInOrder(guard, std::move(rest), context, std::move(done));
        });
}

OperationDialog::OperationDialog(
    EngineConnection* connection, const QString& title, const QString& objectName, QWidget* parent)
    : QDialog(parent)
    , m_connection(connection)
{
    setObjectName(objectName);
    setWindowTitle(title);
    setAttribute(Qt::WA_DeleteOnClose);
    auto* layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize); // wrapped labels get the height they need
    m_intro = new QLabel(this);
    m_intro->setObjectName(u"introLabel"_s);
    m_intro->setWordWrap(true);
    m_intro->setMinimumWidth(500); // the layout's minimum size is the dialog's: wide enough for the options
    m_intro->hide();
    layout->addWidget(m_intro);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setVerticalSpacing(10);
    layout->addLayout(m_form);
    m_hint = new QLabel(this);
    m_hint->setObjectName(u"hintLabel"_s);
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(Theme::css(u"color: #8a5a00;"_s));
    m_hint->hide();
    layout->addWidget(m_hint);
    layout->addStretch(1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(u"okButton"_s);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &OperationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_equivalent = new EquivalentCommandButton(
        [this]() {
            const SnapshotPtr snapshot = m_connection != nullptr ? m_connection->snapshot() : SnapshotPtr();
            if (!snapshot || !m_request || !m_ok->isEnabled()) {
                return EquivalentCommand {};
            }
            return equivalentCommand(snapshot->config, 0, {m_request()});
        },
        this);
    buttons->addButton(m_equivalent, QDialogButtonBox::HelpRole);
    layout->addWidget(buttons);
}

OperationDialog::~OperationDialog() = default;

void OperationDialog::setIntro(const QString& text)
{
    m_intro->setText(text);
    m_intro->setVisible(!text.isEmpty());
}

void OperationDialog::setValidator(std::function<QString()> validator)
{
    m_validator = std::move(validator);
    revalidate();
}

void OperationDialog::revalidate()
{
    const QString why = m_validator ? m_validator() : QString();
    m_hint->setText(why);
    m_hint->setVisible(!why.isEmpty());
    m_ok->setEnabled(why.isEmpty() && !m_busy);
}

QString OperationDialog::hintText() const
{
    return m_hint->isVisible() ? m_hint->text() : QString();
}

void OperationDialog::accept()
{
    if (m_busy || !m_ok->isEnabled() || !m_request) {
        return;
    }
    if (m_connection == nullptr) {
        MessageBox::critical(this, windowTitle(), tr("The console is not connected to an engine."));
        return;
    }
    m_busy = true;
    revalidate();
    m_connection->submit(m_request(), this, [this](const CommandResult& result) {
        m_busy = false;
        revalidate();
        if (!result.ok()) {
            MessageBox::critical(this, windowTitle(), result.error.localizedMessage());
            return;
        }
        QDialog::accept();
    });
}

namespace
{

QString ldText(const Configuration& config, ObjectId ldId)
{
    return u"%1 (%2)"_s.arg(ldName(config, ldId), ldnOf(config, ldId));
}

QString pairIntro(const Relationship& pair, const Configuration& config)
{
    const QString text
        = OperationDialog::tr("MV %1, RV %2 — %3 (%4)")
              .arg(ldText(config, pair.sourceId), ldText(config, pair.targetId), NecTexts::activity(pair), pair.state);
    if (!isRemotePair(config, pair)) {
        return text;
    }
    return text + u'\n'
        + OperationDialog::tr("RemoteDataReplication from disk array %1 to %2.")
              .arg(config.subsystems.value(pair.subsystemId).name,
                  config.subsystems.value(rvArrayOf(config, pair)).name);
}

QJsonObject pairArgs(const Relationship& pair, const Configuration& config)
{
    return {{u"mv"_s, ldName(config, pair.sourceId)}, {u"rv"_s, ldName(config, pair.targetId)}};
}

/** A wrapped grey line under an option: what it does. */
QLabel* note(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setStyleSheet(Theme::css(u"color: #5f6b76;"_s));
    label->setContentsMargins(24, 0, 0, 0);
    return label;
}

QRadioButton* radio(const QString& text, const QString& name, QWidget* parent, bool checked = false)
{
    auto* b = new QRadioButton(text, parent);
    b->setObjectName(name);
    b->setChecked(checked);
    return b;
}

/** Two or three radio buttons in a row, one group. */
QWidget* radioRow(QWidget* parent, std::initializer_list<QRadioButton*> buttons)
{
    auto* row = new QWidget(parent);
    auto* layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* group = new QButtonGroup(row);
    for (QRadioButton* b : buttons) {
        b->setParent(row);
        group->addButton(b);
        layout->addWidget(b);
    }
    return row;
}

/** Table 3-3's restrictions @p codes as a combo box, @p current selected. */
QComboBox* rvAccessCombo(QWidget* parent, const QStringList& codes, const QString& current)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(u"rvAccessCombo"_s);
    for (const QString& code : codes) {
        combo->addItem(NecTexts::rvAccess(code), code);
    }
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
    return combo;
}

} // namespace

OperationDialog* pairSettingDialog(EngineConnection* connection,
    const SnapshotPtr& snapshot,
    ObjectId arrayId,
    const QString& mvPreset,
    QWidget* parent)
{
    auto* d = new OperationDialog(connection, OperationDialog::tr("Pair Setting"), u"necPairSettingDialog"_s, parent);
    const Configuration& config = snapshot->config;
    d->setIntro(OperationDialog::tr("Binds an RV to an MV of disk array %1. The pair starts Separated; its first "
                                    "Replicate copies the whole MV. MV and RV need the same capacity and OS type. An "
                                    "RV on a disk array linked to this one makes a RemoteDataReplication pair.")
                    .arg(config.subsystems.value(arrayId).name));
    auto* mv = new QComboBox(d);
    mv->setObjectName(u"mvCombo"_s);
    auto* rv = new QComboBox(d);
    rv->setObjectName(u"rvCombo"_s);
    QSet<ObjectId> controlVolumes;
    for (const CopyPath& p : config.copyPaths) {
        if (p.kind == u"necDisk"_s && isControl(p)) {
            controlVolumes.insert(p.sourceRef);
        }
    }
    const QList<LogicalDrive> lds = logicalDisks(config, arrayId);
    const auto text = [&config](const LogicalDrive& ld) -> QString {
        return OperationDialog::tr("%1 (%2, %3, %4)")
                   .arg(ldName(config, ld.id), ldnOf(config, ld.id), osTypeOf(config, ld.id),
                       classificationOf(config, ld.id))
            + u", "_s + QLocale().formattedDataSize(ld.capacity, 1, QLocale::DataSizeTraditionalFormat);
    };
    for (const LogicalDrive& ld : lds) {
        if (classificationOf(config, ld.id) != u"RV"_s && !controlVolumes.contains(ld.id)) {
            mv->addItem(text(ld), ld.name);
        }
    }
    if (!mvPreset.isEmpty()) {
        mv->setCurrentIndex(std::max(0, mv->findData(mvPreset)));
    }
    // RV candidates: IVs of the MV's capacity and OS type that are no control volume (what the engine accepts).
    // ... on this disk array (DynamicDataReplication) and on the arrays linked to it (RemoteDataReplication).
    QList<ObjectId> rvArrays {arrayId};
    for (const MirrorLink& l : linksOf(config, arrayId)) {
        rvArrays.append(otherEnd(l, arrayId));
    }
    const auto fillRv = [snapshot, arrayId, rvArrays, mv, rv, controlVolumes, text]() {
        const Configuration& c = snapshot->config;
        const LogicalDrive* chosen = c.logicalDriveByName(arrayId, mv->currentData().toString());
        rv->clear();
        if (chosen == nullptr) {
            return;
        }
        for (const ObjectId array : rvArrays) {
            for (const LogicalDrive& ld : logicalDisks(c, array)) {
                if (ld.id != chosen->id && classificationOf(c, ld.id) == u"IV"_s && !controlVolumes.contains(ld.id)
                    && ld.capacity == chosen->capacity && osTypeOf(c, ld.id) == osTypeOf(c, chosen->id)) {
                    rv->addItem(array == arrayId ? text(ld)
                                                 : OperationDialog::tr("%1 on disk array %2 (RemoteDataReplication)")
                                                       .arg(text(ld), c.subsystems.value(array).name),
                        ldName(c, ld.id));
                }
            }
        }
    };
    fillRv();
    d->form()->addRow(OperationDialog::tr("MV:"), mv);
    d->form()->addRow(OperationDialog::tr("RV:"), rv);
    d->setValidator([mv, rv]() -> QString {
        if (mv->currentIndex() < 0) {
            return OperationDialog::tr("The disk array has no logical disk that can become an MV.");
        }
        if (rv->currentIndex() < 0) {
            return OperationDialog::tr("No ordinary volume (IV) of the MV's capacity and OS type can become its RV.");
        }
        return {};
    });
    QObject::connect(mv, &QComboBox::currentIndexChanged, d, [d, fillRv]() {
        fillRv();
        d->revalidate();
    });
    QObject::connect(rv, &QComboBox::currentIndexChanged, d, &OperationDialog::revalidate);
    d->setRequest([mv, rv]() {
        return CommandRequest {
            u"necSetPair"_s, {{u"mv"_s, mv->currentData().toString()}, {u"rv"_s, rv->currentData().toString()}}};
    });
    return d;
}

OperationDialog* unpairDialog(
    EngineConnection* connection, const Relationship& pair, const Configuration& config, QWidget* parent)
{
    auto* d = new OperationDialog(connection, OperationDialog::tr("Unpair"), u"necUnpairDialog"_s, parent);
    d->setIntro(pairIntro(pair, config) + u"\n\n"_s
        + OperationDialog::tr("Cancels the pair: both logical disks become ordinary volumes (IV)."));
    auto* force = new QCheckBox(OperationDialog::tr("Forced unpair"), d);
    force->setObjectName(u"forceCheck"_s);
    d->form()->addRow(force);
    d->form()->addRow(note(OperationDialog::tr("In any state; the RV may hold partly copied data."), d));
    const bool separated = pair.state == u"separated"_s;
    d->setValidator([force, separated]() -> QString {
        if (!separated && !force->isChecked()) {
            return OperationDialog::tr("The pair is not separated: separate it first, or use forced unpair.");
        }
        return {};
    });
    QObject::connect(force, &QCheckBox::toggled, d, &OperationDialog::revalidate);
    const QJsonObject args = pairArgs(pair, config);
    d->setRequest([args, force]() {
        QJsonObject a = args;
        if (force->isChecked()) {
            a.insert(u"force"_s, true);
        }
        return CommandRequest {u"necUnpair"_s, a};
    });
    return d;
}

OperationDialog* replicateDialog(
    EngineConnection* connection, const Relationship& pair, const Configuration& config, QWidget* parent)
{
    auto* d = new OperationDialog(connection, OperationDialog::tr("Replicate"), u"necReplicateDialog"_s, parent);
    d->setIntro(pairIntro(pair, config) + u"\n\n"_s
        + OperationDialog::tr("Copies the MV to the RV (rpl/exec); afterwards MV updates are reflected to the RV "
                              "(rpl/sync). The RV must be unmounted on every server."));
    auto* diff = radio(
        OperationDialog::tr("Difference (only what changed since the separate)"), u"copyRangeDifference"_s, d, true);
    auto* full = radio(OperationDialog::tr("Full (the whole MV)"), u"copyRangeFull"_s, d);
    d->form()->addRow(OperationDialog::tr("Copy range:"), radioRow(d, {diff, full}));
    auto* sync = radio(OperationDialog::tr("Sync Mode (foreground copy)"), u"copyModeSync"_s, d, true);
    auto* semi = radio(OperationDialog::tr("Semi Sync Mode"), u"copyModeSemiSync"_s, d);
    auto* bg = radio(OperationDialog::tr("Background Copy"), u"copyModeBackground"_s, d);
    // Table 3-2: Semi Sync Mode is for RemoteDataReplication only.
    const bool remote = isRemotePair(config, pair);
    semi->setEnabled(remote);
    semi->setToolTip(remote ? OperationDialog::tr("Host writes complete without waiting for the RV while less than "
                                                  "the disk array's Semi Sync limit waits to be reflected; beyond "
                                                  "it, as in Sync Mode.")
                            : OperationDialog::tr("For RemoteDataReplication only: inside one disk array Sync Mode "
                                                  "costs little."));
    d->form()->addRow(OperationDialog::tr("Copy control state:"), radioRow(d, {sync, semi, bg}));
    auto* acc = rvAccessCombo(d, {u"nr"_s, u"ro"_s}, u"nr"_s);
    d->form()->addRow(OperationDialog::tr("RV access during replicate:"), acc);
    const QJsonObject args = pairArgs(pair, config);
    d->setRequest([args, full, semi, bg, acc]() {
        QJsonObject a = args;
        a.insert(u"cprange"_s, full->isChecked() ? u"full"_s : u"diff"_s);
        a.insert(u"cpmode"_s, bg->isChecked() ? u"bg"_s : semi->isChecked() ? u"semi"_s : u"sync"_s);
        a.insert(u"rvacc"_s, acc->currentData().toString());
        return CommandRequest {u"necReplicate"_s, a};
    });
    d->revalidate();
    return d;
}

OperationDialog* separateDialog(
    EngineConnection* connection, const Relationship& pair, const Configuration& config, QWidget* parent)
{
    auto* d = new OperationDialog(connection, OperationDialog::tr("Separate"), u"necSeparateDialog"_s, parent);
    d->setIntro(pairIntro(pair, config) + u"\n\n"_s
        + OperationDialog::tr("Separates the RV from the MV: the difference still to reflect is copied (sep/exec), "
                              "then the RV holds the MV as of the separate (separated)."));
    auto* acc = rvAccessCombo(d, {u"rw"_s, u"ro"_s}, u"rw"_s);
    d->form()->addRow(OperationDialog::tr("RV access after separate:"), acc);
    auto* complete = radio(OperationDialog::tr("When the separate completes (complete)"), u"rvUseComplete"_s, d, true);
    auto* immediate = radio(
        OperationDialog::tr("Immediately, while the difference is reflected (immediate)"), u"rvUseImmediate"_s, d);
    // docs/nec.md: without the array's redirection of RV reads, an RV opened early would show grains not yet
    // reflected; Copyline records the choice and opens the RV when the separate completes.
    immediate->setToolTip(OperationDialog::tr("Copyline gives the RV to hosts when the separate completes either way: "
                                              "it does not redirect RV reads to the MV while the difference is "
                                              "reflected, as the disk array does. In Sync Mode that is at once."));
    d->form()->addRow(OperationDialog::tr("RV use:"), radioRow(d, {complete, immediate}));
    auto* force = new QCheckBox(OperationDialog::tr("Forced separate"), d);
    force->setObjectName(u"forceCheck"_s);
    d->form()->addRow(force);
    d->form()->addRow(note(OperationDialog::tr("When an ordinary separate is not possible: at once, in any state; "
                                               "what is not yet copied stays recorded as difference."),
        d));
    // On the RV's engine of another engine's pair, only a Forced Separate, while that engine cannot be reached.
    const QString manager = managingSite(config, pair);
    const bool onlyForced = pair.state == u"rst/exec"_s || pair.state == u"sep/exec"_s || !manager.isEmpty();
    if (onlyForced) {
        force->setChecked(true);
    }
    if (!manager.isEmpty()) {
        d->form()->addRow(note(OperationDialog::tr("The engine of site %1 manages this pair. Here only a Forced "
                                                   "Separate is possible, and only while that engine cannot be "
                                                   "reached (a failover): the RV is then usable on this site.")
                                   .arg(manager),
            d));
    }
    const auto sync = [complete, immediate, force]() {
        complete->setEnabled(!force->isChecked());
        immediate->setEnabled(!force->isChecked());
    };
    sync();
    d->setValidator([force, onlyForced, manager, state = pair.state]() -> QString {
        if (onlyForced && !force->isChecked()) {
            return manager.isEmpty()
                ? OperationDialog::tr("In %1 only a forced separate is possible.").arg(state)
                : OperationDialog::tr("The engine of site %1 manages this pair: here only a forced separate is "
                                      "possible.")
                      .arg(manager);
        }
        return {};
    });
    QObject::connect(force, &QCheckBox::toggled, d, [d, sync]() {
        sync();
        d->revalidate();
    });
    const QJsonObject args = pairArgs(pair, config);
    d->setRequest([args, acc, immediate, force]() {
        QJsonObject a = args;
        a.insert(u"rvacc"_s, acc->currentData().toString());
        if (force->isChecked()) {
            a.insert(u"force"_s, true);
        } else {
            a.insert(u"rvuse"_s, immediate->isChecked() ? u"immediate"_s : u"complete"_s);
        }
        return CommandRequest {u"necSeparate"_s, a};
    });
    return d;
}

OperationDialog* restoreDialog(
    EngineConnection* connection, const Relationship& pair, const Configuration& config, QWidget* parent)
{
    auto* d = new OperationDialog(connection, OperationDialog::tr("Restore"), u"necRestoreDialog"_s, parent);
    d->setIntro(pairIntro(pair, config) + u"\n\n"_s
        + OperationDialog::tr("Copies the RV back to the MV (rst/exec). MV and RV must be unmounted on every "
                              "server."));
    auto* protect = new QCheckBox(OperationDialog::tr("RV protection"), d);
    protect->setObjectName(u"protectCheck"_s);
    d->form()->addRow(protect);
    d->form()->addRow(note(OperationDialog::tr("MV updates are not reflected to the RV, and the pair separates "
                                               "automatically when the restore ends. Without it, MV updates are "
                                               "reflected to the RV until you separate."),
        d));
    auto* acc = rvAccessCombo(d, {u"nr"_s, u"ro"_s}, u"nr"_s);
    d->form()->addRow(OperationDialog::tr("RV access during restore:"), acc);
    const QJsonObject args = pairArgs(pair, config);
    d->setRequest([args, protect, acc]() {
        QJsonObject a = args;
        a.insert(u"mode"_s, protect->isChecked() ? u"protect"_s : u"normal"_s);
        a.insert(u"rvacc"_s, acc->currentData().toString());
        return CommandRequest {u"necRestore"_s, a};
    });
    d->revalidate();
    return d;
}

OperationDialog* rvAccessDialog(
    EngineConnection* connection, const Relationship& pair, const Configuration& config, QWidget* parent)
{
    auto* d = new OperationDialog(
        connection, OperationDialog::tr("RV Access Restriction Change"), u"necRvAccessDialog"_s, parent);
    const bool separated = pair.state == u"separated"_s;
    d->setIntro(pairIntro(pair, config) + u"\n\n"_s
        + (separated ? OperationDialog::tr("In the Separated state the RV can be Read/Write or Read Only.")
                     : OperationDialog::tr("While MV and RV are paired the RV can be Not Ready or Read Only.")));
    auto* acc = rvAccessCombo(
        d, separated ? QStringList {u"rw"_s, u"ro"_s} : QStringList {u"nr"_s, u"ro"_s}, NecTexts::rvAccessCode(pair));
    d->form()->addRow(OperationDialog::tr("RV access:"), acc);
    const QJsonObject args = pairArgs(pair, config);
    d->setRequest([args, acc]() {
        QJsonObject a = args;
        a.insert(u"rvacc"_s, acc->currentData().toString());
        return CommandRequest {u"necSetRvAccess"_s, a};
    });
    d->revalidate();
    return d;
}

namespace
{

QSpinBox* bandwidthBox(QWidget* parent, qint64 bytesPerSecond)
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(u"bandwidthSpin"_s);
    box->setRange(0, 100'000);
    box->setSuffix(OperationDialog::tr(" MB/s"));
    box->setSpecialValueText(OperationDialog::tr("Unlimited"));
    box->setValue(static_cast<int>(bytesPerSecond / 1'000'000));
    return box;
}

QSpinBox* roundTripBox(QWidget* parent, qint64 micros)
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(u"roundTripSpin"_s);
    box->setRange(0, 10'000);
    box->setSuffix(OperationDialog::tr(" ms"));
    box->setValue(static_cast<int>(micros / 1000));
    return box;
}

/** The link's speed from the two boxes, in necConnectDiskArrays' and necSetLink's arguments. */
void addLinkShape(QJsonObject& arguments, const QSpinBox* bandwidth, const QSpinBox* roundTrip)
{
    arguments.insert(u"bandwidth"_s, qint64(bandwidth->value()) * 1'000'000);
    arguments.insert(u"roundTrip"_s, roundTrip->value());
}

QJsonObject linkEnds(const Configuration& config, ObjectId arrayId, ObjectId remoteId)
{
    return {
        {u"subsystem"_s, config.subsystems.value(arrayId).name}, {u"remote"_s, config.subsystems.value(remoteId).name}};
}

} // namespace

OperationDialog* connectDiskArraysDialog(
    EngineConnection* connection, const SnapshotPtr& snapshot, ObjectId arrayId, QWidget* parent)
{
    auto* d = new OperationDialog(
        connection, OperationDialog::tr("Connect Disk Arrays"), u"necConnectDiskArraysDialog"_s, parent);
    const Configuration& config = snapshot->config;
    d->setIntro(OperationDialog::tr("Cables the Replication Director of disk array %1 to another disk array's. "
                                    "RemoteDataReplication pairs copy over this link; both arrays need the "
                                    "RemoteDataReplication licence.")
                    .arg(config.subsystems.value(arrayId).name));
    auto* remote = new QComboBox(d);
    remote->setObjectName(u"remoteArrayCombo"_s);
    for (const Subsystem& s : diskArrays(config)) {
        if (s.id != arrayId && linkBetweenArrays(config, arrayId, s.id) == nullptr) {
            remote->addItem(OperationDialog::tr("%1 (%2)").arg(s.name, wordValue(s.options, u"userName"_s)), s.id);
        }
    }
    const MirrorLink defaults;
    auto* bandwidth = bandwidthBox(d, defaults.bandwidth);
    auto* roundTrip = roundTripBox(d, defaults.roundTripMicros);
    d->form()->addRow(OperationDialog::tr("Disk array:"), remote);
    d->form()->addRow(OperationDialog::tr("Bandwidth:"), bandwidth);
    d->form()->addRow(OperationDialog::tr("Round trip:"), roundTrip);
    d->setValidator([remote]() -> QString {
        return remote->currentIndex() < 0
            ? OperationDialog::tr("Every other disk array is linked to this one already, or there is none.")
            : QString();
    });
    d->setRequest([snapshot, arrayId, remote, bandwidth, roundTrip]() {
        QJsonObject a = linkEnds(snapshot->config, arrayId, remote->currentData().toLongLong());
        addLinkShape(a, bandwidth, roundTrip);
        return CommandRequest {u"necConnectDiskArrays"_s, a};
    });
    d->revalidate();
    return d;
}

OperationDialog* linkSettingsDialog(EngineConnection* connection,
    const MirrorLink& link,
    const Configuration& config,
    ObjectId arrayId,
    QWidget* parent)
{
    auto* d = new OperationDialog(connection, OperationDialog::tr("Link Settings"), u"necLinkDialog"_s, parent);
    const ObjectId remoteId = otherEnd(link, arrayId);
    d->setIntro(OperationDialog::tr("The link between disk arrays %1 and %2, path state %3. A link fault (path down) "
                                    "separates the pairs replicating over it due to a failure when their copies "
                                    "cannot reach the RV; after repairing it, check that the path state is normal and "
                                    "Replicate them again.")
                    .arg(config.subsystems.value(arrayId).name, config.subsystems.value(remoteId).name,
                        NecTexts::pathState(link)));
    auto* state = new QComboBox(d);
    state->setObjectName(u"pathStateCombo"_s);
    state->addItem(OperationDialog::tr("Up (normal)"), u"up"_s);
    state->addItem(OperationDialog::tr("Down (link fault)"), u"down"_s);
    state->addItem(OperationDialog::tr("Flapping (intermittent fault)"), u"flapping"_s);
    state->setCurrentIndex(link.pathA == LinkPathState::Down ? 1 : link.pathA == LinkPathState::Flapping ? 2 : 0);
    auto* bandwidth = bandwidthBox(d, link.bandwidth);
    auto* roundTrip = roundTripBox(d, link.roundTripMicros);
    d->form()->addRow(OperationDialog::tr("Path:"), state);
    d->form()->addRow(note(OperationDialog::tr("A simulated fault of the cable or the Replication Director."), d));
    d->form()->addRow(OperationDialog::tr("Bandwidth:"), bandwidth);
    d->form()->addRow(OperationDialog::tr("Round trip:"), roundTrip);
    const QJsonObject ends = linkEnds(config, arrayId, remoteId);
    d->setRequest([ends, state, bandwidth, roundTrip]() {
        QJsonObject a = ends;
        a.insert(u"state"_s, state->currentData().toString());
        addLinkShape(a, bandwidth, roundTrip);
        return CommandRequest {u"necSetLink"_s, a};
    });
    d->revalidate();
    return d;
}

OperationDialog* disconnectDiskArraysDialog(EngineConnection* connection,
    const MirrorLink& link,
    const Configuration& config,
    ObjectId arrayId,
    QWidget* parent)
{
    auto* d = new OperationDialog(
        connection, OperationDialog::tr("Disconnect Disk Arrays"), u"necDisconnectDiskArraysDialog"_s, parent);
    const ObjectId remoteId = otherEnd(link, arrayId);
    const int carried = remotePairsOn(config, link);
    d->setIntro(OperationDialog::tr("Removes the link between disk arrays %1 and %2.")
                    .arg(config.subsystems.value(arrayId).name, config.subsystems.value(remoteId).name));
    d->setValidator([carried]() -> QString {
        return carried > 0 ? OperationDialog::tr(
                   "%n RemoteDataReplication pair(s) use this link: unpair them first.", nullptr, carried)
                           : QString();
    });
    const QJsonObject ends = linkEnds(config, arrayId, remoteId);
    d->setRequest([ends]() { return CommandRequest {u"necDisconnectDiskArrays"_s, ends}; });
    d->revalidate();
    return d;
}

} // namespace Copyline::NecUi
