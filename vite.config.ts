import { parse } from '@formatjs/icu-messageformat-parser';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * Catalogs ship as parsed ICU (ASTs), so the browser never downloads or runs the message
 * parser: it is aliased to formatjs's parser-free build below.
 */
function precompileMessages(): Plugin {
  return {
    name: 'comity:precompile-messages',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]web[\\/]i18n[\\/]messages[\\/][a-z]{2}\.json$/.test(id)) return null;
      const messages = JSON.parse(code) as Record<string, string>;
      return { code: JSON.stringify(Object.fromEntries(Object.entries(messages).map(([key, text]) => [key, parse(text)]))), map: null };
    },
  };
}

export default defineConfig({
  root: 'web',
  plugins: [precompileMessages(), react()],
  resolve: {
    alias: [{ find: /^@formatjs\/icu-messageformat-parser$/, replacement: '@formatjs/icu-messageformat-parser/no-parser.js' }],
  },
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 250,
  },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
