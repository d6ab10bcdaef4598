#pragma once

#include "io/importer.h"

#include <QDialog>
#include <QObject>
#include <QPointer>
#include <QProgressDialog>
#include <QStringList>

#include <atomic>
#include <functional>

class QThread;
class QWidget;

namespace detente {

class EventStore;

/// File → Import Data… and files dropped onto the window: imports event data files into the
/// window's database on a worker thread, with a progress dialog whose Cancel leaves the
/// database untouched, then a report (events imported, lines skipped with the first 100 of
/// them, and the log file listing all). Articles go to the ArticleDialog to be reviewed.
///
/// Threads: the worker opens its own connection to the database file and uses only that one
/// (WAL lets the window go on reading); everything else runs on the GUI thread.
class DataImport : public QObject {
    Q_OBJECT
public:
    /// What one file's import did.
    struct Outcome {
        QString file;
        ImportResult result;
    };

    /// `store` gives the window's store (null when none is open) when an import starts.
    DataImport(QWidget *window, std::function<EventStore *()> store);
    ~DataImport() override;

    /// Asks for files and imports them.
    void chooseFiles();
    /// Imports the files, one transaction each; returns at once (data) or after the article
    /// dialogs (articles).
    void start(const QStringList &files);
    bool isRunning() const { return m_thread != nullptr; }

    /// The last import's outcomes, the progress dialog while one runs, its report after it.
    const QList<Outcome> &outcomes() const { return m_outcomes; }
    QProgressDialog *progressDialog() const { return m_progress; }
    QDialog *reportDialog() const { return m_report; }

signals:
    /// Events were stored: the window reloads them.
    void imported();
    /// An import ended (done, failed or cancelled) and its report is showing.
    void finished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void work(const QString &database, const QStringList &files);
    void setProgress(int permille, const QString &label);
    void finish();
    void showReport();

    QWidget *m_window;
    std::function<EventStore *()> m_store;
    QThread *m_thread = nullptr;
    QPointer<QProgressDialog> m_progress;
    QPointer<QDialog> m_report;
    std::atomic<bool> m_cancel{false};
    QList<Outcome> m_outcomes; ///< written by the worker, read after it ended
};

} // namespace detente
