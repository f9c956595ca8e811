/**
 * Units written after a number and how they are read. Matched only right after a number, so
 * "m" in a word is left alone.
 */
export const UNITS: { written: string; spoken: string }[] = [
  { written: 'km/h', spoken: 'ki-lô-mét trên giờ' },
  { written: 'km/giờ', spoken: 'ki-lô-mét trên giờ' },
  { written: 'm/s', spoken: 'mét trên giây' },
  { written: 'km²', spoken: 'ki-lô-mét vuông' },
  { written: 'km2', spoken: 'ki-lô-mét vuông' },
  { written: 'm²', spoken: 'mét vuông' },
  { written: 'm2', spoken: 'mét vuông' },
  { written: 'm³', spoken: 'mét khối' },
  { written: 'm3', spoken: 'mét khối' },
  { written: 'kWh', spoken: 'ki-lô-oát giờ' },
  { written: 'MWh', spoken: 'mê-ga-oát giờ' },
  { written: 'kW', spoken: 'ki-lô-oát' },
  { written: 'MW', spoken: 'mê-ga-oát' },
  { written: 'Mbps', spoken: 'mê-ga-bít trên giây' },
  { written: 'GB', spoken: 'gi-ga-bai' },
  { written: 'km', spoken: 'ki-lô-mét' },
  { written: 'mm', spoken: 'mi-li-mét' },
  { written: 'cm', spoken: 'xen-ti-mét' },
  { written: 'ha', spoken: 'héc-ta' },
  { written: 'kg', spoken: 'ki-lô-gam' },
  { written: 'ml', spoken: 'mi-li-lít' },
  { written: '°C', spoken: 'độ C' },
  { written: 'm', spoken: 'mét' },
  { written: 'g', spoken: 'gam' },
  { written: 'đ', spoken: 'đồng' },
  { written: '%', spoken: 'phần trăm' },
]
