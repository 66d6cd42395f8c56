// SPDX-License-Identifier: GPL-3.0-or-later
#include "hdsmainscreen.h"

#include "common/findbar.h"

#include "delegates/copyprogressdelegate.h"
#include "models/roles.h"
#include "panels/hds/hdsdialogs.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Copyline::HdsUi
{

namespace
{

QTreeWidget* makeList(const QString& objectName, QWidget* parent)
{
    auto* list = new QTreeWidget(parent);
    list->setObjectName(objectName);
    list->setRootIsDecorated(false);
    list->setAlternatingRowColors(true);
    list->setUniformRowHeights(true);
    list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    list->setSortingEnabled(false);
    list->header()->setStretchLastSection(true);
    return list;
}

/** Updates @p item's text in @p column only when it differs (no repaint of a steady row). */
void setText(QTreeWidgetItem* item, int column, const QString& text)
{
    if (item->text(column) != text) {
        item->setText(column, text);
    }
}

} // namespace

HdsMainScreen::HdsMainScreen(HdsData* data, QWidget* parent)
    : QWidget(parent)
    , m_data(data)
{
    setObjectName(u"hdsMainScreen"_s);
    auto* outer = new QHBoxLayout(this);
    outer->setContentsMargins(10, 8, 10, 8);
    auto* left = new QVBoxLayout;
    outer->addLayout(left, 1);

    // Row 1: display mode 1501, port 1502, volume filter 1503.
    auto* top = new QHBoxLayout;
    auto* modeBox = new QGroupBox(tr("Display mode"), this);
    modeBox->setObjectName(u"hdsDisplayModeGroup"_s);
    auto* modeLayout = new QHBoxLayout(modeBox);
    m_volumeMode = new QRadioButton(tr("Volume"), modeBox);
    m_volumeMode->setObjectName(u"hdsVolumeModeRadio"_s);
    m_volumeMode->setToolTip(tr("List the volumes (LUs) of the port (Fig. 11A)"));
    m_pairMode = new QRadioButton(tr("Pair"), modeBox);
    m_pairMode->setObjectName(u"hdsPairModeRadio"_s);
    m_pairMode->setToolTip(tr("List the pairs, with their copy progress (Fig. 11B)"));
    m_volumeMode->setChecked(true);
    auto* modeGroup = new QButtonGroup(modeBox);
    modeGroup->addButton(m_volumeMode);
    modeGroup->addButton(m_pairMode);
    modeLayout->addWidget(m_volumeMode);
    modeLayout->addWidget(m_pairMode);
    top->addWidget(modeBox);

    // The title's mnemonic focuses the combo box, the group's only child.
    auto* portBox = new QGroupBox(tr("P&ort"), this);
    auto* portLayout = new QHBoxLayout(portBox);
    m_port = new QComboBox(portBox);
    m_port->setObjectName(u"hdsPortCombo"_s);
    m_port->setAccessibleName(tr("Port"));
    m_port->setToolTip(tr("The port whose volumes are listed: one port (cluster and channel) or all ports"));
    m_port->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_port->addItem(tr("All ports"), QString());
    portLayout->addWidget(m_port);
    top->addWidget(portBox);

    auto* volumeBox = new QGroupBox(tr("Volume"), this);
    volumeBox->setObjectName(u"hdsVolumeFilterGroup"_s);
    m_volumeFilter = volumeBox;
    auto* volumeLayout = new QHBoxLayout(volumeBox);
    m_reserve = new QCheckBox(tr("Reserve attribute"), volumeBox);
    m_reserve->setObjectName(u"hdsReserveCheck"_s);
    m_reserve->setToolTip(tr("Checked: only the volumes with the reserve attribute (the T-VOL candidates). "
                             "Unchecked: reserved and unreserved volumes."));
    m_paired = new QCheckBox(tr("Pair"), volumeBox);
    m_paired->setObjectName(u"hdsPairCheck"_s);
    m_paired->setToolTip(tr("Show the volumes that belong to a pair"));
    m_paired->setChecked(true);
    m_unpaired = new QCheckBox(tr("No pair"), volumeBox);
    m_unpaired->setObjectName(u"hdsNoPairCheck"_s);
    m_unpaired->setToolTip(tr("Show the volumes that belong to no pair"));
    m_unpaired->setChecked(true);
    volumeLayout->addWidget(m_reserve);
    volumeLayout->addWidget(m_paired);
    volumeLayout->addWidget(m_unpaired);
    top->addWidget(volumeBox);
    top->addStretch(1);
    left->addLayout(top);

    // Row 2: the pair-status filter 1507.
    auto* statusBox = new QGroupBox(tr("Pair status"), this);
    statusBox->setObjectName(u"hdsPairStatusGroup"_s);
    statusBox->setToolTip(tr("Show the pairs (Pair mode) or the volumes (Volume mode) in these pair statuses; "
                             "simplex is a volume in no pair"));
    auto* statusLayout = new QHBoxLayout(statusBox);
    for (const QString& status : guiStatuses()) {
        auto* check = new QCheckBox(HdsTexts::guiStatus(status), statusBox);
        check->setObjectName(u"hdsStatusCheck_"_s + status);
        check->setProperty("guiStatus", status);
        check->setChecked(true);
        statusLayout->addWidget(check);
        m_statusChecks.append(check);
        connect(check, &QCheckBox::toggled, this, &HdsMainScreen::rebuild);
    }
    statusLayout->addStretch(1);
    left->addWidget(statusBox);

    // The list 1504: volumes (11A) or pairs (11B).
    m_lists = new QStackedWidget(this);
    m_volumeList = makeList(u"hdsVolumeList"_s, m_lists);
    m_volumeList->setHeaderLabels({tr("Port"), tr("TID/LUN"), tr("CU:LDEV"), tr("Number of pairs"), tr("Status"),
        tr("Emulation"), tr("Capacity"), tr("Reserve")});
    m_volumeList->headerItem()->setToolTip(VolPortColumn, tr("Port: cluster and channel"));
    m_volumeList->headerItem()->setToolTip(VolTidLunColumn, tr("Target ID and logical unit number"));
    m_volumeList->headerItem()->setToolTip(VolLdevColumn, tr("Volume number: control unit and logical device"));
    m_volumeList->headerItem()->setToolTip(VolReserveColumn,
        tr("The reserve attribute: only a reserved volume can "
           "become a T-VOL"));
    m_volumeList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_volumeList->header()->setMinimumSectionSize(70);
    m_pairList = makeList(u"hdsPairList"_s, m_lists);
    m_pairList->setHeaderLabels({tr("S-VOL Port"), tr("TID/LUN"), tr("CU:LDEV"), tr("Status"), tr("T-VOL Port"),
        tr("TID/LUN"), tr("CU:LDEV"), tr("Status"), tr("Pair status"), tr("Pace"), tr("Progress"), tr("Tracks")});
    for (const int c : {SPortColumn, SLunColumn, SLdevColumn, SStatusColumn}) {
        m_pairList->headerItem()->setToolTip(c, HdsTexts::svolTip());
    }
    for (const int c : {TPortColumn, TLunColumn, TLdevColumn, TStatusColumn}) {
        m_pairList->headerItem()->setToolTip(c, HdsTexts::tvolTip());
    }
    m_pairList->headerItem()->setToolTip(ProgressColumn, tr("Copy pointer / max address, in tracks"));
    m_pairList->headerItem()->setToolTip(
        TracksCopiedColumn, tr("Tracks copied by this copy, and (after the +) tracks copied before a host write"));
    m_pairList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_pairList->header()->setSectionResizeMode(ProgressColumn, QHeaderView::Fixed);
    m_pairList->header()->resizeSection(ProgressColumn, 150);
    m_pairList->setItemDelegateForColumn(ProgressColumn, new CopyProgressDelegate(m_pairList));
    m_lists->addWidget(m_volumeList);
    m_lists->addWidget(m_pairList);
    // Find over the list shown (volume or pair: port, CU:LDEV, status...), above it.
    m_find = new FindBar(this, this);
    m_find->setObjectName(u"hdsFindBar"_s);
    // No "F&ind:" label: Alt+I is one of the SVP buttons' mnemonics here; Ctrl+F reaches the field.
    m_find->setLabelVisible(false);
    m_find->setPlaceholderText(tr("Find (Ctrl+F): CU:LDEV, port or status"));
    m_find->setMaximumWidth(440);
    m_find->addView(m_volumeList);
    m_find->addView(m_pairList);
    left->addWidget(m_find);
    left->addWidget(m_lists, 1);

    // The "Define status" area 1508 and the count of what is listed.
    auto* bottom = new QHBoxLayout;
    auto* defineBox = new QGroupBox(tr("Define status"), this);
    defineBox->setObjectName(u"hdsDefineStatusGroup"_s);
    auto* defineLayout = new QHBoxLayout(defineBox);
    m_define = new QLabel(defineBox);
    m_define->setObjectName(u"hdsDefineStatusLabel"_s);
    m_define->setTextInteractionFlags(Qt::TextSelectableByMouse);
    defineLayout->addWidget(m_define);
    defineLayout->addStretch(1);
    m_count = new QLabel(defineBox);
    m_count->setObjectName(u"hdsListCountLabel"_s);
    m_count->setToolTip(tr("What the list shows with the filters above"));
    defineLayout->addWidget(m_count);
    bottom->addWidget(defineBox, 1);
    left->addLayout(bottom);

    // The buttons 1509-1519 along the right side. Their mnemonics avoid the main window's menus (Alt+S, V, M, A, L,
    // D, N, H), which stay in reach while the perspective is shown.
    auto* right = new QVBoxLayout;
    right->setContentsMargins(6, 6, 0, 0);
    const QList<std::pair<QString, QString>> buttons {
        {tr("&Pair Status"), u"hdsPairStatusButton"_s},
        {tr("Stat&&His&tory"), u"hdsStatHistoryButton"_s},
        {tr("Add Pai&r"), u"hdsAddPairButton"_s},
        {tr("D&elete Pair"), u"hdsDeletePairButton"_s},
        {tr("S&uspend Pair"), u"hdsSuspendPairButton"_s},
        {tr("Spl&it Pair"), u"hdsSplitPairButton"_s},
        {tr("Re-s&ync Pair"), u"hdsResyncPairButton"_s},
        {tr("Verify Pair"), u"hdsVerifyPairButton"_s},
        {tr("Attri&bute"), u"hdsAttributeButton"_s},
        {tr("T-VOL Path"), u"hdsTVolPathButton"_s},
        {tr("Re&fresh"), u"hdsRefreshButton"_s},
        {tr("E&xit"), u"hdsExitButton"_s},
    };
    for (int i = 0; i < buttons.size(); ++i) {
        auto* b = new QPushButton(buttons[i].first, this);
        b->setObjectName(buttons[i].second);
        b->setMinimumWidth(130);
        connect(b, &QPushButton::clicked, this, [this, i]() { openPanel(static_cast<Button>(i)); });
        if (i == RefreshButton || i == ExitButton) {
            right->addSpacing(14);
        }
        right->addWidget(b);
        m_buttons.append(b);
    }
    right->addStretch(1);
    outer->addLayout(right);
    m_buttons[PairStatusButton]->setToolTip(tr("Show the pair status of the selected volumes or pairs"));
    m_buttons[StatHistoryButton]->setToolTip(tr("Pair status and history of the selected volumes or pairs"));
    m_buttons[AddPairButton]->setToolTip(tr("Add pairs: the selected volumes become S-VOLs"));
    m_buttons[DeletePairButton]->setToolTip(tr("Delete the selected pairs (back to simplex)"));
    m_buttons[SuspendPairButton]->setToolTip(tr("Suspend (or resume) the copy of the selected pairs"));
    m_buttons[SplitPairButton]->setToolTip(tr("Copy the S-VOL to the T-VOL of the selected pairs (the copy "
                                              "command): SP-Pending, then split"));
    m_buttons[ResyncPairButton]->setToolTip(tr("Re-synchronize the selected split pairs"));
    m_buttons[VerifyPairButton]->setToolTip(tr("Compare the T-VOLs of the selected split pairs with their S-VOLs "
                                               "while hosts go on (Copyline's extension)"));
    m_buttons[AttributeButton]->setToolTip(tr("Set or reset the reserve attribute of the selected volumes"));
    m_buttons[TVolPathButton]->setEnabled(false);
    m_buttons[TVolPathButton]->setToolTip(tr("The T-VOLs' SCSI paths are not modelled by this simulator"));
    m_buttons[RefreshButton]->setToolTip(tr("Ask the controller for its volumes and pairs again"));
    m_buttons[ExitButton]->setToolTip(tr("Back to the storage subsystems of another family"));

    connect(m_volumeMode, &QRadioButton::toggled, this, [this]() {
        m_lists->setCurrentWidget(mode() == Mode::Volume ? m_volumeList : m_pairList);
        m_volumeFilter->setEnabled(mode() == Mode::Volume);
        rebuild();
    });
    connect(m_port, &QComboBox::currentIndexChanged, this, &HdsMainScreen::rebuild);
    for (QCheckBox* c : {m_reserve, m_paired, m_unpaired}) {
        connect(c, &QCheckBox::toggled, this, &HdsMainScreen::rebuild);
    }
    connect(m_volumeList, &QTreeWidget::itemSelectionChanged, this, &HdsMainScreen::updateButtons);
    connect(m_pairList, &QTreeWidget::itemSelectionChanged, this, &HdsMainScreen::updateButtons);
    connect(m_data, &HdsData::changed, this, [this]() {
        rebuildPorts();
        rebuild();
    });
    rebuild();
}

HdsMainScreen::~HdsMainScreen() = default;

void HdsMainScreen::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_data->setWatched(this, true);
}

