// SPDX-License-Identifier: GPL-3.0-or-later
#include "csmaddcopysetswizard.h"

#include "common/messagelabel.h"
#include "dialogs/equivalentcommanddialog.h"
#include "dialogs/filedialog.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Copyline::CsmUi
{

namespace
{

constexpr qint64 kMaxCsvBytes = 4 << 20;

/** "H1: ESS:2105.12019:VOL:0001 → H2: ..." for one copy set. */
QString copySetText(const QJsonObject& copySet, const QStringList& roles)
{
    QStringList parts;
    for (const QString& role : roles) {
        if (copySet.contains(role)) {
            parts << u"%1: %2"_s.arg(role, copySet.value(role).toString());
        }
    }
    return parts.join(u"  ·  "_s);
}

} // namespace

// --- Source ----------------------------------------------------------------------------------------------------

CsmSourcePage::CsmSourcePage(AddCopySetsWizard* wizard)
    : m_wizard(wizard)
{
    setObjectName(u"csmSourcePage"_s);
    setTitle(tr("Add Copy Sets"));
    setSubTitle(tr("Choose the volumes of each role of the copy sets, or import copy sets from a CSV file "
                   "(Export Copy Set writes one in this format)."));
    auto* layout = new QVBoxLayout(this);
    m_roles = new QRadioButton(tr("&Select the volumes for each role (%1)").arg(wizard->roles().join(u", "_s)), this);
    m_roles->setObjectName(u"csmByRoleRadio"_s);
    m_csv = new QRadioButton(tr("&Use a CSV file"), this);
    m_csv->setObjectName(u"csmUseCsvRadio"_s);
    m_roles->setChecked(true);
    auto* group = new QButtonGroup(this);
    group->addButton(m_roles);
    group->addButton(m_csv);
    layout->addWidget(m_roles);
    layout->addWidget(m_csv);
    auto* fileRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(u"csmCsvPathEdit"_s);
    m_path->setPlaceholderText(tr("CSV file"));
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(u"csmCsvBrowseButton"_s);
    fileRow->addSpacing(24);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);
    layout->addLayout(fileRow);
    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(u"csmCsvPreview"_s);
    m_preview->setPlaceholderText(tr("The file's content: \"#\" comment lines, the role header (e.g. H1,H2), then "
                                     "one copy set per line. It can be edited here before the import."));
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    layout->addWidget(m_preview, 1);
    m_error = makeMessageLabel(u"csmSourceError"_s, MessageKind::Error, this);
    layout->addWidget(m_error);

    connect(m_roles, &QRadioButton::toggled, this, &CsmSourcePage::updateMode);
    connect(m_browse, &QPushButton::clicked, this, [this]() {
        const QString path = FileDialog::getOpenFileName(
            this, tr("Import Copy Sets"), m_path->text(), tr("CSV files (*.csv);;All files (*)"));
        if (!path.isEmpty()) {
            loadFile(path);
        }
    });
    connect(m_path, &QLineEdit::editingFinished, this, [this]() {
        if (!m_path->text().trimmed().isEmpty() && m_preview->toPlainText().isEmpty()) {
            loadFile(m_path->text().trimmed());
        }
    });
    connect(m_preview, &QPlainTextEdit::textChanged, this, &QWizardPage::completeChanged);
    updateMode();
}

CsmSourcePage::~CsmSourcePage() = default;

bool CsmSourcePage::useCsv() const
{
    return m_csv->isChecked();
}

QString CsmSourcePage::csvText() const
{
    return m_preview->toPlainText();
}

