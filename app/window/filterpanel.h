#pragma once

#include "storage/eventfilter.h"

#include <QWidget>

class QCheckBox;
class QDateEdit;
class QDoubleSpinBox;
class QListWidget;
class QSpinBox;
class QTreeWidget;
class QTreeWidgetItem;

namespace detente {

class TimelineScene;

/// The filters beside the actors: kinds of event grouped by QuadClass (verbal / material
/// cooperation / conflict), a date range, a Goldstein range, a minimum number of sources and
/// tags. Its part of the EventFilter is what filter() returns; the window adds actors and words.
class FilterPanel : public QWidget {
    Q_OBJECT
public:
    explicit FilterPanel(QWidget *parent = nullptr);

    /// Offers the kinds and tags of `scene`'s events; keeps what still applies of the current
    /// choice (a kind unchecked stays unchecked).
    void setScene(const TimelineScene &scene);
    /// The kinds, dates, Goldstein range, sources and tags chosen (actors and text stay empty).
    EventFilter filter() const;
    /// Shows `filter`'s kinds, dates, Goldstein range, sources and tags (a saved view).
    void setFilter(const EventFilter &filter);

    /// Removing one chip: back to every kind, any date, any score, any number of sources, any tag.
    void clearKinds();
    void clearDates();
    void clearGoldstein();
    void clearSources();
    void clearTags();

    QTreeWidget *kindTree() const { return m_kinds; }
    QCheckBox *fromBox() const { return m_useFrom; }
    QDateEdit *fromEdit() const { return m_from; }
    QCheckBox *toBox() const { return m_useTo; }
    QDateEdit *toEdit() const { return m_to; }
    QCheckBox *goldsteinBox() const { return m_useGoldstein; }
    QDoubleSpinBox *goldsteinMinEdit() const { return m_goldsteinMin; }
    QDoubleSpinBox *goldsteinMaxEdit() const { return m_goldsteinMax; }
    QSpinBox *sourcesEdit() const { return m_sources; }
    QListWidget *tagList() const { return m_tags; }

Q_SIGNALS:
    void filterChanged();

private:
    /// Emits filterChanged() unless a programmatic update is running.
    void changed();
    QTreeWidgetItem *kindItem(const QString &kind) const;

    QTreeWidget *m_kinds;
    QCheckBox *m_useFrom;
    QDateEdit *m_from;
    QCheckBox *m_useTo;
    QDateEdit *m_to;
    QCheckBox *m_useGoldstein;
    QDoubleSpinBox *m_goldsteinMin;
    QDoubleSpinBox *m_goldsteinMax;
    QSpinBox *m_sources;
    QListWidget *m_tags;
    bool m_updating = false;
};

} // namespace detente
