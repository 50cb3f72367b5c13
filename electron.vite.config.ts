import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

const root = (p: string): string => resolve(import.meta.dirname, p);

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        // The window's process, and the audit engine's utility process (main/app/engine-process.ts).
        input: { index: root('main/index.ts'), 'engine-host': root('main/engine/host/entry.ts') },
      },
    },
  },
  preload: {
    build: {
      rollupOptions: {
        input: { index: root('preload/index.ts') },
        // CommonJS so it runs in a sandboxed renderer.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: root('renderer'),
    build: { minify: true, rollupOptions: { input: { index: root('renderer/index.html') } } },
    // nhsuk-frontend's Sass, imported by package path.
    css: { preprocessorOptions: { scss: { loadPaths: [root('node_modules')], quietDeps: true } } },
    plugins: [react()],
  },
});
