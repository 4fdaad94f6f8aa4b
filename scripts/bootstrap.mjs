// Makes this machine ready for Practicum: Node check, Debian packages, then the workspace install.
// Both README commands (`npm start`, `npm test`) begin here; `npm run setup` runs it alone.
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { nativeBuildEnv, pnpmCommand } from './lib/pnpm.mjs'
import { ensureSystemPackages } from './lib/system-packages.mjs'

const root = path.resolve(import.meta.dirname, '..')

function checkNode() {
  const [major, minor] = process.versions.node.split('.').map(Number)
  if (major < 20 || (major === 20 && minor < 19)) {
    throw new Error(
      `Practicum needs Node.js 20.19 or newer; this is ${process.version}. Install it from https://nodejs.org/en/download`,
    )
  }
}

function installWorkspace(log) {
  const [command, ...args] = pnpmCommand()
  log(`• installing the workspace: ${[command, ...args].join(' ')} install --frozen-lockfile`)
  const result = spawnSync(command, [...args, 'install', '--frozen-lockfile'], {
    cwd: root,
    stdio: 'inherit',
    env: nativeBuildEnv(),
  })
  if (result.status !== 0) {
    throw new Error(
      'pnpm install failed (see above). If pnpm-lock.yaml is out of date, run `npx -y pnpm@12.4.2 install` and commit it.',
    )
  }
}

export function bootstrap(log = console.log) {
  checkNode()
  ensureSystemPackages(log)
  installWorkspace(log)
}

if (process.argv[1] === import.meta.filename) {
  try {
    bootstrap()
  } catch (error) {
    console.error(`\n✘ ${error.message}`)
    process.exit(1)
  }
}
