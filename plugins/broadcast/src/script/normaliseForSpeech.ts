import { inTimeZone, loaTimeZone } from '@loa/helpers'

import type { Abbreviation } from '../types.js'

import { DEFAULT_ABBREVIATIONS } from './abbreviations.js'
import { issuerOf } from './documentNumbers.js'
import { romanValue } from './romanNumerals.js'
import { UNITS } from './units.js'
import { readDecimal, readDigits, readInteger, readMonth, readOrdinal } from './vietnameseNumbers.js'

export type NormaliseOptions = {
  /** The abbreviation list in force (built-in, host's, admins'); defaults to the built-in list. */
  abbreviations?: Abbreviation[]
  /** Zone that ISO timestamps are read in. */
  timeZone?: string
}

/** Start and end of a token: no letter or digit on that side. */
const B = '(?<![\\p{L}\\p{N}])'
const E = '(?![\\p{L}\\p{N}])'

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Words after which a bare day/month ("4/9", "28-9") is a date. */
const DATE_CONTEXT = ['ngày', 'đêm', 'sáng', 'chiều', 'trưa', 'tối', 'hôm', 'giờ', 'phút', 'mùng', 'mồng', 'đến', 'từ', 'trước', 'sau', 'nay', 'mai']
/** Words after which "ngày" is already said or not needed ("sáng 4/5" → "sáng bốn tháng năm"). */
const DAY_WORDS = ['ngày', 'mùng', 'mồng', 'hôm', 'đêm', 'sáng', 'chiều', 'trưa', 'tối']

const isDay = (d: number) => d >= 1 && d <= 31
const isMonth = (m: number) => m >= 1 && m <= 12

