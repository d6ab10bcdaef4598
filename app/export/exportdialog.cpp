#include "exportdialog.h"

#include "model/datespan.h"
#include "timeline/timelinescene.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace detente {

ExportDialog::ExportDialog(const TimelineScene &scene, const RenderOptions &render,
                           std::pair<qint64, qint64> visible, QSize viewSize, QWidget *parent)
    : QDialog(parent)
    , m_scene(scene)
    , m_render(render)
    , m_visible(visible)
    , m_path(new QLineEdit(this))
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_scale(new QDoubleSpinBox(this))
    , m_onScreen(new QRadioButton(tr("What is on &screen"), this))
    , m_everything(new QRadioButton(tr("&All events"), this))
    , m_between(new QRadioButton(tr("F&rom"), this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_title(new QLineEdit(this))
    , m_subtitle(new QLineEdit(this))
    , m_theme(new QComboBox(this))
    , m_colorBy(new QComboBox(this))
    , m_pages(new QSpinBox(this))
    , m_pageSize(new QComboBox(this))
    , m_orientation(new QComboBox(this))
    , m_previewLabel(new QLabel(this))
    , m_message(new QLabel(this))
    , m_previewTimer(new QTimer(this))
{
    setWindowTitle(tr("Export Timeline"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    for (QSpinBox *s : {m_width, m_height})
        s->setRange(16, maxExportPixels);
    m_width->setValue(viewSize.width());
    m_height->setValue(viewSize.height());
    m_scale->setRange(0.25, 8);
    m_scale->setSingleStep(0.5);
    m_scale->setValue(1);
    m_pages->setRange(1, 100);
    m_onScreen->setChecked(true);
    // A chosen range starts as the days on screen.
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setDateRange(QDate(firstSupportedYear, 1, 1), QDate(lastSupportedYear, 12, 31));
    }
    m_from->setDate(dayOfMs(visible.first));
    m_to->setDate(dayOfMs(std::max(visible.first, visible.second - 1)));
    m_from->setAccessibleName(tr("First day"));
    m_to->setAccessibleName(tr("Last day"));
    for (const auto &[name, id] : {std::pair{QStringLiteral("A4"), QPageSize::A4},
                                   std::pair{QStringLiteral("A3"), QPageSize::A3},
                                   std::pair{QStringLiteral("Letter"), QPageSize::Letter},
                                   std::pair{QStringLiteral("Legal"), QPageSize::Legal}})
        m_pageSize->addItem(name, int(id));
    m_orientation->addItem(tr("Landscape"), int(QPageLayout::Landscape));
    m_orientation->addItem(tr("Portrait"), int(QPageLayout::Portrait));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->addItem(tr("Print"), QStringLiteral("print"));
    m_colorBy->addItem(tr("Actor"), colorByName(ColorBy::Actor));
    m_colorBy->addItem(tr("Kind of event"), colorByName(ColorBy::Kind));
    m_colorBy->addItem(tr("QuadClass"), colorByName(ColorBy::QuadClass));
    m_colorBy->addItem(tr("Goldstein score"), colorByName(ColorBy::Goldstein));
    m_colorBy->setCurrentIndex(m_colorBy->findData(colorByName(render.colorBy)));
    m_subtitle->setPlaceholderText(exportSubtitle(scene, locale()));
    m_title->setPlaceholderText(tr("No title"));

    auto *form = new QFormLayout;
    // A row holding several fields names the first as its label's buddy, so Alt+letter works
    // and the label shows no stray "&".
    const auto labelFor = [this](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        return label;
    };
    form->addRow(labelFor(tr("&File:"), m_path), pathRow);
    auto *size = new QHBoxLayout;
    size->addWidget(m_width);
    size->addWidget(new QLabel(QStringLiteral("×"), this));
    size->addWidget(m_height);
    size->addWidget(new QLabel(tr("pixels, scale"), this));
    size->addWidget(m_scale);
    form->addRow(labelFor(tr("&Size:"), m_width), size);
    auto *range = new QHBoxLayout;
    range->addWidget(m_onScreen);
    range->addWidget(m_everything);
    range->addWidget(m_between);
    range->addWidget(m_from);
    range->addWidget(new QLabel(tr("to"), this));
    range->addWidget(m_to);
    range->addStretch(1);
    form->addRow(tr("Range:"), range);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("S&ubtitle:"), m_subtitle);
    form->addRow(tr("T&heme:"), m_theme);
    form->addRow(tr("&Colour by:"), m_colorBy);
    auto *pdf = new QHBoxLayout;
    pdf->addWidget(m_pages);
    pdf->addWidget(new QLabel(tr("side by side in time, on"), this));
    pdf->addWidget(m_pageSize);
    pdf->addWidget(m_orientation);
    pdf->addStretch(1);
    m_pageSize->setAccessibleName(tr("Page size"));
    m_orientation->setAccessibleName(tr("Orientation"));
    form->addRow(labelFor(tr("PDF &pages:"), m_pages), pdf);

    m_previewLabel->setMinimumSize(480, 240);
    m_previewLabel->setAlignment(Qt::AlignCenter);
    m_previewLabel->setFrameShape(QFrame::StyledPanel);
    m_previewLabel->setAccessibleName(tr("Preview"));
    m_message->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_exportButton = buttons->button(QDialogButtonBox::Save);
    m_exportButton->setText(tr("&Export"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_previewLabel, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(120);
    connect(m_previewTimer, &QTimer::timeout, this, &ExportDialog::updatePreview);
    const auto changed = [this] {
        updateEnabled();
        m_previewTimer->start();
    };
    for (QSpinBox *s : {m_width, m_height, m_pages})
        connect(s, &QSpinBox::valueChanged, this, changed);
    connect(m_scale, &QDoubleSpinBox::valueChanged, this, changed);
    for (QLineEdit *e : {m_title, m_subtitle, m_path})
        connect(e, &QLineEdit::textChanged, this, changed);
    for (QComboBox *c : {m_theme, m_colorBy, m_pageSize, m_orientation})
        connect(c, &QComboBox::currentIndexChanged, this, changed);
    for (QRadioButton *r : {m_onScreen, m_everything, m_between})
        connect(r, &QRadioButton::toggled, this, changed);
    for (QDateEdit *d : {m_from, m_to}) {
        connect(d, &QDateEdit::dateChanged, this, changed);
        // Touching a date means that range.
        connect(d, &QDateEdit::editingFinished, m_between, [this] { m_between->setChecked(true); });
    }
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getSaveFileName(
            this, tr("Export Timeline"), path(),
            tr("PNG image (*.png);;JPEG image (*.jpg);;SVG drawing (*.svg);;PDF document (*.pdf)"));
        if (!chosen.isEmpty())
            m_path->setText(chosen);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::exportNow);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    loadSettings();
    updateEnabled();
    updatePreview();
}

QString ExportDialog::path() const
{
    return m_path->text().trimmed();
}

void ExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

ExportOptions ExportDialog::options() const
{
    ExportOptions o;
    o.size = QSize(m_width->value(), m_height->value());
    o.scale = m_scale->value();
    if (m_onScreen->isChecked())
        o.range = m_visible;
    else if (m_between->isChecked())
        o.range = std::make_pair(dayStartMs(m_from->date()), dayStartMs(m_to->date().addDays(1)));
    o.title = m_title->text();
    o.subtitle = m_subtitle->text().isEmpty() && !o.title.isEmpty() ? m_subtitle->placeholderText()
                                                                    : m_subtitle->text();
    o.render = m_render;
    o.render.selectedEvent = -1;
    o.render.hoveredEvent = -1;
    o.render.theme = Theme::named(m_theme->currentData().toString()).value_or(m_render.theme);
    o.render.colorBy =
        colorByFromName(m_colorBy->currentData().toString()).value_or(ColorBy::Actor);
    o.pages = m_pages->value();
    o.pageSize = QPageSize(QPageSize::PageSizeId(m_pageSize->currentData().toInt()));
    o.orientation = QPageLayout::Orientation(m_orientation->currentData().toInt());
    return o;
}

void ExportDialog::updateEnabled()
{
    const auto format = exportFormatFor(path());
    for (QWidget *w : std::initializer_list<QWidget *>{m_pages, m_pageSize, m_orientation})
        w->setEnabled(format == ExportFormat::Pdf);
    m_scale->setEnabled(format == ExportFormat::Png || format == ExportFormat::Jpeg);
    for (QDateEdit *d : {m_from, m_to})
        d->setEnabled(m_between->isChecked());
    const bool backwards = m_between->isChecked() && m_to->date() < m_from->date();
    m_exportButton->setEnabled(!backwards);
    if (backwards)
        m_message->setText(tr("The range ends before it starts."));
    else if (!format && !path().isEmpty())
        m_message->setText(tr("Name the file .png, .jpg, .svg or .pdf."));
    else
        m_message->clear();
}

void ExportDialog::updatePreview()
{
    // The same drawing as the file, at the file's size, shown scaled down.
    ExportOptions o = options();
    o.scale = 1;
    m_preview = renderExport(m_scene, o);
    // Scaled to the label's device pixels, so it stays sharp on a high-DPI screen.
    const qreal dpr = m_previewLabel->devicePixelRatioF();
    QPixmap preview =
        QPixmap::fromImage(m_preview).scaled((m_previewLabel->size() - QSize(8, 8)) * dpr,
                                             Qt::KeepAspectRatio, Qt::SmoothTransformation);
    preview.setDevicePixelRatio(dpr);
    m_previewLabel->setPixmap(preview);
}

void ExportDialog::exportNow()
{
    if (path().isEmpty()) {
        m_message->setText(tr("Choose a file to export to."));
        return;
    }
    if (m_between->isChecked() && m_to->date() < m_from->date()) {
        m_message->setText(tr("The range ends before it starts."));
        return;
    }
    if (QFileInfo::exists(path()) &&
        QMessageBox::question(this, tr("Export Timeline"),
                              tr("%1 exists. Replace it?").arg(QDir::toNativeSeparators(path()))) !=
            QMessageBox::Yes)
        return;
    if (Status s = exportTimeline(m_scene, options(), path()); !s) {
        m_message->setText(s.message());
        return;
    }
    saveSettings();
    accept();
}

void ExportDialog::loadSettings()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("export"));
    m_path->setText(
        settings
            .value(QStringLiteral("path"), QDir::home().filePath(QStringLiteral("timeline.png")))
            .toString());
    if (settings.contains(QStringLiteral("width"))) {
        m_width->setValue(settings.value(QStringLiteral("width")).toInt());
        m_height->setValue(settings.value(QStringLiteral("height")).toInt());
    }
    m_scale->setValue(settings.value(QStringLiteral("scale"), 1.0).toDouble());
    (settings.value(QStringLiteral("everything"), false).toBool() ? m_everything : m_onScreen)
        ->setChecked(true);
    m_pageSize->setCurrentIndex(std::max(
        0, m_pageSize->findData(settings.value(QStringLiteral("pageSize"), int(QPageSize::A4)))));
    m_orientation->setCurrentIndex(
        std::max(0, m_orientation->findData(settings.value(QStringLiteral("orientation"),
                                                           int(QPageLayout::Landscape)))));
    m_title->setText(settings.value(QStringLiteral("title")).toString());
    m_theme->setCurrentIndex(std::max(
        0, m_theme->findData(settings.value(QStringLiteral("theme"), QStringLiteral("light")))));
    m_pages->setValue(settings.value(QStringLiteral("pages"), 1).toInt());
}

void ExportDialog::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("export"));
    settings.setValue(QStringLiteral("path"), path());
    settings.setValue(QStringLiteral("width"), m_width->value());
    settings.setValue(QStringLiteral("height"), m_height->value());
    settings.setValue(QStringLiteral("scale"), m_scale->value());
    settings.setValue(QStringLiteral("everything"), m_everything->isChecked());
    settings.setValue(QStringLiteral("title"), m_title->text());
    settings.setValue(QStringLiteral("theme"), m_theme->currentData());
    settings.setValue(QStringLiteral("pages"), m_pages->value());
    settings.setValue(QStringLiteral("pageSize"), m_pageSize->currentData());
    settings.setValue(QStringLiteral("orientation"), m_orientation->currentData());
}

} // namespace detente
