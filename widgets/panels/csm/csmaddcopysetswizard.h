// SPDX-License-Identifier: GPL-3.0-or-later
// The Add Copy Sets wizard (spec CSM §5.4 steps 3-8, seed L1863-1916): one page per role of the session type, where
// the user picks a storage system at the role's site location (csmListDevices) and its volumes (csmListVolumes) — as
// many for each role as for H1, matched in order — or a CSV file on the first page (csmImportCsv); then Matching
// (csmMatchCopySets: what is valid, and the warnings, e.g. a volume already in another session), Select Copy Sets
// (a checklist), Confirm (a summary) and Results ("Add copy sets complete"). A refusal says what to change and the
// pages keep every choice, so Back leads to it.
#pragma once

#include "panels/csm/csmdata.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QWizard>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QTreeWidget;

namespace Copyline::CsmUi
{

class AddCopySetsWizard;

/** Storage systems and their volumes, as the wizard's pages share them (one query each). */
struct WizardDevice
{
    QString id;
    QString subsystem;
    QString deviceType;
    QString devtype;
    QString location;
};

struct WizardVolume
{
    QString id;
    QString name;
    qint64 capacity = 0;
    QStringList sessions;
};

class CsmSourcePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsmSourcePage)

public:
    explicit CsmSourcePage(AddCopySetsWizard* wizard);
    ~CsmSourcePage() override;

    bool useCsv() const;
    QString csvText() const;
    QRadioButton* rolesRadio() const { return m_roles; }
    QRadioButton* csvRadio() const { return m_csv; }
    QLineEdit* csvPathEdit() const { return m_path; }
    QPushButton* browseButton() const { return m_browse; }
    QPlainTextEdit* csvPreview() const { return m_preview; }

    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

    /** Reads @p path into the preview (a message if it cannot be read). */
    void loadFile(const QString& path);

private:
    void updateMode();

    AddCopySetsWizard* m_wizard;
    QRadioButton* m_roles = nullptr;
    QRadioButton* m_csv = nullptr;
    QLineEdit* m_path = nullptr;
    QPushButton* m_browse = nullptr;
    QPlainTextEdit* m_preview = nullptr;
    QLabel* m_error = nullptr;
};

class CsmRolePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsmRolePage)

public:
    CsmRolePage(AddCopySetsWizard* wizard, const QString& role, int index);
    ~CsmRolePage() override;

    QString role() const { return m_role; }
    QComboBox* deviceCombo() const { return m_device; }
    QListWidget* volumeList() const { return m_volumes; }
    QLabel* errorLabel() const { return m_error; }
    /** The volume ids selected, in list order. */
    QStringList selectedVolumes() const;
    /** Selects the volume @p id (adds to the selection); false if it is not listed. */
    bool selectVolume(const QString& id);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    /** Fills the device list from the wizard's devices (called when they arrive). */
    void updateDevices();
    void updateVolumes();

private:
    AddCopySetsWizard* m_wizard;
    QString m_role;
    int m_index;
    QLabel* m_where = nullptr;
    QComboBox* m_device = nullptr;
    QListWidget* m_volumes = nullptr;
    QLabel* m_error = nullptr;
};

class CsmMatchingPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsmMatchingPage)

public:
    explicit CsmMatchingPage(AddCopySetsWizard* wizard);
    ~CsmMatchingPage() override;

    QTreeWidget* results() const { return m_tree; }
    QLabel* summaryLabel() const { return m_summary; }
    /** The matches the engine accepted (each {role: volume}). */
    QJsonArray acceptable() const { return m_ok; }
    /** Every warning shown, one line each. */
    QStringList warnings() const { return m_warnings; }
    bool answered() const { return m_answered; }

    void initializePage() override;
    bool isComplete() const override;

private:
    AddCopySetsWizard* m_wizard;
    QTreeWidget* m_tree = nullptr;
    QLabel* m_summary = nullptr;
    QJsonArray m_ok;
    QStringList m_warnings;
    bool m_answered = false;
    quint64 m_generation = 0;
};

class CsmSelectPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsmSelectPage)

