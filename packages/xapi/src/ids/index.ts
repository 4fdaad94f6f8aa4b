export { uuidV5, statementIdNamespace } from './uuid-v5.ts'
