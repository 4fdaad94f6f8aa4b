// The work-at-height scenario on the desktop loop page (examples/desktop-loop, built by Vite),
// played in headless Chromium at ?speed=8 by the keyboard alone (Tab / Shift+Tab to the
// accessible mirror's buttons, Enter; G grips, T triggers, U raises the hand) along the expert's
// path for a case without a harness defect: inspect and put on the harness, snug the leg straps,
// clip the lifeline at the ladder foot, park the lanyard's hook on the harness (the core refuses the
// ladder with a hand full: three points of contact), climb, take the hook and tie off to the anchor
// strap, fix the bracket, untie and park the hook again, climb down. Waits on the core's events (read through the page's
// read-only `window.practicum`), never on time.
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, it } from 'vitest'
import {
  coreWaits,
  emulatedRig,
  enterEmulatedVR,
  keyboardHand,
  openLoopPage,
  press,
  useLoopPage,
  type PageWindow,
  type Quat,
  type Vec,
} from './support/index.ts'

const loop = useLoopPage()

it('plays work at height (no harness defect) to passed with full marks by keyboard alone', async () => {
  const started = Date.now()
  const { page, guard, errors } = await openLoopPage(
    loop,
    '/?scenario=work-at-height&speed=8&seed=2&mode=assessment',
  )
  const { seen, steps, events: read } = coreWaits(page)
  const { reach, grip, trigger } = keyboardHand(page, steps)
  /** Goes into a zone (a walk, or a climb to another level); a second of steps per 1.2 m walked. */
  const go = async (button: string, seconds: number) => {
    await press(page, button)
    await steps(Math.round(seconds * 90))
  }
  await seen('step-started', 'inspectHarness')

  // Look the harness over (held for the inspection time), read it, put it on, snug the leg straps.
  await reach('Full-body harness')
  await grip()
  await seen('step-completed', 'inspectHarness')
  await trigger()
  await press(page, 'Bring hand to your body')
  await steps(90)
  await grip()
  await seen('step-completed', 'donHarness')
  await reach('Full-body harness')
  await trigger()
  await seen('step-completed', 'snugLegStraps')
  await press(page, 'Bring hand back')
  // The lifeline's snap hook at the ladder foot onto the dorsal D-ring.
  await go('Walk into Foot of the ladder', 3.5)
  await reach('Lifeline snap hook')
  await grip()
  await press(page, 'Bring hand to your body')
  await steps(90)
  await grip()
  await seen('step-completed', 'clipLifeline')
  // The lanyard's hook from the table, parked on the harness at the ladder foot: both hands free.
  await go('Walk back to the start', 3.5)
  await reach('Shock-absorbing lanyard hook')
  await grip()
  await press(page, 'Bring hand back')
  await steps(90)
  await go('Walk into Foot of the ladder', 3.5)
  await press(page, 'Bring hand to your body')
  await steps(90)
  await grip()
  await page.waitForFunction(
    () =>
      (window as PageWindow)
        .practicum!.events()
        .some((event) => event.type === 'worn' && event.item === 'lanyardHook'),
    undefined,
    { timeout: 60_000 },
  )
  await go('Walk into Scaffold deck', 1.5)
  await seen('step-completed', 'climb')
  // The hook off the keeper (a grip at the body takes off what was put on last), onto the strap.
  await reach('Shock-absorbing lanyard hook')
  await grip()
  await reach('Anchor strap (rated 5000 lbf)')
  await steps(90)
  await grip()
  await seen('step-completed', 'tieOff')
  await reach('Toe-board bracket')
  await trigger()
  await seen('step-completed', 'work')
  await reach('Shock-absorbing lanyard hook')
  await grip()
  await seen('step-completed', 'untie')
  await press(page, 'Bring hand to your body')
  await steps(90)
  await grip()
  // Down the ladder on the lifeline: the attempt ends at its foot.
  await press(page, 'Walk into Foot of the ladder')
  await seen('attempt-ended')
  const played = (Date.now() - started) / 1000

  const events = await read()
  expect(events.find((event) => event.type === 'attempt-ended')).toMatchObject({
    outcome: 'passed',
    score: 1,
    criticalErrors: [],
    reason: 'procedure-complete',
  })
  expect(events.filter((event) => event.type === 'fell')).toEqual([])
  expect(events.filter((event) => event.type === 'action-rejected' && event.action === 'teleport')).toEqual(
    [],
  )
  // Parked on the harness for each climb.
  expect(events.filter((event) => event.type === 'worn' && event.slot === 'lanyardKeeper')).toHaveLength(2)
  expect(events).toContainEqual(
    expect.objectContaining({ type: 'attached', object: 'lanyardHook', to: 'beamAnchor' }),
  )
  await page.screenshot({ path: path.join(tmpdir(), 'practicum-loop-work-at-height.png') })
  expect(errors).toEqual([])
  guard.assertLocalOnly()
  const end = events.find((event) => event.type === 'attempt-ended')
  console.log(`loop, work at height by keyboard: played in ${played.toFixed(1)} s (${end?.step} steps)`)
  expect(played).toBeLessThanOrEqual(90)
}, 180_000)

