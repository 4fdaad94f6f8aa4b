import { createServer } from 'node:net'
import type { CheckResult } from './check.ts'

/** The ports Practicum's services listen on by default. */
export const defaultPorts = { lrs: 8370, player: 8371 } as const

function canListen(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer()
    server.once('error', () => resolve(false))
    server.listen(port, host, () => server.close(() => resolve(true)))
  })
}

export async function checkPorts(
  ports: Record<string, number> = defaultPorts,
  host = '127.0.0.1',
): Promise<CheckResult> {
  const entries = Object.entries(ports)
  const busy: string[] = []
  for (const [name, port] of entries) {
    if (!(await canListen(port, host))) busy.push(`${name} ${port}`)
  }
  const list = entries.map(([name, port]) => `${name} ${port}`).join(', ')
  return busy.length
    ? {
        id: 'ports',
        label: 'Ports',
        status: 'warn',
        detail: `in use on ${host}: ${busy.join(', ')}`,
        fix: 'stop what listens there, or start Practicum with --port',
      }
    : { id: 'ports', label: 'Ports', status: 'ok', detail: `free on ${host}: ${list}` }
}
