import { Container, Text } from '@react-three/uikit'
import { panelColors } from './panel-colors.ts'

export interface ChecklistItem {
  id: string
  title: string
  done: boolean
  current: boolean
}

/**
 * The procedure's steps in order (practice mode only): a filled box and the word for "done" for a
 * completed step, an empty box for one to do, a thick border around the current one.
 */
export function ProcedureChecklist({
  heading,
  doneWord,
  items,
  fontSize,
}: {
  heading: string
  doneWord: string
  items: readonly ChecklistItem[]
  fontSize: number
}) {
  const box = fontSize * 0.8
  return (
    <Container flexDirection="column" width="100%" flexShrink={0} gap={fontSize * 0.25}>
      <Text fontSize={fontSize} color={panelColors.muted}>
        {heading}
      </Text>
      {items.map((item) => (
        <Container
          key={item.id}
          flexShrink={0}
          width="100%"
          flexDirection="row"
          alignItems="center"
          gap={fontSize * 0.5}
          paddingX={fontSize * 0.3}
          borderWidth={item.current ? 2 : 0}
          borderColor={panelColors.text}
          borderRadius={fontSize * 0.3}
        >
          <Container
            width={box}
            height={box}
            flexShrink={0}
            borderWidth={2}
            borderColor={item.done ? panelColors.done : panelColors.muted}
            backgroundColor={item.done ? panelColors.done : undefined}
          />
          <Text
            fontSize={fontSize}
            flexGrow={1}
            flexShrink={1}
            flexBasis={0}
            color={item.done ? panelColors.muted : panelColors.text}
          >
            {item.done ? `${item.title} (${doneWord})` : item.title}
          </Text>
        </Container>
      ))}
    </Container>
  )
}
