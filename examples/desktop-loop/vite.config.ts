import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

export default defineConfig({
  base: './',
  plugins: [react()],
  // Workspace packages resolve to their TypeScript source (STYLE.md item 7).
  resolve: { conditions: ['source', 'module', 'browser', 'import', 'default'] },
  // The scenario and its models live in scenarios/, outside this folder.
  server: { fs: { allow: ['../..'] } },
  build: { target: 'es2022', chunkSizeWarningLimit: 4000 },
})
