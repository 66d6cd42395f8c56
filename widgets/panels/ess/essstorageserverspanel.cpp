// SPDX-License-Identifier: GPL-3.0-or-later
#include "essstorageserverspanel.h"

#include "common/messagelabel.h"
#include "common/theme.h"
#include "models/roles.h"
#include "panels/ess/esscommands.h"
#include "panels/ess/esscopystate.h"
#include "panels/ess/essvolumeview.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Copyline::EssUi
{

namespace
{

enum Column
{
    NameColumn,
    DeviceClassColumn,
    VolumesColumn,
    FlashCopyColumn,
    PprcColumn,
    RoleColumn,
    PropertiesColumn,
    ColumnCount,
};

QIcon roleIcon(CopyRole role)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(roleColour(role).darker(135));
    p.setBrush(roleColour(role));
    p.drawRoundedRect(QRectF(1.5, 2.5, 13, 11), 2, 2);
    return QIcon(pixmap);
}

struct LssCounts
{
    int volumes = 0;
    int flashCopy = 0;
    int pprc = 0;
};

LssCounts countsOf(const Configuration& config, ObjectId lssId)
{
    LssCounts c;
    for (const LogicalDrive& v : config.logicalDrivesOfArray(lssId)) {
        ++c.volumes;
        c.flashCopy += flashCopyOf(config, v.id) ? 1 : 0;
        c.pprc += pprcOf(config, v.id) ? 1 : 0;
    }
    return c;
}

QString lssProperties(const Array& lss)
{
    QStringList parts;
    if (hasWord(lss.options, u"consistencyGroup"_s)) {
        parts.append(StorageServersPanel::tr("PPRC Consistency Group"));
    }
    if (hasWord(lss.options, u"criticalHeavy"_s)) {
        parts.append(StorageServersPanel::tr("Critical Heavy"));
    }
    if (const QString timeout = optionValue(lss.options, u"consistencyTimeout"_s); !timeout.isEmpty()) {
        parts.append(StorageServersPanel::tr("time out %1 s").arg(timeout));
    }
    return parts.join(u", "_s);
}

} // namespace

StorageServersPanel::StorageServersPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"essStorageServersPanel"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);

    auto* legend = new QHBoxLayout;
    legend->addWidget(new QLabel(tr("LSS colour:"), this));
    for (const CopyRole role : {CopyRole::None, CopyRole::Source, CopyRole::Target, CopyRole::Mixed}) {
        auto* chip = new QLabel(this);
        chip->setPixmap(roleIcon(role).pixmap(16, 16));
        legend->addWidget(chip);
        legend->addWidget(new QLabel(role == CopyRole::None ? tr("no copy pairs")
                : role == CopyRole::Source                  ? tr("source volumes")
                : role == CopyRole::Target                  ? tr("target volumes")
                                                            : tr("sources and targets"),
            this));
        legend->addSpacing(8);
    }
    legend->addStretch(1);
    layout->addLayout(legend);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"storageServersTree"_s);
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Storage server"), tr("Device class"), tr("Volumes"), tr("In FlashCopy pairs"),
        tr("In PPRC pairs"), tr("Copy role"), tr("Copy properties")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(NameColumn, 280);
    m_tree->setColumnWidth(DeviceClassColumn, 110);
    m_tree->setColumnWidth(VolumesColumn, 70);
    m_tree->setColumnWidth(FlashCopyColumn, 140);
    m_tree->setColumnWidth(PprcColumn, 120);
    m_tree->setColumnWidth(RoleColumn, 150);
    layout->addWidget(m_tree, 1);
    m_tree->viewport()->installEventFilter(this);
    m_status = new QLabel(this);
    m_status->setObjectName(u"lssSelectionLabel"_s);
    m_status->setWordWrap(true);
    m_status->setStyleSheet(Theme::css(u"color: #33414f;"_s));
    layout->addWidget(m_status);

    auto* buttons = new QHBoxLayout;
    m_informationButton = new QPushButton(tr("Information Panel"), this);
    m_informationButton->setObjectName(u"informationButton"_s);
    m_propertiesButton = new QPushButton(tr("Properties"), this);
    m_propertiesButton->setObjectName(u"propertiesButton"_s);
    auto* find = new QPushButton(tr("Find"), this);
    find->setObjectName(u"findButton"_s);
    auto* filter = new QPushButton(tr("Filter"), this);
    filter->setObjectName(u"filterButton"_s);
    m_filterLabel = new QLabel(this);
    m_filterLabel->setObjectName(u"filterStateLabel"_s);
    m_filterLabel->setStyleSheet(Theme::css(u"color: #6b7682;"_s));
    for (QWidget* w : {static_cast<QWidget*>(m_informationButton), static_cast<QWidget*>(m_propertiesButton),
             static_cast<QWidget*>(find), static_cast<QWidget*>(filter), static_cast<QWidget*>(m_filterLabel)}) {
        buttons->addWidget(w);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_informationButton, &QPushButton::clicked, this, &StorageServersPanel::openInformation);
    connect(m_propertiesButton, &QPushButton::clicked, this, &StorageServersPanel::openProperties);
    connect(find, &QPushButton::clicked, this, &StorageServersPanel::openFind);
    connect(filter, &QPushButton::clicked, this, &StorageServersPanel::openFilter);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &StorageServersPanel::updateButtons);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (item->parent() != nullptr) {
            openProperties();
        }
    });
    updateButtons();
}

