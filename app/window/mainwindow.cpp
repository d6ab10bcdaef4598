#include "mainwindow.h"

#include "appdatabase.h"
#include "export/exportdialog.h"
#include "render/export.h"
#include "storage/eventstore.h"
#include "timeline/actorfilter.h"
#include "timeline/viewsettings.h"
#include "window/actorpanel.h"
#include "window/detailspane.h"
#include "window/eventlistmodel.h"
#include "window/timelineview.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QScreen>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>

namespace detente {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_view(new TimelineView(this))
    , m_details(new DetailsPane(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Detente"));
    setCentralWidget(m_view);
    auto *dock = new QDockWidget(tr("Details"), this);
    dock->setObjectName(QStringLiteral("details"));
    dock->setWidget(m_details);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    resizeDocks({dock}, {340}, Qt::Horizontal);
    statusBar()->addWidget(m_status, 1);

    m_actors = new ActorPanel(this);
    auto *actorDock = new QDockWidget(tr("Actors"), this);
    actorDock->setObjectName(QStringLiteral("actors"));
    actorDock->setWidget(m_actors);
    actorDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::LeftDockWidgetArea, actorDock);
    resizeDocks({actorDock}, {240}, Qt::Horizontal);
    connect(m_actors, &ActorPanel::filterChanged, this, &MainWindow::applyFilters);

    m_listModel = new EventListModel(this);
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_listModel);
    m_sorted->setSortRole(EventListModel::SortRole);
    m_list = new QTableView(this);
    m_list->setModel(m_sorted);
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
                cells << m_sorted->index(row.row(), c).data().toString();
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
    auto *find = new QAction(tr("&Find"), this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(find);
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
    connect(m_view, &TimelineView::eventActivated, this, [this](int event) {
        showDetails(event);
        m_details->setFocus();
    });

    m_view->setFocus();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
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
    // The view refers to the scene; detach it before the members go.
    m_view->setScene(nullptr);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Database…"), this, &MainWindow::openDatabaseDialog);
    open->setShortcut(QKeySequence::Open);
    QAction *exportImage = file->addAction(tr("&Export…"), this, &MainWindow::exportImageDialog);
    exportImage->setShortcut(QKeySequence(tr("Ctrl+E")));
    QAction *copy = file->addAction(tr("&Copy View as Image"), this, &MainWindow::copyViewImage);
    copy->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *zoomIn = view->addAction(tr("Zoom &In"), m_view, &TimelineView::zoomIn);
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::Key_Plus)});
    QAction *zoomOut = view->addAction(tr("Zoom &Out"), m_view, &TimelineView::zoomOut);
    zoomOut->setShortcuts({QKeySequence::ZoomOut, QKeySequence(Qt::Key_Minus)});
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

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Detente"), this, &MainWindow::about);
}

Status MainWindow::openDatabase(const QString &path)
{
    auto db = std::make_unique<Database>();
    if (Status s = openAppDatabase(*db, path, true); !s)
        return s;
    m_view->setScene(nullptr);
    m_store = std::make_unique<EventStore>(*db);
    m_db = std::move(db);
    reload();
    // Back to the range the user left this database at.
    QSettings settings;
    if (settings.value(QStringLiteral("view/database")).toString() == m_db->path() &&
        settings.contains(QStringLiteral("view/start"))) {
        TimeScale scale = m_view->scale();
        scale.setRange(settings.value(QStringLiteral("view/start")).toLongLong(),
                       settings.value(QStringLiteral("view/end")).toLongLong());
        m_view->setScale(scale);
    }
    return {};
}

void MainWindow::setLaneMode(LaneMode mode)
{
    m_laneMode = mode;
    if (m_store)
        reload();
}

void MainWindow::reload()
{
    Status status;
    QList<Event> events = m_store->allEvents(&status);
    if (!status)
        QMessageBox::warning(this, tr("Detente"),
                             tr("Cannot read the events: %1").arg(status.message()));
    const QList<Actor> actors = m_store->actors();
    m_scene.setEvents(std::move(events), actors, m_laneMode);
    m_view->setScene(&m_scene);
    m_actors->setScene(m_scene, actors);
    m_listModel->setScene(&m_scene);
    m_actors->setCounts(actorEventCounts(m_scene, {}));
    m_details->clearEvent();
    const int count = int(m_scene.events().size());
    QString text = (count == 1 ? tr("1 event") : tr("%1 events").arg(locale().toString(count))) +
                   QStringLiteral(" · ") + QDir::toNativeSeparators(m_db->path());
    if (m_db->isReadOnly())
        text += QStringLiteral(" · ") + tr("read-only");
    m_status->setText(text);
    setWindowTitle(tr("%1 – Detente").arg(QFileInfo(m_db->path()).fileName()));
}

void MainWindow::applyFilters()
{
    std::vector<bool> kept = applyActorFilter(m_scene, m_actors->filter());
    const QStringList words = m_search->text().split(u' ', Qt::SkipEmptyParts);
    if (!words.isEmpty()) {
        const QList<Event> &events = m_scene.events();
        if (kept.empty())
            kept.assign(size_t(events.size()), true);
        for (qsizetype i = 0; i < events.size(); ++i) {
            if (!kept[size_t(i)])
                continue;
            const Event &e = events[i];
            QString text = e.title + u' ' + e.summary + u' ' + e.quote + u' ' + e.kind;
            for (const EventActor &a : e.actors)
                text += u' ' + a.name;
            for (const EventPerson &p : e.persons)
                text += u' ' + p.name;
            kept[size_t(i)] = std::all_of(words.begin(), words.end(), [&](const QString &w) {
                return text.contains(w, Qt::CaseInsensitive);
            });
        }
    }
    m_scene.setIncluded(kept);
    m_view->refresh();
    m_listModel->setScene(&m_scene);
    m_actors->setCounts(actorEventCounts(m_scene, kept));
    if (m_view->selectedEvent() >= 0 && !m_scene.isIncluded(m_view->selectedEvent()))
        selectEvent(-1, false);
    const qsizetype shown = m_listModel->rowCount();
    m_status->setText(
        tr("%1 of %2 events shown")
            .arg(locale().toString(shown), locale().toString(m_scene.events().size())) +
        QStringLiteral(" · ") + QDir::toNativeSeparators(m_db->path()));
}

void MainWindow::selectEvent(int event, bool fromList)
{
    m_selecting = true;
    if (fromList) {
        m_view->revealEvent(event);
    } else {
        m_view->setSelectedEvent(event);
        const int row = m_listModel->rowOf(event);
        if (row < 0) {
            m_list->clearSelection();
        } else {
            const QModelIndex index = m_sorted->mapFromSource(m_listModel->index(row, 0));
            m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                 QItemSelectionModel::Rows);
            m_list->scrollTo(index);
        }
    }
    showDetails(event);
    m_selecting = false;
}

void MainWindow::showDetails(int event)
{
    if (event < 0 || event >= m_scene.events().size())
        m_details->clearEvent();
    else
        m_details->showEvent(m_scene.events()[event]);
}

void MainWindow::openDatabaseDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Database"), QFileInfo(m_db ? m_db->path() : QString()).absolutePath(),
        tr("Detente databases (*.sqlite *.db);;All files (*)"));
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
