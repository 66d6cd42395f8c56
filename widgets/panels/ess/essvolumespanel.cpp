// SPDX-License-Identifier: GPL-3.0-or-later
#include "essvolumespanel.h"

#include "common/formwidgets.h"
#include "common/messagelabel.h"
#include "common/theme.h"
#include "panels/ess/esscommands.h"
#include "panels/ess/esscopystate.h"
#include "panels/ess/essvolumeview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Copyline::EssUi
{

namespace
{

/** A legend entry: a small picture of what the icons show, and its meaning. */
QWidget* legendChip(const QColor& fill, const QString& text, QWidget* parent, int kind = 0)
{
    auto* chip = new QWidget(parent);
    auto* layout = new QHBoxLayout(chip);
    layout->setContentsMargins(0, 0, 10, 0);
    layout->setSpacing(4);
    QPixmap pixmap(22, 16);
    pixmap.fill(Qt::transparent);
    {
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        if (kind == 0) { // a copy role: the icon colour
            p.setPen(fill.darker(135));
            p.setBrush(fill);
            p.drawRoundedRect(QRectF(1, 1, 20, 14), 3, 3);
        } else if (kind == 1) { // FlashCopy: two triangles
            p.setPen(Qt::NoPen);
            p.setBrush(fill);
            p.drawPolygon(QPolygonF({QPointF(1, 15), QPointF(6, 3), QPointF(11, 15)}));
            p.drawPolygon(QPolygonF({QPointF(11, 15), QPointF(16, 3), QPointF(21, 15)}));
        } else { // PPRC state: the band under the icon
            p.setPen(Qt::NoPen);
            p.setBrush(fill);
            p.drawRoundedRect(QRectF(1, 6, 20, 6), 2, 2);
        }
    }
    auto* picture = new QLabel(chip);
    picture->setPixmap(pixmap);
    layout->addWidget(picture);
    layout->addWidget(new QLabel(text, chip));
    return chip;
}

QWidget* makeArea(const QString& title, QComboBox* combo, VolumeView* view, QLabel* count, QWidget* parent)
{
    auto* area = new QWidget(parent);
    auto* layout = new QVBoxLayout(area);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* header = new QHBoxLayout;
    auto* label = new QLabel(title, area);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    header->addWidget(label);
    header->addWidget(combo, 1);
    header->addWidget(count);
    layout->addLayout(header);
    layout->addWidget(view, 1);
    combo->setParent(area);
    view->setParent(area);
    count->setParent(area);
    return area;
}

} // namespace

VolumesPanel::VolumesPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"essVolumesPanel"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);

    // The legend at the top (spec §5.2).
    auto* legend = new QWidget(this);
    legend->setObjectName(u"volumeLegend"_s);
    auto* legendLayout = new QVBoxLayout(legend);
    legendLayout->setContentsMargins(0, 0, 0, 0);
    legendLayout->setSpacing(2);
    auto* roles = new QHBoxLayout;
    for (const CopyRole role : {CopyRole::None, CopyRole::Source, CopyRole::Target, CopyRole::Mixed}) {
        roles->addWidget(legendChip(roleColour(role), EssTexts::copyRole(role), legend));
    }
    roles->addStretch(1);
    auto* states = new QHBoxLayout;
    states->addWidget(legendChip(roleColour(CopyRole::Source).darker(130), tr("FlashCopy pair"), legend, 1));
    states->addWidget(legendChip(failedColour(), tr("FlashCopy failed"), legend, 1));
    for (const QString& state : {u"duplex_pending"_s, u"duplex"_s, u"suspended"_s}) {
        states->addWidget(legendChip(pprcStateColour(state), tr("PPRC %1").arg(EssTexts::pprcState(state)), legend, 2));
    }
    states->addStretch(1);
    legendLayout->addLayout(roles);
    legendLayout->addLayout(states);
    layout->addWidget(legend);

    // The two areas.
    m_sourceLss = new QComboBox;
    m_sourceLss->setObjectName(u"sourceLssComboBox"_s);
    m_sourceLss->setAccessibleName(tr("Source LSS"));
    m_targetLss = new QComboBox;
    m_targetLss->setObjectName(u"targetLssComboBox"_s);
    m_targetLss->setAccessibleName(tr("Target LSS"));
    m_sourceView = new VolumeView;
    m_sourceView->setObjectName(u"sourceVolumeView"_s);
    m_sourceView->setAccessibleName(tr("Source area"));
    m_targetView = new VolumeView;
    m_targetView->setObjectName(u"targetVolumeView"_s);
    m_targetView->setAccessibleName(tr("Target area"));
    m_sourceCount = new QLabel;
    m_targetCount = new QLabel;
    auto* areas = new QSplitter(Qt::Horizontal, this);
    areas->setChildrenCollapsible(false);
    areas->addWidget(makeArea(tr("Source"), m_sourceLss, m_sourceView, m_sourceCount, areas));
    areas->addWidget(makeArea(tr("Target"), m_targetLss, m_targetView, m_targetCount, areas));
    layout->addWidget(areas, 1);

    m_status = wrappedLabel({}, this, u"selectionStatusLabel"_s);
    m_status->setStyleSheet(Theme::css(u"color: #33414f;"_s));
    layout->addWidget(m_status);

    // The buttons at the bottom.
    auto* buttons = new QHBoxLayout;
    m_informationButton = new QPushButton(tr("Information Panel"), this);
    m_informationButton->setObjectName(u"informationButton"_s);
    m_findButton = new QPushButton(tr("Find"), this);
    m_findButton->setObjectName(u"findButton"_s);
    m_filterButton = new QPushButton(tr("Filter"), this);
    m_filterButton->setObjectName(u"filterButton"_s);
    m_multipleButton = new QPushButton(tr("Enter multiple selection mode"), this);
    m_multipleButton->setObjectName(u"multipleSelectionButton"_s);
    m_filterLabel = new QLabel(this);
    m_filterLabel->setObjectName(u"filterStateLabel"_s);
    m_filterLabel->setStyleSheet(Theme::css(u"color: #6b7682;"_s));
    buttons->addWidget(m_informationButton);
    buttons->addWidget(m_findButton);
    buttons->addWidget(m_filterButton);
    buttons->addWidget(m_filterLabel);
    buttons->addStretch(1);
    buttons->addWidget(m_multipleButton);
    layout->addLayout(buttons);

    connect(m_sourceView, &VolumeView::volumeClicked, this, &VolumesPanel::volumeClicked);
    connect(m_targetView, &VolumeView::volumeClicked, this, &VolumesPanel::volumeClicked);
    connect(m_informationButton, &QPushButton::clicked, this, &VolumesPanel::openInformation);
    connect(m_findButton, &QPushButton::clicked, this, &VolumesPanel::openFind);
    connect(m_filterButton, &QPushButton::clicked, this, &VolumesPanel::openFilter);
    connect(m_multipleButton, &QPushButton::clicked, this, [this] { setMultipleSelection(!m_multiple); });
    const auto lssChanged = [this](QComboBox* changed, QComboBox* other) {
        // The same LSS cannot be shown in both areas (seed L2221): the other area lets it go.
        const ObjectId id = changed->currentData().toLongLong();
        if (id != 0 && other->currentData().toLongLong() == id) {
            const QSignalBlocker blocker(other);
            other->setCurrentIndex(0);
        }
        m_found = 0;
        refresh();
    };
    connect(m_sourceLss, &QComboBox::currentIndexChanged, this,
        [this, lssChanged] { lssChanged(m_sourceLss, m_targetLss); });
    connect(m_targetLss, &QComboBox::currentIndexChanged, this,
        [this, lssChanged] { lssChanged(m_targetLss, m_sourceLss); });
    updateStatus();
}