const lastWord = (before: string): string => (/([\p{L}]+)\s*\(?\s*$/u.exec(before)?.[1] ?? '').toLowerCase()
const endsWithOpenParen = (before: string) => /\(\s*$/.test(before)

const spokenDate = ({ day, month, year, before }: { day: number; month: number; year?: string; before: string }): string => {
  const prefix = DAY_WORDS.includes(lastWord(before)) && !endsWithOpenParen(before) ? '' : 'ngày '
  return `${prefix}${readInteger(String(day))} tháng ${readMonth(month)}${year ? ` năm ${readInteger(year)}` : ''}`
}

const spokenTime = (hours: number, minutes: number): string => `${readInteger(String(hours))} giờ${minutes ? ` ${readInteger(String(minutes))} phút` : ''}`

/** Applies `replace` to every match, giving it the text before the match (for context words). */
const replaceWithContext = (text: string, pattern: RegExp, replace: (match: RegExpExecArray, before: string) => null | string): string => {
  let out = ''
  let last = 0
  for (const match of text.matchAll(pattern)) {
    const index = match.index ?? 0
    const replacement = replace(match as RegExpExecArray, text.slice(0, index))
    if (replacement === null) continue
    out += text.slice(last, index) + replacement
    last = index + match[0].length
  }
  return out + text.slice(last)
}

const isoDateTimes = (text: string, timeZone: string) =>
  text.replace(/\b(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})\b/g, (whole) => {
    const local = inTimeZone(new Date(whole), timeZone)
    if (Number.isNaN(local.getTime())) return whole
    return `${spokenTime(local.getHours(), local.getMinutes())} ngày ${readInteger(String(local.getDate()))} tháng ${readMonth(local.getMonth() + 1)} năm ${readInteger(String(local.getFullYear()))}`
  })

const documentNumbers = (text: string) =>
  replaceWithContext(
    text,
    new RegExp(`${B}(\\d+)(?:/(\\d{4}))?/([\\p{Lu}][\\p{L}\\d]*(?:[-/][\\p{L}\\d]+)*)|${B}(\\d+)-([\\p{Lu}]+)/([\\p{Lu}]+)`, 'gu'),
    (m, before) => {
      const [, number, year, code, partyNumber, , partyIssuer] = m
      const after = text.slice((m.index ?? 0) + m[0].length)
      const issuer = issuerOf(code ?? partyIssuer ?? '')
      const saysIssuer = /^\s*,?\s*(ngày[^,.;]*?)?\s*của\b/iu.test(after)
      void before
      const spoken = `${readInteger(number ?? partyNumber)}${year ? ` năm ${readInteger(year)}` : ''}`
      return issuer && !saysIssuer ? `${spoken} ${issuer}` : spoken
    },
  )

const PHONE_CONTEXT = 'đầu số|điện thoại|đường dây nóng|hotline|số máy|tổng đài|SĐT|Zalo|fax|gọi'

const readPhone = (raw: string): string => {
  const groups = raw
    .replace(/^\+/, 'cộng ')
    .split(/[\s.()-]+/)
    .filter(Boolean)
  return groups.map((group) => (group === 'cộng' ? group : readDigits(group))).join(', ')
}

const phoneNumbers = (text: string) => {
  // After a phone word, up to four words on ("gọi điện thoại đến số máy 088…"): a number that
  // starts like a phone number (0, 1 for hotlines such as 1022, +, or an area code in brackets).
  const afterContext = text.replace(
    new RegExp(`(${PHONE_CONTEXT})((?:\\s+[\\p{L}]+){0,4}?\\s*:?\\s*)(\\(?[+01][\\d\\s.()-]*\\d)(?![\\p{L}\\p{N}])`, 'giu'),
    (whole, context: string, gap: string, number: string) => {
      const digits = number.replace(/\D/g, '')
      // Three digits only for the emergency lines (111–115); otherwise a count, not a number to dial.
      return digits.length >= 4 || /^11\d$/.test(digits) ? `${context}${gap}${readPhone(number)}` : whole
    },
  )
  // Vietnamese numbers written anywhere: 10 or 11 digits starting with 0, in groups.
  return afterContext.replace(new RegExp(`${B}(0\\d{2,3}[.\\s]?\\d{3,4}[.\\s]?\\d{3,4})${E}`, 'gu'), (whole) => {
    const digitCount = whole.replace(/\D/g, '').length
    return digitCount === 10 || digitCount === 11 ? readPhone(whole) : whole
  })
}

/** Numbers that are names, read digit by digit as officials say them: "Đề án 06" → "Đề án không sáu". */
const codeNumbers = (text: string) =>
  text.replace(new RegExp(`(Đề án)\\s+(0\\d+)${E}`, 'gu'), (_, word: string, digits: string) => `${word} ${readDigits(digits)}`)

const dates = (text: string) => {
  let out = text
  // Day ranges within a month: "5-6/9" → "ngày năm đến ngày sáu tháng chín".
  out = replaceWithContext(out, new RegExp(`${B}(\\d{1,2})\\s*-\\s*(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}))?${E}`, 'gu'), (m, before) => {
    const [, d1, d2, mo, year] = m
    if (!isDay(+d1) || !isDay(+d2) || !isMonth(+mo)) return null
    const prefix = DAY_WORDS.includes(lastWord(before)) ? '' : 'ngày '
    return `${prefix}${readInteger(d1)} đến ngày ${readInteger(d2)} tháng ${readMonth(+mo)}${year ? ` năm ${readInteger(year)}` : ''}`
  })
  // Full dates: 15/3/2025, 15-3-2025, 15.3.2025.
  out = replaceWithContext(out, new RegExp(`${B}(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})${E}`, 'gu'), (m, before) => {
    const [, day, , month, year] = m
    if (!isDay(+day) || !isMonth(+month)) return null
    return spokenDate({ day: +day, month: +month, year, before })
  })
  // "tháng 3/2025", "tháng 3-2025".
  out = out.replace(new RegExp(`(tháng)\\s+(\\d{1,2})[/-](\\d{4})${E}`, 'giu'), (whole, word: string, month: string, year: string) =>
    isMonth(+month) ? `${word} ${readMonth(+month)} năm ${readInteger(year)}` : whole,
  )
  // Day and month only, when a date word comes before: "ngày 4/9", "sáng 4/5", "(17-9)".
  out = replaceWithContext(out, new RegExp(`${B}(\\d{1,2})([/.-])(\\d{1,2})(?![\\p{L}\\p{N}%/-]|[.,]\\d)`, 'gu'), (m, before) => {
    const [, day, , month] = m
    if (!isDay(+day) || !isMonth(+month)) return null
    const hasContext = DATE_CONTEXT.includes(lastWord(before)) || endsWithOpenParen(before)
    if (!hasContext) return null
    const after = text.length ? out.slice((m.index ?? 0) + m[0].length) : ''
    if (new RegExp(`^\\s*(${UNITS.map((u) => escapeRegExp(u.written)).join('|')})${E}`, 'u').test(after)) return null
    return spokenDate({ day: +day, month: +month, before })
  })
  return out
}

const times = (text: string) =>
  text
    .replace(new RegExp(`${B}(\\d{1,2}):(\\d{2})${E}`, 'gu'), (whole, h: string, m: string) => (+h <= 24 && +m < 60 ? spokenTime(+h, +m) : whole))
    .replace(new RegExp(`${B}(\\d{1,2})h(\\d{2})?${E}`, 'gu'), (whole, h: string, m: string | undefined) =>
      +h <= 24 && (!m || +m < 60) ? spokenTime(+h, m ? +m : 0) : whole,
    )
    .replace(/\s*-?\s*GMT\s*\+\s*7\b/g, ' giờ Việt Nam')

const abbreviationsOf = (text: string, list: Abbreviation[]) => {
  const sorted = [...list].sort((a, b) => b.short.length - a.short.length)
  let out = text
  for (const { short, spoken } of sorted) {
    // An abbreviation ending in a dot may touch the next word ("TP.HCM", "TP.Thanh Hóa").
    const end = short.endsWith('.') ? '' : E
    out = out.replace(new RegExp(`${B}${escapeRegExp(short)}${end}\\s*`, 'gu'), (whole) => `${spoken}${/\s$/.test(whole) || short.endsWith('.') ? ' ' : ''}`)
  }
  return out
}

/** Words after which a Roman numeral is a number: "khóa XV", "quý III", "lần thứ XX". */
const ROMAN_CONTEXT = 'khóa|khoá|quý|thứ|kỳ|kì|thế kỷ|thế kỉ|đợt|phần|chương|mục|phụ lục|vòng|Đại hội|giai đoạn|cấp|loại|hạng|nhóm|số'

const romanNumerals = (text: string) =>
  text
    .replace(new RegExp(`(${ROMAN_CONTEXT})\\s+([IVXLCDM]+)${E}`, 'gu'), (whole, word: string, roman: string) => {
      const value = romanValue(roman)
      if (value === null) return whole
      return `${word} ${/thứ$/i.test(word) ? readOrdinal(value) : readInteger(String(value))}`
    })
    // A heading numbered "I.", "II." at the start of a line.
    .replace(/(^|\n)([IVX]+)\.\s/g, (whole, start: string, roman: string) => {
      const value = romanValue(roman)
      return value === null ? whole : `${start}${readInteger(String(value))}. `
    })
    // Elsewhere, only numerals of two letters or more from I, V, X (a lone "I" or "V" may be a letter).
    .replace(new RegExp(`${B}([IVX]{2,})${E}`, 'gu'), (whole, roman: string) => {
      const value = romanValue(roman)
      return value === null ? whole : readInteger(String(value))
    })

const ordinalsAndMonths = (text: string) =>
  text
    .replace(new RegExp(`(${B}thứ)\\s+(\\d+)${E}(?!\\s*/)`, 'giu'), (_, word: string, n: string) => `${word} ${readOrdinal(+n)}`)
    .replace(new RegExp(`(${B}tháng)\\s+(\\d{1,2})${E}(?![/.,]\\d)`, 'giu'), (whole, word: string, n: string) =>
      isMonth(+n) ? `${word} ${readMonth(+n)}` : whole,
    )

const units = (text: string) => {
  const pattern = UNITS.map((unit) => escapeRegExp(unit.written)).join('|')
  const spokenOf = new Map(UNITS.map((unit) => [unit.written, unit.spoken]))
  return text.replace(new RegExp(`(\\d)\\s?(${pattern})(?![\\p{L}\\p{N}²³])`, 'gu'), (_, digit: string, unit: string) => `${digit} ${spokenOf.get(unit)}`)
}

const NUMBER = '\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+,\\d+|\\d+\\.\\d{1,2}(?!\\d)|\\d+'

const readNumberToken = (token: string): string => {
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(token)) {
    const [whole, fraction] = token.replace(/\./g, '').split(',')
    return fraction ? readDecimal(whole, fraction) : readInteger(whole)
  }
  const comma = /^(\d+),(\d+)$/.exec(token)
  if (comma) return readDecimal(comma[1], comma[2])
  const dot = /^(\d+)\.(\d{1,2})$/.exec(token)
  if (dot) return readDecimal(dot[1], dot[2])
  return readInteger(token)
}

