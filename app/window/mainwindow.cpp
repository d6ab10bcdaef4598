#include "mainwindow.h"

#include "appdatabase.h"
#include "common/progress.h"
#include "editing/actordialog.h"
#include "editing/eventdialog.h"
#include "export/dataexportjob.h"
#include "export/exportdialog.h"
#include "help/shortcutswindow.h"
#include "importing/articledialog.h"
#include "importing/dataimport.h"
#include "render/export.h"
#include "storage/eventstore.h"
#include "timeline/actorfilter.h"
#include "timeline/indexbuilder.h"
#include "timeline/viewsettings.h"
#include "window/actorpanel.h"
#include "window/articlewindow.h"
#include "window/detailspane.h"
#include "window/eventlistmodel.h"
#include "window/filterchips.h"
#include "window/filterpanel.h"
#include "window/overviewstrip.h"
#include "window/timelineview.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileSystemWatcher>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <utility>

namespace detente {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_view(new TimelineView(this))
    , m_details(new DetailsPane(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Detente"));
    // The timeline, with the overview strip of the whole range under it.
    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    m_overview = new OverviewStrip(centre);
    {
        // Above the timeline while the open file is gone: what is shown can still be saved.
        m_fileBanner = new QFrame(centre);
        m_fileBanner->setObjectName(QStringLiteral("fileGone"));
        m_fileBanner->setAutoFillBackground(true);
        QPalette warning = m_fileBanner->palette();
        warning.setColor(QPalette::Window, QColor(0xfd, 0xec, 0xc8));
        warning.setColor(QPalette::WindowText, QColor(0x3b, 0x2a, 0x00));
        m_fileBanner->setPalette(warning);
        auto *row = new QHBoxLayout(m_fileBanner);
        m_fileBannerText = new QLabel(m_fileBanner);
        m_fileBannerText->setWordWrap(true);
        m_fileBannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
        row->addWidget(m_fileBannerText, 1);
        auto *saveCopy = new QPushButton(tr("Save a &Copy…"), m_fileBanner);
        auto *reopen = new QPushButton(tr("&Reopen"), m_fileBanner);
        reopen->setObjectName(QStringLiteral("reopen"));
        row->addWidget(saveCopy);
        row->addWidget(reopen);
        connect(saveCopy, &QPushButton::clicked, this, &MainWindow::saveCopyDialog);
        connect(reopen, &QPushButton::clicked, this, &MainWindow::reopenDialog);
        m_fileBanner->hide();
        centreLayout->addWidget(m_fileBanner);
    }
    m_fileWatcher = new QFileSystemWatcher(this);
    // Deleting or renaming over the file changes it for the watcher; so do this program's own
    // writes, and checking is cheap.
    connect(m_fileWatcher, &QFileSystemWatcher::fileChanged, this, [this] { checkDatabaseFile(); });
    centreLayout->addWidget(m_view, 1);
    centreLayout->addWidget(m_overview);
    setCentralWidget(centre);
    connect(m_view, &TimelineView::scaleChanged, this, [this] {
        m_overview->setVisibleRange(m_view->scale().start(), m_view->scale().end());
    });
    connect(m_overview, &OverviewStrip::rangeRequested, this, [this](qint64 start, qint64 end) {
        TimeScale scale = m_view->scale();
        scale.setRange(start, end);
        m_view->setScale(scale);
    });
    m_indexBuilder = new IndexBuilder(&m_scene, this);
    connect(m_indexBuilder, &IndexBuilder::indexChanged, m_view, &TimelineView::refresh);
    connect(m_indexBuilder, &IndexBuilder::indexChanged, m_overview, &OverviewStrip::refresh);
    connect(m_indexBuilder, &IndexBuilder::indexChanged, this,
            &MainWindow::updateFilteringIndicator);
    m_filterWorker = new FilterWorker(this);
    connect(m_filterWorker, &FilterWorker::finished, this, &MainWindow::adoptFilterResult);
    auto *dock = new QDockWidget(tr("Details"), this);
    dock->setObjectName(QStringLiteral("details"));
    dock->setWidget(m_details);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    resizeDocks({dock}, {340}, Qt::Horizontal);
    statusBar()->addWidget(m_status, 1);
    {
        // Shown while a filter change is applied off the GUI thread (large databases).
        m_filtering = busyIndicator(this, tr("Filtering…"), tr("Filtering"));
        m_filtering->setObjectName(QStringLiteral("filtering"));
        statusBar()->addPermanentWidget(m_filtering);
        m_filteringPoll = new QTimer(this);
        m_filteringPoll->setInterval(100);
        connect(m_filteringPoll, &QTimer::timeout, this, &MainWindow::updateFilteringIndicator);
    }
    {
        // Shown while a large database's events are read off the GUI thread.
        m_loader = new SceneLoadWorker(this);
        connect(m_loader, &SceneLoadWorker::finished, this, &MainWindow::adoptLoadResult);
        m_loading = busyIndicator(this, QString(), tr("Loading"), &m_loadingLabel);
        m_loading->setObjectName(QStringLiteral("loading"));
        statusBar()->addPermanentWidget(m_loading);
    }

    m_actors = new ActorPanel(this);
    auto *actorDock = new QDockWidget(tr("Actors"), this);
    actorDock->setObjectName(QStringLiteral("actors"));
    actorDock->setWidget(m_actors);
    actorDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::LeftDockWidgetArea, actorDock);
    resizeDocks({actorDock}, {240}, Qt::Horizontal);
    connect(m_actors, &ActorPanel::filterChanged, this, &MainWindow::applyFilters);
    connect(m_actors, &ActorPanel::editRequested, this, &MainWindow::editActorDialog);

    m_filters = new FilterPanel(this);
    auto *filterDock = new QDockWidget(tr("Filters"), this);
    filterDock->setObjectName(QStringLiteral("filters"));
    filterDock->setWidget(m_filters);
    filterDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::LeftDockWidgetArea, filterDock);
    tabifyDockWidget(actorDock, filterDock);
    actorDock->raise();
    connect(m_filters, &FilterPanel::filterChanged, this, &MainWindow::applyFilters);

