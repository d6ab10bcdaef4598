// libFuzzer entry point of one target; DETENTE_FUZZ_TARGET names it (see fuzztargets.cpp).
#include "fuzztargets.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const detente::fuzz::TargetFunction run = [] {
        const auto f = detente::fuzz::target(DETENTE_FUZZ_TARGET);
        if (!f) {
            std::fprintf(stderr, "unknown fuzz target %s\n", DETENTE_FUZZ_TARGET);
            std::abort();
        }
        return f;
    }();
    return run(data, size);
}
