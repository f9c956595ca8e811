/**
 * Who issued a document, from the last part of its number ("20/2008/NĐ-CP" → the Government),
 * read after the number when the sentence does not already say it.
 */
export const ISSUERS: { code: RegExp; spoken: string }[] = [
  { code: /^TTg$/, spoken: 'của Thủ tướng Chính phủ' },
  { code: /^CP$/, spoken: 'của Chính phủ' },
  { code: /^UBTVQH\d*$/, spoken: 'của Ủy ban Thường vụ Quốc hội' },
  { code: /^QH\d*$/, spoken: 'của Quốc hội' },
  { code: /^UBND$/, spoken: 'của Ủy ban nhân dân' },
  { code: /^HĐND$/, spoken: 'của Hội đồng nhân dân' },
  { code: /^TW$/, spoken: 'của Trung ương' },
  { code: /^BTTTT$/, spoken: 'của Bộ Thông tin và Truyền thông' },
  { code: /^BYT$/, spoken: 'của Bộ Y tế' },
  { code: /^CSCL$/, spoken: 'của Cục Thống kê' },
  { code: /^STTTT$/, spoken: 'của Sở Thông tin và Truyền thông' },
  { code: /^VPQH$/, spoken: 'của Văn phòng Quốc hội' },
]

export const issuerOf = (code: string): null | string => {
  const last = code.split(/[-/]/).pop() ?? ''
  return ISSUERS.find((issuer) => issuer.code.test(last))?.spoken ?? null
}
