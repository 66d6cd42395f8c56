// SPDX-License-Identifier: GPL-3.0-or-later
#include "createmirrorpages.h"

#include "api/rules.h"
#include "api/units.h"
#include "common/formwidgets.h"
#include "common/icons.h"
#include "common/texts.h"
#include "common/theme.h"
#include "dialogs/equivalentcommanddialog.h"
#include "panels/ds4000/dialogs/volumecopydialogs.h"
#include "panels/ds4000/rules/remotemirrorrules.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QCheckBox>
#include <QCollator>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QRadioButton>
#include <QSlider>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

using Rules = RemoteMirrorRules;

QString gb(qint64 bytes)
{
    return formatGb(bytes, QLocale());
}

/** Takes @p probe's rows when they differ (snapshots come twice a second), keeping @p selected chosen. */
void adopt(QTableWidget* table, QTableWidget& probe, ObjectId selected)
{
    if (adoptRows(table, probe)) {
        selectId(table, selected);
    }
}

/**
 * The specific part of an Error 158 message (after the guide's generic sentence). It starts with the drive's name
 * as the administrator wrote it, so it is shown as it is (a capitalized first letter misspelled "ledger 2").
 */
QString candidateWhy(const QString& message)
{
    const QString generic = QString::fromUtf8(errorTemplate(ErrorCode::MirrorCandidateInvalid));
    const QString prefix = generic.left(generic.indexOf(u"%1"_s));
    return message.startsWith(prefix) ? message.mid(prefix.size()).trimmed() : message;
}

} // namespace

// ---------------------------------------------------------------------------------------------------------------

// ---------------------------------------------------------------------------------------------------------------

MirrorIntroductionPage::MirrorIntroductionPage(CreateMirrorWizard* wizard)
    : CreateMirrorPage(wizard)
{
    setObjectName(u"mirrorIntroductionPage"_s);
    setTitle(tr("Create Remote Mirror - Introduction"));
    setSubTitle(tr("A remote mirror keeps a secondary logical drive on another storage subsystem a copy of a primary "
                   "logical drive."));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(richLabel(
        tr("Before you start: Remote Logical Drive Mirroring must be <b>Enabled/Activated on both storage "
           "subsystems</b>, which are cabled through their mirror ports; the secondary must be a standard logical "
           "drive at least as large as the primary, in no other mirror relationship and not the base of a "
           "FlashCopy. Create primary and secondary on the same preferred controller. A full synchronization then "
           "copies the primary to the secondary; the primary stays fully accessible."),
        this, u"requirementsLabel"_s));
    layout->addSpacing(4);
    auto* title = new QLabel(tr("&Select the primary logical drive:"), this);
    layout->addWidget(title);
    m_primaries = makeSelectionTable({tr("Logical Drive"), tr("Capacity"), tr("Array"), tr("Availability")},
        u"primaryTableWidget"_s, this, TableRows::Wrapped);
    m_primaries->setAccessibleName(tr("Primary logical drives"));
    title->setBuddy(m_primaries);
    layout->addWidget(m_primaries, 1);
    m_blocker = addMessageLabel(u"blockerLabel"_s, true);
    layout->addWidget(m_blocker);
    registerField(u"primaryId"_s, this, "primaryId", SIGNAL(primaryChanged()));
    m_primaryId = wizard->initialPrimaryId();
    connect(m_primaries, &QTableWidget::itemSelectionChanged, this, [this]() {
        if (const ObjectId id = selectedId(m_primaries); id != 0 && id != m_primaryId) {
            m_primaryId = id;
            Q_EMIT primaryChanged();
        }
        refresh();
    });
    refresh();
}

void MirrorIntroductionPage::clearPrimary()
{
    m_primaryId = 0;
    m_primaries->clearSelection();
    Q_EMIT primaryChanged();
    refresh();
}