void HdsMainScreen::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_data->setWatched(this, false);
}

HdsMainScreen::Mode HdsMainScreen::mode() const
{
    return m_volumeMode->isChecked() ? Mode::Volume : Mode::Pair;
}

void HdsMainScreen::setMode(Mode mode)
{
    (mode == Mode::Volume ? m_volumeMode : m_pairMode)->setChecked(true);
}

QCheckBox* HdsMainScreen::statusCheck(const QString& guiStatus) const
{
    for (QCheckBox* c : m_statusChecks) {
        if (c->property("guiStatus").toString() == guiStatus) {
            return c;
        }
    }
    return nullptr;
}

bool HdsMainScreen::statusShown(const QString& guiStatus) const
{
    const QCheckBox* c = statusCheck(guiStatus);
    return c == nullptr || c->isChecked();
}

QDialog* HdsMainScreen::dialog() const
{
    // A closed panel is deleted later (WA_DeleteOnClose): it is no longer open.
    return m_dialog && m_dialog->isVisible() ? m_dialog.data() : nullptr;
}

void HdsMainScreen::rebuildPorts()
{
    QStringList ports;
    for (const Volume& v : m_data->volumes()) {
        if (!v.port.isEmpty() && !ports.contains(v.port)) {
            ports.append(v.port);
        }
    }
    ports.sort();
    QStringList have;
    for (int i = 1; i < m_port->count(); ++i) {
        have.append(m_port->itemData(i).toString());
    }
    if (have == ports) {
        return;
    }
    const QString current = m_port->currentData().toString();
    const QSignalBlocker blocker(m_port);
    while (m_port->count() > 1) {
        m_port->removeItem(1);
    }
    for (const QString& p : ports) {
        m_port->addItem(p, p);
    }
    m_port->setCurrentIndex(std::max(0, m_port->findData(current)));
}

