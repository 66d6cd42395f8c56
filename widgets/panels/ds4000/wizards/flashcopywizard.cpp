// SPDX-License-Identifier: GPL-3.0-or-later
#include "flashcopywizard.h"

#include "api/rules.h"
#include "api/units.h"
#include "common/icons.h"
#include "common/texts.h"
#include "panels/ds4000/rules/flashcopyrules.h"
#include "panels/ds4000/wizards/flashcopypages.h"

#include <QAbstractButton>
#include <QJsonArray>

#include <algorithm>
#include <limits>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

const Drive* driveByRef(const Configuration& c, ObjectId subsystemId, const QString& ref)
{
    const QStringList parts = ref.split(u',');
    if (parts.size() != 2) {
        return nullptr;
    }
    return c.driveAt(subsystemId, parts.at(0).toInt(), parts.at(1).toInt());
}

} // namespace

CreateFlashCopyWizard::CreateFlashCopyWizard(
    SnapshotPtr snapshot, ObjectId subsystemId, ObjectId baseId, QWidget* parent)
    : QWizard(parent)
    , m_snapshot(snapshot ? std::move(snapshot) : std::make_shared<Snapshot>())
    , m_subsystemId(subsystemId)
    , m_baseId(baseId)
{
    setObjectName(u"createFlashCopyWizard"_s);
    setWindowTitle(tr("Create FlashCopy Logical Drive Wizard"));
    setWindowIcon(Icons::icon(u"flashcopy"_s));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage, false);

    setPage(IntroductionPageId, new IntroductionPage(this));
    setPage(AllocateCapacityPageId, new AllocateCapacityPage(this));
    setPage(ArrayParametersPageId, new ArrayParametersPage(this));
    setPage(LogicalDriveParametersPageId, new LogicalDriveParametersPage(this));
    setPage(NamesPageId, new NamesPage(this));
    setPage(RepositoryCapacityPageId, new RepositoryCapacityPage(this));
    setPage(PreviewPageId, new PreviewPage(this));
    setStartId(IntroductionPageId);

    button(QWizard::BackButton)->setObjectName(u"backButton"_s);
    button(QWizard::NextButton)->setObjectName(u"nextButton"_s);
    button(QWizard::FinishButton)->setObjectName(u"finishButton"_s);
    button(QWizard::CancelButton)->setObjectName(u"cancelButton"_s);
    resize(720, 600);
}

CreateFlashCopyWizard::~CreateFlashCopyWizard() = default;

void CreateFlashCopyWizard::setSnapshot(const SnapshotPtr& snapshot)
{
    if (!snapshot || snapshot == m_snapshot) {
        return;
    }
    m_snapshot = snapshot;
    Q_EMIT snapshotChanged();
}

LogicalDrive CreateFlashCopyWizard::base() const
{
    return m_snapshot->config.logicalDrives.value(m_baseId);
}

bool CreateFlashCopyWizard::isSimple() const
{
    return field(u"simple"_s).toBool();
}

CreateFlashCopyWizard::Location CreateFlashCopyWizard::location() const
{
    if (isSimple()) {
        return Location::SameArray;
    }
    if (field(u"unconfigured"_s).toBool()) {
        return Location::NewArray;
    }
    return field(u"otherArray"_s).toBool() ? Location::OtherArray : Location::SameArray;
}

ObjectId CreateFlashCopyWizard::repositoryArrayId() const
{
    switch (location()) {
    case Location::SameArray:
        return base().arrayId;
    case Location::OtherArray:
        return field(u"otherArrayId"_s).toLongLong();
    case Location::NewArray:
        break;
    }
    return 0;
}

RaidLevel CreateFlashCopyWizard::newArrayRaidLevel() const
{
    return static_cast<RaidLevel>(field(u"raidLevel"_s).toInt());
}

QStringList CreateFlashCopyWizard::newArrayDrives() const
{
    return field(u"repositoryDrives"_s).toStringList();
}

qint64 CreateFlashCopyWizard::newArrayCapacity(RaidLevel level, const QStringList& drives) const
{
    const Configuration& c = m_snapshot->config;
    qint64 smallest = std::numeric_limits<qint64>::max();
    for (const QString& ref : drives) {
        const Drive* d = driveByRef(c, m_subsystemId, ref);
        smallest = std::min(smallest, d != nullptr ? d->usableCapacity : 0);
    }
    const auto count = static_cast<int>(drives.size());
    if (count == 0 || checkRaidDriveCount(level, count).isError()) {
        return 0;
    }
    return raidCapacity(level, count, smallest);
}

