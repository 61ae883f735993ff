/*
 * cicu.c — implementation of the ICU shim declared in include/cicu.h.
 *
 * ICU works in UTF-16; the shim converts at its edges so that Swift only deals in UTF-8.
 * Small inputs are converted through stack buffers; larger ones through heap buffers.
 */
#include "cicu.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>
#include <unicode/utypes.h>

/* UTF-16 units kept on the stack before falling back to the heap. */
enum { CICU_STACK_UNITS = 256 };
/* Largest working buffer a transliterator keeps between calls. */
enum { CICU_RETAINED_UNITS = 1 << 16 };

struct cicu_transliterator {
    UTransliterator *icu;
    pthread_mutex_t lock;
    /* Working buffer reused across calls (guarded by `lock`). */
    UChar *buffer;
    int32_t capacity;
};

static void cicu_set(int32_t *target, int32_t value) {
    if (target != NULL) {
        *target = value;
    }
}

static cicu_transliterator *cicu_wrap(UTransliterator *icu, int32_t *status) {
    cicu_transliterator *result = (cicu_transliterator *)calloc(1, sizeof(cicu_transliterator));
    if (result == NULL) {
        utrans_close(icu);
        cicu_set(status, CICU_OUT_OF_MEMORY);
        return NULL;
    }
    if (pthread_mutex_init(&result->lock, NULL) != 0) {
        utrans_close(icu);
        free(result);
        cicu_set(status, CICU_OUT_OF_MEMORY);
        return NULL;
    }
    result->icu = icu;
    cicu_set(status, CICU_OK);
    return result;
}

cicu_transliterator *cicu_transliterator_open_utf16(const uint16_t *id, int32_t id_length,
                                                    int32_t *status, int32_t *icu_error) {
    cicu_set(icu_error, U_ZERO_ERROR);
    if (id == NULL || id_length < -1) {
        cicu_set(status, CICU_INVALID_ARGUMENT);
        return NULL;
    }
    UErrorCode error = U_ZERO_ERROR;
    UParseError parse_error;
    UTransliterator *icu = utrans_openU((const UChar *)id, id_length, UTRANS_FORWARD, NULL, 0,
                                        &parse_error, &error);
    if (U_FAILURE(error) || icu == NULL) {
        if (icu != NULL) {
            utrans_close(icu);
        }
        cicu_set(icu_error, error);
        cicu_set(status, CICU_ICU_FAILURE);
        return NULL;
    }
    return cicu_wrap(icu, status);
}

cicu_transliterator *cicu_transliterator_open_utf8(const char *id, int32_t id_length,
                                                   int32_t *status, int32_t *icu_error) {
    cicu_set(icu_error, U_ZERO_ERROR);
    if (id == NULL || id_length < -1) {
        cicu_set(status, CICU_INVALID_ARGUMENT);
        return NULL;
    }
    UChar units[CICU_STACK_UNITS];
    int32_t unit_count = 0;
    UErrorCode error = U_ZERO_ERROR;
    u_strFromUTF8WithSub(units, CICU_STACK_UNITS, &unit_count, id, id_length, 0xFFFD, NULL,
                         &error);
    if (U_FAILURE(error)) {
        /* IDs longer than the stack buffer are not plausible; report ICU's reason. */
        cicu_set(icu_error, error);
        cicu_set(status, CICU_ICU_FAILURE);
        return NULL;
    }
    return cicu_transliterator_open_utf16(units, unit_count, status, icu_error);
}

void cicu_transliterator_close(cicu_transliterator *transliterator) {
    if (transliterator == NULL) {
        return;
    }
    utrans_close(transliterator->icu);
    pthread_mutex_destroy(&transliterator->lock);
    free(transliterator->buffer);
    free(transliterator);
}

