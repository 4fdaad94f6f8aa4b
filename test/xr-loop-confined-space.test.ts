// The confined-space scenario on the desktop loop page (examples/desktop-loop, built by Vite),
// played in headless Chromium at ?speed=8 by the keyboard alone (Tab / Shift+Tab to the
// accessible mirror's buttons, Enter; G grips, T triggers, O lowers the hand) along the
// expert's path for the case without faults (seed 1): read the permit, bump-test the meter,
// ventilate and lock out the pump, lower the meter through the manhole to the top, middle and
// bottom and hold it at each level until oxygen, flammables and toxics have answered, have the
// permit signed, harness and retrieval line on, climb down into the vault (the mirror's zone
// button), repack the valve, climb out to the attendant post, check the area monitor, clear Jordan
// to enter, summon rescue when he collapses and winch him out. The desktop rig has one hand, so
// what it holds is set down before it takes the next thing. A second test plays a case with the
// risingH2S fault as the headless expert decides it: the meter carried into the vault and read every
// 3 s, out at once when it alarms, the area monitor read again until in range. Waits on the core's
// events (read through the page's read-only `window.practicum`), never on time.
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { SimEvent } from '@practicum/sim'
import { runExpert } from '../scenarios/confined-space/bots/expert.ts'
import { loadConfinedSpace, startAttempt } from './scenarios/support/confined-space.ts'
import {
  coreWaits,
  emulatedRig,
  enterEmulatedVR,
  focusButton as focus,
  keyboardHand,
  openLoopPage,
  press as pressButton,
  useLoopPage,
  type PageWindow,
  type Vec,
} from './support/index.ts'

const loop = useLoopPage()

/** A seed whose case record has the `risingH2S` fault and not `failedBump` (README: Random cases). */
const risingH2SSeed = 5

/** The fixed steps of one simulated second (the scenario's 90 Hz). */
const second = 90

// Going back, Shift is held down over Tab presses (as a keyboard user does; half the key events of
// Shift+Tab each time, and the page renders between them).
const focusButton = (page: Page, name: string) => focus(page, name, { holdShift: true })
const press = (page: Page, name: string) => pressButton(page, name, { holdShift: true })

/**
 * The keyboard learner on `page`: the core's waits, the one hand (G, T) and the parts of the expert's
 * path every case plays the same way.
 */
