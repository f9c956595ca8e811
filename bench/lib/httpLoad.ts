/** Drives a local server with autocannon and returns latency percentiles and throughput. */
import autocannon from 'autocannon'

export type LoadResult = { connections: number; medianMs: number; p99Ms: number; requestsPerSecond: number; errors: number; non2xx: number }

export const runLoad = async ({
  connections,
  durationSeconds,
  makePath,
  url,
  headers,
}: {
  connections: number
  durationSeconds: number
  makePath: () => string
  url: string
  headers?: Record<string, string>
}): Promise<LoadResult> => {
  const result = await autocannon({
    url,
    connections,
    duration: durationSeconds,
    headers,
    requests: [{ setupRequest: (request: Record<string, unknown>) => ({ ...request, path: makePath() }) }],
  })
  return {
    connections,
    medianMs: result.latency.p50,
    p99Ms: result.latency.p99,
    requestsPerSecond: result.requests.average,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  }
}
