// The chemical spill scenario on the desktop loop page (examples/desktop-loop, built by Vite): in
// emulated VR (IWER's Quest 3, input only through its device API) the learner reads the SDS and
// puts the goggles on at the eyes; then the whole expert path is played in headless Chromium at
// ?speed=8 by the keyboard alone (Tab / Shift+Tab to the
// accessible mirror's buttons, Enter; G grips, T triggers) along the expert's path for a
// hydrochloric acid case: read the SDS, alert, isolate, decide, PPE, stop the leak, booms,
// neutralise, absorb, scoop into the pail, label, wash, report; and, on an emergency case (the drum
// pierced), the other way: read the SDS and the drum, alert, isolate, raise the emergency and walk
// to the assembly point. Waits on the core's events (read through the page's read-only
// `window.practicum`), never on time.
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import {
  coreWaits,
  emulatedRig,
  enterEmulatedVR,
  keyboardHand,
  openLoopPage,
  press,
  useLoopPage,
  type Vec,
} from './support/index.ts'

const loop = useLoopPage()

/** The moves of a learner on the loop page by keyboard alone, and waits on the core's events. */
function keyboardPlayer(page: Page) {
  const { seen, steps, events } = coreWaits(page)
  const { reach, grip, trigger } = keyboardHand(page, steps)
  /** Take a thing, carry it to a place (the core moves it by velocity: a second of steps), let go. */
  const carry = async (thing: string, place: string | (() => Promise<void>)) => {
    await reach(thing)
    await grip()
    if (typeof place === 'string') await reach(place)
    else await place()
    await steps(90)
    await grip()
  }
  /** Take a tool, use it over a place with the trigger; keep holding it. */
  const useOn = async (tool: string, place: string) => {
    await reach(tool)
    await grip()
    await reach(place)
    await steps(60)
    await trigger()
  }
  return { seen, steps, events, reach, grip, trigger, carry, useOn }
}

it('plays chemical spill (hydrochloric acid) to passed with full marks by keyboard alone', async () => {
  const started = Date.now()
  const { page, guard, errors } = await openLoopPage(
    loop,
    '/?scenario=chemical-spill&speed=8&seed=1&mode=assessment',
  )
  const player = keyboardPlayer(page)
  const { seen, steps, reach, grip, trigger, carry, useOn } = player
  await seen('step-started', 'identify')

  await reach("Safety data sheet of the jerrican's product")
  await grip()
  await trigger()
  await seen('step-completed', 'identify')
  await grip()
  await reach('Lee, store-room clerk')
  await trigger()
  await seen('step-completed', 'alert')
  await carry('Sign: chemical spill, keep out', 'Sign hook')
  await seen('step-completed', 'isolate')
  await reach('Wall phone')
  await trigger()
  await seen('step-completed', 'decide')
  await carry('Chemical splash goggles', () => press(page, 'Bring hand to your face'))
  await carry('Chemical-resistant apron', () => press(page, 'Bring hand to your body'))
  await carry('Nitrile gloves', () => press(page, 'Bring hand to your body'))
  await seen('step-completed', 'wearPpe')
  await reach('Leaking 5 L jerrican (read its label)')
  await trigger()
  await seen('step-completed', 'stopSource')
  await carry('Absorbent boom 1', 'Edge of the spill (place a boom) 1')
  await carry('Absorbent boom 2', 'Edge of the spill (place a boom) 2')
  await seen('step-completed', 'contain')
  await useOn('Acid neutraliser (sodium bicarbonate)', 'Spilled liquid')
  await grip()
  await useOn('Inert absorbent (vermiculite)', 'Spilled liquid')
  await seen('step-completed', 'absorb')
  await grip()
  await useOn('Non-sparking scoop', 'Spilled liquid')
  await reach('Waste pail')
  await steps(90)
  await trigger()
  await seen('step-completed', 'collectWaste')
  await grip()
  await carry('Hazardous waste label', 'Label place on the pail')
  await seen('step-completed', 'labelWaste')
  await useOn('Detergent and water', 'Spilled liquid')
  await seen('step-completed', 'decontaminate')
  await grip()
  // Reporting ends the attempt: the core takes no more steps, so wait for the end, not for steps.
  await reach('Wall phone')
  await page.keyboard.down('KeyT')
  await seen('attempt-ended')
  await page.keyboard.up('KeyT')
  const played = (Date.now() - started) / 1000

  const events = await player.events()
  expect(events.find((event) => event.type === 'attempt-ended')).toMatchObject({
    outcome: 'passed',
    score: 1,
    criticalErrors: [],
    reason: 'procedure-complete',
  })
  expect(events).toContainEqual(expect.objectContaining({ type: 'worn', item: 'goggles', slot: 'eyes' }))
  // Every reach found what it reached for: nothing carried knocked the kit out of the hand's reach.
  expect(events.filter((event) => event.type === 'action-rejected')).toEqual([])
  await page.screenshot({ path: path.join(tmpdir(), 'practicum-loop-chemical-spill.png') })
  expect(errors).toEqual([])
  guard.assertLocalOnly()
  const end = events.find((event) => event.type === 'attempt-ended')
  console.log(`loop, chemical spill by keyboard: played in ${played.toFixed(1)} s (${end?.step} steps)`)
  expect(played).toBeLessThanOrEqual(90)
}, 180_000)

