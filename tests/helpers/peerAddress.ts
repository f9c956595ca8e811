/**
 * In-process requests (tests/helpers/api.ts) have no socket. The test plays the part of Loa's
 * server (scripts/server.ts): it names the header that carries the connection's address, and
 * each request says which address it came "from".
 */
import { PEER_ADDRESS_HEADER_ENV } from '../../src/lib/peerAddress.js'

const TEST_PEER_ADDRESS_HEADER = 'x-loa-test-peer-address'
process.env[PEER_ADDRESS_HEADER_ENV] = TEST_PEER_ADDRESS_HEADER

/**
 * Headers of a request whose connection came from `address`, as Next passes them on: the
 * X-Forwarded-For the client (or a proxy) sent, or else the socket address, which Next's
 * server writes there when the header is missing.
 */
export const fromAddress = (address: string, forwardedFor?: string): Record<string, string> => ({
  [TEST_PEER_ADDRESS_HEADER]: address,
  'x-forwarded-for': forwardedFor ?? address,
})
