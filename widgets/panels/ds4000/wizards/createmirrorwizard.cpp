// SPDX-License-Identifier: GPL-3.0-or-later
#include "createmirrorwizard.h"

#include "api/rules.h"
#include "common/icons.h"
#include "common/texts.h"
#include "panels/ds4000/dialogs/volumecopydialogs.h"
#include "panels/ds4000/rules/remotemirrorrules.h"
#include "panels/ds4000/wizards/createmirrorpages.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

using Rules = RemoteMirrorRules;

/** The parts of a configuration the secondary candidates depend on. */
bool sameCandidateInputs(const Configuration& a, const Configuration& b)
{
    return a.logicalDrives == b.logicalDrives && a.mirrors == b.mirrors && a.flashCopies == b.flashCopies
        && a.volumeCopies == b.volumeCopies && a.subsystems == b.subsystems;
}

QDialog* messageWindow(
    QWidget* parent, const QString& objectName, const QString& title, const QString& icon, const QString& text)
{
    auto* dialog = new QDialog(parent);
    dialog->setObjectName(objectName);
    dialog->setWindowTitle(title);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto* layout = new QVBoxLayout(dialog);
    layout->setSpacing(12);
    auto* row = new QHBoxLayout;
    auto* iconLabel = new QLabel(dialog);
    iconLabel->setPixmap(Icons::icon(icon).pixmap(40, 40));
    iconLabel->setAlignment(Qt::AlignTop);
    row->addWidget(iconLabel);
    auto* label = new QLabel(text, dialog);
    label->setObjectName(u"messageLabel"_s);
    label->setWordWrap(true);
    label->setMinimumWidth(420);
    row->addWidget(label, 1);
    layout->addLayout(row);
    return dialog;
}

} // namespace

CreateMirrorWizard::CreateMirrorWizard(SnapshotPtr snapshot, ObjectId subsystemId, ObjectId primaryId, QWidget* parent)
    : QWizard(parent)
    , m_snapshot(snapshot ? std::move(snapshot) : std::make_shared<Snapshot>())
    , m_subsystemId(subsystemId)
    , m_initialPrimaryId(primaryId)
{
    setObjectName(u"createMirrorWizard"_s);
    setWindowTitle(tr("Create Remote Mirror"));
    setWindowIcon(Icons::icon(u"mirror-synchronized"_s));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(IntroductionPageId, new MirrorIntroductionPage(this));
    setPage(RemoteSubsystemPageId, new RemoteSubsystemPage(this));
    setPage(SecondaryPageId, new SecondaryPage(this));
    setPage(WriteModePageId, new WriteModePage(this));
    setPage(SyncSettingsPageId, new SyncSettingsPage(this));
    setPage(PreviewPageId, new MirrorPreviewPage(this));
    setStartId(IntroductionPageId);
    button(QWizard::BackButton)->setObjectName(u"backButton"_s);
    button(QWizard::NextButton)->setObjectName(u"nextButton"_s);
    button(QWizard::FinishButton)->setObjectName(u"finishButton"_s);
    button(QWizard::CancelButton)->setObjectName(u"cancelButton"_s);
    resize(800, 640);
}

CreateMirrorWizard::~CreateMirrorWizard() = default;

void CreateMirrorWizard::setSnapshot(const SnapshotPtr& snapshot)
{
    // While the engine works on the request, and after it succeeded, the pages show what was submitted.
    if (!snapshot || snapshot == m_snapshot || m_busy || m_another != nullptr || m_completed != nullptr) {
        return;
    }
    m_snapshot = snapshot;
    Q_EMIT snapshotChanged();
}

// The pages are asked directly rather than through field(): they consult the wizard while they are built.
ObjectId CreateMirrorWizard::primaryId() const
{
    const auto* p = qobject_cast<const MirrorIntroductionPage*>(page(IntroductionPageId));
    return p != nullptr ? p->primaryId() : m_initialPrimaryId;
}

ObjectId CreateMirrorWizard::remoteSubsystemId() const
{
    const auto* p = qobject_cast<const RemoteSubsystemPage*>(page(RemoteSubsystemPageId));
    return p != nullptr ? p->remoteId() : 0;
}

ObjectId CreateMirrorWizard::secondaryId() const
{
    const auto* p = qobject_cast<const SecondaryPage*>(page(SecondaryPageId));
    return p != nullptr ? p->secondaryId() : 0;
}

LogicalDrive CreateMirrorWizard::primary() const
{
    const LogicalDrive ld = m_snapshot->config.logicalDrives.value(primaryId());
    return ld.subsystemId == m_subsystemId ? ld : LogicalDrive {};
}

