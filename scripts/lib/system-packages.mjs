// The Debian packages Practicum needs, how to tell whether each is there, and how to install them.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'

function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0
}

function hasPostgresServer() {
  const root = '/usr/lib/postgresql'
  return existsSync(root) && readdirSync(root).some((version) => existsSync(`${root}/${version}/bin/initdb`))
}

/** What each need is for, and the Debian packages that satisfy it. */
export const systemNeeds = [
  {
    id: 'build-tools',
    for: 'compiling better-sqlite3',
    packages: ['python3', 'make', 'g++'],
    present: () => ['python3', 'make', 'g++'].every(onPath),
  },
  {
    id: 'chromium',
    for: 'browser tests and screenshots',
    packages: ['chromium'],
    present: () => existsSync(process.env.PRACTICUM_CHROMIUM ?? '/usr/bin/chromium'),
  },
  {
    id: 'postgresql',
    for: 'the PostgreSQL storage of the LRS and its tests',
    packages: ['postgresql'],
    present: hasPostgresServer,
  },
]

export function missingSystemNeeds() {
  return systemNeeds.filter((need) => !need.present())
}

export function installCommand(needs) {
  return `apt-get update && apt-get install -y --no-install-recommends ${needs.flatMap((need) => need.packages).join(' ')}`
}

/**
 * Installs what is missing when this is a Debian machine and we are root; otherwise throws an
 * error that names the exact command to run.
 */
export function ensureSystemPackages(log = console.log) {
  const missing = missingSystemNeeds()
  if (missing.length === 0) return
  const command = installCommand(missing)
  for (const need of missing) log(`• missing ${need.id} (${need.for})`)
  if (process.env.PRACTICUM_SKIP_SYSTEM_PACKAGES === '1') {
    log(`  PRACTICUM_SKIP_SYSTEM_PACKAGES=1: not installing. Install them with: ${command}`)
    return
  }
  const canInstall = process.getuid?.() === 0 && onPath('apt-get')
  if (!canInstall) {
    throw new Error(`Practicum needs Debian packages that are not installed. Run:\n  sudo sh -c '${command}'`)
  }
  log(`  installing with: ${command}  (a minute or two)`)
  const result = spawnSync('sh', ['-c', command], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
  if (result.status !== 0)
    throw new Error(
      `Installing Debian packages failed (exit ${result.status}). Run it yourself:\n  ${command}`,
    )
}
