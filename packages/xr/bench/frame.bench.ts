// pnpm bench frame [--smoke]
// The lockout/tagout scene in headless Chromium (SwiftShader: times are relative only), frames
// driven one by one: JS time per frame (and the core's share), bytes allocated per frame by
// chunk (Rapier, three, React and r3f, Practicum's core and runtime) from V8's sampling heap
// profiler, and the renderer's draw calls and triangles. Two cases: the learner standing still,
// and the learner walking with a gripped padlock sweeping in the hand (bodies move every frame).
import path from 'node:path'
import { build } from 'vite'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import react from '@vitejs/plugin-react'
import { launchChromium, serveStatic } from '../../../test/support/index.ts'
import { attribute, topAllocators, type SamplingHeapProfileNode } from './heap-profile.ts'
import type { FrameBench, FrameSample } from './frame-page/main.tsx'

interface Options {
  smoke: boolean
  large: boolean
  log: (line: string) => void
}

const chunks = [
  { name: 'rapier', test: /rapier3d/ },
  { name: 'three', test: /node_modules[\\/].*[\\/]three[\\/]/ },
  {
    name: 'react',
    test: /node_modules[\\/].*[\\/](react|react-dom|scheduler|@react-three[\\/]fiber|zustand)[\\/]/,
  },
  {
    name: 'uikit',
    test: /node_modules[\\/].*[\\/](@pmndrs[\\/]uikit|@react-three[\\/]uikit|@preact[\\/]signals-core)[\\/]/,
  },
  { name: 'xr-libs', test: /node_modules[\\/].*[\\/](@pmndrs[\\/]xr|@react-three[\\/]xr|iwer)[\\/]/ },
  { name: 'practicum-sim', test: /packages[\\/]sim[\\/]src/ },
  { name: 'practicum-xr', test: /packages[\\/]xr[\\/]src/ },
  { name: 'practicum-scenario', test: /packages[\\/]scenario[\\/]src/ },
]

async function buildBenchPage(): Promise<{ outDir: string; remove: () => void }> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'practicum-frame-bench-'))
  await build({
    root: path.join(import.meta.dirname, 'frame-page'),
    configFile: false,
    logLevel: 'error',
    base: './',
    plugins: [react()],
    resolve: { conditions: ['source', 'module', 'browser', 'import', 'default'] },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      // Function names survive for the allocation report; chunks tell whose code allocated.
      minify: false,
      chunkSizeWarningLimit: 8000,
      rolldownOptions: { output: { codeSplitting: { groups: chunks } } },
    },
  })
  return { outDir, remove: () => rmSync(outDir, { recursive: true, force: true }) }
}

function stats(values: readonly number[]): { mean: number; p95: number } {
  const sorted = [...values].sort((a, b) => a - b)
  const mean = values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length)
  return { mean, p95: sorted[Math.min(sorted.length - 1, Math.floor(0.95 * sorted.length))] ?? 0 }
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`

export async function run({ smoke, log }: Options): Promise<void> {
  const page = await buildBenchPage()
  const server = await serveStatic(page.outDir)
  const browser = await launchChromium()
  try {
    const tab = await browser.context.newPage()
    const errors: string[] = []
    tab.on('pageerror', (error) => errors.push(error.message))
    await tab.goto(server.url)
    await tab.waitForFunction(() => (window as { frameBench?: FrameBench }).frameBench, undefined, {
      timeout: 120_000,
    })
    const frames = smoke ? 20 : 600
    const warmUp = smoke ? 5 : 120
    const cdp = await browser.context.newCDPSession(tab)
    await cdp.send('HeapProfiler.enable')
    for (const move of [false, true]) {
      await tab.evaluate(
        ([count, moving]) => (window as { frameBench?: FrameBench }).frameBench!.frames(count, moving),
        [warmUp, move] as const,
      )
      await cdp.send('HeapProfiler.collectGarbage')
      await cdp.send('HeapProfiler.startSampling', {
        samplingInterval: 256,
        includeObjectsCollectedByMajorGC: true,
        includeObjectsCollectedByMinorGC: true,
      })
      const sample: FrameSample = await tab.evaluate(
        ([count, moving]) => (window as { frameBench?: FrameBench }).frameBench!.frames(count, moving),
        [frames, move] as const,
      )
      const { profile } = (await cdp.send('HeapProfiler.stopSampling')) as {
        profile: { head: SamplingHeapProfileNode }
      }
      const frame = stats(sample.frameMs)
      const core = stats(sample.stepMs)
      const byChunk = attribute(profile.head)
      const total = [...byChunk.values()].reduce((sum, bytes) => sum + bytes, 0)
      const rapier = byChunk.get('rapier') ?? 0
      const label = move ? 'walking, padlock in hand' : 'standing still'
      log(
        `${label}: ${frames} frames, ${sample.coreSteps} core steps; JS per frame mean ${frame.mean.toFixed(2)} ms, p95 ${frame.p95.toFixed(2)} ms, of which core ${core.mean.toFixed(2)} ms`,
      )
      log(
        `  allocated per frame ${kib(total / frames)}; Rapier getters ${kib(rapier / frames)} (${((100 * rapier) / Math.max(1, total)).toFixed(0)} %)`,
      )
      log(
        `  by chunk per frame: ${[...byChunk]
          .sort((a, b) => b[1] - a[1])
          .map(([chunk, bytes]) => `${chunk} ${kib(bytes / frames)}`)
          .join(', ')}`,
      )
      const ours = topAllocators(profile.head, 'practicum-xr', 3)
      log(
        `  runtime (practicum-xr) allocators: ${ours.length ? ours.map(([name, bytes]) => `${name} ${kib(bytes / frames)}`).join(', ') : 'none sampled'}`,
      )
      log(
        `  Rapier allocators: ${topAllocators(profile.head, 'rapier', 3)
          .map(([name, bytes]) => `${name} ${kib(bytes / frames)}`)
          .join(', ')}`,
      )
      log(`  renderer: ${sample.drawCalls} draw calls, ${sample.triangles} triangles per frame`)
    }
    if (errors.length) throw new Error(`the bench page failed: ${errors.join('; ')}`)
  } finally {
    await browser.close()
    await server.close()
    page.remove()
  }
}
