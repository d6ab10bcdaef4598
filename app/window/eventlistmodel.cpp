#include "eventlistmodel.h"

#include "timeline/timelinescene.h"

#include <QLocale>

#include <algorithm>

namespace detente {

EventListModel::EventListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void EventListModel::setScene(const TimelineScene *scene)
{
    beginResetModel();
    m_scene = scene;
    m_rows.reset();
    endResetModel();
}

void EventListModel::setRows(std::shared_ptr<const Rows> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int EventListModel::rowOf(int event) const
{
    if (!m_scene || event < 0 || event >= m_scene->events().size())
        return -1;
    if (!m_rows)
        return event;
    return size_t(event) < m_rows->rowOf.size() ? m_rows->rowOf[size_t(event)] : -1;
}

int EventListModel::eventAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return -1;
    return m_rows ? m_rows->events[size_t(row)] : row;
}

int EventListModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_scene)
        return 0;
    return m_rows ? int(m_rows->events.size()) : int(m_scene->events().size());
}

int EventListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void EventListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    Q_EMIT sortRequested();
}

namespace {
QString displayText(const Event &e, int column)
{
    switch (column) {
    case EventListModel::Date:
        return e.date.startText() == e.date.endText()
                   ? e.date.startText()
                   : e.date.startText() + QStringLiteral(" – ") + e.date.endText();
    case EventListModel::Title:
        return e.title;
    case EventListModel::Source:
        return e.sourceActor();
    case EventListModel::Target:
        return e.targetActor();
    case EventListModel::Kind:
        return e.kind;
    case EventListModel::Goldstein:
        return e.goldstein ? QLocale().toString(*e.goldstein, 'f', 1) : QString();
    default:
        return {};
    }
}
} // namespace

std::shared_ptr<const EventListModel::Rows>
EventListModel::sortRows(const QList<Event> &events, std::vector<qint32> kept, int column,
                         Qt::SortOrder order, const std::atomic<bool> *cancel)
{
    auto rows = std::make_shared<Rows>();
    // Once cancelled, every comparison says "equal": the sort ends quickly, its order unused.
    std::size_t steps = 0;
    bool stop = false;
    const auto stopped = [&] {
        if (!stop && cancel && (++steps & 0xffff) == 0)
            stop = cancel->load(std::memory_order_relaxed);
        return stop;
    };
    const bool descending = order == Qt::DescendingOrder;
    const auto by = [&](auto key) {
        std::sort(kept.begin(), kept.end(), [&](qint32 a, qint32 b) {
            if (stopped())
                return false;
            const int c = key(events[a], events[b]);
            if (c != 0)
                return descending ? c > 0 : c < 0;
            return a < b;
        });
    };
    // Text is case-folded once per row: folding in every comparison costs many times more (a
    // million titles: half a minute instead of a second or two).
    const auto byText = [&](auto textOf) {
        std::vector<std::pair<QString, qint32>> keyed;
        keyed.reserve(kept.size());
        for (const qint32 event : kept) {
            if (stopped())
                return;
            keyed.emplace_back(textOf(events[event]).toCaseFolded(), event);
        }
        std::sort(keyed.begin(), keyed.end(), [&](const auto &a, const auto &b) {
            if (stopped())
                return false;
            const int c = a.first.compare(b.first);
            if (c != 0)
                return descending ? c > 0 : c < 0;
            return a.second < b.second;
        });
        for (size_t k = 0; k < keyed.size(); ++k)
            kept[k] = keyed[k].second;
    };
    switch (column) {
    case Date: {
        const auto key = [](const Event &a, const Event &b) {
            return a.date.first() < b.date.first() ? -1 : a.date.first() > b.date.first() ? 1 : 0;
        };
        // The store's order is by start already: only check it.
        const bool sorted = std::is_sorted(kept.begin(), kept.end(), [&](qint32 a, qint32 b) {
            const int c = key(events[a], events[b]);
            return c != 0 ? (descending ? c > 0 : c < 0) : a < b;
        });
        if (!sorted)
            by(key);
        break;
    }
    case Title:
        byText([](const Event &e) { return e.title; });
        break;
    case Source:
        byText([](const Event &e) { return e.sourceActor(); });
        break;
    case Target:
        byText([](const Event &e) { return e.targetActor(); });
        break;
    case Kind:
        byText([](const Event &e) { return e.kind; });
        break;
    case Goldstein:
        by([](const Event &a, const Event &b) {
            const double x = a.goldstein.value_or(-100.0), y = b.goldstein.value_or(-100.0);
            return x < y ? -1 : x > y ? 1 : 0; // unknown sorts first
        });
        break;
    default:
        break;
    }
    if (stop)
        return nullptr;
    rows->rowOf.assign(size_t(events.size()), -1);
    for (size_t r = 0; r < kept.size(); ++r)
        rows->rowOf[size_t(kept[r])] = qint32(r);
    rows->events = std::move(kept);
    return rows;
}

QVariant EventListModel::data(const QModelIndex &index, int role) const
{
    if (!m_scene || !index.isValid())
        return {};
    const int event = eventAt(index.row());
    if (event < 0)
        return {};
    const Event &e = m_scene->events()[event];
    if (role == EventRole)
        return event;
    if (role == Qt::ToolTipRole && index.column() == Title)
        return e.summary;
    if (role == Qt::TextAlignmentRole && index.column() == Goldstein)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    return displayText(e, index.column());
}

QVariant EventListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Date");
    case Title:
        return tr("Event");
    case Source:
        return tr("Source");
    case Target:
        return tr("Target");
    case Kind:
        return tr("Kind");
    case Goldstein:
        return tr("Goldstein");
    default:
        return {};
    }
}

} // namespace detente
