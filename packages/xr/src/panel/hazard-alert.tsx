import { Container, Text } from '@react-three/uikit'
import { panelColors } from './panel-colors.ts'

/**
 * A live hazard: an amber diamond with "!" (the warning sign's shape), then the hazard's name in
 * words. Shape, text and colour each carry the warning on their own.
 */
export function HazardAlert({ label, fontSize }: { label: string; fontSize: number }) {
  const side = fontSize * 1.2
  return (
    <Container flexDirection="row" width="100%" alignItems="center" gap={fontSize * 0.7}>
      <Container
        width={side}
        height={side}
        marginX={side * 0.2}
        transformRotateZ={45}
        backgroundColor={panelColors.hazard}
        alignItems="center"
        justifyContent="center"
      >
        <Text fontSize={fontSize * 0.9} color={panelColors.onHazard} transformRotateZ={-45}>
          !
        </Text>
      </Container>
      <Text fontSize={fontSize} flexGrow={1} flexShrink={1} flexBasis={0} color={panelColors.hazard}>
        {label}
      </Text>
    </Container>
  )
}