VolumesPanel::~VolumesPanel() = default;

void VolumesPanel::setConnection(EngineConnection* connection)
{
    m_connection = connection;
}

void VolumesPanel::setSnapshot(const SnapshotPtr& snapshot, ObjectId server)
{
    m_snapshot = snapshot;
    const bool serverChanged = server != m_server;
    m_server = server;
    rebuildLssChoices();
    const Configuration& config = m_snapshot->config;
    if (serverChanged && !m_multiple && server != 0 && config.arrays.value(sourceLss()).subsystemId != server) {
        const QList<Array> lsses = config.arraysOf(server);
        if (!lsses.isEmpty()) {
            showLss(lsses.first().id, false);
        }
    }
    // Volumes that are gone leave the selection.
    const auto gone = [&config](ObjectId id) { return id != 0 && !config.logicalDrives.contains(id); };
    if (gone(m_source) || gone(m_target) || gone(m_pendingSource)
        || std::any_of(m_pairs.cbegin(), m_pairs.cend(),
            [&gone](const VolumePair& p) { return gone(p.source) || gone(p.target); })) {
        clearSelection();
    }
    refresh();
    refreshInformation();
}

ObjectId VolumesPanel::sourceLss() const
{
    return m_sourceLss->currentData().toLongLong();
}

