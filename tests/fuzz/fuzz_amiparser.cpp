// libFuzzer target for the AMI parser: whatever bytes a PBX (or anything pretending to be
// one) sends, in whatever pieces, the parser neither crashes nor grows without bound.
// Built and run for a bounded time by tests/fuzz/run-fuzz (a ctest), with clang.
#include "AmiParser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using hotline::AmiMessage;
    using hotline::AmiParser;
    qsizetype fields = 0;
    AmiParser parser([&fields](AmiMessage &&m) {
        fields += m.fields.size();
        if (m.fields.size() > AmiParser::kMaxFields)
            __builtin_trap();
    });
    // The first byte picks the piece size: the same stream cut differently.
    const size_t piece = size ? size_t(data[0] % 64) + 1 : 1;
    const char *bytes = reinterpret_cast<const char *>(data);
    for (size_t at = 0; at < size; at += piece) {
        if (!parser.feed(bytes + at, qsizetype(size - at < piece ? size - at : piece)))
            break;
    }
    if (parser.banner().size() > AmiParser::kMaxLine)
        __builtin_trap();
    return 0;
}
