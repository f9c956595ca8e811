/**
 * Where a channel may send: the URL table checked when a channel is saved (IPv6 forms that
 * embed an IPv4 address are judged by that address; ports other than 80/443 only when the exact
 * host:port is listed), and the connection itself, which goes to the address the check saw.
 */
import http from 'node:http'
import net from 'node:net'

import { endpointProblem, sendRequest } from '@loa/plugin-channel-publishing'

/** Runs `run` with CHANNEL_ALLOWED_HOSTS set to `value` (or what it returns once the test runs). */
const withAllowedHosts = (value: string | (() => string), run: () => void | Promise<void>) => async () => {
  const saved = process.env.CHANNEL_ALLOWED_HOSTS
  process.env.CHANNEL_ALLOWED_HOSTS = typeof value === 'string' ? value : value()
  try {
    await run()
  } finally {
    process.env.CHANNEL_ALLOWED_HOSTS = saved
  }
}

describe('channel endpoint URLs at save', () => {
  const refusedWithNothingAllowed: Array<[url: string, reason: RegExp]> = [
    ['http://[64:ff9b::a9fe:a9fe]/latest/meta-data', /NAT64 form of 169\.254\.169\.254.*link-local/],
    ['http://[64:ff9b::7f00:1]/', /NAT64 form of 127\.0\.0\.1.*loopback/],
    ['http://[64:ff9b:1::a00:1]/', /local-use NAT64/],
    ['http://[::127.0.0.1]/', /IPv4-compatible form of 127\.0\.0\.1.*loopback/],
    ['http://[::a9fe:a9fe]/', /IPv4-compatible form of 169\.254\.169\.254/],
    ['http://[::ffff:169.254.169.254]/', /IPv4-mapped form of 169\.254\.169\.254/],
    ['http://[::ffff:a00:1]/', /IPv4-mapped form of 10\.0\.0\.1.*private/],
    ['http://[2002:a9fe:a9fe::1]/', /6to4 form of 169\.254\.169\.254/],
    ['http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/', /Teredo.*192\.0\.2\.45/],
    ['http://[::]/', /unspecified/],
    ['http://[::1]/', /loopback/],
    ['http://[fe80::1]/', /link-local/],
    ['http://[fd00::1]/', /unique local/],
    ['http://[ff02::1]/', /multicast/],
    ['http://[2001:db8::1]/', /documentation/],
    ['http://127.0.0.1/', /loopback/],
    ['http://2130706433/', /loopback/],
    ['http://0x7f.1/', /loopback/],
    ['http://10.0.0.5/', /private/],
    ['http://172.20.1.1/', /private/],
    ['http://192.168.1.1/', /private/],
    ['http://169.254.169.254/latest', /link-local/],
    ['http://100.64.0.1/', /shared address space/],
    ['http://0.0.0.0/', /"this" network/],
    ['http://192.0.0.8/', /IETF protocol assignments/],
    ['http://198.18.0.1/', /benchmarking/],
    ['http://203.0.113.9/', /documentation/],
    ['http://224.0.0.1/', /multicast/],
    ['http://255.255.255.255/', /reserved/],
    ['http://localhost/', /localhost/],
    ['http://api.localhost/', /localhost/],
    ['http://8.8.8.8:6379/', /port 6379/],
    ['https://thanhhoa.gov.vn:8443/wp-json', /port 8443/],
    ['http://[2001:4860:4860::8888]:5432/', /port 5432/],
  ]

  it.each(refusedWithNothingAllowed)('refuses %s (%s)', (url, reason) =>
    withAllowedHosts('', () => {
      expect(endpointProblem(url)).toMatch(reason)
    })(),
  )

  const acceptedWithNothingAllowed = [
    'https://thanhhoa.gov.vn/wp-json',
    'http://thanhhoa.gov.vn:80/hook',
    'https://8.8.8.8/hook',
    'http://8.8.8.8:443/hook',
    'https://[2001:4860:4860::8888]/hook',
    'http://[64:ff9b::808:808]/hook',
    'http://[2002:808:808::1]/hook',
    'http://[::ffff:8.8.8.8]/hook',
    // A name is judged by what it resolves to when a delivery is sent.
    'https://169.254.169.254.nip.io/',
  ]

  it.each(acceptedWithNothingAllowed)('accepts %s', (url) =>
    withAllowedHosts('', () => {
      expect(endpointProblem(url)).toBeUndefined()
    })(),
  )

  it(
    'lets a listed host through on 80/443, a listed host:port on that port, and host:* on any port',
    withAllowedHosts('127.0.0.1, wp.noibo.vn:8089, localhost:*, [::1]:8080, 10.0.0.7:443', () => {
      expect(endpointProblem('http://127.0.0.1/hook')).toBeUndefined()
      expect(endpointProblem('https://127.0.0.1/hook')).toBeUndefined()
      expect(endpointProblem('http://127.0.0.1:5432/')).toMatch(/port 5432.*127\.0\.0\.1:5432/)
      expect(endpointProblem('http://127.0.0.1:6379/')).toMatch(/port 6379/)
      expect(endpointProblem('http://wp.noibo.vn:8089/')).toBeUndefined()
      expect(endpointProblem('http://wp.noibo.vn:8090/')).toMatch(/port 8090/)
      expect(endpointProblem('http://localhost:6379/')).toBeUndefined()
      expect(endpointProblem('http://[::1]:8080/')).toBeUndefined()
      expect(endpointProblem('http://[::1]/')).toMatch(/loopback/)
      expect(endpointProblem('https://10.0.0.7/')).toBeUndefined()
      expect(endpointProblem('http://10.0.0.7:8443/')).toMatch(/port 8443/)
      expect(endpointProblem('http://10.0.0.8/')).toMatch(/private/)
    }),
  )

  it('accepts public http(s) URLs and refuses other schemes, embedded credentials and garbage', () => {
    expect(endpointProblem('ftp://thanhhoa.gov.vn/')).toContain('http or https')
    expect(endpointProblem('https://user:pw@thanhhoa.gov.vn/')).toContain('credentials')
    expect(endpointProblem('không phải url')).toContain('not a valid URL')
    expect(endpointProblem('')).toContain('required')
  })
})