void MirrorIntroductionPage::refresh()
{
    const CreateMirrorWizard* w = owner();
    const Configuration& c = w->snapshot().config;
    QList<LogicalDrive> drives;
    for (const LogicalDrive& ld : c.logicalDrivesOf(w->subsystemId())) {
        if (ld.kind == LogicalDriveKind::Standard) {
            drives.append(ld);
        }
    }
    // Valid ones first, each group by name.
    std::stable_sort(drives.begin(), drives.end(), [&c](const LogicalDrive& a, const LogicalDrive& b) {
        return !MirrorRules::primaryProblem(c, a).isError() && MirrorRules::primaryProblem(c, b).isError();
    });
    QTableWidget probe(static_cast<int>(drives.size()), m_primaries->columnCount());
    for (int row = 0; row < drives.size(); ++row) {
        const LogicalDrive& ld = drives.at(row);
        const Error e = MirrorRules::primaryProblem(c, ld);
        const bool valid = !e.isError();
        auto* name = tableCell(ld.name, ld.id, valid);
        const Mirror* m = c.mirrorOf(ld.id);
        name->setIcon(m != nullptr ? Icons::withOverlay(u"logical-drive"_s, Rules::statusOverlay(m->status))
                                   : Icons::icon(Icons::forLogicalDrive(ld.status)));
        probe.setItem(row, 0, name);
        probe.setItem(row, 1, tableCell(gb(ld.capacity), ld.id, valid, true));
        probe.setItem(row, 2, tableCell(arrayLabel(c.arrays.value(ld.arrayId)), ld.id, valid));
        probe.setItem(row, 3, tableCell(valid ? tr("Available") : candidateWhy(e.message()), ld.id, valid));
    }
    adopt(m_primaries, probe, m_primaryId);
    m_primaries->setColumnWidth(0, 170);
    m_primaries->setColumnWidth(1, 90);
    m_primaries->setColumnWidth(2, 190);
    if (selectedId(m_primaries) != m_primaryId) {
        selectId(m_primaries, m_primaryId);
    }
    setMessage(m_blocker,
        m_primaryId == 0 ? QString() : RemoteMirrorRules::createBlocker(w->snapshot(), w->subsystemId(), m_primaryId));
    Q_EMIT completeChanged();
}

bool MirrorIntroductionPage::isComplete() const
{
    const CreateMirrorWizard* w = owner();
    return m_primaryId != 0 && RemoteMirrorRules::createBlocker(w->snapshot(), w->subsystemId(), m_primaryId).isEmpty();
}

// ---------------------------------------------------------------------------------------------------------------

RemoteSubsystemPage::RemoteSubsystemPage(CreateMirrorWizard* wizard)
    : CreateMirrorPage(wizard)
{
    setObjectName(u"remoteSubsystemPage"_s);
    setTitle(tr("Select Remote Storage Subsystem"));
    setSubTitle(tr("The secondary logical drive is on the remote storage subsystem."));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(richLabel(tr("Only storage subsystems with Remote Logical Drive Mirroring "
                                   "<b>Enabled/Activated</b> are listed; at most two storage subsystems take part "
                                   "in a mirror configuration."),
        this));
    auto* title = new QLabel(tr("Select the &remote storage subsystem:"), this);
    layout->addWidget(title);
    m_table = makeSelectionTable(
        {tr("Storage Subsystem"), tr("Model"), tr("Mirrored Logical Drives"), tr("Remote Mirror Link")},
        u"remoteSubsystemTableWidget"_s, this, TableRows::Wrapped);
    m_table->setAccessibleName(tr("Remote storage subsystems"));
    m_table->setMaximumHeight(220);
    title->setBuddy(m_table);
    layout->addWidget(m_table);
    m_absent = richLabel({}, this, u"absentSubsystemsLabel"_s);
    m_absent->setTextFormat(Qt::PlainText);
    m_absent->setStyleSheet(Theme::css(u"QLabel { color: #4a5968; }"_s));
    layout->addWidget(m_absent);
    m_hint = addMessageLabel(u"remoteHintLabel"_s, false);
    layout->addWidget(m_hint);
    layout->addStretch(1);
    registerField(u"remoteId"_s, this, "remoteId", SIGNAL(remoteChanged()));
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this]() {
        if (const ObjectId id = selectedId(m_table); id != 0 && id != m_remoteId) {
            m_remoteId = id;
            Q_EMIT remoteChanged();
        }
        Q_EMIT completeChanged();
    });
}

