// SPDX-License-Identifier: GPL-3.0-or-later
#include "csmdialogs.h"

#include "common/confirm.h"
#include "common/messagelabel.h"
#include "dialogs/equivalentcommanddialog.h"
#include "dialogs/messagebox.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Copyline::CsmUi
{

// --- Create Session --------------------------------------------------------------------------------------------

CreateSessionDialog::CreateSessionDialog(CsmController* controller, QWidget* parent)
    : QDialog(parent)
    , m_controller(controller)
{
    setObjectName(u"csmCreateSessionDialog"_s);
    setWindowTitle(tr("Create Session"));
    auto* outer = new QVBoxLayout(this);
    m_pages = new QStackedWidget(this);
    outer->addWidget(m_pages);

    auto* formPage = new QWidget(m_pages);
    auto* formLayout = new QVBoxLayout(formPage);
    formLayout->setContentsMargins(0, 0, 0, 0);
    m_form = new QFormLayout;
    m_name = new QLineEdit(formPage);
    m_name->setObjectName(u"csmSessionNameEdit"_s);
    m_name->setMaxLength(250);
    m_name->setPlaceholderText(tr("e.g. MM_Test"));
    m_name->setToolTip(tr("Up to 250 characters: letters, digits and - _ . : starting with a letter or digit"));
    m_form->addRow(tr("Session &name:"), m_name);
    m_type = new QComboBox(formPage);
    m_type->setObjectName(u"csmSessionTypeCombo"_s);
    for (const SessionType& t : controller->types()) {
        m_type->addItem(t.name, t.name);
        m_type->setItemData(m_type->count() - 1,
            tr("Roles %1; storage systems: %2").arg(t.roles.join(u", "_s), t.devtypes.join(u", "_s).toUpper()),
            Qt::ToolTipRole);
    }
    m_form->addRow(tr("Session &type:"), m_type);
    m_description = new QLineEdit(formPage);
    m_description->setObjectName(u"csmSessionDescriptionEdit"_s);
    m_form->addRow(tr("&Description:"), m_description);
    for (int site = 1; site <= 3; ++site) {
        auto* combo = new QComboBox(formPage);
        combo->setObjectName(u"csmSiteLocationCombo%1"_s.arg(site));
        combo->setEditable(true);
        combo->setToolTip(tr("The location of site %1: only storage systems at this location can hold its "
                             "volumes")
                              .arg(site));
        combo->addItem(QString());
        m_form->addRow(tr("Site %1 location:").arg(site), combo);
        m_locations.append(combo);
    }
    formLayout->addLayout(m_form);
    m_error = makeMessageLabel(u"csmCreateSessionError"_s, MessageKind::Error, formPage);
    formLayout->addWidget(m_error);
    formLayout->addStretch(1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, formPage);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(u"csmCreateSessionOkButton"_s);
    // Issue 18: the csmcli command that does what OK does.
    buttons->addButton(new EquivalentCommandButton(
                           [this]() {
                               const auto r = request();
                               return r ? csmcliCommand({*r}) : EquivalentCommand {};
                           },
                           formPage),
        QDialogButtonBox::HelpRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &CreateSessionDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    formLayout->addWidget(buttons);
    m_pages->addWidget(formPage);

    // The success page (seed L1863): the next step is to add copy sets.
    auto* donePage = new QWidget(m_pages);
    auto* doneLayout = new QVBoxLayout(donePage);
    doneLayout->setContentsMargins(0, 0, 0, 0);
    m_success = new QLabel(donePage);
    m_success->setObjectName(u"csmCreateSessionResult"_s);
    m_success->setWordWrap(true);
    m_success->setTextInteractionFlags(Qt::TextSelectableByMouse);
    doneLayout->addWidget(m_success);
    auto* hint = new QLabel(tr("The session is Inactive and Defined: nothing happens on the storage systems until "
                               "you add copy sets and start it."),
        donePage);
    hint->setWordWrap(true);
    doneLayout->addWidget(hint);
    doneLayout->addStretch(1);
    auto* doneButtons = new QDialogButtonBox(donePage);
    m_launch = doneButtons->addButton(tr("Launch Add Copy Sets Wizard"), QDialogButtonBox::AcceptRole);
    m_launch->setObjectName(u"csmLaunchAddCopySetsButton"_s);
    QPushButton* close = doneButtons->addButton(QDialogButtonBox::Close);
    close->setObjectName(u"csmCreateSessionCloseButton"_s);
    connect(m_launch, &QPushButton::clicked, this, [this]() {
        Q_EMIT launchAddCopySets(m_created);
        accept();
    });
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    doneLayout->addWidget(doneButtons);
    m_pages->addWidget(donePage);

    connect(m_type, &QComboBox::currentIndexChanged, this, &CreateSessionDialog::updateSites);
    updateSites();

    // The locations the storage systems have (csmListDevices), offered in every site's list.
    controller->run(u"csmListDevices"_s, {}, this, [this](const CommandResult& r) {
        QStringList locations;
        for (const QJsonValue& v : r.data.value(u"devices"_s).toArray()) {
            const QString location = v.toObject().value(u"location"_s).toString();
            if (!location.isEmpty() && !locations.contains(location)) {
                locations.append(location);
            }
        }
        locations.sort(Qt::CaseInsensitive);
        for (int i = 0; i < m_locations.size(); ++i) {
            QComboBox* combo = m_locations[i];
            const QString current = combo->currentText();
            combo->addItems(locations);
            // A sensible default: the n-th location for site n.
            combo->setCurrentText(current.isEmpty() ? locations.value(i) : current);
        }
    });
    resize(520, sizeHint().height());
}

CreateSessionDialog::~CreateSessionDialog() = default;

void CreateSessionDialog::updateSites()
{
    const SessionType* t = m_controller->type(m_type->currentData().toString());
    const int sites = t != nullptr ? t->sites : 1;
    for (int i = 0; i < m_locations.size(); ++i) {
        m_form->setRowVisible(m_locations[i], i < sites);
    }
}

std::optional<CommandRequest> CreateSessionDialog::request(QString* problem) const
{
    const QString name = m_name->text().trimmed();
    const SessionType* t = m_controller->type(m_type->currentData().toString());
    if (name.isEmpty() || t == nullptr) {
        if (problem != nullptr) {
            *problem = name.isEmpty() ? tr("Enter a name for the session.") : tr("Choose a session type.");
        }
        return std::nullopt;
    }
    QJsonObject args {{u"name"_s, name}, {u"type"_s, t->name}};
    if (!m_description->text().trimmed().isEmpty()) {
        args.insert(u"description"_s, m_description->text().trimmed());
    }
    for (int site = 1; site <= t->sites && site <= m_locations.size(); ++site) {
        const QString location = m_locations[site - 1]->currentText().trimmed();
        if (!location.isEmpty()) {
            args.insert(u"site%1"_s.arg(site), location);
        }
    }
    return CommandRequest {u"csmCreateSession"_s, args};
}

void CreateSessionDialog::create()
{
    QString problem;
    const std::optional<CommandRequest> request = this->request(&problem);
    if (!request) {
        showMessage(m_error, problem);
        if (m_name->text().trimmed().isEmpty()) {
            m_name->setFocus();
        }
        return;
    }
    const QString name = request->args.value(u"name"_s).toString();
    showMessage(m_error, {});
    m_ok->setEnabled(false);
    m_controller->run(request->name, request->args, this, [this, name](const CommandResult& r) {
        m_ok->setEnabled(true);
        if (!r.ok()) {
            showMessage(m_error, r.error.localizedMessage());
            return;
        }
        m_created = name;
        const QString message = r.data.value(u"message"_s).toString();
        m_success->setText(message.isEmpty() ? tr("Session %1 was successfully created.").arg(name) : message);
        m_pages->setCurrentIndex(1);
        m_launch->setDefault(true);
        m_launch->setFocus();
        m_controller->refresh();
    });
}

// --- Remove Copy Sets ------------------------------------------------------------------------------------------

RemoveCopySetsDialog::RemoveCopySetsDialog(CsmController* controller, const QString& session, QWidget* parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_session(session)
{
    setObjectName(u"csmRemoveCopySetsDialog"_s);
    setWindowTitle(tr("Remove Copy Sets — %1").arg(session));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Select the copy sets to remove, by their source volume (H1):"), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"csmRemoveCopySetsList"_s);
    layout->addWidget(m_list, 1);
    // The copy sets as the engine has them now (csmListCopySets), by their H1.
    controller->run(u"csmListCopySets"_s, {{u"session"_s, session}}, this, [this](const CommandResult& r) {
        if (!r.ok()) {
            showMessage(m_error, r.error.localizedMessage());
            return;
        }
        for (const QJsonValue& v : r.data.value(u"copySets"_s).toArray()) {
            const CopySetRow c = CopySetRow::fromJson(v.toObject());
            QStringList others;
            for (auto it = c.volumes.constBegin(); it != c.volumes.constEnd(); ++it) {
                if (it.key() != u"H1"_s) {
                    others << u"%1: %2"_s.arg(it.key(), it.value().toString());
                }
            }
            auto* item = new QListWidgetItem(u"%1   (%2)"_s.arg(c.h1, others.join(u", "_s)), m_list);
            item->setData(Qt::UserRole, c.h1);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        updateButtons();
    });
    auto* keepBox = new QGroupBox(tr("Hardware relationships"), this);
    auto* keepLayout = new QVBoxLayout(keepBox);
    m_keepYes = new QRadioButton(tr("Yes, keep base hardware relationships on the storage system"), keepBox);
    m_keepYes->setObjectName(u"csmKeepBaseYesRadio"_s);
    m_keepNo = new QRadioButton(tr("No, remove the hardware relationships too"), keepBox);
    m_keepNo->setObjectName(u"csmKeepBaseNoRadio"_s);
    m_keepNo->setChecked(true);
    auto* group = new QButtonGroup(keepBox);
    group->addButton(m_keepYes);
    group->addButton(m_keepNo);
    keepLayout->addWidget(m_keepYes);
    keepLayout->addWidget(m_keepNo);
    layout->addWidget(keepBox);
    m_error = makeMessageLabel(u"csmRemoveCopySetsError"_s, MessageKind::Error, this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_remove = buttons->addButton(tr("&Remove"), QDialogButtonBox::AcceptRole);
    m_remove->setObjectName(u"csmRemoveCopySetsButton"_s);
    connect(m_remove, &QPushButton::clicked, this, &RemoveCopySetsDialog::remove);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_list, &QListWidget::itemChanged, this, &RemoveCopySetsDialog::updateButtons);
    updateButtons();
    resize(560, 400);
}

RemoveCopySetsDialog::~RemoveCopySetsDialog() = default;

QStringList RemoveCopySetsDialog::checkedH1() const
{
    QStringList h1;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked) {
            h1.append(m_list->item(i)->data(Qt::UserRole).toString());
        }
    }
    return h1;
}

void RemoveCopySetsDialog::updateButtons()
{
    m_remove->setEnabled(!checkedH1().isEmpty());
}

void RemoveCopySetsDialog::remove()
{
    const QStringList h1 = checkedH1();
    if (h1.isEmpty()) {
        return;
    }
    const bool keep = m_keepYes->isChecked();
    const QString what = keep ? tr("The hardware relationships stay on the storage systems.")
                              : tr("The hardware relationships are removed from the storage systems.");
    const CommandRequest request {u"csmRemoveCopySets"_s,
        {{u"session"_s, m_session}, {u"h1"_s, QJsonArray::fromStringList(h1)}, {u"keepBase"_s, keep}}};
    // The volumes keep their data either way: a plain question.
    if (!Confirm::ask(this, Consequence::ChangesState, tr("Remove Copy Sets"),
            tr("Remove %n copy set(s) from session %1?", nullptr, static_cast<int>(h1.size())).arg(m_session)
                + u"\n\n"_s + h1.join(u'\n') + u"\n\n"_s + what,
            csmcliCommand({request}))) {
        return;
    }
    showMessage(m_error, {});
    m_remove->setEnabled(false);
    m_controller->run(request.name, request.args, this, [this, h1](const CommandResult& r) {
        updateButtons();
        if (!r.ok()) {
            showMessage(m_error, r.error.localizedMessage());
            return;
        }
        const QString message = r.data.value(u"message"_s).toString();
        Q_EMIT removed(message.isEmpty()
                ? tr("%n copy set(s) removed from session %1.", nullptr, static_cast<int>(h1.size())).arg(m_session)
                : message);
        m_controller->refresh();
        accept();
    });
}

// --- View/Modify Properties ------------------------------------------------------------------------------------

SessionPropertiesDialog::SessionPropertiesDialog(CsmController* controller, const QString& session, QWidget* parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_session(session)
{
    setObjectName(u"csmPropertiesDialog"_s);
    setWindowTitle(tr("View/Modify Properties — %1").arg(session));
    const SessionRow s = controller->details().session;
    const SessionType* type = controller->type(s.type);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    auto* name = new QLabel(session, this);
    name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Name:"), name);
    form->addRow(tr("Type:"), new QLabel(s.type, this));
    form->addRow(tr("State:"), new QLabel(CsmTexts::state(s.state), this));
    m_description = new QLineEdit(s.description, this);
    m_description->setObjectName(u"csmPropertiesDescriptionEdit"_s);
    form->addRow(tr("&Description:"), m_description);
    layout->addLayout(form);
    if (type != nullptr && type->isFlashCopy()) {
        auto* options = new QGroupBox(tr("FlashCopy options"), this);
        auto* optionsLayout = new QVBoxLayout(options);
        m_incremental = new QCheckBox(tr("&Incremental"), options);
        m_incremental->setObjectName(u"csmIncrementalCheck"_s);
        m_incremental->setToolTip(tr("A later Flash copies only the tracks changed since the previous one"));
        m_incremental->setChecked(s.incremental);
        m_background = new QCheckBox(tr("&Background copy"), options);
        m_background->setObjectName(u"csmBackgroundCopyCheck"_s);
        m_background->setToolTip(tr("Copy every track in the background; without it a track is copied only when "
                                    "it is written"));
        m_background->setChecked(s.backgroundCopy);
        m_startFlashes = new QCheckBox(tr("&Start also flashes"), options);
        m_startFlashes->setObjectName(u"csmStartFlashesCheck"_s);
        m_startFlashes->setToolTip(tr("The first Start takes the point-in-time copy at once, as Flash does"));
        m_startFlashes->setChecked(s.startFlashes);
        optionsLayout->addWidget(m_incremental);
        optionsLayout->addWidget(m_background);
        optionsLayout->addWidget(m_startFlashes);
        layout->addWidget(options);
    }
    m_error = makeMessageLabel(u"csmPropertiesError"_s, MessageKind::Error, this);
    layout->addWidget(m_error);
    layout->addStretch(1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(u"csmPropertiesOkButton"_s);
    m_ok->setEnabled(controller->mayChange(session));
    // Issue 18: the csmcli command that does what OK does.
    buttons->addButton(
        new EquivalentCommandButton([this]() { return csmcliCommand({request()}); }, this), QDialogButtonBox::HelpRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &SessionPropertiesDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}

SessionPropertiesDialog::~SessionPropertiesDialog() = default;

CommandRequest SessionPropertiesDialog::request() const
{
    QJsonObject args {{u"name"_s, m_session}, {u"description"_s, m_description->text().trimmed()}};
    if (m_incremental != nullptr) {
        args.insert(u"incremental"_s, m_incremental->isChecked());
        args.insert(u"backgroundCopy"_s, m_background->isChecked());
        args.insert(u"startFlashes"_s, m_startFlashes->isChecked());
    }
    return {u"csmChangeSession"_s, args};
}

void SessionPropertiesDialog::apply()
{
    const CommandRequest request = this->request();
    showMessage(m_error, {});
    m_ok->setEnabled(false);
    m_controller->run(request.name, request.args, this, [this](const CommandResult& r) {
        m_ok->setEnabled(true);
        if (!r.ok()) {
            showMessage(m_error, r.error.localizedMessage());
            return;
        }
        Q_EMIT changed();
        m_controller->refresh();
        accept();
    });
}

} // namespace Copyline::CsmUi
