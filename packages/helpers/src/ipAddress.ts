/**
 * IP address arithmetic shared by the plugins that judge addresses (outbound channel targets,
 * clients of rate limits). Inputs are valid addresses (checked with node:net first).
 */

export const ipv4ToNumber = (address: string): number => address.split('.').reduce((value, part) => value * 256 + Number(part), 0)

export const numberToIpv4 = (value: number): string => [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join('.')

/** The eight 16-bit groups of a valid IPv6 address (a zone and a dotted IPv4 tail are allowed). */
export const ipv6Groups = (address: string): number[] => {
  let text = address.replace(/%.*$/, '')
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text)
  if (dotted?.[1]) {
    const value = ipv4ToNumber(dotted[1])
    text = `${text.slice(0, -dotted[1].length)}${Math.floor(value / 65536).toString(16)}:${(value % 65536).toString(16)}`
  }
  const [head = '', tail] = text.split('::')
  const parse = (part: string) => (part ? part.split(':').map((group) => parseInt(group, 16)) : [])
  const first = parse(head)
  const last = tail === undefined ? [] : parse(tail)
  return [...first, ...Array<number>(8 - first.length - last.length).fill(0), ...last]
}
