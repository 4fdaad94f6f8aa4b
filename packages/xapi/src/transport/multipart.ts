import type { AttachmentContent, Statement } from '../statements/statement.ts'

/**
 * A statements body: JSON, or multipart/mixed (xAPI §1.5.2) when attachments travel with it,
 * each part carrying its `X-Experience-API-Hash`.
 */
export function statementsBody(
  payload: Statement | Statement[],
  attachments: readonly AttachmentContent[],
): { contentType: string; body: string } {
  const json = JSON.stringify(payload)
  if (attachments.length === 0) return { contentType: 'application/json', body: json }
  const seen = new Set<string>()
  const boundary = `practicum-${attachments.map((attachment) => attachment.sha2.slice(0, 8)).join('')}`
  const parts = [`--${boundary}\r\nContent-Type: application/json\r\n\r\n${json}\r\n`]
  for (const attachment of attachments) {
    if (seen.has(attachment.sha2)) continue
    seen.add(attachment.sha2)
    parts.push(
      `--${boundary}\r\nContent-Type: ${attachment.contentType}\r\nContent-Transfer-Encoding: binary\r\nX-Experience-API-Hash: ${attachment.sha2}\r\n\r\n${attachment.text}\r\n`,
    )
  }
  return {
    contentType: `multipart/mixed; boundary=${boundary}`,
    body: `${parts.join('')}--${boundary}--\r\n`,
  }
}
