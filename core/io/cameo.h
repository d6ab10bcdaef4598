#pragma once

#include "model/actor.h"

#include <QString>

#include <optional>

namespace detente {

/// The CAMEO tables (event codes with descriptions and Goldstein values, country and group
/// codes), embedded from resources/cameo/. Codes are text: "0231" and "231" differ.
/// Thread-safe: the tables are loaded once and never change.
class Cameo {
public:
    /// The description of an event code ("040" → "Consult"); empty for an unknown code.
    static QString description(const QString &code);
    /// The Goldstein value of an event code; nullopt for an unknown code.
    static std::optional<double> goldstein(const QString &code);
    /// True for a code in the CAMEO event table.
    static bool isKnownCode(const QString &code);
    /// The root of an event code, its first two digits ("0231" → "02"); empty unless 01…20.
    static QString rootCode(const QString &code);
    /// QuadClass of a root (or any code): 01–05 verbal cooperation = 1, 06–08 material
    /// cooperation = 2, 09–14 verbal conflict = 3, 15–20 material conflict = 4; 0 when unknown.
    static int quadClass(const QString &rootOrCode);
    /// The project's event kind for a code (statement, accusation, rejection/denial,
    /// meeting/visit, proposal, threat/warning, sanction, military action); empty when unknown.
    static QString eventKind(const QString &code);

    /// The actor an actor code stands for: a country ("CHN" → "China"), a known group ("NAT"
    /// → "NATO") or a composite CAMEO code ("USAGOV" → "United States", "IGOEUREEC" →
    /// "European Union": a known group wins over a country). Empty when nothing is known.
    static QString actorName(const QString &code);
    /// The kind of actor a code names (state or organisation); nullopt when unknown.
    static std::optional<ActorKind> actorKind(const QString &code);
};

} // namespace detente
