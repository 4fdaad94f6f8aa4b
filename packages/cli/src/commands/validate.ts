import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { formatProblem } from '@practicum/scenario'
import { collectFiles } from '../validate/collect-files.ts'
import { nodeReader } from '../validate/node-reader.ts'
import { validateFiles } from '../validate/run-validate.ts'
import type { Command } from './command.ts'

export const validateCommand: Command = {
  name: 'validate',
  summary: 'check scenario files and print every problem as file:line:col',
  usage: `practicum validate <file|dir>… [--json]

Checks scenario files (YAML or JSON): structure and units, references, types, the
procedure, the assessment, the texts in every locale and the assets. Prints every
problem as file:line:col: message, with a hint and the path in the document.
Directories are searched recursively for YAML/JSON files that name the scenario
schema or have a top-level schemaVersion.

Options:
  --json   print one JSON report: { files: [{ file, ok, hash, problems }], problems }

Exit code 0 when every file is valid, 1 otherwise.`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: { json: { type: 'boolean', default: false } },
      allowPositionals: true,
    })
    if (positionals.length === 0) {
      io.err(`practicum validate: name at least one file or directory\n\n${validateCommand.usage}`)
      return 1
    }
    const { files, missing } = await collectFiles(positionals)
    const reports = await validateFiles(files, nodeReader)
    const notFound = missing.map((file) => ({
      file,
      ok: false,
      problems: [
        {
          code: 'missing-asset' as const,
          file,
          line: 0,
          column: 0,
          message: 'no such file or directory',
          hint: 'check the path',
          path: '(root)',
        },
      ],
    }))
    const all = [...notFound, ...reports]
    const problemCount = all.reduce((sum, report) => sum + report.problems.length, 0)
    const ok = all.length > 0 && all.every((report) => report.ok)
    if (values.json) {
      io.out(JSON.stringify({ ok, files: all, problems: problemCount }, null, 2))
      return ok ? 0 : 1
    }
    if (all.length === 0) {
      io.err(`practicum validate: no scenario files found in ${positionals.join(', ')}`)
      return 1
    }
    for (const report of all) {
      if (report.ok) io.out(`✔ ${report.file} (${'hash' in report ? report.hash : ''})`)
      else {
        // The offending line under each problem, when the file can be read as text.
        const source = await readFile(report.file, 'utf8').catch(() => undefined)
        for (const problem of report.problems)
          io.err(formatProblem(problem, source === undefined ? {} : { source }))
      }
    }
    const failed = all.filter((report) => !report.ok).length
    const summary = ok
      ? `${all.length} scenario file${all.length === 1 ? '' : 's'} valid`
      : `${problemCount} problem${problemCount === 1 ? '' : 's'} in ${failed} of ${all.length} file${all.length === 1 ? '' : 's'}`
    ;(ok ? io.out : io.err)(summary)
    return ok ? 0 : 1
  },
}
