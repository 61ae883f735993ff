// phonenumber_shim.cpp — implementation of the C API declared in include/phonenumber_shim.h.
//
// Every entry point is `noexcept` in effect: its body runs inside try/catch(...), so neither
// std::bad_alloc nor anything libphonenumber or protobuf might throw reaches Swift (where it
// would abort the process).
#include "phonenumber_shim.h"

#include <cstring>
#include <string>
#include <unordered_map>

#include <phonenumbers/phonemetadata.pb.h>
#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

// The library's compiled-in metadata (a serialized PhoneMetadataCollection), exported by
// libphonenumber.so but declared only in a header Debian does not install (metadata.h).
namespace i18n {
namespace phonenumbers {
int metadata_size();
const void *metadata_get();
}  // namespace phonenumbers
}  // namespace i18n

using i18n::phonenumbers::PhoneMetadataCollection;
using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {

// The library's singleton, fetched once. GetInstance is itself once-only; the local static
// makes the one-time metadata load (a few milliseconds) happen exactly once even when the
// first calls race on several threads.
const PhoneNumberUtil &util() {
    static const PhoneNumberUtil *const instance = PhoneNumberUtil::GetInstance();
    return *instance;
}

// Strict UTF-8 (no overlong forms, no surrogates, nothing past U+10FFFF) without NUL bytes.
bool isWellFormedUTF8(const unsigned char *bytes, int32_t length) {
    int32_t i = 0;
    while (i < length) {
        unsigned char b = bytes[i];
        if (b == 0) return false;
        if (b < 0x80) { i += 1; continue; }
        int32_t extra;
        unsigned char low = 0x80, high = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            extra = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            extra = 2;
            if (b == 0xE0) low = 0xA0;
            if (b == 0xED) high = 0x9F;
        } else if (b >= 0xF0 && b <= 0xF4) {
            extra = 3;
            if (b == 0xF0) low = 0x90;
            if (b == 0xF4) high = 0x8F;
        } else {
            return false;
        }
        if (length - i <= extra) return false;
        if (bytes[i + 1] < low || bytes[i + 1] > high) return false;
        for (int32_t k = 2; k <= extra; k++) {
            if (bytes[i + k] < 0x80 || bytes[i + k] > 0xBF) return false;
        }
        i += extra + 1;
    }
    return true;
}

// "jp" → "JP"; anything that is not 2–3 ASCII letters or digits → "ZZ" (libphonenumber's
// unknown region), which makes national numbers fail with INVALID_COUNTRY_CODE.
std::string regionCode(const char *region) {
    if (region == nullptr) return "ZZ";
    size_t length = std::strlen(region);
    if (length < 2 || length > 3) return "ZZ";
    std::string code(region, length);
    for (char &c : code) {
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        else if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return "ZZ";
    }
    return code;
}

void copyText(char *dest, size_t capacity, const std::string &text) {
    size_t count = text.size() < capacity - 1 ? text.size() : capacity - 1;
    std::memcpy(dest, text.data(), count);
    dest[count] = '\0';
}

void reset(cpn_result *result, int32_t status) {
    std::memset(result, 0, sizeof(cpn_result));
    result->status = status;
    result->number_type = CPN_TYPE_NOT_ASKED;
}

void describe(const PhoneNumber &number, int32_t flags, bool knownValid, cpn_result *result) {
    const PhoneNumberUtil &u = util();
    result->status = CPN_PARSED;
    result->country_code = number.country_code();
    result->is_valid = (knownValid || u.IsValidNumber(number)) ? 1 : 0;
    if (flags & CPN_WANT_TYPE) result->number_type = static_cast<int32_t>(u.GetNumberType(number));
    std::string text;
    u.Format(number, PhoneNumberUtil::E164, &text);
    copyText(result->e164, sizeof(result->e164), text);
    text.clear();
    u.GetRegionCodeForNumber(number, &text);
    copyText(result->region, sizeof(result->region), text);
    copyText(result->extension, sizeof(result->extension), number.extension());
}

