// SPDX-License-Identifier: GPL-3.0-or-later
#include "physicalview.h"

#include "api/rules.h"
#include "api/units.h"
#include "common/icons.h"
#include "common/texts.h"
#include "common/theme.h"

#include <QAccessible>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMap>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

constexpr int kMargin = 16;
constexpr int kPad = 10;
constexpr int kGap = 6;
constexpr int kMinBay = 26;
constexpr int kMaxBay = 58;

struct BayColors
{
    QColor fill;
    QColor border;
    QColor text;
};

BayColors colorsFor(const Drive& d)
{
    if (d.status != ComponentStatus::Optimal) {
        return {QColor(0xf3, 0xc6, 0xc4), Icons::Palette::failed, QColor(0x8f, 0x2a, 0x27)};
    }
    switch (d.role) {
    case DriveRole::Assigned:
        return {Icons::Palette::assigned, Icons::Palette::assignedDark, Qt::white};
    case DriveRole::HotSpare:
        return {Icons::Palette::optimal, QColor(0x1f, 0x6e, 0x3f), Qt::white};
    case DriveRole::Unassigned:
        break;
    }
    return {Icons::Palette::unassigned, QColor(0xaa, 0xb3, 0xbd), Icons::Palette::chassis};
}

} // namespace

PhysicalView::PhysicalView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"physicalView"_s);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAccessibleName(tr("Physical view"));
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, pal.color(QPalette::Base));
    setPalette(pal);
}

PhysicalView::~PhysicalView() = default;

void PhysicalView::setSnapshot(const SnapshotPtr& snapshot, ObjectId subsystemId)
{
    if (subsystemId == m_subsystemId && snapshot && m_snapshot && snapshot->config == m_snapshot->config) {
        // Only runtime figures changed (the configuration is implicitly shared, so this compares at once): the
        // pane draws the configuration alone, so neither its layout nor its pixels change.
        m_snapshot = snapshot;
        return;
    }
    if (subsystemId != m_subsystemId) {
        m_selected.clear();
        m_highlightArray = 0;
        m_focusBay = 0;
    }
    m_snapshot = snapshot;
    m_subsystemId = subsystemId;
    // Drop selected drives that vanished; keep the rest.
    const int before = static_cast<int>(m_selected.size());
    m_selected.removeIf([this](ObjectId id) {
        return !m_snapshot || !m_snapshot->config.drives.contains(id)
            || m_snapshot->config.drives.value(id).subsystemId != m_subsystemId;
    });
    if (m_highlightArray != 0 && (!m_snapshot || !m_snapshot->config.arrays.contains(m_highlightArray))) {
        m_highlightArray = 0;
    }
    relayout();
    update();
    if (before != m_selected.size()) {
        Q_EMIT selectionChanged();
    }
}

void PhysicalView::setSelectedDrives(const QList<ObjectId>& drives)
{
    if (drives != m_selected) {
        m_selected = drives;
        update();
        Q_EMIT selectionChanged();
    }
}

void PhysicalView::setHighlightedArray(ObjectId arrayId)
{
    if (arrayId != m_highlightArray) {
        m_highlightArray = arrayId;
        update();
    }
}

QList<ObjectId> PhysicalView::highlightedDrives() const
{
    QList<ObjectId> ids;
    if (m_snapshot && m_highlightArray != 0) {
        for (const Drive& d : m_snapshot->config.drivesOfArray(m_highlightArray)) {
            ids.append(d.id);
        }
    }
    return ids;
}

QRect PhysicalView::driveRect(ObjectId driveId) const
{
    const int index = bayIndexOf(driveId);
    return index < 0 ? QRect() : m_bays.at(index).rect;
}

int PhysicalView::bayIndexOf(ObjectId driveId) const
{
    for (int i = 0; i < m_bays.size(); ++i) {
        if (m_bays.at(i).driveId == driveId) {
            return i;
        }
    }
    return -1;
}

ObjectId PhysicalView::driveAt(const QPoint& pos) const
{
    for (const Bay& bay : m_bays) {
        if (bay.rect.contains(pos)) {
            return bay.driveId;
        }
    }
    return 0;
}

