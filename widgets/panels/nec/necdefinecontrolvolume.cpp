// SPDX-License-Identifier: GPL-3.0-or-later
#include "necdefinecontrolvolume.h"

#include "common/confirm.h"
#include "common/theme.h"
#include "dialogs/equivalentcommanddialog.h"
#include "dialogs/messagebox.h"
#include "panels/nec/necdata.h"
#include "panels/nec/necoperations.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Copyline::NecUi
{

namespace
{

QTreeWidget* volumeList(const QString& name, QWidget* parent)
{
    auto* list = new QTreeWidget(parent);
    list->setObjectName(name);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setHeaderLabels({DefineControlVolumeDialog::tr("Disk No."), DefineControlVolumeDialog::tr("LDN"),
        DefineControlVolumeDialog::tr("LD Name"), DefineControlVolumeDialog::tr("Disk Array"),
        DefineControlVolumeDialog::tr("Classification")});
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    list->header()->setStretchLastSection(true);
    list->setMinimumHeight(120);
    return list;
}

} // namespace

DefineControlVolumeDialog::DefineControlVolumeDialog(
    EngineConnection* connection, const SnapshotPtr& snapshot, const QString& server, QWidget* parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_snapshot(snapshot)
    , m_server(server)
{
    setObjectName(u"necDefineControlVolumeDialog"_s);
    setWindowTitle(tr("Define Control Volume"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Server %1. A control volume is used when the server issues control I/O to the "
                                "disk array: select one logical disk for each disk array.")
                                 .arg(server),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(new QLabel(tr("Selected Volume List"), this));
    m_selected = volumeList(u"selectedVolumeList"_s, this);
    layout->addWidget(m_selected);

    auto* row = new QHBoxLayout;
    m_add = new QPushButton(tr("Add"), this);
    m_add->setObjectName(u"addButton"_s);
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(u"removeButton"_s);
    m_remove->setToolTip(tr("Takes back a logical disk added in this window"));
    row->addStretch(1);
    row->addWidget(m_add);
    row->addWidget(m_remove);
    row->addStretch(1);
    layout->addLayout(row);

    layout->addWidget(new QLabel(tr("Candidate Volume List"), this));
    m_candidates = volumeList(u"candidateVolumeList"_s, this);
    layout->addWidget(m_candidates);
    auto* note = new QLabel(tr("Do not select an RV or a link-volume (LV) for the snapshot function as a control "
                               "volume because it may enter the Not Ready state during operation."),
        this);
    note->setWordWrap(true);
    note->setStyleSheet(Theme::css(u"color: #8a5a00;"_s));
    layout->addWidget(note);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(u"okButton"_s);
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(u"cancelButton"_s);
    auto* equivalent = new EquivalentCommandButton(
        [this]() {
            const SnapshotPtr now = m_connection != nullptr ? m_connection->snapshot() : SnapshotPtr();
            return now ? equivalentCommand(now->config, 0, pendingRequests()) : EquivalentCommand {};
        },
        this);
    buttons->addButton(equivalent, QDialogButtonBox::HelpRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &DefineControlVolumeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DefineControlVolumeDialog::reject);
    layout->addWidget(buttons);

    connect(m_add, &QPushButton::clicked, this, &DefineControlVolumeDialog::addSelected);
    connect(m_remove, &QPushButton::clicked, this, &DefineControlVolumeDialog::removeSelected);
    connect(m_selected, &QTreeWidget::itemSelectionChanged, this, &DefineControlVolumeDialog::updateButtons);
    connect(m_candidates, &QTreeWidget::itemSelectionChanged, this, &DefineControlVolumeDialog::updateButtons);
    resize(620, 520);
    fill();
}

DefineControlVolumeDialog::~DefineControlVolumeDialog() = default;

void DefineControlVolumeDialog::fill()
{
    const Configuration& config = m_snapshot->config;
    m_selected->clear();
    m_candidates->clear();
    for (const CopyPath& d : disksOf(config, m_server)) {
        const LogicalDrive ld = config.logicalDrives.value(d.sourceRef);
        const bool pending = m_pending.contains(ld.name);
        auto* item = new QTreeWidgetItem(isControl(d) || pending ? m_selected : m_candidates,
            {d.targetPort, ldnOf(config, ld.id), ld.name, config.subsystems.value(ld.subsystemId).name,
                classificationOf(config, ld.id)});
        item->setData(0, Qt::UserRole, ld.name);
        item->setData(0, Qt::UserRole + 1, pending);
        if (pending) {
            QFont f = item->font(0);
            f.setItalic(true);
            for (int c = 0; c < item->columnCount(); ++c) {
                item->setFont(c, f);
            }
            item->setToolTip(2, tr("Added; saved with OK"));
        }
    }
    updateButtons();
}

void DefineControlVolumeDialog::updateButtons()
{
    m_add->setEnabled(!m_busy && !m_candidates->selectedItems().isEmpty());
    const QList<QTreeWidgetItem*> sel = m_selected->selectedItems();
    m_remove->setEnabled(!m_busy && !sel.isEmpty() && sel.first()->data(0, Qt::UserRole + 1).toBool());
    m_ok->setEnabled(!m_busy);
}

void DefineControlVolumeDialog::addSelected()
{
    const QList<QTreeWidgetItem*> sel = m_candidates->selectedItems();
    if (sel.isEmpty()) {
        return;
    }
    QTreeWidgetItem* item = sel.first();
    const QString name = item->data(0, Qt::UserRole).toString();
    const QString cls = item->text(4);
    const QString array = item->text(3);
    if (cls == u"RV"_s) {
        MessageBox::warning(this, windowTitle(),
            tr("%1 is an RV. Do not select an RV or a link-volume (LV) for the snapshot function as a control "
               "volume because it may enter the Not Ready state during operation.")
                .arg(name));
        return;
    }
    if (cls != u"IV"_s) {
        MessageBox::warning(this, windowTitle(),
            tr("%1 is an %2. Prepare a volume such as IV with which the server can properly issue I/O to the disk "
               "array.")
                .arg(name, cls));
        return;
    }
    for (int i = 0; i < m_selected->topLevelItemCount(); ++i) {
        if (m_selected->topLevelItem(i)->text(3) == array) {
            MessageBox::warning(this, windowTitle(),
                tr("You can select one logical disk for each disk array as a control volume: %1 is already "
                   "selected for disk array %2.")
                    .arg(m_selected->topLevelItem(i)->text(2), array));
            return;
        }
    }
    m_pending.append(name);
    fill();
}

void DefineControlVolumeDialog::removeSelected()
{
    const QList<QTreeWidgetItem*> sel = m_selected->selectedItems();
    if (sel.isEmpty() || !sel.first()->data(0, Qt::UserRole + 1).toBool()) {
        return;
    }
    m_pending.removeAll(sel.first()->data(0, Qt::UserRole).toString());
    fill();
}

QList<CommandRequest> DefineControlVolumeDialog::pendingRequests() const
{
    QList<CommandRequest> requests;
    for (const QString& ld : std::as_const(m_pending)) {
        requests.append({u"necDefineControlVolume"_s, {{u"server"_s, m_server}, {u"ld"_s, ld}}});
    }
    return requests;
}

void DefineControlVolumeDialog::accept()
{
    if (m_busy) {
        return;
    }
    if (!Confirm::ask(
            this, Consequence::ChangesState, windowTitle(), tr("Do you want to save definition information?"))) {
        return; // back to the Define Control Volume screen
    }
    const QList<CommandRequest> requests = pendingRequests();
    m_busy = true;
    updateButtons();
    submitInOrder(m_connection, requests, this, [this](const QString& error) {
        m_busy = false;
        updateButtons();
        if (!error.isEmpty()) {
            MessageBox::critical(this, windowTitle(), error);
            return;
        }
        m_pending.clear();
        MessageBox::information(this, windowTitle(),
            tr("The definition information has been saved. Select File > Create/Update Volume List to reflect "
               "it to the volume list."));
        QDialog::accept();
    });
}

void DefineControlVolumeDialog::reject()
{
    if (m_busy) {
        return;
    }
    // Not a change of the storage (what was picked in this window is dropped): the window's own question, not Confirm.
    if (MessageBox::question(this, windowTitle(), tr("Do you want to cancel the definition?"),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes) {
        return;
    }
    m_pending.clear();
    QDialog::reject();
}

} // namespace Copyline::NecUi
