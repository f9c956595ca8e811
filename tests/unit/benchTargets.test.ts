/**
 * The bench's target rows: a missed target says by how much and why (the servers' CPU per request,
 * the profile of the same run, the memory held after a full collection), and a met one says no
 * more than its figures. The bench itself is not run here: only how it reads its own rows.
 */
import { partOfStack } from '../../bench/lib/partOfStack.js'
import { explainReadProfile, issueTargets, type ReadProfile } from '../../bench/lib/targets.js'

const stepRows = (target: string, listRate: number, listCpu: number) =>
  [1, 10, 50].flatMap((connections) => [
    { scenario: 'REST list 20 by campaign', target, connections, requestsPerSecond: listRate, values: { serverCpuMsPerRequest: listCpu } },
    { scenario: 'REST detail', target, connections, requestsPerSecond: 300, values: { serverCpuMsPerRequest: 3 } },
  ])

const profiles: ReadProfile[] = [
  { flavour: 'loa', read: 'list', requests: 300, cpuMsPerRead: 12, parts: { 'Payload (operations, access, field hooks)': 2, 'Drizzle ORM': 1.5, idle: 3 } },
  { flavour: 'plain', read: 'list', requests: 300, cpuMsPerRead: 10, parts: { 'Payload (operations, access, field hooks)': 1, 'Drizzle ORM': 1.6, idle: 0 } },
  { flavour: 'loa', read: 'detail', requests: 300, cpuMsPerRead: 3.5, parts: { 'SQLite driver (libsql, @libsql/*)': 1.2 } },
  { flavour: 'plain', read: 'detail', requests: 300, cpuMsPerRead: 3, parts: { 'SQLite driver (libsql, @libsql/*)': 1 } },
]

const goalNamed = (goals: ReturnType<typeof issueTargets>, start: string) => goals.find((goal) => goal.figure.startsWith(start))

/** The uncached-list goal when Loa (cache off) serves `listRate` pages a second at `listCpu` ms each, against plain Payload's 160 at 9.8. */
const uncachedListGoal = (listRate: number, listCpu: number) =>
  goalNamed(
    issueTargets({
      rows: [...stepRows('Loa, public cache off', listRate, listCpu), ...stepRows('plain Payload', 160, 9.8)],
      memory: {},
      ratios: [],
      readProfiles: profiles,
    }),
    'REST list with the public cache off',
  )

