/** A one-line progress bar on stderr for long generation steps. */
export const progressBar = (label: string, total: number) => {
  const started = Date.now()
  let last = 0
  return (done: number) => {
    const now = Date.now()
    if (done < total && now - last < 250) return
    last = now
    const ratio = done / total
    const rate = done / Math.max((now - started) / 1000, 0.001)
    const eta = rate > 0 ? Math.round((total - done) / rate) : 0
    process.stderr.write(
      `\r${label} [${'#'.repeat(Math.round(ratio * 30)).padEnd(30, '.')}] ${done}/${total} ${rate.toFixed(0)}/s eta ${eta}s   ${done === total ? '\n' : ''}`,
    )
  }
}
