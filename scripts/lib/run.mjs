// Runs a child process with inherited output; resolves to its exit code (never rejects).
import { spawn } from 'node:child_process'

export function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options })
    child.once('error', (error) => {
      console.error(`✘ could not start ${command}: ${error.message}`)
      resolve(127)
    })
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)))
  })
}