    // The list reads its rows lazily; it sorts itself (off the GUI thread, with the filter).
    m_listModel = new EventListModel(this);
    connect(m_listModel, &EventListModel::sortRequested, this, &MainWindow::applyFilters);
    m_list = new QTableView(this);
    m_list->setModel(m_listModel);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(EventListModel::Date, Qt::AscendingOrder);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(false);
    m_list->horizontalHeader()->setSectionResizeMode(EventListModel::Title, QHeaderView::Stretch);
    m_list->setAccessibleName(tr("Event list"));
    auto *listDock = new QDockWidget(tr("Events"), this);
    listDock->setObjectName(QStringLiteral("events"));
    listDock->setWidget(m_list);
    listDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::BottomDockWidgetArea, listDock);
    resizeDocks({listDock}, {180}, Qt::Vertical);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!m_selecting && current.isValid())
                    selectEvent(current.data(EventListModel::EventRole).toInt(), true);
            });
    auto *copyRows = new QAction(tr("Copy Rows"), m_list);
    copyRows->setShortcut(QKeySequence::Copy);
    copyRows->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(copyRows);
    connect(copyRows, &QAction::triggered, this, [this] {
        // Tab-separated, as spreadsheets paste it.
        QStringList lines;
        const QModelIndexList rows = m_list->selectionModel()->selectedRows();
        for (const QModelIndex &row : rows) {
            QStringList cells;
            for (int c = 0; c < EventListModel::ColumnCount; ++c)
                cells << m_listModel->index(row.row(), c).data().toString();
            lines << cells.join(u'\t');
        }
        QGuiApplication::clipboard()->setText(lines.join(u'\n'));
    });
    // Ctrl+F: words to find in titles, summaries, quotes and names, on top of the actor filter.
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search events (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search events"));
    m_search->setMaximumWidth(360);
    QToolBar *toolbar = addToolBar(tr("Search"));
    toolbar->setObjectName(QStringLiteral("search"));
    toolbar->setMovable(false);
    toolbar->addWidget(m_search);
    connect(m_search, &QLineEdit::textChanged, this, &MainWindow::applyFilters);
    m_chips = new FilterChips(this);
    m_chipsAction = toolbar->addWidget(m_chips);
    m_chipsAction->setVisible(false);
    connect(m_chips, &FilterChips::clearAllRequested, this, &MainWindow::clearFilters);
    auto *find = new QAction(tr("&Find"), this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(find);
    m_undo = new QUndoStack(this);
    m_edit.changed = [this](qint64 id, const QList<qint64> &touched) {
        reload(
            true,
            [this, id] {
                if (const int event = m_scene.indexOfId(id); event >= 0)
                    selectEvent(event, false);
            },
            // An actor's edit may change any event: then all are read.
            touched.isEmpty() ? std::nullopt : std::optional<QList<qint64>>(touched));
    };
    m_edit.failed = [this](const QString &message) {
        QMessageBox::warning(this, tr("Detente"), tr("The change was not saved: %1").arg(message));
    };
    createActions();
    const QRect available = screen()->availableGeometry();
    resize(std::min(1400, available.width()), std::min(800, available.height()));
    restoreSettings(); // the size and layout the user left, when there is one
    connect(m_view, &TimelineView::eventSelected, this,
            [this](int event) { selectEvent(event, false); });
    connect(m_view, &TimelineView::laneToggled, this, [this](int lane) {
        m_scene.setCollapsed(lane, !m_scene.isCollapsed(lane));
        m_view->refresh();
    });
    connect(m_details, &DetailsPane::eventLinkActivated, this, [this](const QString &key) {
        if (const int event = m_store ? m_scene.indexOfId(m_store->idOfKey(key)) : -1; event >= 0)
            selectEvent(event, false);
    });
    // "Show article": the stored text in a window of its own, at the event's words.
    connect(m_details, &DetailsPane::articleRequested, this, [this](const SourceReport &report) {
        const std::optional<Source> source =
            m_store ? m_store->source(report.source.key) : std::nullopt;
        if (!source || source->body.isEmpty()) {
            QMessageBox::information(this, tr("Show Article"),
                                     tr("The article's text is not in the database."));
            return;
        }
        auto *article = new ArticleWindow(*source, report, this);
        article->setAttribute(Qt::WA_DeleteOnClose);
        article->show();
    });
    connect(m_view, &TimelineView::eventActivated, this, [this](int event) {
        showDetails(event);
        m_details->setFocus();
    });

    m_view->setFocus();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_fileGone && !m_copySaved) {
        // A deleted file's events are only in this window now; a moved one keeps them.
        QMessageBox ask(QMessageBox::Warning, tr("Detente"),
                        tr("%1 was deleted, moved or replaced while open. If it was deleted, what "
                           "the window shows is lost when it closes.")
                            .arg(QDir::toNativeSeparators(m_db->path())),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
        ask.button(QMessageBox::Save)->setText(tr("Save a &Copy…"));
        ask.button(QMessageBox::Discard)->setText(tr("Close &Anyway"));
        ask.setDefaultButton(QMessageBox::Save);
        const int answer = ask.exec();
        if (answer == QMessageBox::Save)
            saveCopyDialog();
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !m_copySaved)) {
            event->ignore();
            return;
        }
    }
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    // Back from another program, which may have moved the file.
    if (event->type() == QEvent::ActivationChange && isActiveWindow())
        checkDatabaseFile();
    QMainWindow::changeEvent(event);
}

bool MainWindow::checkDatabaseFile()
{
    if (!m_db || m_fileGone)
        return !m_fileGone;
    if (m_db->checkFile())
        return true;
    m_fileGone = true;
    if (m_loader->isBusy()) {
        // It may be reading whatever is at the path now: read here instead.
        m_loader->cancel();
        QTimer::singleShot(0, this, [this] {
            updateLoadingIndicator();
            loadHere(m_loadKeepsFilters);
        });
    }
    m_fileBannerText->setText(
        tr("<b>%1 was deleted, moved or replaced by another program.</b> The window still shows "
           "what was in it, but changes can no longer be saved. Save a copy to keep it, or "
           "reopen what is at that path now.")
            .arg(QDir::toNativeSeparators(m_db->path()).toHtmlEscaped()));
    m_fileBanner->show();
    for (QAction *a : std::as_const(m_editActions))
        a->setEnabled(false);
    // The workers read through a connection of their own, opened by path: from now on they
    // would read another file, or none. Filters run on this connection instead.
    m_filterWorker->setScene(m_scene.events(), m_store->actors(), m_store.get(), QString());
    return false;
}

