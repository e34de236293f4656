import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In this repository the demo uses the library's source; an app that installs
// arr-rules needs no alias.
const src = (file: string) => fileURLToPath(new URL(`../../src/${file}`, import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  resolve: {
    alias: [
      { find: /^arr-rules\/schemas$/, replacement: src('schemas.ts') },
      { find: /^arr-rules$/, replacement: src('index.ts') },
    ],
  },
  // React, react-dom and the Aksel components make one chunk of about 590 kB (≈ 170 kB gzip); a demo need not split it.
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 800 },
  logLevel: 'warn',
});