/* Grows the handle's buffer to hold at least `units` UTF-16 units. */
static int cicu_reserve(cicu_transliterator *transliterator, int32_t units) {
    if (transliterator->capacity >= units) {
        return 1;
    }
    int32_t capacity = units < 64 ? 64 : units;
    UChar *buffer = (UChar *)realloc(transliterator->buffer, (size_t)capacity * sizeof(UChar));
    if (buffer == NULL) {
        return 0;
    }
    transliterator->buffer = buffer;
    transliterator->capacity = capacity;
    return 1;
}

/* Converts UTF-16 to UTF-8 into the caller's buffer with size negotiation. */
static int32_t cicu_emit_utf8(const UChar *units, int32_t unit_count, char *dest,
                              int32_t dest_capacity, int32_t *output_length,
                              int32_t *icu_error) {
    UErrorCode error = U_ZERO_ERROR;
    int32_t needed = 0;
    u_strToUTF8WithSub(dest, dest_capacity, &needed, units, unit_count, 0xFFFD, NULL, &error);
    cicu_set(output_length, needed);
    if (error == U_BUFFER_OVERFLOW_ERROR || (needed > dest_capacity)) {
        return CICU_BUFFER_TOO_SMALL;
    }
    if (U_FAILURE(error) && error != U_STRING_NOT_TERMINATED_WARNING) {
        cicu_set(icu_error, error);
        return CICU_ICU_FAILURE;
    }
    return CICU_OK;
}

/* Fills the handle's buffer with `source` in UTF-16, with room for transliteration to grow. */
static int32_t cicu_load(cicu_transliterator *transliterator, const char *source,
                         int32_t source_length, int32_t extra, int32_t *unit_count,
                         int32_t *icu_error) {
    /* UTF-16 never needs more units than UTF-8 has bytes. */
    int32_t bytes = source_length >= 0 ? source_length : (int32_t)strlen(source);
    if (bytes > INT32_MAX / 2 - extra) {
        return CICU_INVALID_ARGUMENT;
    }
    if (!cicu_reserve(transliterator, bytes + extra)) {
        return CICU_OUT_OF_MEMORY;
    }
    UErrorCode error = U_ZERO_ERROR;
    u_strFromUTF8WithSub(transliterator->buffer, transliterator->capacity, unit_count, source,
                         bytes, 0xFFFD, NULL, &error);
    if (U_FAILURE(error)) {
        cicu_set(icu_error, error);
        return CICU_ICU_FAILURE;
    }
    return CICU_OK;
}

static int32_t cicu_transliterate_locked(cicu_transliterator *transliterator,
                                         const char *source, int32_t source_length, char *dest,
                                         int32_t dest_capacity, int32_t *output_length,
                                         int32_t *icu_error) {
    /* Transliteration usually grows text by a few units per character (kanji become pinyin
     * syllables); start with generous room and retry once with what ICU asks for. */
    int32_t bytes = source_length >= 0 ? source_length : (int32_t)strlen(source);
    int32_t extra = bytes * 4 + 32;
    for (int attempt = 0; attempt < 3; attempt++) {
        int32_t unit_count = 0;
        int32_t status = cicu_load(transliterator, source, source_length, extra, &unit_count,
                                   icu_error);
        if (status != CICU_OK) {
            return status;
        }
        int32_t text_length = unit_count;
        int32_t limit = unit_count;
        UErrorCode error = U_ZERO_ERROR;
        utrans_transUChars(transliterator->icu, transliterator->buffer, &text_length,
                           transliterator->capacity, 0, &limit, &error);
        if (error == U_BUFFER_OVERFLOW_ERROR) {
            /* The text was damaged in place: reload it with the size ICU reported. */
            if (text_length <= 0 || text_length > INT32_MAX / 2) {
                return CICU_OUT_OF_MEMORY;
            }
            extra = text_length - unit_count + 64;
            continue;
        }
        if (U_FAILURE(error)) {
            cicu_set(icu_error, error);
            return CICU_ICU_FAILURE;
        }
        return cicu_emit_utf8(transliterator->buffer, text_length, dest, dest_capacity,
                              output_length, icu_error);
    }
    return CICU_OUT_OF_MEMORY;
}

