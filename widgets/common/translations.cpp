// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

bool installTranslators(const QLocale& locale)
{
    QCoreApplication* app = QCoreApplication::instance();
    if (app == nullptr) {
        return false;
    }
    const QString name = u"copylineTranslator"_s;
    for (QTranslator* old : app->findChildren<QTranslator*>(name, Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    auto install = [app, &name, &locale](const QString& file, const QString& directory) {
        auto* translator = new QTranslator(app);
        translator->setObjectName(name);
        if (!translator->load(locale, file, u"_"_s, directory)) {
            delete translator;
            return false;
        }
        QCoreApplication::installTranslator(translator);
        return true;
    };
    // Qt first: a translator installed later is asked first, and Copyline's own texts come before Qt's.
    install(u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return install(u"copyline"_s, u":/i18n"_s);
}

} // namespace Copyline
