#include "actorpanel.h"

#include "timeline/timelinescene.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace detente {

namespace {
constexpr int nameRole = Qt::UserRole;
} // namespace

ActorPanel::ActorPanel(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_mode(new QComboBox(this))
    , m_first(new QComboBox(this))
    , m_second(new QComboBox(this))
    , m_tree(new QTreeWidget(this))
{
    m_search->setPlaceholderText(tr("Find an actor"));
    m_search->setClearButtonEnabled(true);
    m_mode->addItem(tr("Involving any checked actor"));
    m_mode->addItem(tr("Between two actors"));
    m_tree->setHeaderLabels({tr("Actor"), tr("Events")});
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setRootIsDecorated(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setAccessibleName(tr("Actors"));
    auto *all = new QPushButton(tr("&All"), this);
    auto *none = new QPushButton(tr("&None"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(all);
    buttons->addWidget(none);
    auto *pair = new QHBoxLayout;
    pair->addWidget(m_first);
    pair->addWidget(m_second);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_search);
    layout->addWidget(m_mode);
    layout->addLayout(pair);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);
    m_first->setVisible(false);
    m_second->setVisible(false);

    connect(m_search, &QLineEdit::textChanged, this, &ActorPanel::applySearch);
    connect(all, &QPushButton::clicked, this, [this] { checkAll(true); });
    connect(none, &QPushButton::clicked, this, [this] { checkAll(false); });
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this](int mode) {
        const bool between = mode == 1;
        m_first->setVisible(between);
        m_second->setVisible(between);
        m_tree->setEnabled(!between);
        Q_EMIT filterChanged();
    });
    for (QComboBox *c : {m_first, m_second})
        connect(c, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_updating)
                Q_EMIT filterChanged();
        });
    connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *, int column) {
        if (column == 0 && !m_updating)
            Q_EMIT filterChanged();
    });
    connect(m_tree, &QTreeWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QTreeWidgetItem *item = m_tree->itemAt(pos);
        if (!item)
            return;
        const QString name = item->data(0, nameRole).toString();
        QMenu menu(this);
        menu.addAction(tr("Only %1").arg(name), this, [this, name] { only(name); });
        menu.addAction(tr("Edit %1…").arg(name), this,
                       [this, name] { Q_EMIT editRequested(name); });
        menu.exec(m_tree->viewport()->mapToGlobal(pos));
    });
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this,
            [this](QTreeWidgetItem *item) { only(item->data(0, nameRole).toString()); });
}

QString ActorPanel::currentActor() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(0, nameRole).toString() : QString();
}

ActorPanel::Names ActorPanel::namesOf(const TimelineScene &scene, const QList<Actor> &actors)
{
    Names names;
    QSet<QString> tops;
    const auto addTop = [&](const QString &name) {
        if (!tops.contains(name)) {
            tops.insert(name);
            names.actors.append(name);
        }
    };
    // The lanes of the actor layout are the states, organisations and groups in play.
    for (const auto &lane : scene.lanes())
        if (lane.parent < 0)
            addTop(lane.name);
    // Targets that have no lane of their own are actors too.
    QSet<QString> seen; // each name looked up once, not once per event
    for (const Event &e : scene.events())
        for (const EventActor &a : e.actors) {
            if (seen.contains(a.name))
                continue;
            seen.insert(a.name);
            if (!a.name.isEmpty() && scene.affiliationOf(a.name) == a.name)
                addTop(a.name);
        }
    // Persons under whom they speak for.
    QSet<QString> persons;
    for (const Event &e : scene.events())
        for (const EventPerson &p : e.persons)
            persons.insert(p.name);
    for (const Actor &a : actors)
        if (a.kind == ActorKind::Person)
            persons.insert(a.name);
    for (const QString &person : std::as_const(persons)) {
        const QString parent = scene.affiliationOf(person);
        if (tops.contains(parent) && !tops.contains(person))
            names.persons.append({person, parent});
    }
    return names;
}

void ActorPanel::setNames(const Names &names)
{
    m_updating = true;
    m_tree->clear();
    m_first->clear();
    m_second->clear();
    const auto add = [](auto *parent, const QString &name) {
        auto *item = new QTreeWidgetItem(parent, {name, QString()});
        item->setData(0, nameRole, name);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, Qt::Checked);
        return item;
    };
    QHash<QString, QTreeWidgetItem *> tops;
    for (const QString &name : names.actors)
        tops.insert(name, add(m_tree, name));
    for (const auto &[person, parent] : names.persons)
        if (QTreeWidgetItem *item = tops.value(parent))
            add(item, person);
    m_tree->sortItems(0, Qt::AscendingOrder);
    m_tree->expandAll();
    QStringList sorted = names.actors;
    sorted.sort(Qt::CaseInsensitive);
    m_first->addItems(sorted);
    m_second->addItems(sorted);
    if (sorted.size() > 1)
        m_second->setCurrentIndex(1);
    m_updating = false;
}

ActorFilter ActorPanel::filter() const
{
    ActorFilter f;
    if (m_mode->currentIndex() == 1) {
        f.mode = ActorFilter::Mode::Between;
        f.first = m_first->currentText();
        f.second = m_second->currentText();
        return f;
    }
    f.all = true;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->checkState(0) == Qt::Checked)
            f.checked.insert((*it)->data(0, nameRole).toString());
        else
            f.all = false;
    }
    return f;
}

void ActorPanel::setCounts(const QHash<QString, qsizetype> &counts)
{
    m_updating = true;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        (*it)->setText(1, QLocale().toString(counts.value((*it)->data(0, nameRole).toString())));
    m_updating = false;
}

QTreeWidgetItem *ActorPanel::itemOf(const QString &actor) const
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if ((*it)->data(0, nameRole).toString() == actor)
            return *it;
    return nullptr;
}

void ActorPanel::setChecked(const QString &actor, bool checked)
{
    if (QTreeWidgetItem *item = itemOf(actor))
        item->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked); // emits filterChanged
}

void ActorPanel::only(const QString &actor)
{
    m_updating = true;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        (*it)->setCheckState(0, (*it)->data(0, nameRole).toString() == actor ? Qt::Checked
                                                                             : Qt::Unchecked);
    m_mode->setCurrentIndex(0);
    m_updating = false;
    Q_EMIT filterChanged();
}

void ActorPanel::checkAll(bool checked)
{
    m_updating = true;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        (*it)->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
    m_updating = false;
    Q_EMIT filterChanged();
}

void ActorPanel::setBetween(const QString &first, const QString &second)
{
    m_updating = true;
    m_first->setCurrentText(first);
    m_second->setCurrentText(second);
    m_updating = false;
    if (m_mode->currentIndex() != 1)
        m_mode->setCurrentIndex(first.isEmpty() ? 0 : 1); // emits filterChanged
    else
        Q_EMIT filterChanged();
}

void ActorPanel::applySearch(const QString &text)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        const bool match = text.isEmpty() || (*it)->text(0).contains(text, Qt::CaseInsensitive);
        bool childMatch = false;
        for (int c = 0; c < (*it)->childCount(); ++c)
            childMatch = childMatch || (*it)->child(c)->text(0).contains(text, Qt::CaseInsensitive);
        (*it)->setHidden(!(match || childMatch));
    }
}

} // namespace detente
