// SPDX-License-Identifier: GPL-3.0-or-later
// The pages of the Create Remote Mirror wizard (spec §2.4.5, §5.6), one class per panel of the guide.
#pragma once

#include "panels/ds4000/wizards/createmirrorwizard.h"
#include "wizards/snapshotwizardpage.h"

#include <QWizardPage>

class QCheckBox;
class QFormLayout;
class QLabel;
class QRadioButton;
class QTableWidget;

namespace Copyline
{

class CopyPrioritySlider;

using CreateMirrorPage = SnapshotWizardPage<CreateMirrorWizard>;

/** "Create Remote Mirror - Introduction": what is needed, and the primary logical drive. */
class MirrorIntroductionPage final : public CreateMirrorPage
{
    Q_OBJECT
    Q_PROPERTY(qint64 primaryId READ primaryId NOTIFY primaryChanged)

public:
    explicit MirrorIntroductionPage(CreateMirrorWizard* wizard);
    bool isComplete() const override;
    qint64 primaryId() const { return m_primaryId; }
    void clearPrimary();
    QTableWidget* primaryTable() const { return m_primaries; }

Q_SIGNALS:
    void primaryChanged();

protected:
    void refresh() override;

private:
    qint64 m_primaryId = 0;
    QTableWidget* m_primaries = nullptr;
    QLabel* m_blocker = nullptr;
};

/** "Select Remote Storage Subsystem": the subsystems with the option Enabled/Activated; why others are absent. */
class RemoteSubsystemPage final : public CreateMirrorPage
{
    Q_OBJECT
    Q_PROPERTY(qint64 remoteId READ remoteId NOTIFY remoteChanged)

public:
    explicit RemoteSubsystemPage(CreateMirrorWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;
    qint64 remoteId() const { return m_remoteId; }
    QTableWidget* subsystemTable() const { return m_table; }
    /** The note about the subsystems that are not listed ("" if every one is). */
    QString absentText() const;

Q_SIGNALS:
    void remoteChanged();

protected:
    void refresh() override;

private:
    qint64 m_remoteId = 0;
    QTableWidget* m_table = nullptr;
    QLabel* m_absent = nullptr;
    QLabel* m_hint = nullptr;
};

/** "Select Secondary Logical Drive": candidates of at least the primary's capacity; the excluded ones say why. */
class SecondaryPage final : public CreateMirrorPage
{
    Q_OBJECT
    Q_PROPERTY(qint64 secondaryId READ secondaryId NOTIFY secondaryChanged)

public:
    explicit SecondaryPage(CreateMirrorWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;
    qint64 secondaryId() const { return m_secondaryId; }
    void clearSecondary();
    QTableWidget* candidateTable() const { return m_table; }
    /** The reason shown for the excluded logical drive @p name ("" if it is a candidate or not listed). */
    QString reasonFor(const QString& name) const;
    /** The note about logical drives smaller than the primary, which are not listed. */
    QString smallerText() const;

Q_SIGNALS:
    void secondaryChanged();

protected:
    void refresh() override;

private:
    void fill();

    qint64 m_secondaryId = 0;
    QLabel* m_heading = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_loading = nullptr;
    QLabel* m_smaller = nullptr;
    QLabel* m_hint = nullptr;
};

/** "Set Write Mode": Synchronous (default) or Asynchronous, and "Add to write consistency group". */
class WriteModePage final : public CreateMirrorPage
{
    Q_OBJECT

public:
    explicit WriteModePage(CreateMirrorWizard* wizard);
    QRadioButton* synchronousRadio() const { return m_synchronous; }
    QRadioButton* asynchronousRadio() const { return m_asynchronous; }
    QCheckBox* consistencyCheckBox() const { return m_consistency; }

private:
    void update();

    QRadioButton* m_synchronous = nullptr;
    QRadioButton* m_asynchronous = nullptr;
    QCheckBox* m_consistency = nullptr;
    QLabel* m_copyType = nullptr;
};

/** "Select Synchronization Settings": the priority (5 levels, Medium) and the resynchronization method. */
class SyncSettingsPage final : public CreateMirrorPage
{
    Q_OBJECT

public:
    explicit SyncSettingsPage(CreateMirrorWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;
    CopyPrioritySlider* prioritySlider() const { return m_priority; }
    QRadioButton* manualRadio() const { return m_manual; }
    QRadioButton* automaticRadio() const { return m_automatic; }

private:
    CopyPrioritySlider* m_priority = nullptr;
    QRadioButton* m_manual = nullptr;
    QRadioButton* m_automatic = nullptr;
    QLabel* m_groupNote = nullptr;
};

/** "Preview": the parameters and the direction in words; the engine's error shows here. */
class MirrorPreviewPage final : public CreateMirrorPage
{
    Q_OBJECT

public:
    explicit MirrorPreviewPage(CreateMirrorWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    void showError(const QString& message);
    QString errorText() const;
    /** The value shown for @p label (tests). */
    QString value(const QString& label) const;
    QString warningText() const;

protected:
    void refresh() override;

private:
    void fillSummary();

    QFormLayout* m_form = nullptr;
    QLabel* m_warning = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_error = nullptr;
    QList<QPair<QString, QString>> m_rows;
};

} // namespace Copyline
