// SPDX-License-Identifier: GPL-3.0-or-later
// How the ESS panels change the engine: by submitting commands, one after another, never by touching state.
#pragma once

#include "api/connection.h"

#include <functional>

namespace Copyline::EssUi
{

class TaskWizard;

/**
 * Submits @p requests one after another, each once the previous one succeeded, and calls @p done with an empty text
 * when all succeeded, or with the engine's message of the first failure (the rest are not submitted). Nothing is
 * called back once @p context is gone.
 */
void submitInOrder(EngineConnection* connection,
    QList<CommandRequest> requests,
    QObject* context,
    std::function<void(const QString& error)> done);

/** Makes @p wizard's Run and Save submit its requests over @p connection; @p succeeded runs after either worked. */
void connectTaskWizard(TaskWizard* wizard, EngineConnection* connection, std::function<void()> succeeded);

} // namespace Copyline::EssUi
