/**
 * A real HTTP receiver on 127.0.0.1 that checks Standard Webhooks signatures with the
 * `standardwebhooks` library, and can be told to fail, hang, reset or answer garbage.
 */
import http from 'node:http'
import crypto from 'node:crypto'
import { Webhook } from 'standardwebhooks'

export type Behaviour = number | 'garbage' | 'hang' | 'reset'

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
  close: () => Promise<void>
}

export const newWebhookSecret = () => `whsec_${crypto.randomBytes(24).toString('base64')}`

export const startWebhookReceiver = async (): Promise<WebhookReceiver> => {
  const secret = newWebhookSecret()
  const verifier = new Webhook(secret)
  const sockets = new Set<import('node:net').Socket>()
  let counter = 0
  const receiver: WebhookReceiver = { url: '', secret, received: [], script: [], fallback: 200, close: async () => undefined }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8')
      const behaviour = receiver.script.length ? (receiver.script.shift() as Behaviour) : receiver.fallback
      let isVerified = false
      let verifyError: string | undefined
      try {
        verifier.verify(raw, req.headers as Record<string, string>)
        isVerified = true
      } catch (err) {
        verifyError = (err as Error).message
      }
      const body = JSON.parse(raw)
      receiver.received.push({ webhookId: String(req.headers['webhook-id']), isVerified, verifyError, body })
      if (behaviour === 'hang') return
      if (behaviour === 'reset') return req.socket.destroy()
      if (behaviour === 'garbage') {
        req.socket.end('this is not HTTP at all\r\n\r\n')
        return
      }
      const remoteId = body.data?.remoteId ?? `remote-${++counter}`
      res.writeHead(behaviour, { 'content-type': 'application/json' })
      res.end(JSON.stringify(behaviour < 300 ? { id: remoteId, url: `https://portal.example.gov.vn/tin/${remoteId}` } : { error: `status ${behaviour}` }))
    })
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as import('node:net').AddressInfo
  receiver.url = `http://127.0.0.1:${port}/hooks/loa`
  receiver.close = async () => {
    for (const socket of sockets) socket.destroy()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  }
  return receiver
}