void RemoteSubsystemPage::initializePage()
{
    refresh();
}

QString RemoteSubsystemPage::absentText() const
{
    return m_absent->isHidden() ? QString() : m_absent->text();
}

void RemoteSubsystemPage::refresh()
{
    const CreateMirrorWizard* w = owner();
    const Configuration& c = w->snapshot().config;
    const ObjectId local = w->subsystemId();
    const ObjectId partner = MirrorRules::mirrorPartnerSubsystem(c, local);
    QList<Subsystem> listed;
    QStringList absent;
    for (const Subsystem& s : c.subsystems) {
        if (s.id == local || s.family != c.subsystems.value(local).family) {
            continue; // another product family's machines cannot be a DS4000 mirror partner
        }
        if (!Rules::supported(w->snapshot(), s)) {
            absent.append(
                tr("%1: the %2 has no Remote Logical Drive Mirroring").arg(Texts::subsystemLabel(s.name), s.model));
        } else if (!MirrorRules::enabledAndActivated(s)) {
            absent.append(tr("%1: Remote Logical Drive Mirroring is %2 (it must be Enabled/Activated)")
                              .arg(Texts::subsystemLabel(s.name), Rules::optionState(s)));
        } else {
            listed.append(s);
        }
    }
    QTableWidget probe(static_cast<int>(listed.size()), m_table->columnCount());
    ObjectId onlyValid = 0;
    int valid = 0;
    for (int row = 0; row < listed.size(); ++row) {
        const Subsystem& s = listed.at(row);
        const MirrorLink* link = c.linkBetween(local, s.id);
        const int count = MirrorRules::mirrorCount(c, s.id);
        QString reason;
        if (link == nullptr) {
            reason = tr("No remote mirror link connects it to this storage subsystem.");
        } else if (partner != 0 && partner != s.id) {
            reason = tr("This storage subsystem already mirrors with %1; at most two storage subsystems take part in "
                        "a mirror configuration.")
                         .arg(Texts::subsystemLabel(c.subsystems.value(partner).name));
        } else if (count >= Rules::maxMirrors(w->snapshot(), s)) {
            reason = tr("It already has %1 mirrored logical drives, the most a %2 supports.").arg(count).arg(s.model);
        }
        const bool ok = reason.isEmpty();
        valid += ok ? 1 : 0;
        onlyValid = ok ? s.id : onlyValid;
        auto* name = tableCell(Texts::subsystemLabel(s.name), s.id, ok);
        name->setIcon(Icons::icon(u"subsystem"_s));
        probe.setItem(row, 0, name);
        probe.setItem(row, 1, tableCell(s.model, s.id, ok));
        probe.setItem(row, 2, tableCell(tr("%1 of %2").arg(count).arg(Rules::maxMirrors(w->snapshot(), s)), s.id, ok));
        QString linkText = reason;
        if (ok) {
            linkText
                = tr("Path A %1, path B %2")
                      .arg(Rules::pathStateText(link->pathA).toLower(), Rules::pathStateText(link->pathB).toLower());
        }
        probe.setItem(row, 3, tableCell(linkText, s.id, ok));
        if (!ok) {
            for (int column = 0; column < probe.columnCount(); ++column) {
                probe.item(row, column)->setToolTip(reason);
            }
        }
    }
    if (m_remoteId == 0 && valid == 1) {
        m_remoteId = onlyValid; // the usual case: one partner
        Q_EMIT remoteChanged();
    }
    adopt(m_table, probe, m_remoteId);
    m_table->setColumnWidth(0, 290);
    m_table->setColumnWidth(1, 80);
    m_table->setColumnWidth(2, 160);
    if (selectedId(m_table) != m_remoteId) {
        selectId(m_table, m_remoteId);
    }
    setMessage(m_absent, absent.isEmpty() ? QString() : tr("Not listed:") + u"\n  • "_s + absent.join(u"\n  • "_s));
    setMessage(m_hint,
        listed.isEmpty() ? tr("No remote storage subsystem has Remote Logical Drive Mirroring "
                              "Enabled/Activated. Enable and activate it there first.")
                         : QString());
    Q_EMIT completeChanged();
}

