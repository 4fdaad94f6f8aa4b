import { Container, Text } from '@react-three/uikit'
import { MarkedLine } from './marked-line.tsx'
import { panelColors } from './panel-colors.ts'

/**
 * A live hazard: an amber diamond with "!" (the warning sign's shape), then the hazard's name in
 * words. Shape, text and colour each carry the warning on their own.
 */
export function HazardAlert({ label, fontSize }: { label: string; fontSize: number }) {
  const side = fontSize * 0.9
  return (
    <MarkedLine
      markerSize={side * 1.42}
      fontSize={fontSize}
      marker={
        <Container
          width={side}
          height={side}
          transformRotateZ={45}
          backgroundColor={panelColors.hazard}
          alignItems="center"
          justifyContent="center"
        >
          <Text fontSize={fontSize * 0.8} color={panelColors.onHazard} transformRotateZ={-45}>
            !
          </Text>
        </Container>
      }
    >
      <Text fontSize={fontSize} color={panelColors.hazard}>
        {label}
      </Text>
    </MarkedLine>
  )
}