// The fast path for text that is already E.164 in form: '+', then 3–17 ASCII digits, nothing
// else. The country code is read as Parse reads it (the shortest prefix of 1–3 digits that is
// an assigned calling code) and the rest becomes the national number directly, skipping
// Parse's dozen regular expressions (about three quarters of its cost). Only a *valid* result
// is taken: E.164 of a valid number parses back to that same number (libphonenumber's own
// round-trip guarantee), so Parse would have returned it too. Anything else — a national part
// starting with 0 (a trunk prefix to strip, or an Italian leading zero), an unknown country
// code, an invalid number that Parse might repair by stripping a national prefix — goes the
// slow way. Returns whether `result` was filled.
bool parseCanonicalE164(const char *text, int32_t length, int32_t flags, cpn_result *result) {
    if (length < 4 || length > 18 || text[0] != '+') return false;
    for (int32_t i = 1; i < length; i++) {
        if (text[i] < '0' || text[i] > '9') return false;
    }
    const PhoneNumberUtil &u = util();
    for (int32_t ccLength = 1; ccLength <= 3 && ccLength + 1 < length; ccLength++) {
        int32_t code = 0;
        for (int32_t i = 1; i <= ccLength; i++) code = code * 10 + (text[i] - '0');
        std::string region;
        u.GetRegionCodeForCountryCode(code, &region);
        if (region == "ZZ") continue;
        if (text[1 + ccLength] == '0') return false;
        uint64_t national = 0;
        for (int32_t i = 1 + ccLength; i < length; i++) national = national * 10 + static_cast<uint64_t>(text[i] - '0');
        PhoneNumber number;
        number.set_country_code(code);
        number.set_national_number(national);
        if (!u.IsValidNumber(number)) return false;
        describe(number, flags, true, result);
        return true;
    }
    return false;
}

// What the national fast path needs to know of a region, read once from the metadata. Only a
// region whose dialling rules are plain literals qualifies: a national prefix for parsing that is
// a string of digits equal to the national prefix, no transform rule, and an international
// prefix that is a string of digits too (JP: trunk "0", international "010").
struct NationalPlan {
    int32_t countryCode = 0;
    std::string countryCodeText;
    std::string nationalPrefix;
    std::string internationalPrefix;
};

bool isDigits(const std::string &text) {
    if (text.empty()) return false;
    for (char c : text) {
        if (c < '0' || c > '9') return false;
    }
    return true;
}

const std::unordered_map<std::string, NationalPlan> &nationalPlans() {
    static const std::unordered_map<std::string, NationalPlan> *const plans = [] {
        auto *map = new std::unordered_map<std::string, NationalPlan>();
        PhoneMetadataCollection collection;
        if (!collection.ParseFromArray(i18n::phonenumbers::metadata_get(), i18n::phonenumbers::metadata_size())) {
            return map;
        }
        for (const auto &metadata : collection.metadata()) {
            const std::string &prefix = metadata.national_prefix_for_parsing();
            if (!isDigits(prefix) || prefix != metadata.national_prefix()) continue;
            if (!metadata.national_prefix_transform_rule().empty()) continue;
            if (!isDigits(metadata.international_prefix())) continue;
            NationalPlan plan;
            plan.countryCode = metadata.country_code();
            plan.countryCodeText = std::to_string(metadata.country_code());
            plan.nationalPrefix = prefix;
            plan.internationalPrefix = metadata.international_prefix();
            (*map)[metadata.id()] = plan;
        }
        return map;
    }();
    return *plans;
}

bool startsWith(const char *text, int32_t length, const std::string &prefix) {
    return static_cast<size_t>(length) >= prefix.size() && std::memcmp(text, prefix.data(), prefix.size()) == 0;
}