void HdsMainScreen::rebuild()
{
    fillVolumes();
    fillPairs();
    updateDefine();
    updateButtons();
}

void HdsMainScreen::fillVolumes()
{
    const QString port = m_port->currentData().toString();
    // The statuses of each volume's pairs, for filter 1507 in Volume mode.
    QHash<QString, QStringList> statuses;
    for (const Pair& p : m_data->pairs()) {
        statuses[p.pvol].append(p.guiStatus);
        statuses[p.svol].append(p.guiStatus);
    }
    QList<const Volume*> shown;
    for (const Volume& v : m_data->volumes()) {
        if (!port.isEmpty() && v.port != port) {
            continue;
        }
        if (m_reserve->isChecked() && !v.reserved) {
            continue;
        }
        const bool paired = v.pairs > 0 || statuses.contains(v.ldev);
        if ((paired && !m_paired->isChecked()) || (!paired && !m_unpaired->isChecked())) {
            continue;
        }
        const QStringList mine = statuses.value(v.ldev);
        // A paired volume whose pairs are not listed yet (the two queries answer apart) is not simplex.
        const bool statusOk = !paired ? statusShown(u"simplex"_s)
                                      : mine.isEmpty()
                || std::any_of(mine.cbegin(), mine.cend(), [this](const QString& st) { return statusShown(st); });
        if (!statusOk) {
            continue;
        }
        shown.append(&v);
    }
    // Rows are kept by CU:LDEV: a refresh keeps the selection and the scroll position.
    const QSignalBlocker blocker(m_volumeList);
    const QStringList selected = selectedVolumes();
    while (m_volumeList->topLevelItemCount() > shown.size()) {
        delete m_volumeList->topLevelItem(m_volumeList->topLevelItemCount() - 1);
    }
    for (int i = 0; i < shown.size(); ++i) {
        const Volume& v = *shown[i];
        QTreeWidgetItem* item = m_volumeList->topLevelItem(i);
        if (item == nullptr) {
            item = new QTreeWidgetItem(m_volumeList);
            item->setTextAlignment(VolPairsColumn, Qt::AlignRight | Qt::AlignVCenter);
            item->setTextAlignment(VolCapacityColumn, Qt::AlignRight | Qt::AlignVCenter);
        }
        item->setData(VolLdevColumn, Qt::UserRole, v.ldev);
        setText(item, VolPortColumn, v.port);
        setText(item, VolTidLunColumn, v.tidLun());
        setText(item, VolLdevColumn, v.ldev);
        setText(item, VolPairsColumn, QLocale().toString(v.pairs));
        setText(item, VolStatusColumn, HdsTexts::volumeStatus(v.status));
        setText(item, VolEmulationColumn, v.emulation);
        setText(item, VolCapacityColumn, HdsTexts::capacity(v.capacity));
        setText(item, VolReserveColumn, v.reserved ? tr("Reserve") : QString());
        item->setToolTip(VolLdevColumn,
            v.role == u"P-VOL"_s       ? tr("S-VOL (source) of %n pair(s)", nullptr, v.pairs)
                : v.role == u"T-VOL"_s ? tr("T-VOL (target) of a pair")
                                       : tr("In no pair"));
        item->setSelected(selected.contains(v.ldev));
    }
    if (mode() == Mode::Volume) {
        m_count->setText(tr("%n volume(s)", nullptr, int(shown.size())));
    }
}

