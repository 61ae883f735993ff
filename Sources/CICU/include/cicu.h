/*
 * cicu.h — a minimal C shim over the system ICU (libicu 72).
 *
 * Why this shim exists: a module map that includes ICU's own headers does not compile in a
 * Swift target that also sees Foundation (the toolchain ships its own ICU module and the two
 * clash), and ICU's versioned symbol macros (`utrans_openU` is really `utrans_openU_72`) are
 * invisible to Swift. This header therefore uses only <stdint.h> types and an opaque struct;
 * ICU headers are included only in cicu.c.
 *
 * Conventions:
 * - Every function that can fail returns a cicu status (CICU_OK on success). When ICU itself
 *   reported the failure, `*icu_error` (if non-NULL) receives ICU's UErrorCode value; pass it to
 *   cicu_error_name() for a readable name such as "U_INVALID_ID".
 * - Strings are UTF-8 with an explicit length in bytes (no NUL terminator required); -1 is
 *   accepted for NUL-terminated input. Ill-formed UTF-8 input is replaced by U+FFFD.
 * - Output buffers are negotiated: when `dest_capacity` is too small the function returns
 *   CICU_BUFFER_TOO_SMALL and `*output_length` receives the number of bytes needed; call again
 *   with a buffer of at least that size. Output is never NUL-terminated by contract.
 */
#ifndef CICU_H
#define CICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Status codes returned by the functions below. */
#define CICU_OK 0
/* The output buffer was too small; `*output_length` holds the size needed. */
#define CICU_BUFFER_TOO_SMALL 1
/* A NULL pointer, negative capacity or length where none is allowed. */
#define CICU_INVALID_ARGUMENT 2
/* Memory could not be allocated. */
#define CICU_OUT_OF_MEMORY 3
/* ICU reported an error; see `*icu_error`. */
#define CICU_ICU_FAILURE 4

/* An ICU transliterator plus its working buffer.
 *
 * A handle may be shared between threads: each call takes a mutex of the handle. (ICU's
 * rule-based transliterators also take a process-wide lock internally, so concurrent calls do
 * not run faster than serial ones; transliterate each distinct string once instead.) */
typedef struct cicu_transliterator cicu_transliterator;

/* Opens a transliterator from a compound ID such as "Any-Latin; Latin-ASCII" given in UTF-8.
 * Returns NULL on failure with `*status` set (CICU_ICU_FAILURE and `*icu_error` for an unknown
 * ID). `status` and `icu_error` may be NULL. */
cicu_transliterator *cicu_transliterator_open_utf8(const char *id, int32_t id_length,
                                                   int32_t *status, int32_t *icu_error);

/* Same as cicu_transliterator_open_utf8 for an ID given in UTF-16 code units. */
cicu_transliterator *cicu_transliterator_open_utf16(const uint16_t *id, int32_t id_length,
                                                    int32_t *status, int32_t *icu_error);

/* Closes a transliterator. NULL is accepted and ignored. */
void cicu_transliterator_close(cicu_transliterator *transliterator);

/* Transliterates `source` (UTF-8) into `dest` (UTF-8). `*output_length` receives the bytes
 * written, or the bytes needed when CICU_BUFFER_TOO_SMALL is returned. */
int32_t cicu_transliterate_utf8(cicu_transliterator *transliterator,
                                const char *source, int32_t source_length,
                                char *dest, int32_t dest_capacity,
                                int32_t *output_length, int32_t *icu_error);

/* Applies NFKC_Casefold (NFKC plus full case folding, removing default-ignorable code points):
 * full-width Latin and digits become ASCII, half-width katakana become full-width, upper case
 * becomes lower case, U+3000 becomes U+0020. Thread-safe and lock-free. Same buffer
 * negotiation as cicu_transliterate_utf8. */
int32_t cicu_nfkc_casefold_utf8(const char *source, int32_t source_length,
                                char *dest, int32_t dest_capacity,
                                int32_t *output_length, int32_t *icu_error);

/* The name of an ICU error code ("U_ZERO_ERROR", "U_INVALID_ID", ...). Never NULL; the string is
 * static and must not be freed. */
const char *cicu_error_name(int32_t icu_error);

#ifdef __cplusplus
}
#endif

#endif /* CICU_H */
