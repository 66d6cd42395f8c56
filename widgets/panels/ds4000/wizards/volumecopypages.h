// SPDX-License-Identifier: GPL-3.0-or-later
// The pages of the Create Copy wizard (spec §5.4), one class per panel of the guide, and its View Drives panel.
#pragma once

#include "panels/ds4000/wizards/volumecopywizard.h"
#include "wizards/snapshotwizardpage.h"

#include <QGroupBox>
#include <QWizardPage>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Copyline
{

class CopyPrioritySlider;

/** "View Drives": the drives (enclosure, slot, capacity, type, status) of the array that holds a logical drive. */
class ViewDrivesPanel final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ViewDrivesPanel)

public:
    explicit ViewDrivesPanel(QWidget* parent = nullptr);
    ~ViewDrivesPanel() override;

    void setLogicalDrive(const Configuration& config, const LogicalDrive& ld);
    QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table = nullptr;
};

using VolumeCopyWizardPage = SnapshotWizardPage<CreateVolumeCopyWizard>;

/** "Create Copy Wizard - Introduction": what VolumeCopy is and the valid sources. */
class VolumeCopyIntroductionPage final : public VolumeCopyWizardPage
{
    Q_OBJECT
    Q_PROPERTY(qint64 sourceId READ sourceId NOTIFY sourceChanged)

public:
    explicit VolumeCopyIntroductionPage(CreateVolumeCopyWizard* wizard);
    bool isComplete() const override;
    qint64 sourceId() const { return m_sourceId; }
    /** The advisory shown for a source that is not a FlashCopy (empty when hidden). */
    QString advisoryText() const;

Q_SIGNALS:
    void sourceChanged();

protected:
    void refresh() override;

private:
    void fill();
    void onSelection();

    qint64 m_sourceId = 0;
    QTableWidget* m_sources = nullptr;
    QLabel* m_advisory = nullptr;
    QLabel* m_blocker = nullptr;
    QPushButton* m_viewDrives = nullptr;
    ViewDrivesPanel* m_drives = nullptr;
};

/** "Select Target Logical Drive and Copy Priority". */
class VolumeCopyTargetPage final : public VolumeCopyWizardPage
{
    Q_OBJECT
    Q_PROPERTY(qint64 targetId READ targetId NOTIFY targetChanged)

public:
    explicit VolumeCopyTargetPage(CreateVolumeCopyWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;
    qint64 targetId() const { return m_targetId; }
    /** The reason shown for the candidate named @p name ("" if it is valid or not listed). */
    QString reasonFor(const QString& name) const;
    /** Forgets the chosen target (a new VolumeCopy). */
    void clearTarget();

Q_SIGNALS:
    void targetChanged();

protected:
    void refresh() override;

private:
    void fill();
    void onSelection();

    qint64 m_targetId = 0;
    QLabel* m_sourceLabel = nullptr;
    QTableWidget* m_targets = nullptr;
    QLabel* m_hint = nullptr;
    CopyPrioritySlider* m_priority = nullptr;
    QCheckBox* m_readOnly = nullptr;
    QPushButton* m_viewDrives = nullptr;
    ViewDrivesPanel* m_drives = nullptr;
};

/** "Preview": the parameters, the consequences, "yes" typed; the engine's error shows here. */
class VolumeCopyPreviewPage final : public VolumeCopyWizardPage
{
    Q_OBJECT

public:
    explicit VolumeCopyPreviewPage(CreateVolumeCopyWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    void showError(const QString& message);
    QString errorText() const;
    /** The value shown for @p label (tests). */
    QString value(const QString& label) const;
    QString warningText() const;
    void clearConfirmation();

protected:
    void refresh() override;

private:
    void fillSummary();

    QFormLayout* m_form = nullptr;
    QLabel* m_warning = nullptr;
    QLineEdit* m_confirm = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_error = nullptr;
    QList<QPair<QString, QString>> m_rows;
};

} // namespace Copyline
