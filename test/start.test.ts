// `npm start` from the README: it must reach its ready line and say what it checked.
import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '..')
const readyTimeout = 120_000

/** Runs `npm start -- args` until `ready` matches a line of its output; `stop` ends it. */
function startUntil(
  ready: RegExp,
  args: string[],
): Promise<{ output: string; readyLine: string; stop: () => void }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['start', '--', ...args], {
      cwd: root,
      detached: true,
      env: { ...process.env, NO_COLOR: '1' },
    })
    let output = ''
    const stop = () => {
      clearTimeout(timer)
      try {
        process.kill(-child.pid!, 'SIGTERM')
      } catch {
        // already gone
      }
    }
    const timer = setTimeout(() => {
      stop()
      reject(new Error(`no ready line within ${readyTimeout / 1000} s; output:\n${output}`))
    }, readyTimeout)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      // only whole lines: a chunk may end in the middle of one
      const line = output
        .split('\n')
        .slice(0, -1)
        .find((candidate) => ready.test(candidate))
      if (line) {
        clearTimeout(timer)
        resolve({ output, readyLine: line, stop })
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.once('exit', (code) => {
      if (!ready.test(output)) {
        clearTimeout(timer)
        reject(new Error(`npm start exited with ${code} before its ready line; output:\n${output}`))
      }
    })
  })
}

async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return port
}

it(
  'npm start makes the machine ready, checks it, runs the embedded LRS, serves the desktop loop page with its LRS launch, and sends a headless expert attempt to it',
  async () => {
    const port = await freePort()
    const data = mkdtempSync(path.join(tmpdir(), 'practicum-start-'))
    // the last line: how to see the expert attempt's statements
    const { output, readyLine, stop } = await startUntil(/^ {2}curl -u /, [
      '--port',
      String(port),
      '--data',
      data,
    ])
    expect(output).toContain(`practicum lrs: listening on http://127.0.0.1:${port}/xapi`)
    expect(output).toContain('installing the workspace')
    expect(output).toMatch(/^practicum doctor: ready \(7 checks/m)
    for (const label of [
      'Node.js',
      'pnpm',
      'Native build tools',
      'Chromium',
      'PostgreSQL server tools',
      'Free disk',
      'Ports',
    ]) {
      expect(output).toMatch(new RegExp(`(✔|!) ${label}`))
    }
    // the first start prints the credential it created, once, and the LRS answers with it
    const key = /^ {2}key: +(\S+)$/m.exec(output)?.[1]
    const secret = /^ {2}secret: +(\S+)$/m.exec(output)?.[1]
    expect(key && secret).toBeTruthy()
    try {
      const about = await fetch(`http://127.0.0.1:${port}/xapi/about`)
      expect(about.status).toBe(200)
      expect((await about.json()) as { version: string[] }).toMatchObject({
        version: expect.arrayContaining(['2.0.0', '1.0.3']),
      })
      const statements = await fetch(`http://127.0.0.1:${port}/xapi/statements`, {
        headers: { authorization: `Basic ${btoa(`${key}:${secret}`)}`, 'x-experience-api-version': '2.0.0' },
      })
      expect(statements.status).toBe(200)
      // the printed query shows the expert attempt's evidence, with the printed credential
      expect(output).toMatch(
        /^practicum attempt: passed; \d+ statements delivered \(xAPI 2\.0\.0\), 0 failed, 0 queued$/m,
      )
      const [, credential, version, query] =
        /^ {2}curl -u (\S+) -H 'X-Experience-API-Version: (\S+)' '(\S+)'$/.exec(readyLine) ?? []
      expect(query).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${port}/xapi/statements\\?registration=`))
      const evidence = await fetch(query!, {
        headers: { authorization: `Basic ${btoa(credential!)}`, 'x-experience-api-version': version! },
      })
      expect(evidence.status).toBe(200)
      const page = (await evidence.json()) as {
        statements: { verb: { id: string }; object: { id: string }; attachments?: { usageType: string }[] }[]
      }
      const delivered = Number(/(\d+) statements delivered/.exec(output)?.[1])
      expect(page.statements.length).toBe(delivered)
      const last = page.statements.at(-1)!
      expect(last.verb.id).toBe('http://adlnet.gov/expapi/verbs/passed')
      expect(last.object.id).toBe('https://w3id.org/practicum/scenarios/press-lockout-test')
      expect(last.attachments?.[0]?.usageType).toBe('https://w3id.org/practicum/xapi/attachments/recording')

      // the desktop loop page is served, its address carries its LRS launch, and its credential works
      const pageUrl = /^ {2}page: (\S+)$/m.exec(output)?.[1]
      expect(pageUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?endpoint=/)
      const launch = new URL(pageUrl!).searchParams
      expect(launch.get('endpoint')).toBe(`http://127.0.0.1:${port}/xapi`)
      expect(output).toContain(`  LRS:  http://127.0.0.1:${port}/xapi`)
      const [, pageKey, pageSecret] = /^ {2}page credential: (\S+) (\S+) /m.exec(output) ?? []
      expect([launch.get('key'), launch.get('secret')]).toEqual([pageKey, pageSecret])
      const html = await fetch(pageUrl!)
      expect(html.status).toBe(200)
      const body = await html.text()
      expect(body).toContain('<div id="root">')
      // every script the page loads is served too (the bundle, with the scenarios and Rapier)
      const scripts = [...body.matchAll(/src="\.?\/?([^"]+\.js)"/g)].map((match) => match[1]!)
      expect(scripts.length).toBeGreaterThan(0)
      for (const script of scripts) {
        const asset = await fetch(new URL(script, pageUrl!))
        expect(asset.status, script).toBe(200)
        expect(asset.headers.get('content-type')).toMatch(/javascript/)
      }
      const asPage = await fetch(`${launch.get('endpoint')}/statements?limit=1`, {
        headers: {
          authorization: `Basic ${btoa(`${pageKey}:${pageSecret}`)}`,
          'x-experience-api-version': '2.0.0',
          origin: new URL(pageUrl!).origin,
        },
      })
      expect(asPage.status).toBe(200)
      expect(asPage.headers.get('access-control-allow-origin')).toBe(new URL(pageUrl!).origin)
    } finally {
      stop()
    }
  },
  readyTimeout + 10_000,
)
