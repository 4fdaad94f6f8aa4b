// pnpm bench scenario  (or: node scripts/bench.mjs --smoke scenario)
// Parse + validate a generated 2,000-line scenario; target ≤ 50 ms a run.
import { stringify } from 'yaml'
import { parseScenario, validateScenario } from '@practicum/scenario'

interface BenchOptions {
  smoke: boolean
  large: boolean
  log: (line: string) => void
}

/** A valid scenario of about `lines` lines of block YAML: n machines, each with its lock, zone, hazard and steps. */
export function generatedScenario(lines: number): string {
  const build = (n: number) => {
    const ids = Array.from({ length: n }, (_, i) => i)
    const text = (key: string, en: string) => ({ key, text: { en, fr: `${en} (fr)` } })
    return {
      schemaVersion: 2,
      id: 'generated',
      title: 'title',
      ruleSet: { id: 'osha-1910.147', title: 'OSHA 29 CFR 1910.147' },
      modes: ['practice', 'assessment'],
      locales: { default: 'en', available: ['en', 'fr'] },
      parameters: [
        { id: 'safeDistance', unit: 'm', default: '1 m', min: '0.5 m', max: '3 m', source: 'Site rule' },
      ],
      learner: {
        height: '1.75 m',
        radius: '0.25 m',
        seatedOffset: '0.45 m',
        start: { position: [0, 0, '2 m'] },
      },
      objects: ids.flatMap((i) => [
        {
          id: `machine${i}`,
          name: 'machine',
          transform: { position: [`${i} m`, 0, 0] },
          shape: { kind: 'box', size: ['1 m', '1.5 m', '1 m'] },
          body: { type: 'fixed' },
        },
        {
          id: `lock${i}`,
          name: 'lock',
          transform: { position: [`${i} m`, '1 m', '1 m'] },
          shape: { kind: 'sphere', radius: '3 cm' },
          body: { type: 'dynamic', mass: '0.2 kg' },
        },
      ]),
      zones: ids.map((i) => ({
        id: `danger${i}`,
        shape: { kind: 'box', size: ['2 m', '2 m', '2 m'] },
        transform: { position: [`${i} m`, '1 m', 0] },
      })),
      interactables: ids.flatMap((i) => [
        {
          kind: 'toggle',
          id: `disconnect${i}`,
          object: `machine${i}`,
          state: `power${i}`,
          label: 'disconnect',
        },
        { kind: 'attachPoint', id: `hasp${i}`, object: `machine${i}`, accepts: [`lock${i}`] },
      ]),
      state: ids.map((i) => ({ type: 'boolean', id: `power${i}`, initial: true })),
      energy: ids.map((i) => ({
        id: `mains${i}`,
        kind: 'electrical',
        magnitude: '400 V',
        isolatedWhen: {
          all: [{ not: { flag: `power${i}` } }, { attached: { object: `lock${i}`, to: `hasp${i}` } }],
        },
      })),
      hazards: ids.map((i) => ({
        id: `moving${i}`,
        name: 'moving',
        energy: `mains${i}`,
        where: { zone: `danger${i}` },
        liveWhen: { energy: { source: `mains${i}`, is: 'live' } },
        exposure: { kind: 'enter' },
        severity: 'fatal',
        consequence: { outcome: 'fail', message: 'crushed', criticalError: 'noLock' },
      })),
      procedure: {
        steps: ids.flatMap((i) => [
          {
            id: `isolate${i}`,
            title: 'isolate',
            doneWhen: { not: { flag: `power${i}` } },
            critical: true,
            criticalError: 'noLock',
          },
          {
            id: `lockOut${i}`,
            title: 'lockOut',
            requires: { stepDone: `isolate${i}` },
            doneWhen: { attached: { object: `lock${i}`, to: `hasp${i}` } },
          },
          {
            id: `verify${i}`,
            title: 'verify',
            doneWhen: {
              ge: [{ distance: { from: 'learner', to: `machine${i}` } }, { param: 'safeDistance' }],
            },
          },
        ]),
        flow: { anyOrder: ids.map((i) => ({ sequence: [`isolate${i}`, `lockOut${i}`, `verify${i}`] })) },
      },
      assessment: {
        competencies: [{ id: 'isolation', name: 'isolation' }],
        evidence: ids.map((i) => ({ competency: 'isolation', from: { step: `lockOut${i}` } })),
        criticalErrors: [{ id: 'noLock', message: 'crushed' }],
        masteryThreshold: '80 %',
      },
      messages: [
        text('title', 'Lock out the line'),
        text('machine', 'Machine'),
        text('lock', 'Padlock'),
        text('disconnect', 'Disconnect'),
        text('moving', 'Moving parts'),
        text('crushed', 'You entered a live machine.'),
        text('isolate', 'Open the disconnect'),
        text('lockOut', 'Lock it out'),
        text('verify', 'Verify'),
        text('isolation', 'Energy isolation'),
      ],
    }
  }
  let n = 1
  while (stringify(build(n)).split('\n').length < lines) n++
  return stringify(build(n))
}

function stats(samples: number[]): { mean: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b)
  const mean = samples.reduce((sum, value) => sum + value, 0) / samples.length
  return { mean, p95: sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? mean }
}

/** Benchmark entry point (scripts/bench.mjs). */
export async function run({ smoke, large, log }: BenchOptions): Promise<void> {
  const text = generatedScenario(large ? 10_000 : 2_000)
  const lines = text.split('\n').length
  const once = () => {
    const parsed = parseScenario(text, { file: 'generated.yaml' })
    const result = validateScenario(parsed.data, { sourceMap: parsed.sourceMap })
    if (!result.ok)
      throw new Error(
        `generated scenario is invalid: ${result.problems[0]?.message ?? parsed.problems[0]?.message}`,
      )
  }
  const warmup = smoke ? 1 : 10
  const iterations = smoke ? 3 : 50
  for (let i = 0; i < warmup; i++) once()
  const samples: number[] = []
  for (let i = 0; i < iterations; i++) {
    const started = performance.now()
    once()
    samples.push(performance.now() - started)
  }
  const { mean, p95 } = stats(samples)
  const target = large ? undefined : 50
  log(
    `parse + validate, ${lines} lines (${(text.length / 1024).toFixed(0)} KiB), ${iterations} runs: mean ${mean.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms${target ? ` (target ≤ ${target} ms: ${mean <= target ? 'met' : 'MISSED'})` : ''}`,
  )
}
