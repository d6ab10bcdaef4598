#include "dataexportjob.h"

#include "common/progress.h"
#include "storage/database.h"
#include "storage/eventstore.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QThread>

namespace detente {

namespace {
const char lastFolderKey[] = "export/dataFolder";
/// Steps of the progress bar.
constexpr int progressSteps = 1000;
} // namespace

DataExportJob::DataExportJob(QWidget *window)
    : QObject(window)
    , m_window(window)
{}

DataExportJob::~DataExportJob()
{
    if (m_thread) {
        m_cancel.store(true);
        m_thread->wait();
        delete m_thread;
    }
}

QStringList DataExportJob::fileFilters()
{
    return {tr("CSV for spreadsheets (*.csv)"), tr("Detente JSON, imports back exactly (*.json)"),
            tr("TimelineJS JSON, for the web (*.json)")};
}

void DataExportJob::chooseFile(const QString &database, const EventFilter &filter,
                               const QString &title)
{
    if (isRunning())
        return;
    QSettings settings;
    const QString folder =
        settings
            .value(QLatin1String(lastFolderKey),
                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    const QString name = QFileInfo(database).completeBaseName() + QStringLiteral(".csv");
    const QStringList filters = fileFilters();
    QString chosen = filters.first();
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export Data"),
                                                folder.isEmpty() ? name : folder + u'/' + name,
                                                filters.join(QLatin1String(";;")), &chosen);
    if (path.isEmpty())
        return;
    const auto format = DataFormat(std::max<qsizetype>(0, filters.indexOf(chosen)));
    const QString suffix =
        format == DataFormat::Csv ? QStringLiteral(".csv") : QStringLiteral(".json");
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    settings.setValue(QLatin1String(lastFolderKey), QFileInfo(path).absolutePath());
    start(database, filter, path, format, title);
}

void DataExportJob::start(const QString &database, const EventFilter &filter, const QString &path,
                          DataFormat format, const QString &title)
{
    if (isRunning())
        return;
    m_cancel.store(false);
    m_cancelled = false;
    m_status = {};
    m_path = path;
    m_progress = workProgressDialog(m_window, tr("Export Data"),
                                    tr("Exporting to %1…").arg(QFileInfo(path).fileName()),
                                    progressSteps, 300, [this] { m_cancel.store(true); });
    m_thread = QThread::create([this, database, filter, path, format, title] {
        // This thread's own connection: a sqlite3 handle is used by one thread only.
        Database db;
        if (Status s = db.open(database, Database::OpenMode::ReadOnly); !s) {
            m_status = s;
            return;
        }
        // Events are written a batch at a time: Cancel stops at the next batch, and the file
        // is replaced only when the whole export is written.
        m_status = exportEventDataToFile(
            EventStore(db), filter, format, path, title, [this](qint64 done, qint64 total) {
                const int steps = total > 0 ? int(progressSteps * done / total) : progressSteps;
                QMetaObject::invokeMethod(
                    this,
                    [this, steps, done, total] {
                        if (!m_progress || m_cancel.load())
                            return;
                        // The label first: setValue() of a modal dialog processes events, and
                        // finish() may run in there and delete the dialog.
                        m_progress->setLabelText(tr("Exporting to %1: %L2 of %L3 events…")
                                                     .arg(QFileInfo(m_path).fileName())
                                                     .arg(done)
                                                     .arg(total));
                        m_progress->setValue(steps);
                    },
                    Qt::QueuedConnection);
                return !m_cancel.load();
            });
    });
    connect(m_thread, &QThread::finished, this, &DataExportJob::finish);
    m_thread->start();
}

void DataExportJob::finish()
{
    m_thread->deleteLater();
    m_thread = nullptr;
    if (m_progress)
        m_progress->deleteLater();
    m_progress = nullptr;
    // A cancel that came after the last batch was written changes nothing: the file is there.
    m_cancelled = m_cancel.load() && !m_status;
    if (!m_cancelled && !m_status) {
        m_error =
            new QMessageBox(QMessageBox::Warning, tr("Export Data"),
                            tr("The events could not be exported: %1").arg(m_status.message()),
                            QMessageBox::Ok, m_window);
        m_error->setAttribute(Qt::WA_DeleteOnClose);
        m_error->open();
    }
    emit finished();
}

} // namespace detente
