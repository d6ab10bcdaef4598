#pragma once

#include "render/export.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTimer;

namespace detente {

class TimelineScene;

/// File → Export: the picture as PNG, JPEG, SVG or PDF, with a live preview of exactly what
/// will be written. Choices are remembered between sessions.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    /// `visible` is the range on screen; `viewSize` the timeline's size on screen.
    ExportDialog(const TimelineScene &scene, const RenderOptions &render,
                 std::pair<qint64, qint64> visible, QSize viewSize, QWidget *parent = nullptr);

    /// The options the dialog's fields describe.
    ExportOptions options() const;
    QString path() const;
    void setPath(const QString &path);
    /// The preview as last drawn (for tests).
    QImage preview() const { return m_preview; }

public Q_SLOTS:
    /// Writes the file; on failure says why and stays open.
    void exportNow();

private:
    void updatePreview();
    void updateEnabled();
    void loadSettings();
    void saveSettings() const;

    const TimelineScene &m_scene;
    RenderOptions m_render;
    std::pair<qint64, qint64> m_visible;
    QLineEdit *m_path;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QDoubleSpinBox *m_scale;
    QRadioButton *m_onScreen;
    QRadioButton *m_everything;
    QRadioButton *m_between;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_title;
    QLineEdit *m_subtitle;
    QComboBox *m_theme;
    QComboBox *m_colorBy;
    QSpinBox *m_pages;
    QComboBox *m_pageSize;
    QComboBox *m_orientation;
    QLabel *m_previewLabel;
    QPushButton *m_exportButton = nullptr;
    QLabel *m_message;
    QTimer *m_previewTimer;
    QImage m_preview;
};

} // namespace detente
