/**
 * Vue compiles `<dvc-*>` tags as custom elements (`isCustomElement`), not as Vue components. In this
 * repository the example runs from the packages' TypeScript sources (the `@dvc-kit/source`
 * condition); a project of its own drops that line and uses the published `dist`.
 */
import vue from '@vitejs/plugin-vue';
import { defaultClientConditions, defineConfig } from 'vite';

export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('dvc-') } } })],
  resolve: { conditions: ['@dvc-kit/source', ...defaultClientConditions] },
  server: { host: process.env['HOST'] ?? '127.0.0.1', port: Number(process.env['PORT'] ?? 5175) },
  build: { target: 'es2022' },
});
