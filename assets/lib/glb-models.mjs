// The project's glTF model generator, shared by every scenario's assets/generate.mjs: models made
// from boxes and cylinders, one mesh, one primitive and one material per model (one draw call),
// flat normals and per-part vertex colours, written as binary .glb. Deterministic: the same bytes
// on every run.
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** A mesh under construction: flat-shaded triangles with a colour per vertex. */
export function meshBuilder() {
  const positions = []
  const normals = []
  const colors = []
  const indices = []
  /** One flat quad (a, b, c, d counter-clockwise seen from outside). */
  const quad = (a, b, c, d, normal, color) => {
    const base = positions.length / 3
    for (const p of [a, b, c, d]) {
      positions.push(...p)
      normals.push(...normal)
      colors.push(...color)
    }
    indices.push(base, base + 1, base + 2, base, base + 2, base + 3)
  }
  const tri = (a, b, c, normal, color) => {
    const base = positions.length / 3
    for (const p of [a, b, c]) {
      positions.push(...p)
      normals.push(...normal)
      colors.push(...color)
    }
    indices.push(base, base + 1, base + 2)
  }
  return {
    /** An axis-aligned box from min to max. */
    box(min, max, color) {
      const [x0, y0, z0] = min
      const [x1, y1, z1] = max
      quad([x1, y0, z0], [x1, y1, z0], [x1, y1, z1], [x1, y0, z1], [1, 0, 0], color)
      quad([x0, y0, z1], [x0, y1, z1], [x0, y1, z0], [x0, y0, z0], [-1, 0, 0], color)
      quad([x0, y1, z0], [x0, y1, z1], [x1, y1, z1], [x1, y1, z0], [0, 1, 0], color)
      quad([x0, y0, z1], [x0, y0, z0], [x1, y0, z0], [x1, y0, z1], [0, -1, 0], color)
      quad([x0, y0, z1], [x1, y0, z1], [x1, y1, z1], [x0, y1, z1], [0, 0, 1], color)
      quad([x1, y0, z0], [x0, y0, z0], [x0, y1, z0], [x1, y1, z0], [0, 0, -1], color)
    },
    /** A cylinder along Y, centred at c, with `segments` flat sides. */
    cylinder(c, radius, height, segments, color) {
      const [cx, cy, cz] = c
      const y0 = cy - height / 2
      const y1 = cy + height / 2
      // Angles from a fixed table of unit vectors (rounded), so the bytes never depend on Math.sin.
      const ring = []
      for (let i = 0; i < segments; i++) {
        const angle = (2 * Math.PI * i) / segments
        ring.push([Math.round(Math.cos(angle) * 1e6) / 1e6, Math.round(Math.sin(angle) * 1e6) / 1e6])
      }
      for (let i = 0; i < segments; i++) {
        const [ax, az] = ring[i]
        const [bx, bz] = ring[(i + 1) % segments]
        const pa0 = [cx + ax * radius, y0, cz + az * radius]
        const pb0 = [cx + bx * radius, y0, cz + bz * radius]
        const pa1 = [cx + ax * radius, y1, cz + az * radius]
        const pb1 = [cx + bx * radius, y1, cz + bz * radius]
        const nx = (ax + bx) / 2
        const nz = (az + bz) / 2
        const n = Math.hypot(nx, nz)
        quad(pa0, pa1, pb1, pb0, [nx / n, 0, nz / n], color)
        tri([cx, y1, cz], pb1, pa1, [0, 1, 0], color)
        tri([cx, y0, cz], pa0, pb0, [0, -1, 0], color)
      }
    },
    done: () => ({ positions, normals, colors, indices }),
  }
}

