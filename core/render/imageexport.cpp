#include "imageexport.h"

#include <QFileInfo>
#include <QImageWriter>
#include <QPainter>
#include <QSaveFile>

namespace detente {

QImage renderImage(const TimelineScene &scene, const TimeScale &scale, QSize size,
                   const RenderOptions &options)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(options.theme.background);
    QPainter painter(&image);
    paintTimeline(painter, scene, scale, QSizeF(size), options);
    painter.end();
    return image;
}

Status saveImage(const QImage &image, const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    QByteArray format;
    if (suffix == u"png")
        format = "png";
    else if (suffix == u"jpg" || suffix == u"jpeg")
        format = "jpeg";
    else
        return Status::error(
            QStringLiteral("cannot tell the image format from \"%1\" (use .png or .jpg)")
                .arg(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::error(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    QImageWriter writer(&file, format);
    if (format == "jpeg")
        writer.setQuality(92);
    if (!writer.write(format == "jpeg" ? image.convertToFormat(QImage::Format_RGB32) : image)) {
        file.cancelWriting();
        return Status::error(QStringLiteral("cannot write %1: %2").arg(path, writer.errorString()));
    }
    if (!file.commit())
        return Status::error(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace detente
