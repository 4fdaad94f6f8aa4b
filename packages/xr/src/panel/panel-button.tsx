import { Container, Text } from '@react-three/uikit'
import { panelColors } from './panel-colors.ts'

export interface PanelButtonProps {
  label: string
  fontSize: number
  onClick: () => void
  /** A chosen option (a locale, pause on) is drawn with a thick light border and a filled face. */
  selected?: boolean
}

/** A button in the panel: pointer (mouse, controller ray, hand poke) clicks it. */
export function PanelButton({ label, fontSize, onClick, selected = false }: PanelButtonProps) {
  return (
    <Container
      onClick={(event: { stopPropagation?: () => void }) => {
        event.stopPropagation?.()
        onClick()
      }}
      paddingX={fontSize * 0.6}
      paddingY={fontSize * 0.3}
      borderRadius={fontSize * 0.4}
      borderWidth={selected ? 3 : 1}
      borderColor={selected ? panelColors.text : panelColors.muted}
      backgroundColor={selected ? panelColors.selected : panelColors.button}
      hover={{ backgroundColor: panelColors.hover }}
      cursor="pointer"
    >
      <Text fontSize={fontSize} color={panelColors.text}>
        {label}
      </Text>
    </Container>
  )
}
