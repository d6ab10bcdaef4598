#pragma once

#include <QCoreApplication>
#include <QString>

#include <utility>

namespace detente {

/// The outcome of an operation that can fail: ok, or an error message fit for a user.
class [[nodiscard]] Status {
public:
    Status() = default;
    static Status error(QString message) { return Status(std::move(message)); }

    bool isOk() const { return m_message.isEmpty(); }
    explicit operator bool() const { return isOk(); }
    const QString &message() const { return m_message; }

private:
    explicit Status(QString message)
        : m_message(message.isEmpty()
                        ? QCoreApplication::translate("detente::Status", "unknown error")
                        : std::move(message))
    {}
    QString m_message;
};

} // namespace detente
