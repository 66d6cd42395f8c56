// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/pairpushes.h"

#include "service/commandcontext.h"
#include "service/engine.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QStringList>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace Copyline::Sites
{

namespace
{

/**
 * A failed push is tried again after 1 to 5 s, at random: two engines that push to each other at the same moment are
 * each refused (the other waits for an answer itself, Sites::isBusy), and fixed retries would meet again each time.
 */
qint64 retryDelayMs()
{
    return QRandomGenerator::global()->bounded(1000, 5000);
}

} // namespace

PairPushes::PairPushes(QString toldSetting)
    : m_toldSetting(std::move(toldSetting))
{ }

void PairPushes::reset(Engine& engine)
{
    m_sent.clear();
    m_retryAt.clear();
    for (const QString& site : engine.setting(m_toldSetting).split(u',', Qt::SkipEmptyParts)) {
        m_sent.insert(site, QByteArrayLiteral("?"));
    }
}

PairPushes& PairPushes::of(Engine& engine, const QString& toldSetting)
{
    static QHash<std::pair<const Engine*, QString>, std::shared_ptr<PairPushes>> all;
    auto& p = all[{&engine, toldSetting}];
    if (!p) {
        p = std::make_shared<PairPushes>(toldSetting);
    }
    return *p;
}

void PairPushes::toldInCommand(CommandContext& ctx, const QString& site, std::function<void()> tellAgain)
{
    m_sent.insert(site, QByteArrayLiteral("?"));
    Engine& engine = ctx.engine;
    ctx.onCommit([this, &engine, site]() { rememberTold(engine, site, true); });
    ctx.onRollback(std::move(tellAgain));
}

void PairPushes::rememberTold(Engine& engine, const QString& site, bool told)
{
    QStringList sites = engine.setting(m_toldSetting).split(u',', Qt::SkipEmptyParts);
    if (sites.contains(site) == told) {
        return;
    }
    if (told) {
        sites.append(site);
    } else {
        sites.removeAll(site);
    }
    engine.setSetting(m_toldSetting, sites.join(u','));
}

void PairPushes::poll(Engine& engine,
    const std::function<QString(const Relationship&)>& siteOf,
    const std::function<QByteArray(const QString&)>& rowsFor,
    const std::function<Outcome(const QString&)>& push)
{
    QSet<QString> all;
    for (const Relationship& r : engine.configuration().relationships) {
        if (const QString site = siteOf(r); !site.isEmpty()) {
            all.insert(site);
        }
    }
    for (auto it = m_sent.cbegin(); it != m_sent.cend(); ++it) {
        all.insert(it.key());
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const QString& site : std::as_const(all)) {
        const QByteArray rows = rowsFor(site);
        const auto sent = m_sent.constFind(site);
        if ((sent != m_sent.cend() && *sent == rows) || m_retryAt.value(site, 0) > now || !engine.peer(site)) {
            continue;
        }
        const Outcome outcome = push(site);
        if (outcome == Outcome::Failed) {
            m_retryAt.insert(site, now + retryDelayMs());
            continue;
        }
        m_retryAt.remove(site);
        if (outcome == Outcome::Changed) {
            continue;
        }
        if (rows == "[]") {
            m_sent.remove(site);
            rememberTold(engine, site, false);
        } else {
            m_sent.insert(site, rows);
            rememberTold(engine, site, true);
        }
    }
}

} // namespace Copyline::Sites
