// SPDX-License-Identifier: GPL-3.0-or-later
#include "volumecopywizard.h"

#include "common/icons.h"
#include "common/texts.h"
#include "panels/ds4000/rules/volumecopyrules.h"
#include "panels/ds4000/wizards/volumecopypages.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

CreateVolumeCopyWizard::CreateVolumeCopyWizard(
    SnapshotPtr snapshot, ObjectId subsystemId, ObjectId sourceId, QWidget* parent)
    : QWizard(parent)
    , m_snapshot(snapshot ? std::move(snapshot) : std::make_shared<Snapshot>())
    , m_subsystemId(subsystemId)
    , m_initialSourceId(sourceId)
{
    setObjectName(u"createVolumeCopyWizard"_s);
    setWindowTitle(tr("Create Copy Wizard"));
    setWindowIcon(Icons::icon(u"volumecopy"_s));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage, false);

    setPage(IntroductionPageId, new VolumeCopyIntroductionPage(this));
    setPage(TargetPageId, new VolumeCopyTargetPage(this));
    setPage(PreviewPageId, new VolumeCopyPreviewPage(this));
    setStartId(IntroductionPageId);

    button(QWizard::BackButton)->setObjectName(u"backButton"_s);
    button(QWizard::NextButton)->setObjectName(u"nextButton"_s);
    button(QWizard::FinishButton)->setObjectName(u"finishButton"_s);
    button(QWizard::CancelButton)->setObjectName(u"cancelButton"_s);
    resize(780, 640);
}

CreateVolumeCopyWizard::~CreateVolumeCopyWizard() = default;

void CreateVolumeCopyWizard::setSnapshot(const SnapshotPtr& snapshot)
{
    if (!snapshot || snapshot == m_snapshot) {
        return;
    }
    m_snapshot = snapshot;
    Q_EMIT snapshotChanged();
}

// The pages are asked directly rather than through field(): they consult the wizard while they are built, before
// setPage() has registered their fields.
ObjectId CreateVolumeCopyWizard::sourceId() const
{
    const auto* intro = qobject_cast<const VolumeCopyIntroductionPage*>(page(IntroductionPageId));
    return intro != nullptr ? intro->sourceId() : m_initialSourceId;
}

ObjectId CreateVolumeCopyWizard::targetId() const
{
    const auto* targets = qobject_cast<const VolumeCopyTargetPage*>(page(TargetPageId));
    return targets != nullptr ? targets->targetId() : 0;
}

LogicalDrive CreateVolumeCopyWizard::source() const
{
    const LogicalDrive ld = m_snapshot->config.logicalDrives.value(sourceId());
    return ld.subsystemId == m_subsystemId ? ld : LogicalDrive {};
}

LogicalDrive CreateVolumeCopyWizard::target() const
{
    const LogicalDrive ld = m_snapshot->config.logicalDrives.value(targetId());
    return ld.subsystemId == m_subsystemId ? ld : LogicalDrive {};
}

CopyPriority CreateVolumeCopyWizard::priority() const
{
    return static_cast<CopyPriority>(std::clamp(field(u"priority"_s).toInt(), 0, 4));
}

bool CreateVolumeCopyWizard::targetReadOnly() const
{
    return field(u"targetReadOnly"_s).toBool();
}

QString CreateVolumeCopyWizard::sourceProblem() const
{
    const Configuration& c = m_snapshot->config;
    if (const QString blocker = VolumeCopyRules::featureBlocker(*m_snapshot, m_subsystemId); !blocker.isEmpty()) {
        return blocker;
    }
    const LogicalDrive s = source();
    if (s.id == 0) {
        return sourceId() == 0 ? tr("Select the source logical drive.")
                               : tr("The source logical drive no longer exists.");
    }
    if (const QString why = VolumeCopyRules::sourceReason(c, s); !why.isEmpty()) {
        return tr("%1 cannot be the source of a VolumeCopy: %2.").arg(s.name, why);
    }
    return {};
}

QString CreateVolumeCopyWizard::targetProblem() const
{
    const LogicalDrive t = target();
    if (t.id == 0) {
        return targetId() == 0 ? tr("Select the target logical drive.")
                               : tr("The target logical drive no longer exists.");
    }
    if (const QString why = VolumeCopyRules::targetReason(m_snapshot->config, source(), t); !why.isEmpty()) {
        return tr("%1 cannot be the target of a VolumeCopy: %2.").arg(t.name, why);
    }
    return {};
}

QString CreateVolumeCopyWizard::problem() const
{
    for (const QString& p : {sourceProblem(), targetProblem()}) {
        if (!p.isEmpty()) {
            return p;
        }
    }
    return {};
}

