// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/model.h"
#include "api/recovery.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace Copyline
{

/**
 * The premium feature status area of the Subsystem Management window: one icon per premium feature with the
 * seed's tooltip ("FlashCopy - Enabled", "Remote Logical Drive Mirroring - Disabled/Deactivated"), and which
 * engine the console is connected to; and while the subsystem Needs Attention, a "Needs Attention" indicator whose
 * tooltip says why and whose click opens the Recovery Guru.
 */
class StatusArea final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusArea)

public:
    explicit StatusArea(QWidget* parent = nullptr);
    ~StatusArea() override;

    void setSubsystem(const Subsystem& subsystem);
    /** Where the console's engine runs; @p toolTip says what quitting does to it. */
    void setConnectionText(const QString& text, const QString& toolTip = {});
    QString connectionText() const;
    QString connectionToolTip() const;
    /** Shows the connection text as a problem (bold, in the warning colour): the engine does not answer. */
    void setConnectionProblem(bool problem);
    bool connectionProblem() const { return m_connectionProblem; }

    QLabel* featureLabel(PremiumFeature feature) const;

    /** The subsystem's Recovery Guru problems: the indicator shows while there are any, its tooltip lists them. */
    void setProblems(const QList<RecoveryProblem>& problems);
    /** The "Needs Attention" indicator (hidden while the subsystem is Optimal). */
    QToolButton* attentionButton() const { return m_attention; }

Q_SIGNALS:
    /** The "Needs Attention" indicator was clicked. */
    void recoveryGuruRequested();

private:
    QLabel* m_flashCopy = nullptr;
    QLabel* m_volumeCopy = nullptr;
    QLabel* m_remoteMirror = nullptr;
    QLabel* m_connection = nullptr;
    QToolButton* m_attention = nullptr;
    QStringList m_reasons;
    bool m_connectionProblem = false;
};

} // namespace Copyline