QString PhysicalView::driveToolTip(ObjectId driveId) const
{
    if (!m_snapshot || !m_snapshot->config.drives.contains(driveId)) {
        return {};
    }
    const Configuration& c = m_snapshot->config;
    const Drive d = c.drives.value(driveId);
    const QLocale locale;
    QString role = Texts::driveRole(d.role);
    if (d.role == DriveRole::Assigned) {
        role = tr("%1 to %2").arg(role, arrayLabel(c.arrays.value(d.arrayId)));
    }
    return tr("Drive [%1,%2]\nCapacity: %3\nType: %4, %5 rpm\nRole: %6\nStatus: %7")
        .arg(d.enclosure)
        .arg(d.slot)
        .arg(formatGb(d.usableCapacity, locale), Texts::driveType(d.type), locale.toString(d.speedRpm), role,
            Texts::status(d.status));
}

QSize PhysicalView::sizeHint() const
{
    return {2 * kMargin + 2 * kPad + 16 * 48 + 15 * kGap, m_contentHeight};
}

QSize PhysicalView::minimumSizeHint() const
{
    return {2 * kMargin + 2 * kPad + 16 * kMinBay + 15 * kGap, m_contentHeight};
}

void PhysicalView::relayout()
{
    m_bays.clear();
    m_controllers.clear();
    m_enclosures.clear();
    const int w = width();
    int y = kMargin;
    m_controllersTitle = QRect(kMargin, y, w - 2 * kMargin, 20);
    y += 26;
    if (!m_snapshot) {
        m_contentHeight = y;
        return;
    }
    const Configuration& c = m_snapshot->config;

    const QList<Controller> controllers = c.controllersOf(m_subsystemId);
    const int boxW = std::clamp((w - 2 * kMargin - 12) / 2, 160, 340);
    constexpr int boxH = 58;
    int x = kMargin;
    for (const Controller& ctl : controllers) {
        Box box;
        box.title = Texts::controller(ctl.slot);
        box.detail = tr("%1 · serial %2").arg(Texts::status(ctl.status), ctl.serial);
        box.optimal = ctl.status == ComponentStatus::Optimal;
        box.rect = QRect(x, y, boxW, boxH);
        m_controllers.append(box);
        x += boxW + 12;
    }
    y += boxH + 22;

    QMap<int, QList<Drive>> byEnclosure;
    for (const Drive& d : c.drivesOf(m_subsystemId)) {
        byEnclosure[d.enclosure].append(d);
    }
    int maxSlots = 1;
    for (const auto& drives : std::as_const(byEnclosure)) {
        for (const Drive& d : drives) {
            maxSlots = std::max(maxSlots, d.slot);
        }
    }
    const int avail = w - 2 * kMargin - 2 * kPad;
    const int bw = std::clamp((avail - (maxSlots - 1) * kGap) / maxSlots, kMinBay, kMaxBay);
    const int bh = std::clamp(bw * 3, 92, 128);
    for (auto it = byEnclosure.cbegin(); it != byEnclosure.cend(); ++it) {
        Enclosure enclosure;
        enclosure.number = it.key();
        enclosure.titleRect = QRect(kMargin, y, w - 2 * kMargin, 22);
        y += 28;
        enclosure.chassis = QRect(kMargin, y, 2 * kPad + maxSlots * bw + (maxSlots - 1) * kGap, bh + 2 * kPad);
        for (const Drive& d : it.value()) {
            Bay bay;
            bay.driveId = d.id;
            bay.enclosure = d.enclosure;
            bay.slot = d.slot;
            bay.rect = QRect(enclosure.chassis.x() + kPad + (d.slot - 1) * (bw + kGap), y + kPad, bw, bh);
            m_bays.append(bay);
        }
        m_enclosures.append(enclosure);
        y += enclosure.chassis.height() + 20;
    }
    m_legendRect = QRect(kMargin, y, w - 2 * kMargin, 24);
    y += 24 + 14;
    m_detailsRect = QRect(
        kMargin, y, std::max(200, m_enclosures.isEmpty() ? w - 2 * kMargin : m_enclosures.first().chassis.width()), 80);
    y += m_detailsRect.height() + kMargin;
    if (y != m_contentHeight) {
        m_contentHeight = y;
        setMinimumHeight(y);
        updateGeometry();
    }
    m_focusBay = std::clamp(m_focusBay, 0, std::max(0, static_cast<int>(m_bays.size()) - 1));
}