function keyboardLearner(page: Page) {
  const waits = coreWaits(page)
  const { seen, count, stepIndex, untilStep, steps } = waits
  const completed = (step: string) => seen('step-completed', { id: step })
  const hand = keyboardHand(page, steps, { holdShift: true })
  const { reach, grip, trigger } = hand
  /** Holds T on what the hand is on until the core says `step` is done. */
  const triggerUntil = async (step: string) => {
    await page.keyboard.down('KeyT')
    await completed(step)
    await page.keyboard.up('KeyT')
    await steps(2)
  }
  /** Holds the meter at a level until oxygen, flammables and toxics have answered there, then reads it. */
  const sample = async (level: string) => {
    await completed(`test${level}O2`)
    await completed(`test${level}Flammable`)
    await completed(`test${level}Toxic`)
    await trigger()
  }

  /** The entrant up to the signed permit; the meter is left on the ground before the learner. */
  const prepareEntry = async () => {
    await seen('step-started', { id: 'reviewPermit' })
    // 1910.146(e)-(f): read the permit. Bump test: the test gas on, the meter onto its cap; every
    // sensor alarms. The meter read and let go on the cap, the gas closed.
    await reach('Entry permit board')
    await trigger()
    await completed('reviewPermit')
    await reach('Bump-test cap and valve')
    await trigger()
    await reach('Four-gas meter')
    await grip()
    await reach('Bump-test cap and valve')
    await completed('bumpTest')
    await trigger()
    await grip()
    await trigger()
    // The blower first, so the vault is purged while the pump is isolated: the disconnect opened,
    // your lock on its hasp (the two steps go in either order).
    await reach('Blower switch')
    await trigger()
    await completed('ventilate')
    const ventilated = await stepIndex()
    await reach('Your lock and tag')
    await grip()
    await reach('Pump disconnect')
    await trigger()
    await reach('Pump disconnect lockout hasp')
    await steps(second)
    await grip()
    await completed('lockOutPump')
    // From outside, after 30 s of purge, the meter lowered through the manhole and held at each
    // level until its toxic sensors have answered (oxygen and flammables first), then read.
    await reach('Four-gas meter')
    await grip()
    await focusButton(page, 'Reach for Tripod with retrieval winch')
    await untilStep(ventilated + 30 * second)
    await page.keyboard.press('Enter')
    await steps(second)
    // Just inside the manhole: O (hand down) held until the core has the meter at the top level
    // (let go at once: 80 cm further down it would also be at the middle, tested out of order).
    const from = await count()
    await page.keyboard.down('KeyO')
    await seen('state-changed', { id: 'topSince' }, from)
    await page.keyboard.up('KeyO')
    await sample('Top')
    // Half-way down by the fixed ladder, then low by the valve, where H2S collects.
    await reach('Fixed ladder')
    await sample('Middle')
    await reach('Isolation valve')
    await sample('Bottom')
    // Out of the manhole, set down on the ground before the learner.
    await reach('Tripod with retrieval winch')
    await reach('Ground 2')
    await steps(second)
    await grip()
    // 1910.146(k)(3): harness on, the retrieval line's hook clipped to its back D-ring (the hand
    // on the worn harness). 1910.146(e)(3): Alex signs.
    await reach('Full-body harness')
    await grip()
    await press(page, 'Bring hand to your body')
    await steps(second)
    await grip()
    await completed('wearHarness')
    await reach('Retrieval line snap hook')
    await grip()
    await reach('Full-body harness')
    await steps(second)
    await grip()
    await completed('attachRetrieval')
    await reach('Alex, entry supervisor')
    await triggerUntil('authorizeEntry')
  }

  /** The attendant, the area monitor read and let go: Jordan cleared to enter, rescued from the post. */
  const attendJordan = async () => {
    // 1910.146(i): when he collapses, rescue summoned on the radio and the winch cranked, never
    // going in.
    await reach('Jordan, co-worker')
    await triggerUntil('clearEntry')
    await focusButton(page, 'Reach for Radio to the rescue service')
    await seen('person-state', { id: 'jordan', state: 'collapsed' })
    await page.keyboard.press('Enter')
    await steps(2)
    await triggerUntil('summonRescue')
    await reach('Retrieval winch')
    // Retrieval is the last step: the attempt ends and the core takes no more steps.
    await page.keyboard.down('KeyT')
    await seen('attempt-ended')
    await page.keyboard.up('KeyT')
  }

  return { ...waits, ...hand, completed, triggerUntil, prepareEntry, attendJordan }
}

/** The alarms of each reading of `instrument` the learner took, by reading id. */
function alarmsOf(events: readonly SimEvent[], instrument: string): string[][] {
  return events.flatMap((event) =>
    event.type === 'instrument-read' && event.instrument === instrument
      ? [event.readings.filter((reading) => reading.alarm).map((reading) => reading.id)]
      : [],
  )
}

