// SPDX-License-Identifier: GPL-3.0-or-later
// The session pictogram (spec CSM §5.3, seed 003 Tables 1-3 and 1-4): one box per site of the session type, with the
// boxes of the roles that live there (H1, I2, H2, J2, T1, ...); an arrow per role pair drawn in the direction of the
// copy and labelled with its method (FlashCopy, Synchronous, Asynchronous); grey and dashed while the role pair is
// inactive, with a red cross when it has errors; the recoverable targets marked, the active host's box emphasised.
// Painted with the palette's colours (and the status colours of csmmodels.h), so a dark theme reads as well.
#pragma once

#include "panels/csm/csmdata.h"

#include <QWidget>

namespace Copyline::CsmUi
{

class SessionPictogram final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionPictogram)

public:
    explicit SessionPictogram(QWidget* parent = nullptr);
    ~SessionPictogram() override;

    /** Shows @p session of @p type with its role pairs; a null @p type shows the placeholder text. */
    void setSession(const SessionType* type, const SessionRow& session, const QList<RolePairRow>& rolePairs);
    void clear();

    /** Where the box of @p role is drawn (tests, tooltips); empty if the role is not shown. */
    QRectF roleRect(const QString& role) const;
    /** The role pairs drawn, as "H1->H2 Synchronous active|inactive [errors] [recoverable]" (tests). */
    QStringList arrowDescriptions() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Arrow
    {
        QString from;
        QString to;
        QString method;
        bool active = false;
        bool errors = false;
        bool recoverable = false;
        int progress = 0;
    };
    void layoutRoles();

    bool m_hasType = false;
    int m_sites = 1;
    QStringList m_roles;
    QStringList m_locations;
    QString m_activeHost;
    QString m_sessionName;
    QList<Arrow> m_arrows;
    QHash<QString, QRectF> m_roleRects;
    QList<QRectF> m_siteRects;
};

} // namespace Copyline::CsmUi