bool MainWindow::dataOnlyHere() const
{
    return m_fileGone ||
           (m_db->isReadOnly() && m_db->openedSchemaVersion() != Database::currentSchemaVersion());
}

Status MainWindow::saveDatabaseCopy(const QString &path)
{
    if (!m_db)
        return Status::error(tr("No database is open."));
    // In steps with a progress dialog: a large database takes a while to copy (here: its
    // connection may be the only way left to what was in the file).
    bool cancelled = false;
    std::unique_ptr<QProgressDialog> progress(
        workProgressDialog(this, tr("Save a Copy"), tr("Copying the database…"), 1000, 500,
                           [&cancelled] { cancelled = true; }));
    Status s = m_db->saveCopy(path, [&](qint64 done, qint64 total) {
        progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        return !cancelled;
    });
    if (s)
        m_copySaved = m_fileGone;
    return s;
}

void MainWindow::saveCopyDialog()
{
    if (!m_db)
        return;
    const QFileInfo open(m_db->path());
    // The dialog adds the suffix itself, so it asks before replacing the file that names.
    QFileDialog chooser(
        this, tr("Save a Copy"),
        open.absoluteDir().filePath(tr("%1 copy.sqlite").arg(open.completeBaseName())),
        tr("Detente databases (*.sqlite *.detente *.db)"));
    chooser.setAcceptMode(QFileDialog::AcceptSave);
    chooser.setDefaultSuffix(QStringLiteral("sqlite"));
    if (chooser.exec() != QDialog::Accepted || chooser.selectedFiles().isEmpty())
        return;
    const QString path = chooser.selectedFiles().constFirst();
    if (Status s = saveDatabaseCopy(path); !s) {
        QMessageBox::critical(this, tr("Save a Copy"), s.message());
        return;
    }
    statusBar()->showMessage(tr("Saved a copy as %1").arg(QDir::toNativeSeparators(path)), 8000);
}

Status MainWindow::reopenDatabase()
{
    if (!m_db)
        return Status::error(tr("No database is open."));
    const QString path = m_db->path();
    m_loader->cancel();
    m_db->close();
    return openDatabase(path, false);
}

