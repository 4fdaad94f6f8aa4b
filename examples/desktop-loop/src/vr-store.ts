import { createPracticumXRStore } from '@practicum/xr'

const xrParam = new URLSearchParams(window.location.search).get('xr')

/**
 * `?xr=emulate`: IWER emulates a Meta Quest 3 where the browser has no immersive VR, driven through
 * its API (tests read it on `window.practicum.xr`); `?xr=devui`: the same with IWER's DevUI, to move
 * the headset and controllers by mouse.
 */
export const emulateXR = xrParam === 'emulate'

/** The page's XR store: controller layouts from public/xr-profiles (vendored), never a CDN. */
export const xrStore = createPracticumXRStore({
  baseAssetPath: new URL('xr-profiles/', document.baseURI).href,
  emulate: emulateXR ? 'api' : xrParam === 'devui' ? 'devui' : false,
})
