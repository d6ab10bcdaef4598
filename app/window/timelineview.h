#pragma once

#include "render/timelinepainter.h"
#include "timeline/framelayout.h"
#include "timeline/timelinescene.h"
#include "timeline/timescale.h"
#include "timeline/viewhistory.h"

#include <QPoint>
#include <QTimer>
#include <QWidget>

class QRubberBand;

namespace detente {

/// The zoomable timeline: paints through the core renderer and turns mouse and keys into zoom,
/// pan and selection.
class TimelineView : public QWidget {
    Q_OBJECT
public:
    explicit TimelineView(QWidget *parent = nullptr);

    /// Shows `scene` (not owned; it must outlive the view or be replaced) and fits all events.
    void setScene(const TimelineScene *scene);
    const TimelineScene *scene() const { return m_scene; }
    const TimeScale &scale() const { return m_scale; }
    void setScale(const TimeScale &scale);
    /// The layout of the last painted frame (for tests and hit testing).
    const FrameLayout &frame() const { return m_frame; }
    int selectedEvent() const { return m_selected; }
    void setSelectedEvent(int event);
    const RenderOptions &renderOptions() const { return m_options; }

    ColorBy colorBy() const { return m_options.colorBy; }
    void setColorBy(ColorBy colorBy);
    const ViewHistory &history() const { return m_history; }
    /// The tooltip text for a point (an event, or a density cell's counts); empty for none.
    QString toolTipAt(QPointF point) const;

public Q_SLOTS:
    void back();
    void forward();
    /// Selects an event and, when it is out of view, moves the view to it (keeping the zoom).
    void revealEvent(int event);
    /// Lays out again after the scene changed (a filter, a folded lane).
    void refresh() { relayout(); }
    void zoomIn();
    void zoomOut();
    /// Shows the selected event's whole date range, with room around it.
    void zoomToSelection();
    /// Shows [first, last) across the plot (a rubber band, a pinch's end).
    void zoomToRange(qint64 first, qint64 last);
    void fitAll();
    void panBy(double pixels);

Q_SIGNALS:
    /// An event was clicked or selected with the keyboard (-1: the selection was cleared).
    void eventSelected(int event);
    /// Enter on the selected event: show its details.
    void eventActivated(int event);
    void scaleChanged();
    /// The fold marker of a lane with sub-lanes was clicked.
    void laneToggled(int lane);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    void relayout();
    double plotLeft() const { return m_frame.plotRect.left(); }
    void selectNeighbour(int direction);

    const TimelineScene *m_scene = nullptr;
    TimeScale m_scale;
    FrameLayout m_frame;
    RenderOptions m_options;
    int m_selected = -1;
    QPoint m_pressPos;
    QPoint m_lastDragPos;
    bool m_dragging = false;
    QRubberBand *m_band = nullptr; ///< Shift+drag: the range to zoom to
    bool m_fitted = false;         ///< showing everything: stays so when the widget is resized
    ViewHistory m_history;
    QTimer *m_historyTimer = nullptr; ///< records a range once the user pauses on it
    bool m_travelling = false;        ///< moving through the history: do not record
};

} // namespace detente
