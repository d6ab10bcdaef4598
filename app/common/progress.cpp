#include "progress.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QProgressDialog>

namespace detente {

QProgressDialog *workProgressDialog(QWidget *parent, const QString &title, const QString &label,
                                    int maximum, int minimumDurationMs,
                                    std::function<void()> cancel)
{
    auto *dialog = new QProgressDialog(
        label, QCoreApplication::translate("detente::Progress", "Cancel"), 0, maximum, parent);
    dialog->setWindowTitle(title);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setMinimumDuration(minimumDurationMs);
    QObject::connect(
        dialog, &QProgressDialog::canceled, dialog, [dialog, cancel = std::move(cancel)] {
            cancel();
            dialog->setLabelText(QCoreApplication::translate("detente::Progress", "Cancelling…"));
        });
    return dialog;
}

QWidget *busyIndicator(QWidget *parent, const QString &text, const QString &accessibleName,
                       QLabel **label)
{
    auto *indicator = new QWidget(parent);
    auto *layout = new QHBoxLayout(indicator);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *caption = new QLabel(text, indicator);
    auto *bar = new QProgressBar(indicator);
    bar->setRange(0, 0); // busy: how long it takes is not known
    bar->setMaximumWidth(100);
    bar->setMaximumHeight(caption->sizeHint().height());
    bar->setAccessibleName(accessibleName);
    layout->addWidget(caption);
    layout->addWidget(bar);
    indicator->hide();
    if (label)
        *label = caption;
    return indicator;
}

} // namespace detente
