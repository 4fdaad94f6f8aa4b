// Copies the controller layouts the page needs from the npm package @webxr-input-profiles/assets
// (MIT licence, copied along) into public/xr-profiles/, so @pmndrs/xr never fetches them from a CDN.
// Layouts only: the page draws its own hand markers, not the controllers' glTF models.
// Run after changing the profile list or the package's version: node scripts/vendor-xr-profiles.mjs
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

/** Meta Quest 3's controllers, tracked hands, and @pmndrs/xr's fallback profile. */
const profiles = ['meta-quest-touch-plus', 'generic-hand', 'generic-trigger']

const require = createRequire(import.meta.url)
const packageRoot = path.dirname(require.resolve('@webxr-input-profiles/assets/package.json'))
const source = path.join(packageRoot, 'dist/profiles')
const target = path.resolve(import.meta.dirname, '../public/xr-profiles')
const { version } = JSON.parse(readFileSync(path.join(packageRoot, 'package.json'), 'utf8'))

rmSync(target, { recursive: true, force: true })
const list = JSON.parse(readFileSync(path.join(source, 'profilesList.json'), 'utf8'))
const kept = Object.fromEntries(profiles.map((id) => [id, list[id]]))
mkdirSync(target, { recursive: true })
writeFileSync(path.join(target, 'profilesList.json'), `${JSON.stringify(kept, null, 2)}\n`)
for (const id of profiles) {
  mkdirSync(path.join(target, id))
  copyFileSync(path.join(source, id, 'profile.json'), path.join(target, id, 'profile.json'))
}
copyFileSync(path.join(packageRoot, 'LICENSE.md'), path.join(target, 'LICENSE.md'))
writeFileSync(
  path.join(target, 'README.md'),
  `Controller layouts from @webxr-input-profiles/assets ${version} (MIT, see LICENSE.md), copied by\n` +
    `scripts/vendor-xr-profiles.mjs: ${profiles.join(', ')}.\n`,
)
console.log(`vendored ${profiles.length} profiles of @webxr-input-profiles/assets ${version} into ${target}`)