void HdsMainScreen::fillPairs()
{
    const QString port = m_port->currentData().toString();
    QList<const Pair*> shown;
    for (const Pair& p : m_data->pairs()) {
        const Volume* s = m_data->volume(p.pvol);
        const Volume* t = m_data->volume(p.svol);
        if (!port.isEmpty() && (s == nullptr || s->port != port) && (t == nullptr || t->port != port)) {
            continue;
        }
        if (!statusShown(p.guiStatus)) {
            continue;
        }
        shown.append(&p);
    }
    const QSignalBlocker blocker(m_pairList);
    QSet<QString> selected;
    for (const QTreeWidgetItem* item : m_pairList->selectedItems()) {
        selected.insert(item->data(SLdevColumn, Qt::UserRole).toString());
    }
    while (m_pairList->topLevelItemCount() > shown.size()) {
        delete m_pairList->topLevelItem(m_pairList->topLevelItemCount() - 1);
    }
    for (int i = 0; i < shown.size(); ++i) {
        const Pair& p = *shown[i];
        QTreeWidgetItem* item = m_pairList->topLevelItem(i);
        if (item == nullptr) {
            item = new QTreeWidgetItem(m_pairList);
            item->setTextAlignment(TracksCopiedColumn, Qt::AlignRight | Qt::AlignVCenter);
        }
        const Volume* s = m_data->volume(p.pvol);
        const Volume* t = m_data->volume(p.svol);
        item->setData(SLdevColumn, Qt::UserRole, p.key());
        setText(item, SPortColumn, s != nullptr ? s->port : QString());
        setText(item, SLunColumn, s != nullptr ? s->tidLun() : QString());
        setText(item, SLdevColumn, p.pvol);
        setText(item, SStatusColumn, s != nullptr ? HdsTexts::volumeStatus(s->status) : QString());
        setText(item, TPortColumn, t != nullptr ? t->port : QString());
        setText(item, TLunColumn, t != nullptr ? t->tidLun() : QString());
        setText(item, TLdevColumn, p.svol);
        setText(item, TStatusColumn, t != nullptr ? HdsTexts::volumeStatus(t->status) : QString());
        setText(item, PairStatusColumn, HdsTexts::guiStatus(p.guiStatus));
        item->setToolTip(PairStatusColumn, tr("%1 (%2)").arg(p.statusText).arg(p.status));
        setText(item, PaceColumn, HdsTexts::paceShort(p.pace));
        item->setToolTip(PaceColumn, HdsTexts::pace(p.pace));
        item->setData(ProgressColumn, ProgressRole, p.percent);
        item->setData(ProgressColumn, StateRole,
            int(p.guiStatus == u"suspend"_s ? VolumeCopyStatus::Stopped
                    : p.copying()           ? VolumeCopyStatus::InProgress
                                            : VolumeCopyStatus::Completed));
        setText(item, ProgressColumn, HdsTexts::progress(p));
        item->setToolTip(ProgressColumn,
            tr("Copy pointer %1 of %2 tracks; %3 tracks still unequal")
                .arg(QLocale().toString(p.copyPointer), QLocale().toString(p.maxAddress),
                    QLocale().toString(p.unequalTracks)));
        setText(item, TracksCopiedColumn,
            p.tracksCopiedBeforeWrite > 0
                ? tr("%1 + %2").arg(QLocale().toString(p.tracksCopied), QLocale().toString(p.tracksCopiedBeforeWrite))
                : QLocale().toString(p.tracksCopied));
        item->setSelected(selected.contains(p.key()));
    }
    if (mode() == Mode::Pair) {
        m_count->setText(tr("%n pair(s)", nullptr, int(shown.size())));
    }
}

