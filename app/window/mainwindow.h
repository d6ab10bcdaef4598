#pragma once

#include "editing/editcommands.h"
#include "storage/database.h"
#include "timeline/timelinescene.h"
#include "timeline/viewsettings.h"
#include "window/filterworker.h"
#include "window/sceneloadworker.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QAction;
class QFileSystemWatcher;
class QLabel;
class QMenu;
class QLineEdit;
class QTableView;
class QTimer;
class QUndoStack;

namespace detente {

class ActorPanel;
class DataExportJob;
class DetailsPane;
class EventListModel;
class EventStore;
class FilterChips;
class FilterPanel;
class FilterWorker;
class OverviewStrip;
class IndexBuilder;
class TimelineView;

/// The main window: the timeline with the selected event's details beside it.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens (creating and seeding when new, unless `seedNew` is false) a database and shows its
    /// events; it becomes the first of the recent databases.
    Status openDatabase(const QString &path, bool seedNew = true);
    /// The databases opened last, most recent first (those that still exist).
    static QStringList recentDatabases();

    TimelineView *timelineView() const { return m_view; }
    DetailsPane *detailsPane() const { return m_details; }
    ActorPanel *actorPanel() const { return m_actors; }
    QTableView *eventList() const { return m_list; }
    QLineEdit *searchField() const { return m_search; }
    EventListModel *eventListModel() const { return m_listModel; }
    FilterPanel *filterPanel() const { return m_filters; }
    FilterChips *filterChips() const { return m_chips; }
    OverviewStrip *overviewStrip() const { return m_overview; }
    EventStore *store() const { return m_store.get(); }
    /// Every filter in force: actors, kinds, dates, scores, sources, tags and words.
    EventFilter currentFilter() const;
    /// File → Export Data…: the shown events as data, written on a worker thread.
    DataExportJob *dataExport() const { return m_dataExport; }
    /// What an event dated `date` may answer, as the event dialog offers it (key → title).
    QList<std::pair<QString, QString>> answerCandidates(const DateSpan &date) const;
    /// What the window shows now — filters, visible range, lanes, colours — as a saved view has it.
    ViewSettings currentView() const;
    /// Shows a view: its filters in the panels, its lanes, colours and range.
    void applyView(const ViewSettings &view);
    /// Saves the current view under `name` in the database (replacing one of that name).
    Status saveView(const QString &name);
    /// Shows the saved view `name`.
    Status openView(const QString &name);
    /// Every filter off.
    void clearFilters();
    /// A filter change is still being applied (the store's answer, the counts, the list or the
    /// timeline's index are not in yet); the window shows it and stays usable meanwhile.
    bool isFiltering() const;
    /// Runs the filters (off the GUI thread for large databases).
    FilterWorker *filterWorker() const { return m_filterWorker; }
    /// Loads large databases' events off the GUI thread (on opening, and after every change).
    SceneLoadWorker *sceneLoader() const { return m_loader; }
    /// The events are being loaded on the worker; the window shows the previous picture (or,
    /// for another database, an empty one) and stays usable meanwhile.
    bool isLoading() const { return m_loader->isBusy(); }
    /// Edits: each written to the database at once, each undoable.
    QUndoStack *undoStack() const { return m_undo; }
    /// Deletes the selected event (undoable); false when none is selected.
    bool deleteSelectedEvent();
    /// Adds `event` (undoable) and selects it.
    void addEvent(const Event &event);
    /// Replaces the stored event `before` with `after` (undoable).
    void editEvent(const Event &before, const Event &after);
    /// Rewrites the stored actor `before` as `after` (undoable); a refused change says why.
    Status editActor(const Actor &before, const Actor &after);
    /// Opens the actor dialog for `name`.
    void editActorDialog(const QString &name);
    const TimelineScene &scene() const { return m_scene; }
    void setLaneMode(LaneMode mode);
    /// The database the user had open last time, if it still exists; else empty.
    static QString lastDatabase();
    /// Whether the open database's file was deleted, moved or replaced by another program; the
    /// window then says so, keeps showing what was in it, and offers to save a copy or reopen.
    /// Checked when the file changes, when the window is activated and before every reload.
    bool checkDatabaseFile();
    bool isDatabaseFileGone() const { return m_fileGone; }
    /// File → Save a Copy As…: everything in the open database, into a new file (works when the
    /// open file is gone).
    Status saveDatabaseCopy(const QString &path);
    /// Opens whatever database file is now at the open one's path. The open connection is
    /// closed first: SQLite's journal beside the path is still the old file's.
    Status reopenDatabase();

Q_SIGNALS:
    /// A filter change's result is in: the list, the counts and the timeline's filter follow it.
    void filtersApplied();

private Q_SLOTS:
    void showDetails(int event);
    void showDetailsWithLinks(int event);
    /// The actor panel's filter changed: keep only its events, everywhere.
    void applyFilters();
    /// An event was chosen on the timeline or in the list: show it in both, and its details.
    void selectEvent(int event, bool fromList);
    void openDatabaseDialog();
    void newDatabaseDialog();
    void fillRecentMenu();
    void exportImageDialog();
    void copyViewImage();
    void saveViewDialog();
    void newEventDialog();
    void editEventDialog();
    void about();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    /// Window layout, colours, lanes, and the database and range on screen, kept across runs.
    void saveSettings() const;
    void restoreSettings();
    /// Reads the events again (after an edit, an import, new lanes, another database), on the
    /// worker for large databases; `then` runs once they are shown.
    /// Reads the events again and lays them out: all of them, or, on the worker, only those
    /// `reread` names (an edit's; none for new lanes).
    void reload(bool keepFilters = true, std::function<void()> then = {},
                const std::optional<QList<qint64>> &reread = std::nullopt);
    /// Says (soon, from the event loop) that the events could not all be read.
    void warnUnreadable(const Status &status);
    /// reload()'s synchronous path: reads the events here and shows them.
    void loadHere(bool keepFilters);
    /// Shows m_scene, new from a load, in every part of the window; the filters in force stay
    /// (unless `keepFilters` is false) and are applied to it.
    /// `actorNames`: the actor panel's, when the loading thread found them.
    void showScene(const QList<Actor> &actors, bool keepFilters,
                   const ActorPanel::Names *actorNames = nullptr);
    /// A load from the worker is in: shows it, then what waited for it.
    void adoptLoadResult(const SceneLoadWorker::Result &result);
    /// Back to the range and filters the user left this database at (settings).
    void restoreDatabaseView();
    /// Shows or hides the "Loading…" indicator.
    void updateLoadingIndicator(qint64 events = 0);
    /// The chips for the filters in force.
    void updateChips();
    void fillViewsMenu();
    /// Shows what the filter worker found: the timeline's filter, the list, the counts.
    void adoptFilterResult(const FilterWorker::Result &result);
    /// Selects the event's row in the list (none when it is not listed).
    void selectListRow(int event);
    /// Shows or hides the "Filtering…" indicator.
    void updateFilteringIndicator();
    /// The status bar's text: how many events are shown, the database.
    void updateStatusText();
    /// The events are only in this window's connection (a file gone, or an older read-only
    /// file read through an upgraded copy in memory): the workers cannot open it by its path.
    bool dataOnlyHere() const;
    void saveCopyDialog();
    /// The banner's Reopen: asks first when what is shown was not saved as a copy.
    void reopenDialog();

