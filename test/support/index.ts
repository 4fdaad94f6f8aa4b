export { chromiumFlags, chromiumExecutable, launchChromium, type LaunchedChromium } from './chromium.ts'
export { guardNetwork, isLocalUrl, type NetworkGuard } from './network-guard.ts'
export { serveStatic, type StaticServer } from './static-server.ts'
export { buildPage, type BuiltPage } from './build-page.ts'
