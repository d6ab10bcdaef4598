#pragma once

#include <QAbstractTableModel>

namespace detente {

class TimelineScene;

/// The events the filters keep, one row each, for the event list beside the timeline.
/// Rows map to scene event indices; sorting is done by a proxy on the sort role.
class EventListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Date, Title, Source, Target, Kind, Goldstein, ColumnCount };
    static constexpr int EventRole = Qt::UserRole;    ///< the scene event index
    static constexpr int SortRole = Qt::UserRole + 1; ///< a value that sorts right

    explicit EventListModel(QObject *parent = nullptr);

    /// Shows the events of `scene` that it includes (call again after a filter change).
    void setScene(const TimelineScene *scene);
    /// The row of a scene event, or -1 when it is filtered out.
    int rowOf(int event) const;
    int eventAt(int row) const { return m_rows.value(row, -1); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const TimelineScene *m_scene = nullptr;
    QList<int> m_rows;
};

} // namespace detente
