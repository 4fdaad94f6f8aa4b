import { Container, Text } from '@react-three/uikit'
import { MarkedLine } from './marked-line.tsx'
import { panelColors } from './panel-colors.ts'

export interface ChecklistItem {
  id: string
  title: string
  done: boolean
  current: boolean
}

/**
 * The procedure's steps in order (practice mode only): a filled box and the word for "done" for a
 * completed step, an empty box for one to do; the current one is brighter (and named, in words, as
 * the instruction above).
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
    <Container flexDirection="column" flexShrink={0} gap={fontSize * 0.2}>
      <Text fontSize={fontSize} color={panelColors.muted}>
        {heading}
      </Text>
      {items.map((item) => (
        <MarkedLine
          key={item.id}
          markerSize={box}
          fontSize={fontSize}
          marker={
            <Container
              width={box}
              height={box}
              borderWidth={2}
              borderColor={item.done ? panelColors.done : panelColors.muted}
              backgroundColor={item.done ? panelColors.done : undefined}
            />
          }
        >
          <Text
            fontSize={fontSize}
            flexShrink={0}
            color={item.current ? panelColors.text : panelColors.muted}
          >
            {item.done ? `${item.title} (${doneWord})` : item.title}
          </Text>
        </MarkedLine>
      ))}
    </Container>
  )
}