ObjectId VolumesPanel::targetLss() const
{
    return m_targetLss->currentData().toLongLong();
}

bool VolumesPanel::showLss(ObjectId lssId, bool target)
{
    QComboBox* combo = target ? m_targetLss : m_sourceLss;
    const int index = combo->findData(lssId);
    if (index < 0) {
        return false;
    }
    combo->setCurrentIndex(index);
    return true;
}

void VolumesPanel::rebuildLssChoices()
{
    const Configuration& config = m_snapshot->config;
    QList<QPair<QString, ObjectId>> choices;
    for (const Subsystem& s : servers(config)) {
        for (const Array& lss : config.arraysOf(s.id)) {
            choices.append({lssAddress(config, lss), lss.id});
        }
    }
    for (QComboBox* combo : {m_sourceLss, m_targetLss}) {
        bool same = combo->count() == choices.size() + 1;
        for (int i = 0; same && i < choices.size(); ++i) {
            same = combo->itemText(i + 1) == choices.at(i).first
                && combo->itemData(i + 1).toLongLong() == choices.at(i).second;
        }
        if (same) {
            continue;
        }
        const ObjectId current = combo->currentData().toLongLong();
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(tr("(no LSS)"), ObjectId(0));
        for (const auto& [text, id] : choices) {
            combo->addItem(text, id);
        }
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
    }
    if (sourceLss() == 0 && targetLss() == 0 && !choices.isEmpty()) {
        const QSignalBlocker blocker(m_sourceLss);
        m_sourceLss->setCurrentIndex(1);
    }
}

void VolumesPanel::refresh()
{
    if (!m_snapshot) {
        return;
    }
    // An LSS chosen in one area is not offered in the other.
    for (QComboBox* combo : {m_sourceLss, m_targetLss}) {
        const ObjectId taken = (combo == m_sourceLss ? m_targetLss : m_sourceLss)->currentData().toLongLong();
        if (auto* model = qobject_cast<QStandardItemModel*>(combo->model())) {
            for (int row = 1; row < model->rowCount(); ++row) {
                QStandardItem* item = model->item(row);
                const bool enabled = item->data(Qt::UserRole).toLongLong() != taken;
                if (item->isEnabled() != enabled) {
                    item->setEnabled(enabled);
                }
            }
        }
        combo->setEnabled(!m_multiple);
    }
    fillView(m_sourceView, sourceLss());
    fillView(m_targetView, targetLss());
    updateStatus();
}

