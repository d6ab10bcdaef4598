#pragma once

#include <QAbstractTableModel>
#include <QList>

#include <atomic>
#include <memory>
#include <vector>

namespace detente {

struct Event;
class TimelineScene;

/// The events the filters keep, one row each, for the event list beside the timeline.
/// Rows map to scene event indices and are read lazily from the scene: the model holds only the
/// kept events' order (made and sorted off the GUI thread, see sortRows()), so showing a
/// million rows copies nothing. Sorting asks for a new order (sortRequested()).
class EventListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Date, Title, Source, Target, Kind, Goldstein, ColumnCount };
    static constexpr int EventRole = Qt::UserRole; ///< the scene event index

    /// The rows in their order, and each event's row (-1: not listed), shared and immutable.
    struct Rows {
        std::vector<qint32> events;
        std::vector<qint32> rowOf;
    };

    explicit EventListModel(QObject *parent = nullptr);

    /// Lists every event of `scene`, in its order, until setRows().
    void setScene(const TimelineScene *scene);
    /// Lists these events of the scene (made by sortRows() for it).
    void setRows(std::shared_ptr<const Rows> rows);
    /// The row of a scene event, or -1 when it is filtered out.
    int rowOf(int event) const;
    int eventAt(int row) const;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    /// The `kept` events (indices into `events`) ordered by `column` (ties in the scene's
    /// order), with each event's row. Any thread; null when `cancel` turned true meanwhile.
    static std::shared_ptr<const Rows> sortRows(const QList<Event> &events,
                                                std::vector<qint32> kept, int column,
                                                Qt::SortOrder order,
                                                const std::atomic<bool> *cancel = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    /// Records the order asked for and emits sortRequested(); the rows follow with setRows().
    void sort(int column, Qt::SortOrder order) override;

Q_SIGNALS:
    /// The user asked for another order (a header was clicked).
    void sortRequested();

private:
    const TimelineScene *m_scene = nullptr;
    std::shared_ptr<const Rows> m_rows; ///< null: every scene event, in the scene's order
    int m_sortColumn = Date;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace detente
