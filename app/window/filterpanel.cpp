#include "filterpanel.h"

#include "model/datespan.h"
#include "render/colors.h"
#include "timeline/timelinescene.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <map>

namespace detente {

namespace {
constexpr int KindRole = Qt::UserRole + 1;

QString groupName(int quadClass)
{
    if (quadClass < 1 || quadClass > 4)
        return FilterPanel::tr("Not coded");
    QString name = quadClassName(quadClass);
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}
} // namespace

FilterPanel::FilterPanel(QWidget *parent)
    : QWidget(parent)
    , m_kinds(new QTreeWidget(this))
    , m_useFrom(new QCheckBox(tr("&From"), this))
    , m_from(new QDateEdit(this))
    , m_useTo(new QCheckBox(tr("&To"), this))
    , m_to(new QDateEdit(this))
    , m_useGoldstein(new QCheckBox(tr("&Goldstein"), this))
    , m_goldsteinMin(new QDoubleSpinBox(this))
    , m_goldsteinMax(new QDoubleSpinBox(this))
    , m_sources(new QSpinBox(this))
    , m_tags(new QListWidget(this))
{
    m_kinds->setHeaderHidden(true);
    m_kinds->setRootIsDecorated(true);
    m_kinds->setAccessibleName(tr("Kinds of event"));
    m_kinds->setToolTip(tr("Kinds of event, grouped by QuadClass: uncheck what to hide"));

    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
    }
    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date"));
    for (QDoubleSpinBox *edit : {m_goldsteinMin, m_goldsteinMax}) {
        edit->setRange(-10, 10);
        edit->setSingleStep(0.5);
        edit->setDecimals(1);
        edit->setEnabled(false);
    }
    m_goldsteinMin->setValue(-10);
    m_goldsteinMax->setValue(10);
    m_goldsteinMin->setAccessibleName(tr("Lowest Goldstein score"));
    m_goldsteinMax->setAccessibleName(tr("Highest Goldstein score"));
    m_useGoldstein->setToolTip(
        tr("The Goldstein score rates the type of event from -10 (most conflictual) to +10 (most "
           "cooperative); events without a score are hidden while this is on"));
    m_sources->setRange(0, 999);
    m_sources->setSpecialValueText(tr("any"));
    m_sources->setAccessibleName(tr("Minimum number of sources"));
    m_tags->setAccessibleName(tr("Tags"));
    m_tags->setMaximumHeight(90);

    auto *kindsBox = new QGroupBox(tr("Kinds"), this);
    auto *kindsLayout = new QVBoxLayout(kindsBox);
    kindsLayout->setContentsMargins(4, 4, 4, 4);
    kindsLayout->addWidget(m_kinds);

    auto *form = new QFormLayout;
    form->addRow(m_useFrom, m_from);
    form->addRow(m_useTo, m_to);
    auto *scores = new QHBoxLayout;
    scores->addWidget(m_goldsteinMin);
    scores->addWidget(new QLabel(QStringLiteral("–"), this));
    scores->addWidget(m_goldsteinMax);
    form->addRow(m_useGoldstein, scores);
    auto *sourcesLabel = new QLabel(tr("At least &sources:"), this);
    sourcesLabel->setBuddy(m_sources);
    form->addRow(sourcesLabel, m_sources);
    auto *tagsLabel = new QLabel(tr("T&ags:"), this);
    tagsLabel->setBuddy(m_tags);
    form->addRow(tagsLabel, m_tags);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(kindsBox, 1);
    layout->addLayout(form);

    connect(m_kinds, &QTreeWidget::itemChanged, this, [this] { changed(); });
    connect(m_useFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useTo, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    connect(m_useGoldstein, &QCheckBox::toggled, m_goldsteinMin, &QWidget::setEnabled);
    connect(m_useGoldstein, &QCheckBox::toggled, m_goldsteinMax, &QWidget::setEnabled);
    for (QCheckBox *box : {m_useFrom, m_useTo, m_useGoldstein})
        connect(box, &QCheckBox::toggled, this, [this] { changed(); });
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, [this] { changed(); });
    for (QDoubleSpinBox *edit : {m_goldsteinMin, m_goldsteinMax})
        connect(edit, &QDoubleSpinBox::valueChanged, this, [this] { changed(); });
    connect(m_sources, &QSpinBox::valueChanged, this, [this] { changed(); });
    connect(m_tags, &QListWidget::itemChanged, this, [this] { changed(); });
}

void FilterPanel::changed()
{
    if (!m_updating)
        Q_EMIT filterChanged();
}

