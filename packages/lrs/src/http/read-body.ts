import type { IncomingMessage } from 'node:http'
import { HttpError } from './http-error.ts'

/** Reads a request body, refusing with 413 as soon as it grows past `maxBytes`. */
export function readBody(request: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(request.headers['content-length'] ?? 0)
  if (declared > maxBytes) return Promise.reject(tooLarge(maxBytes))
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    let refused = false
    request.on('data', (chunk: Buffer) => {
      if (refused) return
      size += chunk.length
      if (size > maxBytes) {
        refused = true
        reject(tooLarge(maxBytes))
        return
      }
      chunks.push(chunk)
    })
    request.on('end', () => {
      if (!refused) resolve(Buffer.concat(chunks))
    })
    request.on('error', reject)
  })
}

function tooLarge(maxBytes: number): HttpError {
  return new HttpError(413, `the request body is larger than the limit of ${maxBytes} bytes`)
}