int32_t cicu_transliterate_utf8(cicu_transliterator *transliterator,
                                const char *source, int32_t source_length,
                                char *dest, int32_t dest_capacity,
                                int32_t *output_length, int32_t *icu_error) {
    cicu_set(output_length, 0);
    cicu_set(icu_error, U_ZERO_ERROR);
    if (transliterator == NULL || source == NULL || source_length < -1 || dest_capacity < 0 ||
        (dest == NULL && dest_capacity > 0)) {
        return CICU_INVALID_ARGUMENT;
    }
    pthread_mutex_lock(&transliterator->lock);
    int32_t status = cicu_transliterate_locked(transliterator, source, source_length, dest,
                                               dest_capacity, output_length, icu_error);
    /* Do not keep a huge working buffer alive after one oversized input. */
    if (transliterator->capacity > CICU_RETAINED_UNITS) {
        free(transliterator->buffer);
        transliterator->buffer = NULL;
        transliterator->capacity = 0;
    }
    pthread_mutex_unlock(&transliterator->lock);
    return status;
}

int32_t cicu_nfkc_casefold_utf8(const char *source, int32_t source_length,
                                char *dest, int32_t dest_capacity,
                                int32_t *output_length, int32_t *icu_error) {
    cicu_set(output_length, 0);
    cicu_set(icu_error, U_ZERO_ERROR);
    if (source == NULL || source_length < -1 || dest_capacity < 0 ||
        (dest == NULL && dest_capacity > 0)) {
        return CICU_INVALID_ARGUMENT;
    }
    UErrorCode error = U_ZERO_ERROR;
    const UNormalizer2 *normalizer = unorm2_getNFKCCasefoldInstance(&error);
    if (U_FAILURE(error)) {
        cicu_set(icu_error, error);
        return CICU_ICU_FAILURE;
    }
    int32_t bytes = source_length >= 0 ? source_length : (int32_t)strlen(source);
    if (bytes > INT32_MAX / 4) {
        return CICU_INVALID_ARGUMENT;
    }

    UChar stack_in[CICU_STACK_UNITS];
    UChar stack_out[CICU_STACK_UNITS];
    UChar *in = stack_in;
    UChar *out = stack_out;
    int32_t in_capacity = CICU_STACK_UNITS;
    int32_t out_capacity = CICU_STACK_UNITS;
    int32_t status = CICU_OK;
    int32_t in_length = 0;
    int32_t out_length = 0;

    if (bytes > in_capacity) {
        in_capacity = bytes;
        in = (UChar *)malloc((size_t)in_capacity * sizeof(UChar));
        if (in == NULL) {
            return CICU_OUT_OF_MEMORY;
        }
    }
    u_strFromUTF8WithSub(in, in_capacity, &in_length, source, bytes, 0xFFFD, NULL, &error);
    if (U_FAILURE(error)) {
        cicu_set(icu_error, error);
        status = CICU_ICU_FAILURE;
        goto done;
    }

    out_length = unorm2_normalize(normalizer, in, in_length, out, out_capacity, &error);
    if (error == U_BUFFER_OVERFLOW_ERROR) {
        error = U_ZERO_ERROR;
        out_capacity = out_length;
        out = (UChar *)malloc((size_t)out_capacity * sizeof(UChar));
        if (out == NULL) {
            status = CICU_OUT_OF_MEMORY;
            goto done;
        }
        out_length = unorm2_normalize(normalizer, in, in_length, out, out_capacity, &error);
    }
    if (U_FAILURE(error) && error != U_STRING_NOT_TERMINATED_WARNING) {
        cicu_set(icu_error, error);
        status = CICU_ICU_FAILURE;
        goto done;
    }
    status = cicu_emit_utf8(out, out_length, dest, dest_capacity, output_length, icu_error);

done:
    if (in != stack_in) {
        free(in);
    }
    if (out != stack_out && out != NULL) {
        free(out);
    }
    return status;
}

const char *cicu_error_name(int32_t icu_error) {
    return u_errorName((UErrorCode)icu_error);
}
