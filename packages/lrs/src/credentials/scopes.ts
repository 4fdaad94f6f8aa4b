/** The credential scopes the LRS knows (xAPI 1.0.3 §4.2 OAuth scopes, plus `profile`). */
export const scopes = [
  'statements/write',
  'statements/read',
  'statements/read/mine',
  'state',
  'define',
  'profile',
  'all/read',
  'all',
] as const

/** One credential scope. */
export type Scope = (typeof scopes)[number]

/** True when `value` is a known scope. */
export function isScope(value: string): value is Scope {
  return (scopes as readonly string[]).includes(value)
}

/** What a request needs; each resource asks for one of these. */
export type Permission =
  | 'statements/write'
  | 'statements/read'
  | 'state/write'
  | 'state/read'
  | 'profile/write'
  | 'profile/read'
  | 'define/read'

const grantedBy: Record<Permission, readonly Scope[]> = {
  'statements/write': ['statements/write', 'all'],
  'statements/read': ['statements/read', 'statements/read/mine', 'all/read', 'all'],
  'state/write': ['state', 'all'],
  'state/read': ['state', 'all/read', 'all'],
  'profile/write': ['profile', 'all'],
  'profile/read': ['profile', 'all/read', 'all'],
  'define/read': ['define', 'statements/read', 'all/read', 'all'],
}

/** True when one of `granted` allows `permission`. */
export function allows(granted: readonly string[], permission: Permission): boolean {
  return grantedBy[permission].some((scope) => granted.includes(scope))
}

/** True when the credential may read only its own statements (`statements/read/mine` alone). */
export function readsOnlyMine(granted: readonly string[]): boolean {
  return (
    granted.includes('statements/read/mine') &&
    !['statements/read', 'all/read', 'all'].some((scope) => granted.includes(scope))
  )
}
