// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/model.h"

#include <QWidget>

class QLabel;

namespace Copyline
{

/**
 * The premium feature status area of the Subsystem Management window: one icon per premium feature with the
 * seed's tooltip ("FlashCopy - Enabled", "Remote Logical Drive Mirroring - Disabled/Deactivated"), and which
 * engine the console is connected to.
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

    QLabel* featureLabel(PremiumFeature feature) const;

private:
    QLabel* m_flashCopy = nullptr;
    QLabel* m_volumeCopy = nullptr;
    QLabel* m_remoteMirror = nullptr;
    QLabel* m_connection = nullptr;
};

} // namespace Copyline