// The fast path for a national number as the scanner leaves it: ASCII digits only, the trunk
// prefix first ("09012345678" in JP). It builds the number Parse would build — country code of
// the region, the digits after the trunk prefix — and keeps it only when it is *valid*, where
// Parse provably returns the same number (libphonenumber 8.12's ParseHelper, step by step):
// - the text is digits only, so there is no extension, no phone-context and nothing to strip;
// - it does not start with the region's international prefix, so it is read in the region
//   (no IDD), and it does not start with the region's country code, so the "national number
//   written with its country code" heuristic is not tried;
// - the national prefix for parsing is the literal trunk prefix with no transform rule, so Parse
//   strips exactly it, unless the stripped number fails the general pattern while the original
//   matched it, or has an impossible length: a valid number matches the general pattern and has a
//   possible length, so neither happens;
// - the rest does not start with 0, so there is no Italian leading zero to record.
// Anything else (an invalid number, whose error or repair only Parse knows) goes the slow way.
bool parseNationalDirect(const char *text, int32_t length, const char *default_region, int32_t flags,
                         cpn_result *result) {
    if (length < 3 || length > 18) return false;
    for (int32_t i = 0; i < length; i++) {
        if (text[i] < '0' || text[i] > '9') return false;
    }
    const auto &plans = nationalPlans();
    auto found = plans.find(regionCode(default_region));
    if (found == plans.end()) return false;
    const NationalPlan &plan = found->second;
    if (!startsWith(text, length, plan.nationalPrefix)) return false;
    if (startsWith(text, length, plan.internationalPrefix)) return false;
    if (startsWith(text, length, plan.countryCodeText)) return false;
    int32_t start = static_cast<int32_t>(plan.nationalPrefix.size());
    int32_t nsnLength = length - start;
    if (nsnLength < 2 || nsnLength > 17 || text[start] == '0') return false;
    uint64_t national = 0;
    for (int32_t i = start; i < length; i++) national = national * 10 + static_cast<uint64_t>(text[i] - '0');
    PhoneNumber number;
    number.set_country_code(plan.countryCode);
    number.set_national_number(national);
    if (!util().IsValidNumber(number)) return false;
    describe(number, flags, true, result);
    return true;
}

}  // namespace

extern "C" int32_t cpn_parse(const char *text, int32_t length, const char *default_region, int32_t flags,
                             cpn_result *result) {
    if (result == nullptr) return CPN_INPUT_REFUSED;
    reset(result, CPN_INPUT_REFUSED);
    if (text == nullptr || length < 0 || length > CPN_MAX_INPUT_BYTES) return result->status;
    if (!isWellFormedUTF8(reinterpret_cast<const unsigned char *>(text), length)) return result->status;
    try {
        if (parseCanonicalE164(text, length, flags, result)) return result->status;
        if (parseNationalDirect(text, length, default_region, flags, result)) return result->status;
        const PhoneNumberUtil &u = util();
        PhoneNumber number;
        PhoneNumberUtil::ErrorType error =
            u.Parse(std::string(text, static_cast<size_t>(length)), regionCode(default_region), &number);
        if (error != PhoneNumberUtil::NO_PARSING_ERROR) {
            reset(result, CPN_NOT_A_NUMBER);
            result->error = static_cast<int32_t>(error);
            return result->status;
        }
        describe(number, flags, false, result);
        return result->status;
    } catch (...) {
        reset(result, CPN_INTERNAL_ERROR);
        return result->status;
    }
}

extern "C" int32_t cpn_is_supported_region(const char *region) {
    try {
        std::string code = regionCode(region);
        if (code == "ZZ") return 0;
        return util().GetCountryCodeForRegion(code) != 0 ? 1 : 0;
    } catch (...) {
        return 0;
    }
}

extern "C" int32_t cpn_country_code_for_region(const char *region) {
    try {
        std::string code = regionCode(region);
        if (code == "ZZ") return 0;
        return util().GetCountryCodeForRegion(code);
    } catch (...) {
        return 0;
    }
}
