import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In this repository the demo uses the library's source; an app that installs
// arr-rules needs no alias.
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const src = (file: string) => here(`../../src/${file}`);

export default defineConfig({
  root: here('.'),
  base: './',
  plugins: [react()],
  resolve: {
    alias: [
      { find: /^arr-rules\/schemas$/, replacement: src('schemas.ts') },
      { find: /^arr-rules$/, replacement: src('index.ts') },
    ],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // The demo, and the guide's form (docs/embedding-in-a-form.md) on a page of its own for the browser tests.
    rolldownOptions: { input: { demo: here('index.html'), guide: here('snippets/index.html') } },
  },
  logLevel: 'warn',
});
