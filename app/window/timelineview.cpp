#include "timelineview.h"

#include "accessibility/timelineaccessible.h"

#include <QDateTime>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QRubberBand>
#include <QTimeZone>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace detente {

namespace {
constexpr double zoomStep = 1.5; // one key press or one wheel notch... of 120 units
constexpr int dragThreshold = 4; // pixels before a press becomes a drag
} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(320, 200);
    m_options.theme = Theme::fromPalette(palette());
    // Before anything asks for the view's accessible interface: screen readers see lanes and
    // events as its children.
    installAccessibility();
    setAccessibleName(tr("Timeline"));
    // A range becomes a history entry once the user has rested on it, not at every wheel notch.
    m_historyTimer = new QTimer(this);
    m_historyTimer->setSingleShot(true);
    m_historyTimer->setInterval(600);
    connect(m_historyTimer, &QTimer::timeout, this, [this] {
        if (m_scene)
            m_history.visit({m_scale.start(), m_scale.end()});
    });
    connect(this, &TimelineView::scaleChanged, this, [this] {
        if (!m_travelling)
            m_historyTimer->start();
    });
}

void TimelineView::revealEvent(int event)
{
    setSelectedEvent(event);
    if (!m_scene || event < 0 || event >= m_scene->events().size())
        return;
    const DateSpan &date = m_scene->events()[event].date;
    if (date.first() < m_scale.start() || date.last() >= m_scale.end()) {
        const qint64 d = m_scale.duration();
        m_scale.setRange(date.centre() - d / 2, date.centre() - d / 2 + d);
        m_fitted = false;
    }
    relayout();
}

void TimelineView::setColorBy(ColorBy colorBy)
{
    m_options.colorBy = colorBy;
    update();
}

void TimelineView::back()
{
    // The range on screen may not be recorded yet: record it, so forward returns to it.
    if (m_historyTimer->isActive()) {
        m_historyTimer->stop();
        m_history.visit({m_scale.start(), m_scale.end()});
    }
    if (const auto range = m_history.back()) {
        m_travelling = true;
        m_scale.setRange(range->start, range->end);
        m_fitted = false;
        relayout();
        m_travelling = false;
    }
}

void TimelineView::forward()
{
    if (const auto range = m_history.forward()) {
        m_travelling = true;
        m_scale.setRange(range->start, range->end);
        m_fitted = false;
        relayout();
        m_travelling = false;
    }
}

QString TimelineView::toolTipAt(QPointF point) const
{
    if (!m_scene)
        return {};
    const int hit = m_frame.hitTest(point);
    if (hit >= 0) {
        const Event &e = m_scene->events()[hit];
        const QString when = e.date.startText() == e.date.endText()
                                 ? e.date.startText()
                                 : e.date.startText() + QStringLiteral(" – ") + e.date.endText();
        return QStringLiteral("<b>%1</b><br>%2 (%3)")
            .arg(e.title.toHtmlEscaped(), when, e.date.phrase().toHtmlEscaped());
    }
    if (const auto cell = m_frame.densityAt(point)) {
        const QLocale l = locale();
        QString text =
            tr("<b>%1 events</b> in %2<br>from %3 to %4")
                .arg(l.toString(cell->density.count),
                     m_scene->lanes()[cell->lane].name.toHtmlEscaped(),
                     l.toString(QDateTime::fromMSecsSinceEpoch(cell->from, QTimeZone::utc()),
                                QLocale::ShortFormat),
                     l.toString(QDateTime::fromMSecsSinceEpoch(cell->to, QTimeZone::utc()),
                                QLocale::ShortFormat));
        for (int q = 0; q < 4; ++q)
            if (cell->density.quad[q])
                text += QStringLiteral("<br>%1: %2")
                            .arg(quadClassName(q + 1), l.toString(cell->density.quad[q]));
        if (const auto g = cell->density.goldstein())
            text +=
                QStringLiteral("<br>") + tr("mean Goldstein score %1").arg(l.toString(*g, 'f', 1));
        text += QStringLiteral("<br><i>%1</i>").arg(tr("zoom in to see them one by one"));
        return text;
    }
    return {};
}