it('plays confined space (no fault) to passed with full marks by keyboard alone', async () => {
  const started = Date.now()
  const { page, guard, errors } = await openLoopPage(
    loop,
    '/?scenario=confined-space&speed=8&seed=1&mode=assessment',
  )
  const {
    completed,
    reach,
    grip,
    trigger,
    steps,
    prepareEntry,
    attendJordan,
    events: read,
  } = keyboardLearner(page)
  await prepareEntry()
  // Down the ladder; the climb stands the learner in the middle of the vault, a metre from the
  // valve: a step forward and a step left towards it, the valve repacked (20 s), up and out to
  // the attendant post.
  await press(page, 'Walk into Inside the vault (permit space)')
  await completed('enter')
  await press(page, 'Step forward')
  await steps(second)
  await press(page, 'Step left')
  await steps(second)
  await focusButton(page, 'Walk into Attendant post')
  await completed('work')
  await page.keyboard.press('Enter')
  await completed('exit')
  await completed('takePost')
  // 1910.146(i): the area monitor read in range.
  await reach('Area monitor (sampling hose to the bottom)')
  await grip()
  await trigger()
  await completed('checkMonitor')
  await grip()
  await attendJordan()
  const played = (Date.now() - started) / 1000

  const events = await read()
  expect(events.filter((event) => event.type === 'step-completed' && !event.inOrder)).toEqual([])
  expect(events.find((event) => event.type === 'attempt-ended')).toMatchObject({
    outcome: 'passed',
    score: 1,
    criticalErrors: [],
    reason: 'procedure-complete',
  })
  // Every atmospheric test in the order 1910.146 Appendix B asks: oxygen, flammables, toxics.
  const tests = events.flatMap((event) =>
    event.type === 'step-completed' && event.id.startsWith('test') ? [event.id] : [],
  )
  expect(tests).toEqual(
    ['Top', 'Middle', 'Bottom'].flatMap((level) =>
      ['O2', 'Flammable', 'Toxic'].map((gas) => `test${level}${gas}`),
    ),
  )
  // The meter read on the test gas (every sensor alarms), then at each level once ventilated (none).
  expect(alarmsOf(events, 'gasMeter')).toEqual([
    ['meterO2', 'meterFlammable', 'meterH2S', 'meterCO'],
    [],
    [],
    [],
  ])
  expect(events).toContainEqual(expect.objectContaining({ type: 'worn', item: 'harness' }))
  expect(events).toContainEqual(expect.objectContaining({ type: 'worn', item: 'winchHook' }))
  await page.screenshot({ path: path.join(tmpdir(), 'practicum-loop-confined-space.png') })
  expect(errors).toEqual([])
  guard.assertLocalOnly()
  const end = events.find((event) => event.type === 'attempt-ended')
  console.log(`loop, confined space by keyboard: played in ${played.toFixed(1)} s (${end?.step} steps)`)
  expect(played).toBeLessThanOrEqual(90)
  await page.close()
}, 180_000)

