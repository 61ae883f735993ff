/*
 * phonenumber_shim.h — a minimal C API over Google's libphonenumber (C++, Debian
 * `libphonenumber-dev`, 8.12).
 *
 * Why this shim exists: libphonenumber is C++ (protobuf messages, abseil containers, a singleton),
 * which Swift cannot import as a plain C module. This header uses only <stdint.h> types and
 * fixed-size output fields; the C++ stays in phonenumber_shim.cpp.
 *
 * Guarantees:
 * - No C++ exception crosses this API: every entry point catches everything and reports
 *   CPN_INTERNAL_ERROR instead.
 * - Input is UTF-8 with an explicit byte length (no NUL terminator needed). Ill-formed UTF-8,
 *   NUL bytes and inputs longer than CPN_MAX_INPUT_BYTES are refused before libphonenumber sees
 *   them (CPN_INPUT_REFUSED).
 * - Thread-safe: the functions may be called from any number of threads at once. They share
 *   libphonenumber's PhoneNumberUtil singleton, which is created once (a C++11 function-local
 *   static, itself behind the library's own pthread_once/boost::call_once) and whose const
 *   methods — Parse, IsValidNumber, Format, GetRegionCodeForNumber, GetNumberType — are
 *   thread-safe: the library guards its only mutable state, the regular-expression cache, with a
 *   lock. (Only AsYouTypeFormatter is documented as not thread-safe; it is not used.)
 */
#ifndef PHONENUMBER_SHIM_H
#define PHONENUMBER_SHIM_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Longest input passed to libphonenumber (the library itself gives up past 250 bytes). */
#define CPN_MAX_INPUT_BYTES 250

/* Outcome of cpn_parse. */
/* libphonenumber read a number (it may still be invalid: see `is_valid`). */
#define CPN_PARSED 0
/* libphonenumber could not read a number; `error` holds its ErrorType (CPN_ERROR_...). */
#define CPN_NOT_A_NUMBER 1
/* Refused before parsing: NULL pointer, negative length, too long, NUL byte, ill-formed UTF-8. */
#define CPN_INPUT_REFUSED 2
/* The library threw (out of memory, a bug); nothing is known about the number. */
#define CPN_INTERNAL_ERROR 3

/* libphonenumber's parse errors (PhoneNumberUtil::ErrorType), in `error` with CPN_NOT_A_NUMBER. */
#define CPN_ERROR_NONE 0
/* No country code in the number and the default region is unknown (or "ZZ"). */
#define CPN_ERROR_INVALID_COUNTRY_CODE 1
#define CPN_ERROR_NOT_A_NUMBER 2
#define CPN_ERROR_TOO_SHORT_AFTER_IDD 3
#define CPN_ERROR_TOO_SHORT_NSN 4
#define CPN_ERROR_TOO_LONG 5

/* Number types (PhoneNumberUtil::PhoneNumberType), in `number_type`; CPN_TYPE_NOT_ASKED when
 * the caller did not ask for the type (it costs as much as the validity check again). */
#define CPN_TYPE_FIXED_LINE 0
#define CPN_TYPE_MOBILE 1
#define CPN_TYPE_FIXED_LINE_OR_MOBILE 2
#define CPN_TYPE_TOLL_FREE 3
#define CPN_TYPE_PREMIUM_RATE 4
#define CPN_TYPE_SHARED_COST 5
#define CPN_TYPE_VOIP 6
#define CPN_TYPE_PERSONAL_NUMBER 7
#define CPN_TYPE_PAGER 8
#define CPN_TYPE_UAN 9
#define CPN_TYPE_VOICEMAIL 10
#define CPN_TYPE_UNKNOWN 11
#define CPN_TYPE_NOT_ASKED -1

/* Flags of cpn_parse. */
/* Also fill `number_type`. */
#define CPN_WANT_TYPE 1

/* What cpn_parse found. Text fields are NUL-terminated ASCII. */
typedef struct cpn_result {
    /* CPN_PARSED, CPN_NOT_A_NUMBER, CPN_INPUT_REFUSED or CPN_INTERNAL_ERROR. */
    int32_t status;
    /* With CPN_NOT_A_NUMBER: libphonenumber's reason (CPN_ERROR_...); else CPN_ERROR_NONE. */
    int32_t error;
    /* 1 when the number is valid for the region it belongs to (IsValidNumber), else 0. */
    int32_t is_valid;
    /* Country calling code (81 for Japan), 0 when not parsed. */
    int32_t country_code;
    /* CPN_TYPE_... (CPN_TYPE_NOT_ASKED unless CPN_WANT_TYPE was given). */
    int32_t number_type;
    /* The number in E.164 ("+819012345678") whenever it parsed, valid or not: an invalid
     * number's "E.164" is only the digits libphonenumber read, never a number to write. */
    char e164[24];
    /* The region the number belongs to ("JP", "001" for non-geographic numbers such as
     * +800, "ZZ" when none: an invalid number, or a country code shared by regions none of
     * which accept it). */
    char region[4];
    /* Extension digits when the input had one ("03-1234-5678 ext. 12" → "12"), else "". */
    char extension[24];
} cpn_result;

/* Parses `text` (UTF-8, `length` bytes) as a phone number written in `default_region` (ISO 3166
 * alpha-2, upper or lower case, NUL-terminated; NULL or "" for none: then only numbers with a
 * country code parse). Always fills `*result` (when `result` is non-NULL) and returns
 * `result->status`. */
int32_t cpn_parse(const char *text, int32_t length, const char *default_region, int32_t flags,
                  cpn_result *result);

/* 1 when libphonenumber has numbering rules for `region` ("JP", "kr"), else 0. */
int32_t cpn_is_supported_region(const char *region);

/* The country calling code of `region` (81 for "JP"), 0 when the region is unknown. */
int32_t cpn_country_code_for_region(const char *region);

#ifdef __cplusplus
}
#endif

#endif /* PHONENUMBER_SHIM_H */
