// The keyboard-only path through the whole lockout/tagout scenario, in Node: every action goes
// through the desktop rig exactly as the accessible mirror's buttons send it (reach, grip, trigger,
// twist a quarter turn, walk to a zone, hand back to rest). The browser test does the same with keys.
import { afterEach, expect, it } from 'vitest'
import type { Sim, SimEvent } from '@practicum/sim'
import { createDesktopRig, type DesktopRig } from '@practicum/xr'
import { lockoutSim } from './support/lockout-sim.ts'

let sim: Sim | undefined

afterEach(() => {
  sim?.dispose()
  sim = undefined
})

it('completes lockout/tagout (seed 2, no fault) to passed through the rig alone', async () => {
  const core = (sim = await lockoutSim(2))
  const rig: DesktopRig = createDesktopRig(core)
  const frame = () => {
    rig.update(core.dt)
    core.step()
  }
  const seen = (match: (event: SimEvent) => boolean) => core.events().some(match)
  const until = (what: string, match: (event: SimEvent) => boolean, limit = 900) => {
    for (let i = 0; i < limit && !seen(match); i++) frame()
    expect(seen(match), what).toBe(true)
  }
  const settle = (steps = 2) => {
    for (let i = 0; i < steps; i++) frame()
  }
  const stepDone = (id: string) => (event: SimEvent) => event.type === 'step-completed' && event.id === id
  const use = (object: string) => {
    rig.reach(object)
    settle()
    rig.press('trigger', true)
    settle()
    rig.press('trigger', false)
    settle()
  }
  const grip = () => {
    rig.press('grip', true)
    settle()
  }
  const carryTo = (object: string) => {
    rig.reach(object)
    settle(90)
  }
  const twist = (radians: number) => {
    rig.twist(radians)
    while (rig.moving) frame()
    settle(10)
  }
  const walkTo = (x: number, z: number) => {
    rig.walkTo({ x, y: 0, z })
    while (rig.moving) frame()
    settle(10)
  }

  use('placard')
  until('prepare', stepDone('prepare'))
  use('operatorBody')
  until('notify', stepDone('notify'))
  use('stopButton')
  until('shutDown', stepDone('shutDown'))
  use('disconnectE1')
  until('openDisconnect', stepDone('openDisconnect'))
  rig.reach('lockA')
  settle()
  grip()
  carryTo('haspE1')
  grip()
  until('lockDisconnect', stepDone('lockDisconnect'))
  rig.reach('valveP1')
  settle()
  grip()
  twist(Math.PI / 2)
  until('closeAirValve', stepDone('closeAirValve'))
  grip()
  rig.reach('lockB')
  settle()
  grip()
  carryTo('haspP1')
  grip()
  until('lockAirValve', stepDone('lockAirValve'))
  use('dumpValveP2')
  until('bleedAir', stepDone('bleedAir'))
  use('startButton')
  until('tryStart', stepDone('tryStart'))
  rig.reach('meter')
  settle()
  grip()
  carryTo('terminalBox')
  rig.press('trigger', true)
  settle()
  rig.press('trigger', false)
  until('testVoltage', stepDone('testVoltage'))
  rig.rest()
  settle(30)
  grip()
  use('selector')
  until('controlsOff', stepDone('controlsOff'))
  const dieArea = core.scenario.zones.find((zone) => zone.id === 'dieArea')!.transform.position
  walkTo(dieArea[0], dieArea[2])
  until('work', stepDone('work'))
  walkTo(0, 4)
  until('leaveArea', stepDone('leaveArea'))
  for (const lock of ['lockA', 'lockB']) {
    rig.reach(lock)
    settle()
    grip()
    rig.rest()
    settle(60)
    grip()
    settle(30)
  }
  use('operatorBody')
  until(
    'removeLocks and notifyRestart',
    (event) => seen(stepDone('removeLocks')) && stepDone('notifyRestart')(event),
  )
  use('dumpValveP2')
  rig.reach('valveP1')
  settle()
  grip()
  twist(-Math.PI / 2)
  grip()
  use('disconnectE1')
  until('attempt-ended', (event) => event.type === 'attempt-ended')
  const ended = core.events().find((event) => event.type === 'attempt-ended')
  expect(ended).toMatchObject({ outcome: 'passed', criticalErrors: [] })
})