void FilterPanel::setScene(const TimelineScene &scene)
{
    const EventFilter before = filter();
    // A kind goes under the QuadClass most of its events have.
    std::map<QString, std::array<qsizetype, 5>> kinds;
    QStringList tags;
    qint64 first = 0, last = 0;
    bool any = false;
    for (const Event &e : scene.events()) {
        auto &byClass = kinds[e.kind];
        ++byClass[size_t(std::clamp(e.quadClass, 0, 4))];
        for (const QString &tag : e.tags)
            if (!tags.contains(tag))
                tags.append(tag);
        first = any ? std::min(first, e.date.first()) : e.date.first();
        last = any ? std::max(last, e.date.last()) : e.date.last();
        any = true;
    }
    m_updating = true;
    m_kinds->clear();
    std::array<QTreeWidgetItem *, 5> groups{};
    for (const auto &[kind, byClass] : kinds) {
        const int quad =
            int(std::max_element(byClass.begin() + 1, byClass.end()) - byClass.begin());
        const int group = byClass[size_t(quad)] > 0 ? quad : 0;
        if (!groups[size_t(group)]) {
            groups[size_t(group)] = new QTreeWidgetItem({groupName(group)});
            groups[size_t(group)]->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable |
                                            Qt::ItemIsAutoTristate);
        }
        qsizetype count = 0;
        for (qsizetype n : byClass)
            count += n;
        auto *item = new QTreeWidgetItem(
            groups[size_t(group)],
            {QStringLiteral("%1 (%2)").arg(kind.isEmpty() ? tr("(no kind)") : kind,
                                           locale().toString(count))});
        item->setData(0, KindRole, kind);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(
            0, before.kinds.isEmpty() || before.kinds.contains(kind) ? Qt::Checked : Qt::Unchecked);
    }
    for (int g : {1, 2, 3, 4, 0})
        if (groups[size_t(g)])
            m_kinds->addTopLevelItem(groups[size_t(g)]);
    m_kinds->expandAll();

    tags.sort(Qt::CaseInsensitive);
    m_tags->clear();
    for (const QString &tag : tags) {
        auto *item = new QListWidgetItem(tag, m_tags);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(before.tags.contains(tag) ? Qt::Checked : Qt::Unchecked);
    }
    m_tags->setEnabled(!tags.isEmpty());
    m_tags->setToolTip(tags.isEmpty() ? tr("No event has a tag yet")
                                      : tr("Keep only events with any checked tag"));
    if (any) {
        if (!m_useFrom->isChecked())
            m_from->setDate(dayOfMs(first));
        if (!m_useTo->isChecked())
            m_to->setDate(dayOfMs(last));
    }
    m_updating = false;
}

QTreeWidgetItem *FilterPanel::kindItem(const QString &kind) const
{
    for (int g = 0; g < m_kinds->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_kinds->topLevelItem(g);
        for (int k = 0; k < group->childCount(); ++k)
            if (group->child(k)->data(0, KindRole).toString() == kind)
                return group->child(k);
    }
    return nullptr;
}

EventFilter FilterPanel::filter() const
{
    EventFilter f;
    QStringList kinds;
    bool all = true;
    for (int g = 0; g < m_kinds->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_kinds->topLevelItem(g);
        for (int k = 0; k < group->childCount(); ++k) {
            if (group->child(k)->checkState(0) == Qt::Checked)
                kinds << group->child(k)->data(0, KindRole).toString();
            else
                all = false;
        }
    }
    if (!all) // none checked: a kind no event has keeps nothing
        f.kinds = kinds.isEmpty() ? QStringList{EventFilter::nothing} : kinds;
    if (m_useFrom->isChecked())
        f.from = dayStartMs(m_from->date());
    if (m_useTo->isChecked())
        f.to = dayStartMs(m_to->date().addDays(1));
    if (m_useGoldstein->isChecked()) {
        f.goldsteinMin = std::min(m_goldsteinMin->value(), m_goldsteinMax->value());
        f.goldsteinMax = std::max(m_goldsteinMin->value(), m_goldsteinMax->value());
    }
    f.minSources = m_sources->value();
    for (int i = 0; i < m_tags->count(); ++i)
        if (m_tags->item(i)->checkState() == Qt::Checked)
            f.tags << m_tags->item(i)->text();
    return f;
}

void FilterPanel::setFilter(const EventFilter &f)
{
    m_updating = true;
    for (int g = 0; g < m_kinds->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_kinds->topLevelItem(g);
        for (int k = 0; k < group->childCount(); ++k) {
            QTreeWidgetItem *item = group->child(k);
            item->setCheckState(0, f.kinds.isEmpty() ||
                                           f.kinds.contains(item->data(0, KindRole).toString())
                                       ? Qt::Checked
                                       : Qt::Unchecked);
        }
    }
    m_useFrom->setChecked(f.from != EventFilter().from);
    if (m_useFrom->isChecked())
        m_from->setDate(dayOfMs(f.from));
    m_useTo->setChecked(f.to != EventFilter().to);
    if (m_useTo->isChecked())
        m_to->setDate(dayOfMs(f.to - 1));
    m_useGoldstein->setChecked(f.goldsteinMin || f.goldsteinMax);
    m_goldsteinMin->setValue(f.goldsteinMin.value_or(-10));
    m_goldsteinMax->setValue(f.goldsteinMax.value_or(10));
    m_sources->setValue(f.minSources);
    for (int i = 0; i < m_tags->count(); ++i)
        m_tags->item(i)->setCheckState(f.tags.contains(m_tags->item(i)->text()) ? Qt::Checked
                                                                                : Qt::Unchecked);
    m_updating = false;
    Q_EMIT filterChanged();
}

void FilterPanel::clearKinds()
{
    m_updating = true;
    for (int g = 0; g < m_kinds->topLevelItemCount(); ++g)
        m_kinds->topLevelItem(g)->setCheckState(0, Qt::Checked);
    m_updating = false;
    Q_EMIT filterChanged();
}

void FilterPanel::clearDates()
{
    m_updating = true;
    m_useFrom->setChecked(false);
    m_useTo->setChecked(false);
    m_updating = false;
    Q_EMIT filterChanged();
}

void FilterPanel::clearGoldstein()
{
    m_useGoldstein->setChecked(false);
}

void FilterPanel::clearSources()
{
    m_sources->setValue(0);
}

void FilterPanel::clearTags()
{
    m_updating = true;
    for (int i = 0; i < m_tags->count(); ++i)
        m_tags->item(i)->setCheckState(Qt::Unchecked);
    m_updating = false;
    Q_EMIT filterChanged();
}

} // namespace detente
