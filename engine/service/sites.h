// SPDX-License-Identifier: GPL-3.0-or-later
// What a family uses of the engines per site (issue 17, enginesites.cpp) beyond Engine's own interface: asking a
// registered peer, answering the requests of other engines that only the family understands (DS4000 role changes
// across engines, mirrorroles.cpp), and telling the guard of pairs across engines (Engine::proxyChange) that the
// peer agreed to the role change a command makes.
#pragma once

#include "api/error.h"
#include "service/commandcontext.h"
#include "storage/configuration.h"
#include "storage/iostatus.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QSet>

#include <chrono>
#include <functional>

namespace Copyline
{

class CommandContext;
class Engine;
class GrainBitmap;

namespace Sites
{

/**
 * Answers a request of another engine. @p peer is the sender's name here: its registered name, or the name it gives
 * itself when it is not registered. Runs on the engine thread; a failure's reason goes back to the sender.
 */
using Handler = IoStatus (*)(Engine& engine, const QString& peer, const QJsonObject& request, QJsonObject* answer);

/** Whether @p name may name a site: 1 to 30 letters, digits, '.', '_' or '-', starting with a letter or digit. */
bool isValidName(const QString& name);

/** Makes @p handler answer the Control requests whose "op" is @p op (done once, before a workspace opens). */
void handle(const QString& op, Handler handler);

/**
 * Sends @p request to the registered peer @p peer and waits for its answer: one round trip, at most 20 s. Fails
 * PeerInvalid when no peer of that name is registered or when the peer answered with a refusal (its reason), and
 * PeerUnreachable with the reason when it could not be asked.
 */
Error ask(Engine& engine, const QString& peer, const QJsonObject& request, QJsonObject* answer);

/**
 * Whether @p error (of ask()) is the peer's refusal because it was waiting for another engine's answer itself, at
 * that moment: asked again a little later, it answers.
 */
bool isBusy(const Error& error);

/** The listing of this engine's subsystems @p subsystems, as a List answer gives them: what a push names. */
QJsonArray listing(Engine& engine, const QSet<ObjectId>& subsystems);

/**
 * Brings the read-only proxies of @p peer's subsystems in @p config in line with @p listed, a push's subsystems (its
 * listing()); subsystems it leaves out stay as they are. Run inside Engine::runInternal, which may change proxies.
 */
void mergeListed(Configuration& config, const QString& peer, const QJsonArray& listed);

/** The ids of @p peer's proxies here, by the peer's own ids (what its requests name). */
struct ProxyIds
{
    QHash<ObjectId, ObjectId> subsystems;
    QHash<ObjectId, ObjectId> drives;
};
ProxyIds proxyIds(const Configuration& config, const QString& peer);

/**
 * The command of @p ctx changes the role of @p localDrive, a drive of a pair across engines, and the peer of its
 * partner agreed (it demoted its side, or took this side's record): Engine::proxyChange lets that change through.
 */
void agreeRoleChange(CommandContext& ctx, ObjectId localDrive);

/** How runOnEngineThread() ended. */
enum class Waited
{
    Done,
    TimedOut, /**< the work may still run later: what it writes must outlive the caller (a shared_ptr) */
    Gone,     /**< the engine stopped first: the work never runs */
};

/**
 * Runs @p work on @p engine's thread and waits for it at most @p limit, from another thread (a listener's, the I/O
 * pool's): never from the engine's own.
 */
Waited runOnEngineThread(
    const QPointer<Engine>& engine, std::function<void(Engine&)> work, std::chrono::milliseconds limit);

/**
 * This engine's site and replication listener and its remote engines (name, address, port, subsystems shown here):
 * what showRemoteEngines and the management protocol's "sites" message answer.
 */
QJsonObject describe(Engine& engine);

/** The grains set in @p bits as [[first, count], ...]: what a side hands over of its record of what may differ. */
QJsonArray grainRanges(const GrainBitmap& bits);
/** Sets the grains of @p ranges in @p bits (those past its size are ignored: the smaller drive bounds a pair). */
void setGrainRanges(GrainBitmap& bits, const QJsonArray& ranges);

/**
 * The remote engines as commands, for the console (whose connection carries commands only): showRemoteEngines
 * (this engine's site and listener, and its peers), and the owner's addRemoteEngine, removeRemoteEngine and
 * refreshRemoteEngine (refused over TLS to everyone, as the management protocol's "sites" message is). They run on
 * the I/O pool and wait for the engine thread, so they are not for Engine::execute() on the engine thread.
 */
QList<CommandSpec> commands();

} // namespace Sites
} // namespace Copyline
