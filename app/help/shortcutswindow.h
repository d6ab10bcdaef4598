#pragma once

#include <QDialog>

class QLineEdit;
class QTreeWidget;

namespace detente {

/// Help → Keyboard Shortcuts: every action of a window with its shortcuts, grouped by menu and
/// searchable. Built from the actions themselves each time it is shown, so it cannot drift from
/// what the keys do.
class ShortcutsWindow : public QDialog {
    Q_OBJECT
public:
    /// Lists the actions of `window` (its menus, its own actions and those of its children).
    explicit ShortcutsWindow(QWidget *window);

    /// Reads the actions again (they may have changed since the last time).
    void rebuild();
    /// Shows only the rows whose action or shortcut contains `text`.
    void setFilter(const QString &text);

    QTreeWidget *tree() const { return m_tree; }
    QLineEdit *searchField() const { return m_search; }

    /// Shows the shortcuts window of `window`, creating it the first time.
    static ShortcutsWindow *showFor(QWidget *window);

private:
    QWidget *m_window;
    QLineEdit *m_search;
    QTreeWidget *m_tree;
};

} // namespace detente
