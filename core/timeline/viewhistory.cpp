#include "viewhistory.h"

namespace detente {

void ViewHistory::visit(ViewRange range)
{
    if (m_current >= 0 && m_ranges[m_current] == range)
        return;
    m_ranges.resize(m_current + 1); // a new visit ends the forward part
    m_ranges.append(range);
    if (m_ranges.size() > m_limit)
        m_ranges.removeFirst();
    m_current = m_ranges.size() - 1;
}

std::optional<ViewRange> ViewHistory::back()
{
    if (!canGoBack())
        return std::nullopt;
    return m_ranges[--m_current];
}

std::optional<ViewRange> ViewHistory::forward()
{
    if (!canGoForward())
        return std::nullopt;
    return m_ranges[++m_current];
}

std::optional<ViewRange> ViewHistory::current() const
{
    if (m_current < 0)
        return std::nullopt;
    return m_ranges[m_current];
}

} // namespace detente
