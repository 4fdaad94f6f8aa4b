import { fromSI, type Scenario } from '@practicum/scenario'

/** The parameters in force: the scenario's defaults, with launch overrides checked against their range. */
export function readParameters(
  scenario: Scenario,
  overrides: Readonly<Record<string, number>>,
): Map<string, number> {
  const values = new Map(scenario.parameters.map((parameter) => [parameter.id, parameter.default]))
  for (const [id, value] of Object.entries(overrides)) {
    const parameter = scenario.parameters.find((candidate) => candidate.id === id)
    if (!parameter) {
      throw new RangeError(
        `unknown parameter "${id}"; this scenario declares ${[...values.keys()].join(', ') || 'none'}`,
      )
    }
    if (!Number.isFinite(value))
      throw new RangeError(`parameter "${id}" must be a finite number (SI units), got ${value}`)
    // Say it in the unit the scenario writes it in: "20 ppm", not "0.00002".
    const shown = (si: number) =>
      `${Number(fromSI(si, parameter.unit).toPrecision(6))} ${parameter.unit}`.trim()
    if (parameter.min !== undefined && value < parameter.min) {
      throw new RangeError(
        `parameter "${id}" = ${shown(value)} is below its minimum ${shown(parameter.min)} (${parameter.source})`,
      )
    }
    if (parameter.max !== undefined && value > parameter.max) {
      throw new RangeError(
        `parameter "${id}" = ${shown(value)} is above its maximum ${shown(parameter.max)} (${parameter.source})`,
      )
    }
    values.set(id, value)
  }
  return values
}