StorageServersPanel::~StorageServersPanel() = default;

void StorageServersPanel::setSnapshot(const SnapshotPtr& snapshot)
{
    m_snapshot = snapshot;
    rebuild();
}

void StorageServersPanel::rebuild()
{
    if (!m_snapshot) {
        return;
    }
    const Configuration& config = m_snapshot->config;
    const ObjectId current = m_tree->currentItem() ? m_tree->currentItem()->data(0, IdRole).toLongLong() : 0;
    // Rows are updated in place (same ESSs and LSSs: same rows), so expansion, selection and scrolling stay.
    QList<QPair<Subsystem, QList<Array>>> wanted;
    for (const Subsystem& s : servers(config)) {
        QList<Array> lsses;
        for (const Array& lss : config.arraysOf(s.id)) {
            if (!m_copyOnly || lssCopyRole(config, lss.id) != CopyRole::None) {
                lsses.append(lss);
            }
        }
        wanted.append({s, lsses});
    }
    bool same = m_tree->topLevelItemCount() == wanted.size();
    for (int i = 0; same && i < wanted.size(); ++i) {
        QTreeWidgetItem* top = m_tree->topLevelItem(i);
        same = top->data(0, IdRole).toLongLong() == wanted.at(i).first.id
            && top->childCount() == wanted.at(i).second.size();
        for (int j = 0; same && j < wanted.at(i).second.size(); ++j) {
            same = top->child(j)->data(0, IdRole).toLongLong() == wanted.at(i).second.at(j).id;
        }
    }
    if (!same) {
        const QSignalBlocker blocker(m_tree);
        m_tree->clear();
        for (const auto& [server, lsses] : wanted) {
            auto* top = new QTreeWidgetItem(m_tree);
            top->setData(0, IdRole, server.id);
            for (const Array& lss : lsses) {
                auto* child = new QTreeWidgetItem(top);
                child->setData(0, IdRole, lss.id);
            }
            top->setExpanded(true);
        }
    }
    for (int i = 0; i < wanted.size(); ++i) {
        const Subsystem& server = wanted.at(i).first;
        QTreeWidgetItem* top = m_tree->topLevelItem(i);
        const QString role = optionValue(server.options, u"csServer"_s);
        top->setText(NameColumn, tr("Physical Storage Server %1").arg(server.name));
        top->setText(DeviceClassColumn, tr("2105-%1").arg(server.model));
        int volumes = 0;
        int fc = 0;
        int pprc = 0;
        for (int j = 0; j < wanted.at(i).second.size(); ++j) {
            const Array& lss = wanted.at(i).second.at(j);
            const LssCounts c = countsOf(config, lss.id);
            volumes += c.volumes;
            fc += c.flashCopy;
            pprc += c.pprc;
            QTreeWidgetItem* child = top->child(j);
            const CopyRole lssRole = lssCopyRole(config, lss.id);
            child->setText(NameColumn, tr("Logical Storage Server %1:%2").arg(server.name).arg(lss.number));
            child->setIcon(NameColumn, roleIcon(lssRole));
            child->setToolTip(NameColumn, lssAddress(config, lss));
            child->setText(DeviceClassColumn, tr("Open Systems"));
            child->setText(VolumesColumn, QString::number(c.volumes));
            child->setText(FlashCopyColumn, QString::number(c.flashCopy));
            child->setText(PprcColumn, QString::number(c.pprc));
            child->setText(RoleColumn, EssTexts::copyRole(lssRole));
            child->setText(PropertiesColumn, lssProperties(lss));
            child->setData(RoleColumn, Qt::UserRole, int(lssRole));
            // The LSS-level selection: source (left click) light blue, target (right click) light orange.
            const QBrush mark = lss.id == m_sourceLss ? QBrush(Theme::adapt(QColor(0xd6, 0xe6, 0xfa)))
                : lss.id == m_targetLss               ? QBrush(Theme::adapt(QColor(0xfb, 0xe3, 0xcc)))
                                                      : QBrush();
            for (int column = 0; column < ColumnCount; ++column) {
                child->setBackground(column, mark);
            }
        }
        top->setText(VolumesColumn, QString::number(volumes));
        top->setText(FlashCopyColumn, QString::number(fc));
        top->setText(PprcColumn, QString::number(pprc));
        top->setText(PropertiesColumn,
            role == u"primary"_s      ? tr("Primary Copy Services server")
                : role == u"backup"_s ? tr("Backup Copy Services server")
                                      : QString());
    }
    if (current != 0
        && (m_tree->currentItem() == nullptr || m_tree->currentItem()->data(0, IdRole).toLongLong() != current)) {
        selectLss(current);
    }
    m_filterLabel->setText(m_copyOnly ? tr("Filtered: only LSSs with volumes in a copy relationship") : QString());
    const auto address = [&config](ObjectId id) { return lssAddress(config, config.arrays.value(id)); };
    m_status->setText(m_sourceLss == 0 ? tr("LSS-level PPRC: left click the source LSS, right click the target LSS.")
            : m_targetLss == 0         ? tr("Source LSS %1. Right click the target LSS.").arg(address(m_sourceLss))
                               : tr("Source LSS %1, target LSS %2. Right click the target again to open the Task "
                                    "Wizard for all their volumes.")
                                     .arg(address(m_sourceLss), address(m_targetLss)));
    updateButtons();
}