void VolumesPanel::fillView(VolumeView* view, ObjectId lssId)
{
    const Configuration& config = m_snapshot->config;
    QStandardItemModel* model = view->volumeModel();
    const QList<LogicalDrive> volumes = lssId != 0 ? volumesOf(config, lssId) : QList<LogicalDrive>();
    // Selection marks: S/T in single mode, S1/T1, S2/T2, ... in multiple selection mode.
    QHash<ObjectId, QString> marks;
    if (m_multiple) {
        for (int i = 0; i < m_pairs.size(); ++i) {
            marks.insert(m_pairs.at(i).source, u"S%1"_s.arg(i + 1));
            marks.insert(m_pairs.at(i).target, u"T%1"_s.arg(i + 1));
        }
        if (m_pendingSource != 0) {
            marks.insert(m_pendingSource, u"S%1"_s.arg(m_pairs.size() + 1));
        }
    } else {
        if (m_source != 0) {
            marks.insert(m_source, u"S"_s);
        }
        if (m_target != 0) {
            marks.insert(m_target, u"T"_s);
        }
    }
    if (model->rowCount() != volumes.size()) {
        model->setRowCount(static_cast<int>(volumes.size()));
        model->setColumnCount(1);
    }
    int shown = 0;
    for (int row = 0; row < volumes.size(); ++row) {
        const LogicalDrive& v = volumes.at(row);
        QStandardItem* item = model->item(row);
        if (item == nullptr) {
            item = new QStandardItem;
            item->setEditable(false);
            model->setItem(row, item);
        }
        const auto fc = flashCopyOf(config, v.id);
        const auto pprc = pprcOf(config, v.id);
        const CopyRole role = copyRoleOf(config, v.id);
        const auto set = [item](const QVariant& value, int itemRole) {
            if (item->data(itemRole) != value) {
                item->setData(value, itemRole);
            }
        };
        set(volumeLabel(config, v), Qt::DisplayRole); // a primed host's device name, else the ID
        set(v.id, VolumeIdRole);
        set(int(role), CopyRoleRole);
        set(marks.value(v.id), MarkRole);
        set(v.id == m_found, FoundRole);
        set(fc ? (fc->sourceId == v.id ? 1 : 2) : 0, FlashCopySideRole);
        set(fc ? fc->state : QString(), FlashCopyStateRole);
        set(pprc ? (pprc->sourceId == v.id ? 1 : 2) : 0, PprcSideRole);
        set(pprc ? pprc->state : QString(), PprcStateRole);
        QStringList tip {tr("Volume %1, number %2, %3").arg(v.name, volumeNumberText(v), EssTexts::size(v.capacity))};
        for (const HostDisk& d : hostDisksOf(config, v.id)) {
            tip.append(
                d.mounted ? tr("Host %1: %2, mounted").arg(d.host, d.disk) : tr("Host %1: %2").arg(d.host, d.disk));
        }
        tip.append(tr("Copy role: %1").arg(EssTexts::copyRole(role)));
        if (fc) {
            tip.append(tr("FlashCopy %1 of %2")
                           .arg(EssTexts::flashCopyState(config, v.id),
                               config.logicalDrives.value(fc->sourceId == v.id ? fc->targetId : fc->sourceId).name));
        }
        if (pprc) {
            tip.append(tr("PPRC %1, %2").arg(EssTexts::pprcRole(config, v.id), EssTexts::pprcState(pprc->state)));
        }
        set(tip.join(u'\n'), Qt::ToolTipRole);
        set(v.name, Qt::AccessibleTextRole);
        const bool visible = role == CopyRole::None ? m_filter.simplex
            : role == CopyRole::Source              ? m_filter.source
            : role == CopyRole::Target              ? m_filter.target
                                                    : (m_filter.source || m_filter.target);
        if (view->isRowHidden(row) == visible) {
            view->setRowHidden(row, !visible);
        }
        shown += visible ? 1 : 0;
    }
    QLabel* count = view == m_sourceView ? m_sourceCount : m_targetCount;
    count->setText(lssId == 0         ? QString()
            : shown == volumes.size() ? tr("%n volume(s)", nullptr, static_cast<int>(volumes.size()))
                                      : tr("%1 of %n volume(s)", nullptr, static_cast<int>(volumes.size())).arg(shown));
}

void VolumesPanel::updateStatus()
{
    const Configuration* config = m_snapshot ? &m_snapshot->config : nullptr;
    const auto name = [config](ObjectId id) { return config ? config->logicalDrives.value(id).name : QString(); };
    QString text;
    if (m_multiple) {
        text = tr("Multiple selection mode: %n pair(s) selected. Left click a source, right click its target; right "
                  "click the last target again to open the Task Wizard.",
            nullptr, static_cast<int>(m_pairs.size()));
        if (m_pendingSource != 0) {
            text += u' ' + tr("Source %1 waits for its target.").arg(name(m_pendingSource));
        }
    } else if (m_source == 0 && m_target == 0) {
        text = tr("Left click a volume to select the source, right click to select the target; right click the "
                  "target again to open the Task Wizard.");
    } else {
        QStringList parts;
        if (m_source != 0) {
            parts.append(tr("Source: %1").arg(name(m_source)));
        }
        if (m_target != 0) {
            parts.append(tr("Target: %1").arg(name(m_target)));
        }
        text = parts.join(u"   "_s) + u"   "_s
            + (m_target != 0 ? tr("Right click the target again to open the Task Wizard.")
                             : tr("Right click the target volume."));
    }
    m_status->setText(text);
    m_multipleButton->setText(m_multiple ? tr("Exit multiple selection mode") : tr("Enter multiple selection mode"));
    m_informationButton->setEnabled(m_current != 0);
    QStringList hidden;
    if (!m_filter.simplex) {
        hidden.append(EssTexts::copyRole(CopyRole::None));
    }
    if (!m_filter.source) {
        hidden.append(EssTexts::copyRole(CopyRole::Source));
    }
    if (!m_filter.target) {
        hidden.append(EssTexts::copyRole(CopyRole::Target));
    }
    m_filterLabel->setText(hidden.isEmpty() ? QString() : tr("Filtered: not showing %1").arg(hidden.join(u", "_s)));
}