void CsmSourcePage::loadFile(const QString& path)
{
    m_path->setText(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        showMessage(m_error, tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    if (file.size() > kMaxCsvBytes) {
        showMessage(m_error, tr("%1 is too large for a copy set file.").arg(path));
        return;
    }
    showMessage(m_error, {});
    m_preview->setPlainText(QString::fromUtf8(file.readAll()));
}

void CsmSourcePage::updateMode()
{
    const bool csv = m_csv->isChecked();
    m_path->setEnabled(csv);
    m_browse->setEnabled(csv);
    m_preview->setEnabled(csv);
    Q_EMIT completeChanged();
}

bool CsmSourcePage::isComplete() const
{
    return !useCsv() || !csvText().trimmed().isEmpty();
}

bool CsmSourcePage::validatePage()
{
    if (useCsv() && csvText().trimmed().isEmpty()) {
        showMessage(m_error, tr("Choose a CSV file, or select the volumes for each role."));
        return false;
    }
    showMessage(m_error, {});
    return true;
}

int CsmSourcePage::nextId() const
{
    return useCsv() ? AddCopySetsWizard::ConfirmPage : AddCopySetsWizard::FirstRolePage;
}

// --- One role --------------------------------------------------------------------------------------------------

CsmRolePage::CsmRolePage(AddCopySetsWizard* wizard, const QString& role, int index)
    : m_wizard(wizard)
    , m_role(role)
    , m_index(index)
{
    setObjectName(u"csmRolePage_"_s + role);
    setTitle(tr("Choose %1").arg(role));
    setSubTitle(index == 0
            ? tr("Choose the storage system and the volumes of role %1; each one starts a copy set.").arg(role)
            : tr("Choose the storage system and the volumes of role %1, as many as for H1; they are "
                 "matched in the order shown.")
                  .arg(role));
    auto* layout = new QVBoxLayout(this);
    m_where = new QLabel(this);
    m_where->setWordWrap(true);
    layout->addWidget(m_where);
    auto* form = new QFormLayout;
    m_device = new QComboBox(this);
    m_device->setObjectName(u"csmRoleDeviceCombo"_s);
    m_device->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    form->addRow(tr("&Storage system:"), m_device);
    layout->addLayout(form);
    auto* volumesLabel = new QLabel(tr("&Volumes:"), this);
    layout->addWidget(volumesLabel);
    m_volumes = new QListWidget(this);
    m_volumes->setObjectName(u"csmRoleVolumeList"_s);
    m_volumes->setSelectionMode(QAbstractItemView::ExtendedSelection);
    volumesLabel->setBuddy(m_volumes);
    layout->addWidget(m_volumes, 1);
    m_error = makeMessageLabel(u"csmRoleError"_s, MessageKind::Error, this);
    layout->addWidget(m_error);

    connect(m_device, &QComboBox::currentIndexChanged, this, &CsmRolePage::updateVolumes);
    connect(m_volumes, &QListWidget::itemSelectionChanged, this, [this]() {
        showMessage(m_error, {});
        Q_EMIT completeChanged();
    });
    connect(wizard, &AddCopySetsWizard::devicesArrived, this, &CsmRolePage::updateDevices);
    connect(wizard, &AddCopySetsWizard::volumesArrived, this, [this](const QString& device) {
        if (device == m_device->currentData().toString()) {
            updateVolumes();
        }
    });
    updateDevices();
}

CsmRolePage::~CsmRolePage() = default;

void CsmRolePage::initializePage()
{
    updateDevices();
}

void CsmRolePage::updateDevices()
{
    const QString location = m_wizard->locationOf(m_role);
    const int site = roleSite(m_role);
    m_where->setText(location.isEmpty()
            ? tr("%1 is a volume of site %2; the session gives the site no location, so every storage system of the "
                 "session type is offered.")
                  .arg(m_role)
                  .arg(site)
            : tr("%1 is a volume of site %2, at location \"%3\": only the storage systems there are offered.")
                  .arg(m_role)
                  .arg(site)
                  .arg(location));
    const QString current = m_device->currentData().toString();
    const QSignalBlocker blocker(m_device);
    m_device->clear();
    for (const WizardDevice& d : m_wizard->devices()) {
        const bool typeFits = m_wizard->type().devtypes.isEmpty() || m_wizard->type().devtypes.contains(d.devtype);
        if (typeFits && (location.isEmpty() || d.location == location)) {
            m_device->addItem(u"%1 (%2)"_s.arg(d.subsystem, d.id), d.id);
        }
    }
    if (const int i = m_device->findData(current); i >= 0) {
        m_device->setCurrentIndex(i);
    }
    if (m_wizard->devicesLoaded() && m_device->count() == 0) {
        showMessage(m_error,
            location.isEmpty() ? tr("No storage system of this session type is connected to Copy Services Manager.")
                               : tr("No storage system of this session type is at location \"%1\". An administrator "
                                    "can set a storage system's location, or change the session's site locations.")
                                     .arg(location));
    }
    updateVolumes();
}

void CsmRolePage::updateVolumes()
{
    const QString device = m_device->currentData().toString();
    QStringList selected = selectedVolumes();
    m_volumes->clear();
    if (device.isEmpty()) {
        Q_EMIT completeChanged();
        return;
    }
    if (!m_wizard->volumesLoaded(device)) {
        m_wizard->volumes(device); // asks; volumesArrived() comes back here
        auto* wait = new QListWidgetItem(tr("Reading the volumes…"), m_volumes);
        wait->setFlags(Qt::NoItemFlags);
        Q_EMIT completeChanged();
        return;
    }
    const QList<WizardVolume> volumes = m_wizard->volumes(device);
    for (const WizardVolume& v : volumes) {
        QString text = u"%1   %2   %3"_s.arg(v.id, v.name, CsmTexts::capacity(v.capacity));
        if (!v.sessions.isEmpty()) {
            text += u"   "_s + tr("(in session %1)").arg(v.sessions.join(u", "_s));
        }
        auto* item = new QListWidgetItem(text, m_volumes);
        item->setData(Qt::UserRole, v.id);
        item->setSelected(selected.contains(v.id));
    }
    if (volumes.isEmpty()) {
        auto* none = new QListWidgetItem(tr("This storage system has no volumes."), m_volumes);
        none->setFlags(Qt::NoItemFlags);
    }
    Q_EMIT completeChanged();
}

QStringList CsmRolePage::selectedVolumes() const
{
    QStringList ids;
    for (int i = 0; i < m_volumes->count(); ++i) {
        if (m_volumes->item(i)->isSelected() && !m_volumes->item(i)->data(Qt::UserRole).toString().isEmpty()) {
            ids.append(m_volumes->item(i)->data(Qt::UserRole).toString());
        }
    }
    return ids;
}

bool CsmRolePage::selectVolume(const QString& id)
{
    for (int i = 0; i < m_volumes->count(); ++i) {
        if (m_volumes->item(i)->data(Qt::UserRole).toString() == id) {
            m_volumes->item(i)->setSelected(true);
            return true;
        }
    }
    return false;
}

bool CsmRolePage::isComplete() const
{
    return !selectedVolumes().isEmpty();
}

bool CsmRolePage::validatePage()
{
    const int mine = static_cast<int>(selectedVolumes().size());
    if (m_index > 0) {
        const int first = static_cast<int>(m_wizard->rolePage(0)->selectedVolumes().size());
        if (mine != first) {
            showMessage(m_error,
                tr("%1 volume(s) are selected for %2 and %3 for %4: select as many for %4 as for %2, one per copy set.")
                    .arg(first)
                    .arg(m_wizard->roles().value(0))
                    .arg(mine)
                    .arg(m_role));
            return false;
        }
    }
    // One volume cannot play two roles of one copy set.
    for (int i = 0; i < m_index; ++i) {
        const QStringList earlier = m_wizard->rolePage(i)->selectedVolumes();
        for (const QString& id : selectedVolumes()) {
            if (earlier.contains(id)) {
                showMessage(m_error,
                    tr("%1 is already chosen for %2; choose another volume for %3.")
                        .arg(id, m_wizard->roles().value(i), m_role));
                return false;
            }
        }
    }
    showMessage(m_error, {});
    return true;
}

// --- Matching --------------------------------------------------------------------------------------------------

CsmMatchingPage::CsmMatchingPage(AddCopySetsWizard* wizard)
    : m_wizard(wizard)
{
    setObjectName(u"csmMatchingPage"_s);
    setTitle(tr("Matching"));
    setSubTitle(tr("Copy Services Manager checks the volumes and the sites of each copy set."));
    auto* layout = new QVBoxLayout(this);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"csmMatchingResults"_s);
    m_tree->setRootIsDecorated(false);
    m_tree->setWordWrap(true);
    QStringList headers = wizard->roles();
    headers << tr("Result") << tr("Warnings");
    m_tree->setHeaderLabels(headers);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    layout->addWidget(m_tree, 1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"csmMatchingSummary"_s);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
}

CsmMatchingPage::~CsmMatchingPage() = default;

void CsmMatchingPage::initializePage()
{
    m_tree->clear();
    m_ok = {};
    m_warnings.clear();
    m_answered = false;
    m_summary->setText(tr("Matching…"));
    Q_EMIT completeChanged();
    const quint64 generation = ++m_generation;
    const QJsonArray candidates = m_wizard->candidates();
    m_wizard->controller()->run(u"csmMatchCopySets"_s,
        {{u"session"_s, m_wizard->session()}, {u"copySets"_s, candidates}}, this,
        [this, generation, candidates](const CommandResult& r) {
            if (generation != m_generation) {
                return;
            }
            m_answered = true;
            if (!r.ok()) {
                m_summary->setText(tr("The copy sets cannot be matched: %1\nGo Back to change the volumes.")
                                       .arg(r.error.localizedMessage()));
                Q_EMIT completeChanged();
                return;
            }
            const QStringList roles = m_wizard->roles();
            int failed = 0;
            for (const QJsonValue& v : r.data.value(u"matches"_s).toArray()) {
                const QJsonObject match = v.toObject();
                auto* item = new QTreeWidgetItem(m_tree);
                QJsonObject copySet;
                for (int c = 0; c < roles.size(); ++c) {
                    item->setText(c, match.value(roles[c]).toString());
                    copySet.insert(roles[c], match.value(roles[c]));
                }
                const bool ok = match.value(u"ok"_s).toBool();
                const QString problem = match.value(u"problem"_s).toString();
                item->setText(static_cast<int>(roles.size()), ok ? tr("Matched") : tr("Not valid: %1").arg(problem));
                QStringList warnings;
                for (const QJsonValue& w : match.value(u"warnings"_s).toArray()) {
                    warnings.append(w.toString());
                }
                item->setText(static_cast<int>(roles.size()) + 1, warnings.join(u'\n'));
                item->setToolTip(static_cast<int>(roles.size()) + 1, warnings.join(u'\n'));
                m_warnings.append(warnings);
                if (ok) {
                    m_ok.append(copySet);
                } else {
                    ++failed;
                }
            }
            QString text = tr("%n copy set(s) matched.", nullptr, static_cast<int>(m_ok.size()));
            if (failed > 0) {
                text += u' ' + tr("%n cannot be added (see Result); go Back to choose other volumes.", nullptr, failed);
            }
            if (!m_warnings.isEmpty()) {
                text += u' '
                    + tr("Warnings can be ignored: a volume in another session is copied by both, which is "
                         "allowed.");
            }
            m_summary->setText(text);
            Q_EMIT completeChanged();
        });
}

bool CsmMatchingPage::isComplete() const
{
    return m_answered && !m_ok.isEmpty();
}

// --- Select Copy Sets ------------------------------------------------------------------------------------------

CsmSelectPage::CsmSelectPage(AddCopySetsWizard* wizard)
    : m_wizard(wizard)
{
    setObjectName(u"csmSelectPage"_s);
    setTitle(tr("Select Copy Sets"));
    setSubTitle(tr("Check the copy sets to add to session %1.").arg(wizard->session()));
    auto* layout = new QVBoxLayout(this);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"csmSelectCopySetsList"_s);
    layout->addWidget(m_list, 1);
    connect(m_list, &QListWidget::itemChanged, this, &QWizardPage::completeChanged);
}