ObjectId StorageServersPanel::selectedLss() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    return item != nullptr && item->parent() != nullptr ? item->data(0, IdRole).toLongLong() : 0;
}

bool StorageServersPanel::selectLss(ObjectId lssId)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* top = m_tree->topLevelItem(i);
        for (int j = 0; j < top->childCount(); ++j) {
            if (top->child(j)->data(0, IdRole).toLongLong() == lssId) {
                m_tree->setCurrentItem(top->child(j));
                m_tree->scrollToItem(top->child(j));
                return true;
            }
        }
    }
    return false;
}

void StorageServersPanel::updateButtons()
{
    const bool lss = selectedLss() != 0;
    m_informationButton->setEnabled(lss);
    m_propertiesButton->setEnabled(lss);
    const QString why = lss ? QString() : tr("Select a logical storage server (LSS) first.");
    m_informationButton->setToolTip(why);
    m_propertiesButton->setToolTip(why);
}

QString StorageServersPanel::lssInformation(const Configuration& config, ObjectId lssId)
{
    const Array lss = config.arrays.value(lssId);
    const LssCounts c = countsOf(config, lssId);
    const QString pairs = c.flashCopy == 0 && c.pprc == 0
        ? tr("none of them in FlashCopy or PPRC pairs")
        : tr("%1 in FlashCopy pairs, %2 in PPRC pairs").arg(c.flashCopy).arg(c.pprc);
    // Not a %n plural: the English texts come from the source (translations/copyline_en.ts stays unfinished).
    const QString contains = c.volumes == 1 ? tr("contains 1 volume") : tr("contains %1 volumes").arg(c.volumes);
    return tr("LSS %1 of ESS %2, Open Systems, %3, %4.")
        .arg(lss.number)
        .arg(config.subsystems.value(lss.subsystemId).name, contains, pairs);
}

