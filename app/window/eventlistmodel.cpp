#include "eventlistmodel.h"

#include "timeline/timelinescene.h"

#include <QLocale>

namespace detente {

EventListModel::EventListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void EventListModel::setScene(const TimelineScene *scene)
{
    beginResetModel();
    m_scene = scene;
    m_rows.clear();
    if (scene)
        for (int i = 0; i < scene->events().size(); ++i)
            if (scene->isIncluded(i))
                m_rows.append(i);
    endResetModel();
}

int EventListModel::rowOf(int event) const
{
    return int(m_rows.indexOf(event));
}

int EventListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EventListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventListModel::data(const QModelIndex &index, int role) const
{
    if (!m_scene || !index.isValid() || index.row() >= m_rows.size())
        return {};
    const int event = m_rows[index.row()];
    const Event &e = m_scene->events()[event];
    if (role == EventRole)
        return event;
    if (role == SortRole) {
        switch (index.column()) {
        case Date:
            return e.date.first();
        case Goldstein:
            return e.goldstein ? *e.goldstein : -100.0; // unknown sorts first
        default:
            return data(index, Qt::DisplayRole).toString().toCaseFolded();
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Title)
        return e.summary;
    if (role == Qt::TextAlignmentRole && index.column() == Goldstein)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Date:
        return e.date.startText() == e.date.endText()
                   ? e.date.startText()
                   : e.date.startText() + QStringLiteral(" – ") + e.date.endText();
    case Title:
        return e.title;
    case Source:
        return e.sourceActor();
    case Target:
        return e.targetActor();
    case Kind:
        return e.kind;
    case Goldstein:
        return e.goldstein ? QLocale().toString(*e.goldstein, 'f', 1) : QString();
    default:
        return {};
    }
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