void VolumesPanel::clearSelection()
{
    m_source = 0;
    m_target = 0;
    m_pairs.clear();
    m_pendingSource = 0;
}

void VolumesPanel::setMultipleSelection(bool on)
{
    // Entering or leaving the mode drops the selection (seed L2616: to fix a mistake, exit and enter again).
    m_multiple = on;
    clearSelection();
    refresh();
}

QList<VolumePair> VolumesPanel::selection() const
{
    if (m_multiple) {
        return m_pairs;
    }
    if (m_source == 0 && m_target == 0) {
        return {};
    }
    return {{m_source, m_target}};
}

void VolumesPanel::volumeClicked(ObjectId id, Qt::MouseButton button)
{
    if (m_wizard) {
        m_wizard->raise();
        return;
    }
    m_current = id;
    m_found = 0;
    const Configuration& config = m_snapshot->config;
    if (m_multiple) {
        if (button == Qt::LeftButton) {
            m_pendingSource = id;
        } else if (m_pendingSource != 0) {
            m_pairs.append({m_pendingSource, id});
            m_pendingSource = 0;
        } else if (!m_pairs.isEmpty() && m_pairs.last().target == id) {
            refresh();
            refreshInformation();
            openTaskWizard();
            return;
        }
    } else if (button == Qt::LeftButton) {
        // Left click again: the correct source, and the target is cleared (seed L2529).
        m_source = id;
        m_target = 0;
    } else {
        const auto partnerOf = [&config](ObjectId volume, ObjectId other) {
            for (const auto& r : {flashCopyOf(config, volume), pprcOf(config, volume)}) {
                if (r && r->involves(other)) {
                    return true;
                }
            }
            return false;
        };
        const bool secondClick = id == m_target;
        // Withdraw/terminate: with a pair volume selected, a right click on a volume of that pair opens the wizard.
        const bool pairClick = m_source != 0 && m_target == 0
            && ((id == m_source && (flashCopyOf(config, id) || pprcOf(config, id))) || partnerOf(m_source, id));
        if (!secondClick) {
            m_target = id == m_source ? 0 : id;
        }
        if (secondClick || pairClick) {
            refresh();
            refreshInformation();
            openTaskWizard();
            return;
        }
    }
    refresh();
    refreshInformation();
}

