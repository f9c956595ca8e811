// autocannon ships no types; this is the part of its API the benchmark uses.
declare module 'autocannon' {
  type Histogram = { average: number; p50: number; p99: number }
  type Result = { errors: number; latency: Histogram; non2xx: number; requests: Histogram; timeouts: number }
  type Options = {
    connections?: number
    duration?: number
    headers?: Record<string, string>
    requests?: Array<{ setupRequest?: (request: Record<string, unknown>) => Record<string, unknown> }>
    url: string
  }
  const autocannon: (options: Options) => Promise<Result>
  export default autocannon
}
