import fs from 'node:fs'
import path from 'node:path'

/** The full path of a program on PATH, or null: what `command -v` answers, without a shell. */
export const findExecutable = (name: string): null | string => {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue
    const candidate = path.join(dir, name)
    try {
      fs.accessSync(candidate, fs.constants.X_OK)
      if (fs.statSync(candidate).isFile()) return candidate
    } catch {
      // not here; try the next directory
    }
  }
  return null
}
