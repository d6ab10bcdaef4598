#include "filterchips.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace detente {

FilterChips::FilterChips(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
    , m_clearAll(new QToolButton(this))
{
    m_layout->setContentsMargins(4, 0, 4, 0);
    m_layout->setSpacing(4);
    auto *label = new QLabel(tr("Filters:"), this);
    m_layout->addWidget(label);
    m_clearAll->setText(tr("Clear All"));
    m_clearAll->setToolTip(tr("Show every event again (Ctrl+Shift+Backspace)"));
    m_clearAll->setAutoRaise(true);
    m_layout->addWidget(m_clearAll);
    m_layout->addStretch(1);
    connect(m_clearAll, &QToolButton::clicked, this, &FilterChips::clearAllRequested);
    setAccessibleName(tr("Active filters"));
}

void FilterChips::setChips(QList<Chip> chips)
{
    for (QToolButton *b : std::as_const(m_buttons))
        b->deleteLater();
    m_buttons.clear();
    m_chips = std::move(chips);
    for (qsizetype i = 0; i < m_chips.size(); ++i) {
        auto *button = new QToolButton(this);
        button->setText(m_chips[i].text + QStringLiteral("  ✕"));
        button->setToolTip(m_chips[i].toolTip.isEmpty() ? tr("Remove this filter")
                                                        : m_chips[i].toolTip);
        button->setAccessibleName(tr("Remove filter %1").arg(m_chips[i].text));
        button->setStyleSheet(QStringLiteral(
            "QToolButton { border: 1px solid palette(mid); border-radius: 9px; padding: 1px 8px; "
            "background: palette(alternate-base); }"));
        connect(button, &QToolButton::clicked, this, [this, i] {
            // Copy: removing the filter rebuilds the chips, and with them this lambda.
            const auto remove = m_chips.value(i).remove;
            if (remove)
                remove();
        });
        m_layout->insertWidget(int(i) + 1, button);
        m_buttons.append(button);
    }
}

QList<QToolButton *> FilterChips::buttons() const
{
    return m_buttons;
}

} // namespace detente
