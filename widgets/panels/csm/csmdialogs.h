// SPDX-License-Identifier: GPL-3.0-or-later
// The Sessions view's dialogs (spec CSM §5.4-5.6, §2.10): Create Session (name, type, a location per site; its
// success page offers "Launch Add Copy Sets Wizard"), Remove Copy Sets (the H1s, keep base hardware relationships or
// not) and View/Modify Properties (description; FlashCopy: incremental, background copy). Each runs its command
// through the controller and shows a refusal in the dialog, keeping what was entered.
#pragma once

#include "panels/csm/csmdata.h"

#include <QDialog>

#include <optional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QStackedWidget;

namespace Copyline::CsmUi
{

class CreateSessionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateSessionDialog)

public:
    explicit CreateSessionDialog(CsmController* controller, QWidget* parent = nullptr);
    ~CreateSessionDialog() override;

    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* typeCombo() const { return m_type; }
    /** The location box of site @p site (1-3). */
    QComboBox* locationCombo(int site) const { return m_locations.value(site - 1); }
    QPushButton* okButton() const { return m_ok; }
    QPushButton* launchWizardButton() const { return m_launch; }
    QLabel* errorLabel() const { return m_error; }
    /** The session created (empty until then). */
    QString createdSession() const { return m_created; }
    /** What OK submits now; nothing (and @p problem says why) while an input is missing. */
    std::optional<CommandRequest> request(QString* problem = nullptr) const;

Q_SIGNALS:
    /** "Launch Add Copy Sets Wizard" on the success page. */
    void launchAddCopySets(const QString& session);

private:
    void updateSites();
    void create();

    CsmController* m_controller;
    QStackedWidget* m_pages = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_type = nullptr;
    QLineEdit* m_description = nullptr;
    QFormLayout* m_form = nullptr;
    QList<QComboBox*> m_locations;
    QLabel* m_error = nullptr;
    QPushButton* m_ok = nullptr;
    QLabel* m_success = nullptr;
    QPushButton* m_launch = nullptr;
    QString m_created;
};

class RemoveCopySetsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoveCopySetsDialog)

public:
    RemoveCopySetsDialog(CsmController* controller, const QString& session, QWidget* parent = nullptr);
    ~RemoveCopySetsDialog() override;

    QListWidget* copySetList() const { return m_list; }
    QRadioButton* keepBaseYes() const { return m_keepYes; }
    QRadioButton* keepBaseNo() const { return m_keepNo; }
    QPushButton* removeButton() const { return m_remove; }
    QLabel* errorLabel() const { return m_error; }
    /** The H1s checked. */
    QStringList checkedH1() const;

Q_SIGNALS:
    void removed(const QString& message);

private:
    void updateButtons();
    void remove();

    CsmController* m_controller;
    QString m_session;
    QListWidget* m_list = nullptr;
    QRadioButton* m_keepYes = nullptr;
    QRadioButton* m_keepNo = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_remove = nullptr;
};

class SessionPropertiesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionPropertiesDialog)

public:
    SessionPropertiesDialog(CsmController* controller, const QString& session, QWidget* parent = nullptr);
    ~SessionPropertiesDialog() override;

    QLineEdit* descriptionEdit() const { return m_description; }
    QCheckBox* incrementalCheck() const { return m_incremental; }
    QCheckBox* backgroundCopyCheck() const { return m_background; }
    QPushButton* okButton() const { return m_ok; }
    /** What OK submits now. */
    CommandRequest request() const;
    QLabel* errorLabel() const { return m_error; }

Q_SIGNALS:
    void changed();

private:
    void apply();

    CsmController* m_controller;
    QString m_session;
    QLineEdit* m_description = nullptr;
    QCheckBox* m_incremental = nullptr;
    QCheckBox* m_background = nullptr;
    QCheckBox* m_startFlashes = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace Copyline::CsmUi
