// SPDX-License-Identifier: GPL-3.0-or-later
#include "families/csm/family.h"

#include "families/csm/csm.h"
#include "service/engine.h"

using namespace Qt::Literals::StringLiterals;

namespace Copyline::Csm
{

namespace
{

SubsystemLimits limits(const QString& model)
{
    SubsystemLimits l; // the manager has no subsystems of its own
    l.model = model;
    return l;
}

} // namespace

Error populateDemo(Engine& engine)
{
    // The seed's walkthrough in small: the storage systems connected at two site locations, and sessions Defined
    // with their copy sets, nothing started (the demonstration workspace is the same on every first start).
    const CommandResult r = engine.runInternal(0, [](CommandContext& ctx) {
        const QList<std::pair<QString, QString>> locations {{u"12019"_s, u"PRIMARY"_s}, {u"FCA31"_s, u"DR_site"_s},
            {u"64015"_s, u"PRIMARY"_s}, {u"Primary Site"_s, u"PRIMARY"_s}, {u"Secondary Site"_s, u"DR_site"_s}};
        for (const auto& [name, location] : locations) {
            if (const Subsystem* s = ctx.config.subsystemByName(name); s != nullptr && !devtypeOf(*s).isEmpty()) {
                setLocationOf(ctx.config.subsystems[s->id], location);
            }
        }
        const auto session = [&](const QString& name, const QString& type, const QString& description,
                                 const QStringList& sites, const QList<QMap<QString, QString>>& sets) {
            CsmSession s;
            s.id = ctx.config.allocateId();
            s.name = name;
            s.type = findType(type)->name;
            s.description = description;
            s.locations = sites.join(u'\n');
            s.state = u"Defined"_s;
            s.stateChanged = ctx.clock.now();
            s.options = type == u"fc"_s ? u"incremental=no backgroundCopy=yes startFlashes=yes"_s
                                        : u"production=1 direction=12"_s;
            ctx.config.csmSessions.insert(s.id, s);
            for (const auto& roles : sets) {
                CsmCopySet c;
                c.id = ctx.config.allocateId();
                c.sessionId = s.id;
                Volumes v;
                for (auto it = roles.cbegin(); it != roles.cend(); ++it) {
                    v.byRole.insert(it.key(), volumeById(ctx.config, it.value()).id);
                }
                c.h1Id = v.byRole.value(u"H1"_s);
                c.volumes = formatVolumes(v);
                ctx.config.csmCopySets.insert(c.id, c);
            }
        };
        session(u"FCtest"_s, u"fc"_s, u"FlashCopy of ESS volume 000 onto 001"_s, {u"PRIMARY"_s},
            {{{u"H1"_s, u"ESS:2105.12019:VOL:00012019"_s}, {u"T1"_s, u"ESS:2105.12019:VOL:00112019"_s}}});
        session(u"MM_Test"_s, u"mmfofb"_s, u"Metro Mirror from ESS 12019 to ESS FCA31"_s, {u"PRIMARY"_s, u"DR_site"_s},
            {{{u"H1"_s, u"ESS:2105.12019:VOL:00412019"_s}, {u"H2"_s, u"ESS:2105.FCA31:VOL:102FCA31"_s}},
                {{u"H1"_s, u"ESS:2105.12019:VOL:00512019"_s}, {u"H2"_s, u"ESS:2105.FCA31:VOL:103FCA31"_s}}});
        session(u"HDS_FC"_s, u"fc"_s, u"In-controller copy of 00:11 onto the reserved 00:21"_s, {u"PRIMARY"_s},
            {{{u"H1"_s, u"HDS:64015:VOL:00:11"_s}, {u"T1"_s, u"HDS:64015:VOL:00:21"_s}}});
        message(ctx, {}, u"IWNR1000I"_s,
            u"Copy Services Manager is ready: 3 sessions are defined. Create the first Administrator to sign in."_s);
    });
    return r.error;
}

Family family()
{
    Family f;
    f.id = QString::fromLatin1(kFamily);
    f.name = u"Copy Services Manager"_s;
    for (const auto& table : {authCommands(), deviceCommands(), sessionCommands(), copySetCommands(), haCommands()}) {
        f.commands.append(table);
    }
    f.limits = &limits;
    f.poll = &poll;
    f.restore = &restoreHa;
    f.populateDemo = &populateDemo;
    return f;
}

} // namespace Copyline::Csm
