#include "textclean.h"

namespace detente {

namespace {
bool isJunk(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0xfffd;
}
} // namespace

QString cleanText(QString text)
{
    bool junk = false;
    for (const QChar c : std::as_const(text))
        if (isJunk(c.unicode())) {
            junk = true;
            break;
        }
    if (junk)
        text.removeIf([](QChar c) { return isJunk(c.unicode()); });
    return text.trimmed();
}

QString cleanField(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return {};
    return cleanText(QString::fromUtf8(bytes));
}

QString titleCase(const QString &text)
{
    for (const QChar c : text)
        if (c.isLower())
            return text;
    QString out = text.toLower();
    bool start = true;
    for (QChar &c : out) {
        if (start && c.isLetter())
            c = c.toUpper();
        start = !c.isLetter() && c != u'\'';
    }
    return out;
}

} // namespace detente