bool RemoteSubsystemPage::isComplete() const
{
    return m_remoteId != 0 && selectedId(m_table) == m_remoteId;
}

// ---------------------------------------------------------------------------------------------------------------

SecondaryPage::SecondaryPage(CreateMirrorWizard* wizard)
    : CreateMirrorPage(wizard)
{
    setObjectName(u"secondaryPage"_s);
    setTitle(tr("Select Secondary Logical Drive"));
    setSubTitle(tr("All data on the secondary is overwritten by the primary's. Only logical drives at least as large "
                   "as the primary are listed."));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    m_heading = richLabel({}, this, u"primaryLabel"_s);
    layout->addWidget(m_heading);
    auto* title = new QLabel(tr("Select the &secondary logical drive:"), this);
    layout->addWidget(title);
    m_table = makeSelectionTable({tr("Logical Drive"), tr("Capacity"), tr("Array"), tr("Availability")},
        u"secondaryTableWidget"_s, this, TableRows::Wrapped);
    m_table->setAccessibleName(tr("Secondary logical drives"));
    title->setBuddy(m_table);
    layout->addWidget(m_table, 1);
    m_loading = new QLabel(tr("Looking for candidates on the remote storage subsystem…"), this);
    m_loading->setObjectName(u"loadingLabel"_s);
    m_loading->hide();
    layout->addWidget(m_loading);
    m_smaller = richLabel({}, this, u"smallerLabel"_s);
    m_smaller->setTextFormat(Qt::PlainText);
    m_smaller->setStyleSheet(Theme::css(u"QLabel { color: #4a5968; }"_s));
    layout->addWidget(m_smaller);
    m_hint = addMessageLabel(u"secondaryHintLabel"_s, false);
    layout->addWidget(m_hint);
    registerField(u"secondaryId"_s, this, "secondaryId", SIGNAL(secondaryChanged()));
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this]() {
        if (const ObjectId id = selectedId(m_table); id != 0 && id != m_secondaryId) {
            m_secondaryId = id;
            Q_EMIT secondaryChanged();
        }
        refresh();
    });
    connect(wizard, &CreateMirrorWizard::candidatesChanged, this, &SecondaryPage::refresh);
}

void SecondaryPage::initializePage()
{
    owner()->requestCandidates();
    refresh();
}

void SecondaryPage::clearSecondary()
{
    m_secondaryId = 0;
    m_table->clearSelection();
    Q_EMIT secondaryChanged();
}

QString SecondaryPage::reasonFor(const QString& name) const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->text() == name) {
            return m_table->item(row, 0)->flags().testFlag(Qt::ItemIsSelectable) ? QString()
                                                                                 : m_table->item(row, 3)->text();
        }
    }
    return {};
}

QString SecondaryPage::smallerText() const
{
    return m_smaller->isHidden() ? QString() : m_smaller->text();
}