void TimelineView::setScene(const TimelineScene *scene)
{
    m_scene = scene;
    m_selected = -1;
    fitAll();
    notifyTimelineChanged(this);
}

void TimelineView::setScale(const TimeScale &scale)
{
    m_scale = scale;
    m_fitted = false;
    relayout();
}

void TimelineView::setSelectedEvent(int event)
{
    if (event == m_selected)
        return;
    m_selected = event;
    m_options.selectedEvent = event;
    update();
    notifyEventSelected(this, event);
}

void TimelineView::relayout()
{
    if (!m_scene) {
        m_frame = {};
        update();
        return;
    }
    m_frame = layoutFrame(*m_scene, m_scale, QSizeF(size()), m_options.theme.font,
                          m_options.theme.smallFont, locale());
    m_scale = m_frame.scale; // width now that of the plot
    update();
    Q_EMIT scaleChanged();
}

void TimelineView::fitAll()
{
    if (!m_scene)
        return;
    const double plotWidth =
        std::max(1.0, width() - laneGutterWidth(*m_scene, m_options.theme.font));
    m_scale = fitAllScale(*m_scene, plotWidth);
    m_fitted = true;
    relayout();
}

void TimelineView::zoomIn()
{
    m_fitted = false;
    m_scale.zoom(zoomStep, m_scale.width() / 2);
    relayout();
}

void TimelineView::zoomOut()
{
    m_fitted = false;
    m_scale.zoom(1 / zoomStep, m_scale.width() / 2);
    relayout();
}

void TimelineView::zoomToRange(qint64 first, qint64 last)
{
    if (last <= first)
        return;
    m_fitted = false;
    m_scale.setRange(first, last);
    relayout();
}

void TimelineView::zoomToSelection()
{
    if (!m_scene || m_selected < 0 || m_selected >= m_scene->events().size())
        return;
    const DateSpan &date = m_scene->events()[m_selected].date;
    // The whole possible range, with a fifth of it (and at least a day) on either side.
    const qint64 length = date.last() + 1 - date.first();
    const qint64 room = std::max<qint64>(length / 5, 24LL * 3600 * 1000);
    zoomToRange(date.first() - room, date.last() + 1 + room);
}

void TimelineView::panBy(double pixels)
{
    m_fitted = false;
    m_scale.pan(pixels);
    relayout();
}

void TimelineView::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    if (!m_scene) {
        painter.fillRect(rect(), m_options.theme.background);
        return;
    }
    paintTimeline(painter, *m_scene, m_frame, m_options, event->rect());
}

