import { loadScenario, type Problem, type ScenarioReader } from '@practicum/scenario'

/** The outcome for one file. */
export interface FileReport {
  readonly file: string
  readonly ok: boolean
  /** Content hash (scenario plus assets) of a valid file. */
  readonly hash?: string
  readonly problems: readonly Problem[]
}

/** Validates each file through @practicum/scenario with the given reader; never throws on bad files. */
export async function validateFiles(files: readonly string[], reader: ScenarioReader): Promise<FileReport[]> {
  const reports: FileReport[] = []
  for (const file of files) {
    const result = await loadScenario(file, reader)
    reports.push(
      result.ok
        ? { file, ok: true, hash: result.hash, problems: [] }
        : { file, ok: false, problems: result.problems },
    )
  }
  return reports
}
