#pragma once

#include <QWidget>

#include <functional>

class QHBoxLayout;
class QToolButton;

namespace detente {

/// The active filters as a row of removable chips ("Kinds: 3 of 9 ✕", "From 2024-04-01 ✕"),
/// with Clear All at the end. The window says what is active (and hides the row when nothing
/// is); a chip's ✕ undoes just that one.
class FilterChips : public QWidget {
    Q_OBJECT
public:
    explicit FilterChips(QWidget *parent = nullptr);

    struct Chip {
        QString text;
        QString toolTip;
        std::function<void()> remove;
    };
    void setChips(QList<Chip> chips);
    int chipCount() const { return int(m_chips.size()); }
    /// The buttons, in order (tests press them).
    QList<QToolButton *> buttons() const;
    QString chipText(int i) const { return m_chips.value(i).text; }

Q_SIGNALS:
    void clearAllRequested();

private:
    QHBoxLayout *m_layout;
    QToolButton *m_clearAll;
    QList<Chip> m_chips;
    QList<QToolButton *> m_buttons;
};

} // namespace detente
