/** How the transport authenticates: HTTP Basic, a Bearer token, or a cmi5 launch token. */
export type LrsAuth =
  | { kind: 'basic'; key: string; secret: string }
  | { kind: 'bearer'; token: string }
  /** cmi5: the token fetched once from the launch URL's `fetch`, sent as `Basic <token>`. */
  | { kind: 'cmi5'; token: string }

function base64(text: string): string {
  const bytes = new TextEncoder().encode(text)
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary)
}

/** The Authorization header value of `auth`. */
export function authorizationHeader(auth: LrsAuth): string {
  switch (auth.kind) {
    case 'basic':
      return `Basic ${base64(`${auth.key}:${auth.secret}`)}`
    case 'bearer':
      return `Bearer ${auth.token}`
    case 'cmi5':
      return `Basic ${auth.token}`
  }
}
