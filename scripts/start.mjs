// `npm start`: the main job. Today: make the machine ready, build, and run `practicum doctor`.
import path from 'node:path'
import { bootstrap } from './bootstrap.mjs'
import { pnpmCommand } from './lib/pnpm.mjs'
import { run } from './lib/run.mjs'

const root = path.resolve(import.meta.dirname, '..')
const cli = path.join(root, 'packages/cli/dist/bin.js')

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
  return run(process.execPath, [cli, 'doctor'], { cwd: root })
}

try {
  process.exitCode = await start()
} catch (error) {
  console.error(`\n✘ ${error.message}`)
  process.exitCode = 1
}
