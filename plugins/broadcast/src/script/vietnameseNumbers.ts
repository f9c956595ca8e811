/**
 * Numbers as a Vietnamese news reader says them (northern usage, as Thanh Hoá's radio does):
 * "nghìn", "linh" for a zero ten, "mốt", "tư" and "lăm" after a ten, "phẩy" for the decimal
 * comma.
 */
const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín']

/** Names of the groups of three digits, from the right. */
const SCALES = ['', 'nghìn', 'triệu', 'tỷ', 'nghìn tỷ', 'triệu tỷ', 'tỷ tỷ']

const readUnit = (unit: number, tens: number): string => {
  if (unit === 1 && tens >= 2) return 'mốt'
  if (unit === 4 && tens >= 2) return 'tư'
  if (unit === 5 && tens >= 1) return 'lăm'
  return DIGITS[unit]
}

/** One group of three digits; `isInner` says a higher group precedes it, so its zero hundreds are read. */
const readGroup = (value: number, isInner: boolean): string => {
  const hundreds = Math.floor(value / 100)
  const tens = Math.floor((value % 100) / 10)
  const unit = value % 10
  const words: string[] = []
  if (hundreds > 0 || isInner) words.push(DIGITS[hundreds], 'trăm')
  if (tens === 0) {
    if (unit > 0 && words.length) words.push('linh')
  } else if (tens === 1) words.push('mười')
  else words.push(DIGITS[tens], 'mươi')
  if (unit > 0) words.push(readUnit(unit, tens))
  return words.join(' ')
}

/** A whole number written with digits only (leading zeros ignored): "2025" → "hai nghìn không trăm hai mươi lăm". */
export const readInteger = (digits: string): string => {
  const clean = digits.replace(/^0+(?=\d)/, '')
  if (!/^\d+$/.test(clean)) throw new Error(`not a whole number: ${digits}`)
  if (/^0+$/.test(clean)) return DIGITS[0]
  const groups: number[] = []
  for (let end = clean.length; end > 0; end -= 3) groups.unshift(Number(clean.slice(Math.max(0, end - 3), end)))
  if (groups.length > SCALES.length) return readDigits(clean)
  const words: string[] = []
  groups.forEach((value, index) => {
    if (value === 0) return
    const scale = SCALES[groups.length - 1 - index]
    words.push(readGroup(value, words.length > 0))
    if (scale) words.push(scale)
  })
  return words.join(' ')
}

/** Digit by digit, as phone numbers are read: "113" → "một một ba". */
export const readDigits = (digits: string): string =>
  [...digits]
    .filter((c) => /\d/.test(c))
    .map((d) => DIGITS[Number(d)])
    .join(' ')

/** A decimal with the Vietnamese comma: "8,66" → "tám phẩy sáu mươi sáu"; leading zeros of the fraction are read one by one. */
export const readDecimal = (integerDigits: string, fractionDigits: string): string => {
  const leadingZeros = /^0*/.exec(fractionDigits)?.[0].length ?? 0
  const rest = fractionDigits.slice(leadingZeros)
  const fraction = [...Array(leadingZeros).fill(DIGITS[0]), ...(rest ? [readInteger(rest)] : [])].join(' ')
  return `${readInteger(integerDigits)} phẩy ${fraction}`
}

/** An ordinal after "thứ": 1 → "nhất", 4 → "tư", otherwise the number. */
export const readOrdinal = (value: number): string => {
  if (value === 1) return 'nhất'
  if (value === 4) return 'tư'
  return readInteger(String(value))
}

/** A month after "tháng": 4 → "tư", otherwise the number ("tháng một", "tháng mười hai"). */
export const readMonth = (value: number): string => (value === 4 ? 'tư' : readInteger(String(value)))
