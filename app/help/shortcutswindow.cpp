#include "shortcutswindow.h"

#include <QAction>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace detente {

namespace {

/// An action's text as a user reads it: no mnemonic markers, no trailing ellipsis.
QString plainText(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    if (text.endsWith(u'…'))
        text.chop(1);
    else if (text.endsWith(QLatin1String("...")))
        text.chop(3);
    return text.trimmed();
}

QString shortcutText(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &key : action->shortcuts())
        if (!key.isEmpty())
            keys << key.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(", "));
}

QTreeWidgetItem *addRow(QTreeWidgetItem *group, const QString &name, const QString &keys)
{
    auto *item = new QTreeWidgetItem(group, {name, keys});
    // Screen readers read the row as one sentence.
    item->setData(
        0, Qt::AccessibleTextRole,
        keys.isEmpty() ? name : ShortcutsWindow::tr("%1: %2", "action: shortcut").arg(name, keys));
    return item;
}

void addMenu(QTreeWidgetItem *group, const QMenu *menu, const QString &prefix,
             QSet<const QAction *> &seen)
{
    for (QAction *a : menu->actions()) {
        seen.insert(a);
        if (a->isSeparator() || !a->isVisible())
            continue;
        const QString name = prefix + plainText(a->text());
        if (a->menu())
            addMenu(group, a->menu(), name + QStringLiteral(" › "), seen);
        else
            addRow(group, name, shortcutText(a));
    }
}

/// Whose action it is, for actions outside the menus: the widget's accessible name or title.
QString ownerName(const QAction *action, const QWidget *window)
{
    for (QObject *o : action->associatedObjects()) {
        auto *w = qobject_cast<QWidget *>(o);
        if (!w || w == window)
            continue;
        if (!w->accessibleName().isEmpty())
            return w->accessibleName();
        if (!w->windowTitle().isEmpty())
            return w->windowTitle();
    }
    return {};
}

} // namespace

ShortcutsWindow::ShortcutsWindow(QWidget *window)
    : QDialog(window)
    , m_window(window)
    , m_search(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsWindow"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_search->setPlaceholderText(tr("Find an action or a key"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Find a shortcut"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_tree->setAccessibleName(tr("Keyboard shortcuts"));
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_tree);
    connect(m_search, &QLineEdit::textChanged, this, &ShortcutsWindow::setFilter);
    resize(520, 560);
    rebuild();
}

void ShortcutsWindow::rebuild()
{
    m_tree->clear();
    QSet<const QAction *> seen;
    auto group = [this](const QString &title) {
        auto *item = new QTreeWidgetItem(m_tree, {title});
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        item->setFirstColumnSpanned(true);
        item->setFlags(Qt::ItemIsEnabled);
        return item;
    };
    // The menus, in the order the menu bar shows them.
    if (const auto *bar = m_window->findChild<QMenuBar *>(QString(), Qt::FindDirectChildrenOnly)) {
        for (QAction *a : bar->actions()) {
            seen.insert(a);
            if (a->menu() && a->isVisible())
                addMenu(group(plainText(a->text())), a->menu(), QString(), seen);
        }
    }
    // Actions outside the menus (the window's own, those of its panels) that have a key.
    QHash<QString, QTreeWidgetItem *> others;
    const QList<QAction *> actions = m_window->findChildren<QAction *>();
    for (const QAction *a : actions) {
        if (seen.contains(a) || a->isSeparator() || a->text().isEmpty() || a->menu() ||
            a->shortcuts().isEmpty())
            continue;
        bool ours = false; // this window's own actions (its search field's) are not listed
        for (const QObject *o = a; o && !ours; o = o->parent())
            ours = o == this;
        if (ours)
            continue;
        seen.insert(a);
        QString owner = ownerName(a, m_window);
        if (owner.isEmpty())
            owner = tr("General");
        QTreeWidgetItem *&item = others[owner];
        if (!item)
            item = group(owner);
        addRow(item, plainText(a->text()), shortcutText(a));
    }
    m_tree->expandAll();
    setFilter(m_search->text());
}

void ShortcutsWindow::setFilter(const QString &text)
{
    const QString needle = text.trimmed();
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        const bool groupMatches =
            !needle.isEmpty() && group->text(0).contains(needle, Qt::CaseInsensitive);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *row = group->child(i);
            const bool match = needle.isEmpty() || groupMatches ||
                               row->text(0).contains(needle, Qt::CaseInsensitive) ||
                               row->text(1).contains(needle, Qt::CaseInsensitive);
            row->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0);
    }
}

ShortcutsWindow *ShortcutsWindow::showFor(QWidget *window)
{
    auto *dialog = window->findChild<ShortcutsWindow *>(QString(), Qt::FindDirectChildrenOnly);
    if (!dialog)
        dialog = new ShortcutsWindow(window);
    else
        dialog->rebuild();
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    dialog->m_search->setFocus();
    return dialog;
}

} // namespace detente
