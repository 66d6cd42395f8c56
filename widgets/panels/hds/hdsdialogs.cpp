// SPDX-License-Identifier: GPL-3.0-or-later
#include "hdsdialogs.h"

#include "common/confirm.h"
#include "common/theme.h"
#include "dialogs/equivalentcommanddialog.h"
#include "dialogs/messagebox.h"
#include "models/roles.h"

#include <QBrush>
#include <QButtonGroup>
#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Copyline::HdsUi
{

namespace
{

const QColor kFailed(0xb0, 0x2a, 0x1a);
const QColor kDone(0x1d, 0x6b, 0x3a);

QTreeWidget* makeTree(const QStringList& headers, const QString& objectName, QWidget* parent)
{
    auto* tree = new QTreeWidget(parent);
    tree->setObjectName(objectName);
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    tree->setUniformRowHeights(true);
    tree->setHeaderLabels(headers);
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tree->header()->setStretchLastSection(true);
    return tree;
}

void setSvolTvolTips(QTreeWidget* tree, int svolColumn, int tvolColumn)
{
    tree->headerItem()->setToolTip(svolColumn, HdsTexts::svolTip());
    tree->headerItem()->setToolTip(tvolColumn, HdsTexts::tvolTip());
}

/** Shows @p result in @p column of @p item: green when it went through, red with the message when refused. */
void showResult(QTreeWidgetItem* item, int column, const QString& text, bool failed)
{
    item->setText(column, text);
    item->setToolTip(column, text);
    item->setForeground(column, text.isEmpty() ? QBrush() : QBrush(failed ? kFailed : kDone));
}

/**
 * A history row: sorts by its column's Qt::UserRole when it has one (the date and time as milliseconds), else by the
 * text; equal rows keep the order of the events (their ids), so that one second's events stay in sequence.
 */
class HistoryItem final : public QTreeWidgetItem
{
public:
    using QTreeWidgetItem::QTreeWidgetItem;

    bool operator<(const QTreeWidgetItem& other) const override
    {
        const int column = treeWidget() != nullptr ? treeWidget()->sortColumn() : 0;
        const QVariant a = data(column, Qt::UserRole);
        const QVariant b = other.data(column, Qt::UserRole);
        const int order = a.isValid() && b.isValid() ? (a.toLongLong() < b.toLongLong() ? -1
                                  : a == b                                              ? 0
                                                                                        : 1)
                                                     : text(column).compare(other.text(column));
        if (order != 0) {
            return order < 0;
        }
        return data(0, IdRole).toLongLong() < other.data(0, IdRole).toLongLong();
    }
};

QLabel* summaryLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(u"hdsSummaryLabel"_s);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

/** "CL1-A 0:1 00:10": a volume as the panels' lists name it. */
QString volumeLine(const HdsData* data, const QString& ldev)
{
    const Volume* v = data->volume(ldev);
    return v != nullptr ? u"%1  %2  %3"_s.arg(v->port, v->tidLun(), v->ldev) : ldev;
}

} // namespace

QComboBox* paceCombo(QWidget* parent, int current)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(u"hdsPaceCombo"_s);
    combo->setToolTip(HdsTexts::tr("Copy pace: the tracks copied at a time (slow 1, medium 3, fast 15)"));
    for (const int pace : {kPaceSlow, kPaceMedium, kPaceFast}) {
        combo->addItem(HdsTexts::pace(pace), pace);
    }
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
    return combo;
}

void submitEach(EngineConnection* connection,
    QList<CommandRequest> requests,
    QObject* context,
    std::function<void(int index, const CommandResult& result)> each,
    std::function<void()> done,
    int offset)
{
    if (connection == nullptr || requests.isEmpty()) {
        done();
        return;
    }
    const CommandRequest first = requests.takeFirst();
    const QPointer<EngineConnection> guard(connection);
    connection->submit(first, context,
        [guard, rest = std::move(requests), context, each = std::move(each), done = std::move(done), offset](
            const CommandResult& result) mutable {
            each(offset, result);
            if (!guard) {
                done();
                return;
            }
            submitEach(guard, std::move(rest), context, std::move(each), std::move(done), offset + 1);
        });
}

// ---- Add Pair (Fig. 11C) ------------------------------------------------------------------------------------------