void SecondaryPage::fill()
{
    const CreateMirrorWizard* w = owner();
    const Configuration& c = w->snapshot().config;
    const LogicalDrive primary = w->primary();
    const ObjectId remote = w->remoteSubsystemId();
    const QJsonObject data = w->candidatesLoaded() ? w->candidates().data : QJsonObject();
    struct Entry
    {
        LogicalDrive ld;
        QString reason;
    };
    QList<Entry> entries;
    QStringList smaller;
    for (const auto& v : data.value(u"candidates"_s).toArray()) {
        const LogicalDrive* ld = c.logicalDriveByName(remote, v.toObject().value(u"name"_s).toString());
        if (ld != nullptr) {
            entries.append({*ld, {}});
        }
    }
    for (const auto& v : data.value(u"excluded"_s).toArray()) {
        const QJsonObject o = v.toObject();
        const LogicalDrive* ld = c.logicalDriveByName(remote, o.value(u"name"_s).toString());
        if (ld == nullptr) {
            continue;
        }
        if (ld->capacity < primary.capacity) {
            // "Lists only LDs with enough capacity" (spec §2.4.5): too small ones are counted, not listed.
            smaller.append(Texts::withCapacity(ld->name, ld->capacity));
            continue;
        }
        entries.append({*ld, o.value(u"reason"_s).toString()});
    }
    std::stable_sort(entries.begin(), entries.end(),
        [](const Entry& a, const Entry& b) { return a.reason.isEmpty() && !b.reason.isEmpty(); });
    QTableWidget probe(static_cast<int>(entries.size()), m_table->columnCount());
    for (int row = 0; row < entries.size(); ++row) {
        const Entry& e = entries.at(row);
        const bool valid = e.reason.isEmpty();
        auto* name = tableCell(e.ld.name, e.ld.id, valid);
        const Mirror* m = c.mirrorOf(e.ld.id);
        name->setIcon(m != nullptr ? Icons::withOverlay(u"logical-drive"_s, Rules::statusOverlay(m->status))
                                   : Icons::icon(Icons::forLogicalDrive(e.ld.status)));
        probe.setItem(row, 0, name);
        probe.setItem(row, 1, tableCell(gb(e.ld.capacity), e.ld.id, valid, true));
        probe.setItem(row, 2, tableCell(arrayLabel(c.arrays.value(e.ld.arrayId)), e.ld.id, valid));
        probe.setItem(row, 3, tableCell(valid ? tr("Available") : candidateWhy(e.reason), e.ld.id, valid));
        if (!valid) {
            // The engine's refusal, as the script interface would print it.
            const QString full = Error(ErrorCode::MirrorCandidateInvalid, {candidateWhy(e.reason)}).cliLine();
            for (int column = 0; column < probe.columnCount(); ++column) {
                probe.item(row, column)->setToolTip(full);
            }
        }
    }
    adopt(m_table, probe, m_secondaryId);
    m_table->setColumnWidth(0, 170);
    m_table->setColumnWidth(1, 90);
    m_table->setColumnWidth(2, 190);
    if (selectedId(m_table) != m_secondaryId) {
        selectId(m_table, m_secondaryId);
    }
    setMessage(m_smaller,
        smaller.isEmpty() ? QString()
                          : tr("Not listed, smaller than %1 (%2): %3.")
                                .arg(primary.name, gb(primary.capacity), smaller.join(u", "_s)));
}

void SecondaryPage::refresh()
{
    const CreateMirrorWizard* w = owner();
    const LogicalDrive primary = w->primary();
    const Subsystem remote = w->remoteSubsystem();
    const QString heading = tr("Primary logical drive: <b>%1</b> (%2) on %3. Secondary candidates on <b>%4</b>:")
                                .arg(primary.name.toHtmlEscaped(), gb(primary.capacity),
                                    Texts::subsystemLabel(w->localSubsystem().name).toHtmlEscaped(),
                                    Texts::subsystemLabel(remote.name).toHtmlEscaped());
    if (m_heading->text() != heading) {
        m_heading->setText(heading);
    }
    if (w->currentPage() == this) {
        // The candidates depend on the configuration: ask again when it changed (the wizard drops equal requests).
        owner()->requestCandidates();
    }
    m_loading->setVisible(!w->candidatesLoaded());
    fill();
    QString hint;
    if (w->candidatesLoaded() && !w->candidates().ok()) {
        hint = w->candidates().error.localizedMessage();
    } else if (w->candidatesLoaded() && m_table->rowCount() == 0) {
        hint = tr("%1 has no logical drive of at least %2 that can be the secondary. Create one (Logical Drive ▸ "
                  "Create on that storage subsystem), then come back.")
                   .arg(Texts::subsystemLabel(remote.name), gb(primary.capacity));
    } else if (m_secondaryId != 0 && !w->problem().isEmpty() && w->secondary().id != 0) {
        hint = w->problem();
    }
    setMessage(m_hint, hint);
    Q_EMIT completeChanged();
}

bool SecondaryPage::isComplete() const
{
    if (m_secondaryId == 0 || !owner()->candidatesLoaded() || selectedId(m_table) != m_secondaryId) {
        return false;
    }
    return owner()->problem().isEmpty();
}

// ---------------------------------------------------------------------------------------------------------------