void VolumesPanel::openTaskWizard()
{
    if (m_wizard) {
        m_wizard->raise();
        return;
    }
    const QList<VolumePair> pairs = selection();
    if (pairs.isEmpty() || !m_snapshot) {
        return;
    }
    auto* wizard = new TaskWizard(m_snapshot, pairs, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    connectTaskWizard(wizard, m_connection, [this] {
        clearSelection();
        refresh();
    });
    m_wizard = wizard;
    wizard->open();
}

void VolumesPanel::openInformation()
{
    if (!m_information) {
        auto* dialog = new QDialog(this);
        dialog->setObjectName(u"essVolumeInformationDialog"_s);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        auto* layout = new QVBoxLayout(dialog);
        m_informationForm = new QFormLayout;
        layout->addLayout(m_informationForm);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
        connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
        layout->addWidget(buttons);
        dialog->setMinimumWidth(380);
        m_information = dialog;
    }
    refreshInformation();
    m_information->show();
    m_information->raise();
}

void VolumesPanel::refreshInformation()
{
    if (!m_information || !m_snapshot) {
        return;
    }
    const Configuration& config = m_snapshot->config;
    const LogicalDrive v = config.logicalDrives.value(m_current);
    m_information->setWindowTitle(tr("Information Panel — Volume %1").arg(v.name));
    QList<QPair<QString, QString>> rows;
    rows.append({tr("Volume ID"), v.name});
    if (v.id != 0) {
        const Array lss = config.arrays.value(v.arrayId);
        rows.append({tr("Volume number"), volumeNumberText(v)});
        rows.append({tr("LSS"), lssAddress(config, lss)});
        rows.append({tr("ESS"),
            tr("2105-%1 %2")
                .arg(config.subsystems.value(v.subsystemId).model, config.subsystems.value(v.subsystemId).name)});
        rows.append({tr("Size"), EssTexts::size(v.capacity)});
        rows.append({tr("Device type"), tr("Open Systems")});
        QStringList hosts;
        for (const HostDisk& d : hostDisksOf(config, v.id)) {
            hosts.append(d.mounted ? tr("%1 on %2 (mounted)").arg(d.disk, d.host) : tr("%1 on %2").arg(d.disk, d.host));
        }
        rows.append({tr("Host device"), hosts.isEmpty() ? tr("nolabel") : hosts.join(u", "_s)});
        const auto pprc = pprcOf(config, v.id);
        rows.append({tr("PPRC role"), EssTexts::pprcRole(config, v.id)});
        rows.append({tr("PPRC status"), EssTexts::pprcState(pprc ? pprc->state : QString())});
        if (pprc) {
            rows.append(
                {tr("PPRC partner"), volumeId(config, pprc->sourceId == v.id ? pprc->targetId : pprc->sourceId)});
            if (hasWord(pprc->options, u"critical"_s)) {
                rows.append({tr("Critical Volume mode"), tr("yes")});
            }
            if (const auto it = m_snapshot->mirrors.constFind(v.id);
                pprc->sourceId == v.id && it != m_snapshot->mirrors.cend()) {
                rows.append({tr("Out-of-sync tracks"), QString::number(it->outOfSyncBytes / (64 * 1024))});
            }
        }
        const auto fc = flashCopyOf(config, v.id);
        rows.append({tr("FlashCopy state"), EssTexts::flashCopyState(config, v.id)});
        if (fc) {
            rows.append({tr("FlashCopy partner"),
                config.logicalDrives.value(fc->sourceId == v.id ? fc->targetId : fc->sourceId).name});
            rows.append({tr("Background copy"), hasWord(fc->options, u"nocopy"_s) ? tr("no (NOCOPY)") : tr("yes")});
            if (fc->sourceId == v.id) {
                const qint64 remaining = tracksRemaining(*m_snapshot, *fc);
                rows.append({tr("Tracks remaining"), remaining < 0 ? tr("unknown") : QString::number(remaining)});
            }
            if (!fc->stateReason.isEmpty()) {
                rows.append({tr("Reason"), fc->stateReason});
            }
        }
    } else {
        rows.append({tr("Volume"), tr("Select a volume with a click, then click Information Panel.")});
    }
    // Rebuild the form only when its labels change; otherwise update the values in place (no flicker).
    bool same = m_informationForm->rowCount() == rows.size();
    for (int i = 0; same && i < rows.size(); ++i) {
        auto* label = qobject_cast<QLabel*>(m_informationForm->itemAt(i, QFormLayout::LabelRole)->widget());
        same = label != nullptr && label->text() == rows.at(i).first + u':';
    }
    if (!same) {
        while (m_informationForm->rowCount() > 0) {
            m_informationForm->removeRow(0);
        }
        for (const auto& [label, value] : rows) {
            auto* field = new QLabel(value, m_information);
            field->setTextInteractionFlags(Qt::TextSelectableByMouse);
            field->setObjectName(u"info_"_s + label);
            m_informationForm->addRow(label + u':', field);
        }
        return;
    }
    for (int i = 0; i < rows.size(); ++i) {
        auto* field = qobject_cast<QLabel*>(m_informationForm->itemAt(i, QFormLayout::FieldRole)->widget());
        if (field && field->text() != rows.at(i).second) {
            field->setText(rows.at(i).second);
        }
    }
}

void VolumesPanel::openFind()
{
    if (m_find) {
        m_find->raise();
        return;
    }
    auto* dialog = new QDialog(this);
    dialog->setObjectName(u"essFindVolumeDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Find volume"));
    auto* layout = new QVBoxLayout(dialog);
    auto* form = new QFormLayout;
    auto* edit = new QLineEdit(dialog);
    edit->setObjectName(u"findVolumeLineEdit"_s);
    edit->setMaxLength(8);
    edit->setPlaceholderText(tr("8-digit volume ID, e.g. 00112019"));
    form->addRow(tr("Volume ID:"), edit);
    layout->addLayout(form);
    QLabel* error = makeMessageLabel(u"errorLabel"_s, MessageKind::Error, dialog);
    layout->addWidget(error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    QPushButton* find = buttons->addButton(tr("Find"), QDialogButtonBox::AcceptRole);
    find->setObjectName(u"findButton"_s);
    find->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, edit, error] {
        if (findVolume(edit->text())) {
            dialog->accept();
        } else {
            showMessage(error, tr("Volume %1 was not found in the Copy Services domain.").arg(edit->text().trimmed()));
        }
    });
    m_find = dialog;
    dialog->open();
}

