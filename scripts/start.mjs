// `npm start`: the main job. It makes the machine ready, builds, checks it (`practicum doctor`),
// then runs the embedded LRS (`practicum lrs`) until Ctrl-C. Once the LRS listens, the desktop loop
// page (built with the packages) is served on 127.0.0.1 with a credential of its own, and its
// address, already carrying its LRS launch, is printed; then a headless expert attempt
// (`practicum attempt`) sends its evidence there, and the query to see it is printed.
// Options after `--` go to the LRS, except --page-port (the page's port; default: a free one):
//   npm start -- --port 8400 --data /srv/practicum/lrs --page-port 8401
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { bootstrap } from './bootstrap.mjs'
import { pnpmCommand } from './lib/pnpm.mjs'
import { run } from './lib/run.mjs'
import { serveStatic } from './lib/serve-static.mjs'

const root = path.resolve(import.meta.dirname, '..')
const cli = path.join(root, 'packages/cli/dist/bin.js')
const { lrsArgs, pagePort } = splitArgs(process.argv.slice(2))
const pageDir = path.join(root, 'examples/desktop-loop/dist')
const pageLabel = 'npm start desktop loop page'
const attemptScenario = path.join(root, 'packages/sim/test/fixtures/press-lockout.yaml')
const attemptBot = path.join(root, 'packages/sim/test/fixtures/press-lockout.expert.bot.yaml')
const attemptLabel = 'npm start attempt'

/** Takes --page-port out of the arguments; the rest go to the LRS. */
function splitArgs(args) {
  const rest = []
  let port = 0
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]
    if (arg === '--page-port') port = Number(args[++i])
    else if (arg.startsWith('--page-port=')) port = Number(arg.slice('--page-port='.length))
    else rest.push(arg)
  }
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error('--page-port takes a port number (0 for a free one)')
  return { lrsArgs: rest, pagePort: port }
}

/** Runs the CLI to its end with its output captured; resolves to { code, output }. */
function capture(args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.once('exit', (code) => resolve({ code: code ?? 1, output }))
  })
}

/** The storage options of the LRS arguments (--data, --postgres), for `practicum lrs keys`. */
function storageArgs() {
  const { values } = parseArgs({
    args: lrsArgs,
    options: { data: { type: 'string' }, postgres: { type: 'string' }, port: { type: 'string' } },
    strict: false,
  })
  return [
    ...(typeof values.data === 'string' ? ['--data', values.data] : []),
    ...(typeof values.postgres === 'string' ? ['--postgres', values.postgres] : []),
  ]
}

/** A fresh credential labelled `label`; the previous one of `npm start` with that label is revoked first. */
async function freshCredential(label) {
  const listed = await capture(['lrs', 'keys', 'list', ...storageArgs()])
  for (const line of listed.output.split('\n')) {
    const [key, state] = line.trim().split(/\s+/)
    if (key && state === 'active' && line.includes(label))
      await capture(['lrs', 'keys', 'revoke', key, ...storageArgs()])
  }
  const added = await capture([
    'lrs',
    'keys',
    'add',
    '--scope',
    'statements/write',
    '--scope',
    'statements/read',
    '--label',
    label,
    ...storageArgs(),
  ])
  const key = /^key: +(\S+)$/m.exec(added.output)?.[1]
  const secret = /^secret: +(\S+)$/m.exec(added.output)?.[1]
  if (added.code !== 0 || !key || !secret) throw new Error(`could not create a credential:\n${added.output}`)
  return { key, secret }
}

/**
 * Serves the built desktop loop page and prints its address, which carries the LRS launch (endpoint
 * and a credential of its own): each load of it is a new attempt whose evidence streams to the LRS.
 */
async function servePage(endpoint) {
  if (!existsSync(path.join(pageDir, 'index.html')))
    throw new Error(
      `the desktop loop page is not built (${pageDir}); \`npm start\` builds it with the packages`,
    )
  const { key, secret } = await freshCredential(pageLabel)
  const page = await serveStatic(pageDir, pagePort)
  const launch = new URLSearchParams({ endpoint, key, secret })
  console.log('\n• the desktop loop page plays lockout/tagout and streams its evidence to this LRS:')
  console.log(`  page: ${page.url}?${launch}`)
  console.log(`  LRS:  ${endpoint}`)
  console.log(`  page credential: ${key} ${secret} (statements/write, statements/read)`)
  console.log(
    '  (another scenario: add &scenario=<folder under scenarios/>; keyboard only: Tab to the hidden list, Enter)',
  )
  return page
}

/** Sends a headless expert attempt's evidence to the LRS at `endpoint` and prints how to see it. */
async function sendExpertAttempt(endpoint) {
  console.log('\n• a headless expert attempt sends its evidence to the LRS')
  const { key, secret } = await freshCredential(attemptLabel)
  const attempt = await capture([
    'attempt',
    attemptScenario,
    '--bot',
    attemptBot,
    '--lrs',
    endpoint,
    `--key=${key}`,
    `--secret=${secret}`,
    '--queue',
    path.join(root, '.practicum', 'xapi-queue'),
    '--json',
  ])
  const line = attempt.output.split('\n').find((candidate) => candidate.startsWith('{'))
  if (!line) throw new Error(`the attempt did not run:\n${attempt.output}`)
  const result = JSON.parse(line)
  console.log(
    `practicum attempt: ${result.outcome}; ${result.sent} statements delivered (xAPI ${result.version}), ${result.failed} failed, ${result.queued} queued`,
  )
  console.log('practicum attempt: see them with:')
  console.log(`  curl -u ${key}:${secret} -H 'X-Experience-API-Version: ${result.version}' '${result.query}'`)
}

async function start() {
  console.log('Practicum: getting this machine ready…')
  bootstrap()
  console.log('• building the packages')
  const [pnpm, ...pnpmArgs] = pnpmCommand()
  const built = await run(
    pnpm,
    [...pnpmArgs, '--silent', '-r', '--workspace-concurrency=1', 'run', 'build'],
    { cwd: root },
  )
  if (built !== 0)
    throw new Error('the build failed (see above); `npm test` runs every check and says where.')
  const doctor = await run(process.execPath, [cli, 'doctor'], { cwd: root })
  if (doctor !== 0)
    throw new Error(
      'this machine is not ready (see above); run the commands the doctor names, then `npm start` again.',
    )
  console.log('\n• starting the embedded LRS (Ctrl-C stops it)')
  const lrs = spawn(process.execPath, [cli, 'lrs', ...lrsArgs], {
    cwd: root,
    stdio: ['inherit', 'pipe', 'inherit'],
  })
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => lrs.kill(signal))
  let pending = ''
  let attempted = false
  lrs.stdout.on('data', (chunk) => {
    process.stdout.write(chunk)
    pending += chunk
    const lines = pending.split('\n')
    pending = lines.pop() ?? ''
    const listening = lines.map((line) => /^practicum lrs: listening on (\S+)$/.exec(line)).find(Boolean)
    if (listening && !attempted) {
      attempted = true
      const endpoint = listening[1]
      servePage(endpoint)
        .then((page) => lrs.once('exit', () => void page.close()))
        .catch((error) => console.error(`✘ the desktop loop page is not served: ${error.message}`))
        .then(() => sendExpertAttempt(endpoint))
        .catch((error) => console.error(`✘ the expert attempt's evidence did not land: ${error.message}`))
    }
  })
  return new Promise((resolve) => lrs.once('exit', (code, signal) => resolve(code ?? (signal ? 0 : 1))))
}

try {
  process.exitCode = await start()
} catch (error) {
  console.error(`\n✘ ${error.message}`)
  process.exitCode = 1
}