describe('bench target rows', () => {
  it('a missed uncached-list target names the shortfall, the CPU per request and where the profile finds Loa spending more', () => {
    const list = uncachedListGoal(120, 12.5)
    expect(list?.isMet).toBe(false)
    expect(list?.measured).toContain('0.75 / 0.75 / 0.75')
    expect(list?.measured).toContain('short of 0.9 by 0.15 / 0.15 / 0.15')
    expect(list?.measured).toContain('server CPU per request 12.50 / 12.50 / 12.50 vs 9.80 / 9.80 / 9.80 ms')
    expect(list?.measured).toContain('300 pages each): 12.00 vs 10.00 ms CPU per page')
    // Only parts where Loa spends more, the largest first; idle time is not the server's work.
    expect(list?.measured).toMatch(/where Loa spends more: Payload \(operations, access, field hooks\) \+1\.00 ms$/)
    expect(list?.measured).not.toContain('Drizzle')
    expect(list?.measured).not.toContain('idle')
  })

  it('a met target says no more than its figures', () => {
    expect(uncachedListGoal(160, 9)).toEqual(expect.objectContaining({ isMet: true, measured: '1.00 / 1.00 / 1.00' }))
  })

  it('a missed peak-RSS target compares the steps both servers ran and what each holds after a full GC', () => {
    const goals = issueTargets({
      rows: [],
      memory: {
        Loa: { readyMs: 4000, peakMiB: 500, commonStepsPeakMiB: 470, heapAfterFullGcMiB: 78, requestsServed: 150_000 },
        'plain Payload': { readyMs: 3000, peakMiB: 350, commonStepsPeakMiB: 340, heapAfterFullGcMiB: 52, requestsServed: 10_000 },
      },
      ratios: [],
    })
    const peak = goalNamed(goals, 'peak RSS under load')
    expect(peak?.isMet).toBe(false)
    expect(peak?.measured).toContain('500 vs 350 MiB (1.43×)')
    expect(peak?.measured).toContain('over by 98 MiB')
    expect(peak?.measured).toContain('470 vs 340 MiB (1.38×)')
    expect(peak?.measured).toContain('heap held after a full GC 78 vs 52 MiB')
    expect(peak?.measured).toContain('150k vs 10k (15.0×)')
    expect(peak?.measured).toContain('most of the difference is the garbage of those answers')
  })

  it('does not blame garbage when Loa holds most of the difference', () => {
    const goals = issueTargets({
      rows: [],
      memory: {
        Loa: { readyMs: 4000, peakMiB: 500, heapAfterFullGcMiB: 200, requestsServed: 20_000 },
        'plain Payload': { readyMs: 3000, peakMiB: 350, heapAfterFullGcMiB: 52, requestsServed: 10_000 },
      },
      ratios: [],
    })
    expect(goalNamed(goals, 'peak RSS under load')?.measured).not.toContain('garbage')
  })

  it('sorts profiled code into the parts of the stack', () => {
    expect(partOfStack('afterRead', 'file:///app/node_modules/payload/dist/fields/hooks/afterRead/index.js')).toBe('Payload (operations, access, field hooks)')
    expect(partOfStack('transform', 'file:///app/node_modules/@payloadcms/drizzle/dist/transform/read/index.js')).toMatch(/^Payload’s SQL adapter/)
    expect(partOfStack('next', 'file:///app/node_modules/@libsql/client/lib-esm/sqlite3.js')).toMatch(/^SQLite driver/)
    expect(partOfStack('publicCacheKeyOf', 'file:///app/src/lib/publicCache/cacheablePublicRequest.ts')).toMatch(/^Loa's own code/)
    expect(partOfStack('promiseInitHook', 'node:internal/async_hooks')).toMatch(/^Node.js internals/)
    expect(partOfStack('(garbage collector)', '')).toBe('garbage collector')
    expect(partOfStack('(program)', '')).toMatch(/^V8 and native code/)
  })

  it('a missed several-instance ratio says how busy the machine was', () => {
    const behind = (processes: number, rate: number, busy: number) => ({
      scenario: 'REST detail (random id, past the cache)',
      target: `Loa on Postgres, ${processes} web process${processes > 1 ? 'es' : ''} behind HAProxy`,
      connections: 20,
      requestsPerSecond: rate,
      note: `machine CPU ${busy} % busy during the step`,
    })
    const missed = issueTargets({ rows: [behind(1, 270, 81), behind(2, 349, 92)], memory: {}, ratios: [] })
    expect(goalNamed(missed, 'several instances')).toEqual(
      expect.objectContaining({
        isMet: false,
        measured: "349 ÷ 270 req/s = 1.29; short of 1.3 by 0.01: the machine's CPU was 92 % busy during the two-process step",
      }),
    )
    const met = issueTargets({ rows: [behind(1, 250, 81), behind(2, 400, 92)], memory: {}, ratios: [] })
    expect(goalNamed(met, 'several instances')).toEqual(expect.objectContaining({ isMet: true, measured: '400 ÷ 250 req/s = 1.60' }))
  })

  it('explains the uncached detail with the detail profile, not the list one', () => {
    const goals = issueTargets({
      rows: [...stepRows('Loa, public cache off', 160, 9), ...stepRows('plain Payload', 160, 9)].map((row) =>
        row.scenario === 'REST detail' && row.target === 'plain Payload' ? { ...row, requestsPerSecond: 400 } : row,
      ),
      memory: {},
      ratios: [],
      readProfiles: profiles,
    })
    const detail = goalNamed(goals, 'REST detail with the public cache off')
    expect(detail?.isMet).toBe(false)
    expect(detail?.measured).toContain('300 documents each): 3.50 vs 3.00 ms CPU per document')
    expect(detail?.measured).toContain('SQLite driver (libsql, @libsql/*) +0.20 ms')
  })

  it('says the profile does not place the gap when it finds Loa no dearer than plain Payload', () => {
    const cheaper: ReadProfile[] = [
      { flavour: 'loa', read: 'list', requests: 300, cpuMsPerRead: 13.7, parts: { 'garbage collector': 0.65, 'Drizzle ORM': 1.9 } },
      { flavour: 'plain', read: 'list', requests: 300, cpuMsPerRead: 15.4, parts: { 'garbage collector': 0.4, 'Drizzle ORM': 2.7 } },
    ]
    const explained = explainReadProfile(cheaper, 'list')
    expect(explained).toContain('13.70 vs 15.40 ms CPU per page: Loa no dearer than plain Payload in the profile')
    expect(explained).toContain('Loa spends more only in: garbage collector +0.25 ms')
    expect(explained).not.toContain('Drizzle')
  })

  it('a missed detail on the cached server carries the detail profile, since almost every answer is computed', () => {
    const goals = issueTargets({
      rows: [...stepRows('Loa', 160, 9), ...stepRows('plain Payload', 160, 9)],
      memory: {},
      ratios: [1, 10, 50].flatMap((connections) => [
        { scenario: 'REST list 20 by campaign', connections, loaOverPlain: 10 },
        { scenario: 'REST detail', connections, loaOverPlain: connections === 1 ? 0.81 : 1.1 },
      ]),
      readProfiles: profiles,
    })
    const detail = goalNamed(goals, 'REST detail (random id')
    expect(detail?.isMet).toBe(false)
    expect(detail?.measured).toContain('short of 0.9 by 0.09 / 0.00 / 0.00')
    expect(detail?.measured).toContain('300 documents each): 3.50 vs 3.00 ms CPU per document')
    expect(goalNamed(goals, 'REST list ÷')).toEqual(expect.objectContaining({ isMet: true, measured: '10.00 / 10.00 / 10.00' }))
  })

  it('has no profile explanation without both profiles', () => {
    expect(explainReadProfile([profiles[0] as ReadProfile], 'list')).toBeUndefined()
    expect(explainReadProfile(profiles, 'list')).toContain('300 pages each): 12.00 vs 10.00 ms CPU per page')
  })
})
