// SPDX-License-Identifier: GPL-3.0-or-later
#include "csmpictogram.h"

#include "panels/csm/csmmodels.h"

#include <QHelpEvent>
#include <QLineF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <numbers>

using namespace Qt::Literals::StringLiterals;

namespace Copyline::CsmUi
{

namespace
{

constexpr qreal kMargin = 10;
constexpr qreal kSiteGap = 120; // room for a cross-site arrow and its label
constexpr qreal kTitleHeight = 24;
constexpr qreal kRoleWidth = 64;
constexpr qreal kRoleHeight = 36;
constexpr qreal kRoleGap = 52;      // room for a vertical arrow
constexpr qreal kLegendHeight = 40; // two lines

/** Where the line from the centre of @p r towards @p towards leaves @p r. */
QPointF edgePoint(const QRectF& r, const QPointF& towards)
{
    const QPointF c = r.center();
    const qreal dx = towards.x() - c.x();
    const qreal dy = towards.y() - c.y();
    if (qFuzzyIsNull(dx) && qFuzzyIsNull(dy)) {
        return c;
    }
    const qreal sx = qFuzzyIsNull(dx) ? 1e9 : (r.width() / 2) / std::abs(dx);
    const qreal sy = qFuzzyIsNull(dy) ? 1e9 : (r.height() / 2) / std::abs(dy);
    const qreal s = std::min(sx, sy);
    return {c.x() + dx * s, c.y() + dy * s};
}

QString roleMeaning(const QString& role)
{
    switch (role.isEmpty() ? char16_t(0) : role.front().toUpper().unicode()) {
    case u'H':
        return SessionPictogram::tr("host volume");
    case u'I':
        return SessionPictogram::tr("intermediate volume");
    case u'J':
        return SessionPictogram::tr("journal volume");
    case u'T':
        return SessionPictogram::tr("target volume");
    case u'C':
        return SessionPictogram::tr("change volume");
    default:
        return SessionPictogram::tr("volume");
    }
}

} // namespace

SessionPictogram::SessionPictogram(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"csmPictogram"_s);
    setAccessibleName(tr("Session pictogram"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

SessionPictogram::~SessionPictogram() = default;

void SessionPictogram::clear()
{
    m_hasType = false;
    m_roles.clear();
    m_arrows.clear();
    m_roleRects.clear();
    m_siteRects.clear();
    m_sessionName.clear();
    update();
}

void SessionPictogram::setSession(const SessionType* type, const SessionRow& session, const QList<RolePairRow>& pairs)
{
    if (type == nullptr) {
        clear();
        return;
    }
    m_hasType = true;
    m_sessionName = session.name;
    m_sites = std::max(1, type->sites);
    m_roles = type->roles;
    m_locations = session.locations;
    m_activeHost = session.activeHost;
    m_arrows.clear();
    // Every role pair of the type; what the engine reports about it (active, direction, errors) where it does.
    for (const SessionType::RolePair& tp : type->rolePairs) {
        Arrow a;
        a.from = tp.source;
        a.to = tp.target;
        a.method = tp.method;
        for (const RolePairRow& r : pairs) {
            if (r.name == tp.name) {
                a.from = r.from();
                a.to = r.to();
                a.active = r.active;
                a.errors = r.errors > 0;
                a.recoverable = r.recoverable;
                a.progress = r.progress;
            }
        }
        for (const QString& role : {a.from, a.to}) {
            if (!m_roles.contains(role)) {
                m_roles.append(role);
            }
        }
        m_arrows.append(a);
    }
    for (const QString& role : m_roles) {
        m_sites = std::max(m_sites, roleSite(role));
    }
    layoutRoles();
    update();
}

void SessionPictogram::layoutRoles()
{
    m_roleRects.clear();
    m_siteRects.clear();
    if (!m_hasType) {
        return;
    }
    // Roles per site: those an arrow from another site reaches (or leaves) first, so that cross-site arrows run
    // level and the arrows within a site run down.
    QList<QStringList> perSite(m_sites);
    QStringList ordered = m_roles;
    const auto crossSite = [this](const QString& role) {
        return std::any_of(m_arrows.cbegin(), m_arrows.cend(),
            [&role](const Arrow& a) { return (a.from == role || a.to == role) && roleSite(a.from) != roleSite(a.to); });
    };
    std::stable_sort(ordered.begin(), ordered.end(),
        [&crossSite](const QString& a, const QString& b) { return crossSite(a) && !crossSite(b); });
    for (const QString& role : ordered) {
        perSite[std::clamp(roleSite(role), 1, m_sites) - 1].append(role);
    }
    int most = 1;
    for (const QStringList& roles : perSite) {
        most = std::max(most, static_cast<int>(roles.size()));
    }
    const qreal available = width() - 2 * kMargin - (m_sites - 1) * kSiteGap;
    const qreal siteWidth = std::max<qreal>(kRoleWidth + 40, available / m_sites);
    const qreal rolesHeight = most * kRoleHeight + (most - 1) * kRoleGap;
    // The sites take the height there is (at least what their roles need).
    const qreal siteHeight = std::max<qreal>(kTitleHeight + rolesHeight + 28, height() - 2 * kMargin - kLegendHeight);
    const qreal totalWidth = m_sites * siteWidth + (m_sites - 1) * kSiteGap;
    const qreal left = std::max(kMargin, (width() - totalWidth) / 2);
    for (int s = 0; s < m_sites; ++s) {
        const QRectF site(left + s * (siteWidth + kSiteGap), kMargin, siteWidth, std::max(siteHeight, 60.0));
        m_siteRects.append(site);
        const qreal top = site.top() + kTitleHeight + (site.height() - kTitleHeight - rolesHeight) / 2;
        for (int i = 0; i < perSite[s].size(); ++i) {
            m_roleRects.insert(perSite[s][i],
                QRectF(
                    site.center().x() - kRoleWidth / 2, top + i * (kRoleHeight + kRoleGap), kRoleWidth, kRoleHeight));
        }
    }
}

QRectF SessionPictogram::roleRect(const QString& role) const
{
    return m_roleRects.value(role);
}

QStringList SessionPictogram::arrowDescriptions() const
{
    QStringList list;
    for (const Arrow& a : m_arrows) {
        QString text = u"%1->%2 %3 %4"_s.arg(a.from, a.to, a.method, a.active ? u"active"_s : u"inactive"_s);
        if (a.errors) {
            text += u" errors"_s;
        }
        if (a.recoverable) {
            text += u" recoverable"_s;
        }
        list.append(text);
    }
    return list;
}

QSize SessionPictogram::sizeHint() const
{
    return {460, 240};
}

QSize SessionPictogram::minimumSizeHint() const
{
    return {320, 180};
}

bool SessionPictogram::event(QEvent* event)
{
    if (event->type() == QEvent::Resize) {
        layoutRoles();
    } else if (event->type() == QEvent::ToolTip && m_hasType) {
        const QPointF pos = static_cast<QHelpEvent*>(event)->pos();
        for (auto it = m_roleRects.cbegin(); it != m_roleRects.cend(); ++it) {
            if (it.value().contains(pos)) {
                const int site = roleSite(it.key());
                const QString location = m_locations.value(site - 1);
                QString text = tr("%1: %2 at site %3").arg(it.key(), roleMeaning(it.key())).arg(site);
                if (!location.isEmpty()) {
                    text += tr(" (%1)").arg(location);
                }
                if (it.key() == m_activeHost) {
                    text += u"\n"_s + tr("Active host: the servers use these volumes now.");
                }
                QToolTip::showText(static_cast<QHelpEvent*>(event)->globalPos(), text, this);
                return true;
            }
        }
        for (const Arrow& a : m_arrows) {
            const QRectF from = m_roleRects.value(a.from);
            const QRectF to = m_roleRects.value(a.to);
            const QPointF mid = (from.center() + to.center()) / 2;
            if (QLineF(mid, pos).length() < 24) {
                QString text = tr("%1 → %2: %3, %4, progress %5%")
                                   .arg(a.from, a.to, CsmTexts::method(a.method),
                                       a.active ? tr("active") : tr("inactive"), QLocale().toString(a.progress));
                if (a.errors) {
                    text += u"\n"_s + tr("Errors on one or more pairs.");
                }
                if (a.recoverable) {
                    text += u"\n"_s + tr("%1 holds a consistent copy of the data (recoverable).").arg(a.to);
                }
                QToolTip::showText(static_cast<QHelpEvent*>(event)->globalPos(), text, this);
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

void SessionPictogram::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    if (!m_hasType) {
        p.setPen(pal.color(QPalette::Disabled, QPalette::Text));
        p.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
            tr("Select a session to see its sites, volume roles and copy directions."));
        return;
    }
    const QColor text = pal.color(QPalette::Text);
    const QColor grey = pal.color(QPalette::Disabled, QPalette::Text);
    const QColor mid = pal.color(QPalette::Mid);
    const QColor highlight = pal.color(QPalette::Highlight);
    const QColor severe = statusColor(u"Severe"_s, pal);
    const QColor normal = statusColor(u"Normal"_s, pal);
    QFont bold = font();
    bold.setBold(true);

    // Sites.
    for (int s = 0; s < m_siteRects.size(); ++s) {
        const QRectF site = m_siteRects[s];
        p.setPen(QPen(mid, 1));
        p.setBrush(pal.color(QPalette::AlternateBase));
        p.drawRoundedRect(site, 6, 6);
        const QString location = m_locations.value(s);
        const QString title
            = location.isEmpty() ? tr("Site %1").arg(s + 1) : tr("Site %1: %2").arg(s + 1).arg(location);
        p.setPen(text);
        p.setFont(bold);
        p.drawText(site.adjusted(8, 4, -8, 0).toRect(), Qt::AlignTop | Qt::AlignHCenter,
            p.fontMetrics().elidedText(title, Qt::ElideRight, static_cast<int>(site.width() - 16)));
        p.setFont(font());
    }

    // Arrows (under the role boxes' badges, over the sites).
    for (const Arrow& a : m_arrows) {
        const QRectF from = m_roleRects.value(a.from);
        const QRectF to = m_roleRects.value(a.to);
        if (from.isEmpty() || to.isEmpty()) {
            continue;
        }
        const QPointF start = edgePoint(from.adjusted(-3, -3, 3, 3), to.center());
        const QPointF end = edgePoint(to.adjusted(-3, -3, 3, 3), from.center());
        const QColor colour = a.errors ? severe : a.active ? text : grey;
        QPen pen(colour, a.active ? 2.2 : 1.6);
        if (a.method == u"Asynchronous"_s) {
            pen.setStyle(Qt::DashLine);
        } else if (a.method == u"FlashCopy"_s) {
            pen.setStyle(Qt::DotLine);
        }
        p.setPen(pen);
        p.drawLine(start, end);
        // The head.
        const QLineF line(end, start);
        const qreal angle = std::atan2(-line.dy(), line.dx());
        const qreal head = 10;
        const QPointF h1 = end
            + QPointF(std::cos(angle + std::numbers::pi / 7) * head, -std::sin(angle + std::numbers::pi / 7) * head);
        const QPointF h2 = end
            + QPointF(std::cos(angle - std::numbers::pi / 7) * head, -std::sin(angle - std::numbers::pi / 7) * head);
        p.setPen(QPen(colour, 1));
        p.setBrush(colour);
        p.drawPolygon(QPolygonF {end, h1, h2});
        // The label: the method (and progress while active), beside a vertical arrow, above a level one.
        const QPointF middle = (start + end) / 2;
        QString label = CsmTexts::method(a.method);
        if (a.active) {
            label += tr(" %1%", "arrow label: progress").arg(QLocale().toString(a.progress));
        }
        p.setPen(colour);
        const QFontMetrics fm(font());
        const bool vertical = std::abs(end.x() - start.x()) < std::abs(end.y() - start.y());
        const QRectF labelRect = vertical
            ? QRectF(middle.x() + 8, middle.y() - fm.height() / 2.0, fm.horizontalAdvance(label) + 4, fm.height())
            : QRectF(middle.x() - fm.horizontalAdvance(label) / 2.0 - 2, middle.y() - fm.height() - 4,
                fm.horizontalAdvance(label) + 4, fm.height());
        p.drawText(labelRect, Qt::AlignCenter, label);
        if (a.errors) {
            // The red overlay: a cross in a circle on the arrow.
            p.setPen(QPen(severe, 2));
            p.setBrush(pal.color(QPalette::Base));
            p.drawEllipse(middle, 8, 8);
            p.drawLine(middle + QPointF(-4, -4), middle + QPointF(4, 4));
            p.drawLine(middle + QPointF(4, -4), middle + QPointF(-4, 4));
        }
    }

    // Role boxes.
    QStringList recoverable;
    for (const Arrow& a : m_arrows) {
        if (a.recoverable) {
            recoverable.append(a.to);
        }
    }
    for (auto it = m_roleRects.cbegin(); it != m_roleRects.cend(); ++it) {
        const QRectF r = it.value();
        const bool host = it.key() == m_activeHost;
        QColor fill = pal.color(QPalette::Base);
        if (host) {
            fill = highlight;
            fill.setAlpha(60);
            p.setBrush(pal.color(QPalette::Base));
            p.setPen(Qt::NoPen);
            p.drawRoundedRect(r, 4, 4);
        }
        p.setBrush(fill);
        p.setPen(QPen(host ? highlight : text, host ? 3 : 1.2));
        p.drawRoundedRect(r, 4, 4);
        p.setPen(text);
        p.setFont(bold);
        p.drawText(r, Qt::AlignCenter, CsmTexts::role(it.key()));
        p.setFont(font());
        if (recoverable.contains(it.key())) {
            // The "recoverable" mark: a check in a circle on the box's corner.
            const QPointF c = r.topRight() + QPointF(-2, 2);
            p.setPen(Qt::NoPen);
            p.setBrush(normal);
            p.drawEllipse(c, 8, 8);
            p.setPen(QPen(pal.color(QPalette::Base), 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p.drawPolyline(QPolygonF {c + QPointF(-4, 0), c + QPointF(-1, 3), c + QPointF(4, -3)});
        }
    }

    // Legend.
    const QRectF legend(kMargin, height() - kMargin - kLegendHeight + 4, width() - 2 * kMargin, kLegendHeight - 4);
    p.setPen(grey);
    p.drawText(legend, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
        tr("Solid: synchronous · dashed: asynchronous · dotted: FlashCopy · grey: inactive · ✓ recoverable · "
           "✕ errors · framed: active host"));
}

} // namespace Copyline::CsmUi
