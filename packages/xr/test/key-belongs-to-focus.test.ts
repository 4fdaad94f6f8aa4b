// Which keys drive the learner and which belong to the focused element (the keyboard-only path
// keeps G, T and the walking keys on a focused mirror button; a roving list keeps its arrows).
import { afterEach, expect, it } from 'vitest'
import { keyBelongsToFocus } from '../src/input/key-belongs-to-focus.ts'

afterEach(() => {
  document.body.innerHTML = ''
})

const on = (target: Element, key: string, code = key) => keyBelongsToFocus({ key, code, target })

it('gives a roving list its arrows, Home and End, and the learner every other key there', () => {
  document.body.innerHTML = `<ul data-practicum-roving><li><button id="inList">Reach</button></li></ul><button id="alone">Grip</button><input id="field">`
  const inList = document.getElementById('inList')!
  const alone = document.getElementById('alone')!
  expect(on(inList, 'ArrowDown')).toBe(true)
  expect(on(inList, 'Home')).toBe(true)
  expect(on(inList, 'Enter')).toBe(true)
  expect(on(inList, 'g', 'KeyG')).toBe(false)
  expect(on(inList, 'w', 'KeyW')).toBe(false)
  // Outside a roving list the arrows walk and turn, as on the scene.
  expect(on(alone, 'ArrowDown')).toBe(false)
  expect(on(alone, ' ', 'Space')).toBe(true)
  expect(on(document.getElementById('field')!, 'w', 'KeyW')).toBe(true)
})
