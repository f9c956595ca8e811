/** Drives a local server with autocannon and returns latency percentiles and throughput. */
import autocannon from 'autocannon'
import http from 'node:http'

export type LoadResult = { connections: number; medianMs: number; p99Ms: number; requestsPerSecond: number; errors: number; non2xx: number }

type LoadOptions = {
  connections: number
  durationSeconds: number
  makePath: () => string
  url: string
  headers?: Record<string, string>
}

export const runLoad = async ({
  connections,
  durationSeconds,
  makePath,
  url,
  headers,
  closesConnection = false,
}: LoadOptions & {
  /**
   * The server closes the connection after every answer (PHP's built-in server does). autocannon
   * writes its next request on the closing socket and then pairs answers with the wrong requests,
   * so its latencies are wrong there; this drives the server with one fresh connection per
   * request instead (the same closed loop: each client sends its next request when the last ends).
   */
  closesConnection?: boolean
}): Promise<LoadResult> => {
  if (closesConnection) return runLoadConnectionPerRequest({ connections, durationSeconds, makePath, url, headers })
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

const runLoadConnectionPerRequest = async ({ connections, durationSeconds, makePath, url, headers }: LoadOptions): Promise<LoadResult> => {
  const target = new URL(url)
  const latencies: number[] = []
  let errors = 0
  let non2xx = 0
  const started = Date.now()
  const until = started + durationSeconds * 1000
  const one = () =>
    new Promise<void>((done) => {
      const t = process.hrtime.bigint()
      const request = http.get({ agent: false, headers, hostname: target.hostname, path: makePath(), port: target.port, timeout: 10_000 }, (response) => {
        response.resume()
        response.once('end', () => {
          latencies.push(Number(process.hrtime.bigint() - t) / 1e6)
          if ((response.statusCode ?? 0) < 200 || (response.statusCode ?? 0) >= 300) non2xx += 1
          done()
        })
        response.once('error', () => {
          errors += 1
          done()
        })
      })
      request.once('timeout', () => request.destroy(new Error('timeout')))
      request.once('error', () => {
        errors += 1
        done()
      })
    })
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < until) await one()
    }),
  )
  const elapsed = (Date.now() - started) / 1000
  latencies.sort((a, b) => a - b)
  return {
    connections,
    medianMs: latencies[Math.floor(latencies.length / 2)] ?? Number.NaN,
    p99Ms: latencies[Math.floor(latencies.length * 0.99)] ?? Number.NaN,
    requestsPerSecond: latencies.length / elapsed,
    errors,
    non2xx,
  }
}