const rangesAndRatios = (text: string) =>
  text
    .replace(new RegExp(`${B}(${NUMBER})\\s*[-–]\\s*(${NUMBER})${E}`, 'gu'), (_, a: string, b: string) => `${a} đến ${b}`)
    .replace(new RegExp(`${B}(${NUMBER})/(${NUMBER})${E}`, 'gu'), (_, a: string, b: string) => `${a} trên ${b}`)

const numbers = (text: string) =>
  text
    // "COVID-19", "H5N1": a number glued to letters is still a number of its own.
    .replace(/(\p{L})-(\d)/gu, '$1 $2')
    // Words need a space from a letter they were glued to ("25B" → "hai mươi lăm B"), not from punctuation.
    .replace(new RegExp(`(${NUMBER})`, 'gu'), (token: string, _group: string, offset: number, whole: string) => {
      const before = offset > 0 && /[\p{L}\p{N}]/u.test(whole[offset - 1]) ? ' ' : ''
      const after = /[\p{L}\p{N}]/u.test(whole[offset + token.length] ?? '') ? ' ' : ''
      return `${before}${readNumberToken(token)}${after}`
    })

const tidy = (text: string) =>
  text
    .replace(/&/g, ' và ')
    .replace(/\s*\|\s*/g, ', ')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ +([,.;:!?)])/g, '$1')
    .replace(/\( +/g, '(')
    .replace(/ *\n */g, '\n')
    .trim()

/**
 * Writes Vietnamese text out for the ear: document numbers, phone numbers, dates and times
 * (ISO timestamps read in GMT+7), abbreviations, Roman numerals, ordinals, units, money,
 * percentages, ranges, ratios, decimals and numbers become words. The passes run from the most
 * specific pattern to the most general, so a date is never read as two numbers.
 */
export const normaliseForSpeech = (input: string, options: NormaliseOptions = {}): string => {
  const abbreviations = options.abbreviations ?? DEFAULT_ABBREVIATIONS
  let text = input.normalize('NFC').replace(/\r\n?/g, '\n')
  text = isoDateTimes(text, options.timeZone ?? loaTimeZone())
  text = documentNumbers(text)
  text = phoneNumbers(text)
  text = codeNumbers(text)
  text = times(text)
  text = dates(text)
  text = abbreviationsOf(text, abbreviations)
  text = romanNumerals(text)
  text = ordinalsAndMonths(text)
  text = units(text)
  text = rangesAndRatios(text)
  text = numbers(text)
  return tidy(text)
}
