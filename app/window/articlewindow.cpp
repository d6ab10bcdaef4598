#include "articlewindow.h"

#include <QDialogButtonBox>
#include <QFont>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QVBoxLayout>

namespace detente {

ArticleWindow::ArticleWindow(const Source &source, const SourceReport &report, QWidget *parent)
    : QDialog(parent)
    , m_text(new QPlainTextEdit(this))
{
    const QString title = source.ref.title.isEmpty() ? source.ref.url : source.ref.title;
    setWindowTitle(title.isEmpty() ? tr("Article") : tr("Article: %1").arg(title));

    // Titles and names come from files: plain text, never markup.
    auto *heading = new QLabel(title, this);
    heading->setTextFormat(Qt::PlainText);
    heading->setWordWrap(true);
    heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.25);
    heading->setFont(font);
    heading->setObjectName(QStringLiteral("articleTitle"));

    QStringList about;
    if (!source.ref.publisher.isEmpty())
        about << source.ref.publisher;
    if (source.ref.published.isValid())
        about << tr("published %1")
                     .arg(QLocale().toString(source.ref.published, QLocale::LongFormat));
    if (!source.ref.url.isEmpty())
        about << source.ref.url;
    auto *details = new QLabel(about.join(QStringLiteral(" · ")), this);
    details->setTextFormat(Qt::PlainText);
    details->setWordWrap(true);
    details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    details->setObjectName(QStringLiteral("articleDetails"));

    m_text->setReadOnly(true);
    m_text->setPlainText(source.body);
    m_text->setAccessibleName(tr("Article text"));
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(details);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(720, 640);

    // The event's words, marked where the text has them.
    m_quote = locateQuote(m_text->toPlainText(), report.quote, report.begin, report.end);
    if (m_quote.first >= 0) {
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(m_text->document());
        s.cursor.setPosition(int(m_quote.first));
        s.cursor.setPosition(int(m_quote.second), QTextCursor::KeepAnchor);
        s.format.setBackground(QColor(255, 200, 0, 110));
        s.format.setFontWeight(QFont::Bold);
        m_text->setExtraSelections({s});
        QTextCursor at(m_text->document());
        at.setPosition(int(m_quote.first));
        m_text->setTextCursor(at);
    }
}

std::pair<qsizetype, qsizetype> ArticleWindow::locateQuote(const QString &text,
                                                           const QString &quote, qsizetype begin,
                                                           qsizetype end)
{
    const bool inText = begin >= 0 && end > begin && end <= text.size();
    if (inText && (quote.isEmpty() || QStringView(text).sliced(begin, end - begin) == quote))
        return {begin, end};
    if (quote.trimmed().isEmpty())
        return {-1, -1};
    for (const Qt::CaseSensitivity cs : {Qt::CaseSensitive, Qt::CaseInsensitive})
        if (const qsizetype at = text.indexOf(quote, 0, cs); at >= 0)
            return {at, at + quote.size()};
    return {-1, -1};
}

void ArticleWindow::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // Now that the text has its size: the quote in the middle of the view.
    if (m_quote.first >= 0)
        m_text->centerCursor();
}

} // namespace detente