AddPairDialog::AddPairDialog(HdsData* data, const QStringList& svols, QWidget* parent)
    : QDialog(parent)
    , m_data(data)
{
    setObjectName(u"hdsAddPairDialog"_s);
    setWindowTitle(tr("Add Pair"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto* layout = new QVBoxLayout(this);

    const QStringList volumeHeaders {
        tr("Port"), tr("TID/LUN"), tr("CU:LDEV"), tr("Status"), tr("Emulation"), tr("Capacity"), tr("Pairs")};
    auto* top = new QHBoxLayout;
    auto* svolBox = new QGroupBox(tr("S-VOL (source)"), this);
    svolBox->setToolTip(HdsTexts::svolTip());
    auto* svolLayout = new QVBoxLayout(svolBox);
    m_svols = makeTree(volumeHeaders, u"hdsSVolList"_s, svolBox);
    m_svols->setToolTip(tr("Highlight the S-VOL, then choose its T-VOL"));
    svolLayout->addWidget(m_svols);
    top->addWidget(svolBox, 1);

    auto* tvolBox = new QGroupBox(tr("T-VOL (target)"), this);
    tvolBox->setObjectName(u"hdsTVolGroup"_s);
    tvolBox->setToolTip(HdsTexts::tvolTip());
    auto* tvolLayout = new QVBoxLayout(tvolBox);
    auto* choice = new QHBoxLayout;
    m_auto = new QRadioButton(tr("Au&to"), tvolBox);
    m_auto->setObjectName(u"hdsAutoRadio"_s);
    m_auto->setToolTip(tr("The SVP takes the reserved volume with the lowest LDEV ID that is in no pair and at least "
                          "as large as the S-VOL"));
    m_select = new QRadioButton(tr("Se&lect"), tvolBox);
    m_select->setObjectName(u"hdsSelectRadio"_s);
    m_select->setToolTip(tr("Choose the T-VOL from the list; filter it by port and reserve attribute"));
    m_auto->setChecked(true);
    auto* group = new QButtonGroup(tvolBox);
    group->addButton(m_auto);
    group->addButton(m_select);
    choice->addWidget(m_auto);
    choice->addWidget(m_select);
    choice->addSpacing(12);
    m_port = new QComboBox(tvolBox);
    m_port->setObjectName(u"hdsTVolPortCombo"_s);
    m_port->addItem(tr("All ports"), QString());
    QStringList ports;
    for (const Volume& v : m_data->volumes()) {
        if (!ports.contains(v.port)) {
            ports.append(v.port);
        }
    }
    ports.sort();
    for (const QString& p : ports) {
        m_port->addItem(p, p);
    }
    auto* portLabel = new QLabel(tr("Po&rt:"), tvolBox);
    portLabel->setBuddy(m_port);
    choice->addWidget(portLabel);
    choice->addWidget(m_port);
    m_reserveOnly = new QCheckBox(tr("Reserve attri&bute"), tvolBox);
    m_reserveOnly->setObjectName(u"hdsTVolReserveCheck"_s);
    m_reserveOnly->setToolTip(tr("Only the volumes with the reserve attribute (a T-VOL must have it)"));
    m_reserveOnly->setChecked(true);
    choice->addWidget(m_reserveOnly);
    choice->addStretch(1);
    tvolLayout->addLayout(choice);
    m_tvols = makeTree(volumeHeaders, u"hdsTVolList"_s, tvolBox);
    m_tvols->hideColumn(PairsColumn); // a T-VOL is in no pair: a volume that is says so in its tooltip
    tvolLayout->addWidget(m_tvols);
    top->addWidget(tvolBox, 1);
    layout->addLayout(top, 3);

    auto* middle = new QHBoxLayout;
    m_detail = new QLabel(this);
    m_detail->setObjectName(u"hdsSVolDetailLabel"_s);
    m_detail->setWordWrap(true);
    middle->addWidget(m_detail, 1);
    m_pace = paceCombo(this);
    auto* paceLabel = new QLabel(tr("&Pace:"), this);
    paceLabel->setBuddy(m_pace);
    middle->addWidget(paceLabel);
    middle->addWidget(m_pace);
    m_initialCopy = new QCheckBox(tr("&Initial copy"), this);
    m_initialCopy->setObjectName(u"hdsInitialCopyCheck"_s);
    m_initialCopy->setToolTip(tr("Copy each S-VOL to its T-VOL as soon as the pair is added (pending, then split). "
                                 "Unchecked, the pair stays duplex until Split Pair."));
    m_initialCopy->setChecked(true);
    middle->addSpacing(12);
    middle->addWidget(m_initialCopy);
    layout->addLayout(middle);

    auto* edit = new QHBoxLayout;
    m_change = new QPushButton(tr("&Change"), this);
    m_change->setObjectName(u"hdsChangeButton"_s);
    m_change->setToolTip(tr("Replace the T-VOL of the highlighted pair in the list with the T-VOL chosen above"));
    m_set = new QPushButton(tr("&Set"), this);
    m_set->setObjectName(u"hdsSetButton"_s);
    m_set->setToolTip(tr("Add a pair of the highlighted S-VOL and the T-VOL chosen above (another T-VOL for the same "
                         "S-VOL)"));
    m_omit = new QPushButton(tr("&Omit"), this);
    m_omit->setObjectName(u"hdsOmitButton"_s);
    m_omit->setToolTip(tr("Drop the highlighted pairs from the list"));
    m_undoButton = new QPushButton(tr("&Undo"), this);
    m_undoButton->setObjectName(u"hdsUndoButton"_s);
    m_undoButton->setToolTip(tr("Undo the last Change, Set or Omit"));
    for (QPushButton* b : {m_change, m_set, m_omit, m_undoButton}) {
        edit->addWidget(b);
    }
    edit->addStretch(1);
    layout->addLayout(edit);

    m_list = makeTree({tr("S-VOL"), tr("T-VOL"), tr("Capacity"), tr("Pace"), tr("Result")}, u"hdsAddPairList"_s, this);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSvolTvolTips(m_list, SVolColumn, TVolColumn);
    m_list->setAccessibleName(tr("Pairs to add"));
    layout->addWidget(m_list, 2);

    auto* bottom = new QHBoxLayout;
    m_summary = summaryLabel(this);
    bottom->addWidget(m_summary, 1);
    m_add = new QPushButton(tr("&Add"), this);
    m_add->setObjectName(u"hdsAddButton"_s);
    m_add->setToolTip(tr("Create every pair of the list"));
    m_add->setDefault(true);
    m_exit = new QPushButton(tr("E&xit"), this);
    m_exit->setObjectName(u"hdsExitButton"_s);
    m_equivalent = new EquivalentCommandButton(
        [this]() {
            const SnapshotPtr snapshot = m_data->connection() ? m_data->connection()->snapshot() : SnapshotPtr();
            return snapshot ? equivalentCommand(snapshot->config, 0, pendingRequests()) : EquivalentCommand {};
        },
        this);
    bottom->addWidget(m_equivalent);
    bottom->addWidget(m_add);
    bottom->addWidget(m_exit);
    layout->addLayout(bottom);

    for (const QString& s : svols) {
        m_entries.append({s, {}, kPaceFast, {}, false, false});
    }

    connect(m_auto, &QRadioButton::toggled, this, [this]() {
        fillVolumes();
        updateButtons();
    });
    connect(m_port, &QComboBox::currentIndexChanged, this, &AddPairDialog::fillVolumes);
    connect(m_reserveOnly, &QCheckBox::toggled, this, &AddPairDialog::fillVolumes);
    connect(m_svols, &QTreeWidget::itemSelectionChanged, this, [this]() {
        fillVolumes();
        updateDetail();
        updateButtons();
    });
    connect(m_tvols, &QTreeWidget::itemSelectionChanged, this, &AddPairDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &AddPairDialog::updateButtons);
    connect(m_pace, &QComboBox::currentIndexChanged, this, &AddPairDialog::fillList);
    connect(m_change, &QPushButton::clicked, this, &AddPairDialog::changeEntry);
    connect(m_set, &QPushButton::clicked, this, &AddPairDialog::setEntry);
    connect(m_omit, &QPushButton::clicked, this, &AddPairDialog::omitEntries);
    connect(m_undoButton, &QPushButton::clicked, this, &AddPairDialog::undo);
    connect(m_add, &QPushButton::clicked, this, &AddPairDialog::submit);
    connect(m_exit, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_data, &HdsData::changed, this, [this]() {
        fillVolumes();
        fillList();
        updateDetail();
    });

    fillVolumes();
    if (!svols.isEmpty()) {
        chooseSVol(svols.first());
    }
    fillList();
    if (m_list->topLevelItemCount() > 0) {
        m_list->setCurrentItem(m_list->topLevelItem(0));
    }
    updateDetail();
    updateButtons();
    resize(1120, 660);
}

AddPairDialog::~AddPairDialog() = default;

QString AddPairDialog::currentSVol() const
{
    const QList<QTreeWidgetItem*> items = m_svols->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(LdevColumn, Qt::UserRole).toString();
}

std::optional<QString> AddPairDialog::chosenTVol() const
{
    if (m_auto->isChecked()) {
        return QString();
    }
    const QList<QTreeWidgetItem*> items = m_tvols->selectedItems();
    if (items.isEmpty()) {
        return std::nullopt;
    }
    return items.first()->data(LdevColumn, Qt::UserRole).toString();
}

bool AddPairDialog::chooseSVol(const QString& ldev)
{
    for (int i = 0; i < m_svols->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_svols->topLevelItem(i);
        if (item->data(LdevColumn, Qt::UserRole).toString() == ldev) {
            m_svols->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

bool AddPairDialog::chooseTVol(const QString& ldev)
{
    for (int i = 0; i < m_tvols->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_tvols->topLevelItem(i);
        if (item->data(LdevColumn, Qt::UserRole).toString() == ldev && (item->flags() & Qt::ItemIsSelectable)) {
            m_tvols->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

QStringList AddPairDialog::entries() const
{
    QStringList list;
    for (const Entry& e : m_entries) {
        list.append(e.svol + u'>' + (e.tvol.isEmpty() ? u"auto"_s : e.tvol));
    }
    return list;
}

QString AddPairDialog::result(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries[row].result : QString();
}

QString AddPairDialog::volumeText(const QString& ldev) const
{
    return volumeLine(m_data, ldev);
}

void AddPairDialog::fillVolumes()
{
    const auto fill = [](QTreeWidget* tree, const QList<const Volume*>& volumes,
                          const std::function<QString(const Volume&)>& disabledWhy) {
        const QString selected = tree->selectedItems().isEmpty()
            ? QString()
            : tree->selectedItems().first()->data(LdevColumn, Qt::UserRole).toString();
        // Rebuilt only when a row changed: the data comes twice a second while a copy runs, and a rebuilt list loses
        // its scroll position.
        QStringList key;
        for (const Volume* v : volumes) {
            key << v->ldev + u'|' + v->status + u'|' + QString::number(v->pairs) + (v->reserved ? u"|r|"_s : u"||"_s)
                    + disabledWhy(*v);
        }
        if (tree->property("rowsKey").toStringList() == key && tree->topLevelItemCount() == volumes.size()) {
            return true;
        }
        tree->setProperty("rowsKey", key);
        const QSignalBlocker blocker(tree);
        tree->clear();
        QTreeWidgetItem* reselect = nullptr;
        for (const Volume* v : volumes) {
            auto* item = new QTreeWidgetItem(tree,
                {v->port, v->tidLun(), v->ldev, HdsTexts::volumeStatus(v->status), v->emulation,
                    HdsTexts::capacity(v->capacity), QLocale().toString(v->pairs)});
            item->setData(LdevColumn, Qt::UserRole, v->ldev);
            item->setTextAlignment(VolCapacityColumn, Qt::AlignRight | Qt::AlignVCenter);
            item->setTextAlignment(PairsColumn, Qt::AlignRight | Qt::AlignVCenter);
            const QString why = disabledWhy(*v);
            if (!why.isEmpty()) {
                item->setFlags(item->flags() & ~(Qt::ItemIsSelectable | Qt::ItemIsEnabled));
                for (int c = 0; c < VolumeColumnCount; ++c) {
                    item->setToolTip(c, why);
                }
            } else if (v->ldev == selected) {
                reselect = item;
            }
        }
        if (reselect != nullptr) {
            tree->setCurrentItem(reselect);
        }
        return reselect != nullptr || selected.isEmpty();
    };

    QList<const Volume*> sources;
    for (const Volume& v : m_data->volumes()) {
        if (!v.reserved && v.role != u"T-VOL"_s) {
            sources.append(&v);
        }
    }
    const bool svolKept = fill(m_svols, sources, [](const Volume&) { return QString(); });

    const QString svol = currentSVol();
    const Volume* source = m_data->volume(svol);
    const QString port = m_port->currentData().toString();
    QList<const Volume*> targets;
    for (const Volume& v : m_data->volumes()) {
        if (v.ldev == svol || (!port.isEmpty() && v.port != port) || (m_reserveOnly->isChecked() && !v.reserved)) {
            continue;
        }
        targets.append(&v);
    }
    const bool tvolKept = fill(m_tvols, targets, [this, source](const Volume& v) {
        if (v.role == u"T-VOL"_s || v.role == u"P-VOL"_s || v.pairs > 0) {
            return tr("%1 is already in a pair.").arg(v.ldev);
        }
        if (source != nullptr && v.capacity < source->capacity) {
            return tr("%1 is smaller than the S-VOL %2.").arg(v.ldev, source->ldev);
        }
        for (const Entry& e : m_entries) {
            if (e.tvol == v.ldev && !e.done) {
                return tr("%1 is already the T-VOL of %2 in the list.").arg(v.ldev, e.svol);
            }
        }
        return QString();
    });
    const bool select = m_select->isChecked();
    m_tvols->setEnabled(select);
    m_port->setEnabled(select);
    m_reserveOnly->setEnabled(select);
    if (!svolKept || !tvolKept) {
        updateButtons();
    }
}

QString AddPairDialog::autoPreview(int row) const
{
    const Volume* source = m_data->volume(m_entries[row].svol);
    QSet<QString> taken;
    for (int i = 0; i < m_entries.size(); ++i) {
        if (!m_entries[i].tvol.isEmpty() && !m_entries[i].done) {
            taken.insert(m_entries[i].tvol);
        }
    }
    // Earlier Auto rows take theirs first: the engine assigns them in the list's order.
    for (int i = 0; i < row; ++i) {
        if (m_entries[i].tvol.isEmpty() && !m_entries[i].done) {
            taken.insert(autoPreview(i));
        }
    }
    for (const Volume& v : m_data->volumes()) { // sorted by LDEV ID
        if (v.reserved && v.pairs == 0 && v.role.isEmpty() && !taken.contains(v.ldev) && v.ldev != m_entries[row].svol
            && (source == nullptr || v.capacity >= source->capacity)) {
            return v.ldev;
        }
    }
    return {};
}

void AddPairDialog::fillList()
{
    const QSignalBlocker blocker(m_list);
    QSet<int> selected;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->isSelected()) {
            selected.insert(i);
        }
    }
    const int current = m_list->currentItem() != nullptr ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
    m_list->clear();
    int done = 0;
    int failed = 0;
    for (int i = 0; i < m_entries.size(); ++i) {
        const Entry& e = m_entries[i];
        QString tvol;
        if (!e.tvol.isEmpty()) {
            tvol = volumeText(e.tvol);
        } else if (e.done) {
            tvol = tr("Auto");
        } else {
            const QString preview = autoPreview(i);
            tvol = preview.isEmpty() ? tr("Auto (no reserved volume left)") : tr("Auto (%1)").arg(preview);
        }
        const Volume* s = m_data->volume(e.svol);
        auto* item = new QTreeWidgetItem(m_list,
            {volumeText(e.svol), tvol, s != nullptr ? HdsTexts::capacity(s->capacity) : QString(),
                HdsTexts::pace(m_pace->currentData().toInt()), QString()});
        item->setTextAlignment(CapacityColumn, Qt::AlignRight | Qt::AlignVCenter);
        showResult(item, ResultColumn, e.result, e.failed);
        item->setSelected(selected.contains(i));
        done += e.done ? 1 : 0;
        failed += e.failed ? 1 : 0;
    }
    if (current >= 0 && current < m_list->topLevelItemCount()) {
        m_list->setCurrentItem(m_list->topLevelItem(current), 0, QItemSelectionModel::NoUpdate);
    }
    const int pending = int(m_entries.size()) - done;
    if (m_entries.isEmpty()) {
        m_summary->setText(tr("Highlight an S-VOL, choose its T-VOL (Auto or Select), then Set."));
    } else if (failed > 0) {
        QStringList lines {tr("%n pair(s) refused; correct them (Change, Omit) and Add again:", nullptr, failed)};
        for (const Entry& e : m_entries) {
            if (e.failed) {
                lines.append(tr("%1 → %2: %3").arg(e.svol, e.tvol.isEmpty() ? tr("Auto") : e.tvol, e.result));
            }
        }
        m_summary->setText(lines.join(u'\n'));
    } else if (done > 0 && pending == 0) {
        m_summary->setText(tr("Every pair of the list was added."));
    } else {
        m_summary->setText(tr("%n pair(s) to add.", nullptr, pending));
    }
    m_summary->setStyleSheet(Theme::css(failed > 0 ? u"color: #b02a1a;"_s : QString()));
    updateButtons();
}

void AddPairDialog::updateDetail()
{
    const QString svol = currentSVol();
    const Volume* v = m_data->volume(svol);
    if (v == nullptr) {
        m_detail->setText(tr("No S-VOL highlighted."));
        return;
    }
    m_detail->setText(tr("S-VOL %1 (port %2, TID:LUN %3, CU:LDEV %4): %5, %6, %n existing pair(s).", nullptr, v->pairs)
                          .arg(v->ldev, v->port, v->tidLun(), v->ldev, HdsTexts::capacity(v->capacity), v->emulation));
}

void AddPairDialog::updateButtons()
{
    const bool haveS = !currentSVol().isEmpty();
    const bool haveT = chosenTVol().has_value();
    bool rowSelected = false;
    bool rowChangeable = false;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->isSelected()) {
            rowSelected = true;
            rowChangeable = rowChangeable || (i < m_entries.size() && !m_entries[i].done);
        }
    }
    const bool pending = std::any_of(m_entries.cbegin(), m_entries.cend(), [](const Entry& e) { return !e.done; });
    m_set->setEnabled(!m_busy && haveS && haveT);
    m_change->setEnabled(!m_busy && rowChangeable && haveT);
    m_omit->setEnabled(!m_busy && rowSelected);
    m_undoButton->setEnabled(!m_busy && !m_undo.isEmpty());
    m_add->setEnabled(!m_busy && pending && m_data->connection() != nullptr);
    m_exit->setEnabled(!m_busy);
}

void AddPairDialog::setEntry()
{
    const std::optional<QString> tvol = chosenTVol();
    const QString svol = currentSVol();
    if (svol.isEmpty() || !tvol.has_value()) {
        return;
    }
    m_undo.append(m_entries);
    m_entries.append({svol, *tvol, m_pace->currentData().toInt(), {}, false, false});
    fillList();
    fillVolumes();
    m_list->setCurrentItem(m_list->topLevelItem(m_list->topLevelItemCount() - 1));
}

void AddPairDialog::changeEntry()
{
    const std::optional<QString> tvol = chosenTVol();
    if (!tvol.has_value()) {
        return;
    }
    QList<Entry> before = m_entries;
    bool changed = false;
    for (int i = 0; i < m_list->topLevelItemCount() && i < m_entries.size(); ++i) {
        if (m_list->topLevelItem(i)->isSelected() && !m_entries[i].done) {
            m_entries[i].tvol = *tvol;
            m_entries[i].result.clear();
            m_entries[i].failed = false;
            changed = true;
        }
    }
    if (changed) {
        m_undo.append(before);
        fillList();
        fillVolumes();
    }
}

void AddPairDialog::omitEntries()
{
    QList<Entry> kept;
    for (int i = 0; i < m_entries.size(); ++i) {
        if (i >= m_list->topLevelItemCount() || !m_list->topLevelItem(i)->isSelected()) {
            kept.append(m_entries[i]);
        }
    }
    if (kept.size() != m_entries.size()) {
        m_undo.append(m_entries);
        m_entries = kept;
        m_list->clearSelection();
        fillList();
        fillVolumes();
    }
}

void AddPairDialog::undo()
{
    if (m_undo.isEmpty()) {
        return;
    }
    m_entries = m_undo.takeLast();
    fillList();
    fillVolumes();
}

QList<CommandRequest> AddPairDialog::pendingRequests(QList<int>* rows) const
{
    QList<CommandRequest> requests;
    const int pace = m_pace->currentData().toInt();
    // The rows with a chosen T-VOL first, then the Auto rows in the list's order: the engine's Auto then takes what
    // the preview showed (the lowest reserved LDEV that no row names).
    for (const bool automatic : {false, true}) {
        for (int i = 0; i < m_entries.size(); ++i) {
            const Entry& e = m_entries[i];
            if (e.done || e.tvol.isEmpty() != automatic) {
                continue;
            }
            requests.append({u"hdsPairCreate"_s,
                {{u"subsystem"_s, m_data->serial()}, {u"pvol"_s, e.svol},
                    {u"svol"_s, e.tvol.isEmpty() ? u"auto"_s : e.tvol}, {u"pace"_s, pace},
                    {u"initialCopy"_s, m_initialCopy->isChecked()}}});
            if (rows != nullptr) {
                rows->append(i);
            }
        }
    }
    return requests;
}

void AddPairDialog::submit()
{
    if (m_busy || m_data->connection() == nullptr) {
        return;
    }
    QList<int> rows;
    const QList<CommandRequest> requests = pendingRequests(&rows);
    for (const int i : std::as_const(rows)) {
        Entry& e = m_entries[i];
        e.pace = m_pace->currentData().toInt();
        e.result = tr("Adding…");
        e.failed = false;
    }
    if (requests.isEmpty()) {
        return;
    }
    m_busy = true;
    m_undo.clear(); // what was submitted cannot be undone in the list
    fillList();
    submitEach(
        m_data->connection(), requests, this,
        [this, rows](int index, const CommandResult& result) {
            Entry& e = m_entries[rows[index]];
            if (result.ok()) {
                const QString svol = result.data.value(u"svol"_s).toString();
                if (e.tvol.isEmpty() && !svol.isEmpty()) {
                    e.tvol = svol;
                }
                e.done = true;
                e.result = tr("Added: pair %1, T-VOL %2")
                               .arg(result.data.value(u"pairNumber"_s).toInt())
                               .arg(svol.isEmpty() ? e.tvol : svol);
            } else {
                e.failed = true;
                e.result = result.error.localizedMessage();
            }
            fillList();
        },
        [this]() {
            m_busy = false;
            fillList();
            fillVolumes();
            m_data->refresh();
        });
}

// ---- Split, Re-sync, Delete, Suspend (Figs. 11E, 11F, 11G) ---------------------------------------------------------

PairOperationDialog::PairOperationDialog(HdsData* data, Operation operation, const QList<Pair>& pairs, QWidget* parent)
    : QDialog(parent)
    , m_data(data)
    , m_operation(operation)
{
    setAttribute(Qt::WA_DeleteOnClose);
    for (const Pair& p : pairs) {
        if (!m_keys.contains(p.key())) {
            m_keys.append(p.key());
        }
    }
    QString intro;
    QString runText;
    switch (operation) {
    case Operation::Split:
        setObjectName(u"hdsSplitDialog"_s);
        setWindowTitle(tr("Split Pair"));
        intro = tr("Copies each S-VOL to its T-VOL as of now (the copy command): the pair goes SP-Pending while the "
                   "tracks are copied, then split, and the T-VOL can be read and written.");
        runText = tr("&Split");
        break;
    case Operation::Resync:
        setObjectName(u"hdsResyncDialog"_s);
        setWindowTitle(tr("Re-sync Pair"));
        intro = tr("Re-synchronizes each split pair: the T-VOL leaves host access and the tracks that differ are "
                   "copied again (re-sync, then duplex).");
        runText = tr("&Re-sync");
        break;
    case Operation::Delete:
        setObjectName(u"hdsDeleteDialog"_s);
        setWindowTitle(tr("Delete Pair"));
        intro = tr("Deletes each pair: a running copy stops at once, both volumes become simplex and the T-VOL keeps "
                   "what it holds.");
        runText = tr("&Delete");
        break;
    case Operation::Suspend:
        setObjectName(u"hdsSuspendDialog"_s);
        setWindowTitle(tr("Suspend Pair"));
        intro = tr("Suspend stops the copy of each pair and keeps its track maps; Resume goes on from where it "
                   "stopped.");
        runText = tr("&Suspend");
        break;
    case Operation::Verify:
        setObjectName(u"hdsVerifyDialog"_s);
        setWindowTitle(tr("Verify Pair"));
        intro = tr("Compares the T-VOL of each split pair with its S-VOL, track by track, while hosts go on using "
                   "both. Tracks written on either volume since the Split are left out, so a difference found is "
                   "damage. Verify and Repair copies the S-VOL's track, which still holds the Split's image there, "
                   "into the T-VOL again. (Copyline's extension: the SVP has no such screen.)");
        runText = tr("&Verify");
        break;
    }
    auto* layout = new QVBoxLayout(this);
    auto* introLabel = new QLabel(intro, this);
    introLabel->setObjectName(u"hdsIntroLabel"_s);
    introLabel->setWordWrap(true);
    layout->addWidget(introLabel);
    m_list = makeTree({tr("S-VOL"), tr("T-VOL"), tr("Pair status"), tr("Pace"), tr("Progress"), tr("Result")},
        u"hdsOperationPairList"_s, this);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSvolTvolTips(m_list, SVolColumn, TVolColumn);
    layout->addWidget(m_list, 1);

    auto* row = new QHBoxLayout;
    m_summary = summaryLabel(this);
    row->addWidget(m_summary, 1);
    if (operation == Operation::Split || operation == Operation::Resync) {
        int pace = kPaceFast;
        if (!pairs.isEmpty()) {
            pace = pairs.first().pace;
        }
        m_pace = paceCombo(this, pace);
        auto* paceLabel = new QLabel(tr("&Pace:"), this);
        paceLabel->setBuddy(m_pace);
        row->addWidget(paceLabel);
        row->addWidget(m_pace);
        row->addSpacing(12);
    }
    layout->addLayout(row);

    auto* buttons = new QHBoxLayout;
    m_omit = new QPushButton(tr("&Omit"), this);
    m_omit->setObjectName(u"hdsOmitButton"_s);
    m_omit->setToolTip(tr("Drop the highlighted pairs from the list"));
    buttons->addWidget(m_omit);
    buttons->addStretch(1);
    m_run = new QPushButton(runText, this);
    m_run->setObjectName(u"hdsRunButton"_s);
    m_run->setDefault(true);
    buttons->addWidget(m_run);
    if (operation == Operation::Suspend || operation == Operation::Verify) {
        const bool verify = operation == Operation::Verify;
        m_resume = new QPushButton(verify ? tr("Verify and &Repair") : tr("Res&ume"), this);
        m_resume->setObjectName(verify ? u"hdsRepairButton"_s : u"hdsResumeButton"_s);
        if (verify) {
            m_resume->setToolTip(tr("Verify, and copy each differing track from the S-VOL into the T-VOL again"));
        }
        buttons->addWidget(m_resume);
        connect(m_resume, &QPushButton::clicked, this, [this]() { run(true); });
    }
    m_exit = new QPushButton(tr("E&xit"), this);
    m_exit->setObjectName(u"hdsExitButton"_s);
    m_equivalent = new EquivalentCommandButton(
        [this]() {
            const SnapshotPtr snapshot = m_data->connection() ? m_data->connection()->snapshot() : SnapshotPtr();
            return snapshot ? equivalentCommand(snapshot->config, 0, operationRequests(false)) : EquivalentCommand {};
        },
        this);
    buttons->addWidget(m_equivalent);
    buttons->addWidget(m_exit);
    layout->addLayout(buttons);

    connect(m_run, &QPushButton::clicked, this, [this]() { run(false); });
    connect(m_exit, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_omit, &QPushButton::clicked, this, [this]() {
        for (QTreeWidgetItem* item : m_list->selectedItems()) {
            m_keys.removeAll(item->data(SVolColumn, Qt::UserRole).toString());
        }
        fillList();
    });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &PairOperationDialog::updateButtons);
    connect(m_data, &HdsData::changed, this, &PairOperationDialog::fillList);
    m_data->setWatched(this, true);
    fillList();
    if (operation == Operation::Verify) {
        // A verification has no pace, and its result line is long: the room goes to the result.
        m_list->setColumnHidden(PaceColumn, true);
        resize(940, 420);
        m_list->setColumnWidth(ProgressColumn, 80);
    } else {
        resize(820, 420);
    }
}

PairOperationDialog::~PairOperationDialog() = default;

QString PairOperationDialog::verifyResult(const CommandResult& result)
{
    const qint64 differing = result.data.value(u"differing"_s).toInteger();
    const qint64 repaired = result.data.value(u"repaired"_s).toInteger();
    QString text = tr("%1 tracks compared, %2 differ; %3 written since the Split not compared")
                       .arg(result.data.value(u"compared"_s).toInteger())
                       .arg(differing)
                       .arg(result.data.value(u"written"_s).toInteger());
    if (differing > 0 && repaired > 0) {
        text += tr("; %n track(s) repaired", nullptr, int(repaired));
    } else if (differing > 0) {
        QStringList tracks;
        for (const QJsonValue& t : result.data.value(u"differingTracks"_s).toArray()) {
            tracks.append(QString::number(t.toInteger()));
        }
        text += tr("; the T-VOL does not hold the Split's image at track %1: Verify and Repair")
                    .arg(tracks.join(u", "_s));
    }
    return text;
}

QString PairOperationDialog::result(const QString& pvol, const QString& svol) const
{
    return m_results.value(pvol + u'-' + svol);
}

void PairOperationDialog::fillList()
{
    const QSignalBlocker blocker(m_list);
    QSet<QString> selected;
    for (const QTreeWidgetItem* item : m_list->selectedItems()) {
        selected.insert(item->data(SVolColumn, Qt::UserRole).toString());
    }
    m_list->clear();
    for (const QString& key : m_keys) {
        const QString pvol = key.section(u'-', 0, 0);
        const QString svol = key.section(u'-', 1, 1);
        const Pair* p = m_data->pair(pvol, svol);
        auto* item = new QTreeWidgetItem(m_list,
            {volumeLine(m_data, pvol), volumeLine(m_data, svol),
                p != nullptr ? HdsTexts::guiStatus(p->guiStatus) : HdsTexts::guiStatus(u"simplex"_s),
                p != nullptr ? HdsTexts::pace(p->pace) : QString(),
                p != nullptr ? QLocale().toString(p->percent, 'f', 1) + u" %"_s : QString(), QString()});
        item->setData(SVolColumn, Qt::UserRole, key);
        if (p != nullptr) {
            item->setToolTip(StatusColumn, tr("%1 (%2)").arg(p->statusText).arg(p->status));
        }
        item->setTextAlignment(ProgressColumn, Qt::AlignRight | Qt::AlignVCenter);
        showResult(item, ResultColumn, m_results.value(key), m_failed.contains(key));
        item->setSelected(selected.contains(key));
    }
    const int failed = int(m_failed.size());
    if (m_keys.isEmpty()) {
        m_summary->setText(tr("No pair in the list: select pairs on the main screen first."));
    } else if (failed > 0) {
        QStringList lines {m_operation == Operation::Verify ? tr("%n pair(s) need attention:", nullptr, failed)
                                                            : tr("%n pair(s) refused:", nullptr, failed)};
        for (const QString& key : m_keys) {
            if (m_failed.contains(key)) {
                lines.append(
                    tr("%1 → %2: %3").arg(key.section(u'-', 0, 0), key.section(u'-', 1, 1), m_results.value(key)));
            }
        }
        m_summary->setText(lines.join(u'\n'));
    } else {
        m_summary->setText(tr("%n pair(s) in the list.", nullptr, int(m_keys.size())));
    }
    m_summary->setStyleSheet(Theme::css(failed > 0 ? u"color: #b02a1a;"_s : QString()));
    updateButtons();
}

void PairOperationDialog::updateButtons()
{
    const bool any = !m_keys.isEmpty() && m_data->connection() != nullptr;
    m_run->setEnabled(!m_busy && any);
    if (m_resume != nullptr) {
        m_resume->setEnabled(!m_busy && any);
    }
    m_omit->setEnabled(!m_busy && !m_list->selectedItems().isEmpty());
    m_exit->setEnabled(!m_busy);
}

QList<CommandRequest> PairOperationDialog::operationRequests(bool resume) const
{
    QString command;
    switch (m_operation) {
    case Operation::Split:
        command = u"hdsPairSplit"_s;
        break;
    case Operation::Resync:
        command = u"hdsPairResync"_s;
        break;
    case Operation::Delete:
        command = u"hdsPairDelete"_s;
        break;
    case Operation::Suspend:
        command = u"hdsPairSuspend"_s;
        break;
    case Operation::Verify:
        command = u"hdsPairVerify"_s;
        break;
    }
    QList<CommandRequest> requests;
    const QStringList keys = m_keys;
    for (const QString& key : keys) {
        QJsonObject args {{u"subsystem"_s, m_data->serial()}, {u"pvol"_s, key.section(u'-', 0, 0)},
            {u"svol"_s, key.section(u'-', 1, 1)}};
        if (m_pace != nullptr) {
            args.insert(u"pace"_s, m_pace->currentData().toInt());
        }
        if (resume) {
            args.insert(m_operation == Operation::Verify ? u"repair"_s : u"resume"_s, true);
        }
        requests.append({command, args});
    }
    return requests;
}

void PairOperationDialog::run(bool resume)
{
    if (m_busy || m_keys.isEmpty() || m_data->connection() == nullptr) {
        return;
    }
    if (m_operation == Operation::Delete
        && !Confirm::ask(this, Consequence::ChangesState, windowTitle(),
            tr("Delete %n pair(s)? A running copy stops at once and the T-VOLs keep what they hold now.", nullptr,
                int(m_keys.size())))) {
        return;
    }
    const QList<CommandRequest> requests = operationRequests(resume);
    const QStringList keys = m_keys;
    for (const QString& key : keys) {
        m_results.insert(key, tr("Running…"));
    }
    m_failed.clear();
    m_busy = true;
    fillList();
    submitEach(
        m_data->connection(), requests, this,
        [this, keys, resume](int index, const CommandResult& result) {
            const QString& key = keys[index];
            if (result.ok()) {
                switch (m_operation) {
                case Operation::Split:
                    m_results.insert(key, tr("Copy started"));
                    break;
                case Operation::Resync:
                    m_results.insert(key, tr("Re-sync started"));
                    break;
                case Operation::Delete:
                    m_results.insert(key, tr("Deleted"));
                    break;
                case Operation::Suspend:
                    m_results.insert(key, resume ? tr("Resumed") : tr("Suspended"));
                    break;
                case Operation::Verify:
                    m_results.insert(key, verifyResult(result));
                    if (result.data.value(u"differing"_s).toInteger() > result.data.value(u"repaired"_s).toInteger()) {
                        m_failed.insert(key); // damage left in place: shown like a refusal, in red with its line
                    }
                    break;
                }
            } else {
                m_failed.insert(key);
                m_results.insert(key, result.error.localizedMessage());
            }
            fillList();
        },
        [this]() {
            m_busy = false;
            fillList();
            m_data->refresh();
        });
}

// ---- Status & History (Fig. 11D) ----------------------------------------------------------------------------------

StatusHistoryDialog::StatusHistoryDialog(HdsData* data, const QString& port, const QList<Pair>& pairs, QWidget* parent)
    : QDialog(parent)
    , m_data(data)
    , m_port(port)
{
    setObjectName(u"hdsStatusHistoryDialog"_s);
    setWindowTitle(port.isEmpty() ? tr("Status & History") : tr("Status & History — port %1").arg(port));
    setAttribute(Qt::WA_DeleteOnClose);
    for (const Pair& p : pairs) {
        m_keys.append(p.key());
    }
    auto* layout = new QVBoxLayout(this);

    // Status area 1532.
    // The two areas share the height in a splitter: the history, which grows, gets the larger part.
    auto* areas = new QSplitter(Qt::Vertical, this);
    areas->setChildrenCollapsible(false);
    auto* statusBox = new QGroupBox(tr("Status"), areas);
    auto* statusLayout = new QVBoxLayout(statusBox);
    m_status = makeTree(
        {tr("S-VOL"), tr("T-VOL"), tr("Pair status"), tr("Pace"), tr("Acquired")}, u"hdsStatusList"_s, statusBox);
    setSvolTvolTips(m_status, StatusSVolColumn, StatusTVolColumn);
    m_status->headerItem()->setToolTip(StatusAcquiredColumn, tr("When the status was acquired (opened or refreshed)"));
    statusLayout->addWidget(m_status);
    auto* statusButtons = new QHBoxLayout;
    m_primaries = new QLabel(statusBox);
    m_primaries->setObjectName(u"hdsCurrentSVolsLabel"_s);
    m_primaries->setWordWrap(true);
    m_secondaries = new QLabel(statusBox);
    m_secondaries->setObjectName(u"hdsCurrentTVolsLabel"_s);
    m_secondaries->setWordWrap(true);
    auto* current = new QVBoxLayout;
    current->addWidget(m_primaries);
    current->addWidget(m_secondaries);
    statusButtons->addLayout(current, 1);
    m_refreshStatus = new QPushButton(tr("Refresh &Status"), statusBox);
    m_refreshStatus->setObjectName(u"hdsRefreshStatusButton"_s);
    auto* path = new QPushButton(tr("T-VOL Path"), statusBox);
    path->setObjectName(u"hdsTVolPathButton"_s);
    path->setEnabled(false);
    path->setToolTip(tr("The T-VOLs' SCSI paths are not modelled by this simulator"));
    statusButtons->addWidget(m_refreshStatus);
    statusButtons->addWidget(path);
    statusLayout->addLayout(statusButtons);
    areas->addWidget(statusBox);

    // History area 1533, with the sort buttons 1536-1540.
    auto* historyBox = new QGroupBox(tr("History"), areas);
    auto* historyLayout = new QVBoxLayout(historyBox);
    auto* sortRow = new QHBoxLayout;
    sortRow->addWidget(new QLabel(tr("Sort by:"), historyBox));
    const QList<std::pair<QString, QString>> sorts {
        {tr("&Date Time"), u"hdsSortDateTimeButton"_s},
        {tr("S-&VOL"), u"hdsSortSVolButton"_s},
        {tr("&T-VOL"), u"hdsSortTVolButton"_s},
        {tr("&Code"), u"hdsSortCodeButton"_s},
        {tr("&Message"), u"hdsSortMessageButton"_s},
    };
    for (int i = 0; i < sorts.size(); ++i) {
        auto* b = new QPushButton(sorts[i].first, historyBox);
        b->setObjectName(sorts[i].second);
        connect(b, &QPushButton::clicked, this, [this, i]() {
            // A second click on the same column reverses the order.
            const bool same = m_history->header()->sortIndicatorSection() == i;
            const Qt::SortOrder order = same && m_history->header()->sortIndicatorOrder() == Qt::AscendingOrder
                ? Qt::DescendingOrder
                : Qt::AscendingOrder;
            m_history->sortByColumn(i, order);
        });
        sortRow->addWidget(b);
        m_sort.append(b);
    }
    sortRow->addStretch(1);
    m_historyCount = new QLabel(historyBox);
    m_historyCount->setObjectName(u"hdsHistoryCountLabel"_s);
    sortRow->addWidget(m_historyCount);
    historyLayout->addLayout(sortRow);
    m_history = makeTree(
        {tr("Date Time"), tr("S-VOL"), tr("T-VOL"), tr("Code"), tr("Message")}, u"hdsHistoryList"_s, historyBox);
    setSvolTvolTips(m_history, HistorySVolColumn, HistoryTVolColumn);
    m_history->setSortingEnabled(true);
    m_history->sortByColumn(DateTimeColumn, Qt::DescendingOrder);
    historyLayout->addWidget(m_history);
    areas->addWidget(historyBox);
    areas->setStretchFactor(0, 1);
    areas->setStretchFactor(1, 2);
    areas->setSizes({190, 380});
    layout->addWidget(areas, 1);

    auto* bottom = new QHBoxLayout;
    m_refreshHistory = new QPushButton(tr("Refresh &History"), this);
    m_refreshHistory->setObjectName(u"hdsRefreshHistoryButton"_s);
    m_refreshAll = new QPushButton(tr("Refresh &All"), this);
    m_refreshAll->setObjectName(u"hdsRefreshAllButton"_s);
    m_exit = new QPushButton(tr("E&xit"), this);
    m_exit->setObjectName(u"hdsExitButton"_s);
    bottom->addWidget(m_refreshHistory);
    bottom->addWidget(m_refreshAll);
    bottom->addStretch(1);
    bottom->addWidget(m_exit);
    layout->addLayout(bottom);

    connect(m_refreshStatus, &QPushButton::clicked, m_data, &HdsData::refreshPairs);
    connect(m_refreshHistory, &QPushButton::clicked, this, &StatusHistoryDialog::fetchHistory);
    connect(m_refreshAll, &QPushButton::clicked, this, [this]() {
        m_data->refresh();
        fetchHistory();
    });
    connect(m_exit, &QPushButton::clicked, this, &QDialog::reject);
    // The status area shows the status as acquired: it follows HdsData, which the buttons and the copies refresh.
    connect(m_data, &HdsData::changed, this, &StatusHistoryDialog::fillStatus);
    fillStatus();
    fetchHistory();
    resize(900, 640);
}

StatusHistoryDialog::~StatusHistoryDialog() = default;

bool StatusHistoryDialog::onPort(const QString& ldev) const
{
    if (m_port.isEmpty()) {
        return true;
    }
    const Volume* v = m_data->volume(ldev);
    return v != nullptr && v->port == m_port;
}

void StatusHistoryDialog::fillStatus()
{
    const QSignalBlocker blocker(m_status);
    m_status->clear();
    QStringList primaries;
    QStringList secondaries;
    const QString acquired = QLocale().toString(m_data->acquired(), u"yyyy-MM-dd HH:mm:ss"_s);
    for (const Pair& p : m_data->pairs()) {
        if (!m_keys.isEmpty() ? !m_keys.contains(p.key()) : !(onPort(p.pvol) || onPort(p.svol))) {
            continue;
        }
        auto* item = new QTreeWidgetItem(m_status,
            {volumeLine(m_data, p.pvol), volumeLine(m_data, p.svol), HdsTexts::guiStatus(p.guiStatus),
                HdsTexts::pace(p.pace), acquired});
        item->setToolTip(StatusStatusColumn, tr("%1 (%2)").arg(p.statusText).arg(p.status));
        if (!primaries.contains(p.pvol)) {
            primaries.append(p.pvol);
        }
        secondaries.append(p.svol);
    }
    m_primaries->setText(tr("Current S-VOLs: %1").arg(primaries.isEmpty() ? tr("none") : primaries.join(u", "_s)));
    m_secondaries->setText(
        tr("Current T-VOLs: %1").arg(secondaries.isEmpty() ? tr("none") : secondaries.join(u", "_s)));
}

void StatusHistoryDialog::fetchHistory()
{
    if (m_data->connection() == nullptr || m_fetching) {
        return;
    }
    m_fetching = true;
    // getEvents takes a subsystem of the DS4000 family only: ask for the newest events of all, keep this controller's.
    m_data->connection()->submit({u"getEvents"_s, {{u"count"_s, 5000}}}, this, [this](const CommandResult& result) {
        m_fetching = false;
        m_historyLoaded = true;
        if (!result.ok()) {
            m_historyCount->setText(tr("History unavailable"));
            m_historyCount->setToolTip(result.error.localizedMessage());
            return;
        }
        m_historyCount->setToolTip(QString());
        // The pair an event names: "00:10 - 00:20" (or "00:10-00:20") in its component, description or details.
        static const QRegularExpression pairPattern(
            u"\\b([0-9A-Fa-f]{2}:[0-9A-Fa-f]{2})\\s*-\\s*([0-9A-Fa-f]{2}:[0-9A-Fa-f]{2})\\b"_s);
        static const QRegularExpression volumePattern(u"\\b([0-9A-Fa-f]{2}:[0-9A-Fa-f]{2})\\b"_s);
        const bool sorting = m_history->isSortingEnabled();
        m_history->setSortingEnabled(false);
        m_history->clear();
        int shown = 0;
        for (const QJsonValue& value : result.data.value(u"events"_s).toArray()) {
            const QJsonObject e = value.toObject();
            const int code = e.value(u"code"_s).toInt();
            const bool mine = e.value(u"subsystem_id"_s).toInteger() == m_data->subsystemId()
                || (!e.contains(u"subsystem_id"_s) && e.value(u"subsystem"_s).toString() == m_data->serial());
            if (!mine || code < 0x7000 || code > 0x7FFF) {
                continue; // the family's own events only
            }
            const QString component = e.value(u"component"_s).toString();
            const QString description = e.value(u"description"_s).toString();
            const QString details = e.value(u"details"_s).toString();
            QString svol;
            QString tvol;
            for (const QString& text : {component, description, details}) {
                if (const QRegularExpressionMatch m = pairPattern.match(text); m.hasMatch()) {
                    svol = m.captured(1).toUpper();
                    tvol = m.captured(2).toUpper();
                    break;
                }
            }
            if (svol.isEmpty()) {
                // A volume's event: "Volume 00:1A", or details that begin with the volume (not a time of day).
                if (const QRegularExpressionMatch m = volumePattern.match(component); m.hasMatch()) {
                    svol = m.captured(1).toUpper();
                } else if (const QRegularExpressionMatch d = volumePattern.match(details);
                           d.hasMatch() && d.capturedStart() == 0) {
                    svol = d.captured(1).toUpper();
                }
            }
            if (!m_port.isEmpty() && !svol.isEmpty() && !onPort(svol) && !onPort(tvol)) {
                continue;
            }
            const QDateTime time = QDateTime::fromString(e.value(u"time"_s).toString(), Qt::ISODateWithMs);
            const QString codeText = e.value(u"codeText"_s).toString(QString::number(code, 16).toUpper());
            auto* item = new HistoryItem(m_history,
                QStringList {time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s), svol, tvol, codeText, description});
            item->setData(DateTimeColumn, Qt::UserRole, time.toMSecsSinceEpoch());
            item->setData(0, IdRole, e.value(u"id"_s).toInteger());
            item->setToolTip(MessageColumn, details.isEmpty() ? description : details);
            ++shown;
        }
        m_history->setSortingEnabled(sorting);
        m_historyCount->setText(tr("%n event(s)", nullptr, shown));
    });
}

// ---- Attribute (button 1516) --------------------------------------------------------------------------------------

AttributeDialog::AttributeDialog(HdsData* data, const QStringList& ldevs, QWidget* parent)
    : QDialog(parent)
    , m_data(data)
    , m_ldevs(ldevs)
{
    setObjectName(u"hdsAttributeDialog"_s);
    setWindowTitle(tr("Attribute"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Set or reset the reserve attribute. Only a reserved volume can become a T-VOL, and a "
                                "reserved volume refuses host writes unless its pair is split."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list = makeTree(
        {tr("CU:LDEV"), tr("Port"), tr("Reserve"), tr("Number of pairs"), tr("Result")}, u"hdsAttributeList"_s, this);
    layout->addWidget(m_list, 1);
    auto* buttons = new QHBoxLayout;
    m_set = new QPushButton(tr("&Set Reserve"), this);
    m_set->setObjectName(u"hdsSetReserveButton"_s);
    m_reset = new QPushButton(tr("&Reset Reserve"), this);
    m_reset->setObjectName(u"hdsResetReserveButton"_s);
    m_exit = new QPushButton(tr("E&xit"), this);
    m_exit->setObjectName(u"hdsExitButton"_s);
    buttons->addWidget(m_set);
    buttons->addWidget(m_reset);
    buttons->addStretch(1);
    buttons->addWidget(m_exit);
    layout->addLayout(buttons);
    connect(m_set, &QPushButton::clicked, this, [this]() { apply(true); });
    connect(m_reset, &QPushButton::clicked, this, [this]() { apply(false); });
    connect(m_exit, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_data, &HdsData::changed, this, &AttributeDialog::fillList);
    fillList();
    resize(720, 360);
}

AttributeDialog::~AttributeDialog() = default;

void AttributeDialog::fillList()
{
    m_list->clear();
    for (const QString& ldev : m_ldevs) {
        const Volume* v = m_data->volume(ldev);
        auto* item = new QTreeWidgetItem(m_list,
            {ldev, v != nullptr ? v->port : QString(),
                v == nullptr ? QString() : (v->reserved ? tr("Reserve") : tr("None", "reserve attribute")),
                v != nullptr ? QLocale().toString(v->pairs) : QString(), QString()});
        showResult(item, ResultColumn, m_results.value(ldev), m_failed.contains(ldev));
    }
    const bool any = !m_ldevs.isEmpty() && m_data->connection() != nullptr;
    m_set->setEnabled(!m_busy && any);
    m_reset->setEnabled(!m_busy && any);
    m_exit->setEnabled(!m_busy);
}

void AttributeDialog::apply(bool reserve)
{
    if (m_busy || m_ldevs.isEmpty() || m_data->connection() == nullptr) {
        return;
    }
    QList<CommandRequest> requests;
    for (const QString& ldev : m_ldevs) {
        requests.append(
            {u"hdsSetAttribute"_s, {{u"subsystem"_s, m_data->serial()}, {u"ldev"_s, ldev}, {u"reserve"_s, reserve}}});
    }
    m_failed.clear();
    m_results.clear();
    m_busy = true;
    fillList();
    submitEach(
        m_data->connection(), requests, this,
        [this, reserve](int index, const CommandResult& result) {
            const QString& ldev = m_ldevs[index];
            if (result.ok()) {
                m_results.insert(ldev, reserve ? tr("Reserve set") : tr("Reserve reset"));
            } else {
                m_failed.insert(ldev);
                m_results.insert(ldev, result.error.localizedMessage());
            }
            fillList();
        },
        [this]() {
            m_busy = false;
            fillList();
            m_data->refresh();
        });
}

} // namespace Copyline::HdsUi
