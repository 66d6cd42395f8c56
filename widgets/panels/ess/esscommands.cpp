// SPDX-License-Identifier: GPL-3.0-or-later
#include "esscommands.h"

#include "panels/ess/esstaskwizard.h"

#include <QCoreApplication>
#include <QPointer>

#include <memory>

namespace Copyline::EssUi
{

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

} // namespace Copyline::EssUi
