import { createXRStore, type XRStore } from '@react-three/xr'
import { emulateQuest3 } from './emulate-quest3.ts'

export interface PracticumXRStoreOptions {
  /**
   * Where the controller layouts (`profilesList.json` and one folder per profile of
   * `@webxr-input-profiles/assets`) are served: an absolute URL ending in `/`. Vendor them: without
   * layouts @pmndrs/xr has no controller state, and its default is a CDN.
   */
  baseAssetPath: string
  /**
   * Emulate a Meta Quest 3 with IWER where the browser offers no immersive VR (a desktop, tests),
   * on any host, as a lazy chunk, without the synthetic room (which is fetched from a CDN):
   * - `'api'`: the device is driven through IWER's API alone (`store.getState().emulator`): tests, bots;
   * - `'devui'`: with IWER's DevUI, to move the headset and controllers by mouse (it rewrites the
   *   device's poses every frame, so the API cannot drive them).
   * @defaultValue false
   */
  emulate?: false | 'api' | 'devui'
  /**
   * Draw the controllers' and hands' glTF models (they must be vendored under `baseAssetPath`);
   * off, the rig draws a small marker per hand.
   * @defaultValue false
   */
  models?: boolean
}

/**
 * An XR store for Practicum: hand tracking on, layouts from vendored profiles (no CDN request),
 * and input turned into core actions by `<VRRig>` alone — @pmndrs/xr's grab and teleport pointers
 * are off so they never move scenario objects; its ray pointer stays for in-world panels.
 *
 * @example
 * const store = createPracticumXRStore({ baseAssetPath: new URL('xr-profiles/', location.href).href })
 * <button onClick={() => store.enterVR()}>Enter VR</button>
 */
export function createPracticumXRStore(options: PracticumXRStoreOptions): XRStore {
  const model = options.models ?? false
  const store = createXRStore({
    baseAssetPath: options.baseAssetPath,
    handTracking: true,
    emulate:
      options.emulate === 'devui' ? { type: 'metaQuest3', syntheticEnvironment: false, inject: true } : false,
    controller: { model, grabPointer: false, teleportPointer: false },
    hand: { model, grabPointer: false, teleportPointer: false, touchPointer: false },
    // A page that offers itself to the browser's XR UI may be entered without the learner's choice.
    offerSession: false,
  })
  if (options.emulate === 'api') void emulateQuest3(store)
  return store
}