WriteModePage::WriteModePage(CreateMirrorWizard* wizard)
    : CreateMirrorPage(wizard)
{
    setObjectName(u"writeModePage"_s);
    setTitle(tr("Set Write Mode"));
    setSubTitle(tr("When does a host write to the primary complete?"));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    m_synchronous = new QRadioButton(tr("&Synchronous"), this);
    m_synchronous->setObjectName(u"synchronousRadioButton"_s);
    layout->addWidget(m_synchronous);
    QLabel* syncNote = richLabel(tr("Metro Mirroring: the write completes once the secondary has stored it. The "
                                    "best recoverability, slower host writes; recommended up to 10 km."),
        this);
    syncNote->setStyleSheet(Theme::css(u"QLabel { color: #4a5968; margin-left: 24px; }"_s));
    layout->addWidget(syncNote);
    m_asynchronous = new QRadioButton(tr("&Asynchronous"), this);
    m_asynchronous->setObjectName(u"asynchronousRadioButton"_s);
    layout->addWidget(m_asynchronous);
    QLabel* asyncNote = richLabel(tr("Global Copy: the write completes at once and is sent to the secondary behind "
                                     "it. Faster host writes; recommended beyond 10 km. Writes may arrive at the "
                                     "secondary out of order, so it may be inconsistent after a disaster."),
        this);
    asyncNote->setStyleSheet(Theme::css(u"QLabel { color: #4a5968; margin-left: 24px; }"_s));
    layout->addWidget(asyncNote);
    m_consistency = new QCheckBox(tr("Add to &write consistency group"), this);
    m_consistency->setObjectName(u"consistencyGroupCheckBox"_s);
    auto* indent = new QHBoxLayout;
    indent->addSpacing(24);
    indent->addWidget(m_consistency);
    indent->addStretch(1);
    layout->addLayout(indent);
    QLabel* groupNote = richLabel(tr("Global Mirroring: the order of writes is kept across all asynchronous pairs "
                                     "of the group on this storage subsystem, so their secondaries always show one "
                                     "common earlier moment. Remote writes may become single-threaded, which "
                                     "might impact host I/O performance."),
        this);
    groupNote->setStyleSheet(Theme::css(u"QLabel { color: #4a5968; margin-left: 48px; }"_s));
    layout->addWidget(groupNote);
    layout->addSpacing(6);
    m_copyType = richLabel({}, this, u"copyTypeLabel"_s);
    layout->addWidget(m_copyType);
    layout->addStretch(1);
    auto* group = new QButtonGroup(this);
    group->addButton(m_synchronous);
    group->addButton(m_asynchronous);
    m_synchronous->setChecked(true); // the default (spec §2.4.5)
    registerField(u"asynchronous"_s, m_asynchronous);
    registerField(u"writeConsistency"_s, m_consistency);
    connect(m_asynchronous, &QRadioButton::toggled, this, &WriteModePage::update);
    connect(m_consistency, &QCheckBox::toggled, this, &WriteModePage::update);
    update();
}

void WriteModePage::update()
{
    // "Asynchronous enables the Add to write consistency group checkbox" (spec §2.4.5).
    m_consistency->setEnabled(m_asynchronous->isChecked());
    if (!m_asynchronous->isChecked()) {
        m_consistency->setChecked(false);
    }
    m_copyType->setText(tr("Copy type: <b>%1</b>")
                            .arg(Rules::copyTypeText(m_asynchronous->isChecked() ? MirrorWriteMode::Asynchronous
                                                                                 : MirrorWriteMode::Synchronous,
                                m_consistency->isChecked())));
}

// ---------------------------------------------------------------------------------------------------------------

