// SPDX-License-Identifier: GPL-3.0-or-later
#include "esstaskwizard.h"

#include "common/formwidgets.h"
#include "common/messagelabel.h"
#include "common/theme.h"
#include "dialogs/equivalentcommanddialog.h"
#include "panels/ess/esscommands.h"
#include "panels/ess/esscopystate.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QCheckBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSet>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Copyline::EssUi
{

namespace
{

constexpr int kMaxTaskName = 16; // spec §1.9, seed L4411

/** A page whose completeness and next page the wizard decides. */
class Page final : public QWizardPage
{
public:
    Page(const QString& title, const QString& subTitle, std::function<bool()> complete, std::function<int()> next)
        : m_complete(std::move(complete))
        , m_next(std::move(next))
    {
        setTitle(title);
        setSubTitle(subTitle);
    }
    bool isComplete() const override { return m_complete ? m_complete() : true; }
    int nextId() const override { return m_next ? m_next() : -1; }
    void changed() { Q_EMIT completeChanged(); }

private:
    std::function<bool()> m_complete;
    std::function<int()> m_next;
};

/** A volume as commands name it (the site of another engine's ESS included). */
QString name(const Configuration& config, ObjectId id)
{
    return volumeId(config, id);
}

QList<ObjectId> selectedVolumes(const QList<VolumePair>& pairs)
{
    QList<ObjectId> volumes;
    for (const VolumePair& p : pairs) {
        for (const ObjectId id : {p.source, p.target}) {
            if (id != 0 && !volumes.contains(id)) {
                volumes.append(id);
            }
        }
    }
    return volumes;
}

/** The pairs of @p kind the selected volumes are in; sets @p missing to a volume that is in none. */
QList<Relationship> pairsOfKind(
    const Configuration& config, const QList<VolumePair>& pairs, bool pprc, ObjectId* missing = nullptr)
{
    QList<Relationship> result;
    QSet<ObjectId> seen;
    for (const ObjectId id : selectedVolumes(pairs)) {
        const auto r = pprc ? pprcOf(config, id) : flashCopyOf(config, id);
        if (!r) {
            if (missing != nullptr && *missing == 0) {
                *missing = id;
            }
            continue;
        }
        if (!seen.contains(r->id)) {
            seen.insert(r->id);
            result.append(*r);
        }
    }
    return result;
}

} // namespace

TaskWizard::TaskWizard(SnapshotPtr snapshot, QList<VolumePair> pairs, QWidget* parent)
    : QWizard(parent)
    , m_snapshot(std::move(snapshot))
    , m_pairs(std::move(pairs))
{
    build();
}

TaskWizard::TaskWizard(SnapshotPtr snapshot, PathSelection paths, QWidget* parent)
    : QWizard(parent)
    , m_snapshot(std::move(snapshot))
    , m_paths(std::move(paths))
    , m_pathContext(true)
{
    build();
}

TaskWizard::~TaskWizard() = default;

QString TaskWizard::actionText(Action action)
{
    switch (action) {
    case Action::EstablishFlashCopy:
        return tr("Establish FlashCopy pair");
    case Action::WithdrawFlashCopy:
        return tr("Withdraw FlashCopy pair");
    case Action::EstablishPprc:
        return tr("Establish PPRC copy pair");
    case Action::SuspendPprc:
        return tr("Suspend PPRC copy pair");
    case Action::TerminatePprc:
        return tr("Terminate PPRC copy pair");
    case Action::EstablishPath:
        return tr("Establish Path");
    }
    return {};
}

QString TaskWizard::blocker(Action action, const Configuration& config, const QList<VolumePair>& pairs)
{
    const auto selectBoth = [] { return tr("Select a source volume (left click) and a target volume (right click)."); };
    switch (action) {
    case Action::EstablishFlashCopy:
    case Action::EstablishPprc: {
        const bool fc = action == Action::EstablishFlashCopy;
        if (pairs.isEmpty()) {
            return selectBoth();
        }
        QSet<ObjectId> used;
        for (const VolumePair& p : pairs) {
            if (p.source == 0 || p.target == 0) {
                return selectBoth();
            }
            if (p.source == p.target) {
                return tr("Select a target volume other than the source volume.");
            }
            for (const ObjectId id : {p.source, p.target}) {
                if (used.contains(id)) {
                    return tr("Volume %1 is selected twice.").arg(name(config, id));
                }
                used.insert(id);
            }
            const LogicalDrive source = config.logicalDrives.value(p.source);
            const LogicalDrive target = config.logicalDrives.value(p.target);
            const bool sameLss = source.arrayId == target.arrayId;
            if (fc && !sameLss) {
                return tr("FlashCopy source and target must be in the same LSS: %1 and %2 are not.")
                    .arg(source.name, target.name);
            }
            if (!fc && sameLss) {
                return tr("PPRC copies from one LSS to another: choose the target volume in another LSS.");
            }
            if (target.capacity < source.capacity) {
                return tr("Target volume %1 is smaller than source volume %2.").arg(target.name, source.name);
            }
            for (const ObjectId id : {p.source, p.target}) {
                if (fc && flashCopyOf(config, id)) {
                    return tr("Volume %1 is already in a FlashCopy pair.").arg(name(config, id));
                }
                if (const auto pprc = fc ? std::nullopt : pprcOf(config, id)) {
                    // A suspended pair is established again over itself (Copy out-of-sync cylinders only).
                    const bool same = pprc->sourceId == p.source && pprc->targetId == p.target;
                    if (!same || pprc->state != u"suspended"_s) {
                        return tr("Volume %1 is already in a PPRC copy pair.").arg(name(config, id));
                    }
                }
            }
        }
        return {};
    }
    case Action::WithdrawFlashCopy:
    case Action::SuspendPprc:
    case Action::TerminatePprc: {
        const bool pprc = action != Action::WithdrawFlashCopy;
        ObjectId missing = 0;
        const QList<Relationship> found = pairsOfKind(config, pairs, pprc, &missing);
        if (selectedVolumes(pairs).isEmpty()) {
            return pprc ? tr("Select a volume of a PPRC copy pair.") : tr("Select a volume of a FlashCopy pair.");
        }
        if (missing != 0) {
            return pprc ? tr("Volume %1 is not in a PPRC copy pair.").arg(name(config, missing))
                        : tr("Volume %1 is not in a FlashCopy pair.").arg(name(config, missing));
        }
        if (action == Action::SuspendPprc && std::all_of(found.cbegin(), found.cend(), [](const Relationship& r) {
                return r.state == u"suspended"_s;
            })) {
            return tr("The PPRC copy pair is suspended already.");
        }
        return {};
    }
    case Action::EstablishPath:
        return tr("Paths are established from the Paths panel.");
    }
    return {};
}

QString TaskWizard::taskNameProblem(const QString& name)
{
    if (name.isEmpty()) {
        return tr("Enter a task name to save the task.");
    }
    if (name.contains(QRegularExpression(u"\\s"_s))) {
        return tr("A task name may not contain blanks (the command line could not run it).");
    }
    if (name.size() > kMaxTaskName) {
        return tr("A task name can be no more than %1 characters in length.").arg(kMaxTaskName);
    }
    return {};
}

void TaskWizard::build()
{
    setObjectName(u"essTaskWizard"_s);
    setWindowTitle(tr("Task Wizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveCustomButton1);
    setOption(QWizard::HaveCustomButton2);
    setButtonText(QWizard::CustomButton1, tr("Save"));
    setButtonText(QWizard::CustomButton2, tr("Run"));
    button(QWizard::CustomButton1)->setObjectName(u"saveButton"_s);
    button(QWizard::CustomButton2)->setObjectName(u"runButton"_s);
    button(QWizard::NextButton)->setObjectName(u"nextButton"_s);
    button(QWizard::BackButton)->setObjectName(u"backButton"_s);
    button(QWizard::CancelButton)->setObjectName(u"cancelButton"_s);
    const Configuration& config = m_snapshot->config;

    // Action.
    m_actions = new QButtonGroup(this);
    Page* actionPage = nullptr;
    actionPage = new Page(
        tr("Task Wizard"), tr("Select the action for the selected volumes and click Next."),
        [this] { return m_actions->checkedButton() != nullptr && m_actions->checkedButton()->isEnabled(); },
        [this] {
            switch (action()) {
            case Action::EstablishFlashCopy:
                return int(FlashCopyOptionsPageId);
            case Action::EstablishPprc:
                return int(PprcOptionsPageId);
            case Action::EstablishPath:
                return int(PathOptionsPageId);
            case Action::SuspendPprc:
            case Action::TerminatePprc:
                return int(SchedulePageId);
            case Action::WithdrawFlashCopy:
                break;
            }
            return int(DefineTaskPageId);
        });
    actionPage->setObjectName(u"actionPage"_s);
    auto* actionLayout = new QVBoxLayout(actionPage);
    const QList<Action> offered = m_pathContext ? QList<Action> {Action::EstablishPath}
                                                : QList<Action> {Action::EstablishFlashCopy, Action::WithdrawFlashCopy,
                                                    Action::EstablishPprc, Action::SuspendPprc, Action::TerminatePprc};
    static const char* const kNames[] = {"establishFlashCopyRadioButton", "withdrawFlashCopyRadioButton",
        "establishPprcRadioButton", "suspendPprcRadioButton", "terminatePprcRadioButton", "establishPathRadioButton"};
    for (const Action a : offered) {
        auto* radio = new QRadioButton(actionText(a), actionPage);
        radio->setObjectName(QString::fromLatin1(kNames[int(a)]));
        m_actions->addButton(radio, int(a));
        actionLayout->addWidget(radio);
        const QString why = m_pathContext ? QString() : blocker(a, config, m_pairs);
        if (!why.isEmpty()) {
            radio->setEnabled(false);
            radio->setToolTip(why);
            auto* reason = wrappedLabel(why, actionPage);
            reason->setStyleSheet(Theme::css(u"color: #6b7682; margin-left: 24px;"_s));
            actionLayout->addWidget(reason);
        } else if (m_actions->checkedButton() == nullptr) {
            radio->setChecked(true);
        }
    }
    actionLayout->addSpacing(8);
    m_selectionLabel = wrappedLabel({}, actionPage, u"selectionLabel"_s);
    m_selectionLabel->setStyleSheet(Theme::css(u"color: #33414f;"_s));
    actionLayout->addWidget(m_selectionLabel);
    actionLayout->addStretch(1);
    connect(m_actions, &QButtonGroup::idToggled, actionPage, [actionPage] { actionPage->changed(); });
    setPage(ActionPageId, actionPage);

    // FlashCopy options (seed Figure 43).
    auto* fcPage = new Page(
        tr("Select copy options"), tr("Options of the FlashCopy pairs."), {}, [] { return int(DefineTaskPageId); });
    fcPage->setObjectName(u"flashCopyOptionsPage"_s);
    auto* fcLayout = new QVBoxLayout(fcPage);
    m_noCopy = new QCheckBox(tr("Do not perform background copy if checked"), fcPage);
    m_noCopy->setObjectName(u"noCopyCheckBox"_s);
    m_noCopy->setToolTip(tr("Only the tracks modified on the source are copied to the target; the pair stays until "
                            "it is withdrawn."));
    m_accelerate = new QCheckBox(tr("Accelerate destage mode"), fcPage);
    m_accelerate->setObjectName(u"accelerateDestageCheckBox"_s);
    m_accelerate->setToolTip(tr("The FlashCopy I/O gets a higher priority than other I/O."));
    m_fcPermit = new QCheckBox(tr("Permit if target is online"), fcPage);
    m_fcPermit->setObjectName(u"flashCopyPermitIfTargetOnlineCheckBox"_s);
    m_fcPermit->setToolTip(tr("Establish the FlashCopy even if the target volume is mounted on a host."));
    for (QWidget* w :
        {static_cast<QWidget*>(m_noCopy), static_cast<QWidget*>(m_accelerate), static_cast<QWidget*>(m_fcPermit)}) {
        fcLayout->addWidget(w);
    }
    fcLayout->addStretch(1);
    setPage(FlashCopyOptionsPageId, fcPage);

    // PPRC options (seed Figure 66).
    auto* pprcPage = new Page(tr("Select copy options"), tr("Copy initialization and options of the PPRC pairs."), {},
        [] { return int(DefineTaskPageId); });
    pprcPage->setObjectName(u"pprcOptionsPage"_s);
    auto* pprcLayout = new QVBoxLayout(pprcPage);
    m_copyNone = new QRadioButton(tr("Do not copy volume"), pprcPage);
    m_copyNone->setObjectName(u"copyNoneRadioButton"_s);
    m_copyEntire = new QRadioButton(tr("Copy entire volume"), pprcPage);
    m_copyEntire->setObjectName(u"copyEntireRadioButton"_s);
    m_copyEntire->setChecked(true);
    m_copyOutOfSync = new QRadioButton(tr("Copy out-of-sync cylinders only"), pprcPage);
    m_copyOutOfSync->setObjectName(u"copyOutOfSyncRadioButton"_s);
    m_copyOutOfSync->setToolTip(tr("For a suspended pair: copies only what the primary recorded as changed."));
    m_critical = new QCheckBox(tr("Critical Volume mode"), pprcPage);
    m_critical->setObjectName(u"criticalVolumeCheckBox"_s);
    m_pprcPermit = new QCheckBox(tr("Permit if target is online"), pprcPage);
    m_pprcPermit->setObjectName(u"pprcPermitIfTargetOnlineCheckBox"_s);
    for (QWidget* w : {static_cast<QWidget*>(m_copyNone), static_cast<QWidget*>(m_copyEntire),
             static_cast<QWidget*>(m_copyOutOfSync)}) {
        pprcLayout->addWidget(w);
    }
    pprcLayout->addSpacing(8);
    pprcLayout->addWidget(m_critical);
    pprcLayout->addWidget(m_pprcPermit);
    pprcLayout->addStretch(1);
    setPage(PprcOptionsPageId, pprcPage);

    // Path options (seed Figure 59).
    auto* pathPage = new Page(tr("Select path options"), tr("What to do with paths that exist already."), {},
        [] { return int(DefineTaskPageId); });
    pathPage->setObjectName(u"pathOptionsPage"_s);
    auto* pathLayout = new QVBoxLayout(pathPage);
    m_skipExisting = new QCheckBox(tr("Do not establish paths if they already exist"), pathPage);
    m_skipExisting->setObjectName(u"skipExistingPathsCheckBox"_s);
    m_forceRemoval = new QCheckBox(tr("Force removal of existing paths"), pathPage);
    m_forceRemoval->setObjectName(u"forceRemovalCheckBox"_s);
    connect(m_skipExisting, &QCheckBox::toggled, this, [this](bool on) {
        if (on) {
            m_forceRemoval->setChecked(false);
        }
    });
    connect(m_forceRemoval, &QCheckBox::toggled, this, [this](bool on) {
        if (on) {
            m_skipExisting->setChecked(false);
        }
    });
    pathLayout->addWidget(m_skipExisting);
    pathLayout->addWidget(m_forceRemoval);
    pathLayout->addStretch(1);
    setPage(PathOptionsPageId, pathPage);

    // Schedule (Suspend/Terminate, seed Figure 112).
    auto* schedulePage = new Page(tr("Schedule task"),
        tr("The storage server that runs the task: the target's when the primary is not reachable."), {},
        [] { return int(DefineTaskPageId); });
    schedulePage->setObjectName(u"schedulePage"_s);
    auto* scheduleLayout = new QVBoxLayout(schedulePage);
    m_scheduleSource = new QRadioButton(tr("Schedule task with source storage server"), schedulePage);
    m_scheduleSource->setObjectName(u"scheduleSourceRadioButton"_s);
    m_scheduleSource->setChecked(true);
    m_scheduleTarget = new QRadioButton(tr("Schedule task with target storage server"), schedulePage);
    m_scheduleTarget->setObjectName(u"scheduleTargetRadioButton"_s);
    scheduleLayout->addWidget(m_scheduleSource);
    scheduleLayout->addWidget(m_scheduleTarget);
    scheduleLayout->addStretch(1);
    setPage(SchedulePageId, schedulePage);

    // Define task (seed Figure 44).
    Page* definePage = nullptr;
    definePage = new Page(tr("Define task"),
        tr("Save the task to run it later from the Tasks panel, or run it now. A name and a description help to "
           "read the Copy Services log."),
        {}, [] { return -1; });
    definePage->setObjectName(u"defineTaskPage"_s);
    auto* defineLayout = new QVBoxLayout(definePage);
    auto* form = new QFormLayout;
    m_name = new QLineEdit(definePage);
    m_name->setObjectName(u"taskNameLineEdit"_s);
    m_name->setMaxLength(64);
    m_description = new QLineEdit(definePage);
    m_description->setObjectName(u"taskDescriptionLineEdit"_s);
    form->addRow(tr("Task Name:"), m_name);
    form->addRow(tr("Task Description:"), m_description);
    defineLayout->addLayout(form);
    m_summary = wrappedLabel({}, definePage, u"taskSummaryLabel"_s);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    defineLayout->addWidget(m_summary);
    m_equivalent = new EquivalentCommandButton([this]() { return equivalentOf(m_snapshot, requests()); }, definePage);
    defineLayout->addWidget(m_equivalent, 0, Qt::AlignLeft);
    m_hint = wrappedLabel({}, definePage, u"taskNameHintLabel"_s);
    m_hint->setStyleSheet(Theme::css(u"color: #6b7682;"_s));
    defineLayout->addWidget(m_hint);
    m_error = makeMessageLabel(u"errorLabel"_s, MessageKind::Error, definePage);
    defineLayout->addWidget(m_error);
    defineLayout->addStretch(1);
    setPage(DefineTaskPageId, definePage);
    connect(m_name, &QLineEdit::textChanged, this, &TaskWizard::updateButtons);

    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == DefineTaskPageId) {
            QStringList lines;
            for (const CommandRequest& r : requests()) {
                QStringList parts;
                for (auto it = r.args.constBegin(); it != r.args.constEnd(); ++it) {
                    const QJsonValue v = it.value();
                    const QString text = v.isArray() ? v.toVariant().toStringList().join(u", "_s)
                        : v.isBool()                 ? (v.toBool() ? u"yes"_s : u"no"_s)
                                                     : v.toVariant().toString();
                    parts.append(u"%1: %2"_s.arg(it.key(), text));
                }
                lines.append(u"%1 (%2)"_s.arg(r.name, parts.join(u"; "_s)));
            }
            m_summary->setText(tr("%1 runs:\n%2").arg(actionText(action()), lines.join(u"\n"_s)));
        }
        updateButtons();
    });
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (m_busy) {
            return;
        }
        showMessage(m_error, {});
        setBusy(true);
        Q_EMIT(which == QWizard::CustomButton1 ? saveRequested() : runRequested());
    });

    // What was selected, on the first page.
    QStringList selected;
    if (m_pathContext) {
        const Array lss = config.arrays.value(m_paths.sourceLss);
        QStringList targets;
        for (const ObjectId t : m_paths.targets) {
            targets.append(lssAddress(config, config.arrays.value(t)));
        }
        selected.append(tr("Path origin %1 over %2 to %3")
                            .arg(lssAddress(config, lss), m_paths.saids.join(u", "_s), targets.join(u", "_s)));
    } else {
        for (const VolumePair& p : m_pairs) {
            selected.append(p.target == 0 ? tr("Source %1").arg(name(config, p.source))
                    : p.source == 0       ? tr("Target %1").arg(name(config, p.target))
                                    : tr("Source %1, target %2").arg(name(config, p.source), name(config, p.target)));
        }
    }
    m_selectionLabel->setText(tr("Selected: %1").arg(selected.join(u"; "_s)));
    setMinimumSize(560, 420);
    updateButtons();
}