void StorageServersPanel::openInformation()
{
    const ObjectId lssId = selectedLss();
    if (lssId == 0 || !m_snapshot) {
        return;
    }
    if (m_information) {
        m_information->close();
    }
    const Configuration& config = m_snapshot->config;
    auto* dialog = new QDialog(this);
    dialog->setObjectName(u"essLssInformationDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Information Panel — %1").arg(lssAddress(config, config.arrays.value(lssId))));
    auto* layout = new QVBoxLayout(dialog);
    auto* text = new QLabel(lssInformation(config, lssId), dialog);
    text->setObjectName(u"informationLabel"_s);
    text->setWordWrap(true);
    layout->addWidget(text);
    const QString properties = lssProperties(config.arrays.value(lssId));
    auto* props = new QLabel(
        properties.isEmpty() ? tr("Copy properties: none set") : tr("Copy properties: %1").arg(properties), dialog);
    layout->addWidget(props);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->setMinimumWidth(420);
    m_information = dialog;
    dialog->show();
}

void StorageServersPanel::openProperties()
{
    const ObjectId lssId = selectedLss();
    if (lssId == 0 || !m_snapshot || m_properties) {
        return;
    }
    const Configuration& config = m_snapshot->config;
    const Array lss = config.arrays.value(lssId);
    const QString serial = config.subsystems.value(lss.subsystemId).name;
    auto* dialog = new RequestDialog(
        m_connection, tr("LSS properties — %1").arg(lssAddress(config, lss)), u"essLssPropertiesDialog"_s, this);
    auto* form = new QFormLayout;
    auto* heavy = new QCheckBox(tr("PPRC Critical Heavy mode"), dialog);
    heavy->setObjectName(u"criticalHeavyCheckBox"_s);
    heavy->setChecked(hasWord(lss.options, u"criticalHeavy"_s));
    heavy->setToolTip(tr("With Critical Volume mode: writes fail on any failure to update the secondary, not only "
                         "when the last path is lost."));
    auto* group = new QCheckBox(tr("PPRC Consistency Group"), dialog);
    group->setObjectName(u"consistencyGroupCheckBox"_s);
    group->setChecked(hasWord(lss.options, u"consistencyGroup"_s));
    group->setToolTip(tr("The pairs of this LSS freeze together with the other members when one cannot update its "
                         "secondary."));
    auto* xrc = new QSpinBox(dialog);
    xrc->setEnabled(false);
    xrc->setToolTip(tr("Does not apply to Open Systems."));
    auto* concopy = new QSpinBox(dialog);
    concopy->setEnabled(false);
    concopy->setToolTip(tr("Does not apply to Open Systems."));
    auto* timeout = new QSpinBox(dialog);
    timeout->setObjectName(u"consistencyTimeoutSpinBox"_s);
    timeout->setRange(0, 86400);
    timeout->setSuffix(tr(" s"));
    timeout->setValue(optionValue(lss.options, u"consistencyTimeout"_s, u"120"_s).toInt());
    timeout->setToolTip(tr("How long write I/O is withheld from the devices of a consistency group."));
    form->addRow(heavy);
    form->addRow(group);
    form->addRow(tr("XRC Session Time Out:"), xrc);
    form->addRow(tr("CONCOPY Session Time Out:"), concopy);
    form->addRow(tr("PPRC Consistency Time Out:"), timeout);
    dialog->content()->addLayout(form);
    dialog->setRequests([serial, number = lss.number, heavy, group, timeout] {
        return QList<CommandRequest> {{u"essSetLss"_s,
            {{u"subsystem"_s, serial}, {u"lss"_s, QString::number(number)}, {u"criticalHeavy"_s, heavy->isChecked()},
                {u"consistencyGroup"_s, group->isChecked()}, {u"consistencyTimeout"_s, timeout->value()}}}};
    });
    m_properties = dialog;
    dialog->open();
}

bool StorageServersPanel::findLss(const QString& address)
{
    static const QRegularExpression pattern(u"^\\s*(?:2105:)?([0-9A-Za-z]{5})\\s*[: ]\\s*(\\d{1,2})\\s*$"_s);
    const QRegularExpressionMatch m = pattern.match(address);
    if (!m.hasMatch() || !m_snapshot) {
        return false;
    }
    const Configuration& config = m_snapshot->config;
    const Subsystem* server = config.subsystemByName(m.captured(1).toUpper());
    const Array* lss = server && isEss(*server) ? config.arrayByNumber(server->id, m.captured(2).toInt()) : nullptr;
    if (lss == nullptr) {
        return false;
    }
    if (m_copyOnly && lssCopyRole(config, lss->id) == CopyRole::None) {
        setCopyOnly(false);
    }
    return selectLss(lss->id);
}

