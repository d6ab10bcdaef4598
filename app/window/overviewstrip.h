#pragma once

#include <QWidget>

#include <vector>

namespace detente {

class TimelineScene;

/// A thin strip under the timeline showing the whole range of the (filtered) events as a
/// histogram, with the visible window marked. Dragging the window pans the timeline; a click
/// elsewhere centres the timeline there; the wheel zooms around the pointer.
class OverviewStrip : public QWidget {
    Q_OBJECT
public:
    explicit OverviewStrip(QWidget *parent = nullptr);

    /// The scene whose index is drawn (nullptr: none); call refresh() after a filter change.
    void setScene(const TimelineScene *scene);
    void refresh();
    /// The range the timeline shows now.
    void setVisibleRange(qint64 start, qint64 end);
    /// The whole range the strip spans (the events' extent with a margin).
    std::pair<qint64, qint64> span() const { return {m_first, m_last}; }
    /// The strip's x for an instant, and back.
    double xOf(qint64 t) const;
    qint64 timeAt(double x) const;

    QSize sizeHint() const override { return {400, 36}; }
    QSize minimumSizeHint() const override { return {100, 24}; }

Q_SIGNALS:
    /// The user moved or resized the window: the timeline should show [start, end).
    void rangeRequested(qint64 start, qint64 end);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    void recount();
    QRectF windowRect() const;

    const TimelineScene *m_scene = nullptr;
    qint64 m_first = 0, m_last = 1;
    qint64 m_start = 0, m_end = 1;
    std::vector<qsizetype> m_counts; ///< events starting in each pixel column
    qsizetype m_maxCount = 0;
    bool m_dragging = false;
    double m_dragOffset = 0; ///< pointer x minus the window's left edge, while dragging
};

} // namespace detente