it('on a rising-H2S case, carries the meter in, leaves the vault when it alarms and attends to passed, by keyboard alone', async () => {
  const started = Date.now()
  // The headless expert on the same case: what it finds on the instruments and how it ends.
  const bundle = await loadConfinedSpace()
  const headless = startAttempt(bundle, risingH2SSeed)
  const expertFound = [...runExpert(headless, bundle.segments, bundle.expertPlan)]
  const expertEnd = headless.events().find((event) => event.type === 'attempt-ended')
  headless.dispose()
  expect(expertFound).toEqual(['risingH2S'])
  expect(expertEnd).toMatchObject({ outcome: 'passed', criticalErrors: [] })
  if (expertEnd?.type !== 'attempt-ended') throw new Error('the headless expert did not end')

  const { page, guard, errors } = await openLoopPage(
    loop,
    `/?scenario=confined-space&speed=8&seed=${risingH2SSeed}&mode=assessment`,
  )
  const learner = keyboardLearner(page)
  const { completed, reach, grip, trigger, steps, count, found, seen } = learner
  await seen('attempt-started')
  await learner.prepareEntry()
  // Continuous monitoring (1910.146(d)(5)(i)): the meter taken from the ground, held before the
  // body and carried down the ladder (the climb takes the hand and what it holds along).
  await reach('Four-gas meter')
  await grip()
  await seen('grabbed', { object: 'meter' })
  await press(page, 'Bring hand to your body')
  await steps(second)
  await press(page, 'Walk into Inside the vault (permit space)')
  await completed('enter')
  // Ready on the way out at once; the meter looked at every 3 s, as the expert does at the valve
  // (bots/segments.yaml workCheck), until it alarms for H2S: then out at once (1910.146(h)(4)),
  // straight up to the attendant post (evacuate and takePost complete at one core step, in order).
  await focusButton(page, 'Walk into Attendant post')
  let alarmed = false
  for (let check = 0; check < 7 && !alarmed; check++) {
    if (check > 0) await steps(3 * second)
    const from = await count()
    await trigger()
    const reading = await found('instrument-read', { instrument: 'gasMeter' }, from)
    alarmed =
      reading.type === 'instrument-read' && reading.readings.some((gas) => gas.id === 'meterH2S' && gas.alarm)
  }
  expect(alarmed).toBe(true)
  await page.keyboard.press('Enter')
  await completed('evacuate')
  await completed('takePost')
  // The attendant: the meter set down on the ground; the area monitor still alarms after the
  // release, so the blower is given 30 s to clear it (the expert's waitForClear), then read again.
  await reach('Ground 2')
  await steps(second)
  await grip()
  await reach('Area monitor (sampling hose to the bottom)')
  await grip()
  await trigger()
  await steps(30 * second)
  await trigger()
  await completed('checkMonitor')
  await grip()
  await learner.attendJordan()
  const played = (Date.now() - started) / 1000

  const events = await learner.events()
  const begun = events.find((event) => event.type === 'attempt-started')
  expect(begun?.type === 'attempt-started' && begun.caseRecord.faults).toEqual(['risingH2S'])
  expect(events.filter((event) => event.type === 'critical-error')).toEqual([])
  expect(events.filter((event) => event.type === 'step-completed' && !event.inOrder)).toEqual([])
  const end = events.find((event) => event.type === 'attempt-ended')
  expect(end).toMatchObject({
    outcome: 'passed',
    score: expertEnd.score,
    criticalErrors: [],
    reason: 'procedure-complete',
  })
  // The entry ended by the evacuation, not by finishing the work.
  const done = events.flatMap((event) => (event.type === 'step-completed' ? [event.id] : []))
  expect(done).toContain('evacuate')
  expect(done).not.toContain('work')
  expect(done).not.toContain('exit')
  // The H2S alarm was read on the meter inside the vault: after the entry, before the evacuation.
  const stepOf = (id: string) =>
    events.find((event) => event.type === 'step-completed' && event.id === id)?.step ?? -1
  const inside = events.filter(
    (event) =>
      event.type === 'instrument-read' &&
      event.instrument === 'gasMeter' &&
      event.step > stepOf('enter') &&
      event.step < stepOf('evacuate'),
  )
  expect(alarmsOf(inside, 'gasMeter').at(-1)).toContain('meterH2S')
  // The area monitor at the post: H2S from the release first, then in range.
  expect(alarmsOf(events, 'areaMonitorInstrument')).toEqual([['areaH2S'], []])
  await page.screenshot({ path: path.join(tmpdir(), 'practicum-loop-confined-space-h2s.png') })
  expect(errors).toEqual([])
  guard.assertLocalOnly()
  console.log(
    `loop, confined space (rising H2S, seed ${risingH2SSeed}) by keyboard: ${played.toFixed(1)} s with the headless expert (${end?.step} steps, ${end?.type === 'attempt-ended' ? `${end.points}/${end.maxPoints}` : '?'} points)`,
  )
  expect(played).toBeLessThanOrEqual(60)
  await page.close()
}, 180_000)

/** Where the learner starts (scenario learner.start): the tracking space's origin in the world. */
const origin: Vec = [-1, 0, 4.5]

