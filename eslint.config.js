// Lint rules, including the direction of imports that docs/ARCHITECTURE.md describes.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';


export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['common/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/server/**', '**/web/**', 'node:*', 'fastify', 'kysely', 'react', 'react-*'], message: 'common/ is isomorphic and free of I/O: it imports nothing from server/ or web/.' }] }] },
  },
  {
    files: ['web/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/server/**', 'node:*'], message: 'The web app reaches the server only through the HTTP API (web/api/).' }] }] },
  },
  {
    files: ['server/lib/**', 'server/platform/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/modules/**'], message: 'lib/ and platform/ never import modules.' }] }] },
  },
  {
    files: ['server/modules/**'],
    ignores: ['server/modules/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./(?!\\.\\.)[^/]+/(?!index$).+',
              message: 'A module reaches another only through its index.ts (except for .table and .policy types/rules shared on purpose).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['server/**/*.routes.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/*.repository', 'kysely'], message: 'Routes know HTTP, not SQL: call the service.' }] }] },
  },
  {
    files: ['server/**/*.repository.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['fastify', '**/*.routes', '**/*.service'], message: 'Repositories hold Kysely code and nothing else.' }] }] },
  },
);