QString CreateFlashCopyWizard::newArrayProblem(RaidLevel level, const QStringList& drives) const
{
    if (drives.isEmpty()) {
        return tr("Select the drives of the new array.");
    }
    const Configuration& c = m_snapshot->config;
    std::optional<DriveType> type;
    for (const QString& ref : drives) {
        const Drive* d = driveByRef(c, m_subsystemId, ref);
        if (d == nullptr || d->role != DriveRole::Unassigned || d->status != ComponentStatus::Optimal) {
            return tr("Drive [%1] is no longer unassigned; select another one.").arg(ref);
        }
        if (type && *type != d->type) {
            return Error(ErrorCode::DriveTypeMixed, {Texts::driveType(*type), Texts::driveType(d->type)})
                .localizedMessage();
        }
        type = d->type;
    }
    if (const Error err = checkRaidDriveCount(level, static_cast<int>(drives.size())); err.isError()) {
        return err.localizedMessage();
    }
    return {};
}

qint64 CreateFlashCopyWizard::locationCapacity() const
{
    const Configuration& c = m_snapshot->config;
    if (location() != Location::NewArray) {
        const ObjectId arrayId = repositoryArrayId();
        return c.arrays.contains(arrayId) ? arrayFreeCapacity(c, arrayId) : 0;
    }
    return newArrayCapacity(newArrayRaidLevel(), newArrayDrives());
}

QString CreateFlashCopyWizard::locationText() const
{
    const Configuration& c = m_snapshot->config;
    switch (location()) {
    case Location::SameArray:
    case Location::OtherArray:
        return tr("Free capacity on %1").arg(arrayLabel(c.arrays.value(repositoryArrayId())));
    case Location::NewArray:
        break;
    }
    QStringList slots;
    for (const QString& ref : newArrayDrives()) {
        slots.append(u'[' + ref + u']');
    }
    return tr("New RAID %1 array from unconfigured capacity, drives %2")
        .arg(enumName(newArrayRaidLevel()), slots.join(u' '));
}

bool CreateFlashCopyWizard::automaticMapping() const
{
    return isSimple() || field(u"automaticMapping"_s).toBool();
}

int CreateFlashCopyWizard::warningThreshold() const
{
    return isSimple() ? FlashCopyRules::kDefaultThreshold : field(u"threshold"_s).toInt();
}

RepositoryFullPolicy CreateFlashCopyWizard::fullPolicy() const
{
    return !isSimple() && field(u"failBaseWrites"_s).toBool() ? RepositoryFullPolicy::FailBaseWrites
                                                              : RepositoryFullPolicy::FailFlashCopy;
}

QString CreateFlashCopyWizard::flashCopyName() const
{
    return field(u"flashCopyName"_s).toString();
}

QString CreateFlashCopyWizard::repositoryName() const
{
    return field(u"repositoryName"_s).toString();
}

int CreateFlashCopyWizard::repositoryPercent() const
{
    return field(u"percent"_s).toInt();
}

qint64 CreateFlashCopyWizard::repositoryCapacity() const
{
    return FlashCopyRules::repositoryCapacity(base().capacity, repositoryPercent());
}

QString CreateFlashCopyWizard::baseProblem() const
{
    if (base().id == 0) {
        return tr("The base logical drive no longer exists.");
    }
    return FlashCopyRules::createBlocker(*m_snapshot, m_subsystemId, m_baseId);
}

QString CreateFlashCopyWizard::simpleProblem() const
{
    const Configuration& c = m_snapshot->config;
    const LogicalDrive b = base();
    const qint64 free = arrayFreeCapacity(c, b.arrayId);
    const qint64 needs = FlashCopyRules::simplePathNeeds(b.capacity);
    if (free >= needs) {
        return {};
    }
    const QLocale locale;
    return tr("Simple is not available: %1 has %2 free, and the Simple path needs 8 MB + 1% of the base logical "
              "drive there (%3). Choose Advanced to put the repository on another array or on unconfigured capacity.")
        .arg(arrayLabel(c.arrays.value(b.arrayId)), formatGb(free, locale), formatGb(needs, locale));
}

QString CreateFlashCopyWizard::locationProblem() const
{
    const Configuration& c = m_snapshot->config;
    switch (location()) {
    case Location::SameArray:
        return {};
    case Location::OtherArray: {
        const ObjectId arrayId = repositoryArrayId();
        const auto it = c.arrays.constFind(arrayId);
        if (it == c.arrays.cend() || it->subsystemId != m_subsystemId) {
            return tr("Select the array that is to hold the repository.");
        }
        return {};
    }
    case Location::NewArray:
        break;
    }
    return newArrayProblem(newArrayRaidLevel(), newArrayDrives());
}

