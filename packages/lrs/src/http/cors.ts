/** CORS headers of every response: any origin may call the LRS with its credentials. */
export function corsHeaders(origin: string | undefined): Record<string, string> {
  return {
    'Access-Control-Allow-Origin': origin ?? '*',
    'Access-Control-Allow-Credentials': 'true',
    'Access-Control-Expose-Headers':
      'ETag, Last-Modified, X-Experience-API-Version, X-Experience-API-Consistent-Through, Content-Type',
    Vary: 'Origin',
  }
}

/** The answer to a CORS preflight (OPTIONS). */
export function preflightHeaders(origin: string | undefined): Record<string, string> {
  return {
    ...corsHeaders(origin),
    'Access-Control-Allow-Methods': 'GET, HEAD, POST, PUT, DELETE, OPTIONS',
    'Access-Control-Allow-Headers':
      'Authorization, Content-Type, X-Experience-API-Version, If-Match, If-None-Match, Accept-Language',
    'Access-Control-Max-Age': '86400',
  }
}