void HdsMainScreen::updateDefine()
{
    const DefineStatus& d = m_data->define();
    QString text
        = tr("Open volumes: %1    Reserved: %2 / %3    Pairs: %4 / %5")
              .arg(QLocale().toString(d.volumes), QLocale().toString(d.reserved), QLocale().toString(d.maxReserved),
                  QLocale().toString(d.pairs), QLocale().toString(d.maxPairs));
    if (!m_data->lastError().isEmpty()) {
        text += u"    "_s + m_data->lastError();
    }
    m_define->setText(text);
    m_define->setToolTip(tr("Open-system volumes of the controller; reserved volumes and pairs, each with its "
                            "maximum"));
}

QStringList HdsMainScreen::shownVolumes() const
{
    QStringList list;
    for (int i = 0; i < m_volumeList->topLevelItemCount(); ++i) {
        list.append(m_volumeList->topLevelItem(i)->data(VolLdevColumn, Qt::UserRole).toString());
    }
    return list;
}

QStringList HdsMainScreen::shownPairs() const
{
    QStringList list;
    for (int i = 0; i < m_pairList->topLevelItemCount(); ++i) {
        list.append(m_pairList->topLevelItem(i)->data(SLdevColumn, Qt::UserRole).toString());
    }
    return list;
}

void HdsMainScreen::selectVolumes(const QStringList& ldevs)
{
    m_volumeList->clearSelection();
    for (int i = 0; i < m_volumeList->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_volumeList->topLevelItem(i);
        if (ldevs.contains(item->data(VolLdevColumn, Qt::UserRole).toString())) {
            item->setSelected(true);
            m_volumeList->setCurrentItem(item, 0, QItemSelectionModel::NoUpdate);
        }
    }
}