void TimelineView::resizeEvent(QResizeEvent *)
{
    if (m_fitted)
        fitAll();
    else
        relayout();
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    const double x = event->position().x() - plotLeft();
    if (event->modifiers() & Qt::ShiftModifier || std::abs(delta.x()) > std::abs(delta.y())) {
        panBy((delta.x() ? delta.x() : delta.y()) / 2.0);
    } else if (delta.y()) {
        m_scale.zoom(std::pow(zoomStep, delta.y() / 120.0), x);
        m_fitted = false;
        relayout();
    }
    event->accept();
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressPos = m_lastDragPos = event->position().toPoint();
        m_dragging = false;
        if (event->modifiers() & Qt::ShiftModifier && m_pressPos.x() >= plotLeft()) {
            // Shift+drag: a band over the range to zoom to.
            if (!m_band)
                m_band = new QRubberBand(QRubberBand::Rectangle, this);
            m_band->setGeometry(QRect(m_pressPos.x(), 0, 1, height()));
            m_band->show();
        }
    }
    QWidget::mousePressEvent(event);
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (event->buttons() & Qt::LeftButton && m_band && m_band->isVisible()) {
        const int x = std::max(pos.x(), int(plotLeft()));
        m_band->setGeometry(
            QRect(std::min(x, m_pressPos.x()), 0, std::abs(x - m_pressPos.x()) + 1, height()));
        return;
    }
    if (event->buttons() & Qt::LeftButton) {
        if (!m_dragging && (pos - m_pressPos).manhattanLength() >= dragThreshold) {
            m_dragging = true;
            setCursor(Qt::ClosedHandCursor);
        }
        if (m_dragging) {
            panBy(pos.x() - m_lastDragPos.x());
            m_lastDragPos = pos;
        }
        return;
    }
    const int hovered = m_frame.hitTest(pos);
    if (hovered != m_options.hoveredEvent) {
        m_options.hoveredEvent = hovered;
        setCursor(hovered >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    if (m_band && m_band->isVisible()) {
        m_band->hide();
        const QRect band = m_band->geometry();
        if (band.width() >= 4) // a click with Shift is not a zoom
            zoomToRange(m_scale.mapXToTime(band.left() - plotLeft()),
                        m_scale.mapXToTime(band.right() + 1 - plotLeft()));
        return;
    }
    if (m_dragging) {
        m_dragging = false;
        unsetCursor();
        return;
    }
    // A click on the name of a lane with sub-lanes folds or unfolds them.
    if (m_scene && event->position().x() < plotLeft()) {
        for (const PlacedLane &lane : m_frame.lanes)
            if (lane.rect.contains(event->position()) && m_scene->lanes()[lane.lane].children > 0) {
                Q_EMIT laneToggled(lane.lane);
                return;
            }
    }
    const int hit = m_frame.hitTest(event->position());
    setSelectedEvent(hit);
    Q_EMIT eventSelected(hit);
}

void TimelineView::selectNeighbour(int direction)
{
    if (m_frame.items.isEmpty())
        return;
    // Items in time order across lanes.
    QList<const PlacedItem *> order;
    for (const PlacedItem &item : m_frame.items)
        order.append(&item);
    std::stable_sort(order.begin(), order.end(), [](const PlacedItem *a, const PlacedItem *b) {
        return a->mark.center().x() < b->mark.center().x();
    });
    qsizetype at = -1;
    for (qsizetype i = 0; i < order.size(); ++i)
        if (order[i]->event == m_selected)
            at = i;
    const qsizetype next = at < 0 ? (direction > 0 ? 0 : order.size() - 1)
                                  : std::clamp<qsizetype>(at + direction, 0, order.size() - 1);
    setSelectedEvent(order[next]->event);
    Q_EMIT eventSelected(m_selected);
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    const double step = std::max(40.0, m_scale.width() / 8);
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_Left:
        panBy(step);
        break;
    case Qt::Key_Right:
        panBy(-step);
        break;
    case Qt::Key_Home:
        fitAll();
        break;
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        QWidget::keyPressEvent(event);
        return;
    case Qt::Key_PageDown:
    case Qt::Key_N:
        selectNeighbour(+1);
        break;
    case Qt::Key_PageUp:
    case Qt::Key_P:
        selectNeighbour(-1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_selected >= 0)
            Q_EMIT eventActivated(m_selected);
        break;
    case Qt::Key_Escape:
        setSelectedEvent(-1);
        Q_EMIT eventSelected(-1);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TimelineView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        const int selected = m_options.selectedEvent, hovered = m_options.hoveredEvent;
        m_options.theme = Theme::fromPalette(palette());
        m_options.selectedEvent = selected;
        m_options.hoveredEvent = hovered;
        relayout();
    }
    QWidget::changeEvent(event);
}

bool TimelineView::event(QEvent *event)
{
    // Touchpad pinch (macOS, Wayland, X11 with libinput): zoom around the fingers.
    if (event->type() == QEvent::NativeGesture) {
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            const double factor = 1.0 + gesture->value();
            if (factor > 0.05) {
                m_scale.zoom(factor, gesture->position().x() - plotLeft());
                m_fitted = false;
                relayout();
            }
            return true;
        }
    }
    if (event->type() == QEvent::ToolTip && m_scene) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace detente