CsmSelectPage::~CsmSelectPage() = default;

void CsmSelectPage::initializePage()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const QJsonValue& v : m_wizard->matchingPage()->acceptable()) {
        auto* item = new QListWidgetItem(copySetText(v.toObject(), m_wizard->roles()), m_list);
        item->setData(Qt::UserRole, v.toObject());
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    Q_EMIT completeChanged();
}

QJsonArray CsmSelectPage::chosen() const
{
    QJsonArray sets;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked) {
            sets.append(m_list->item(i)->data(Qt::UserRole).toJsonObject());
        }
    }
    return sets;
}

bool CsmSelectPage::isComplete() const
{
    return !chosen().isEmpty();
}

// --- Confirm ---------------------------------------------------------------------------------------------------

CsmConfirmPage::CsmConfirmPage(AddCopySetsWizard* wizard)
    : m_wizard(wizard)
{
    setObjectName(u"csmConfirmPage"_s);
    setTitle(tr("Confirm"));
    setSubTitle(tr("Nothing happens on the storage systems until the session is started."));
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"csmConfirmSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_summary, 1);
    // Issue 18: the csmcli command that does what Add does.
    auto* equivalent = new EquivalentCommandButton([w = wizard]() { return w->equivalentCommand(); }, this);
    layout->addWidget(equivalent, 0, Qt::AlignLeft);
    setButtonText(QWizard::NextButton, tr("&Add"));
}

