/**
 * CSV for spreadsheet programs, safe against formula injection: a cell whose text a program
 * would run as a formula (it starts with =, +, - or @) gets an apostrophe in front, which
 * the program shows and never runs. A program that splits on another separator (`;` in the
 * Vietnamese locale, tab) or on a line break ignores the quotes, so the apostrophe goes
 * wherever any cell may start, past leading spaces and stray quotes.
 */

const FORMULA_START = /(^|[,;\t\r\n])([\s"]*)(?=[=+\-@])/g

/** One field: always quoted, inner quotes doubled, formula signs defused. */
export const csvField = (value: null | number | string | undefined): string =>
  `"${String(value ?? '')
    .replace(FORMULA_START, "$1$2'")
    .replace(/"/g, '""')}"`

/** Rows to a CSV document: CRLF line ends and a UTF-8 byte-order mark, so spreadsheet programs keep Vietnamese diacritics. */
export const toCsv = (rows: ReadonlyArray<ReadonlyArray<null | number | string | undefined>>): string =>
  `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`
