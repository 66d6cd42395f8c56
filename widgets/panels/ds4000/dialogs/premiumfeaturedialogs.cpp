// SPDX-License-Identifier: GPL-3.0-or-later
#include "premiumfeaturedialogs.h"

#include "common/confirm.h"
#include "common/icons.h"
#include "common/texts.h"
#include "common/theme.h"
#include "dialogs/filedialog.h"
#include "dialogs/messagebox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

constexpr PremiumFeature kFeatures[]
    = {PremiumFeature::FlashCopy, PremiumFeature::VolumeCopy, PremiumFeature::RemoteMirror};

bool featureEnabled(const Subsystem& s, PremiumFeature feature)
{
    switch (feature) {
    case PremiumFeature::FlashCopy:
        return s.flashCopyEnabled;
    case PremiumFeature::VolumeCopy:
        return s.volumeCopyEnabled;
    case PremiumFeature::RemoteMirror:
        return s.remoteMirrorEnabled;
    }
    return false;
}

} // namespace

ListPremiumFeaturesDialog::ListPremiumFeaturesDialog(
    EngineConnection* connection, ObjectId subsystemId, QWidget* parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_subsystemId(subsystemId)
{
    setObjectName(u"listPremiumFeaturesDialog"_s);
    setWindowTitle(tr("List Premium Features"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Premium features of Storage Subsystem %1:")
                                 .arg(connection->snapshot()->config.subsystems.value(subsystemId).name),
        this);
    layout->addWidget(intro);
    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(u"featuresTableWidget"_s);
    m_table->setHorizontalHeaderLabels({tr("Premium Feature"), tr("Status", "premium feature status")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(130);
    layout->addWidget(m_table);
    auto* idRow = new QHBoxLayout;
    idRow->addWidget(new QLabel(tr("Feature Enable Identifier:"), this));
    m_identifier = new QLabel(this);
    m_identifier->setObjectName(u"identifierLabel"_s);
    m_identifier->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont mono = m_identifier->font();
    mono.setFamily(u"monospace"_s);
    mono.setStyleHint(QFont::Monospace);
    m_identifier->setFont(mono);
    idRow->addWidget(m_identifier, 1);
    layout->addLayout(idRow);
    m_error = new QLabel(this);
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setStyleSheet(Theme::css(u"QLabel { color: #b3261e; }"_s));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(u"closeButton"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_connection, &EngineConnection::snapshotChanged, this, &ListPremiumFeaturesDialog::load);
    resize(520, 300);
    load();
}

void ListPremiumFeaturesDialog::load()
{
    m_connection->submit(
        {u"showFeatures"_s, {{u"subsystemId"_s, m_subsystemId}}}, this, [this](const CommandResult& r) {
            m_loaded = true;
            m_error->setVisible(!r.ok());
            if (!r.ok()) {
                m_error->setText(r.error.localizedMessage());
                return;
            }
            m_identifier->setText(r.data.value(u"featureEnableIdentifier"_s).toString());
            const QJsonArray features = r.data.value(u"features"_s).toArray();
            m_table->setRowCount(static_cast<int>(features.size()));
            int row = 0;
            for (const auto& value : features) {
                const QJsonObject o = value.toObject();
                const auto feature
                    = parseEnum<PremiumFeature>(o.value(u"feature"_s).toString()).value_or(PremiumFeature::FlashCopy);
                const bool enabled = o.value(u"enabled"_s).toBool();
                const bool activated = o.value(u"activated"_s).toBool();
                auto* name = new QTableWidgetItem(
                    Icons::icon(Icons::forFeature(feature, enabled, activated)), Texts::featureName(feature));
                m_table->setItem(row, 0, name);
                QString state = Texts::featureState(feature, enabled, activated);
                if (!o.value(u"supported"_s).toBool(true)) {
                    state = tr("Not supported by this model");
                }
                m_table->setItem(row, 1, new QTableWidgetItem(state));
                ++row;
            }
            m_table->resizeColumnToContents(0);
        });
}

// ---------------------------------------------------------------------------------------------------------------

EnablePremiumFeatureDialog::EnablePremiumFeatureDialog(
    EngineConnection* connection, ObjectId subsystemId, QWidget* parent)
    : CommandDialog(connection, subsystemId, parent)
{
    setObjectName(u"enablePremiumFeatureDialog"_s);
    setWindowTitle(tr("Enable Premium Feature"));
    auto* layout = new QVBoxLayout;
    auto* intro = new QLabel(tr("Select the premium feature key file for Storage Subsystem %1 "
                                "(feature enable identifier %2).")
                                 .arg(subsystem().name, subsystem().featureEnableId),
        this);
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(intro);
    auto* fileRow = new QHBoxLayout;
    m_file = new QLineEdit(this);
    m_file->setObjectName(u"keyFileLineEdit"_s);
    m_file->setPlaceholderText(tr("Path of the .key file"));
    fileRow->addWidget(m_file, 1);
    auto* browseButton = new QPushButton(tr("&Browse…"), this);
    browseButton->setObjectName(u"browseButton"_s);
    fileRow->addWidget(browseButton);
    layout->addLayout(fileRow);

    auto* site = new QGroupBox(tr("Simulated activation web site"), this);
    auto* siteLayout = new QVBoxLayout(site);
    auto* siteText = new QLabel(tr("Copyline's subsystems are simulated, so Copyline stands in for the activation web "
                                   "site: it writes a key file bound to this subsystem's feature enable identifier."),
        site);
    siteText->setWordWrap(true);
    siteLayout->addWidget(siteText);
    auto* siteRow = new QHBoxLayout;
    m_generateFeature = new QComboBox(site);
    m_generateFeature->setObjectName(u"generateFeatureComboBox"_s);
    for (const PremiumFeature f : kFeatures) {
        m_generateFeature->addItem(Texts::featureName(f), enumName(f));
    }
    siteRow->addWidget(m_generateFeature, 1);
    auto* generateButton = new QPushButton(tr("&Generate Key File…"), site);
    generateButton->setObjectName(u"generateKeyButton"_s);
    siteRow->addWidget(generateButton);
    siteLayout->addLayout(siteRow);
    layout->addWidget(site);
    setContentLayout(layout);

    connect(m_file, &QLineEdit::textChanged, this, &EnablePremiumFeatureDialog::revalidate);
    connect(browseButton, &QPushButton::clicked, this, &EnablePremiumFeatureDialog::browse);
    connect(generateButton, &QPushButton::clicked, this, &EnablePremiumFeatureDialog::generate);
    setMinimumWidth(540);
    revalidate();
}

QString EnablePremiumFeatureDialog::keysFolder() const
{
    const QString workspace = snapshot()->workspacePath;
    return workspace.isEmpty() ? QDir::homePath() : QDir(workspace).filePath(u"keys"_s);
}

void EnablePremiumFeatureDialog::browse()
{
    const QString start = m_file->text().isEmpty() ? keysFolder() : m_file->text();
    const QString file = FileDialog::getOpenFileName(
        this, tr("Select Premium Feature Key File"), start, tr("Feature key files (*.key);;All files (*)"));
    if (!file.isEmpty()) {
        m_file->setText(file);
    }
}

void EnablePremiumFeatureDialog::generate()
{
    const QString feature = m_generateFeature->currentData().toString();
    QString base = subsystem().name.toLower();
    base.replace(u' ', u'-');
    const QString suggested = QDir(keysFolder()).filePath(u"%1-%2.key"_s.arg(base, feature));
    const QString file = FileDialog::getSaveFileName(
        this, tr("Save Premium Feature Key File"), suggested, tr("Feature key files (*.key)"));
    if (file.isEmpty()) {
        return;
    }
    QDir().mkpath(QFileInfo(file).absolutePath());
    submit({u"saveFeatureKey"_s, {{u"feature"_s, feature}, {u"file"_s, file}}},
        [this, file](const CommandResult&) { m_file->setText(file); });
}

QString EnablePremiumFeatureDialog::validate() const
{
    const QString file = m_file->text().trimmed();
    if (file.isEmpty()) {
        return tr("Select a key file, or generate one for this subsystem.");
    }
    if (!QFileInfo(file).isFile()) {
        return tr("The file %1 does not exist.").arg(file);
    }
    return {};
}

CommandRequest EnablePremiumFeatureDialog::request() const
{
    return {u"enableFeature"_s, {{u"file"_s, m_file->text().trimmed()}}};
}

// ---------------------------------------------------------------------------------------------------------------

DisablePremiumFeatureDialog::DisablePremiumFeatureDialog(
    EngineConnection* connection, ObjectId subsystemId, QWidget* parent)
    : CommandDialog(connection, subsystemId, parent)
{
    setObjectName(u"disablePremiumFeatureDialog"_s);
    setWindowTitle(tr("Disable Premium Feature"));
    auto* layout = new QVBoxLayout;
    layout->addWidget(new QLabel(tr("Select the premium feature to disable:"), this));
    m_features = new QListWidget(this);
    m_features->setObjectName(u"featureListWidget"_s);
    m_features->setIconSize({24, 24});
    layout->addWidget(m_features);
    setContentLayout(layout);
    fill();
    m_features->setCurrentRow(0);
    connect(m_features, &QListWidget::currentRowChanged, this, &DisablePremiumFeatureDialog::revalidate);
    resize(440, 300);
    revalidate();
}

void DisablePremiumFeatureDialog::fill()
{
    const QSignalBlocker blocker(m_features);
    const QString current
        = m_features->currentItem() ? m_features->currentItem()->data(Qt::UserRole).toString() : QString();
    const Subsystem s = subsystem();
    QStringList wanted;
    for (const PremiumFeature f : kFeatures) {
        if (featureEnabled(s, f)) {
            wanted.append(enumName(f));
        }
    }
    QStringList shown;
    for (int i = 0; i < m_features->count(); ++i) {
        shown.append(m_features->item(i)->data(Qt::UserRole).toString());
    }
    if (wanted == shown) {
        return; // unchanged: keep the selection as it is
    }
    m_features->clear();
    for (const PremiumFeature f : kFeatures) {
        if (!featureEnabled(s, f)) {
            continue;
        }
        auto* item = new QListWidgetItem(
            Icons::icon(Icons::forFeature(f, true, s.remoteMirrorActivated)), Texts::featureName(f), m_features);
        item->setData(Qt::UserRole, enumName(f));
        if (enumName(f) == current) {
            m_features->setCurrentItem(item);
        }
    }
}

QString DisablePremiumFeatureDialog::validate() const
{
    if (m_features->count() == 0) {
        return tr("No premium feature is enabled on this storage subsystem.");
    }
    if (m_features->currentItem() == nullptr) {
        return tr("Select the feature to disable.");
    }
    return {};
}

CommandRequest DisablePremiumFeatureDialog::request() const
{
    return {u"disableFeature"_s, {{u"feature"_s, m_features->currentItem()->data(Qt::UserRole).toString()}}};
}

void DisablePremiumFeatureDialog::onSnapshotChanged()
{
    fill();
    revalidate();
}

void DisablePremiumFeatureDialog::accept()
{
    if (isBusy() || !validate().isEmpty()) {
        return;
    }
    const QString feature = m_features->currentItem()->text();
    const bool answer = Confirm::ask(this, Consequence::ChangesState, tr("Disable Premium Feature"),
        tr("Disabling a premium feature is not recommended. Existing objects keep working, but no new ones can be "
           "created, and enabling the feature again requires its key file.\n\nAre you sure you want to disable %1?")
            .arg(feature));
    if (answer) {
        CommandDialog::accept();
    }
}

} // namespace Copyline
