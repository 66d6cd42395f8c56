// SPDX-License-Identifier: GPL-3.0-or-later
// The console's languages: Copyline's own translations (translations/copyline_<lang>.ts, compiled into
// copyline_widgets as :/i18n/copyline_<lang>.qm) and Qt's (qtbase_<lang>.qm from qt6-translations-l10n).
#pragma once

#include <QLocale>

namespace Copyline
{

/**
 * Installs on the application the translators for @p locale (its uiLanguages, e.g. from LANGUAGE, LC_ALL or LANG):
 * Qt's qtbase_<lang> from QLibraryInfo::TranslationsPath when that file exists, and copyline_<lang> from :/i18n.
 * The translators of an earlier call are removed first. Returns whether a Copyline translation was loaded.
 */
bool installTranslators(const QLocale& locale);

} // namespace Copyline
