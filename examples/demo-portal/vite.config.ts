/**
 * The demo portal runs from the packages' TypeScript sources (the `@dvc-kit/source` condition) and
 * reaches the sandbox through Vite's proxy, so the page and the API share one origin.
 */
import { defaultClientConditions, defineConfig } from 'vite';

const sandbox = process.env['SANDBOX_URL'] ?? 'http://127.0.0.1:4010';

export default defineConfig({
  resolve: { conditions: ['@dvc-kit/source', ...defaultClientConditions] },
  server: {
    host: process.env['HOST'] ?? '127.0.0.1',
    port: Number(process.env['DEMO_PORT'] ?? 5173),
    strictPort: true,
    proxy: { '/v1': { target: sandbox, changeOrigin: false } },
  },
  preview: { proxy: { '/v1': { target: sandbox } } },
  build: { target: 'es2022' },
});