bool VolumesPanel::findVolume(const QString& id)
{
    if (!m_snapshot) {
        return false;
    }
    const auto volume = volumeNamed(m_snapshot->config, id);
    if (!volume) {
        return false;
    }
    if (targetLss() != volume->arrayId && sourceLss() != volume->arrayId) {
        if (m_multiple) {
            return false; // the drop-downs are locked in multiple selection mode
        }
        showLss(volume->arrayId, false);
    }
    if (!m_filter.simplex || !m_filter.source || !m_filter.target) {
        m_filter = {}; // a filtered-out volume could not be shown
    }
    m_found = volume->id;
    m_current = volume->id;
    refresh();
    VolumeView* view = targetLss() == volume->arrayId ? m_targetView : m_sourceView;
    view->scrollTo(view->indexOfVolume(volume->id));
    return true;
}

void VolumesPanel::openFilter()
{
    if (m_filterDialog) {
        m_filterDialog->raise();
        return;
    }
    auto* dialog = new QDialog(this);
    dialog->setObjectName(u"essFilterVolumesDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Filter volumes"));
    auto* layout = new QVBoxLayout(dialog);
    auto* device = new QGroupBox(tr("Device type"), dialog);
    auto* deviceLayout = new QVBoxLayout(device);
    auto* openSystems = new QCheckBox(tr("Open Systems"), device);
    openSystems->setChecked(true);
    openSystems->setEnabled(false);
    openSystems->setToolTip(tr("The Copy Services domain has Open Systems LSSs only."));
    deviceLayout->addWidget(openSystems);
    layout->addWidget(device);
    auto* state = new QGroupBox(tr("Copy state"), dialog);
    auto* stateLayout = new QVBoxLayout(state);
    auto* simplex = new QCheckBox(tr("Simplex (not in a copy relationship)"), state);
    simplex->setObjectName(u"simplexCheckBox"_s);
    simplex->setChecked(m_filter.simplex);
    auto* source = new QCheckBox(tr("Source (FlashCopy source, PPRC primary)"), state);
    source->setObjectName(u"sourceCheckBox"_s);
    source->setChecked(m_filter.source);
    auto* target = new QCheckBox(tr("Target (FlashCopy target, PPRC secondary)"), state);
    target->setObjectName(u"targetCheckBox"_s);
    target->setChecked(m_filter.target);
    stateLayout->addWidget(simplex);
    stateLayout->addWidget(source);
    stateLayout->addWidget(target);
    layout->addWidget(state);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"okButton"_s);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, simplex, source, target] {
        setFilter({simplex->isChecked(), source->isChecked(), target->isChecked()});
        dialog->accept();
    });
    m_filterDialog = dialog;
    dialog->open();
}

void VolumesPanel::setFilter(const Filter& filter)
{
    m_filter = filter;
    refresh();
}

} // namespace Copyline::EssUi