it('on an emergency case (seed 20: the drum pierced, about 200 L), raises the emergency and leaves by keyboard alone', async () => {
  const started = Date.now()
  const { page, guard, errors } = await openLoopPage(
    loop,
    '/?scenario=chemical-spill&speed=8&seed=20&mode=assessment',
  )
  const player = keyboardPlayer(page)
  const { seen, reach, grip, trigger, carry } = player
  await seen('step-started', 'identify')

  await reach("Safety data sheet of the jerrican's product")
  await grip()
  await trigger()
  await seen('step-completed', 'identify')
  await grip()
  // How much has run out: the drum's label and level.
  await reach('200 L drum of the same product (read its label and level)')
  await grip()
  await trigger()
  await seen('instrument-read')
  await grip()
  await reach('Lee, store-room clerk')
  await trigger()
  await seen('step-completed', 'alert')
  await carry('Sign: chemical spill, keep out', 'Sign hook')
  await seen('step-completed', 'isolate')
  await reach('Spill emergency call point (response team)')
  await trigger()
  await seen('step-completed', 'raiseEmergency')
  await page.screenshot({ path: path.join(tmpdir(), 'practicum-loop-chemical-spill-emergency.png') })
  await press(page, 'Walk into Assembly point')
  await seen('attempt-ended')
  const played = (Date.now() - started) / 1000

  const events = await player.events()
  const drum = events.find((event) => event.type === 'instrument-read' && event.instrument === 'drumLabel')
  expect(drum).toMatchObject({
    readings: [
      { id: 'drumLevel', value: 0 },
      { id: 'releasedVolume', value: 0.2 },
    ],
  })
  expect(events.find((event) => event.type === 'attempt-ended')).toMatchObject({
    outcome: 'passed',
    score: 1,
    maxPoints: 5,
    criticalErrors: [],
    reason: 'procedure-complete',
  })
  expect(events.filter((event) => event.type === 'action-rejected')).toEqual([])
  expect(errors).toEqual([])
  guard.assertLocalOnly()
  const end = events.find((event) => event.type === 'attempt-ended')
  console.log(
    `loop, chemical spill emergency by keyboard: played in ${played.toFixed(1)} s (${end?.step} steps)`,
  )
  expect(played).toBeLessThanOrEqual(90)
}, 180_000)

/** Where the learner starts (scenario learner.start): the tracking space's origin in the world. */
const origin: Vec = [0, 0, 4]

it('in emulated VR, reads the SDS and puts the goggles on at the eyes with the right controller', async () => {
  const started = Date.now()
  const { page, guard, errors } = await openLoopPage(
    loop,
    '/?scenario=chemical-spill&xr=emulate&speed=8&seed=1',
  )
  await enterEmulatedVR(page)
  const { seen, steps } = coreWaits(page)
  const rig = emulatedRig(page, { origin })
  const gripAt = (world: Vec) => rig.gripAt('right', world)
  const button = (id: string, value: number) => rig.button('right', id, value)
  // The headset stands at the start, 1.6 m up, looking ahead (−Z).
  await rig.headAt([origin[0], 1.6, origin[2]])

  // The SDS at the SDS station: squeeze to take it, trigger to read it.
  await gripAt([2.58, 1.2, 1.2])
  await steps(3)
  await button('squeeze', 1)
  await seen('grabbed', { object: 'sdsBinder', hand: 'right' })
  await button('trigger', 1)
  await seen('instrument-read', { instrument: 'sds' })
  await seen('step-completed', { id: 'identify' })
  await button('trigger', 0)
  await button('squeeze', 0)
  await seen('released', { object: 'sdsBinder' })

  // The goggles from the spill kit cart, brought before the eyes and let go: worn.
  await gripAt([-3, 0.94, 2.15])
  await steps(3)
  await button('squeeze', 1)
  await seen('grabbed', { object: 'goggles', hand: 'right' })
  await gripAt([0, 1.55, origin[2] - 0.15])
  await steps(90)
  await button('squeeze', 0)
  await seen('worn', { item: 'goggles', slot: 'eyes' })
  await page.screenshot({ path: path.join(tmpdir(), 'practicum-vr-chemical-spill.png') })
  expect(errors).toEqual([])
  guard.assertLocalOnly()
  console.log(
    `VR (emulated Quest 3), SDS read and goggles on: ${((Date.now() - started) / 1000).toFixed(1)} s`,
  )
}, 120_000)