void PhysicalView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void PhysicalView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor heading = Theme::adapt(QColor(0x4a, 0x59, 0x68), palette());
    const QColor muted = Theme::adapt(QColor(0x6b, 0x78, 0x85), palette());
    QFont titleFont = font();
    titleFont.setBold(true);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);

    if (!m_snapshot || !m_snapshot->config.subsystems.contains(m_subsystemId)) {
        p.setPen(muted);
        p.drawText(rect(), Qt::AlignCenter, tr("No storage subsystem selected"));
        return;
    }

    p.setFont(titleFont);
    p.setPen(heading);
    p.drawText(m_controllersTitle, Qt::AlignLeft | Qt::AlignVCenter, tr("Controllers"));
    for (const Box& box : std::as_const(m_controllers)) {
        QPainterPath path;
        path.addRoundedRect(QRectF(box.rect).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
        p.fillPath(path, Theme::adapt(QColor(0xf4, 0xf6, 0xf8), palette()));
        p.setPen(QPen(Theme::adapt(QColor(0xc9, 0xd1, 0xda), palette()), 1));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        Icons::icon(u"controller"_s).paint(&p, QRect(box.rect.x() + 10, box.rect.y() + 13, 32, 32));
        const QRect text = box.rect.adjusted(52, 8, -28, -8);
        p.setFont(titleFont);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(text, Qt::AlignLeft | Qt::AlignTop, box.title);
        p.setFont(small);
        p.setPen(muted);
        p.drawText(text, Qt::AlignLeft | Qt::AlignBottom, box.detail);
        p.setPen(Qt::NoPen);
        p.setBrush(box.optimal ? Icons::Palette::optimal : Icons::Palette::failed);
        p.drawEllipse(QPoint(box.rect.right() - 16, box.rect.center().y()), 6, 6);
    }

    const Configuration& c = m_snapshot->config;
    for (const Enclosure& enclosure : std::as_const(m_enclosures)) {
        Icons::icon(u"enclosure"_s).paint(&p, QRect(enclosure.titleRect.x(), enclosure.titleRect.y(), 22, 22));
        p.setFont(titleFont);
        p.setPen(heading);
        const QRect title = enclosure.titleRect.adjusted(28, 0, 0, 0);
        p.drawText(title, Qt::AlignLeft | Qt::AlignVCenter, tr("Enclosure %1").arg(enclosure.number));
        int assigned = 0;
        int unassigned = 0;
        int spares = 0;
        int failed = 0;
        int slots = 0;
        for (const Bay& bay : std::as_const(m_bays)) {
            if (bay.enclosure != enclosure.number) {
                continue;
            }
            ++slots;
            const Drive d = c.drives.value(bay.driveId);
            failed += d.status != ComponentStatus::Optimal ? 1 : 0;
            assigned += d.role == DriveRole::Assigned ? 1 : 0;
            unassigned += d.role == DriveRole::Unassigned ? 1 : 0;
            spares += d.role == DriveRole::HotSpare ? 1 : 0;
        }
        QString summary = tr("%1 drives · %2 assigned · %3 unassigned · %4 hot spare(s)")
                              .arg(slots)
                              .arg(assigned)
                              .arg(unassigned)
                              .arg(spares);
        if (failed > 0) {
            summary += tr(" · %1 failed").arg(failed);
        }
        p.setFont(small);
        p.setPen(muted);
        const int titleWidth = QFontMetrics(titleFont).horizontalAdvance(tr("Enclosure %1").arg(enclosure.number));
        p.drawText(title.adjusted(titleWidth + 14, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, summary);

        QPainterPath chassis;
        chassis.addRoundedRect(QRectF(enclosure.chassis), 8, 8);
        p.fillPath(chassis, QColor(0x3b, 0x46, 0x52));
    }
    p.setFont(small);
    for (const Bay& bay : std::as_const(m_bays)) {
        paintBay(p, bay);
    }

    // Legend.
    struct Entry
    {
        QColor fill;
        QColor border;
        QString text;
    };
    const QList<Entry> legend {
        {Icons::Palette::assigned, Icons::Palette::assignedDark, tr("Assigned")},
        {Icons::Palette::unassigned, QColor(0xaa, 0xb3, 0xbd), tr("Unassigned")},
        {Icons::Palette::optimal, QColor(0x1f, 0x6e, 0x3f), tr("Hot spare")},
        {QColor(0xf3, 0xc6, 0xc4), Icons::Palette::failed, tr("Failed")},
        {Qt::white, Icons::Palette::warning, tr("Drives of the selected array")},
    };
    int lx = m_legendRect.x();
    const QFontMetrics fm(small);
    for (const Entry& e : legend) {
        const QRect swatch(lx, m_legendRect.y() + 4, 16, 16);
        p.setPen(QPen(e.border, e.fill == Qt::white ? 2.5 : 1));
        p.setBrush(e.fill);
        p.drawRoundedRect(QRectF(swatch).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
        p.setPen(muted);
        const int tw = fm.horizontalAdvance(e.text);
        p.drawText(
            QRect(lx + 22, m_legendRect.y(), tw + 4, m_legendRect.height()), Qt::AlignLeft | Qt::AlignVCenter, e.text);
        lx += 22 + tw + 22;
    }

    // Details card.
    const auto [detailTitle, detailText] = detailsText();
    QPainterPath card;
    card.addRoundedRect(QRectF(m_detailsRect).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    p.fillPath(card, Theme::adapt(QColor(0xf4, 0xf6, 0xf8), palette()));
    p.setPen(QPen(Theme::adapt(QColor(0xd5, 0xdc, 0xe3), palette()), 1));
    p.setBrush(Qt::NoBrush);
    p.drawPath(card);
    const QRect inner = m_detailsRect.adjusted(14, 8, -14, -8);
    const int line = inner.height() / 3;
    p.setFont(titleFont);
    p.setPen(palette().color(QPalette::Text));
    p.drawText(QRect(inner.left(), inner.top(), inner.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(titleFont).elidedText(detailTitle, Qt::ElideRight, inner.width()));
    p.setFont(small);
    p.setPen(palette().color(QPalette::Text));
    p.drawText(QRect(inner.left(), inner.top() + line, inner.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(small).elidedText(detailText, Qt::ElideRight, inner.width()));
    p.setPen(muted);
    const QString hint = tr("Click a drive for its details · Ctrl+click selects several drives for Array ▸ Create");
    p.drawText(QRect(inner.left(), inner.top() + 2 * line, inner.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(small).elidedText(hint, Qt::ElideRight, inner.width()));
}

QPair<QString, QString> PhysicalView::detailsText() const
{
    const Configuration& c = m_snapshot->config;
    const QLocale locale;
    if (m_selected.size() == 1) {
        const Drive d = c.drives.value(m_selected.first());
        QString role = Texts::driveRole(d.role);
        if (d.role == DriveRole::Assigned) {
            role = tr("%1 to %2").arg(role, arrayLabel(c.arrays.value(d.arrayId)));
        }
        return {Texts::driveLabel(d.enclosure, d.slot),
            tr("%1 · %2, %3 rpm · %4 · %5 · %6 serial %7")
                .arg(formatGb(d.usableCapacity, locale), Texts::driveType(d.type), locale.toString(d.speedRpm), role,
                    Texts::status(d.status), d.product, d.serial)};
    }
    if (m_selected.size() > 1) {
        QStringList slots;
        qint64 total = 0;
        for (const ObjectId id : m_selected) {
            const Drive d = c.drives.value(id);
            slots.append(u"[%1,%2]"_s.arg(d.enclosure).arg(d.slot));
            total += d.usableCapacity;
        }
        return {tr("%n drives selected", nullptr, static_cast<int>(m_selected.size())),
            tr("%1 · %2 usable in total").arg(slots.join(u' '), formatGb(total, locale))};
    }
    if (m_highlightArray != 0 && c.arrays.contains(m_highlightArray)) {
        const Array a = c.arrays.value(m_highlightArray);
        return {arrayLabel(a),
            tr("%n drive(s) · capacity %1 · free %2 · %3 logical drive(s)", nullptr,
                static_cast<int>(c.drivesOfArray(a.id).size()))
                .arg(formatGb(arrayCapacity(c, a.id), locale), formatGb(arrayFreeCapacity(c, a.id), locale))
                .arg(std::count_if(c.logicalDrives.cbegin(), c.logicalDrives.cend(),
                    [&a](const LogicalDrive& ld) { return ld.arrayId == a.id; }))};
    }
    int spares = 0;
    int failed = 0;
    const QList<Drive> drives = c.drivesOf(m_subsystemId);
    for (const Drive& d : drives) {
        spares += d.role == DriveRole::HotSpare ? 1 : 0;
        failed += d.status != ComponentStatus::Optimal ? 1 : 0;
    }
    return {Texts::subsystemLabel(c.subsystems.value(m_subsystemId).name),
        tr("%1 drives in %2 enclosure(s) · %3 unconfigured · %4 hot spare(s) · %5 not optimal")
            .arg(drives.size())
            .arg(m_enclosures.size())
            .arg(formatGb(unconfiguredCapacity(c, m_subsystemId), locale))
            .arg(spares)
            .arg(failed)};
}

void PhysicalView::paintBay(QPainter& p, const Bay& bay) const
{
    const Configuration& c = m_snapshot->config;
    const Drive d = c.drives.value(bay.driveId);
    const BayColors colors = colorsFor(d);
    const bool highlighted = m_highlightArray != 0 && d.arrayId == m_highlightArray;
    const bool dimmed = m_highlightArray != 0 && !highlighted;
    const bool selected = m_selected.contains(bay.driveId);
    const QRectF r = QRectF(bay.rect).adjusted(0.5, 0.5, -0.5, -0.5);

    p.save();
    if (dimmed && !selected) {
        p.setOpacity(0.4);
    }
    p.setPen(QPen(colors.border, 1.2));
    p.setBrush(colors.fill);
    p.drawRoundedRect(r, 4, 4);
    // Drive carrier handle lines.
    p.setPen(QPen(colors.border, 1.5));
    const qreal cx = r.center().x();
    const qreal hw = std::min<qreal>(r.width() * 0.28, 9);
    p.drawLine(QPointF(cx - hw, r.top() + 24), QPointF(cx + hw, r.top() + 24));
    p.drawLine(QPointF(cx - hw, r.top() + 29), QPointF(cx + hw, r.top() + 29));
    // Slot number.
    p.setPen(colors.text);
    p.drawText(
        QRectF(r.left(), r.top() + 3, r.width(), 16), Qt::AlignHCenter | Qt::AlignVCenter, QString::number(bay.slot));
    // Role glyph in the middle.
    const QRectF middle(r.left(), r.top() + 34, r.width(), r.height() - 56);
    QFont glyphFont = p.font();
    glyphFont.setBold(true);
    p.setFont(glyphFont);
    if (d.status != ComponentStatus::Optimal) {
        p.setPen(QPen(Icons::Palette::failed, 2.4, Qt::SolidLine, Qt::RoundCap));
        const QPointF m = middle.center();
        p.drawLine(m + QPointF(-6, -6), m + QPointF(6, 6));
        p.drawLine(m + QPointF(6, -6), m + QPointF(-6, 6));
    } else if (d.role == DriveRole::HotSpare) {
        p.setPen(QPen(Qt::white, 2.4, Qt::SolidLine, Qt::RoundCap));
        const QPointF m = middle.center();
        p.drawLine(m + QPointF(-6, 0), m + QPointF(6, 0));
        p.drawLine(m + QPointF(0, -6), m + QPointF(0, 6));
    } else if (d.role == DriveRole::Assigned) {
        p.drawText(
            middle, Qt::AlignCenter, tr("G%1", "array number on a drive bay").arg(c.arrays.value(d.arrayId).number));
    }
    // Activity/status LED.
    p.setPen(Qt::NoPen);
    p.setBrush(d.status == ComponentStatus::Optimal ? QColor(0x5c, 0xd6, 0x8d) : Icons::Palette::failed);
    p.drawEllipse(QPointF(cx, r.bottom() - 11), 3.5, 3.5);
    p.restore();

    if (highlighted) {
        p.setPen(QPen(Icons::Palette::warning, 3));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(r.adjusted(-3, -3, 3, 3), 6, 6);
    }
    if (selected) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 3));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(r.adjusted(-3, -3, 3, 3), 6, 6);
        p.setPen(QPen(Qt::white, 1.2));
        p.drawRoundedRect(r.adjusted(-1, -1, 1, 1), 5, 5);
    }
    if (hasFocus() && bayIndexOf(bay.driveId) == m_focusBay) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DotLine));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(r.adjusted(-6, -6, 6, 6), 7, 7);
    }
}