describe('channel requests at send time', () => {
  let server: http.Server
  let port: number
  const seen: Array<{ host?: string; body: string }> = []

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = ''
      req.on('data', (chunk) => (body += chunk))
      req.on('end', () => {
        seen.push({ host: req.headers.host, body })
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"nhan-1"}')
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    port = (server.address() as net.AddressInfo).port
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))
  beforeEach(() => {
    seen.length = 0
  })

  const post = { method: 'POST', body: '{"tin":"Hội thảo chuyển đổi số"}', headers: { 'content-type': 'application/json' } }

  it(
    'connects to the address the resolver gave, once per request, keeping the name in Host',
    withAllowedHosts(
      () => `cong.thanhhoa.test:${port}`,
      async () => {
        const lookups: string[] = []
        const outcome = await sendRequest(`http://cong.thanhhoa.test:${port}/hook`, post, {
          timeoutMs: 5000,
          resolveHost: async (hostname) => {
            lookups.push(hostname)
            return [{ address: '127.0.0.1', family: 4 }]
          },
        })
        expect(outcome).toMatchObject({ status: 200, json: { id: 'nhan-1' } })
        expect(seen).toEqual([{ host: `cong.thanhhoa.test:${port}`, body: '{"tin":"Hội thảo chuyển đổi số"}' }])
        expect(lookups).toEqual(['cong.thanhhoa.test'])
      },
    ),
  )

  it(
    'refuses a name that resolves to a private address, an embedded one or a mix, before connecting',
    withAllowedHosts('', async () => {
      for (const answer of [
        [{ address: '127.0.0.1', family: 4 }],
        [{ address: '64:ff9b::a9fe:a9fe', family: 6 }],
        [{ address: '::ffff:10.0.0.1', family: 6 }],
        [
          { address: '8.8.8.8', family: 4 },
          { address: '192.168.1.10', family: 4 },
        ],
      ]) {
        const outcome = await sendRequest('http://doi-ten.example.vn/hook', post, { timeoutMs: 5000, resolveHost: async () => answer as never })
        expect(outcome).toEqual({ error: expect.stringMatching(/^refused: endpoint host "doi-ten\.example\.vn" resolves to .* which is not public/) })
      }
      expect(seen).toEqual([])
    }),
  )

  it(
    'refuses a literal private address and a port that is not listed without resolving anything',
    withAllowedHosts('', async () => {
      const resolveHost = async () => {
        throw new Error('no lookup expected')
      }
      expect(await sendRequest(`http://127.0.0.1:${port}/hook`, post, { timeoutMs: 5000, resolveHost })).toEqual({
        error: expect.stringMatching(/^refused: .*port/),
      })
      expect(await sendRequest('http://[::ffff:7f00:1]/hook', post, { timeoutMs: 5000, resolveHost })).toEqual({
        error: expect.stringMatching(/^refused: .*loopback/),
      })
      expect(seen).toEqual([])
    }),
  )
})
