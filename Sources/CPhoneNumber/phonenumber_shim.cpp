// phonenumber_shim.cpp — implementation of the C API declared in include/phonenumber_shim.h.
//
// Every entry point is `noexcept` in effect: its body runs inside try/catch(...), so neither
// std::bad_alloc nor anything libphonenumber or protobuf might throw reaches Swift (where it
// would abort the process).
#include "phonenumber_shim.h"

#include <cstring>
#include <string>

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

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

}  // namespace

extern "C" int32_t cpn_parse(const char *text, int32_t length, const char *default_region, int32_t flags,
                             cpn_result *result) {
    if (result == nullptr) return CPN_INPUT_REFUSED;
    reset(result, CPN_INPUT_REFUSED);
    if (text == nullptr || length < 0 || length > CPN_MAX_INPUT_BYTES) return result->status;
    if (!isWellFormedUTF8(reinterpret_cast<const unsigned char *>(text), length)) return result->status;
    try {
        if (parseCanonicalE164(text, length, flags, result)) return result->status;
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
