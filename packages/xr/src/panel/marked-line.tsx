import type { ReactNode } from 'react'
import { Container } from '@react-three/uikit'

export interface MarkedLineProps {
  /** The marker's shape, drawn at the start of the first line. */
  marker: ReactNode
  /** The marker's width, in uikit pixels. */
  markerSize: number
  fontSize: number
  children: ReactNode
  /** A border around the line (the checklist's current step). @defaultValue 0 */
  borderWidth?: number
  borderColor?: string
}

/**
 * A text that may wrap, with a marker (box, diamond, ring) before its first line. The text stays in
 * a column of its own (so its wrapped height counts) and the marker stands in the padding.
 */
export function MarkedLine({
  marker,
  markerSize,
  fontSize,
  children,
  borderWidth = 0,
  borderColor,
}: MarkedLineProps) {
  const inset = fontSize * 0.3
  return (
    <Container
      flexDirection="column"
      flexShrink={0}
      paddingLeft={inset + markerSize + fontSize * 0.5}
      paddingRight={inset}
      paddingY={fontSize * 0.1}
      borderWidth={borderWidth}
      borderColor={borderColor}
      borderRadius={fontSize * 0.3}
    >
      <Container
        positionType="absolute"
        positionLeft={inset}
        positionTop={fontSize * 0.1 + (fontSize * 1.2 - markerSize) / 2}
        width={markerSize}
        height={markerSize}
        alignItems="center"
        justifyContent="center"
      >
        {marker}
      </Container>
      {children}
    </Container>
  )
}
