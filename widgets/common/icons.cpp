// SPDX-License-Identifier: GPL-3.0-or-later
#include "icons.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

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

QIcon withOverlay(const QString& base, const QString& overlay)
{
    if (overlay.isEmpty()) {
        return icon(base);
    }
    static QHash<QString, QIcon> cache;
    const QString key = base + u'+' + overlay;
    auto it = cache.find(key);
    if (it == cache.end()) {
        // Both are drawn on the same 32×32 canvas, the badge in the bottom-right corner, so painting one over the
        // other at each size lines them up; every size a view may ask for is rendered from the SVGs.
        const QIcon under = icon(base);
        const QIcon over = icon(overlay);
        QIcon combined;
        for (const int size : {16, 20, 22, 24, 32, 48, 64}) {
            QPixmap pixmap(size, size);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            under.paint(&painter, 0, 0, size, size);
            over.paint(&painter, 0, 0, size, size);
            painter.end();
            combined.addPixmap(pixmap);
        }
        it = cache.insert(key, combined);
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

QString forVolumeCopy(VolumeCopyStatus status)
{
    switch (status) {
    case VolumeCopyStatus::Pending:
        return u"copy-pending"_s;
    case VolumeCopyStatus::InProgress:
        break;
    case VolumeCopyStatus::Completed:
        return u"copy-completed"_s;
    case VolumeCopyStatus::Stopped:
        return u"copy-stopped"_s;
    case VolumeCopyStatus::Failed:
        return u"copy-failed"_s;
    }
    return u"copy-in-progress"_s;
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
