#include "io/cameo.h"
#include "io/datetext.h"
#include "testsupport.h"

using namespace detente;

TEST_CASE("CAMEO tables keep codes as text and name actors", "[io][cameo]")
{
    CHECK(Cameo::description(QStringLiteral("0231")) == QStringLiteral("Appeal for economic aid"));
    CHECK(Cameo::description(QStringLiteral("044")) == QStringLiteral("Meet at a third location"));
    CHECK(Cameo::description(QStringLiteral("231")).isEmpty());
    CHECK(Cameo::goldstein(QStringLiteral("0231")) == 3.4);
    CHECK(Cameo::goldstein(QStringLiteral("20")) == -10.0);
    CHECK(Cameo::rootCode(QStringLiteral("0231")) == QStringLiteral("02"));
    CHECK(Cameo::quadClass(QStringLiteral("05")) == 1);
    CHECK(Cameo::quadClass(QStringLiteral("06")) == 2);
    CHECK(Cameo::quadClass(QStringLiteral("14")) == 3);
    CHECK(Cameo::quadClass(QStringLiteral("1823")) == 4);
    CHECK(Cameo::quadClass(QStringLiteral("21")) == 0);
    CHECK(Cameo::eventKind(QStringLiteral("112")) == QStringLiteral("accusation"));
    CHECK(Cameo::eventKind(QStringLiteral("042")) == QStringLiteral("meeting/visit"));
    CHECK(Cameo::eventKind(QStringLiteral("016")) == QStringLiteral("rejection/denial"));
    CHECK(Cameo::eventKind(QStringLiteral("138")) == QStringLiteral("threat/warning"));
    CHECK(Cameo::eventKind(QStringLiteral("163")) == QStringLiteral("sanction"));
    CHECK(Cameo::eventKind(QStringLiteral("190")) == QStringLiteral("military action"));
    CHECK(Cameo::actorName(QStringLiteral("CHN")) == QStringLiteral("China"));
    CHECK(Cameo::actorName(QStringLiteral("USA")) == QStringLiteral("United States"));
    CHECK(Cameo::actorName(QStringLiteral("RUS")) == QStringLiteral("Russia"));
    CHECK(Cameo::actorName(QStringLiteral("UKR")) == QStringLiteral("Ukraine"));
    CHECK(Cameo::actorName(QStringLiteral("GBR")) == QStringLiteral("United Kingdom"));
    CHECK(Cameo::actorName(QStringLiteral("NAT")) == QStringLiteral("NATO"));
    CHECK(Cameo::actorName(QStringLiteral("NATO")) == QStringLiteral("NATO"));
    CHECK(Cameo::actorName(QStringLiteral("EU")) == QStringLiteral("European Union"));
    CHECK(Cameo::actorName(QStringLiteral("IGOUNO")) == QStringLiteral("United Nations"));
    CHECK(Cameo::actorName(QStringLiteral("UN")) == QStringLiteral("United Nations"));
    CHECK(Cameo::actorName(QStringLiteral("USAGOV")) == QStringLiteral("United States"));
    CHECK(Cameo::actorName(QStringLiteral("IGOEUREEC")) == QStringLiteral("European Union"));
    CHECK(Cameo::actorKind(QStringLiteral("NAT")) == ActorKind::Organisation);
    CHECK(Cameo::actorName(QStringLiteral("XQZ")).isEmpty());
}

TEST_CASE("dates in files are read with their precision", "[io][dates]")
{
    auto days = [](const QString &text) {
        const auto d = parseDateText(text);
        REQUIRE(d);
        return std::tuple{d->firstDay(), d->lastDay(), d->precision()};
    };
    CHECK(days(QStringLiteral("2022-02-24")) ==
          std::tuple{QDate(2022, 2, 24), QDate(2022, 2, 24), Precision::Day});
    CHECK(days(QStringLiteral("2023-02")) ==
          std::tuple{QDate(2023, 2, 1), QDate(2023, 2, 28), Precision::Month});
    CHECK(days(QStringLiteral("2023")) ==
          std::tuple{QDate(2023, 1, 1), QDate(2023, 12, 31), Precision::Year});
    CHECK(days(QStringLiteral("2023-21")) ==
          std::tuple{QDate(2023, 3, 1), QDate(2023, 5, 31), Precision::PartOfYear});
    CHECK(days(QStringLiteral("2023~")) ==
          std::tuple{QDate(2023, 1, 1), QDate(2023, 12, 31), Precision::Year});
    CHECK(days(QStringLiteral("2022-02-24/2022-04-30")) ==
          std::tuple{QDate(2022, 2, 24), QDate(2022, 4, 30), Precision::Span});
    CHECK(days(QStringLiteral("early 2023")) ==
          std::tuple{QDate(2023, 1, 1), QDate(2023, 4, 30), Precision::PartOfYear});
    CHECK(days(QStringLiteral("mid 2023")) ==
          std::tuple{QDate(2023, 5, 1), QDate(2023, 8, 31), Precision::PartOfYear});
    CHECK(days(QStringLiteral("Late 2023")) ==
          std::tuple{QDate(2023, 9, 1), QDate(2023, 12, 31), Precision::PartOfYear});
    CHECK(days(QStringLiteral("February 2022")) ==
          std::tuple{QDate(2022, 2, 1), QDate(2022, 2, 28), Precision::Month});
    CHECK(days(QStringLiteral("24 February 2022")) ==
          std::tuple{QDate(2022, 2, 24), QDate(2022, 2, 24), Precision::Day});
    CHECK(parseDateText(QStringLiteral("early 2023"))->phrase() == QStringLiteral("early 2023"));
    CHECK_FALSE(parseDateText(QStringLiteral("2023-13")));
    CHECK_FALSE(parseDateText(QStringLiteral("soon")));
}
