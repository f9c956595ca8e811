import { DEFAULT_ABBREVIATIONS, nextProgrammeSlot, normaliseForSpeech, readDecimal, readDigits, readInteger } from '@loa/plugin-broadcast'

import { SPOKEN_SENTENCES } from './broadcastSpokenSentences.js'

describe('broadcast script normaliser: sentences from government news', () => {
  it('holds at least 60 real sentences, each with its source', () => {
    expect(SPOKEN_SENTENCES.length).toBeGreaterThanOrEqual(60)
    for (const entry of SPOKEN_SENTENCES) expect(entry.source.length).toBeGreaterThan(10)
  })

  it.each(SPOKEN_SENTENCES.map((entry) => [entry.written, entry.spoken]))('reads "%s" out for the ear', (written, spoken) => {
    expect(normaliseForSpeech(written)).toBe(spoken)
  })

  it('leaves no digit in any spoken sentence', () => {
    for (const { written } of SPOKEN_SENTENCES) expect(normaliseForSpeech(written)).not.toMatch(/\d/)
  })
})

describe('broadcast script normaliser: numbers', () => {
  it.each([
    ['0', 'không'],
    ['5', 'năm'],
    ['10', 'mười'],
    ['11', 'mười một'],
    ['15', 'mười lăm'],
    ['21', 'hai mươi mốt'],
    ['24', 'hai mươi tư'],
    ['25', 'hai mươi lăm'],
    ['105', 'một trăm linh năm'],
    ['110', 'một trăm mười'],
    ['1005', 'một nghìn không trăm linh năm'],
    ['2025', 'hai nghìn không trăm hai mươi lăm'],
    ['1000000', 'một triệu'],
    ['1000005', 'một triệu không trăm linh năm'],
    ['3500000000', 'ba tỷ năm trăm triệu'],
  ])('reads %s as "%s"', (digits, words) => {
    expect(readInteger(digits)).toBe(words)
  })

  it('reads decimals with "phẩy" and keeps the zeros after the comma', () => {
    expect(readDecimal('0', '05')).toBe('không phẩy không năm')
    expect(readDecimal('12', '16')).toBe('mười hai phẩy mười sáu')
  })

  it('reads phone numbers digit by digit', () => {
    expect(readDigits('113')).toBe('một một ba')
  })
})

describe('broadcast script normaliser: dates, times, money, Roman numerals and abbreviations', () => {
  it('reads an ISO timestamp in GMT+7', () => {
    expect(normaliseForSpeech('Họp lúc 2025-08-24T06:00:00Z.', { timeZone: 'Asia/Ho_Chi_Minh' })).toBe(
      'Họp lúc mười ba giờ ngày hai mươi tư tháng tám năm hai nghìn không trăm hai mươi lăm.',
    )
  })

  it('reads a portal dateline with its GMT+7 mark', () => {
    expect(normaliseForSpeech('Thứ bảy, 05/10/2024 | 13:05 - GMT+7')).toBe(
      'Thứ bảy, ngày năm tháng mười năm hai nghìn không trăm hai mươi tư, mười ba giờ năm phút giờ Việt Nam',
    )
  })

  it('reads money in đồng however it is written', () => {
    expect(normaliseForSpeech('Lệ phí 500.000đ, hỗ trợ 2,5 triệu VNĐ.')).toBe('Lệ phí năm trăm nghìn đồng, hỗ trợ hai phẩy năm triệu đồng.')
  })

  it('reads ordinals and months as officials say them', () => {
    expect(normaliseForSpeech('Lần thứ 1, thứ 4 và tháng 4/2025.')).toBe('Lần thứ nhất, thứ tư và tháng tư năm hai nghìn không trăm hai mươi lăm.')
  })

  it('reads Roman numerals in names and quarters', () => {
    expect(normaliseForSpeech('Quốc hội khóa XV, quý III, HĐND tỉnh khóa XVIII.')).toBe('Quốc hội khóa mười lăm, quý ba, Hội đồng nhân dân tỉnh khóa mười tám.')
  })

  it('expands the listed abbreviations, the longest first', () => {
    expect(normaliseForSpeech('CNTT, DVCTT và DVC tại P. Hạc Thành, Q. Ba Đình, TP.HCM')).toBe(
      'công nghệ thông tin, dịch vụ công trực tuyến và dịch vụ công tại phường Hạc Thành, quận Ba Đình, Thành phố Hồ Chí Minh',
    )
  })

  it('uses the abbreviation list it is given, so an admin entry wins', () => {
    const list = [...DEFAULT_ABBREVIATIONS, { short: 'CĐS', spoken: 'công cuộc chuyển đổi số' }, { short: 'BQL', spoken: 'Ban quản lý' }]
    const merged = [...new Map(list.map((entry) => [entry.short, entry])).values()]
    expect(normaliseForSpeech('BQL dự án CĐS', { abbreviations: merged })).toBe('Ban quản lý dự án công cuộc chuyển đổi số')
  })

  it('does not touch letters inside words', () => {
    expect(normaliseForSpeech('Mường Lát, Thường Xuân')).toBe('Mường Lát, Thường Xuân')
  })
})

describe('broadcast programme slots (GMT+7)', () => {
  const slots = [
    { start: '06:00', end: '06:30' },
    { start: '17:00', end: '17:30' },
  ]

  it('gives an ordinary bulletin published after the morning slot the evening one', () => {
    // 06:10 in Thanh Hoá is 23:10 UTC the day before.
    expect(nextProgrammeSlot({ slots, now: new Date('2025-10-13T23:10:00Z'), timeZone: 'Asia/Ho_Chi_Minh' })).toEqual({
      start: '2025-10-14T10:00:00.000Z',
      end: '2025-10-14T10:30:00.000Z',
    })
  })

  it("gives one published late at night tomorrow's morning slot", () => {
    // 23:00 on 14/10 in Thanh Hoá.
    expect(nextProgrammeSlot({ slots, now: new Date('2025-10-14T16:00:00Z'), timeZone: 'Asia/Ho_Chi_Minh' })).toEqual({
      start: '2025-10-14T23:00:00.000Z',
      end: '2025-10-14T23:30:00.000Z',
    })
  })
})