void HdsMainScreen::selectPairs(const QStringList& keys)
{
    m_pairList->clearSelection();
    for (int i = 0; i < m_pairList->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_pairList->topLevelItem(i);
        if (keys.contains(item->data(SLdevColumn, Qt::UserRole).toString())) {
            item->setSelected(true);
            m_pairList->setCurrentItem(item, 0, QItemSelectionModel::NoUpdate);
        }
    }
}

QStringList HdsMainScreen::selectedVolumes() const
{
    QStringList list;
    for (int i = 0; i < m_volumeList->topLevelItemCount(); ++i) {
        if (m_volumeList->topLevelItem(i)->isSelected()) {
            list.append(m_volumeList->topLevelItem(i)->data(VolLdevColumn, Qt::UserRole).toString());
        }
    }
    return list;
}

QList<Pair> HdsMainScreen::selectedPairs() const
{
    QList<Pair> list;
    if (mode() == Mode::Pair) {
        for (int i = 0; i < m_pairList->topLevelItemCount(); ++i) {
            if (!m_pairList->topLevelItem(i)->isSelected()) {
                continue;
            }
            const QString key = m_pairList->topLevelItem(i)->data(SLdevColumn, Qt::UserRole).toString();
            for (const Pair& p : m_data->pairs()) {
                if (p.key() == key) {
                    list.append(p);
                }
            }
        }
        return list;
    }
    const QStringList volumes = selectedVolumes();
    for (const Pair& p : m_data->pairs()) {
        if (volumes.contains(p.pvol) || volumes.contains(p.svol)) {
            list.append(p);
        }
    }
    return list;
}

