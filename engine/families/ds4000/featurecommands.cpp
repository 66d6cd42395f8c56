// SPDX-License-Identifier: GPL-3.0-or-later
// Premium features: list, enable with a key file, disable (spec §2.1), and the simulated key generator.
#include "families/ds4000/commands.h"
#include "families/ds4000/models.h"
#include "families/ds4000/premiumkeys.h"
#include "service/commandcontext.h"
#include "storage/health.h"

#include <QFile>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

PremiumFeature featureArg(CommandContext& ctx)
{
    const QString text = ctx.args.string(u"feature"_s);
    const auto feature = parseEnum<PremiumFeature>(text);
    if (!feature) {
        fail(ErrorCode::FeatureUnknown, {text});
    }
    return *feature;
}

bool& enabledFlag(Subsystem& s, PremiumFeature feature)
{
    switch (feature) {
    case PremiumFeature::FlashCopy:
        return s.flashCopyEnabled;
    case PremiumFeature::VolumeCopy:
        return s.volumeCopyEnabled;
    case PremiumFeature::RemoteMirror:
        return s.remoteMirrorEnabled;
    }
    return s.flashCopyEnabled;
}

void checkSupported(const Subsystem& s, PremiumFeature feature)
{
    const auto limits = Ds4000::limits(s.model);
    if ((feature == PremiumFeature::VolumeCopy && !limits.volumeCopySupported)
        || (feature == PremiumFeature::RemoteMirror && limits.maxMirrors == 0)) {
        fail(ErrorCode::FeatureNotSupported, {PremiumKeys::displayName(feature), s.model});
    }
}

void enableFeature(CommandContext& ctx)
{
    const Subsystem s = ctx.subsystem();
    const QString path = ctx.args.string(u"file"_s);
    PremiumKeys::Key key;
    check(PremiumKeys::readKeyFile(path, &key));
    if (key.featureEnableId != s.featureEnableId) {
        fail(ErrorCode::FeatureKeyWrongSubsystem, {path, key.featureEnableId, s.featureEnableId});
    }
    checkSupported(s, key.feature);
    bool& flag = enabledFlag(ctx.config.subsystems[s.id], key.feature);
    if (flag) {
        fail(ErrorCode::FeatureAlreadyEnabled, {PremiumKeys::displayName(key.feature), s.name});
    }
    flag = true;
    ctx.data.insert(u"feature"_s, enumName(key.feature));
    ctx.logEvent(EventCode::FeatureEnabled, EventSeverity::Informational, u"Storage Subsystem %1"_s.arg(s.name),
        u"Premium feature enabled"_s,
        u"%1 enabled with key file %2."_s.arg(PremiumKeys::displayName(key.feature), path));
}

void disableFeature(CommandContext& ctx)
{
    const Subsystem s = ctx.subsystem();
    const PremiumFeature feature = featureArg(ctx);
    bool& flag = enabledFlag(ctx.config.subsystems[s.id], feature);
    if (!flag) {
        fail(ErrorCode::FeatureNotEnabled, {PremiumKeys::displayName(feature), s.name});
    }
    // Existing copies keep working after a disable; only new ones are refused (spec §2.1 "Disable semantics").
    flag = false;
    ctx.logEvent(EventCode::FeatureDisabled, EventSeverity::Informational, u"Storage Subsystem %1"_s.arg(s.name),
        u"Premium feature disabled"_s,
        u"%1 disabled. Existing objects keep working; no new ones can be created until the feature is "
        "enabled again with its key file."_s.arg(PremiumKeys::displayName(feature)));
    // With objects left, the subsystem is out of compliance (L6820-6826): said, and Needs Attention until resolved.
    if (const QString why = complianceProblem(ctx.config, s.id, feature, Ds4000::limits(s.model).maxMirrors);
        !why.isEmpty()) {
        ctx.logEvent(EventCode::FeatureOutOfCompliance, EventSeverity::Critical, u"Storage Subsystem %1"_s.arg(s.name),
            u"Premium feature out of compliance"_s, why.left(1).toUpper() + why.mid(1) + u'.', true);
    }
}

void saveFeatureKey(CommandContext& ctx)
{
    // [SIM] The activation web site: writes a key file for this subsystem's feature enable identifier.
    const Subsystem& s = ctx.subsystem();
    const PremiumFeature feature = featureArg(ctx);
    const QString path = ctx.args.string(u"file"_s);
    QSaveFile file(path);
    // A key unlocks a paid feature: readable by its owner only, wherever it is saved.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(PremiumKeys::makeKeyFile(feature, s.featureEnableId)) < 0 || !file.commit()) {
        fail(ErrorCode::FileError, {path, file.errorString()});
    }
    ctx.data.insert(u"file"_s, path);
}

void showFeatures(CommandContext& ctx)
{
    const Subsystem& s = ctx.subsystem();
    QJsonArray features;
    for (const PremiumFeature f :
        {PremiumFeature::FlashCopy, PremiumFeature::VolumeCopy, PremiumFeature::RemoteMirror}) {
        Subsystem copy = s;
        const auto limits = Ds4000::limits(s.model);
        const bool supported = !((f == PremiumFeature::VolumeCopy && !limits.volumeCopySupported)
            || (f == PremiumFeature::RemoteMirror && limits.maxMirrors == 0));
        QJsonObject o {{u"feature"_s, enumName(f)}, {u"name"_s, PremiumKeys::displayName(f)},
            {u"enabled"_s, enabledFlag(copy, f)}, {u"supported"_s, supported}};
        if (const QString why = complianceProblem(ctx.config, s.id, f, limits.maxMirrors); !why.isEmpty()) {
            o.insert(u"outOfCompliance"_s, why);
        }
        if (f == PremiumFeature::RemoteMirror) {
            o.insert(u"activated"_s, s.remoteMirrorActivated);
        }
        features.append(o);
    }
    ctx.data.insert(u"subsystem"_s, s.name);
    ctx.data.insert(u"featureEnableIdentifier"_s, s.featureEnableId);
    ctx.data.insert(u"features"_s, features);
}

} // namespace

QList<CommandSpec> featureCommands()
{
    return {
        {"enableFeature", &enableFeature, true},
        {"disableFeature", &disableFeature, true},
        {"saveFeatureKey", &saveFeatureKey, false},
        {"showFeatures", &showFeatures, false},
    };
}

} // namespace Copyline
