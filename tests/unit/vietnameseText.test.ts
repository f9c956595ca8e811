import { foldForSearch, removeVietnameseDiacritics, slugify } from '@loa/helpers'

describe('Vietnamese slugs', () => {
  it('turns "Chuyển đổi số" into chuyen-doi-so', () => {
    expect(slugify('Chuyển đổi số')).toBe('chuyen-doi-so')
  })

  it('maps đ and Đ to d and drops punctuation', () => {
    expect(slugify('Đẩy mạnh truyền thông: nâng cao nhận thức, kỹ năng số!')).toBe('day-manh-truyen-thong-nang-cao-nhan-thuc-ky-nang-so')
  })

  it('gives the same slug for both tone-mark placements', () => {
    expect(slugify('Thanh Hoá')).toBe('thanh-hoa')
    expect(slugify('Thanh Hóa')).toBe('thanh-hoa')
  })

  it('keeps slugs short without a trailing dash', () => {
    const slug = slugify('Hội thảo '.repeat(30))
    expect(slug.length).toBeLessThanOrEqual(96)
    expect(slug.endsWith('-')).toBe(false)
  })
})

describe('search folding', () => {
  it('makes accented, plain and upper-case spellings equal', () => {
    const forms = ['Chuyển đổi số', 'chuyen doi so', 'CHUYỂN ĐỔI SỐ', '  Chuyển   đổi  số. ']
    expect(new Set(forms.map(foldForSearch))).toEqual(new Set(['chuyen doi so']))
  })

  it('folds decomposed (NFD) input the same as composed input', () => {
    expect(foldForSearch('Thanh Hóa'.normalize('NFD'))).toBe('thanh hoa')
  })

  it('keeps case when only removing diacritics', () => {
    expect(removeVietnameseDiacritics('Đà Nẵng')).toBe('Da Nang')
  })
})
