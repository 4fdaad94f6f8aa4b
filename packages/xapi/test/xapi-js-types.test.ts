// The statements we send fit xAPI.js's types (the library the client named): `import type` only,
// nothing of it is bundled. A type error here fails `pnpm typecheck`.
import type { Statement as XapiJsStatement } from '@xapi/xapi'
import { expect, it } from 'vitest'
import { forVersion, type Statement } from '@practicum/xapi'
import { sample } from './support/queue-store-contract.ts'

/** Our statement, as xAPI.js types it (1.0.3: it has no contextAgents). */
function asXapiJs(statement: Statement): XapiJsStatement {
  return forVersion(statement, '1.0.3')
}

it('a Practicum statement is an xAPI.js Statement', () => {
  const { statement } = sample(1, true)
  const typed = asXapiJs(statement)
  expect(typed.id).toBe(statement.id)
  expect(typed.attachments?.[0]?.usageType).toBe('https://w3id.org/practicum/xapi/attachments/recording')
})