void MainWindow::reopenDialog()
{
    if (!m_db)
        return;
    const QString path = m_db->path();
    if (!QFileInfo::exists(path)) {
        QMessageBox::information(
            this, tr("Reopen"),
            tr("There is no file at %1 now. Save a copy to keep what the window shows.")
                .arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (m_fileGone && !m_copySaved &&
        QMessageBox::question(this, tr("Reopen"),
                              tr("Open the file that is at %1 now? What the window shows was not "
                                 "saved as a copy and will be gone.")
                                  .arg(QDir::toNativeSeparators(path))) != QMessageBox::Yes)
        return;
    if (Status s = reopenDatabase(); !s)
        QMessageBox::critical(this, tr("Reopen"), s.message());
}

QString MainWindow::lastDatabase()
{
    const QString path = QSettings().value(QStringLiteral("view/database")).toString();
    return !path.isEmpty() && QFileInfo::exists(path) ? path : QString();
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("view/colorBy"), colorByName(m_view->colorBy()));
    settings.setValue(QStringLiteral("view/lanes"), laneModeName(m_laneMode));
    if (m_db) {
        settings.setValue(QStringLiteral("view/database"), m_db->path());
        settings.setValue(QStringLiteral("view/start"), m_view->scale().start());
        settings.setValue(QStringLiteral("view/end"), m_view->scale().end());
        ViewSettings filters;
        filters.filter = currentFilter();
        settings.setValue(QStringLiteral("view/filter"),
                          QJsonDocument(filters.toJson()).toJson(QJsonDocument::Compact));
    }
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (const auto c = colorByFromName(settings.value(QStringLiteral("view/colorBy")).toString()))
        m_view->setColorBy(*c);
    if (const auto l = laneModeFromName(settings.value(QStringLiteral("view/lanes")).toString()))
        m_laneMode = *l;
}

MainWindow::~MainWindow()
{
    m_loader->cancel(); // interrupts its query: closing does not wait for a whole load
    // The view refers to the scene; detach it before the members go.
    m_view->setScene(nullptr);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *create = file->addAction(tr("&New Database…"), this, &MainWindow::newDatabaseDialog);
    create->setShortcut(QKeySequence::New);
    QAction *open = file->addAction(tr("&Open Database…"), this, &MainWindow::openDatabaseDialog);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(file, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    QAction *importArticle = file->addAction(tr("Import &Article…"), this, [this] {
        if (!m_store || m_db->isReadOnly()) {
            QMessageBox::information(this, tr("Import Article"), tr("This database is read-only."));
            return;
        }
        ArticleDialog dialog(*m_store, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        reload(); // fits the view to all events, the new ones included
        statusBar()->showMessage(
            tr("Saved the article with %n event(s)", nullptr, dialog.savedCount()), 5000);
    });
    importArticle->setShortcut(QKeySequence(tr("Ctrl+Shift+I")));
    // Event data files, chosen or dropped onto the window, imported on a worker thread.
    auto *dataImport = new DataImport(this, [this] { return m_store.get(); });
    connect(dataImport, &DataImport::imported, this, [this] { reload(); });
    QAction *importData =
        file->addAction(tr("&Import Data…"), dataImport, &DataImport::chooseFiles);
    importData->setShortcut(QKeySequence(tr("Ctrl+I")));
    QAction *exportImage = file->addAction(tr("&Export…"), this, &MainWindow::exportImageDialog);
    exportImage->setShortcut(QKeySequence(tr("Ctrl+E")));
    // The shown events as data (CSV, Detente JSON, TimelineJS), written on a worker thread.
    m_dataExport = new DataExportJob(this);
    connect(m_dataExport, &DataExportJob::finished, this, [this] {
        if (m_dataExport->wasCancelled())
            statusBar()->showMessage(tr("Export cancelled; no file was written"), 5000);
        else if (m_dataExport->status())
            statusBar()->showMessage(
                tr("Exported %1").arg(QDir::toNativeSeparators(m_dataExport->path())), 5000);
    });
    QAction *exportData = file->addAction(tr("Export &Data…"), this, [this] {
        if (m_store)
            m_dataExport->chooseFile(m_store->database().path(), currentFilter(),
                                     QFileInfo(m_store->database().path()).completeBaseName());
    });
    exportData->setObjectName(QStringLiteral("exportData"));
    exportData->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    QAction *copy = file->addAction(tr("&Copy View as Image"), this, &MainWindow::copyViewImage);
    copy->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    file->addSeparator();
    QAction *saveCopy = file->addAction(tr("Save a Cop&y As…"), this, &MainWindow::saveCopyDialog);
    saveCopy->setToolTip(tr("Everything in the open database, into a new file"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *newEvent = edit->addAction(tr("&New Event…"), this, &MainWindow::newEventDialog);
    newEvent->setShortcuts({QKeySequence(tr("Ctrl+Shift+N")), QKeySequence(Qt::Key_Insert)});
    QAction *editEvent = edit->addAction(tr("&Edit Event…"), this, &MainWindow::editEventDialog);
    editEvent->setShortcut(QKeySequence(Qt::Key_F2));
    QAction *deleteEvent =
        edit->addAction(tr("&Delete Event"), this, [this] { deleteSelectedEvent(); });
    deleteEvent->setShortcut(QKeySequence::Delete);
    QAction *editActor = edit->addAction(tr("Edit &Actor…"), this,
                                         [this] { editActorDialog(m_actors->currentActor()); });
    editActor->setToolTip(tr("Edit the actor chosen in the Actors panel"));
    m_editActions = {newEvent, editEvent, deleteEvent, editActor};

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *zoomIn = view->addAction(tr("Zoom &In"), m_view, &TimelineView::zoomIn);
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::Key_Plus)});
    QAction *zoomOut = view->addAction(tr("Zoom &Out"), m_view, &TimelineView::zoomOut);
    zoomOut->setShortcuts({QKeySequence::ZoomOut, QKeySequence(Qt::Key_Minus)});
    QAction *toSelection =
        view->addAction(tr("Zoom to &Selection"), m_view, &TimelineView::zoomToSelection);
    toSelection->setShortcut(QKeySequence(tr("Ctrl+Shift+F")));
    QAction *fit = view->addAction(tr("&Fit All"), m_view, &TimelineView::fitAll);
    fit->setShortcut(QKeySequence(Qt::Key_Home));
    // The view handles the plain keys itself when it has focus; the menu shows them.
    for (QAction *a : {zoomIn, zoomOut, fit})
        a->setShortcutContext(Qt::WindowShortcut);

    view->addSeparator();
    QAction *back = view->addAction(tr("&Back"), m_view, &TimelineView::back);
    back->setShortcut(QKeySequence::Back);
    QAction *forward = view->addAction(tr("Fo&rward"), m_view, &TimelineView::forward);
    forward->setShortcut(QKeySequence::Forward);

    view->addSeparator();
    QMenu *colours = view->addMenu(tr("&Colour By"));
    auto *colourGroup = new QActionGroup(this);
    const std::pair<ColorBy, QString> colourModes[] = {
        {ColorBy::Actor, tr("&Actor")},
        {ColorBy::Kind, tr("&Kind of Event")},
        {ColorBy::QuadClass, tr("&QuadClass (Cooperation / Conflict)")},
        {ColorBy::Goldstein, tr("&Goldstein Score")},
    };
    int key = Qt::Key_1;
    for (const auto &[mode, label] : colourModes) {
        QAction *a =
            colours->addAction(label, this, [this, mode = mode] { m_view->setColorBy(mode); });
        a->setCheckable(true);
        a->setChecked(mode == m_view->colorBy());
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(key++)));
        colourGroup->addAction(a);
    }

    QMenu *lanes = view->addMenu(tr("&Lanes"));
    auto *laneGroup = new QActionGroup(this);
    const std::pair<LaneMode, QString> laneModes[] = {
        {LaneMode::ByActor, tr("By &Actor")},
        {LaneMode::ByKind, tr("By &Kind of Event")},
        {LaneMode::Single, tr("&One Lane")},
    };
    for (const auto &[mode, label] : laneModes) {
        QAction *a = lanes->addAction(label, this, [this, mode = mode] { setLaneMode(mode); });
        a->setCheckable(true);
        a->setChecked(mode == m_laneMode);
        laneGroup->addAction(a);
    }

    view->addSeparator();
    QAction *clear = view->addAction(tr("C&lear Filters"), this, &MainWindow::clearFilters);
    clear->setShortcut(QKeySequence(tr("Ctrl+Shift+Backspace")));
    QAction *saveView = view->addAction(tr("&Save View…"), this, &MainWindow::saveViewDialog);
    saveView->setShortcut(QKeySequence::Save);
    m_viewsMenu = view->addMenu(tr("O&pen View"));
    m_deleteViewMenu = view->addMenu(tr("&Delete View"));
    connect(view, &QMenu::aboutToShow, this, &MainWindow::fillViewsMenu);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = help->addAction(tr("&Keyboard Shortcuts"), this,
                                         [this] { ShortcutsWindow::showFor(this); });
    shortcuts->setShortcut(QKeySequence(tr("Ctrl+/")));
    help->addAction(tr("&About Detente"), this, &MainWindow::about);
}

QStringList MainWindow::recentDatabases()
{
    QStringList recent;
    for (const QString &path : QSettings().value(QStringLiteral("recent/databases")).toStringList())
        if (QFileInfo::exists(path))
            recent << path;
    return recent;
}

Status MainWindow::openDatabase(const QString &path, bool seedNew)
{
    auto db = std::make_unique<Database>();
    if (Status s = openAppDatabase(*db, path, true, nullptr, seedNew); !s)
        return s;
    {
        QSettings settings;
        QStringList recent = settings.value(QStringLiteral("recent/databases")).toStringList();
        const QString absolute = QFileInfo(db->path()).absoluteFilePath();
        recent.removeAll(absolute);
        recent.prepend(absolute);
        settings.setValue(QStringLiteral("recent/databases"), recent.mid(0, 8));
    }
    m_view->setScene(nullptr);
    m_undo->clear(); // its commands wrote to the other database
    m_edit.movedIds.clear();
    m_store = std::make_unique<EventStore>(*db);
    m_edit.store = m_store.get();
    m_db = std::move(db);
    m_fileGone = false;
    m_copySaved = false;
    m_fileBanner->hide();
    if (!m_fileWatcher->files().isEmpty())
        m_fileWatcher->removePaths(m_fileWatcher->files());
    m_fileWatcher->addPath(m_db->path());
    for (QAction *a : std::as_const(m_editActions))
        a->setEnabled(!m_db->isReadOnly());
    reload(false, [this] { restoreDatabaseView(); });
    return {};
}

