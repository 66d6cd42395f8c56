// SPDX-License-Identifier: GPL-3.0-or-later
// The SVP's main screen 1500 (seed 004 Fig. 11A, L205-209; spec §3.14): display mode 1501 (Volume / Pair), port
// 1502 (one port or All), the volume filter 1503 (reserve attribute 1505, pair / no pair 1506), the list 1504 (the
// volumes of Fig. 11A, or the pairs of Fig. 11B with their live copy progress), the pair-status filter 1507, the
// "Define status" area 1508 and the buttons 1509-1519 down the right side, each opening its panel (Figs. 11C-11G).
#pragma once

#include "panels/hds/hdsdata.h"

#include <QPointer>
#include <QWidget>

class QAbstractButton;
class QCheckBox;
class QComboBox;
class QDialog;
class QLabel;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTreeWidget;

namespace Copyline
{
class FindBar;
}

namespace Copyline::HdsUi
{

class HdsMainScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HdsMainScreen)

public:
    enum class Mode
    {
        Volume, /**< Fig. 11A */
        Pair,   /**< Fig. 11B */
    };
    enum VolumeColumn
    {
        VolPortColumn,
        VolTidLunColumn,
        VolLdevColumn, /**< CU:LDEV; Qt::UserRole holds it */
        VolPairsColumn,
        VolStatusColumn,
        VolEmulationColumn,
        VolCapacityColumn,
        VolReserveColumn,
        VolumeColumnCount
    };
    enum PairColumn
    {
        SPortColumn,
        SLunColumn,
        SLdevColumn, /**< the S-VOL's CU:LDEV; Qt::UserRole holds the pair key "00:10-00:20" */
        SStatusColumn,
        TPortColumn,
        TLunColumn,
        TLdevColumn,
        TStatusColumn,
        PairStatusColumn,
        PaceColumn,
        ProgressColumn, /**< copy pointer / max address, a bar */
        TracksCopiedColumn,
        PairColumnCount
    };
    enum Button
    {
        PairStatusButton,
        StatHistoryButton,
        AddPairButton,
        DeletePairButton,
        SuspendPairButton,
        SplitPairButton,
        ResyncPairButton,
        VerifyPairButton,
        AttributeButton,
        TVolPathButton,
        RefreshButton,
        ExitButton,
        ButtonCount
    };

    explicit HdsMainScreen(HdsData* data, QWidget* parent = nullptr);
    ~HdsMainScreen() override;

    Mode mode() const;
    void setMode(Mode mode);
    QRadioButton* volumeModeRadio() const { return m_volumeMode; }
    QRadioButton* pairModeRadio() const { return m_pairMode; }
    QComboBox* portCombo() const { return m_port; }
    QCheckBox* reserveCheck() const { return m_reserve; }
    QCheckBox* pairCheck() const { return m_paired; }
    QCheckBox* noPairCheck() const { return m_unpaired; }
    /** The box of a GUI status of filter 1507 ("split", ...). */
    QCheckBox* statusCheck(const QString& guiStatus) const;
    QTreeWidget* volumeList() const { return m_volumeList; }
    QTreeWidget* pairList() const { return m_pairList; }
    /** Find over the volume and pair lists. */
    FindBar* findBar() const { return m_find; }
    QLabel* defineStatusLabel() const { return m_define; }
    QPushButton* button(Button which) const { return m_buttons.value(which); }
    /** The CU:LDEVs shown in the volume list, in order. */
    QStringList shownVolumes() const;
    /** The pair keys ("00:10-00:20") shown in the pair list, in order. */
    QStringList shownPairs() const;
    /** Selects the volumes @p ldevs in the volume list (the others are deselected). */
    void selectVolumes(const QStringList& ldevs);
    /** Selects the pairs @p keys in the pair list. */
    void selectPairs(const QStringList& keys);
    QStringList selectedVolumes() const;
    /** The pairs the selection stands for: the selected pairs, or the pairs of the selected volumes. */
    QList<Pair> selectedPairs() const;
    /** The panel (Figs. 11C-11G) open now, nullptr if none. */
    QDialog* dialog() const;
    void openPanel(Button which);

Q_SIGNALS:
    void exitRequested();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void rebuild();
    void rebuildPorts();
    void fillVolumes();
    void fillPairs();
    void updateButtons();
    void updateDefine();
    bool statusShown(const QString& guiStatus) const;

    HdsData* m_data;
    QRadioButton* m_volumeMode = nullptr;
    QRadioButton* m_pairMode = nullptr;
    QComboBox* m_port = nullptr;
    QCheckBox* m_reserve = nullptr;
    QCheckBox* m_paired = nullptr;
    QCheckBox* m_unpaired = nullptr;
    QWidget* m_volumeFilter = nullptr;
    QList<QCheckBox*> m_statusChecks;
    QStackedWidget* m_lists = nullptr;
    QTreeWidget* m_volumeList = nullptr;
    QTreeWidget* m_pairList = nullptr;
    FindBar* m_find = nullptr;
    QLabel* m_define = nullptr;
    QLabel* m_count = nullptr;
    QList<QPushButton*> m_buttons;
    QPointer<QDialog> m_dialog;
};

} // namespace Copyline::HdsUi
