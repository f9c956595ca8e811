import { createRateLimiter } from '../../plugins/workshops/utilities/rateLimiter.js'
import { normaliseVietnamesePhone, validateRegistrationInput } from '../../plugins/workshops/utilities/validateRegistrationInput.js'

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

describe('sliding-window rate limiter', () => {
  it('allows max attempts per window and tells when to retry', () => {
    const limiter = createRateLimiter()
    const limit = { max: 2, windowMs: 10_000 }
    expect(limiter.hit('ip:1', limit, 0).isAllowed).toBe(true)
    expect(limiter.hit('ip:1', limit, 1_000).isAllowed).toBe(true)
    expect(limiter.hit('ip:1', limit, 2_000)).toEqual({ isAllowed: false, retryAfterSeconds: 8 })
    expect(limiter.hit('ip:2', limit, 2_000).isAllowed).toBe(true)
    expect(limiter.hit('ip:1', limit, 10_001).isAllowed).toBe(true)
  })
})