void PhysicalView::select(ObjectId driveId, bool toggle)
{
    if (toggle) {
        if (!m_selected.removeOne(driveId)) {
            m_selected.append(driveId);
        }
    } else {
        m_selected = {driveId};
    }
    const int index = bayIndexOf(driveId);
    if (index >= 0) {
        m_focusBay = index;
    }
    announceFocusBay();
    update();
    Q_EMIT selectionChanged();
}

void PhysicalView::setFocusBay(int index)
{
    if (m_bays.isEmpty()) {
        return;
    }
    m_focusBay = std::clamp(index, 0, static_cast<int>(m_bays.size()) - 1);
    announceFocusBay();
    update();
}

void PhysicalView::announceFocusBay()
{
    // The bays are painted, not widgets: assistive technology reads the drive under the keyboard focus from the
    // view's description ("Drive [1,3], Capacity: 67.500 GB, ..., Status: Optimal").
    if (m_bays.isEmpty()) {
        return;
    }
    QString text = driveToolTip(m_bays.at(m_focusBay).driveId);
    text.replace(u'\n', u", "_s);
    if (m_selected.contains(m_bays.at(m_focusBay).driveId)) {
        text += u", "_s + tr("selected");
    }
    if (text != accessibleDescription()) {
        setAccessibleDescription(text);
        QAccessibleEvent event(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&event);
    }
}