SyncSettingsPage::SyncSettingsPage(CreateMirrorWizard* wizard)
    : CreateMirrorPage(wizard)
{
    setObjectName(u"syncSettingsPage"_s);
    setTitle(tr("Select Synchronization Settings"));
    setSubTitle(tr("How fast synchronizations copy, and what happens when a broken link is restored."));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    auto* priorityTitle = new QLabel(tr("Synchronization &priority:"), this);
    priorityTitle->setStyleSheet(u"QLabel { font-weight: bold; }"_s);
    layout->addWidget(priorityTitle);
    m_priority = new CopyPrioritySlider(this);
    m_priority->slider()->setObjectName(u"syncPrioritySlider"_s);
    m_priority->slider()->setAccessibleName(tr("Synchronization priority"));
    m_priority->setPriority(RemoteMirrorRules::kDefaultPriority);
    priorityTitle->setBuddy(m_priority->slider());
    layout->addWidget(m_priority);
    QLabel* priorityNote = richLabel(tr("Compared with Highest, a synchronization takes about 2 times as long at "
                                        "High, 3.5 at Medium, 6 at Low and 8 at Lowest. A higher priority costs "
                                        "host I/O performance."),
        this);
    priorityNote->setStyleSheet(Theme::css(u"QLabel { color: #4a5968; }"_s));
    layout->addWidget(priorityNote);
    layout->addSpacing(10);
    auto* methodTitle = new QLabel(tr("Resynchronization method:"), this);
    methodTitle->setStyleSheet(u"QLabel { font-weight: bold; }"_s);
    layout->addWidget(methodTitle);
    m_manual = new QRadioButton(tr("&Manual (recommended)"), this);
    m_manual->setObjectName(u"manualRadioButton"_s);
    m_automatic = new QRadioButton(tr("&Automatic"), this);
    m_automatic->setObjectName(u"automaticRadioButton"_s);
    auto* group = new QButtonGroup(this);
    group->addButton(m_manual);
    group->addButton(m_automatic);
    m_manual->setChecked(true);
    layout->addWidget(m_manual);
    QLabel* manualNote = richLabel(tr("After a link interruption the pair stays Unsynchronized until you select "
                                      "Resume: you decide when the secondary is overwritten."),
        this);
    manualNote->setStyleSheet(Theme::css(u"QLabel { color: #4a5968; margin-left: 24px; }"_s));
    layout->addWidget(manualNote);
    layout->addWidget(m_automatic);
    QLabel* autoNote = richLabel(tr("The pair resynchronizes as soon as the storage subsystems communicate again. "
                                    "Several interruptions during one resynchronization can leave the secondary "
                                    "with a mix of old and new data that is unusable for disaster recovery."),
        this);
    autoNote->setStyleSheet(Theme::css(u"QLabel { color: #4a5968; margin-left: 24px; }"_s));
    layout->addWidget(autoNote);
    m_groupNote = addMessageLabel(u"groupNoteLabel"_s, false);
    layout->addWidget(m_groupNote);
    layout->addStretch(1);
    registerField(u"priority"_s, m_priority->slider());
    registerField(u"automaticResync"_s, m_automatic);
    connect(m_automatic, &QRadioButton::toggled, this, &SyncSettingsPage::completeChanged);
}

void SyncSettingsPage::initializePage()
{
    // Manual resynchronization is mandatory for a write consistency group (spec §4.6).
    const bool group = owner()->writeConsistency();
    m_automatic->setEnabled(!group);
    if (group) {
        m_manual->setChecked(true);
    }
    m_automatic->setToolTip(group ? tr("Pairs in the write consistency group resynchronize manually.") : QString());
    setMessage(m_groupNote,
        group ? tr("The pair joins the write consistency group: its resynchronization is Manual, so that one Resume "
                   "brings the whole group back together.")
              : QString());
}

bool SyncSettingsPage::isComplete() const
{
    return !(m_automatic->isChecked() && owner()->writeConsistency());
}

// ---------------------------------------------------------------------------------------------------------------

MirrorPreviewPage::MirrorPreviewPage(CreateMirrorWizard* wizard)
    : CreateMirrorPage(wizard)
{
    setObjectName(u"mirrorPreviewPage"_s);
    setTitle(tr("Preview"));
    setSubTitle(tr("Check the mirror, then click Finish to create it; a full synchronization starts at once."));
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
    m_status = new QLabel(this);
    m_status->setObjectName(u"previewStatusLabel"_s);
    m_status->hide();
    layout->addWidget(m_status);
    m_error = addMessageLabel(u"previewErrorLabel"_s, true);
    layout->addWidget(m_error);
    connect(wizard, &CreateMirrorWizard::busyChanged, this, [this](bool busy) {
        m_status->setText(busy ? tr("Creating the mirror relationship…") : QString());
        m_status->setVisible(busy);
        if (busy) {
            setMessage(m_error, {});
        }
        if (auto* back = owner()->button(QWizard::BackButton)) {
            back->setEnabled(!busy);
        }
        Q_EMIT completeChanged();
    });
}

