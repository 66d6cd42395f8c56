// SPDX-License-Identifier: GPL-3.0-or-later
// The pages of the Create FlashCopy Logical Drive wizard (spec §5.3), one class per panel of the guide.
#pragma once

#include "panels/ds4000/wizards/flashcopywizard.h"
#include "wizards/snapshotwizardpage.h"

#include <QWizardPage>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QTableWidget;
class QTreeWidget;

namespace Copyline
{

using FlashCopyWizardPage = SnapshotWizardPage<CreateFlashCopyWizard>;

/** Introduction: what a FlashCopy is, what to do on the host first, Simple or Advanced. */
class IntroductionPage final : public FlashCopyWizardPage
{
    Q_OBJECT

public:
    explicit IntroductionPage(CreateFlashCopyWizard* wizard);
    int nextId() const override;
    bool isComplete() const override;

protected:
    void refresh() override;

private:
    QLabel* m_baseLabel = nullptr;
    QRadioButton* m_simple = nullptr;
    QRadioButton* m_advanced = nullptr;
    QLabel* m_simpleReason = nullptr;
    QLabel* m_blocker = nullptr;
};

/** Allocate Capacity: free capacity on the base's array, on another array, or unconfigured capacity. */
class AllocateCapacityPage final : public FlashCopyWizardPage
{
    Q_OBJECT
    Q_PROPERTY(qint64 otherArrayId READ otherArrayId NOTIFY otherArrayIdChanged)

public:
    explicit AllocateCapacityPage(CreateFlashCopyWizard* wizard);
    int nextId() const override;
    bool isComplete() const override;
    void initializePage() override;
    qint64 otherArrayId() const;

Q_SIGNALS:
    void otherArrayIdChanged();

protected:
    void refresh() override;

private:
    void fillArrays();
    void updateEnabled();

    QRadioButton* m_same = nullptr;
    QLabel* m_sameLabel = nullptr;
    QRadioButton* m_other = nullptr;
    QTreeWidget* m_arrays = nullptr;
    QRadioButton* m_unconfigured = nullptr;
    QLabel* m_unconfiguredLabel = nullptr;
    QLabel* m_hint = nullptr;
};

/** Specify Array Parameters (Unconfigured Capacity only): RAID level and drives of the repository's new array. */
class ArrayParametersPage final : public FlashCopyWizardPage
{
    Q_OBJECT
    Q_PROPERTY(int raidLevel READ raidLevel NOTIFY changed)
    Q_PROPERTY(QStringList drives READ drives NOTIFY changed)

public:
    explicit ArrayParametersPage(CreateFlashCopyWizard* wizard);
    int nextId() const override;
    bool isComplete() const override;
    int raidLevel() const;
    QStringList drives() const;

Q_SIGNALS:
    void changed();

protected:
    void refresh() override;

private:
    void fillDrives();
    void update();

    QComboBox* m_raid = nullptr;
    QLabel* m_rule = nullptr;
    QTableWidget* m_drives = nullptr;
    QLabel* m_capacity = nullptr;
    QLabel* m_hint = nullptr;
};

/** Specify Logical Drive Parameters: mapping, repository warning threshold and full policy. */
class LogicalDriveParametersPage final : public FlashCopyWizardPage
{
    Q_OBJECT

public:
    explicit LogicalDriveParametersPage(CreateFlashCopyWizard* wizard);

private:
    QRadioButton* m_automatic = nullptr;
    QRadioButton* m_later = nullptr;
    QSpinBox* m_threshold = nullptr;
    QRadioButton* m_failFlashCopy = nullptr;
    QRadioButton* m_failBaseWrites = nullptr;
};

/** Specify Names: FlashCopy and repository names, defaults <base>-<n> / <base>-R<n>, checked live. */
class NamesPage final : public FlashCopyWizardPage
{
    Q_OBJECT

public:
    explicit NamesPage(CreateFlashCopyWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;

protected:
    void refresh() override;

private:
    QLineEdit* m_name = nullptr;
    QLineEdit* m_repositoryName = nullptr;
    QLabel* m_hint = nullptr;
    bool m_defaultsSet = false;
};

/** Specify FlashCopy Repository Logical Drive Capacity: percent of the base, the capacity and the room, live. */
class RepositoryCapacityPage final : public FlashCopyWizardPage
{
    Q_OBJECT

public:
    explicit RepositoryCapacityPage(CreateFlashCopyWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;

protected:
    void refresh() override;

private:
    QSpinBox* m_percent = nullptr;
    QLabel* m_baseCapacity = nullptr;
    QLabel* m_capacity = nullptr;
    QLabel* m_location = nullptr;
    QLabel* m_note = nullptr;
    QLabel* m_hint = nullptr;
};

/** Preview: every parameter; Finish creates; the engine's error, if any, shows here. */
class PreviewPage final : public FlashCopyWizardPage
{
    Q_OBJECT

public:
    explicit PreviewPage(CreateFlashCopyWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    void showError(const QString& message);
    QString errorText() const;
    /** The value shown for @p label (tests). */
    QString value(const QString& label) const;

protected:
    void refresh() override;

private:
    void fillSummary();

    QFormLayout* m_form = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_error = nullptr;
    QList<QPair<QString, QString>> m_rows;
};

} // namespace Copyline