LogicalDrive CreateMirrorWizard::secondary() const
{
    const LogicalDrive ld = m_snapshot->config.logicalDrives.value(secondaryId());
    return ld.subsystemId == remoteSubsystemId() && ld.id != 0 ? ld : LogicalDrive {};
}

Subsystem CreateMirrorWizard::localSubsystem() const
{
    return m_snapshot->config.subsystems.value(m_subsystemId);
}

Subsystem CreateMirrorWizard::remoteSubsystem() const
{
    return m_snapshot->config.subsystems.value(remoteSubsystemId());
}

MirrorWriteMode CreateMirrorWizard::writeMode() const
{
    const auto* p = qobject_cast<const WriteModePage*>(page(WriteModePageId));
    return p != nullptr && p->asynchronousRadio()->isChecked() ? MirrorWriteMode::Asynchronous
                                                               : MirrorWriteMode::Synchronous;
}

bool CreateMirrorWizard::writeConsistency() const
{
    const auto* p = qobject_cast<const WriteModePage*>(page(WriteModePageId));
    return p != nullptr && writeMode() == MirrorWriteMode::Asynchronous && p->consistencyCheckBox()->isChecked();
}

CopyPriority CreateMirrorWizard::priority() const
{
    const auto* p = qobject_cast<const SyncSettingsPage*>(page(SyncSettingsPageId));
    return p != nullptr ? p->prioritySlider()->priority() : Rules::kDefaultPriority;
}

bool CreateMirrorWizard::automaticResync() const
{
    const auto* p = qobject_cast<const SyncSettingsPage*>(page(SyncSettingsPageId));
    return p != nullptr && p->automaticRadio()->isChecked() && !writeConsistency();
}

CommandRequest CreateMirrorWizard::request() const
{
    QJsonObject args {{u"primary"_s, primary().name}, {u"secondary"_s, secondary().name},
        {u"remoteStorageSubsystemName"_s, remoteSubsystem().name}, {u"syncPriority"_s, enumName(priority())},
        {u"autoResync"_s, automaticResync() ? u"enabled"_s : u"disabled"_s}, {u"writeMode"_s, enumName(writeMode())}};
    if (writeMode() == MirrorWriteMode::Asynchronous) {
        args.insert(u"writeOrder"_s, writeConsistency() ? u"preserved"_s : u"notPreserved"_s);
    }
    return {u"createRemoteMirror"_s, args};
}

QString CreateMirrorWizard::problem() const
{
    const Configuration& c = m_snapshot->config;
    if (primaryId() == 0) {
        return tr("Select the primary logical drive.");
    }
    if (const QString blocker = Rules::createBlocker(*m_snapshot, m_subsystemId, primaryId()); !blocker.isEmpty()) {
        return blocker;
    }
    const Subsystem remote = remoteSubsystem();
    if (remote.id == 0) {
        return tr("Select the remote storage subsystem.");
    }
    if (!MirrorRules::enabledAndActivated(remote)) {
        return Error(ErrorCode::MirrorNotActivated, {remote.name, Rules::optionState(remote)}).localizedMessage();
    }
    const LogicalDrive s = secondary();
    if (s.id == 0) {
        return secondaryId() == 0 ? tr("Select the secondary logical drive.")
                                  : tr("The secondary logical drive no longer exists.");
    }
    if (const Error e = MirrorRules::secondaryProblem(c, primary(), s); e.isError()) {
        return e.localizedMessage();
    }
    return {};
}

void CreateMirrorWizard::requestCandidates()
{
    const LogicalDrive p = primary();
    const Subsystem remote = remoteSubsystem();
    if (p.id == 0 || remote.id == 0) {
        return;
    }
    const CommandRequest request {u"showRemoteMirrorCandidates"_s,
        {{u"primary"_s, p.name}, {u"remoteStorageSubsystemName"_s, remote.name}, {u"subsystemId"_s, m_subsystemId}}};
    const bool sameRequest = request.args == m_candidatesRequest.args;
    if (sameRequest && sameCandidateInputs(m_candidatesConfig, m_snapshot->config)) {
        return;
    }
    m_candidatesRequest = request;
    m_candidatesConfig = m_snapshot->config;
    if (!sameRequest) {
        // Another primary or remote subsystem: the old list says nothing about it.
        m_candidatesLoaded = false;
        m_candidates = {};
        Q_EMIT candidatesChanged();
    }
    Q_EMIT candidatesRequested(request);
}

void CreateMirrorWizard::setCandidates(const CommandRequest& request, const CommandResult& result)
{
    if (request.args != m_candidatesRequest.args) {
        return; // an answer for an earlier choice
    }
    m_candidates = result;
    m_candidatesLoaded = true;
    Q_EMIT candidatesChanged();
}

