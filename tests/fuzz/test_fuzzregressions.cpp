// Replays every fuzz input kept in the repository (the seed corpora and the inputs that once
// crashed, tests/fuzz/regressions/<target>/) through the same target functions the fuzzers
// run, in the ordinary suite: a fixed crash that comes back fails here, under ASan too.
#include "fuzztargets.h"
#include "testsupport.h"

#include <QDir>

namespace {
QStringList inputs(const char *kind, const char *target)
{
    const QDir dir(QStringLiteral(DETENTE_SOURCE_DIR "/tests/fuzz/%1/%2")
                       .arg(QLatin1String(kind), QLatin1String(target)));
    QStringList files;
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
        if (!name.startsWith(u'.') && name != u"README.md")
            files << dir.filePath(name);
    return files;
}
} // namespace

TEST_CASE("every kept fuzz input runs through its target without a crash", "[fuzz][safety]")
{
    std::size_t count = 0;
    const detente::fuzz::Target *targets = detente::fuzz::targets(&count);
    REQUIRE(count == 8);
    int replayed = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const QStringList seeds = inputs("corpus", targets[i].name);
        INFO("target " << targets[i].name);
        CHECK_FALSE(seeds.isEmpty()); // each parser has a seed corpus
        for (const QString &file : seeds + inputs("regressions", targets[i].name)) {
            INFO(file.toStdString());
            const QByteArray bytes = detente::test::readFile(file);
            CHECK(targets[i].run(reinterpret_cast<const std::uint8_t *>(bytes.constData()),
                                 std::size_t(bytes.size())) == 0);
            ++replayed;
        }
    }
    CHECK(replayed >= 16);
}