void MainWindow::restoreDatabaseView()
{
    // Back to the range the user left this database at.
    QSettings settings;
    if (settings.value(QStringLiteral("view/database")).toString() == m_db->path() &&
        settings.contains(QStringLiteral("view/start"))) {
        // The filters the user left it with (a view whose lanes and colours are the current ones).
        const QJsonObject json =
            QJsonDocument::fromJson(settings.value(QStringLiteral("view/filter")).toByteArray())
                .object();
        QString error;
        if (auto filters = ViewSettings::fromJson(json, &error);
            filters && !filters->filter.isEmpty()) {
            filters->lanes = m_laneMode;
            filters->colorBy = m_view->colorBy();
            filters->range.reset();
            applyView(*filters);
        }
        TimeScale scale = m_view->scale();
        scale.setRange(settings.value(QStringLiteral("view/start")).toLongLong(),
                       settings.value(QStringLiteral("view/end")).toLongLong());
        m_view->setScale(scale);
    }
}

void MainWindow::setLaneMode(LaneMode mode)
{
    m_laneMode = mode;
    if (m_store)
        reload(true, {}, QList<qint64>()); // the same events in other lanes: none read again
}

void MainWindow::reload(bool keepFilters, std::function<void()> then,
                        const std::optional<QList<qint64>> &reread)
{
    // A newer load supersedes one under way (its result is dropped); what waited for that one
    // waits for this one, unless this is another database.
    const bool loading = m_loader->isBusy();
    m_loader->cancel();
    m_loadKeepsFilters = keepFilters && (!loading || m_loadKeepsFilters);
    if (!keepFilters) {
        m_afterLoad.clear();
        // Another database starts clean.
        m_applyingView = true;
        m_filters->setFilter({});
        m_search->clear();
        m_applyingView = false;
    }
    if (then)
        m_afterLoad.append(std::move(then));
    checkDatabaseFile();
    // Small databases load faster here than through a round trip.
    const qint64 count = m_store->eventCount();
    if (dataOnlyHere() || count < m_loader->synchronousLimit()) {
        updateLoadingIndicator();
        loadHere(m_loadKeepsFilters);
        return;
    }
    if (!m_loadKeepsFilters) {
        // Nothing of the other database stays on screen: its events are not in this store.
        m_scene.setEvents({}, {}, m_laneMode);
        showScene({}, false);
    }
    // The old picture stays, and the window usable, until the new scene is in.
    m_loader->request(m_db->path(), m_scene, m_laneMode,
                      m_loadKeepsFilters ? reread : std::nullopt);
    updateLoadingIndicator(count);
}

void MainWindow::loadHere(bool keepFilters)
{
    Status status;
    QList<Event> events = m_store->allEvents(&status);
    const QList<Actor> actors = m_store->actors();
    m_scene.setEvents(std::move(events), actors, m_laneMode);
    m_loader->sceneLoadedHere();
    showScene(actors, keepFilters);
    for (const auto &then : std::exchange(m_afterLoad, {}))
        then();
    warnUnreadable(status);
}

void MainWindow::warnUnreadable(const Status &status)
{
    // After the scene is in, and from the event loop: the message box runs a loop of its own, in
    // which a newer load could otherwise finish first and then be overwritten by this one.
    if (!status)
        QTimer::singleShot(0, this, [this, message = status.message()] {
            QMessageBox::warning(this, tr("Detente"),
                                 tr("Cannot read the events: %1").arg(message));
        });
}

void MainWindow::adoptLoadResult(const SceneLoadWorker::Result &result)
{
    updateLoadingIndicator();
    if (result.workerFailed || !result.scene) {
        // No connection of its own (the file went, or cannot be read twice): load here.
        loadHere(m_loadKeepsFilters);
        return;
    }
    // Lanes folded while the scene loaded stay folded.
    result.scene->setCollapsedLanes(m_scene.collapsedLanes());
    auto old = std::make_shared<TimelineScene>(std::move(m_scene));
    m_scene = std::move(*result.scene);
    showScene(result.actors, m_loadKeepsFilters, &result.actorNames);
    for (const auto &then : std::exchange(m_afterLoad, {}))
        then();
    m_loader->discard(std::move(old)); // once nothing here refers to its events
    warnUnreadable(result.status);
}

void MainWindow::updateLoadingIndicator(qint64 events)
{
    const bool busy = m_loader->isBusy();
    if (busy && events > 0)
        m_loadingLabel->setText(tr("Loading %1 events…").arg(locale().toString(events)));
    m_loading->setVisible(busy);
}

void MainWindow::showScene(const QList<Actor> &actors, bool keepFilters,
                           const ActorPanel::Names *actorNames)
{
    // The filters in force survive a reload (new lanes, an edit); another database starts clean.
    const EventFilter before = keepFilters ? currentFilter() : EventFilter();
    // The worker filters with a connection of its own, unless the data is only in this one.
    m_filterWorker->setScene(m_scene.events(), actors, m_store.get(),
                             dataOnlyHere() ? QString() : m_db->path());
    m_view->setScene(&m_scene);
    if (actorNames)
        m_actors->setNames(*actorNames);
    else
        m_actors->setScene(m_scene, actors);
    m_filters->setScene(m_scene);
    m_overview->setScene(&m_scene);
    m_listModel->setScene(&m_scene); // every event until the filter's rows are in
    m_details->clearEvent();
    updateStatusText();
    setWindowTitle(tr("%1 – Detente").arg(QFileInfo(m_db->path()).fileName()));
    updateChips();
    if (!before.isEmpty()) {
        ViewSettings view;
        view.filter = before;
        view.lanes = m_laneMode;
        view.colorBy = m_view->colorBy();
        applyView(view);
    } else {
        applyFilters(); // the counts and the list's order
    }
}

void MainWindow::updateStatusText()
{
    const qsizetype count = m_scene.events().size();
    const qsizetype shown = m_listModel->rowCount();
    QString text =
        shown < count
            ? tr("%1 of %2 events shown").arg(locale().toString(shown), locale().toString(count))
        : count == 1 ? tr("1 event")
                     : tr("%1 events").arg(locale().toString(count));
    text += QStringLiteral(" · ") + QDir::toNativeSeparators(m_db->path());
    if (m_db->isReadOnly())
        text += QStringLiteral(" · ") + tr("read-only");
    m_status->setText(text);
}

