import type { Scenario } from '../model/scenario.ts'
import { sameDimension } from '../units/dimension.ts'
import { parseQuantity } from '../units/quantity.ts'
import { unitDimension } from '../validate/environment.ts'

/** Values a provider sets at launch: by parameter id, a quantity (`"4 ft"`) or a number in SI. */
export type ParameterOverrides = Readonly<Record<string, string | number>>

/** Result of {@link applyParameterOverrides}. */
export type OverrideResult =
  | { readonly ok: true; readonly scenario: Scenario }
  | { readonly ok: false; readonly errors: readonly string[] }

/**
 * A copy of the scenario with some parameter defaults replaced, checked like the file: the
 * parameter must exist, the unit must have its dimension, the value must lie in its range.
 *
 * @example
 * applyParameterOverrides(scenario, { fallProtectionHeight: '4 ft' }) // general industry instead of construction
 */
export function applyParameterOverrides(scenario: Scenario, overrides: ParameterOverrides): OverrideResult {
  const errors: string[] = []
  const values = new Map<string, number>()
  for (const [id, value] of Object.entries(overrides)) {
    const parameter = scenario.parameters.find((candidate) => candidate.id === id)
    if (!parameter) {
      errors.push(
        `unknown parameter "${id}"; the scenario declares ${scenario.parameters.map((p) => p.id).join(', ') || 'none'}`,
      )
      continue
    }
    let si: number
    if (typeof value === 'number') si = value
    else {
      const quantity = parseQuantity(value)
      if ('error' in quantity) {
        errors.push(`parameter "${id}": ${quantity.error}`)
        continue
      }
      const expected = unitDimension(parameter.unit)
      const found = unitDimension(quantity.unit)
      if (expected && found && !sameDimension(expected, found)) {
        errors.push(`parameter "${id}" is in ${parameter.unit}; "${value}" is a ${quantity.dimension}`)
        continue
      }
      si = quantity.si
    }
    if (
      (parameter.min !== undefined && si < parameter.min) ||
      (parameter.max !== undefined && si > parameter.max)
    ) {
      errors.push(`parameter "${id}": ${String(value)} is outside its allowed range`)
      continue
    }
    values.set(id, si)
  }
  if (errors.length) return { ok: false, errors }
  return {
    ok: true,
    scenario: {
      ...scenario,
      parameters: scenario.parameters.map((parameter) =>
        values.has(parameter.id)
          ? { ...parameter, default: values.get(parameter.id) ?? parameter.default }
          : parameter,
      ),
    },
  }
}
