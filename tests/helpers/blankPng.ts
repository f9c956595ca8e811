/**
 * A valid black RGB PNG of any size, built without holding its pixels in memory: every
 * scanline is the same, so the compressed image stays small (16000×16000 px is about
 * 750 KB) however large it decodes. The shape of a decompression bomb.
 */
import zlib from 'node:zlib'

const chunk = (type: string, data: Buffer): Buffer => {
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(zlib.crc32(typeAndData))
  return Buffer.concat([length, typeAndData, crc])
}

const compressedScanlines = (width: number, height: number): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const deflate = zlib.createDeflate({ level: 9 })
    const parts: Buffer[] = []
    deflate.on('data', (part: Buffer) => parts.push(part))
    deflate.on('end', () => resolve(Buffer.concat(parts)))
    deflate.on('error', reject)
    // Filter byte 0, then three zero bytes per pixel.
    const scanline = Buffer.alloc(1 + width * 3)
    let row = 0
    const writeRows = () => {
      while (row < height) {
        row += 1
        if (!deflate.write(scanline)) return void deflate.once('drain', writeRows)
      }
      deflate.end()
    }
    writeRows()
  })

export const blankPng = async (width: number, height: number): Promise<Buffer> => {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.writeUInt8(8, 8) // bit depth
  header.writeUInt8(2, 9) // colour type: RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', await compressedScanlines(width, height)),
    chunk('IEND', Buffer.alloc(0)),
  ])
}
