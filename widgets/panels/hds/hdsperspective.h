// SPDX-License-Identifier: GPL-3.0-or-later
// The in-controller copy perspective (issue 15, seed 004 Figs. 11A-11G): what the console shows while a controller
// of family "hds" is selected — the SVP's main screen 1500, whose buttons open the panels of Figs. 11C-11G. It takes
// the views' place in the main window as the NEC and ESS perspectives do.
#pragma once

#include "api/connection.h"

#include <QWidget>

class QLabel;

namespace Copyline::HdsUi
{

class HdsData;
class HdsMainScreen;

class HdsPerspective final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HdsPerspective)

public:
    explicit HdsPerspective(QWidget* parent = nullptr);
    ~HdsPerspective() override;

    void setConnection(EngineConnection* connection);
    /** Shows @p snapshot; @p controllerId is the controller selected in the main window. */
    void setSnapshot(const SnapshotPtr& snapshot, ObjectId controllerId);

    HdsMainScreen* mainScreen() const { return m_main; }
    HdsData* data() const { return m_data; }

Q_SIGNALS:
    /** Exit 1519: the console goes back to the storage subsystems of another family. */
    void exitRequested();

private:
    HdsData* m_data = nullptr;
    QLabel* m_title = nullptr;
    HdsMainScreen* m_main = nullptr;
};

} // namespace Copyline::HdsUi