CsmConfirmPage::~CsmConfirmPage() = default;

void CsmConfirmPage::initializePage()
{
    if (m_wizard->sourcePage()->useCsv()) {
        const QString path = m_wizard->sourcePage()->csvPathEdit()->text();
        m_summary->setText(tr("Import the copy sets of %1 into session %2.")
                               .arg(path.isEmpty() ? tr("the CSV text") : path, m_wizard->session()));
        return;
    }
    const QJsonArray sets = m_wizard->selectPage()->chosen();
    QStringList lines;
    for (const QJsonValue& v : sets) {
        lines << u"• "_s + copySetText(v.toObject(), m_wizard->roles());
    }
    m_summary->setText(
        tr("Add %n copy set(s) to session %1:", nullptr, static_cast<int>(sets.size())).arg(m_wizard->session())
        + u"\n\n"_s + lines.join(u'\n'));
}

// --- Results ---------------------------------------------------------------------------------------------------

CsmResultsPage::CsmResultsPage(AddCopySetsWizard* wizard)
    : m_wizard(wizard)
{
    setObjectName(u"csmResultsPage"_s);
    setTitle(tr("Results"));
    auto* layout = new QVBoxLayout(this);
    m_result = new QLabel(this);
    m_result->setObjectName(u"csmResultsLabel"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_result, 1);
    setFinalPage(true);
}