public:
    explicit CsmSelectPage(AddCopySetsWizard* wizard);
    ~CsmSelectPage() override;

    QListWidget* list() const { return m_list; }
    /** The copy sets checked. */
    QJsonArray chosen() const;

    void initializePage() override;
    bool isComplete() const override;

private:
    AddCopySetsWizard* m_wizard;
    QListWidget* m_list = nullptr;
};

class CsmConfirmPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsmConfirmPage)

public:
    explicit CsmConfirmPage(AddCopySetsWizard* wizard);
    ~CsmConfirmPage() override;

    QLabel* summary() const { return m_summary; }
    void initializePage() override;

private:
    AddCopySetsWizard* m_wizard;
    QLabel* m_summary = nullptr;
};

class CsmResultsPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsmResultsPage)

public:
    explicit CsmResultsPage(AddCopySetsWizard* wizard);
    ~CsmResultsPage() override;

    QLabel* resultLabel() const { return m_result; }
    bool succeeded() const { return m_succeeded; }
    bool done() const { return m_done; }

    void initializePage() override;
    bool isComplete() const override;

private:
    AddCopySetsWizard* m_wizard;
    QLabel* m_result = nullptr;
    bool m_done = false;
    bool m_succeeded = false;
};

class AddCopySetsWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddCopySetsWizard)

public:
    enum PageId
    {
        SourcePage = 0,
        FirstRolePage = 1, /**< one per role: FirstRolePage + i */
        MatchingPage = 100,
        SelectPage,
        ConfirmPage,
        ResultsPage,
    };

    AddCopySetsWizard(CsmController* controller, const QString& session, QWidget* parent = nullptr);
    ~AddCopySetsWizard() override;

    CsmController* controller() const { return m_controller; }
    QString session() const { return m_session; }
    const SessionType& type() const { return m_type; }
    QStringList roles() const { return m_type.roles; }
    /** The location of @p role's site in the session (empty if the session has none). */
    QString locationOf(const QString& role) const;

    CsmSourcePage* sourcePage() const { return m_source; }
    CsmRolePage* rolePage(int index) const { return m_rolePages.value(index); }
    CsmMatchingPage* matchingPage() const { return m_matching; }
    CsmSelectPage* selectPage() const { return m_select; }
    CsmConfirmPage* confirmPage() const { return m_confirm; }
    CsmResultsPage* resultsPage() const { return m_results; }

    const QList<WizardDevice>& devices() const { return m_devices; }
    bool devicesLoaded() const { return m_devicesLoaded; }
    /** The volumes of @p device (asked for once; volumesArrived() says when). */
    QList<WizardVolume> volumes(const QString& device);
    bool volumesLoaded(const QString& device) const { return m_volumes.contains(device); }

    /** The copy sets the role pages describe: the i-th selected volume of every role. */
    QJsonArray candidates() const;
    /** What Add submits now (the CSV text or the copy sets chosen). */
    CommandRequest request() const;
    /**
     * The csmcli command that does what Add does (issue 18): mkcpset per copy set, or importcsv of the file when the
     * text is the file's; empty when the CSV text was typed or changed after it was read.
     */
    EquivalentCommand equivalentCommand() const;

Q_SIGNALS:
    void devicesArrived();
    void volumesArrived(const QString& device);
    /** Copy sets were added (or imported): the view refreshes and says it. */
    void copySetsAdded(const QString& message);

private:
    CsmController* m_controller;
    QString m_session;
    SessionType m_type;
    QStringList m_locations;
    CsmSourcePage* m_source = nullptr;
    QList<CsmRolePage*> m_rolePages;
    CsmMatchingPage* m_matching = nullptr;
    CsmSelectPage* m_select = nullptr;
    CsmConfirmPage* m_confirm = nullptr;
    CsmResultsPage* m_results = nullptr;
    QList<WizardDevice> m_devices;
    bool m_devicesLoaded = false;
    QHash<QString, QList<WizardVolume>> m_volumes;
    QSet<QString> m_volumesAsked;
};

} // namespace Copyline::CsmUi
