#include "translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace detente {

QList<QTranslator *> installTranslators(QCoreApplication &app, const QLocale &locale)
{
    QList<QTranslator *> installed;
    auto tryLoad = [&](const QString &name, const QString &directory, const QString &language) {
        auto *translator = new QTranslator(&app);
        if (translator->load(name + u'_' + language, directory) &&
            QCoreApplication::installTranslator(translator)) {
            installed << translator;
            return true;
        }
        delete translator;
        return false;
    };
    const QString qtDirectory = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    for (QString language : locale.uiLanguages()) {
        // QTranslator::load(QLocale) would skip past an English first choice to a later
        // language; English is what the program is written in, so it wins there.
        language.replace(u'-', u'_');
        if (language == QLatin1String("C") || language.startsWith(QLatin1String("en")))
            break;
        if (tryLoad(QStringLiteral("detente"), QStringLiteral(":/detente/translations"),
                    language)) {
            tryLoad(QStringLiteral("qtbase"), qtDirectory, language);
            break;
        }
    }
    return installed;
}

} // namespace detente
