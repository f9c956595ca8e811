/**
 * Opens a CSV file the way an organiser's spreadsheet does: LibreOffice Calc, headless,
 * imports it with a given field separator (formulas evaluated, as by default) and saves it
 * as XLSX, which exceljs then reads cell by cell.
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import ExcelJS from 'exceljs'

const run = promisify(execFile)

export type ImportedCell = { row: number; column: number; value: ExcelJS.CellValue; isFormula: boolean }

const SOFFICE = process.env.SOFFICE_PATH || '/usr/bin/soffice'

/** LibreOffice's CSV filter options: separator, text delimiter (") and UTF-8, read from line 1. */
const csvFilter = (separator: ',' | ';' | '\t') => `CSV:${separator.charCodeAt(0)},34,76,1`

export const importCsvWithLibreOffice = async (csv: Buffer, separator: ',' | ';' | '\t'): Promise<ImportedCell[]> => {
  if (!fs.existsSync(SOFFICE)) {
    throw new Error(`No LibreOffice at ${SOFFICE}. Install it with: apt-get install -y --no-install-recommends libreoffice-calc-nogui`)
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loa-calc-'))
  try {
    const input = path.join(dir, 'export.csv')
    fs.writeFileSync(input, csv)
    // A profile of its own: a LibreOffice already running for someone else is left alone.
    const profile = `file://${path.join(dir, 'profile')}`
    await run(
      SOFFICE,
      [`-env:UserInstallation=${profile}`, '--headless', `--infilter=${csvFilter(separator)}`, '--convert-to', 'xlsx', '--outdir', dir, input],
      { timeout: 120_000 },
    )
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(path.join(dir, 'export.xlsx'))
    const cells: ImportedCell[] = []
    workbook.worksheets[0]?.eachRow((row, rowNumber) =>
      row.eachCell((cell, column) => cells.push({ row: rowNumber, column, value: cell.value, isFormula: cell.type === ExcelJS.ValueType.Formula })),
    )
    return cells
  } finally {
    fs.rmSync(dir, { force: true, recursive: true })
  }
}