/** Where the learner starts (the scenario's learner.start): the tracking space's origin, until a teleport. */
const start: Vec = [2, 0, 3]
/** The left grip's −Z in the controller's frame (what the teleport arc follows): tilted some 45° up. */
const leftGripForward: Vec = [-0.08617, 0.70711, -0.70184]

/**
 * The left controller's rotation whose grip points straight ahead (−Z) and `degrees` up: a pitch
 * about X that lifts the grip's forward to that height, then a yaw that takes out its sideways lean.
 */
function aimUp(degrees: number): Quat {
  const [gx, gy, gz] = leftGripForward
  const reach = Math.hypot(gy, gz)
  const pitch = Math.atan2(-gz, gy) - Math.acos(Math.sin((degrees * Math.PI) / 180) / reach)
  const z = gy * Math.sin(pitch) + gz * Math.cos(pitch)
  const yaw = Math.atan(-gx / z)
  const [sy, cy, sp, cp] = [Math.sin(yaw / 2), Math.cos(yaw / 2), Math.sin(pitch / 2), Math.cos(pitch / 2)]
  return [cy * sp, sy * cp, -sy * sp, cy * cp]
}

it('in emulated VR, clips the lifeline, is refused the ladder with a hook in hand, parks it, climbs onto the deck with the teleport arc and ties off to the rated anchor', async () => {
  const started = Date.now()
  const { page, guard, errors } = await openLoopPage(
    loop,
    '/?scenario=work-at-height&xr=emulate&speed=8&seed=2',
  )
  await enterEmulatedVR(page)
  const {
    seen,
    steps,
    events: read,
  } = coreWaits(page, {
    timeout: 30_000,
    tail: 12,
    onTimeout: () => page.screenshot({ path: path.join(tmpdir(), 'practicum-vr-work-at-height-failed.png') }),
  })
  // The XR origin in the world: the start, until a teleport moves it (the head lands over the target).
  const rig = emulatedRig(page, { origin: start, turn: true })
  const { gripAt, button, headAt } = rig
  /** The left stick pushed forward (the arc aims) and let go (the rig asks the core to teleport). */
  const teleport = async (shot: string) => {
    const stick = (y: number) => rig.stick('left', y)
    await stick(-1)
    await steps(3)
    // What the learner sees while aiming: the target ring where the arc lands (kept for review).
    await page.screenshot({ path: path.join(tmpdir(), shot) })
    await stick(0)
    await steps(3)
  }
  /** Takes what lies at `at` with a controller, brings it to `to` (carried by velocity: a second of steps) and lets go. */
  const carry = async (hand: 'left' | 'right', at: Vec, object: string, to: Vec) => {
    await gripAt(hand, at)
    await steps(3)
    await button(hand, 'squeeze', 1)
    await seen('grabbed', { object, hand })
    await gripAt(hand, to)
    await steps(90)
    await button(hand, 'squeeze', 0)
    await seen('released', { object, hand })
  }
  await headAt([2, 1.6, 3])

  // The harness from the table, let go before the body: worn.
  await carry('right', [2.3, 0.95, 1.6], 'harnessA', [2, 0.9, 2.65])
  await seen('worn', { item: 'harnessA', slot: 'harness' })
  // The lanyard's hook in the left hand; walk to the ladder foot; the lifeline's hook onto the D-ring.
  await gripAt('left', [2.6, 0.92, 1.75])
  await steps(3)
  await button('left', 'squeeze', 1)
  await seen('grabbed', { object: 'lanyardHook', hand: 'left' })
  await headAt([-0.6, 1.6, 0.8])
  await gripAt('left', [-0.85, 1.2, 0.45])
  await carry('right', [-0.3, 0.02, 0.6], 'srlHook', [-0.45, 0.9, 0.45])
  await seen('worn', { item: 'srlHook', slot: 'body' })

  // The arc thrown 80° up at the deck, from the left grip 1.2 m up at the ladder foot: it lands some
  // 50 cm behind the deck's front edge. With the hook in that hand the core refuses the ladder (three
  // points of contact) and the learner stays.
  const aim = aimUp(80.3)
  const arcFrom: Vec = [-0.85, 1.2, 0.55]
  await headAt([-0.6, 1.6, 0.8], 40) // looking up at the deck
  await gripAt('left', arcFrom, aim)
  await steps(3)
  await teleport('practicum-vr-work-at-height-refused.png')
  await seen('action-rejected', { action: 'teleport', hand: 'left', reason: 'hands-full' })
  const below = await page.evaluate(() => (window as PageWindow).practicum!.xr!.head())
  expect(below.y).toBeCloseTo(1.6, 1)

  // The hook parked on the harness's lanyard keeper; the same arc now takes the learner up.
  await gripAt('left', [-0.75, 0.9, 0.45])
  await steps(90)
  await button('left', 'squeeze', 0)
  await seen('worn', { item: 'lanyardHook', slot: 'lanyardKeeper' })
  await gripAt('left', arcFrom, aim)
  await steps(3)
  await teleport('practicum-vr-work-at-height-aim.png')
  await seen('step-completed', { id: 'climb' })
  const up = await page.evaluate(() => (window as PageWindow).practicum!.xr!.head())
  expect(up.y).toBeCloseTo(3 + 1.6, 1)
  expect(up.z).toBeLessThan(-0.45) // over the deck (its front edge at z = −0.2 m)
  expect(up.z).toBeGreaterThan(-0.95)
  // The head landed over the target: the XR origin moved by what separated them.
  rig.origin = [up.x - (-0.6 - start[0]), up.y - 1.6, up.z - (0.8 - start[2])]

  // Walk across the deck (clear of the lifeline's housing over the ladder head) below the anchor
  // strap, take the hook off the keeper, clip it to the strap (rated 5,000 lbf).
  await headAt([0.5, 4.6, -0.75])
  await steps(30)
  await gripAt('left', [0.5, 3.9, -0.75])
  await steps(3)
  await button('left', 'squeeze', 1)
  await seen('removed', { item: 'lanyardHook', slot: 'lanyardKeeper' })
  await gripAt('left', [0.6, 4.8, -1.176])
  await steps(90)
  await button('left', 'squeeze', 0)
  await seen('attached', { object: 'lanyardHook', to: 'beamAnchor' })
  await seen('step-completed', { id: 'tieOff' })
  await page.screenshot({ path: path.join(tmpdir(), 'practicum-vr-work-at-height.png') })

  const events = await read()
  expect(events.filter((event) => event.type === 'critical-error')).toEqual([])
  expect(events.filter((event) => event.type === 'fell')).toEqual([])
  expect(events.some((event) => event.type === 'attempt-ended')).toBe(false)
  expect(
    events.filter((event) => event.type === 'action-rejected' && event.action === 'teleport'),
  ).toHaveLength(1)
  expect(errors).toEqual([])
  guard.assertLocalOnly()
  const seconds = (Date.now() - started) / 1000
  console.log(`VR (emulated Quest 3), work at height up the ladder and tied off: ${seconds.toFixed(1)} s`)
  expect(seconds).toBeLessThanOrEqual(30)
}, 90_000)