/** A binary glTF 2.0 file holding one mesh with one primitive and one material. */
export function toGlb(name, mesh, generator) {
  const vertexCount = mesh.positions.length / 3
  const positions = new Float32Array(mesh.positions)
  const normals = new Float32Array(mesh.normals)
  const colors = new Float32Array(mesh.colors)
  const indices = vertexCount > 65535 ? new Uint32Array(mesh.indices) : new Uint16Array(mesh.indices)
  const min = [Infinity, Infinity, Infinity]
  const max = [-Infinity, -Infinity, -Infinity]
  for (let i = 0; i < positions.length; i++) {
    min[i % 3] = Math.min(min[i % 3], positions[i])
    max[i % 3] = Math.max(max[i % 3], positions[i])
  }
  const views = [positions, normals, colors, indices]
  const offsets = []
  let length = 0
  for (const view of views) {
    offsets.push(length)
    length += Math.ceil(view.byteLength / 4) * 4
  }
  const bin = new Uint8Array(length)
  views.forEach((view, i) =>
    bin.set(new Uint8Array(view.buffer, view.byteOffset, view.byteLength), offsets[i]),
  )
  const json = {
    asset: { version: '2.0', generator },
    scene: 0,
    scenes: [{ nodes: [0] }],
    nodes: [{ mesh: 0, name }],
    materials: [
      {
        name,
        pbrMetallicRoughness: { baseColorFactor: [1, 1, 1, 1], metallicFactor: 0.1, roughnessFactor: 0.7 },
      },
    ],
    meshes: [
      { name, primitives: [{ attributes: { POSITION: 0, NORMAL: 1, COLOR_0: 2 }, indices: 3, material: 0 }] },
    ],
    buffers: [{ byteLength: bin.byteLength }],
    bufferViews: views.map((view, i) => ({
      buffer: 0,
      byteOffset: offsets[i],
      byteLength: view.byteLength,
      target: i === 3 ? 34963 : 34962,
    })),
    accessors: [
      { bufferView: 0, componentType: 5126, count: vertexCount, type: 'VEC3', min, max },
      { bufferView: 1, componentType: 5126, count: vertexCount, type: 'VEC3' },
      { bufferView: 2, componentType: 5126, count: vertexCount, type: 'VEC3' },
      {
        bufferView: 3,
        componentType: indices instanceof Uint32Array ? 5125 : 5123,
        count: indices.length,
        type: 'SCALAR',
      },
    ],
  }
  const pad = (bytes, fill) => {
    const out = new Uint8Array(Math.ceil(bytes.length / 4) * 4).fill(fill)
    out.set(bytes)
    return out
  }
  const jsonChunk = pad(new TextEncoder().encode(JSON.stringify(json)), 0x20)
  const total = 12 + 8 + jsonChunk.length + 8 + bin.length
  const out = new Uint8Array(total)
  const view = new DataView(out.buffer)
  view.setUint32(0, 0x46546c67, true) // "glTF"
  view.setUint32(4, 2, true)
  view.setUint32(8, total, true)
  view.setUint32(12, jsonChunk.length, true)
  view.setUint32(16, 0x4e4f534a, true) // "JSON"
  out.set(jsonChunk, 20)
  view.setUint32(20 + jsonChunk.length, bin.length, true)
  view.setUint32(24 + jsonChunk.length, 0x004e4942, true) // "BIN"
  out.set(bin, 28 + jsonChunk.length)
  return out
}

/** The models, by file name: each a function filling a mesh builder. */

/**
 * Builds every model of `models` (file name → a function that fills a mesh builder) into .glb
 * bytes; `generator` is the asset.generator string written into each file.
 */
export function generateModels(models, generator) {
  const files = new Map()
  for (const [file, fill] of Object.entries(models)) {
    const builder = meshBuilder()
    fill(builder)
    files.set(file, toGlb(file.replace(/\.glb$/, ''), builder.done(), generator))
  }
  return files
}

/**
 * The command line of a scenario's generate.mjs: writes the files next to it, or with `--check`
 * exits 1 if a committed file differs from the generator's output.
 */
export function runGenerator(dir, files, args = process.argv.slice(2)) {
  const check = args.includes('--check')
  let stale = 0
  for (const [file, bytes] of files) {
    const target = path.join(dir, file)
    if (check) {
      let current
      try {
        current = readFileSync(target)
      } catch {
        current = undefined
      }
      if (!current || Buffer.compare(current, Buffer.from(bytes)) !== 0) {
        stale++
        console.error(`${file}: differs from the generator's output`)
      }
    } else {
      writeFileSync(target, bytes)
      console.log(`${file}: ${bytes.length} bytes`)
    }
  }
  process.exitCode = stale ? 1 : 0
}
