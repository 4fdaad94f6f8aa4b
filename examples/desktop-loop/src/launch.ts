import type { LrsAuth } from '@practicum/xapi'
import type { Learner } from '@practicum/xapi'

/** Where the attempt's evidence goes: an LRS endpoint and its credentials. */
export interface LrsLaunch {
  endpoint: string
  auth: LrsAuth
}

/** What the page's URL asks for. */
export interface Launch {
  /** A folder under scenarios/. @defaultValue 'lockout-tagout' */
  scenario: string
  speed: number
  seed: number
  mode: 'practice' | 'assessment'
  /** The hand the mouse and keyboard move (the learner's dominant hand). */
  hand: 'left' | 'right'
  /** Seated play: the core raises head and hands by the scenario's seated offset. */
  seated: boolean
  /** Absent: the evidence stays on the page (the recording can still be downloaded). */
  lrs: LrsLaunch | undefined
  /** The xAPI registration of this attempt: from the launch, or a fresh UUID. */
  registration: string
  learner: Learner
}

export type LaunchResult = { ok: true; launch: Launch } | { ok: false; problems: string[] }

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i

function decodeBasic(value: string): { key: string; secret: string } | undefined {
  try {
    const text = atob(value)
    const colon = text.indexOf(':')
    return colon > 0 ? { key: text.slice(0, colon), secret: text.slice(colon + 1) } : undefined
  } catch {
    return undefined
  }
}

/**
 * Reads the page's query: `scenario`, `speed`, `seed`, `mode`, `hand`, `seated`, and the LRS
 * launch — `endpoint` with `key` and `secret` (or a TinCan-style `auth=Basic …` / `Bearer …`),
 * `registration` (a UUID; one is made when absent) and the learner (`actor` as xAPI JSON, or
 * `accountName` with `homePage`, and `actorName`). Every malformed value is a problem that says
 * what to write instead; nothing is silently replaced.
 */
export function readLaunch(search: string, shipped: readonly string[], origin: string): LaunchResult {
  const params = new URLSearchParams(search)
  const problems: string[] = []
  const integer = (name: string, fallback: number, min: number, max: number) => {
    const raw = params.get(name)
    if (raw === null) return fallback
    const value = Number(raw)
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(
        `${name}=${raw} is not a whole number from ${min} to ${max}: write e.g. ${name}=${fallback}`,
      )
      return fallback
    }
    return value
  }
  const oneOf = <T extends string>(name: string, values: readonly T[], fallback: T): T => {
    const raw = params.get(name)
    if (raw === null) return fallback
    if ((values as readonly string[]).includes(raw)) return raw as T
    problems.push(`${name}=${raw} is not one of ${values.join(', ')}`)
    return fallback
  }

  const scenario = params.get('scenario') ?? 'lockout-tagout'
  if (!shipped.includes(scenario))
    problems.push(
      `there is no scenario "${scenario}" on this page: use scenario=${shipped.join(' or scenario=')} ` +
        '(a scenario is a folder under scenarios/ with a scenario.yaml; rebuild the page after adding one)',
    )
  const speed = integer('speed', 1, 1, 64)
  const seed = integer('seed', 1, -2147483648, 2147483647)
  const mode = oneOf('mode', ['practice', 'assessment'] as const, 'practice')
  const hand = oneOf('hand', ['left', 'right'] as const, 'right')
  const seated = oneOf('seated', ['0', '1'] as const, '0') === '1'

  let lrs: LrsLaunch | undefined
  const endpoint = params.get('endpoint')
  if (endpoint !== null) {
    let url: URL | undefined
    try {
      url = new URL(endpoint)
    } catch {
      problems.push(
        `endpoint=${endpoint} is not a URL: write the LRS's xAPI endpoint, e.g. http://127.0.0.1:8370/xapi`,
      )
    }
    if (url && url.protocol !== 'http:' && url.protocol !== 'https:')
      problems.push(`endpoint=${endpoint} is not an http(s) URL`)
    const key = params.get('key')
    const secret = params.get('secret')
    const auth = params.get('auth')
    let lrsAuth: LrsAuth | undefined
    if (key !== null && secret !== null) lrsAuth = { kind: 'basic', key, secret }
    else if (auth?.startsWith('Basic ')) {
      const pair = decodeBasic(auth.slice(6))
      if (pair) lrsAuth = { kind: 'basic', ...pair }
      else problems.push('auth=Basic … does not hold base64 of key:secret')
    } else if (auth?.startsWith('Bearer ')) lrsAuth = { kind: 'bearer', token: auth.slice(7) }
    else
      problems.push(
        'the LRS needs credentials: add key=…&secret=… (from `practicum lrs keys add`) or auth=Basic …',
      )
    if (url && lrsAuth) lrs = { endpoint: endpoint.replace(/\/+$/, ''), auth: lrsAuth }
  } else if (params.has('key') || params.has('auth')) {
    problems.push('credentials without an LRS: add endpoint=<the xAPI endpoint>')
  }

  const registration = params.get('registration') ?? crypto.randomUUID()
  if (!uuidPattern.test(registration))
    problems.push(`registration=${registration} is not a UUID: leave it out and the page makes one`)

  let learner: Learner = {
    objectType: 'Agent',
    account: {
      homePage: params.get('homePage') ?? origin,
      name: params.get('accountName') ?? 'desktop-learner',
    },
    ...(params.get('actorName') ? { name: params.get('actorName')! } : {}),
  }
  const actor = params.get('actor')
  if (actor !== null) {
    try {
      const parsed = JSON.parse(actor) as Learner
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        throw new Error('not an object')
      learner = { ...parsed, objectType: 'Agent' }
    } catch (error) {
      problems.push(
        `actor is not xAPI Agent JSON (${(error as Error).message}): e.g. actor={"account":{"homePage":"https://lms.example.com","name":"worker-7"}}`,
      )
    }
  }

  if (problems.length) return { ok: false, problems }
  return { ok: true, launch: { scenario, speed, seed, mode, hand, seated, lrs, registration, learner } }
}
