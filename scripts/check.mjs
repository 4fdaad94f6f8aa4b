// `npm test`: every check, in order. Prints per-stage times, then exactly `N passed, N failed`.
//   node scripts/check.mjs [--stages install,format,lint,typecheck,build,test,bench]
// A failed stage, a test file that fails to load, an uncollected or unallowed skipped test and a
// Vitest error outside a test each count as one failure. Exit code is non-zero iff failed > 0.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { bootstrap } from './bootstrap.mjs'
import { pnpmCommand } from './lib/pnpm.mjs'
import { run } from './lib/run.mjs'
import { parseAllowedSkips, readReport, summariseVitest } from './lib/vitest-report.mjs'

const root = process.cwd()
const node = process.execPath
const bin = (relative) => path.join(root, 'node_modules', relative)

function trackedTestFiles() {
  const result = spawnSync('git', ['ls-files', '-z', '--', '*.test.ts', '*.test.tsx'], {
    cwd: root,
    encoding: 'utf8',
  })
  return result.status === 0 ? result.stdout.split('\0').filter(Boolean) : []
}

async function vitestStage() {
  const dir = mkdtempSync(path.join(tmpdir(), 'practicum-vitest-'))
  const reportFile = path.join(dir, 'report.json')
  try {
    const exitCode = await run(
      node,
      [
        bin('vitest/vitest.mjs'),
        'run',
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${reportFile}`,
      ],
      { cwd: root },
    )
    const allowedFile = path.join(root, 'test/allowed-skips.txt')
    const allowedSkips = parseAllowedSkips(existsSync(allowedFile) ? readFileSync(allowedFile, 'utf8') : '')
    return summariseVitest(readReport(reportFile), {
      root,
      trackedTests: trackedTestFiles(),
      allowedSkips,
      exitCode,
    })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

async function benchStage() {
  const result = spawnSync(node, [path.join(root, 'scripts/bench.mjs'), '--smoke'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  process.stdout.write(result.stdout ?? '')
  const match = /benchmarks: (\d+) ran, (\d+) failed/.exec(result.stdout ?? '')
  if (!match) return { passed: 0, failures: ['the benchmark runner crashed (see above)'] }
  const [ran, failed] = [Number(match[1]), Number(match[2])]
  const failures = Array.from({ length: failed }, (_, i) => `benchmark ${i + 1} of ${ran} failed (see above)`)
  return { passed: ran - failed, failures }
}

function commandStage(...commands) {
  return async () => {
    for (const [command, ...args] of commands) {
      const code = await run(command, args, { cwd: root })
      if (code !== 0)
        return {
          passed: 0,
          failures: [`${[path.basename(command), ...args.slice(0, 2)].join(' ')} exited with ${code}`],
        }
    }
    return { passed: 1, failures: [] }
  }
}

const [pnpm, ...pnpmArgs] = pnpmCommand()
const stages = {
  install: async () => {
    try {
      bootstrap()
      return { passed: 1, failures: [] }
    } catch (error) {
      return { passed: 0, failures: [error.message], fatal: true }
    }
  },
  format: commandStage([node, bin('prettier/bin/prettier.cjs'), '--check', '--log-level', 'warn', '.']),
  lint: commandStage(
    [node, bin('eslint/bin/eslint.js'), '--max-warnings', '0', '.'],
    [node, 'tools/check-package-deps.mjs'],
  ),
  typecheck: commandStage([node, bin('typescript-native/bin/tsc'), '-p', 'tsconfig.json', '--noEmit']),
  build: commandStage([pnpm, ...pnpmArgs, '-r', '--workspace-concurrency=1', 'run', 'build']),
  test: vitestStage,
  bench: benchStage,
}

function selectedStages() {
  const flag = process.argv.indexOf('--stages')
  if (flag === -1) return Object.keys(stages)
  const names = (process.argv[flag + 1] ?? '').split(',').filter(Boolean)
  const unknown = names.filter((name) => !(name in stages))
  if (unknown.length)
    throw new Error(`unknown stage(s) ${unknown.join(', ')}; stages are ${Object.keys(stages).join(', ')}`)
  return names
}

const timings = []
let passed = 0
const failures = []
for (const name of selectedStages()) {
  console.log(`\n━━ ${name} ━━`)
  const started = performance.now()
  let outcome
  try {
    outcome = await stages[name]()
  } catch (error) {
    outcome = { passed: 0, failures: [`${name}: ${error.stack ?? error}`] }
  }
  const seconds = (performance.now() - started) / 1000
  passed += outcome.passed
  failures.push(...outcome.failures.map((failure) => `[${name}] ${failure}`))
  timings.push({
    name,
    seconds,
    ok: outcome.failures.length === 0,
    detail: `${outcome.passed} passed, ${outcome.failures.length} failed`,
  })
  if (outcome.fatal) break
}

console.log('\n━━ summary ━━')
for (const { name, seconds, ok, detail } of timings) {
  console.log(`${ok ? '✔' : '✘'} ${name.padEnd(10)} ${seconds.toFixed(1).padStart(7)} s   ${detail}`)
}
if (failures.length) {
  console.log('\nFailures:')
  for (const failure of failures) console.log(`  ✘ ${failure}`)
}
console.log(`${passed} passed, ${failures.length} failed`)
process.exitCode = failures.length > 0 ? 1 : 0
