// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Copyline
{

class EngineAttacher;
class EngineConnection;
struct Error;
struct EngineAddress;

/**
 * Storage Subsystem ▸ Attach Engine… (issue 17, one console for many engines): the address of another engine's
 * management listener (copylined --listen), a user of that engine and the password. The engine's storage subsystems
 * then join the console's list under it. On first contact the dialog shows the certificate's fingerprint, as
 * copylinectl --host does, and attaches when Attach is clicked again with it: the user compares it with the one the
 * engine printed first. Nothing is sent to an engine not trusted. A failure says why and keeps what was typed.
 * Attaching runs in the background (a handshake, a sign-in that may be slowed after failures): the window stays
 * responsive, says what it waits for, and Cancel abandons the attempt.
 */
class AttachEngineDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachEngineDialog)

public:
    AttachEngineDialog(EngineAttacher* attacher, QWidget* parent = nullptr);
    ~AttachEngineDialog() override;

    QLineEdit* addressEdit() const { return m_address; }
    QLineEdit* userEdit() const { return m_user; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* fingerprintEdit() const { return m_fingerprint; }
    QPushButton* attachButton() const { return m_attach; }
    QLabel* resultLabel() const { return m_result; }

    /** After accept(): the attached engine's connection (once), and the address it was reached at. */
    std::unique_ptr<EngineConnection> takeConnection();
    QString endpoint() const;

    void reject() override;

private:
    void attach();
    void attachEnded(std::unique_ptr<EngineConnection> connection,
        const EngineAddress& address,
        const Error& error,
        const QString& presented);
    void updateButtons();

    EngineAttacher* m_attacher;
    std::unique_ptr<EngineConnection> m_connection;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_fingerprint = nullptr;
    QPushButton* m_attach = nullptr;
    QLabel* m_result = nullptr;
    /** The attempt under way (its context: deleting it abandons the attempt); null when none is. */
    QObject* m_attempt = nullptr;
};

} // namespace Copyline
