#include "dataimport.h"

#include "common/progress.h"
#include "importing/articledialog.h"
#include "io/articleimport.h"
#include "storage/database.h"
#include "storage/eventstore.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QSettings>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace detente {

namespace {

constexpr int progressSteps = 1000;
constexpr qsizetype reportedProblems = 100;

QStringList localFiles(const QMimeData *mime)
{
    QStringList files;
    if (mime && mime->hasUrls())
        for (const QUrl &url : mime->urls())
            if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
                files << url.toLocalFile();
    return files;
}

} // namespace

DataImport::DataImport(QWidget *window, std::function<EventStore *()> store)
    : QObject(window)
    , m_window(window)
    , m_store(std::move(store))
{
    window->setAcceptDrops(true);
    window->installEventFilter(this);
}

DataImport::~DataImport()
{
    if (m_thread) {
        m_cancel.store(true);
        m_thread->wait();
        delete m_thread; // its finished() would reach no one now
    }
}

bool DataImport::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_window)
        return false;
    if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (localFiles(drag->mimeData()).isEmpty())
            return false;
        drag->acceptProposedAction();
        return true;
    }
    if (event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QStringList files = localFiles(drop->mimeData());
        if (files.isEmpty())
            return false;
        drop->acceptProposedAction();
        // Not inside the drop: the source application waits for it to return.
        QTimer::singleShot(0, this, [this, files] { start(files); });
        return true;
    }
    return false;
}

void DataImport::chooseFiles()
{
    QSettings settings;
    const QStringList files = QFileDialog::getOpenFileNames(
        m_window, tr("Import Data"), settings.value(QStringLiteral("import/folder")).toString(),
        tr("Event data and articles (*.csv *.CSV *.tsv *.tab *.txt *.json *.gz *.zip);;"
           "All files (*)"));
    if (files.isEmpty())
        return;
    settings.setValue(QStringLiteral("import/folder"), QFileInfo(files.first()).absolutePath());
    start(files);
}

void DataImport::start(const QStringList &files)
{
    if (m_thread) {
        QMessageBox::information(m_window, tr("Import Data"),
                                 tr("An import is running; wait for it or cancel it first."));
        return;
    }
    EventStore *store = m_store();
    if (!store || store->database().isReadOnly() || store->database().path().isEmpty()) {
        QMessageBox::information(m_window, tr("Import Data"),
                                 tr("This database is read-only; open another to import into."));
        return;
    }
    // Articles are reviewed in their own dialog; data files go to the worker.
    QStringList data;
    for (const QString &file : files) {
        // (A file with a "url: / published: / title:" header is an article whatever follows.)
        if (Importer::detectFormat(file) != ImportFormat::Article && !articleFileHeader(file)) {
            data << file;
            continue;
        }
        ArticleDialog dialog(*store, m_window);
        QString error;
        if (!dialog.openFile(file, &error)) {
            QMessageBox::warning(m_window, tr("Import Article"), error);
            continue;
        }
        if (dialog.exec() == QDialog::Accepted)
            emit imported();
    }
    if (data.isEmpty())
        return;

    m_cancel.store(false);
    m_outcomes.clear();
    if (m_report)
        m_report->close();
    m_progress = workProgressDialog(m_window, tr("Import Data"),
                                    tr("Importing %1…").arg(QFileInfo(data.first()).fileName()),
                                    progressSteps, 0, [this] { m_cancel.store(true); });
    m_progress->show();
    m_thread = QThread::create([this, path = store->database().path(), data] { work(path, data); });
    connect(m_thread, &QThread::finished, this, &DataImport::finish);
    m_thread->start();
}

