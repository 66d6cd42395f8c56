// SPDX-License-Identifier: GPL-3.0-or-later
#include "icons.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

// Q_INIT_RESOURCE must be used outside any namespace. copyline_widgets is a static library: without this call
// the linker would drop the compiled resource, since nothing else refers to it.
static void initCopylineResources()
{
    Q_INIT_RESOURCE(copyline);
}

namespace Copyline::Icons
{

QString path(const QString& name)
{
    return u":/icons/%1.svg"_s.arg(name);
}

QIcon icon(const QString& name)
{
    static bool initialised = false;
    if (!initialised) {
        initCopylineResources();
        initialised = true;
    }
    static QHash<QString, QIcon> cache;
    if (name.isEmpty()) {
        return {};
    }
    auto it = cache.find(name);
    if (it == cache.end()) {
        it = cache.insert(name, QIcon(path(name)));
    }
    return *it;
}

QString forDriveRole(DriveRole role, ComponentStatus status)
{
    if (status == ComponentStatus::Failed || status == ComponentStatus::Missing || status == ComponentStatus::Offline) {
        return u"drive-failed"_s;
    }
    switch (role) {
    case DriveRole::Assigned:
        return u"drive-assigned"_s;
    case DriveRole::HotSpare:
        return u"drive-hotspare"_s;
    case DriveRole::Unassigned:
        break;
    }
    return u"drive-unassigned"_s;
}

QString forLogicalDrive(ComponentStatus status)
{
    switch (status) {
    case ComponentStatus::Optimal:
        break;
    case ComponentStatus::Degraded:
        return u"logical-drive-degraded"_s;
    case ComponentStatus::Failed:
    case ComponentStatus::Offline:
        return u"logical-drive-failed"_s;
    case ComponentStatus::Missing:
        return u"logical-drive-missing"_s;
    }
    return u"logical-drive"_s;
}

QString forFlashCopy(FlashCopyStatus status, bool thresholdExceeded)
{
    switch (status) {
    case FlashCopyStatus::Optimal:
        break;
    case FlashCopyStatus::Disabled:
        return u"flashcopy-disabled"_s;
    case FlashCopyStatus::Failed:
        return u"flashcopy-failed"_s;
    }
    return thresholdExceeded ? u"flashcopy-warning"_s : u"flashcopy"_s;
}

QString forRepository(bool thresholdExceeded, bool full)
{
    if (full) {
        return u"flashcopy-repository-full"_s;
    }
    return thresholdExceeded ? u"flashcopy-repository-warning"_s : u"flashcopy-repository"_s;
}

QString forSeverity(EventSeverity severity)
{
    switch (severity) {
    case EventSeverity::Informational:
        break;
    case EventSeverity::Warning:
        return u"severity-warning"_s;
    case EventSeverity::Critical:
        return u"severity-critical"_s;
    }
    return u"severity-informational"_s;
}

QString forFeature(PremiumFeature feature, bool enabled, bool activated)
{
    switch (feature) {
    case PremiumFeature::FlashCopy:
        return enabled ? u"feature-flashcopy"_s : u"feature-flashcopy-disabled"_s;
    case PremiumFeature::VolumeCopy:
        return enabled ? u"feature-volumecopy"_s : u"feature-volumecopy-disabled"_s;
    case PremiumFeature::RemoteMirror:
        break;
    }
    return u"feature-remotemirror-%1-%2"_s.arg(
        enabled ? u"enabled"_s : u"disabled"_s, activated ? u"activated"_s : u"deactivated"_s);
}

} // namespace Copyline::Icons