void MirrorPreviewPage::initializePage()
{
    setMessage(m_error, {});
    fillSummary();
}

void MirrorPreviewPage::refresh()
{
    if (owner()->currentPage() == this) {
        fillSummary();
    }
}

void MirrorPreviewPage::fillSummary()
{
    const CreateMirrorWizard* w = owner();
    const Configuration& c = w->snapshot().config;
    const LogicalDrive primary = w->primary();
    const LogicalDrive secondary = w->secondary();
    const QString local = w->localSubsystem().name;
    const QString remote = w->remoteSubsystem().name;
    const MirrorWriteMode mode = w->writeMode();
    const QList<QPair<QString, QString>> rows {
        {tr("Primary logical drive"),
            tr("%1 on %2", "drive on subsystem")
                .arg(Texts::withCapacity(primary.name, primary.capacity), Texts::subsystemLabel(local))},
        {tr("Secondary logical drive"),
            tr("%1 on %2", "drive on subsystem")
                .arg(Texts::withCapacity(secondary.name, secondary.capacity), Texts::subsystemLabel(remote))},
        {tr("Direction"), Rules::directionText(local, remote)},
        {tr("Write mode"),
            tr("%1 (%2)", "write mode (copy type)")
                .arg(mode == MirrorWriteMode::Synchronous ? tr("Synchronous") : tr("Asynchronous"),
                    Rules::copyTypeText(mode, w->writeConsistency()))},
        {tr("Write consistency group"), w->writeConsistency() ? tr("Yes") : tr("No")},
        {tr("Synchronization priority"), Texts::copyPriority(w->priority())},
        {tr("Resynchronization method"), Rules::resyncText(w->automaticResync())},
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
            if (label == tr("Direction")) {
                value->setStyleSheet(u"QLabel { font-weight: bold; }"_s);
            }
            m_form->addRow(key, value);
        }
    }
    QString warning = tr("<b>All data on %1 will be overwritten</b> by a full synchronization from %2. While it is the "
                         "secondary, hosts can read %1 but not write to it; stop their I/O and unmount its file "
                         "systems first. %2 stays fully accessible.")
                          .arg(secondary.name.toHtmlEscaped(), primary.name.toHtmlEscaped());
    if (const LunMapping* mapping = c.mappingOf(secondary.id)) {
        warning += u' '
            + tr("%1 is mapped to %2 (LUN %3), which can then only read it.")
                  .arg(secondary.name.toHtmlEscaped(), Texts::mappingTarget(c, mapping->targetId).toHtmlEscaped())
                  .arg(mapping->lun);
    }
    if (!c.flashCopiesOf(primary.id).isEmpty()) {
        warning += u' '
            + tr("%1 is the base of FlashCopy logical drives: quiesce its host I/O while the mirror is created.")
                  .arg(primary.name.toHtmlEscaped());
    }
    setMessage(m_warning, secondary.id == 0 ? QString() : warning);
    Q_EMIT completeChanged();
}

bool MirrorPreviewPage::isComplete() const
{
    return !owner()->isBusy();
}

bool MirrorPreviewPage::validatePage()
{
    if (const QString problem = owner()->problem(); !problem.isEmpty()) {
        showError(problem);
        return false;
    }
    return true;
}

void MirrorPreviewPage::showError(const QString& message)
{
    setMessage(m_error, message);
}

QString MirrorPreviewPage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString MirrorPreviewPage::warningText() const
{
    return m_warning->isHidden() ? QString() : m_warning->text();
}

QString MirrorPreviewPage::value(const QString& label) const
{
    for (const auto& [key, text] : m_rows) {
        if (key == label) {
            return text;
        }
    }
    return {};
}

} // namespace Copyline