void DataImport::work(const QString &database, const QStringList &files)
{
    // This thread's own connection: a sqlite3 handle is used by one thread only.
    Database db;
    if (Status s = db.open(database, Database::OpenMode::Existing); !s) {
        for (const QString &file : files) {
            Outcome o{file, {}};
            o.result.fatal = s.message();
            m_outcomes.append(o);
        }
        return;
    }
    EventStore store(db);
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (m_cancel.load()) {
            Outcome o{files[i], {}};
            o.result.cancelled = true;
            o.result.fatal = tr("the import was cancelled; nothing was written");
            m_outcomes.append(o);
            continue;
        }
        const QString label = files.size() == 1
                                  ? tr("Importing %1…").arg(QFileInfo(files[i]).fileName())
                                  : tr("Importing %1 (%2 of %3)…")
                                        .arg(QFileInfo(files[i]).fileName())
                                        .arg(i + 1)
                                        .arg(files.size());
        Importer importer(store);
        importer.setLogPath(Importer::defaultLogPath(files[i]));
        importer.setProgress([&, i](qint64 bytes, qint64 total) {
            const double part = total > 0 ? double(bytes) / double(total) : 0.0;
            const int permille = int(progressSteps * (double(i) + part) / double(files.size()));
            QMetaObject::invokeMethod(
                this, [this, permille, label] { setProgress(permille, label); },
                Qt::QueuedConnection);
            return !m_cancel.load();
        });
        m_outcomes.append({files[i], importer.importFile(files[i])});
    }
}

void DataImport::setProgress(int permille, const QString &label)
{
    if (!m_progress || m_cancel.load())
        return;
    m_progress->setLabelText(label);
    m_progress->setValue(permille);
}

void DataImport::finish()
{
    m_thread->deleteLater();
    m_thread = nullptr;
    if (m_progress)
        m_progress->deleteLater();
    m_progress = nullptr;
    const bool changed = std::any_of(m_outcomes.begin(), m_outcomes.end(),
                                     [](const Outcome &o) { return o.result.inserted > 0; });
    if (changed)
        emit imported();
    showReport();
    emit finished();
}

void DataImport::showReport()
{
    auto *dialog = new QDialog(m_window);
    dialog->setObjectName(QStringLiteral("importReport"));
    dialog->setWindowTitle(tr("Import Data"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(dialog);
    QStringList summary, details;
    for (const Outcome &o : std::as_const(m_outcomes)) {
        const QString name = QFileInfo(o.file).fileName();
        const ImportResult &r = o.result;
        // Said once, before the files it concerns (a broken gazetteer concerns every article).
        if (!r.warning.isEmpty() && !summary.contains(r.warning))
            summary << r.warning;
        if (r.cancelled)
            summary << tr("%1: cancelled; nothing was imported and the database is unchanged.")
                           .arg(name);
        else if (!r.isOk())
            summary << tr("%1: nothing was imported: %2").arg(name, r.fatal);
        else
            summary << tr("%1: %n event(s) imported", nullptr, int(r.inserted)).arg(name) +
                           tr(", %n duplicate(s) skipped", nullptr, int(r.duplicates)) +
                           tr(", %n line(s) skipped as unreadable.", nullptr, int(r.problemCount));
        if (r.problemCount == 0)
            continue;
        details << (r.problemCount > reportedProblems ? tr("%1: the first %2 of %3 skipped lines:")
                                                            .arg(name)
                                                            .arg(reportedProblems)
                                                            .arg(r.problemCount)
                                                      : tr("%1: skipped lines:").arg(name));
        for (qsizetype i = 0; i < std::min(reportedProblems, r.problems.size()); ++i)
            details << QStringLiteral("  ") + r.problems[i].text();
        if (!r.logPath.isEmpty())
            details
                << tr("  All of them are listed in %1").arg(QDir::toNativeSeparators(r.logPath));
    }
    if (m_outcomes.size() < 1)
        summary << tr("Nothing was imported.");
    auto *label = new QLabel(summary.join(u'\n'), dialog);
    label->setObjectName(QStringLiteral("summary"));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(label);
    if (!details.isEmpty()) {
        auto *text = new QPlainTextEdit(details.join(u'\n'), dialog);
        text->setObjectName(QStringLiteral("skipped"));
        text->setReadOnly(true);
        text->setLineWrapMode(QPlainTextEdit::NoWrap);
        text->setMinimumSize(560, 240);
        layout->addWidget(text);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok, dialog);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    layout->addWidget(buttons);
    m_report = dialog;
    dialog->open();
}

} // namespace detente
