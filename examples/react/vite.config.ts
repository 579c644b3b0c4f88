/**
 * React 19 needs no plugin for JSX here: esbuild compiles it with the automatic runtime. In this
 * repository the example runs from the packages' TypeScript sources (the `@dvc-kit/source`
 * condition); a project of its own drops that line and uses the published `dist`.
 */
import { defaultClientConditions, defineConfig } from 'vite';

export default defineConfig({
  resolve: { conditions: ['@dvc-kit/source', ...defaultClientConditions] },
  esbuild: { jsx: 'automatic' },
  server: { host: process.env['HOST'] ?? '127.0.0.1', port: Number(process.env['PORT'] ?? 5174) },
  build: { target: 'es2022' },
});
