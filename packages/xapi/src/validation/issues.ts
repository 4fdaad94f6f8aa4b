/** The xAPI versions Practicum validates against. */
export type XapiVersion = '1.0.3' | '2.0.0'

/** One problem found in a statement: where (a JSON path such as `$.actor.mbox`) and what. */
export interface ValidationIssue {
  path: string
  message: string
}

/** The outcome of a validation: `valid` is true when `issues` is empty. */
export interface ValidationResult {
  valid: boolean
  issues: ValidationIssue[]
}

/** Options of every validator. */
export interface ValidationOptions {
  /**
   * The version the statement is read under: 2.0.0 adds `contextAgents` and `contextGroups`
   * and requires a time zone on timestamps.
   * @defaultValue '2.0.0'
   */
  version?: XapiVersion
}

/** The state one validation run carries through the checks. */
export interface Checker {
  version: XapiVersion
  issues: ValidationIssue[]
}

export function report(checker: Checker, path: string, message: string): void {
  checker.issues.push({ path, message })
}

/** `$.a` + `b` → `$.a.b`; `$.a` + 2 → `$.a[2]`. */
export function child(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Reports `value` unless it is a plain object; then reports every key not in `allowed`. */
export function checkObject(
  checker: Checker,
  value: unknown,
  path: string,
  allowed: readonly string[],
): value is Record<string, unknown> {
  if (!isObject(value)) {
    report(checker, path, `must be an object, got ${describe(value)}`)
    return false
  }
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key))
      report(checker, child(path, key), 'is not a property allowed here (keys are case-sensitive)')
  }
  return true
}

export function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return typeof value === 'string' ? `the string ${JSON.stringify(value.slice(0, 60))}` : typeof value
}

export function checkString(checker: Checker, value: unknown, path: string): value is string {
  if (typeof value === 'string') return true
  report(checker, path, `must be a string, got ${describe(value)}`)
  return false
}

export function checkBoolean(checker: Checker, value: unknown, path: string): void {
  if (typeof value !== 'boolean') report(checker, path, `must be true or false, got ${describe(value)}`)
}
