#pragma once

#include "storage/database.h"
#include "timeline/timelinescene.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace detente {

class ActorPanel;
class DetailsPane;
class EventListModel;
class EventStore;
class TimelineView;

/// The main window: the timeline with the selected event's details beside it.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens (creating and seeding when new) a database and shows its events.
    Status openDatabase(const QString &path);

    TimelineView *timelineView() const { return m_view; }
    DetailsPane *detailsPane() const { return m_details; }
    ActorPanel *actorPanel() const { return m_actors; }
    QTableView *eventList() const { return m_list; }
    QLineEdit *searchField() const { return m_search; }
    EventListModel *eventListModel() const { return m_listModel; }
    const TimelineScene &scene() const { return m_scene; }
    void setLaneMode(LaneMode mode);
    /// The database the user had open last time, if it still exists; else empty.
    static QString lastDatabase();

private Q_SLOTS:
    void showDetails(int event);
    /// The actor panel's filter changed: keep only its events, everywhere.
    void applyFilters();
    /// An event was chosen on the timeline or in the list: show it in both, and its details.
    void selectEvent(int event, bool fromList);
    void openDatabaseDialog();
    void exportImageDialog();
    void copyViewImage();
    void about();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    /// Window layout, colours, lanes, and the database and range on screen, kept across runs.
    void saveSettings() const;
    void restoreSettings();
    void reload();

    std::unique_ptr<Database> m_db;
    std::unique_ptr<EventStore> m_store;
    TimelineScene m_scene;
    LaneMode m_laneMode = LaneMode::ByActor;
    TimelineView *m_view = nullptr;
    DetailsPane *m_details = nullptr;
    QLabel *m_status = nullptr;
    ActorPanel *m_actors = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_list = nullptr;
    EventListModel *m_listModel = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
    bool m_selecting = false;
};

} // namespace detente
