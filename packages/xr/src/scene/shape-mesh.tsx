import { Suspense } from 'react'
import { useLoader } from '@react-three/fiber'
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js'
import type { Shape } from '@practicum/scenario'

/** Colours by what a body does, so a designer sees at once what can move. */
const colours = { fixed: '#8a8f98', dynamic: '#e8a33d', kinematic: '#4f8fd6', none: '#b9bec6' } as const

export type BodyKind = keyof typeof colours

function Primitive({ shape, colour }: { shape: Exclude<Shape, { kind: 'model' }>; colour: string }) {
  return (
    <mesh castShadow receiveShadow>
      {shape.kind === 'box' && <boxGeometry args={shape.size} />}
      {shape.kind === 'sphere' && <sphereGeometry args={[shape.radius, 24, 16]} />}
      {shape.kind === 'cylinder' && (
        <cylinderGeometry args={[shape.radius, shape.radius, shape.height, 24]} />
      )}
      {shape.kind === 'capsule' && <capsuleGeometry args={[shape.radius, shape.height, 8, 16]} />}
      <meshStandardMaterial color={colour} />
    </mesh>
  )
}

function Model({ url }: { url: string }) {
  const gltf = useLoader(GLTFLoader, url)
  // A scenario may place one model several times: each object gets its own copy of the scene graph.
  return <primitive object={gltf.scene.clone()} />
}

/** Joins a scenario-relative asset path to the base URL the app serves the scenario's files from. */
export function assetUrl(base: string, asset: string): string {
  return base.endsWith('/') ? base + asset : `${base}/${asset}`
}

/** Where a scenario-relative asset path is served: a base URL, or a function (hashed bundler URLs). */
export type AssetLocation = string | ((asset: string) => string)

/**
 * An object's form: a primitive mesh (coloured by its body kind, or by `colour` from the scenario's
 * appearance), or its glTF model loaded from `assets`.
 */
export function ShapeMesh({
  shape,
  body,
  assets,
  colour,
}: {
  shape: Shape
  body: BodyKind
  assets: AssetLocation
  colour?: string
}) {
  if (shape.kind !== 'model') return <Primitive shape={shape} colour={colour ?? colours[body]} />
  const url = typeof assets === 'string' ? assetUrl(assets, shape.asset) : assets(shape.asset)
  return (
    <Suspense fallback={null}>
      <Model url={url} />
    </Suspense>
  )
}
