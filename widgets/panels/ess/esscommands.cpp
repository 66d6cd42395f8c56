// SPDX-License-Identifier: GPL-3.0-or-later
#include "esscommands.h"

#include "common/messagelabel.h"
#include "common/theme.h"
#include "dialogs/equivalentcommanddialog.h"
#include "panels/ess/esstaskwizard.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <QCoreApplication>
#include <QPointer>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace Copyline::EssUi
{

EquivalentCommand equivalentOf(const SnapshotPtr& snapshot, const QList<CommandRequest>& requests)
{
    return snapshot ? equivalentCommand(snapshot->config, 0, requests) : EquivalentCommand {};
}

EquivalentCommand rsExecuteTaskCommand(const QStringList& names)
{
    // Where the ESS Copy Services user's name goes: the console does not know which user the administrator uses.
    static constexpr QLatin1StringView kUserPlaceholder {"<user>"};
    EquivalentCommand command;
    command.tool = u"rsExecuteTask.sh"_s;
    command.toolWorkspaceOption = u"-s"_s;
    command.toolCommands.append(
        QStringList {u"-u"_s, QString(kUserPlaceholder), u"-p"_s, QString(kPasswordPlaceholder)} + names);
    return command;
}

void submitInOrder(EngineConnection* connection,
    QList<CommandRequest> requests,
    QObject* context,
    std::function<void(const QString& error)> done)
{
    if (connection == nullptr) {
        done(QCoreApplication::translate("Copyline::EssUi::EssTexts", "The console is not connected to an engine."));
        return;
    }
    if (requests.isEmpty()) {
        done({});
        return;
    }
    const CommandRequest first = requests.takeFirst();
    const QPointer<EngineConnection> guard(connection);
    connection->submit(first, context,
        [guard, rest = std::move(requests), context, done = std::move(done)](const CommandResult& result) mutable {
            if (!result.ok()) {
                done(result.error.localizedMessage());
                return;
            }
            if (!guard) {
                done({});
                return;
            }
            submitInOrder(guard, std::move(rest), context, std::move(done));
        });
}

void connectTaskWizard(TaskWizard* wizard, EngineConnection* connection, std::function<void()> succeeded)
{
    const auto finish = [wizard, succeeded](const QString& error) {
        if (!error.isEmpty()) {
            wizard->showSubmitError(error);
            return;
        }
        wizard->submitSucceeded();
        if (succeeded) {
            succeeded();
        }
    };
    QObject::connect(wizard, &TaskWizard::runRequested, wizard,
        [wizard, connection, finish] { submitInOrder(connection, wizard->requests(), wizard, finish); });
    QObject::connect(wizard, &TaskWizard::saveRequested, wizard,
        [wizard, connection, finish] { submitInOrder(connection, wizard->saveRequests(), wizard, finish); });
}

RequestDialog::RequestDialog(
    EngineConnection* connection, const QString& title, const QString& objectName, QWidget* parent)
    : QDialog(parent)
    , m_connection(connection)
{
    setObjectName(objectName);
    setWindowTitle(title);
    setAttribute(Qt::WA_DeleteOnClose);
    auto* layout = new QVBoxLayout(this);
    m_content = new QVBoxLayout;
    layout->addLayout(m_content);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("hintLabel"));
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(Theme::css(QStringLiteral("color: #6b7682;")));
    m_hint->hide();
    layout->addWidget(m_hint);
    m_error = makeMessageLabel(QStringLiteral("errorLabel"), MessageKind::Error, this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("okButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RequestDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_equivalent = new EquivalentCommandButton(
        [this]() {
            if (m_connection == nullptr || !m_requests || !m_ok->isEnabled()) {
                return EquivalentCommand {};
            }
            return equivalentOf(m_connection->snapshot(), m_requests());
        },
        this);
    buttons->addButton(m_equivalent, QDialogButtonBox::HelpRole);
    layout->addWidget(buttons);
    setMinimumWidth(380);
}

RequestDialog::~RequestDialog() = default;

void RequestDialog::setValidator(std::function<QString()> validator)
{
    m_validator = std::move(validator);
    revalidate();
}

void RequestDialog::revalidate()
{
    const QString why = m_validator ? m_validator() : QString();
    m_hint->setText(why);
    m_hint->setVisible(!why.isEmpty());
    m_ok->setEnabled(why.isEmpty() && !m_busy);
}

QString RequestDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void RequestDialog::accept()
{
    if (m_busy || !m_ok->isEnabled() || !m_requests) {
        return;
    }
    m_busy = true;
    revalidate();
    showMessage(m_error, {});
    submitInOrder(m_connection, m_requests(), this, [this](const QString& error) {
        m_busy = false;
        revalidate();
        if (!error.isEmpty()) {
            showMessage(m_error, error);
            return;
        }
        QDialog::accept();
    });
}

} // namespace Copyline::EssUi