void CreateMirrorWizard::accept()
{
    if (m_busy || currentId() != PreviewPageId || !currentPage()->isComplete() || !validateCurrentPage()) {
        return;
    }
    m_submitted = tr("%1 → %2 on %3 (%4)", "primary → secondary on subsystem (copy type)")
                      .arg(primary().name, secondary().name, remoteSubsystem().name,
                          Rules::copyTypeText(writeMode(), writeConsistency()));
    m_busy = true;
    Q_EMIT busyChanged(true);
    Q_EMIT submitRequested(request());
}

void CreateMirrorWizard::showSubmitError(const QString& message)
{
    m_busy = false;
    Q_EMIT busyChanged(false);
    if (auto* preview = qobject_cast<MirrorPreviewPage*>(page(PreviewPageId))) {
        preview->showError(message);
    }
}

QString CreateMirrorWizard::submitErrorText() const
{
    const auto* preview = qobject_cast<const MirrorPreviewPage*>(page(PreviewPageId));
    return preview ? preview->errorText() : QString();
}

void CreateMirrorWizard::submitSucceeded(const CommandResult& result)
{
    Q_UNUSED(result)
    m_busy = false;
    Q_EMIT busyChanged(false);
    m_created.append(m_submitted);
    // "If below the maximum, the wizard offers to create another pair" (spec §2.4.5).
    const Configuration& c = m_snapshot->config;
    const int extra = c.mirrorOf(primaryId()) == nullptr ? 1 : 0;
    const bool below
        = MirrorRules::mirrorCount(c, m_subsystemId) + extra < Rules::maxMirrors(*m_snapshot, localSubsystem())
        && MirrorRules::mirrorCount(c, remoteSubsystemId()) + extra < Rules::maxMirrors(*m_snapshot, remoteSubsystem());
    if (!below) {
        showCompleted();
        return;
    }
    QDialog* dialog
        = messageWindow(this, u"createAnotherDialog"_s, tr("Create Remote Mirror"), u"mirror-synchronizing"_s,
            tr("The mirror relationship %1 was created; its full synchronization has started.\n\nDo you want to create "
               "another mirror?")
                .arg(m_submitted));
    m_another = dialog;
    auto* buttons = new QDialogButtonBox(dialog);
    QPushButton* yes = buttons->addButton(QDialogButtonBox::Yes);
    yes->setObjectName(u"yesButton"_s);
    QPushButton* no = buttons->addButton(QDialogButtonBox::No);
    no->setObjectName(u"noButton"_s);
    no->setDefault(true);
    dialog->layout()->addWidget(buttons);
    connect(yes, &QPushButton::clicked, this, [this, dialog]() {
        m_another = nullptr;
        dialog->close();
        createAnother();
    });
    connect(no, &QPushButton::clicked, this, [this, dialog]() {
        m_another = nullptr;
        dialog->close();
        showCompleted();
    });
    connect(dialog, &QDialog::rejected, this, [this]() {
        if (m_another != nullptr) {
            m_another = nullptr;
            showCompleted();
        }
    });
    dialog->open();
}

void CreateMirrorWizard::createAnother()
{
    if (auto* preview = qobject_cast<MirrorPreviewPage*>(page(PreviewPageId))) {
        preview->showError({});
    }
    if (auto* secondaryPage = qobject_cast<SecondaryPage*>(page(SecondaryPageId))) {
        secondaryPage->clearSecondary();
    }
    if (auto* intro = qobject_cast<MirrorIntroductionPage*>(page(IntroductionPageId))) {
        intro->clearPrimary();
    }
    m_candidatesRequest = {};
    m_candidatesLoaded = false;
    restart();
    Q_EMIT snapshotChanged(); // the pages catch up with the snapshots they skipped while the request ran
    Q_EMIT restarted();
}

void CreateMirrorWizard::showCompleted()
{
    QStringList lines;
    for (const QString& mirror : std::as_const(m_created)) {
        lines.append(u"  • "_s + mirror);
    }
    QDialog* dialog = messageWindow(this, u"createMirrorCompletedDialog"_s, tr("Create Remote Mirror - Completed"),
        u"mirror-synchronized"_s,
        tr("Mirror relationships created:\n%1\n\nEach is Synchronization-in-Progress until its full synchronization "
           "completes, then Synchronized. Follow them in Logical Drive ▸ Remote Mirroring ▸ Remote Mirrors.")
            .arg(lines.join(u'\n')));
    m_completed = dialog;
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok, dialog);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"okButton"_s);
    dialog->layout()->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(dialog, &QDialog::finished, this, [this]() {
        m_completed = nullptr;
        QDialog::done(QDialog::Accepted); // NOLINT(bugprone-parent-virtual-call): not QWizard::done's validation
    });
    dialog->open();
}

} // namespace Copyline
