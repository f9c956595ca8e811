import type { PayloadRequest } from 'payload'

import {
  clientAddressOf,
  createMemoryRateLimitStore,
  normaliseVietnamesePhone,
  rateLimitKeyOf,
  sanitizeWorkshopsConfig as sanitizeConfig,
  validateRegistrationInput,
} from '@loa/plugin-workshops'

describe('Vietnamese phone numbers', () => {
  it.each([
    ['0912 345 678', '0912345678'],
    ['+84 912.345.678', '0912345678'],
    ['84-386-123-456', '0386123456'],
    ['(0237) 385 2345', '02373852345'],
  ])('accepts %s as %s', (typed, stored) => {
    expect(normaliseVietnamesePhone(typed)).toBe(stored)
  })

  it.each(['012345678', '0612345678', '+1 415 555 0100', '09123456789', 'không có'])('refuses %s', (typed) => {
    expect(normaliseVietnamesePhone(typed)).toBeNull()
  })
})

describe('registration input', () => {
  it('trims the name and organisation and lower-cases the e-mail', () => {
    expect(validateRegistrationInput({ fullName: '  Đặng Thị Thu  ', email: ' Thu.DT@ThanhHoa.gov.vn ', organisation: ' Sở Nội vụ ' })).toEqual({
      fullName: 'Đặng Thị Thu',
      email: 'thu.dt@thanhhoa.gov.vn',
      phone: null,
      organisation: 'Sở Nội vụ',
      audienceType: null,
    })
  })

  it('names the field at fault', () => {
    expect(() => validateRegistrationInput({ fullName: 'An', email: 'an@' })).toThrow('email is not a valid e-mail address')
    expect(() => validateRegistrationInput({ email: 'an@example.vn' })).toThrow('fullName is required')
    expect(() => validateRegistrationInput({ fullName: 'An', email: 'an@example.vn', phone: 912345678 })).toThrow('phone must be a string')
    expect(() => validateRegistrationInput([])).toThrow('the request body must be a JSON object')
  })
})

describe('sliding-window rate limits in memory', () => {
  it('allows max attempts per window and tells when to retry', async () => {
    const store = createMemoryRateLimitStore()
    const limit = { max: 2, windowMs: 10_000 }
    const hit = (key: string, now: number) => store.hit({ key, limit, now })
    expect((await hit('ip:1', 0)).isAllowed).toBe(true)
    expect((await hit('ip:1', 1_000)).isAllowed).toBe(true)
    expect(await hit('ip:1', 2_000)).toEqual({ isAllowed: false, retryAfterSeconds: 8 })
    expect((await hit('ip:2', 2_000)).isAllowed).toBe(true)
    expect((await hit('ip:1', 10_001)).isAllowed).toBe(true)
  })
})

describe('the client address of a registration', () => {
  const PEER = 'x-test-peer'
  const { isTrustedProxy, peerAddress } = sanitizeConfig({
    trustedProxies: ['192.0.2.10', '10.20.0.0/16', '2001:db8:ffff::/48'],
    peerAddress: (req) => req.headers.get(PEER),
  })
  const clientOf = (peer: null | string, forwardedFor?: string) => {
    const headers = new Headers()
    if (peer !== null) headers.set(PEER, peer)
    if (forwardedFor !== undefined) headers.set('x-forwarded-for', forwardedFor)
    return clientAddressOf({ headers } as PayloadRequest, { isTrustedProxy, peerAddress })
  }

  it.each([
    ['a direct client, whatever X-Forwarded-For it sends', '198.51.100.7', '203.0.113.1, 10.20.0.1', '198.51.100.7'],
    ['a direct client seen through a dual-stack socket', '::ffff:198.51.100.7', undefined, '198.51.100.7'],
    ['a client behind the load balancer', '192.0.2.10', '203.0.113.9', '203.0.113.9'],
    ['the load balancer, past what the client wrote', '192.0.2.10', '6.6.6.6, 203.0.113.9', '203.0.113.9'],
    ['two trusted proxies deep', '192.0.2.10', '6.6.6.6, 203.0.113.9, 10.20.3.4', '203.0.113.9'],
    ['a proxy that writes ports and brackets', '192.0.2.10', '[2001:db8:1::5]:51234, 10.20.0.9:8080', '2001:db8:1::5'],
    ['a trusted IPv6 proxy', '2001:db8:ffff::1', '203.0.113.9', '203.0.113.9'],
    ['a trusted proxy seen through a dual-stack socket', '::ffff:192.0.2.10', '203.0.113.9', '203.0.113.9'],
    ['a request from the load balancer itself', '192.0.2.10', undefined, '192.0.2.10'],
    ['an untrusted host claiming to be the proxy', '198.51.100.8', '192.0.2.10', '198.51.100.8'],
  ])('%s', (_case, peer, forwardedFor, client) => {
    expect(clientOf(peer, forwardedFor)).toBe(client)
  })

  it('knows no client without a peer address, or when a trusted proxy wrote something that is no address', () => {
    expect(clientOf(null, '203.0.113.9')).toBeNull()
    expect(clientOf('192.0.2.10', 'unknown')).toBeNull()
  })

  it('counts IPv6 clients per /64 and IPv4 clients per address', () => {
    expect(rateLimitKeyOf('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64')
    expect(rateLimitKeyOf('2001:db8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64')
    expect(rateLimitKeyOf('2001:db8::1')).toBe('2001:db8:0:0::/64')
    expect(rateLimitKeyOf('203.0.113.9')).toBe('203.0.113.9')
  })

  it('refuses a trusted proxy that is neither an address nor a CIDR block, at start-up', () => {
    expect(() => sanitizeConfig({ trustedProxies: ['10.0.0.0/33'] })).toThrow(
      '[workshops] option trustedProxies: "10.0.0.0/33" is neither an IP address nor a CIDR block',
    )
    expect(() => sanitizeConfig({ trustedProxies: ['load-balancer.local'] })).toThrow('is neither an IP address nor a CIDR block')
  })
})
