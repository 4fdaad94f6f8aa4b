// node scripts/with-postgres.mjs [command…]
// Gives tests, benchmarks and conformance runs the same real PostgreSQL:
//   1. PRACTICUM_PG_URL if set;
//   2. else a throwaway cluster on a free port (initdb + pg_ctl from Debian's
//      /usr/lib/postgresql/N/bin, as the postgres user when run as root), removed afterwards;
//   3. else it fails and says how to install PostgreSQL.
// With a command, runs it with PRACTICUM_PG_URL set and stops the cluster when it ends.
// As a module: `const pg = await startPostgres(); …; await pg.stop()`.
import { spawn, spawnSync } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

const installHint =
  'PostgreSQL is needed: apt-get update && apt-get install -y postgresql (or set PRACTICUM_PG_URL)'

/** The bin folder of the newest Debian PostgreSQL, or undefined. */
export function postgresBinDir(root = '/usr/lib/postgresql') {
  if (!existsSync(root)) return undefined
  const versions = readdirSync(root)
    .filter((name) => existsSync(path.join(root, name, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a))
  return versions[0] === undefined ? undefined : path.join(root, versions[0], 'bin')
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

function run(binDir, tool, args, asPostgres) {
  const command = asPostgres ? 'runuser' : path.join(binDir, tool)
  const fullArgs = asPostgres ? ['-u', 'postgres', '--', path.join(binDir, tool), ...args] : args
  const result = spawnSync(command, fullArgs, { encoding: 'utf8' })
  if (result.status !== 0)
    throw new Error(`${tool} failed: ${result.stderr || result.stdout || result.error}`)
  return result.stdout
}

/**
 * A running PostgreSQL: `url` of the `postgres` database (tests create their own databases),
 * `stop()` shuts a throwaway cluster down and deletes it (no-op for PRACTICUM_PG_URL).
 */
export async function startPostgres() {
  if (process.env.PRACTICUM_PG_URL)
    return { url: process.env.PRACTICUM_PG_URL, throwaway: false, stop: async () => {} }
  const binDir = postgresBinDir()
  if (binDir === undefined) throw new Error(installHint)
  const asPostgres = process.getuid?.() === 0
  const dir = mkdtempSync(path.join(tmpdir(), 'practicum-pg-'))
  chmodSync(dir, 0o777)
  const data = path.join(dir, 'data')
  const port = await freePort()
  try {
    run(
      binDir,
      'initdb',
      ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-instructions'],
      asPostgres,
    )
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200`
    run(
      binDir,
      'pg_ctl',
      ['-D', data, '-o', options, '-l', path.join(dir, 'server.log'), '-w', 'start'],
      asPostgres,
    )
  } catch (error) {
    rmSync(dir, { recursive: true, force: true })
    throw error
  }
  // A watchdog outlives a killed parent (SIGKILL, a cancelled CI job) and stops the cluster
  // then, so no throwaway cluster is ever left running.
  const pgCtl = asPostgres
    ? `runuser -u postgres -- ${path.join(binDir, 'pg_ctl')}`
    : path.join(binDir, 'pg_ctl')
  const watchdog = spawn(
    process.execPath,
    [
      '-e',
      `const { execSync } = require('node:child_process'); const { rmSync } = require('node:fs');
       setInterval(() => { try { process.kill(${process.pid}, 0) } catch {
         try { execSync(${JSON.stringify(`${pgCtl} -D ${data} -m fast -w stop`)}, { stdio: 'ignore' }) } catch {}
         rmSync(${JSON.stringify(dir)}, { recursive: true, force: true }); process.exit(0) } }, 1000)`,
    ],
    { detached: true, stdio: 'ignore' },
  )
  watchdog.unref()
  let stopped = false
  const stop = async () => {
    if (stopped) return
    stopped = true
    try {
      watchdog.kill()
      run(binDir, 'pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop'], asPostgres)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, throwaway: true, stop }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const command = process.argv.slice(2)
  let postgres
  try {
    postgres = await startPostgres()
  } catch (error) {
    console.error(`with-postgres: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  }
  console.error(
    `with-postgres: PRACTICUM_PG_URL=${postgres.url}${postgres.throwaway ? ' (throwaway cluster)' : ''}`,
  )
  if (command.length === 0) {
    console.log(postgres.url)
    console.error('with-postgres: no command given; press Ctrl-C to stop the cluster')
    await new Promise((resolve) => process.once('SIGINT', resolve))
    await postgres.stop()
  } else {
    const child = spawn(command[0], command.slice(1), {
      stdio: 'inherit',
      env: { ...process.env, PRACTICUM_PG_URL: postgres.url },
    })
    for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
    const code = await new Promise((resolve) =>
      child.on('close', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0))),
    )
    await postgres.stop()
    process.exit(code)
  }
}