void StorageServersPanel::openFind()
{
    if (m_find) {
        return;
    }
    auto* dialog = new QDialog(this);
    dialog->setObjectName(u"essFindLssDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Find logical storage server"));
    auto* layout = new QVBoxLayout(dialog);
    auto* form = new QFormLayout;
    auto* edit = new QLineEdit(dialog);
    edit->setObjectName(u"findLssLineEdit"_s);
    edit->setPlaceholderText(tr("ESS serial and LSS number, e.g. 12019:22"));
    form->addRow(tr("LSS:"), edit);
    layout->addLayout(form);
    QLabel* error = makeMessageLabel(u"errorLabel"_s, MessageKind::Error, dialog);
    layout->addWidget(error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    QPushButton* findButton = buttons->addButton(tr("Find"), QDialogButtonBox::AcceptRole);
    findButton->setObjectName(u"findButton"_s);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, edit, error] {
        if (findLss(edit->text())) {
            dialog->accept();
        } else {
            showMessage(error, tr("There is no LSS %1 in the Copy Services domain.").arg(edit->text().trimmed()));
        }
    });
    m_find = dialog;
    dialog->open();
}

void StorageServersPanel::openFilter()
{
    auto* dialog = new QDialog(this);
    dialog->setObjectName(u"essFilterDevicesDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Filter devices"));
    auto* layout = new QVBoxLayout(dialog);
    auto* servers = new QCheckBox(tr("Show physical and logical storage servers"), dialog);
    servers->setChecked(true);
    servers->setEnabled(false);
    auto* open = new QCheckBox(tr("Open Systems devices only"), dialog);
    open->setChecked(true);
    open->setEnabled(false);
    open->setToolTip(tr("The Copy Services domain has Open Systems LSSs only."));
    auto* copyOnly = new QCheckBox(tr("Only LSSs containing volumes currently in a copy relationship"), dialog);
    copyOnly->setObjectName(u"copyOnlyCheckBox"_s);
    copyOnly->setChecked(m_copyOnly);
    layout->addWidget(servers);
    layout->addWidget(open);
    layout->addWidget(copyOnly);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"okButton"_s);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, copyOnly] {
        setCopyOnly(copyOnly->isChecked());
        dialog->accept();
    });
    dialog->open();
}

bool StorageServersPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_tree->viewport() && event->type() == QEvent::MouseButtonPress) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        QTreeWidgetItem* item = m_tree->itemAt(mouse->position().toPoint());
        if (item != nullptr && item->parent() != nullptr) {
            const ObjectId id = item->data(0, IdRole).toLongLong();
            m_tree->setCurrentItem(item);
            lssPressed(id, mouse->button());
            return mouse->button() == Qt::RightButton; // a left press also selects the row as usual
        }
    }
    return QWidget::eventFilter(watched, event);
}

void StorageServersPanel::lssPressed(ObjectId lssId, Qt::MouseButton button)
{
    if (m_wizard || !m_snapshot) {
        return;
    }
    if (button == Qt::LeftButton) {
        m_sourceLss = lssId;
        m_targetLss = 0;
    } else if (button == Qt::RightButton) {
        if (lssId == m_targetLss && m_sourceLss != 0) {
            auto* wizard = new TaskWizard(m_snapshot, lssPairs(m_snapshot->config, m_sourceLss, m_targetLss), this);
            wizard->setAttribute(Qt::WA_DeleteOnClose);
            wizard->setWindowModality(Qt::WindowModal);
            connectTaskWizard(wizard, m_connection, [this] {
                m_sourceLss = 0;
                m_targetLss = 0;
                rebuild();
            });
            m_wizard = wizard;
            wizard->open();
            return;
        }
        m_targetLss = lssId == m_sourceLss ? 0 : lssId;
    }
    rebuild();
}

QList<VolumePair> StorageServersPanel::lssPairs(const Configuration& config, ObjectId sourceLss, ObjectId targetLss)
{
    QHash<int, ObjectId> targets;
    for (const LogicalDrive& v : volumesOf(config, targetLss)) {
        targets.insert(volumeNumber(v), v.id);
    }
    QList<VolumePair> pairs;
    for (const LogicalDrive& v : volumesOf(config, sourceLss)) {
        if (const ObjectId t = targets.value(volumeNumber(v)); t != 0) {
            pairs.append({v.id, t});
        }
    }
    return pairs;
}

void StorageServersPanel::setCopyOnly(bool on)
{
    m_copyOnly = on;
    rebuild();
}

} // namespace Copyline::EssUi
