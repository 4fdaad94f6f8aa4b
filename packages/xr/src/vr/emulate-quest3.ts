import type { XRStore } from '@react-three/xr'

/**
 * Installs IWER's Meta Quest 3 as `navigator.xr` where the browser offers no immersive VR, and
 * puts the device on the store (`store.getState().emulator`), to be driven through IWER's API
 * (`controllers.right.position`, `updateButtonValue('squeeze', 1)`, `hands`, `updatePinchValue`).
 * Without IWER's DevUI, which rewrites the device's poses from its own handles every frame; and
 * without its synthetic room, which is fetched from a CDN. IWER is a lazy chunk.
 */
export async function emulateQuest3(store: XRStore): Promise<void> {
  if (typeof navigator === 'undefined') return
  const native = await navigator.xr?.isSessionSupported('immersive-vr').catch(() => false)
  if (native) return
  const { XRDevice, metaQuest3 } = await import('iwer')
  // One centred view, as @pmndrs/xr's own emulation: a desktop preview, not a stereo pair.
  const device = new XRDevice(metaQuest3, { ipd: 0 })
  device.installRuntime()
  store.setState({ emulator: device })
}
