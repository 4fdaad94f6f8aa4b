import { createRequire } from 'node:module'
import type { Client, ClientConfig, QueryResult } from 'pg'

// pg's entry point extends pg-pool's class at load time, which breaks wherever the `import`
// export condition is active for require() (Vitest workers run with it): pg-pool then
// resolves to its ESM namespace. pg's Client alone does not load pg-pool, so the LRS pools
// Clients itself.
const require = createRequire(import.meta.url)
const PgClient = require('pg/lib/client.js') as new (config: ClientConfig) => Client

/** A checked-out connection; release() returns it (or drops it after an error). */
export interface PooledClient {
  query: (sql: string, params?: unknown[]) => Promise<QueryResult>
  release: (broken?: boolean) => void
}

/** A small connection pool of pg Clients: at most `max` connections, waiters served in order. */
export class ClientPool {
  private readonly idle: Client[] = []
  private readonly waiting: ((client: Client) => void)[] = []
  private open = 0
  private ended = false

  constructor(
    private readonly config: ClientConfig,
    private readonly max: number,
  ) {}

  private async acquire(): Promise<Client> {
    if (this.ended) throw new Error('the PostgreSQL pool is closed')
    const idle = this.idle.pop()
    if (idle) return idle
    if (this.open < this.max) {
      this.open++
      const client = new PgClient(this.config)
      client.on('error', () => undefined)
      try {
        await client.connect()
      } catch (error) {
        this.open--
        throw error
      }
      return client
    }
    return new Promise((resolve) => this.waiting.push(resolve))
  }

  private giveBack(client: Client, broken: boolean): void {
    if (broken || this.ended) {
      this.open--
      void client.end().catch(() => undefined)
      return
    }
    const waiter = this.waiting.shift()
    if (waiter) waiter(client)
    else this.idle.push(client)
  }

  /** Checks out a connection for a transaction. */
  async connect(): Promise<PooledClient> {
    const client = await this.acquire()
    let released = false
    return {
      query: (sql, params) => client.query(sql, params),
      release: (broken = false) => {
        if (released) return
        released = true
        this.giveBack(client, broken)
      },
    }
  }

  /** Runs one query on any connection. */
  async query(sql: string, params: unknown[] = []): Promise<QueryResult> {
    const client = await this.connect()
    try {
      const result = await client.query(sql, params)
      client.release()
      return result
    } catch (error) {
      client.release(true)
      throw error
    }
  }

  /** Closes every connection. */
  async end(): Promise<void> {
    this.ended = true
    await Promise.all(this.idle.splice(0).map((client) => client.end().catch(() => undefined)))
  }
}

/** One connection outside any pool (creating databases, admin work). */
export async function connectClient(connectionString: string): Promise<Client> {
  const client = new PgClient({ connectionString })
  await client.connect()
  return client
}