namespace {
const QString &nothing = EventFilter::nothing;

QString listText(QStringList names, int shown = 3)
{
    names.sort(Qt::CaseInsensitive);
    if (names.size() <= shown)
        return names.join(QStringLiteral(", "));
    return MainWindow::tr("%1 and %n more", nullptr, int(names.size() - shown))
        .arg(names.mid(0, shown).join(QStringLiteral(", ")));
}
} // namespace

EventFilter MainWindow::currentFilter() const
{
    EventFilter f = m_filters->filter();
    const ActorFilter a = m_actors->filter();
    if (a.mode == ActorFilter::Mode::Between) {
        if (!a.first.isEmpty() && !a.second.isEmpty())
            f.between = std::make_pair(a.first, a.second);
    } else if (!a.all) {
        f.actors = a.checked.isEmpty() ? QStringList{nothing} : a.checked.values();
        f.actors.sort();
    }
    f.text = m_search->text().trimmed();
    return f;
}

ViewSettings MainWindow::currentView() const
{
    ViewSettings view;
    view.filter = currentFilter();
    view.range = std::make_pair(m_view->scale().start(), m_view->scale().end());
    view.lanes = m_laneMode;
    view.colorBy = m_view->colorBy();
    return view;
}

void MainWindow::applyFilters()
{
    if (m_applyingView || !m_store)
        return;
    updateChips();
    // Large databases are filtered on a worker: its result comes back to adoptFilterResult(),
    // meanwhile the window shows the previous filter's picture and stays usable.
    m_filterWorker->request({currentFilter(), m_listModel->sortColumn(), m_listModel->sortOrder()});
    updateFilteringIndicator();
}

void MainWindow::adoptFilterResult(const FilterWorker::Result &result)
{
    if (!result.filter.status)
        statusBar()->showMessage(tr("Cannot filter: %1").arg(result.filter.status.message()), 8000);
    // Large scenes rebuild the index on a worker; the view draws the old one until it is in.
    m_indexBuilder->setIncluded(result.filter.kept);
    m_listModel->setRows(result.rows);
    m_actors->setCounts(result.filter.actorCounts);
    if (const int selected = m_view->selectedEvent(); selected >= 0) {
        if (!m_scene.isIncluded(selected))
            selectEvent(-1, false);
        else
            selectListRow(selected); // its row in the new list
    }
    updateStatusText();
    updateFilteringIndicator();
    Q_EMIT filtersApplied();
}

bool MainWindow::isFiltering() const
{
    return m_filterWorker->isBusy() || m_indexBuilder->isBuilding();
}

void MainWindow::updateFilteringIndicator()
{
    const bool busy = isFiltering();
    m_filtering->setVisible(busy);
    if (busy && !m_filteringPoll->isActive())
        m_filteringPoll->start(); // the index builder says when it adopts, not when it drops
    else if (!busy)
        m_filteringPoll->stop();
}

void MainWindow::updateChips()
{
    QList<FilterChips::Chip> chips;
    const EventFilter f = currentFilter();
    const QLocale loc = locale();
    if (f.between) {
        chips.append({tr("Between %1 and %2").arg(f.between->first, f.between->second),
                      tr("Only the exchanges of this pair, in either direction"),
                      [this] { m_actors->setBetween({}, {}); }});
    } else if (!f.actors.isEmpty()) {
        const bool none = f.actors == QStringList{nothing};
        chips.append({none ? tr("No actor") : tr("Actors: %1").arg(listText(f.actors)),
                      none ? QString() : f.actors.join(QStringLiteral(", ")),
                      [this] { m_actors->checkAll(true); }});
    }
    if (!f.kinds.isEmpty()) {
        const bool none = f.kinds == QStringList{nothing};
        chips.append({none ? tr("No kind") : tr("Kinds: %1").arg(listText(f.kinds)),
                      none ? QString() : f.kinds.join(QStringLiteral(", ")),
                      [this] { m_filters->clearKinds(); }});
    }
    if (f.hasRange()) {
        const QString from = f.from != EventFilter().from
                                 ? loc.toString(dayOfMs(f.from), QLocale::ShortFormat)
                                 : QString();
        const QString to = f.to != EventFilter().to
                               ? loc.toString(dayOfMs(f.to - 1), QLocale::ShortFormat)
                               : QString();
        const QString text = from.isEmpty() ? tr("Until %1").arg(to)
                             : to.isEmpty() ? tr("From %1").arg(from)
                                            : tr("%1 – %2").arg(from, to);
        chips.append({text, {}, [this] { m_filters->clearDates(); }});
    }
    if (f.goldsteinMin || f.goldsteinMax)
        chips.append({tr("Goldstein %1 to %2")
                          .arg(loc.toString(f.goldsteinMin.value_or(-10), 'f', 1),
                               loc.toString(f.goldsteinMax.value_or(10), 'f', 1)),
                      {},
                      [this] { m_filters->clearGoldstein(); }});
    if (f.minSources > 0)
        chips.append({tr("At least %n source(s)", nullptr, f.minSources), {}, [this] {
                          m_filters->clearSources();
                      }});
    if (!f.tags.isEmpty())
        chips.append(
            {tr("Tags: %1").arg(listText(f.tags)), {}, [this] { m_filters->clearTags(); }});
    if (!f.text.isEmpty())
        chips.append({tr("Words: “%1”").arg(f.text), {}, [this] { m_search->clear(); }});
    m_chipsAction->setVisible(!chips.isEmpty());
    m_chips->setChips(std::move(chips));
}

void MainWindow::clearFilters()
{
    m_applyingView = true;
    m_actors->setBetween({}, {});
    m_actors->checkAll(true);
    m_filters->setFilter({});
    m_search->clear();
    m_applyingView = false;
    applyFilters();
}

