// SPDX-License-Identifier: GPL-3.0-or-later
// What the pages of the console's wizards have in common, whatever the wizard.
#pragma once

#include "common/messagelabel.h"

#include <QLabel>
#include <QWizardPage>

namespace Copyline
{

/**
 * Base of a wizard's pages: knows its wizard (which has a snapshotChanged() signal), re-reads its live values on
 * every snapshot (refresh()), keeps its input when the user goes Back (cleanupPage() does not reset fields to their
 * first values), and makes the red error and amber hint labels.
 */
template <typename Wizard>
class SnapshotWizardPage : public QWizardPage
{
public:
    explicit SnapshotWizardPage(Wizard* wizard)
        : QWizardPage(wizard)
        , m_owner(wizard)
    {
        QObject::connect(wizard, &Wizard::snapshotChanged, this, [this]() { refresh(); });
    }

    void cleanupPage() override { }

protected:
    Wizard* owner() const { return m_owner; }
    /** Re-reads the snapshot; the default does nothing. */
    virtual void refresh() { }
    /** A word-wrapped label for hints (amber) or errors (red), hidden while empty. */
    QLabel* addMessageLabel(const QString& objectName, bool error)
    {
        return makeMessageLabel(objectName, error ? MessageKind::Error : MessageKind::Warning, this);
    }
    static void setMessage(QLabel* label, const QString& text) { showMessage(label, text); }

private:
    Wizard* m_owner;
};

} // namespace Copyline
