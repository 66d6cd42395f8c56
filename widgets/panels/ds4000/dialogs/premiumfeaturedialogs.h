// SPDX-License-Identifier: GPL-3.0-or-later
// Storage Subsystem ▸ Premium Features ▸ List / Enable / Disable (spec §2.1, §5.7).
#pragma once

#include "dialogs/commanddialog.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;

namespace Copyline
{

/** "List Premium Features": each feature with its state, and the feature enable identifier; Close. */
class ListPremiumFeaturesDialog final : public QDialog
{
    Q_OBJECT

public:
    ListPremiumFeaturesDialog(EngineConnection* connection, ObjectId subsystemId, QWidget* parent = nullptr);

    /** True once the engine answered showFeatures (tests wait for it). */
    bool isLoaded() const { return m_loaded; }

private:
    void load();

    EngineConnection* m_connection;
    ObjectId m_subsystemId;
    QTableWidget* m_table = nullptr;
    QLabel* m_identifier = nullptr;
    QLabel* m_error = nullptr;
    bool m_loaded = false;
};

/**
 * "Enable Premium Feature": choose the key file. A second part stands in for IBM's activation web site
 * ("Generate Key File…"), which writes a key for this subsystem into the workspace's keys/ folder.
 */
class EnablePremiumFeatureDialog final : public CommandDialog
{
    Q_OBJECT

public:
    EnablePremiumFeatureDialog(EngineConnection* connection, ObjectId subsystemId, QWidget* parent = nullptr);

protected:
    QString validate() const override;
    CommandRequest request() const override;

private:
    void browse();
    void generate();
    QString keysFolder() const;

    QLineEdit* m_file = nullptr;
    QComboBox* m_generateFeature = nullptr;
};

/** "Disable Premium Feature": the enabled features; OK asks "Disabling a premium feature is not recommended…". */
class DisablePremiumFeatureDialog final : public CommandDialog
{
    Q_OBJECT

public:
    DisablePremiumFeatureDialog(EngineConnection* connection, ObjectId subsystemId, QWidget* parent = nullptr);

public Q_SLOTS:
    void accept() override;

protected:
    QString validate() const override;
    CommandRequest request() const override;
    void onSnapshotChanged() override;

private:
    void fill();

    QListWidget* m_features = nullptr;
};

} // namespace Copyline