void MainWindow::applyView(const ViewSettings &view)
{
    m_applyingView = true;
    // New lanes mean a new scene, which may come from a worker: the view's range is set once it
    // is in (set now, the new scene's fit would replace it). The filters below go with it.
    const bool relane = view.lanes != m_laneMode && m_store;
    m_laneMode = view.lanes;
    m_view->setColorBy(view.colorBy);
    const EventFilter &f = view.filter;
    if (f.between) {
        m_actors->setBetween(f.between->first, f.between->second);
    } else {
        m_actors->setBetween({}, {});
        if (f.actors.isEmpty()) {
            m_actors->checkAll(true);
        } else {
            m_actors->checkAll(false);
            for (const QString &actor : f.actors)
                m_actors->setChecked(actor, true);
        }
    }
    m_filters->setFilter(f);
    m_search->setText(f.text);
    m_applyingView = false;
    const auto showRange = [this, range = view.range] {
        if (!range)
            return;
        TimeScale scale = m_view->scale();
        scale.setRange(range->first, range->second);
        m_view->setScale(scale);
    };
    if (relane) {
        reload(true, showRange, QList<qint64>()); // the same events in other lanes
        return;
    }
    applyFilters();
    showRange();
}

Status MainWindow::saveView(const QString &name)
{
    if (!m_store)
        return Status::error(tr("No database is open."));
    if (name.trimmed().isEmpty())
        return Status::error(tr("A view needs a name."));
    return m_store->saveView(name.trimmed(), currentView().toJson());
}

Status MainWindow::openView(const QString &name)
{
    if (!m_store)
        return Status::error(tr("No database is open."));
    const auto json = m_store->view(name);
    if (!json)
        return Status::error(tr("There is no saved view called “%1”.").arg(name));
    QString error;
    const auto view = ViewSettings::fromJson(*json, &error);
    if (!view)
        return Status::error(tr("The saved view “%1” cannot be read: %2").arg(name, error));
    applyView(*view);
    statusBar()->showMessage(tr("View “%1”").arg(name), 4000);
    return {};
}

void MainWindow::addEvent(const Event &event)
{
    m_undo->push(new AddEventCommand(m_edit, event));
}

void MainWindow::editEvent(const Event &before, const Event &after)
{
    m_undo->push(new EditEventCommand(m_edit, before, after));
}

Status MainWindow::editActor(const Actor &before, const Actor &after)
{
    if (!m_store || m_db->isReadOnly())
        return Status::error(tr("The database is read-only."));
    if (Status s = m_store->updateActor(before.id, after); !s)
        return s;
    m_undo->push(new EditActorCommand(m_edit, before, after));
    return {};
}

void MainWindow::editActorDialog(const QString &name)
{
    if (!m_store || m_db->isReadOnly() || name.isEmpty())
        return;
    const QList<Actor> actors = m_store->actors();
    QStringList others;
    std::optional<Actor> before;
    for (const Actor &a : actors) {
        if (a.name == name)
            before = a;
        if (a.kind != ActorKind::Person)
            others << a.name;
    }
    if (!before)
        return;
    ActorDialog dialog(*before, others, this);
    while (dialog.exec() == QDialog::Accepted) {
        if (dialog.actor() == *before)
            return;
        const Status s = editActor(*before, dialog.actor());
        if (s)
            return;
        QMessageBox::warning(this, tr("Edit Actor"), s.message()); // and the dialog again
    }
}

bool MainWindow::deleteSelectedEvent()
{
    const int selected = m_view->selectedEvent();
    if (!m_store || selected < 0 || m_db->isReadOnly())
        return false;
    // The stored event, complete, so that undo brings all of it back.
    const auto event = m_store->event(m_scene.events()[selected].id);
    if (!event)
        return false;
    QStringList answeredBy;
    for (const qint64 id : m_store->answeredBy(event->id))
        if (const int other = m_scene.indexOfId(id); other >= 0)
            answeredBy.append(m_scene.events()[other].key);
    m_undo->push(new DeleteEventCommand(m_edit, *event, answeredBy));
    statusBar()->showMessage(tr("Deleted “%1” (Ctrl+Z brings it back)").arg(event->title), 5000);
    return true;
}

namespace {
/// What the event dialog offers: actor names and kinds (from the store's tables, not a pass over
/// the events).
struct Choices {
    QStringList actors, kinds;
};

Choices choicesOf(const EventStore &store)
{
    Choices c;
    for (const Actor &a : store.actors())
        c.actors << a.name;
    c.actors.sort(Qt::CaseInsensitive);
    for (const NamedCount &kind : store.kindCounts())
        if (!kind.name.isEmpty() && kind.count > 0)
            c.kinds << kind.name;
    for (const QString &kind : knownEventKinds())
        if (!c.kinds.contains(kind))
            c.kinds << kind;
    c.kinds.sort(Qt::CaseInsensitive);
    return c;
}

/// "2024-04-25 · Stoltenberg accuses China…": an event as the Answers list shows it.
std::pair<QString, QString> answerChoice(const Event &e)
{
    return {e.key, QStringLiteral("%1 · %2").arg(e.date.startText().left(10), e.title)};
}
} // namespace

QList<std::pair<QString, QString>> MainWindow::answerCandidates(const DateSpan &date) const
{
    // An answer follows what it answers within weeks: the events that start in the 60 days
    // before this one's range or during it, nearest first, at most 300. One pass over the
    // starts, strings made only for those offered.
    constexpr qint64 window = 60LL * 24 * 3600 * 1000;
    constexpr qsizetype most = 300;
    const QList<Event> &events = m_scene.events();
    std::vector<std::pair<qint64, int>> near; // distance from the date, event
    for (int i = 0; i < events.size(); ++i) {
        const Event &e = events[i];
        if (e.key.isEmpty() || e.date.first() < date.first() - window ||
            e.date.first() > date.last())
            continue;
        near.emplace_back(std::abs(date.first() - e.date.first()), i);
    }
    const auto cut = near.begin() + std::min<qsizetype>(most, qsizetype(near.size()));
    std::partial_sort(near.begin(), cut, near.end());
    QList<std::pair<QString, QString>> result;
    for (auto it = near.begin(); it != cut; ++it)
        result.append(answerChoice(events[it->second]));
    return result;
}

void MainWindow::newEventDialog()
{
    if (!m_store || m_db->isReadOnly())
        return;
    Event blank;
    blank.reference = QDate::currentDate();
    const Choices c = choicesOf(*m_store);
    EventDialog dialog(blank, c.actors, c.kinds, {}, this);
    dialog.setAnswerCandidates([this](const DateSpan &date) { return answerCandidates(date); });
    if (dialog.exec() == QDialog::Accepted)
        addEvent(dialog.event());
}

