/**
 * Vietnamese text helpers: one place that knows how to fold diacritics.
 *
 * Folding is what makes "Chuyển đổi số", "chuyen doi so" and "CHUYỂN ĐỔI SỐ" the same
 * search term, and "Thanh Hoá" equal to "Thanh Hóa" (the two tone-mark placements both occur
 * in real text; NFD decomposition strips the mark wherever it sits).
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g

/** Removes tone and vowel marks and turns đ/Đ into d/D; keeps case. */
export const removeVietnameseDiacritics = (text: string): string =>
  text.normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC')

/**
 * The search form of a text: no diacritics, lower case, punctuation turned into spaces,
 * single spaces. Stored in the indexed `search` field and applied to every query value.
 */
export const foldForSearch = (text: string): string =>
  removeVietnameseDiacritics(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

/** A URL slug from a Vietnamese title: "Chuyển đổi số" → "chuyen-doi-so". */
export const slugify = (text: string): string => foldForSearch(text).replace(/\s+/g, '-').slice(0, 96).replace(/-+$/, '')
