#pragma once

#include "io/dataexport.h"
#include "storage/eventfilter.h"

#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QProgressDialog>
#include <QString>

#include <atomic>

class QThread;
class QWidget;

namespace detente {

/// File → Export Data…: writes the events the window shows (its filters) as CSV, the project's
/// JSON or TimelineJS, on a worker thread with its own read-only connection, a batch of events at
/// a time behind a progress dialog. Cancel stops at the next batch and writes nothing: an
/// earlier file of that name stays as it was, and so it does when the export fails (a full
/// disk, a folder that cannot be written).
class DataExportJob : public QObject {
    Q_OBJECT
public:
    explicit DataExportJob(QWidget *window);
    ~DataExportJob() override;

    /// Asks for a file and a format, then exports the events `filter` keeps from `database`.
    void chooseFile(const QString &database, const EventFilter &filter, const QString &title);
    /// Exports at once; returns while the worker runs.
    void start(const QString &database, const EventFilter &filter, const QString &path,
               DataFormat format, const QString &title);
    bool isRunning() const { return m_thread != nullptr; }

    /// The last export's outcome (empty message: written), its file, the dialog while it runs;
    /// wasCancelled() only when Cancel came before the file was written.
    const Status &status() const { return m_status; }
    const QString &path() const { return m_path; }
    bool wasCancelled() const { return m_cancelled; }
    QProgressDialog *progressDialog() const { return m_progress; }
    /// The message shown when the last export failed, while it is open.
    QMessageBox *errorBox() const { return m_error; }

    /// The file dialog's filters, in the order of DataFormat.
    static QStringList fileFilters();

signals:
    /// The export ended: written, failed or cancelled (see status()).
    void finished();

private:
    void finish();

    QWidget *m_window;
    QThread *m_thread = nullptr;
    QPointer<QProgressDialog> m_progress;
    QPointer<QMessageBox> m_error;
    std::atomic<bool> m_cancel{false};
    Status m_status; ///< written by the worker, read after it ended
    QString m_path;
    bool m_cancelled = false;
};

} // namespace detente
