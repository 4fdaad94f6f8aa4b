// `npm start`: the main job. It makes the machine ready, builds, checks it (`practicum doctor`),
// then runs the embedded LRS (`practicum lrs`) until Ctrl-C. Options after `--` go to the LRS:
//   npm start -- --port 8400 --data /srv/practicum/lrs
import path from 'node:path'
import { bootstrap } from './bootstrap.mjs'
import { pnpmCommand } from './lib/pnpm.mjs'
import { run } from './lib/run.mjs'

const root = path.resolve(import.meta.dirname, '..')
const cli = path.join(root, 'packages/cli/dist/bin.js')
const lrsArgs = process.argv.slice(2)

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
  return run(process.execPath, [cli, 'lrs', ...lrsArgs], { cwd: root })
}

try {
  process.exitCode = await start()
} catch (error) {
  console.error(`\n✘ ${error.message}`)
  process.exitCode = 1
}
