/**
 * A real HTTP receiver on 127.0.0.1 that checks Standard Webhooks signatures with the
 * `standardwebhooks` library, and can be told to fail, hang, reset or answer garbage.
 */
import http from 'node:http'
import crypto from 'node:crypto'
import { Webhook } from 'standardwebhooks'

/**
 * How the receiver answers one request: a status code, garbage, no answer at all, a reset
 * before processing, `processThenReset` (it processes the message and then drops the
 * connection, so the sender never learns), or `{ slowMs, status }` (processes, answers late).
 */
export type Behaviour = number | 'garbage' | 'hang' | 'reset' | 'processThenReset' | { slowMs: number; status: number }

export type ReceiverOptions = {
  /** Listen on this port (e.g. one a channel already points at while the receiver was down). */
  port?: number
  /**
   * Decides the answer per request, before `script`/`fallback`: `seenForId` is how many
   * requests with this webhook-id came before. Return undefined to fall through.
   */
  decide?: (request: { webhookId: string; seenForId: number; index: number; body: ReceivedWebhook['body'] }) => Behaviour | undefined
}

export type ReceivedWebhook = {
  webhookId: string
  isVerified: boolean
  verifyError?: string
  body: { type: string; timestamp: string; data: Record<string, any> }
}

export type WebhookReceiver = {
  url: string
  secret: string
  received: ReceivedWebhook[]
  /** Answers for the next requests, in order; afterwards `fallback`. */
  script: Behaviour[]
  fallback: Behaviour
  /**
   * Like a real receiver that deduplicates: webhook-ids whose message it processed (a 2xx
   * answer it got as far as giving, even when the sender no longer listened). A repeated id
   * is not processed again; it is counted in `redeliveries`.
   */
  processedIds: Set<string>
  /** Requests for an id already processed (deduplicated, not processed again). */
  redeliveries: number
  /** Redeliveries whose body differed from the first one processed under that id. */
  changedRedeliveries: number
  close: () => Promise<void>
}

export const newWebhookSecret = () => `whsec_${crypto.randomBytes(24).toString('base64')}`

export const startWebhookReceiver = async (options: ReceiverOptions & { secret?: string } = {}): Promise<WebhookReceiver> => {
  const secret = options.secret ?? newWebhookSecret()
  const verifier = new Webhook(secret)
  const sockets = new Set<import('node:net').Socket>()
  let counter = 0
  let index = 0
  const seen = new Map<string, number>()
  const processedBodies = new Map<string, string>()
  const receiver: WebhookReceiver = {
    url: '',
    secret,
    received: [],
    script: [],
    fallback: 200,
    processedIds: new Set(),
    redeliveries: 0,
    changedRedeliveries: 0,
    close: async () => undefined,
  }
  /** Dedupe on webhook-id: the first message under an id is processed, later ones counted. */
  const processMessage = (webhookId: string, raw: string) => {
    if (receiver.processedIds.has(webhookId)) {
      receiver.redeliveries += 1
      if (processedBodies.get(webhookId) !== raw) receiver.changedRedeliveries += 1
      return
    }
    receiver.processedIds.add(webhookId)
    // Compare content, not the per-attempt signature: the body itself must not change.
    processedBodies.set(webhookId, raw)
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8')
      const webhookId = String(req.headers['webhook-id'])
      const seenForId = seen.get(webhookId) ?? 0
      seen.set(webhookId, seenForId + 1)
      let parsed: ReceivedWebhook['body'] | undefined
      try {
        parsed = JSON.parse(raw)
      } catch {
        parsed = undefined
      }
      const decided = parsed && options.decide?.({ webhookId, seenForId, index: index++, body: parsed })
      const behaviour = decided ?? (receiver.script.length ? (receiver.script.shift() as Behaviour) : receiver.fallback)
      let isVerified = false
      let verifyError: string | undefined
      try {
        verifier.verify(raw, req.headers as Record<string, string>)
        isVerified = true
      } catch (err) {
        verifyError = (err as Error).message
      }
      const body = JSON.parse(raw)
      receiver.received.push({ webhookId, isVerified, verifyError, body })
      if (behaviour === 'hang') return
      if (behaviour === 'reset') return req.socket.destroy()
      if (behaviour === 'garbage') {
        req.socket.end('this is not HTTP at all\r\n\r\n')
        return
      }
      if (behaviour === 'processThenReset') {
        if (isVerified) processMessage(webhookId, raw)
        return req.socket.destroy()
      }
      const answer = (status: number) => {
        if (status < 300 && isVerified) processMessage(webhookId, raw)
        const remoteId = body.data?.remoteId ?? `remote-${++counter}`
        if (res.destroyed) return
        res.writeHead(status, { 'content-type': 'application/json' })
        res.end(JSON.stringify(status < 300 ? { id: remoteId, url: `https://portal.example.gov.vn/tin/${remoteId}` } : { error: `status ${status}` }))
      }
      if (typeof behaviour === 'object') {
        setTimeout(() => answer(behaviour.status), behaviour.slowMs).unref()
        return
      }
      answer(behaviour)
    })
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve))
  const { port } = server.address() as import('node:net').AddressInfo
  receiver.url = `http://127.0.0.1:${port}/hooks/loa`
  receiver.close = async () => {
    for (const socket of sockets) socket.destroy()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  }
  return receiver
}

/** A port on 127.0.0.1 with nobody listening (connection refused) until a receiver takes it. */
export const freePort = async (): Promise<number> => {
  const server = http.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as import('node:net').AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}
