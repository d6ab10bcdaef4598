#pragma once

#include <QList>
#include <QLocale>

class QCoreApplication;
class QTranslator;

namespace detente {

/// Installs the translations for `locale` into `app`: Detente's own (built into the program)
/// and Qt's (its dialogs and context menus) when they are installed. Languages are tried in the
/// user's order of preference, and none is loaded when English, the program's own language,
/// comes first. Returns the installed translators (owned by `app`).
QList<QTranslator *> installTranslators(QCoreApplication &app, const QLocale &locale = QLocale());

} // namespace detente