void PhysicalView::mousePressEvent(QMouseEvent* event)
{
    setFocus(Qt::MouseFocusReason);
    const ObjectId id = driveAt(event->position().toPoint());
    if (event->button() == Qt::RightButton) {
        if (id != 0 && !m_selected.contains(id)) {
            select(id, false);
        }
        QWidget::mousePressEvent(event);
        return;
    }
    if (event->button() != Qt::LeftButton) {
        return;
    }
    if (id == 0) {
        if (!m_selected.isEmpty() && !event->modifiers().testFlag(Qt::ControlModifier)) {
            m_selected.clear();
            update();
            Q_EMIT selectionChanged();
        }
        return;
    }
    select(id, event->modifiers().testFlag(Qt::ControlModifier));
}

void PhysicalView::mouseDoubleClickEvent(QMouseEvent* event)
{
    const ObjectId id = driveAt(event->position().toPoint());
    if (id != 0) {
        Q_EMIT driveActivated(id);
    }
}

void PhysicalView::keyPressEvent(QKeyEvent* event)
{
    if (m_bays.isEmpty()) {
        QWidget::keyPressEvent(event);
        return;
    }
    const Bay& current = m_bays.at(m_focusBay);
    auto findBay = [this](int enclosure, int slot) {
        for (int i = 0; i < m_bays.size(); ++i) {
            if (m_bays.at(i).enclosure == enclosure && m_bays.at(i).slot == slot) {
                return i;
            }
        }
        return -1;
    };
    switch (event->key()) {
    case Qt::Key_Left:
        setFocusBay(m_focusBay - 1);
        break;
    case Qt::Key_Right:
        setFocusBay(m_focusBay + 1);
        break;
    case Qt::Key_Up:
    case Qt::Key_Down: {
        const int target = findBay(current.enclosure + (event->key() == Qt::Key_Up ? -1 : 1), current.slot);
        if (target >= 0) {
            setFocusBay(target);
        }
        break;
    }
    case Qt::Key_Home:
    case Qt::Key_PageUp:
        setFocusBay(0);
        break;
    case Qt::Key_End:
    case Qt::Key_PageDown:
        setFocusBay(static_cast<int>(m_bays.size()) - 1);
        break;
    case Qt::Key_Space:
        // Spacebar selects; Ctrl+Spacebar adds or removes a drive of the multi-selection (spec §5.10).
        select(m_bays.at(m_focusBay).driveId, event->modifiers().testFlag(Qt::ControlModifier));
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        Q_EMIT driveActivated(m_bays.at(m_focusBay).driveId);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

bool PhysicalView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const ObjectId id = driveAt(help->pos());
        if (id != 0) {
            QToolTip::showText(help->globalPos(), driveToolTip(id), this, driveRect(id));
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace Copyline
