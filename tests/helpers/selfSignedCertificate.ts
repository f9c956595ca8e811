/**
 * A throw-away certificate for 127.0.0.1 and localhost, made with the openssl command (Node
 * cannot issue X.509 certificates itself). The certificate is its own CA: a client trusts it
 * by taking `cert` as its CA.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export type SelfSignedCertificate = { key: string; cert: string; certFile: string; remove: () => void }

export const makeSelfSignedCertificate = (): SelfSignedCertificate => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loa-cert-'))
  const keyFile = path.join(dir, 'key.pem')
  const certFile = path.join(dir, 'cert.pem')
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=IP:127.0.0.1,DNS:localhost',
      '-keyout',
      keyFile,
      '-out',
      certFile,
    ],
    { stdio: 'ignore' },
  )
  return {
    key: fs.readFileSync(keyFile, 'utf8'),
    cert: fs.readFileSync(certFile, 'utf8'),
    certFile,
    remove: () => fs.rmSync(dir, { force: true, recursive: true }),
  }
}
