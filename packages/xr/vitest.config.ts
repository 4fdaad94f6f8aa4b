import { packageProject } from '../../vitest.shared.ts'

export default packageProject('xr', { environment: 'happy-dom' })