void HdsMainScreen::updateButtons()
{
    const bool connected = m_data->connection() != nullptr && !m_data->serial().isEmpty();
    const QList<Pair> pairs = selectedPairs();
    const bool volumeMode = mode() == Mode::Volume;
    const QStringList volumes = volumeMode ? selectedVolumes() : QStringList();
    const QString noPair = volumeMode ? tr("Select volumes that belong to pairs, or pairs in Pair mode.")
                                      : tr("Select one or more pairs.");
    const auto enable = [this](Button b, bool on, const QString& why) {
        // The tooltip says what the button does and, while it is disabled, what it needs.
        QPushButton* button = m_buttons[b];
        if (!button->property("baseToolTip").isValid()) {
            button->setProperty("baseToolTip", button->toolTip());
        }
        const QString base = button->property("baseToolTip").toString();
        button->setEnabled(on);
        button->setToolTip(on || why.isEmpty() ? base : base + u'\n' + why);
    };
    enable(PairStatusButton, connected && volumeMode && !pairs.isEmpty(), noPair);
    enable(StatHistoryButton, connected, QString());
    enable(AddPairButton, connected, QString());
    enable(DeletePairButton, connected && !pairs.isEmpty(), noPair);
    enable(SuspendPairButton, connected && !pairs.isEmpty(), noPair);
    enable(SplitPairButton, connected && !pairs.isEmpty(), noPair);
    enable(ResyncPairButton, connected && !pairs.isEmpty(), noPair);
    enable(VerifyPairButton, connected && !pairs.isEmpty(), noPair);
    enable(AttributeButton, connected && volumeMode && !volumes.isEmpty(), tr("Select volumes in Volume mode."));
    enable(RefreshButton, connected, QString());
}

void HdsMainScreen::openPanel(Button which)
{
    if (which == RefreshButton) {
        m_data->refresh();
        return;
    }
    if (which == ExitButton) {
        Q_EMIT exitRequested();
        return;
    }
    if (which == PairStatusButton) {
        // The pairs of the selected volumes, in Pair mode.
        QStringList keys;
        for (const Pair& p : selectedPairs()) {
            keys.append(p.key());
        }
        setMode(Mode::Pair);
        selectPairs(keys);
        return;
    }
    if (m_dialog && m_dialog->isVisible()) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    using Op = PairOperationDialog::Operation;
    switch (which) {
    case StatHistoryButton:
        m_dialog = new StatusHistoryDialog(m_data, m_port->currentData().toString(), selectedPairs(), this);
        break;
    case AddPairButton: {
        // The selected volumes that can be S-VOLs: not a T-VOL, not reserved.
        QStringList svols;
        for (const QString& ldev : mode() == Mode::Volume ? selectedVolumes() : QStringList()) {
            const Volume* v = m_data->volume(ldev);
            if (v != nullptr && !v->reserved && v->role != u"T-VOL"_s) {
                svols.append(ldev);
            }
        }
        m_dialog = new AddPairDialog(m_data, svols, this);
        break;
    }
    case DeletePairButton:
        m_dialog = new PairOperationDialog(m_data, Op::Delete, selectedPairs(), this);
        break;
    case SuspendPairButton:
        m_dialog = new PairOperationDialog(m_data, Op::Suspend, selectedPairs(), this);
        break;
    case SplitPairButton:
        m_dialog = new PairOperationDialog(m_data, Op::Split, selectedPairs(), this);
        break;
    case ResyncPairButton:
        m_dialog = new PairOperationDialog(m_data, Op::Resync, selectedPairs(), this);
        break;
    case VerifyPairButton:
        m_dialog = new PairOperationDialog(m_data, Op::Verify, selectedPairs(), this);
        break;
    case AttributeButton:
        m_dialog = new AttributeDialog(m_data, selectedVolumes(), this);
        break;
    default:
        return;
    }
    m_dialog->open();
}

} // namespace Copyline::HdsUi
