import { defineConfig } from 'vite';

// The CLI is one Node ESM file. jsdom and Readability stay external: they are runtime
// dependencies installed next to the package, and jsdom does not survive bundling.
export default defineConfig({
  publicDir: false,
  build: {
    ssr: 'src/cli/main.ts',
    target: 'node20',
    outDir: 'dist/cli',
    emptyOutDir: true,
    minify: false,
    sourcemap: true,
    rolldownOptions: {
      output: { format: 'es', entryFileNames: 'main.mjs' },
    },
  },
  ssr: {
    target: 'node',
    external: ['jsdom', '@mozilla/readability'],
  },
});