TaskWizard::Action TaskWizard::action() const
{
    const int id = m_actions->checkedId();
    return id < 0 ? Action::EstablishFlashCopy : static_cast<Action>(id);
}

bool TaskWizard::isActionEnabled(Action a) const
{
    const QAbstractButton* b = m_actions->button(int(a));
    return b != nullptr && b->isEnabled();
}

QList<Relationship> TaskWizard::flashCopies() const
{
    return pairsOfKind(m_snapshot->config, m_pairs, false);
}

QStringList TaskWizard::pprcPairs() const
{
    const Configuration& config = m_snapshot->config;
    QStringList result;
    if (action() == Action::EstablishPprc) {
        for (const VolumePair& p : m_pairs) {
            result.append(name(config, p.source) + u':' + name(config, p.target));
        }
        return result;
    }
    for (const Relationship& r : pairsOfKind(config, m_pairs, true)) {
        result.append(name(config, r.sourceId) + u':' + name(config, r.targetId));
    }
    return result;
}

QList<CommandRequest> TaskWizard::requests() const
{
    const Configuration& config = m_snapshot->config;
    QList<CommandRequest> result;
    switch (action()) {
    case Action::EstablishFlashCopy:
        for (const VolumePair& p : m_pairs) {
            result.append({u"essEstablishFlashCopy"_s,
                {{u"source"_s, name(config, p.source)}, {u"target"_s, name(config, p.target)},
                    {u"noCopy"_s, m_noCopy->isChecked()}, {u"accelerateDestage"_s, m_accelerate->isChecked()},
                    {u"permitIfTargetOnline"_s, m_fcPermit->isChecked()}}});
        }
        break;
    case Action::WithdrawFlashCopy:
        for (const Relationship& r : flashCopies()) {
            result.append({u"essWithdrawFlashCopy"_s, {{u"volume"_s, name(config, r.sourceId)}}});
        }
        break;
    case Action::EstablishPprc: {
        const QString copy = m_copyNone->isChecked() ? u"none"_s
            : m_copyOutOfSync->isChecked()           ? u"outOfSync"_s
                                                     : u"entire"_s;
        result.append({u"essEstablishPprc"_s,
            {{u"pairs"_s, QJsonArray::fromStringList(pprcPairs())}, {u"copy"_s, copy},
                {u"critical"_s, m_critical->isChecked()}, {u"permitIfTargetOnline"_s, m_pprcPermit->isChecked()}}});
        break;
    }
    case Action::SuspendPprc:
    case Action::TerminatePprc:
        result.append({action() == Action::SuspendPprc ? u"essSuspendPprc"_s : u"essTerminatePprc"_s,
            {{u"pairs"_s, QJsonArray::fromStringList(pprcPairs())},
                {u"scheduleOn"_s, m_scheduleTarget->isChecked() ? u"target"_s : u"source"_s}}});
        break;
    case Action::EstablishPath: {
        const Array lss = config.arrays.value(m_paths.sourceLss);
        QJsonArray remoteLss;
        QString remote;
        for (const ObjectId t : m_paths.targets) {
            const Array a = config.arrays.value(t);
            remote = config.subsystems.value(a.subsystemId).name;
            remoteLss.append(QString::number(a.number));
        }
        const QString existing = m_skipExisting->isChecked() ? u"skip"_s
            : m_forceRemoval->isChecked()                    ? u"replace"_s
                                                             : u"establish"_s;
        result.append({u"essEstablishPaths"_s,
            {{u"subsystem"_s, config.subsystems.value(lss.subsystemId).name}, {u"lss"_s, QString::number(lss.number)},
                {u"remote"_s, remote}, {u"remoteLss"_s, remoteLss},
                {u"said"_s, QJsonArray::fromStringList(m_paths.saids)}, {u"existing"_s, existing}}});
        break;
    }
    }
    return result;
}

