// Run in a second process (scripts/run-ts.mjs): replays a recording file and prints the result as JSON.
import RAPIER from '@dimforge/rapier3d-compat'
import { readFileSync } from 'node:fs'
import { replay, type Recording } from '@practicum/sim'
import { loadFixture } from './load-fixture.ts'

export async function main([fixture, recordingFile]: string[]): Promise<number> {
  await RAPIER.init()
  const recording = JSON.parse(readFileSync(recordingFile!, 'utf8')) as Recording
  const result = replay({ rapier: RAPIER, scenario: loadFixture(fixture!), recording })
  process.stdout.write(
    `${JSON.stringify({ status: result.status, checksum: 'checksum' in result ? result.checksum : undefined })}\n`,
  )
  return result.status === 'verified' ? 0 : 1
}
