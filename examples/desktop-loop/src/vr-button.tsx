import { useEffect, useState } from 'react'
import type { XRStore } from '@react-three/xr'

const style = {
  position: 'absolute',
  bottom: 12,
  right: 12,
  padding: '8px 14px',
  font: 'inherit',
  color: '#f2f2f2',
  background: '#394150',
  border: '2px solid #8a93a3',
  borderRadius: 6,
} as const

/**
 * "Enter VR" (a real button: Tab reaches it, Enter presses it) where the browser, or the emulator,
 * offers immersive VR; "Exit VR" during the session.
 */
export function VRButton({ store, words }: { store: XRStore; words: { enterVR: string; exitVR: string } }) {
  const [supported, setSupported] = useState(false)
  const [inSession, setInSession] = useState(() => store.getState().session != null)
  useEffect(() => {
    let live = true
    const check = () =>
      void navigator.xr
        ?.isSessionSupported('immersive-vr')
        .then((yes) => live && setSupported(yes))
        .catch(() => undefined)
    check()
    // The emulator installs its navigator.xr after the store is made: check again when it has.
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.emulator !== previous.emulator) check()
      if (state.session !== previous.session) setInSession(state.session != null)
    })
    return () => {
      live = false
      unsubscribe()
    }
  }, [store])
  if (!supported) return null
  return (
    <button
      type="button"
      style={style}
      onClick={() => void (inSession ? store.getState().session?.end() : store.enterVR())}
    >
      {inSession ? words.exitVR : words.enterVR}
    </button>
  )
}
