// Runs ADL's LRS conformance test suite against `practicum lrs` and prints the counts and each
// failure. The suite is not part of this repository: fetch adlnet/lrs-conformance-test-suite,
// extract it outside the project, `npm install --no-audit --no-fund --ignore-scripts` there.
//
// node packages/lrs/conformance/run-conformance.mjs --suite /tmp/lrs-conformance \
//   --version 2.0.0|1.0.3 --storage sqlite|postgres
//
// Needs the built CLI (pnpm --filter @practicum/cli... build). PostgreSQL comes from
// scripts/with-postgres.mjs (PRACTICUM_PG_URL or a throwaway cluster).
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { parseArgs } from 'node:util'
import { startPostgres } from '../../../scripts/with-postgres.mjs'

const root = path.resolve(import.meta.dirname, '../../..')
const { values } = parseArgs({
  options: {
    suite: { type: 'string', default: '/tmp/lrs-conformance' },
    version: { type: 'string', default: '2.0.0' },
    storage: { type: 'string', default: 'sqlite' },
    grep: { type: 'string' },
  },
})

async function startCli(args) {
  const child = spawn(
    process.execPath,
    [path.join(root, 'packages/cli/dist/bin.js'), 'lrs', '--port', '0', ...args],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  )
  let key = ''
  let secret = ''
  for await (const line of createInterface({ input: child.stdout })) {
    if (line.trim().startsWith('key:')) key = line.split(':')[1].trim()
    if (line.trim().startsWith('secret:')) secret = line.split(':')[1].trim()
    if (line.startsWith('practicum lrs: listening on ')) return { child, url: line.slice(28), key, secret }
  }
  throw new Error('practicum lrs exited before listening')
}

function failures(log) {
  const found = []
  const walk = (node, trail) => {
    const title = node.title ?? ''
    if (node.status === 'failed' && !(node.tests ?? []).length)
      found.push({ test: [...trail, title].join(' > '), error: String(node.error ?? '') })
    for (const child of node.tests ?? []) walk(child, title ? [...trail, title] : trail)
  }
  if (log.log) walk(log.log, [])
  return found
}

const data = mkdtempSync(path.join(tmpdir(), 'practicum-conformance-'))
const postgres = values.storage === 'postgres' ? await startPostgres() : undefined
const lrs = await startCli(postgres ? ['--postgres', postgres.url] : ['--data', data])
try {
  const runner = spawn(
    process.execPath,
    [
      'bin/console_runner.js',
      '-e',
      lrs.url,
      '-a',
      '-u',
      lrs.key,
      '-p',
      lrs.secret,
      '-x',
      values.version,
      '-z',
      ...(values.grep ? ['-g', values.grep] : []),
    ],
    { cwd: values.suite, stdio: ['ignore', 'pipe', 'inherit'] },
  )
  let logFile
  for await (const line of createInterface({ input: runner.stdout })) {
    const match = /Full run log written to (\S+\.log)/.exec(line)
    if (match) logFile = match[1]
  }
  if (!logFile) throw new Error('the suite wrote no log')
  const log = JSON.parse(readFileSync(logFile, 'utf8'))
  const { total, passed, failed } = log.summary
  console.log(
    `xAPI ${values.version} on ${values.storage}: ${passed}/${total} passed, ${failed} failed (${((passed / total) * 100).toFixed(2)} %), ${new Date().toISOString()}`,
  )
  for (const failure of failures(log)) console.log(`- ${failure.test}\n    ${failure.error.split('\n')[0]}`)
  console.log(`log: ${logFile}`)
} finally {
  lrs.child.kill('SIGINT')
  await new Promise((resolve) => lrs.child.once('close', resolve))
  await postgres?.stop()
  rmSync(data, { recursive: true, force: true })
}
