import { readFile } from 'node:fs/promises'
import { parseScenario, formatProblem } from '@practicum/scenario'
import { readBotScript, type BotCommand } from '@practicum/sim'

/** Reads a bot script (YAML or JSON); on any problem, throws a message listing each as file:line:col. */
export async function readBotFile(file: string): Promise<BotCommand[]> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch {
    throw new Error(`${file}: no such bot file`)
  }
  // parseScenario is the project's YAML reader with positions; a bot file is plain YAML too.
  const parsed = parseScenario(text, { file })
  if (parsed.problems.length)
    throw new Error(parsed.problems.map((problem) => formatProblem(problem)).join('\n'))
  const { commands, problems } = readBotScript(parsed.data)
  if (problems.length) {
    throw new Error(
      problems
        .map((problem) => {
          const { line, column } = parsed.sourceMap.locate(problem.path, false)
          return `${file}:${line}:${column}: ${problem.message}`
        })
        .join('\n'),
    )
  }
  return commands
}