CsmResultsPage::~CsmResultsPage() = default;

void CsmResultsPage::initializePage()
{
    if (m_succeeded) {
        return; // added already: Back and Next again add nothing twice
    }
    m_done = false;
    m_result->setText(tr("Adding the copy sets…"));
    Q_EMIT completeChanged();
    const CommandRequest request = m_wizard->request();
    m_wizard->controller()->run(request.name, request.args, this, [this](const CommandResult& r) {
        m_done = true;
        if (!r.ok()) {
            m_result->setText(tr("No copy set was added:\n%1\n\nGo Back to change your choices; they are kept.")
                                  .arg(r.error.localizedMessage()));
            Q_EMIT completeChanged();
            return;
        }
        m_succeeded = true;
        const int added = r.data.value(u"added"_s).toInt(r.data.value(u"imported"_s).toInt());
        QString text = tr("Add copy sets complete") + u"\n\n"_s
            + tr("%n copy set(s) added to session %1.", nullptr, added).arg(m_wizard->session());
        QStringList warnings;
        for (const QJsonValue& w : r.data.value(u"warnings"_s).toArray()) {
            warnings.append(w.toString());
        }
        if (!warnings.isEmpty()) {
            text += u"\n\n"_s + tr("Warnings:") + u"\n"_s + warnings.join(u'\n');
        }
        m_result->setText(text);
        Q_EMIT m_wizard->copySetsAdded(
            tr("%n copy set(s) added to session %1.", nullptr, added).arg(m_wizard->session()));
        m_wizard->controller()->refresh();
        Q_EMIT completeChanged();
    });
}

bool CsmResultsPage::isComplete() const
{
    return m_done;
}

// --- The wizard ------------------------------------------------------------------------------------------------

CommandRequest AddCopySetsWizard::request() const
{
    if (m_source->useCsv()) {
        return {u"csmImportCsv"_s, {{u"session"_s, m_session}, {u"text"_s, m_source->csvText()}}};
    }
    return {u"csmAddCopySets"_s, {{u"session"_s, m_session}, {u"copySets"_s, m_select->chosen()}}};
}