    std::unique_ptr<Database> m_db;
    std::unique_ptr<EventStore> m_store;
    TimelineScene m_scene;
    LaneMode m_laneMode = LaneMode::ByActor;
    TimelineView *m_view = nullptr;
    IndexBuilder *m_indexBuilder = nullptr; ///< filter changes: the index off the GUI thread
    FilterWorker *m_filterWorker = nullptr; ///< filter changes: the store's answer, counts, list
    QWidget *m_filtering = nullptr;         ///< "Filtering…" in the status bar
    QTimer *m_filteringPoll = nullptr;      ///< while it shows: is the index in yet?
    SceneLoadWorker *m_loader = nullptr;    ///< large databases: events read off the GUI thread
    QWidget *m_loading = nullptr;           ///< "Loading N events…" in the status bar
    QLabel *m_loadingLabel = nullptr;
    bool m_loadKeepsFilters = true; ///< the running load's: false when it is another database
    QList<std::function<void()>> m_afterLoad; ///< what waits for the running load
    DetailsPane *m_details = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_fileBanner = nullptr; ///< "the file was deleted or replaced" above the timeline
    QLabel *m_fileBannerText = nullptr;
    QFileSystemWatcher *m_fileWatcher = nullptr;
    bool m_fileGone = false;
    bool m_copySaved = false; ///< since the file went
    ActorPanel *m_actors = nullptr;
    FilterPanel *m_filters = nullptr;
    OverviewStrip *m_overview = nullptr;
    FilterChips *m_chips = nullptr;
    QAction *m_chipsAction = nullptr; ///< the chips' place in the tool bar
    QMenu *m_viewsMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_deleteViewMenu = nullptr;
    QUndoStack *m_undo = nullptr;
    DataExportJob *m_dataExport = nullptr; ///< File → Export Data…
    EditContext m_edit;
    QList<QAction *> m_editActions; ///< disabled for a read-only database
    /// Set while a view or a clear-all updates several panels: one refresh at the end.
    bool m_applyingView = false;
    QLineEdit *m_search = nullptr;
    QTableView *m_list = nullptr;
    EventListModel *m_listModel = nullptr;
    bool m_selecting = false;
};

} // namespace detente
