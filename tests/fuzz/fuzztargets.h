#pragma once

#include <cstddef>
#include <cstdint>

namespace detente::fuzz {

/// One fuzz target: feeds bytes to one parser. It must never crash, hang or leak, whatever the
/// bytes; what it returns is libFuzzer's (always 0).
using TargetFunction = int (*)(const std::uint8_t *data, std::size_t size);

struct Target {
    const char *name; ///< also the folder of its corpus/ and regressions/
    TargetFunction run;
};

/// Every target, by name: gdelt, icews, csv, json, timelinejs, dateresolver, extractor, database.
const Target *targets(std::size_t *count);
/// The target of that name, or nullptr.
TargetFunction target(const char *name);

} // namespace detente::fuzz
