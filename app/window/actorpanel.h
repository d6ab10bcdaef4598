#pragma once

#include "model/actor.h"
#include "timeline/actorfilter.h"

#include <QList>
#include <QStringList>
#include <QWidget>

#include <utility>

class QComboBox;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace detente {

class TimelineScene;

/// The actors of the shown events as a tree — states and organisations with the persons who
/// speak for them — each with a checkbox and its number of events. Filters by actor: any
/// checked actor, or the exchanges between two.
class ActorPanel : public QWidget {
    Q_OBJECT
public:
    explicit ActorPanel(QWidget *parent = nullptr);

    /// What the panel lists: the lanes' actors and targets without a lane of their own, and
    /// persons under whom they speak for.
    struct Names {
        QStringList actors;
        QList<std::pair<QString, QString>> persons; ///< person, whom they speak for (in actors)
    };
    /// The names of `scene` and `actors`. Reads only its arguments, so any thread may call it:
    /// for a large database the window finds them on its loading thread.
    static Names namesOf(const TimelineScene &scene, const QList<Actor> &actors);
    /// Lists the actors of `scene` (all checked).
    void setScene(const TimelineScene &scene, const QList<Actor> &actors)
    {
        setNames(namesOf(scene, actors));
    }
    /// Lists these names (all checked).
    void setNames(const Names &names);
    ActorFilter filter() const;
    /// Shows the numbers of events each actor has among those the filters keep.
    void setCounts(const QHash<QString, qsizetype> &counts);

    void setChecked(const QString &actor, bool checked);
    /// Checks only `actor`.
    void only(const QString &actor);
    void checkAll(bool checked);
    /// Between mode with a pair; an empty pair returns to "any checked actor".
    void setBetween(const QString &first, const QString &second);
    QTreeWidget *tree() const { return m_tree; }
    /// The actor of the current row; empty when none.
    QString currentActor() const;

Q_SIGNALS:
    void filterChanged();
    /// "Edit…" was chosen on an actor's row.
    void editRequested(const QString &actor);

private:
    void applySearch(const QString &text);
    QTreeWidgetItem *itemOf(const QString &actor) const;

    QLineEdit *m_search;
    QComboBox *m_mode;
    QComboBox *m_first;
    QComboBox *m_second;
    QTreeWidget *m_tree;
    bool m_updating = false;
};

} // namespace detente