CommandRequest CreateVolumeCopyWizard::request() const
{
    return {u"createVolumeCopy"_s,
        {{u"sourceId"_s, sourceId()}, {u"targetId"_s, targetId()}, {u"copyPriority"_s, enumName(priority())},
            {u"targetReadOnlyEnabled"_s, targetReadOnly()}}};
}

void CreateVolumeCopyWizard::accept()
{
    if (m_busy || currentId() != PreviewPageId || !currentPage()->isComplete() || !validateCurrentPage()) {
        return;
    }
    m_busy = true;
    m_submittedSource = source().name;
    m_submittedTarget = target().name;
    Q_EMIT busyChanged(true);
    Q_EMIT submitRequested(request());
}

void CreateVolumeCopyWizard::showSubmitError(const QString& message)
{
    m_busy = false;
    Q_EMIT busyChanged(false);
    if (auto* preview = qobject_cast<VolumeCopyPreviewPage*>(page(PreviewPageId))) {
        preview->showError(message);
    }
}

QString CreateVolumeCopyWizard::submitErrorText() const
{
    const auto* preview = qobject_cast<const VolumeCopyPreviewPage*>(page(PreviewPageId));
    return preview ? preview->errorText() : QString();
}

void CreateVolumeCopyWizard::submitSucceeded(const CommandResult& result)
{
    m_busy = false;
    Q_EMIT busyChanged(false);
    const bool pending = result.data.value(u"status"_s).toString() == enumName(VolumeCopyStatus::Pending);
    // "Copy Started" (spec §5.4 step 4), over the wizard.
    auto* dialog = new QDialog(this);
    m_copyStarted = dialog;
    dialog->setObjectName(u"copyStartedDialog"_s);
    dialog->setWindowTitle(tr("Copy Started"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto* layout = new QVBoxLayout(dialog);
    layout->setSpacing(12);
    auto* row = new QHBoxLayout;
    auto* icon = new QLabel(dialog);
    icon->setPixmap(Icons::icon(pending ? u"copy-pending"_s : u"copy-in-progress"_s).pixmap(40, 40));
    icon->setAlignment(Qt::AlignTop);
    row->addWidget(icon);
    QString text = pending
        ? tr("The copy of %1 to %2 is pending: 8 copies are in progress on this storage subsystem, and it starts "
             "when one of them ends.")
              .arg(m_submittedSource, m_submittedTarget)
        : tr("The copy of %1 to %2 has started.").arg(m_submittedSource, m_submittedTarget);
    text += u"\n\n"_s + tr("The Copy Manager (Logical Drive ▸ VolumeCopy ▸ Copy Manager) shows its progress.")
        + u"\n\n"_s + tr("Do you want to create a new VolumeCopy?");
    auto* label = new QLabel(text, dialog);
    label->setObjectName(u"messageLabel"_s);
    label->setWordWrap(true);
    label->setMinimumWidth(380);
    row->addWidget(label, 1);
    layout->addLayout(row);
    auto* buttons = new QDialogButtonBox(dialog);
    QPushButton* yes = buttons->addButton(tr("&Yes - Create a new VolumeCopy"), QDialogButtonBox::YesRole);
    yes->setObjectName(u"yesButton"_s);
    QPushButton* no = buttons->addButton(tr("&No - Exit the wizard"), QDialogButtonBox::NoRole);
    no->setObjectName(u"noButton"_s);
    no->setDefault(true);
    layout->addWidget(buttons);
    connect(yes, &QPushButton::clicked, this, [this, dialog]() {
        m_copyStarted = nullptr;
        dialog->close();
        createAnother();
    });
    connect(no, &QPushButton::clicked, this, [this, dialog]() {
        m_copyStarted = nullptr;
        dialog->close();
        // Not QWizard::done(): it would validate the Preview page again, against a snapshot in which the target
        // is already taken.
        QDialog::done(QDialog::Accepted); // NOLINT(bugprone-parent-virtual-call)
    });
    connect(dialog, &QDialog::rejected, this, [this]() {
        if (m_copyStarted != nullptr) {
            m_copyStarted = nullptr;
            QDialog::done(QDialog::Accepted); // NOLINT(bugprone-parent-virtual-call)
        }
    });
    dialog->open();
}

void CreateVolumeCopyWizard::createAnother()
{
    if (auto* preview = qobject_cast<VolumeCopyPreviewPage*>(page(PreviewPageId))) {
        preview->clearConfirmation();
        preview->showError({});
    }
    if (auto* targets = qobject_cast<VolumeCopyTargetPage*>(page(TargetPageId))) {
        targets->clearTarget();
    }
    restart();
    Q_EMIT restarted();
}

} // namespace Copyline
