import type { LrsResponse } from '../http/lrs-request.ts'

/** The versions this LRS speaks, newest first. */
export const supportedVersions = ['2.0.0', '1.0.3'] as const

/** GET /about: versions and extensions; needs neither credentials nor a version header. */
export function about(): LrsResponse {
  return {
    status: 200,
    body: {
      version: [...supportedVersions],
      extensions: { 'https://practicum.dev/xapi/lrs': { name: '@practicum/lrs' } },
    },
  }
}
