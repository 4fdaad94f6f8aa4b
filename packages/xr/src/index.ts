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
export { createPracticumXRStore, type PracticumXRStoreOptions } from './vr/xr-store.ts'
export {
  createVRRig,
  type VRRig,
  type VRRigOptions,
  type VROrigin,
  type VRHandView,
  type Locomotion,
} from './vr/vr-rig.ts'
export { createVRFrameInput, type VRFrameInput, type VRHandInput } from './vr/vr-input.ts'
export { readXRFrame } from './vr/read-xr-frame.ts'
export { aimTeleport } from './vr/teleport-aim.ts'
export { vignetteStrength, createFade, type Fade } from './vr/comfort.ts'
export { pulseOnHazards, sessionPulse, type Pulse } from './vr/haptics.ts'
export { VRControls, useVRRig, type VRControlsProps } from './vr/vr-controls.tsx'
export { VRHands } from './vr/vr-hands.tsx'
export { ComfortOverlay, type ComfortOverlayProps } from './vr/comfort-overlay.tsx'
export {
  runtimeText,
  runtimeLocales,
  localeNames,
  type RuntimeText,
  type PanelText,
  type HudText,
} from './i18n/runtime-text.ts'
export { InWorldPanel, panelFontSizes, type InWorldPanelProps } from './panel/in-world-panel.tsx'
export { AttemptTimer, type AttemptTimerProps } from './panel/attempt-timer.tsx'
export { panelFontFamilies } from './panel/panel-font.ts'
export { textSizes, textScale, stepTextSize, parseTextSize, type TextSize } from './panel/text-size.ts'
export { offeredChoices, type Choice } from './panel/offered-choices.ts'
export { formatClock } from './panel/format-clock.ts'
export { panelPose, type PanelPose, type PanelPlacement } from './panel/panel-pose.ts'
export { climbHeight, goTo, zoneFloor } from './a11y/go-to.ts'
export { inWorldPanelName } from './panel/in-world-panel.tsx'
export { createTeleportArc, type TeleportArc } from './vr/teleport-arc.ts'
export type { VRTeleportAim } from './vr/vr-rig.ts'
export { stepLength, takeStep } from './a11y/go-to.ts'