void MainWindow::editEventDialog()
{
    const int selected = m_view->selectedEvent();
    if (!m_store || selected < 0 || m_db->isReadOnly())
        return;
    const auto before = m_store->event(m_scene.events()[selected].id);
    if (!before)
        return;
    const Choices c = choicesOf(*m_store);
    // What it answers now stays offered whatever its date.
    QList<std::pair<QString, QString>> answered;
    for (const QString &key : before->answers)
        if (const auto e = m_store->event(m_store->idOfKey(key)))
            answered.append(answerChoice(*e));
    EventDialog dialog(*before, c.actors, c.kinds, answered, this);
    dialog.setAnswerCandidates([this](const DateSpan &date) { return answerCandidates(date); });
    if (dialog.exec() == QDialog::Accepted && !(dialog.event() == *before))
        editEvent(*before, dialog.event());
}

void MainWindow::saveViewDialog()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Save View"),
                              tr("Name of the view (filters, range, lanes and "
                                 "colours; `detente export --view NAME` uses it):"),
                              QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    if (m_store && m_store->view(name.trimmed()) &&
        QMessageBox::question(this, tr("Save View"),
                              tr("Replace the saved view “%1”?").arg(name.trimmed())) !=
            QMessageBox::Yes)
        return;
    if (Status s = saveView(name); !s)
        QMessageBox::warning(this, tr("Save View"), s.message());
    else
        statusBar()->showMessage(tr("Saved the view “%1”").arg(name.trimmed()), 4000);
}

void MainWindow::fillViewsMenu()
{
    m_viewsMenu->clear();
    m_deleteViewMenu->clear();
    const QStringList names = m_store ? m_store->viewNames() : QStringList();
    for (const QString &name : names) {
        m_viewsMenu->addAction(name, this, [this, name] {
            if (Status s = openView(name); !s)
                QMessageBox::warning(this, tr("Open View"), s.message());
        });
        m_deleteViewMenu->addAction(name, this, [this, name] {
            if (QMessageBox::question(this, tr("Delete View"),
                                      tr("Delete the saved view “%1”?").arg(name)) !=
                QMessageBox::Yes)
                return;
            if (Status s = m_store->deleteView(name); !s)
                QMessageBox::warning(this, tr("Delete View"), s.message());
        });
    }
    if (names.isEmpty()) {
        m_viewsMenu->addAction(tr("No saved views"))->setEnabled(false);
        m_deleteViewMenu->setEnabled(false);
    } else {
        m_deleteViewMenu->setEnabled(true);
    }
}

void MainWindow::selectEvent(int event, bool fromList)
{
    m_selecting = true;
    if (fromList) {
        m_view->revealEvent(event);
    } else {
        m_view->setSelectedEvent(event);
        selectListRow(event);
    }
    showDetails(event);
    m_selecting = false;
}

void MainWindow::selectListRow(int event)
{
    const bool selecting = std::exchange(m_selecting, true);
    const int row = m_listModel->rowOf(event);
    if (row < 0) {
        m_list->clearSelection();
    } else {
        const QModelIndex index = m_listModel->index(row, 0);
        m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
        m_list->scrollTo(index);
    }
    m_selecting = selecting;
}

void MainWindow::showDetailsWithLinks(int event)
{
    // The response chain: what it answers, and what answers it, among the loaded events.
    const Event &e = m_scene.events()[event];
    QList<DetailsPane::Link> answers, answeredBy;
    for (int other : m_scene.answersOf(event))
        answers.append({m_scene.events()[other].key, m_scene.events()[other].title});
    if (m_store)
        for (const qint64 id : m_store->answeredBy(e.id))
            if (const int other = m_scene.indexOfId(id); other >= 0)
                answeredBy.append({m_scene.events()[other].key, m_scene.events()[other].title});
    m_details->showEvent(e, answers, answeredBy,
                         m_store ? m_store->mentions(e.id) : QList<SourceReport>());
}

void MainWindow::showDetails(int event)
{
    if (event < 0 || event >= m_scene.events().size())
        m_details->clearEvent();
    else
        showDetailsWithLinks(event);
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentDatabases();
    int n = 1;
    for (const QString &path : recent) {
        QAction *a = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(n++).arg(QDir::toNativeSeparators(path)), this,
            [this, path] {
                if (Status s = openDatabase(path); !s)
                    QMessageBox::critical(this, tr("Open Database"), s.message());
            });
        a->setEnabled(!m_db || QFileInfo(m_db->path()).absoluteFilePath() != path);
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::newDatabaseDialog()
{
    QString path = QFileDialog::getSaveFileName(
        this, tr("New Database"), QFileInfo(m_db ? m_db->path() : QString()).absolutePath(),
        tr("Detente databases (*.sqlite *.db)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    if (QFileInfo::exists(path)) {
        // Never overwrite: a database that exists is opened as it is.
        if (QMessageBox::question(
                this, tr("New Database"),
                tr("%1 exists. Open it instead?").arg(QDir::toNativeSeparators(path))) !=
            QMessageBox::Yes)
            return;
    }
    if (Status s = openDatabase(path, false); !s)
        QMessageBox::critical(this, tr("New Database"), s.message());
}

void MainWindow::openDatabaseDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Database"), QFileInfo(m_db ? m_db->path() : QString()).absolutePath(),
        tr("Detente databases (*.detente *.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    if (Status s = openDatabase(path); !s)
        QMessageBox::critical(this, tr("Open Database"), s.message());
}

void MainWindow::exportImageDialog()
{
    ExportDialog dialog(m_scene, m_view->renderOptions(),
                        {m_view->scale().start(), m_view->scale().end()}, m_view->size(), this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(dialog.path())),
                                 5000);
}

void MainWindow::copyViewImage()
{
    // What the view shows, at its size, through the export renderer.
    ExportOptions options;
    options.size = m_view->size();
    options.scale = m_view->devicePixelRatioF(); // as many pixels as the screen shows
    options.range = std::make_pair(m_view->scale().start(), m_view->scale().end());
    options.render = m_view->renderOptions();
    options.render.selectedEvent = options.render.hoveredEvent = -1;
    QGuiApplication::clipboard()->setImage(renderExport(m_scene, options));
    statusBar()->showMessage(tr("Copied the view as an image"), 3000);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Detente"),
                       tr("<h3>Detente %1</h3><p>Diplomatic events on a zoomable timeline: who did "
                          "what to whom, when, and according to whom.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace detente