EquivalentCommand AddCopySetsWizard::equivalentCommand() const
{
    if (!m_source->useCsv()) {
        return csmcliCommand({request()});
    }
    // csmcli imports a file: the same only while the text is still the file's.
    const QString path = m_source->csvPathEdit()->text().trimmed();
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly | QIODevice::Text)
        || QString::fromUtf8(file.read(kMaxCsvBytes + 1)) != m_source->csvText()) {
        return {};
    }
    return csmcliCommand({{u"csmImportCsv"_s, {{u"session"_s, m_session}, {u"file"_s, path}}}});
}

AddCopySetsWizard::AddCopySetsWizard(CsmController* controller, const QString& session, QWidget* parent)
    : QWizard(parent)
    , m_controller(controller)
    , m_session(session)
{
    setObjectName(u"csmAddCopySetsWizard"_s);
    setWindowTitle(tr("Add Copy Sets — %1").arg(session));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, false);
    const SessionRow* row = controller->session(session);
    if (row != nullptr) {
        m_locations = row->locations;
        if (const SessionType* t = controller->type(row->type)) {
            m_type = *t;
        }
    }
    if (m_type.roles.isEmpty()) {
        m_type.roles = {u"H1"_s, u"H2"_s};
    }
    m_source = new CsmSourcePage(this);
    setPage(SourcePage, m_source);
    for (int i = 0; i < m_type.roles.size(); ++i) {
        auto* page = new CsmRolePage(this, m_type.roles[i], i);
        m_rolePages.append(page);
        setPage(FirstRolePage + i, page);
    }
    // The last role page leads to Matching: QWizard's default next page is the next higher id.
    m_matching = new CsmMatchingPage(this);
    setPage(MatchingPage, m_matching);
    m_select = new CsmSelectPage(this);
    setPage(SelectPage, m_select);
    m_confirm = new CsmConfirmPage(this);
    setPage(ConfirmPage, m_confirm);
    m_results = new CsmResultsPage(this);
    setPage(ResultsPage, m_results);
    setStartId(SourcePage);
    resize(760, 540);

    controller->run(u"csmListDevices"_s, {}, this, [this](const CommandResult& r) {
        m_devicesLoaded = true;
        m_devices.clear();
        for (const QJsonValue& v : r.data.value(u"devices"_s).toArray()) {
            const QJsonObject o = v.toObject();
            m_devices.append(
                {o.value(u"id"_s).toString(), o.value(u"subsystem"_s).toString(), o.value(u"deviceType"_s).toString(),
                    o.value(u"devtype"_s).toString(), o.value(u"location"_s).toString()});
        }
        Q_EMIT devicesArrived();
    });
}

AddCopySetsWizard::~AddCopySetsWizard() = default;

QString AddCopySetsWizard::locationOf(const QString& role) const
{
    return m_locations.value(roleSite(role) - 1);
}

QList<WizardVolume> AddCopySetsWizard::volumes(const QString& device)
{
    if (m_volumes.contains(device)) {
        return m_volumes.value(device);
    }
    if (!m_volumesAsked.contains(device)) {
        m_volumesAsked.insert(device);
        m_controller->run(u"csmListVolumes"_s, {{u"device"_s, device}}, this, [this, device](const CommandResult& r) {
            QList<WizardVolume> list;
            for (const QJsonValue& v : r.data.value(u"volumes"_s).toArray()) {
                const QJsonObject o = v.toObject();
                QStringList sessions;
                for (const QJsonValue& s : o.value(u"sessions"_s).toArray()) {
                    sessions.append(s.toString());
                }
                list.append({o.value(u"id"_s).toString(), o.value(u"name"_s).toString(),
                    o.value(u"capacity"_s).toInteger(), sessions});
            }
            m_volumes.insert(device, list);
            Q_EMIT volumesArrived(device);
        });
    }
    return {};
}

QJsonArray AddCopySetsWizard::candidates() const
{
    QJsonArray sets;
    const QStringList first = m_rolePages.isEmpty() ? QStringList() : m_rolePages.first()->selectedVolumes();
    for (int i = 0; i < first.size(); ++i) {
        QJsonObject set;
        for (const CsmRolePage* page : m_rolePages) {
            const QStringList ids = page->selectedVolumes();
            if (i < ids.size()) {
                set.insert(page->role(), ids[i]);
            }
        }
        sets.append(set);
    }
    return sets;
}

} // namespace Copyline::CsmUi
