// The README's table of safety numbers, generated from a scenario's declared parameters.
import type { Scenario } from '@practicum/scenario'

export const tableStart =
  '<!-- parameters:start (generated from scenario.yaml by test/scenarios; do not edit) -->'
export const tableEnd = '<!-- parameters:end -->'

/** SI per unit for the units the scenarios' parameters use. */
const perUnit: Record<string, number> = {
  V: 1,
  kPa: 1000,
  deg: Math.PI / 180,
  cm: 0.01,
  m: 1,
  ft: 0.3048,
  min: 60,
  pH: 1,
  L: 0.001,
  '%vol': 0.01,
  '%LEL': 0.01,
  ppm: 1e-6,
  s: 1,
  in: 0.0254,
  lbf: 4.448221615,
  kg: 1,
  'm/s': 1,
}

function show(value: number | undefined, unit: string): string {
  if (value === undefined) return '—'
  const factor = perUnit[unit]
  if (factor === undefined) throw new Error(`no display factor for unit "${unit}"`)
  const rounded = Math.round((value / factor) * 1000) / 1000
  return `${rounded} ${unit}`
}

const cell = (text: string) => text.replaceAll('|', '\\|')

/** A Markdown table: id, default, range, what it means, source. */
export function renderParameterTable(scenario: Scenario): string {
  const rows = scenario.parameters.map(
    (p) =>
      `| \`${p.id}\` | ${show(p.default, p.unit)} | ${show(p.min, p.unit)} – ${show(p.max, p.unit)} | ${cell(p.description ?? '')} | ${cell(p.source)} |`,
  )
  return [
    tableStart,
    '| parameter | default | allowed range | meaning | source |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    tableEnd,
  ].join('\n')
}

/** The generated region of a README, or undefined when it has none. */
export function generatedRegion(readme: string): string | undefined {
  const start = readme.indexOf(tableStart)
  const end = readme.indexOf(tableEnd)
  if (start < 0 || end < start) return undefined
  return readme.slice(start, end + tableEnd.length)
}
