export { ScenarioScene, type ScenarioSceneProps } from './scene/scenario-scene.tsx'
export { createPoseSync, type PoseSync } from './scene/pose-sync.ts'
export { objectTree, type ObjectTree } from './scene/scenario-objects.tsx'
export { assetUrl, type AssetLocation, type BodyKind } from './scene/shape-mesh.tsx'
export { PhysicsDebugView, copyDebugLines } from './debug/physics-debug-view.tsx'
export { type RuntimeState, initialRuntimeState, reduceRuntimeState } from './state/runtime-state.ts'
export { type RuntimeStore, createRuntimeStore, connectRuntimeStore } from './state/runtime-store.ts'
export { useRuntimeStore, useCurrentStep, useHazards, useRuntimeState, useSimEvent } from './state/hooks.ts'
export { createDesktopRig, type DesktopRig, type DesktopRigOptions } from './input/desktop-rig.ts'
export {
  defaultKeyBindings,
  isPressIntent,
  type Intent,
  type HeldIntent,
  type PressIntent,
} from './input/key-bindings.ts'
export { DesktopControls, useDesktopRig, type DesktopControlsProps } from './input/desktop-controls.tsx'
export { DesktopHand } from './input/desktop-hand.tsx'
export {
  AccessibleMirror,
  englishMirrorLabels,
  type AccessibleMirrorProps,
  type MirrorLabels,
} from './a11y/accessible-mirror.tsx'
export { visuallyHidden } from './a11y/visually-hidden.ts'
export { createFocusTarget, type FocusTarget } from './a11y/focus-target.ts'
export { FocusHighlight } from './a11y/focus-highlight.tsx'
export { TouchButtons, useCoarsePointer, type TouchButtonsProps } from './input/touch-buttons.tsx'
