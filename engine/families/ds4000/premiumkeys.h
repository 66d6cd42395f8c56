// SPDX-License-Identifier: GPL-3.0-or-later
// Premium feature key files [SIM]. On a real DS4000 a key file comes from IBM's activation web site, generated
// from the feature activation code and the subsystem's feature enable identifier (spec §1.3). Copyline stands in
// for that web site: a key is a small text file whose signature binds one feature to one identifier.
#pragma once

#include "api/error.h"
#include "storage/enums.h"

#include <QByteArray>
#include <QString>

namespace Copyline::PremiumKeys
{

/** The text of a key file for @p feature on the subsystem with @p featureEnableId. */
QByteArray makeKeyFile(PremiumFeature feature, const QString& featureEnableId);

struct Key
{
    PremiumFeature feature = PremiumFeature::FlashCopy;
    QString featureEnableId;
};

/** Reads and verifies a key file; FeatureKeyInvalid with the reason if it is not one. */
Error readKeyFile(const QString& path, Key* key);

/** "FlashCopy", "VolumeCopy", "Remote Mirror": the feature's display name. */
QString displayName(PremiumFeature feature);

} // namespace Copyline::PremiumKeys
