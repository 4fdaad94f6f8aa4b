export { chromiumFlags, chromiumExecutable, launchChromium, type LaunchedChromium } from './chromium.ts'
export { guardNetwork, isLocalUrl, type NetworkGuard } from './network-guard.ts'
export { serveStatic, type StaticServer } from './static-server.ts'
export { buildPage, type BuiltPage } from './build-page.ts'
export {
  useLoopPage,
  openLoopPage,
  type LoopPage,
  type OpenedPage,
  type PageWindow,
  type PracticumHook,
  type EmulatedDevice,
  type EmulatedController,
} from './loop-page.ts'
export {
  focusButton,
  press,
  keyboardHand,
  type FocusOptions,
  type KeyboardHand,
  type TabTally,
} from './keyboard.ts'
export { coreWaits, type CoreWaits, type CoreWaitOptions, type EventMatch } from './core-waits.ts'
export {
  enterEmulatedVR,
  emulatedRig,
  questGripOffset,
  rotate,
  type EmulatedRig,
  type EmulatedRigOptions,
  type Hand,
  type Quat,
  type Vec,
} from './emulated-vr.ts'
