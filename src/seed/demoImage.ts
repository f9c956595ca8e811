/**
 * Demo pictures made on the spot with sharp: a coloured banner with a Vietnamese caption, so
 * the demo needs no downloaded files.
 */
import sharp from 'sharp'

const escapeXml = (value: string) => value.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`)

export const makeDemoImage = async ({ caption, hue }: { caption: string; hue: number }): Promise<Buffer> => {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
    <stop offset="0" stop-color="hsl(${hue},70%,38%)"/><stop offset="1" stop-color="hsl(${(hue + 40) % 360},75%,55%)"/>
  </linearGradient></defs>
  <rect width="1600" height="900" fill="url(#g)"/>
  <circle cx="1300" cy="220" r="140" fill="rgba(255,255,255,0.18)"/>
  <text x="80" y="780" font-family="DejaVu Sans, sans-serif" font-size="64" fill="#fff">${escapeXml(caption)}</text>
</svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 82 }).toBuffer()
}
