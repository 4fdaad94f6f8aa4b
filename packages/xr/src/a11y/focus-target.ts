/**
 * Which scene object the keyboard focus is on (the accessible mirror's button for it has focus),
 * read each frame by `FocusHighlight`. A plain mutable box, not React state: focus moves without
 * a render of the scene.
 */
export interface FocusTarget {
  /** The focused object's id, or undefined when no object's button has focus. */
  current: string | undefined
}

/** A fresh, empty focus target to share between `AccessibleMirror` and `FocusHighlight`. */
export function createFocusTarget(): FocusTarget {
  return { current: undefined }
}