it('in emulated VR, bump-tests the meter and finds methane at the top of the vault and H2S at the bottom', async () => {
  const started = Date.now()
  const { page, guard, errors } = await openLoopPage(
    loop,
    '/?scenario=confined-space&xr=emulate&speed=8&seed=1',
  )
  await enterEmulatedVR(page)
  const { count, found, seen, steps, events: readEvents } = coreWaits(page)
  const { gripAt, button, headAt } = emulatedRig(page, { origin })
  /** Walks the headset (room scale) to stand at `world` (x, z), eyes 1.6 m up, looking ahead (−Z). */
  const standAt = (x: number, z: number) => headAt([x, 1.6, z])
  /** Pulls the right trigger (the meter's display read) and returns the reading. */
  const readMeter = async () => {
    const from = await count()
    await button('right', 'trigger', 1)
    const read = await found('instrument-read', { instrument: 'gasMeter' }, from)
    await button('right', 'trigger', 0)
    await steps(3)
    if (read.type !== 'instrument-read') throw new Error('not a reading')
    return Object.fromEntries(read.readings.map((reading) => [reading.id, reading.alarm]))
  }

  // At the equipment table: the meter in the right hand, the test gas opened by the left hand on
  // its cap, the meter held just above the cap: every sensor alarms.
  await standAt(-2.5, 3.9)
  await gripAt('right', [-2.8, 0.975, 3])
  await steps(3)
  await button('right', 'squeeze', 1)
  await seen('grabbed', { object: 'meter', hand: 'right' })
  await gripAt('left', [-2.3, 1.225, 2.9])
  await steps(3)
  await button('left', 'trigger', 1)
  await seen('toggled', { interactable: 'bumpGas', value: true })
  await button('left', 'trigger', 0)
  await gripAt('right', [-2.3, 1.35, 2.9])
  await seen('step-completed', { id: 'bumpTest' })
  expect(await readMeter()).toEqual({ meterO2: true, meterFlammable: true, meterH2S: true, meterCO: true })
  await button('left', 'trigger', 1)
  await seen('toggled', { interactable: 'bumpGas', value: false })
  await button('left', 'trigger', 0)

  // Walk round the table to the manhole's edge; the meter over the opening, then lowered into the
  // unventilated vault: methane (lighter than air) alarms at the top, H2S (heavier) at the bottom.
  await standAt(-0.9, 3.9)
  await steps(3)
  await standAt(-0.9, 0.8)
  await gripAt('right', [0, 1, 0])
  await steps(second / 2)
  let from = await count()
  await gripAt('right', [0, -0.5, 0])
  await seen('state-changed', { id: 'topSince' }, from)
  expect(await readMeter()).toMatchObject({ meterFlammable: true, meterH2S: false })
  from = await count()
  await gripAt('right', [0, -2.05, 0])
  await seen('state-changed', { id: 'bottomSince' }, from)
  expect(await readMeter()).toMatchObject({ meterFlammable: false, meterH2S: true })

  const events = await readEvents()
  // Tested from outside: the learner never went in, and nothing ended the attempt.
  expect(events.filter((event) => event.type === 'critical-error' || event.type === 'attempt-ended')).toEqual(
    [],
  )
  // The head turned to the manhole and bent over it, for the picture.
  await page.evaluate(() => {
    const [yaw, pitch] = [-0.84, -0.9]
    const [cy, sy, cp, sp] = [Math.cos(yaw / 2), Math.sin(yaw / 2), Math.cos(pitch / 2), Math.sin(pitch / 2)]
    ;(window as PageWindow).practicum!.xr!.device!.quaternion.set(cy * sp, sy * cp, -sy * sp, cy * cp)
  })
  await steps(3)
  await page.screenshot({ path: path.join(tmpdir(), 'practicum-vr-confined-space.png') })
  expect(errors).toEqual([])
  guard.assertLocalOnly()
  const took = (Date.now() - started) / 1000
  console.log(`VR (emulated Quest 3), bump test and the vault's layers: ${took.toFixed(1)} s`)
  expect(took).toBeLessThanOrEqual(30)
}, 120_000)
