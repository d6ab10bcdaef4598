#pragma once

#include <QString>

#include <functional>

class QLabel;
class QProgressDialog;
class QWidget;

namespace detente {

/// A window-modal progress dialog for work running on a worker thread: it stays open until the
/// work ends (no automatic close or reset); Cancel calls `cancel` once and then says
/// "Cancelling…" until the worker has stopped. `maximum` 0 shows a busy bar.
QProgressDialog *workProgressDialog(QWidget *parent, const QString &title, const QString &label,
                                    int maximum, int minimumDurationMs,
                                    std::function<void()> cancel);

/// A label with a busy bar for the status bar ("Filtering…"), hidden until shown; `*label`
/// receives the label so its text can change.
QWidget *busyIndicator(QWidget *parent, const QString &text, const QString &accessibleName,
                       QLabel **label = nullptr);

} // namespace detente
