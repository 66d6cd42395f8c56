// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusarea.h"

#include "common/icons.h"
#include "common/texts.h"
#include "common/theme.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

QLabel* featureIcon(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setFixedSize(26, 26);
    label->setAlignment(Qt::AlignCenter);
    return label;
}

} // namespace

StatusArea::StatusArea(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"statusArea"_s);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->setSpacing(6);
    m_attention = new QToolButton(this);
    m_attention->setObjectName(u"needsAttentionButton"_s);
    m_attention->setAutoRaise(true);
    m_attention->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_attention->setIcon(Icons::icon(u"status-attention"_s));
    m_attention->setIconSize({16, 16});
    m_attention->setText(Texts::subsystemStatus(true));
    m_attention->setCursor(Qt::PointingHandCursor);
    QFont bold = m_attention->font();
    bold.setBold(true);
    m_attention->setFont(bold);
    m_attention->hide();
    connect(m_attention, &QToolButton::clicked, this, &StatusArea::recoveryGuruRequested);
    layout->addWidget(m_attention);
    m_connection = new QLabel(this);
    m_connection->setObjectName(u"connectionLabel"_s);
    m_connection->setStyleSheet(Theme::css(u"color: #4a5968;"_s));
    layout->addWidget(m_connection);
    auto* separator = new QFrame(this);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    layout->addWidget(separator);
    auto* title = new QLabel(tr("Premium features:"), this);
    title->setObjectName(u"premiumFeaturesTitle"_s);
    title->setStyleSheet(Theme::css(u"color: #4a5968;"_s));
    layout->addWidget(title);
    m_flashCopy = featureIcon(u"flashCopyStatusLabel"_s, this);
    m_volumeCopy = featureIcon(u"volumeCopyStatusLabel"_s, this);
    m_remoteMirror = featureIcon(u"remoteMirrorStatusLabel"_s, this);
    layout->addWidget(m_flashCopy);
    layout->addWidget(m_volumeCopy);
    layout->addWidget(m_remoteMirror);
}

StatusArea::~StatusArea() = default;

QLabel* StatusArea::featureLabel(PremiumFeature feature) const
{
    switch (feature) {
    case PremiumFeature::FlashCopy:
        return m_flashCopy;
    case PremiumFeature::VolumeCopy:
        return m_volumeCopy;
    case PremiumFeature::RemoteMirror:
        break;
    }
    return m_remoteMirror;
}

void StatusArea::setSubsystem(const Subsystem& s)
{
    // No subsystem yet (opening the workspace): no feature icons at all rather than empty ones.
    findChild<QLabel*>(u"premiumFeaturesTitle"_s)->setVisible(s.id != 0);
    for (QLabel* label : {m_flashCopy, m_volumeCopy, m_remoteMirror}) {
        label->setVisible(s.id != 0);
    }
    const struct
    {
        PremiumFeature feature;
        bool enabled;
    } features[] = {{PremiumFeature::FlashCopy, s.flashCopyEnabled}, {PremiumFeature::VolumeCopy, s.volumeCopyEnabled},
        {PremiumFeature::RemoteMirror, s.remoteMirrorEnabled}};
    for (const auto& f : features) {
        QLabel* label = featureLabel(f.feature);
        label->setPixmap(Icons::icon(Icons::forFeature(f.feature, f.enabled, s.remoteMirrorActivated)).pixmap(22, 22));
        const QString status = Texts::featureStatus(f.feature, f.enabled, s.remoteMirrorActivated);
        label->setToolTip(status);
        label->setAccessibleName(status);
    }
}

void StatusArea::setProblems(const QList<RecoveryProblem>& problems)
{
    QStringList reasons;
    for (const RecoveryProblem& p : problems) {
        reasons.append(p.summary);
    }
    if (reasons == m_reasons && m_attention->isHidden() == reasons.isEmpty()) {
        return;
    }
    m_reasons = reasons;
    m_attention->setVisible(!reasons.isEmpty());
    if (reasons.isEmpty()) {
        return;
    }
    // Needs Attention says why (issue 18): each problem's one line, then where to find the recovery steps.
    QString tip = u"<b>%1</b><ul>"_s.arg(tr("The storage subsystem Needs Attention:").toHtmlEscaped());
    for (const QString& reason : std::as_const(reasons)) {
        tip += u"<li>%1</li>"_s.arg(reason.toHtmlEscaped());
    }
    tip += u"</ul>%1"_s.arg(tr("Click to open the Recovery Guru with the recovery steps.").toHtmlEscaped());
    m_attention->setToolTip(tip);
    m_attention->setAccessibleName(
        tr("Needs Attention: %n problem(s); opens the Recovery Guru", nullptr, static_cast<int>(reasons.size())));
    m_attention->setText(
        reasons.size() == 1 ? Texts::subsystemStatus(true) : tr("Needs Attention (%1)").arg(reasons.size()));
}

void StatusArea::setConnectionText(const QString& text, const QString& toolTip)
{
    m_connection->setText(text);
    m_connection->setToolTip(toolTip);
}

void StatusArea::setConnectionProblem(bool problem)
{
    m_connectionProblem = problem;
    m_connection->setStyleSheet(Theme::css(problem ? u"color: #b3261e; font-weight: bold;"_s : u"color: #4a5968;"_s));
}

QString StatusArea::connectionText() const
{
    return m_connection->text();
}

QString StatusArea::connectionToolTip() const
{
    return m_connection->toolTip();
}

} // namespace Copyline
