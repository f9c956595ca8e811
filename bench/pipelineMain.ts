/**
 * Runs the pipeline benchmark in a process of its own (one Payload instance per process, as in
 * production). Usage: tsx bench/pipelineMain.ts <databaseUri> <drainItems> <latenessItems> <fanoutTrials>
 * Prints the rows as JSON on the last line.
 */
import { runPipelineBench } from './pipeline.js'

const [, , databaseUri, drainItems, latenessItems, fanoutTrials] = process.argv
const rows = await runPipelineBench({
  databaseUri,
  drainItems: Number(drainItems),
  fanoutTrials: Number(fanoutTrials),
  latenessItems: Number(latenessItems),
})
process.stdout.write(`\nPIPELINE ${JSON.stringify(rows)}\n`)
process.exit(0)