QList<CommandRequest> TaskWizard::saveRequests() const
{
    const QList<CommandRequest> commands = requests();
    const QString base = taskName();
    const auto save = [this](const QString& name, const CommandRequest& r) {
        return CommandRequest {u"essSaveTask"_s,
            {{u"name"_s, name}, {u"description"_s, taskDescription()}, {u"command"_s, r.name}, {u"arguments"_s, r.args},
                {u"replace"_s, false}}};
    };
    if (commands.size() == 1) {
        return {save(base, commands.first())};
    }
    // Several FlashCopy pairs are several commands: one task each, run together as a group named as the task.
    QList<CommandRequest> result;
    QJsonArray members;
    for (int i = 0; i < commands.size(); ++i) {
        const QString member = u"%1_%2"_s.arg(base).arg(i + 1);
        members.append(member);
        result.append(save(member, commands.at(i)));
    }
    result.append({u"essGroupTasks"_s, {{u"name"_s, base}, {u"members"_s, members}}});
    return result;
}

QString TaskWizard::taskName() const
{
    return m_name->text().trimmed();
}

QString TaskWizard::taskDescription() const
{
    return m_description->text().trimmed();
}

QString TaskWizard::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void TaskWizard::updateButtons()
{
    QList<QWizard::WizardButton> layout {QWizard::Stretch, QWizard::BackButton};
    if (currentId() == DefineTaskPageId) {
        layout << QWizard::CustomButton1 << QWizard::CustomButton2;
        QString problem = taskNameProblem(taskName());
        if (problem.isEmpty() && requests().size() > 1
            && u"%1_%2"_s.arg(taskName()).arg(requests().size()).size() > kMaxTaskName) {
            problem = tr("Several pairs are saved as one task each, named %1_1, %1_2, ...: use a shorter name.")
                          .arg(taskName());
        }
        m_hint->setText(problem);
        button(QWizard::CustomButton1)->setEnabled(problem.isEmpty() && !m_busy);
        button(QWizard::CustomButton1)->setToolTip(problem);
        button(QWizard::CustomButton2)->setEnabled(!m_busy);
    } else {
        layout << QWizard::NextButton;
    }
    layout << QWizard::CancelButton;
    setButtonLayout(layout);
}

void TaskWizard::setBusy(bool busy)
{
    m_busy = busy;
    button(QWizard::BackButton)->setEnabled(!busy);
    updateButtons();
}

void TaskWizard::showSubmitError(const QString& message)
{
    setBusy(false);
    showMessage(m_error, message);
}

void TaskWizard::submitSucceeded()
{
    setBusy(false);
    accept();
}

} // namespace Copyline::EssUi