QString CreateFlashCopyWizard::namesProblem() const
{
    const Configuration& c = m_snapshot->config;
    const QString name = flashCopyName();
    const QString repository = repositoryName();
    const QList<QPair<QString, QString>> names {
        {name, tr("FlashCopy logical drive")}, {repository, tr("FlashCopy repository logical drive")}};
    for (const auto& [text, what] : names) {
        if (const Error err = checkName(text, what); err.isError()) {
            return err.localizedMessage();
        }
        if (logicalDriveNameInUse(c, m_subsystemId, text)) {
            return Error(
                ErrorCode::NameInUse, {text, QCoreApplication::translate("Copyline::Texts", "another logical drive")})
                .localizedMessage();
        }
    }
    if (name == repository) {
        return tr("The FlashCopy logical drive and its repository need different names.");
    }
    return {};
}

QString CreateFlashCopyWizard::capacityProblem() const
{
    const qint64 capacity = repositoryCapacity();
    const qint64 room = locationCapacity();
    if (capacity <= room) {
        return {};
    }
    const QLocale locale;
    const QString advice = tr("Lower the percentage, or go Back and choose another location for the repository.");
    if (location() == Location::NewArray) {
        return tr("The repository does not fit: it needs %1, and the new RAID %2 array holds only %3.")
                   .arg(formatGb(capacity, locale), enumName(newArrayRaidLevel()), formatGb(room, locale))
            + u' ' + advice;
    }
    return tr("The repository does not fit: it needs %1, and %2 has only %3 free.")
               .arg(formatGb(capacity, locale), arrayLabel(m_snapshot->config.arrays.value(repositoryArrayId())),
                   formatGb(room, locale))
        + u' ' + advice;
}

QString CreateFlashCopyWizard::problem() const
{
    for (const QString& p :
        {baseProblem(), isSimple() ? simpleProblem() : locationProblem(), namesProblem(), capacityProblem()}) {
        if (!p.isEmpty()) {
            return p;
        }
    }
    return {};
}

CommandRequest CreateFlashCopyWizard::request() const
{
    QJsonObject args {{u"baseId"_s, m_baseId}, {u"userLabel"_s, flashCopyName()},
        {u"repositoryUserLabel"_s, repositoryName()}, {u"repositoryPercentOfBase"_s, repositoryPercent()},
        {u"warningThresholdPercent"_s, warningThreshold()}, {u"repositoryFullPolicy"_s, enumName(fullPolicy())},
        {u"mapping"_s, automaticMapping() ? u"automatic"_s : u"later"_s}};
    switch (location()) {
    case Location::SameArray:
        break; // the engine's default: the base's array
    case Location::OtherArray:
        args.insert(u"repositoryArrayId"_s, repositoryArrayId());
        break;
    case Location::NewArray:
        args.insert(u"repositoryDrives"_s, QJsonArray::fromStringList(newArrayDrives()));
        args.insert(u"repositoryRAIDLevel"_s, enumName(newArrayRaidLevel()));
        break;
    }
    return {u"createFlashCopy"_s, args};
}

void CreateFlashCopyWizard::accept()
{
    if (m_busy || currentId() != PreviewPageId || !validateCurrentPage()) {
        return;
    }
    m_busy = true;
    Q_EMIT busyChanged(true);
    Q_EMIT submitRequested(request());
}

void CreateFlashCopyWizard::showSubmitError(const QString& message)
{
    m_busy = false;
    Q_EMIT busyChanged(false);
    if (auto* preview = qobject_cast<PreviewPage*>(page(PreviewPageId))) {
        preview->showError(message);
    }
}

void CreateFlashCopyWizard::submitSucceeded(const CommandResult&)
{
    m_busy = false;
    Q_EMIT busyChanged(false);
    // Not QWizard::done(): it would validate the Preview page again, against a snapshot in which the new names
    // are already taken.
    QDialog::done(QDialog::Accepted); // NOLINT(bugprone-parent-virtual-call)
}

QString CreateFlashCopyWizard::submitErrorText() const
{
    const auto* preview = qobject_cast<const PreviewPage*>(page(PreviewPageId));
    return preview ? preview->errorText() : QString();
}

} // namespace Copyline
