import { useMemo, useRef } from 'react'
import { useFrame } from '@react-three/fiber'
import { PlaneGeometry, ShaderMaterial, type Mesh } from 'three'

const vertexShader = /* glsl */ `
varying vec2 vNdc;
void main() {
  // Drawn straight in clip space: it covers each eye's view whatever the camera.
  vNdc = position.xy;
  gl_Position = vec4(position.xy, 0.0, 1.0);
}`

const fragmentShader = /* glsl */ `
uniform float uVignette;
uniform float uFade;
varying vec2 vNdc;
void main() {
  float edge = 1.3 - 0.8 * uVignette;
  float ring = uVignette > 0.0 ? uVignette * smoothstep(edge - 0.45, edge, length(vNdc)) : 0.0;
  gl_FragColor = vec4(0.0, 0.0, 0.0, max(ring, uFade));
}`

export interface ComfortOverlayProps {
  /** Read each frame: the vignette's strength, 0…1. */
  vignette: () => number
  /** Read each frame: how dark the whole view is, 0…1 (a fall's fade). */
  fade: () => number
}

/**
 * A comfort vignette (dark edges while moving smoothly) and a fade to dark, over the whole view of
 * each eye. Drawn only while one of them is above 0.
 */
export function ComfortOverlay({ vignette, fade }: ComfortOverlayProps) {
  const geometry = useMemo(() => new PlaneGeometry(2, 2), [])
  const material = useMemo(
    () =>
      new ShaderMaterial({
        vertexShader,
        fragmentShader,
        uniforms: { uVignette: { value: 0 }, uFade: { value: 0 } },
        transparent: true,
        depthTest: false,
        depthWrite: false,
      }),
    [],
  )
  const uniforms = material.uniforms as { uVignette: { value: number }; uFade: { value: number } }
  const mesh = useRef<Mesh>(null)
  useFrame(() => {
    uniforms.uVignette.value = vignette()
    uniforms.uFade.value = fade()
    if (mesh.current) mesh.current.visible = uniforms.uVignette.value > 0 || uniforms.uFade.value > 0
  })
  return (
    <mesh
      ref={mesh}
      name="practicum-comfort-overlay"
      geometry={geometry}
      material={material}
      frustumCulled={false}
      renderOrder={10_000}
      visible={false}
    />
  )
}
