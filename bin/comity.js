#!/usr/bin/env node
// The `comity` command: loads the TypeScript CLI through tsx, so no separate build step is needed.
import { register } from 'tsx/esm/api';

register();
const { run } = await import('../server/cli.ts');
const code = await run(process.argv.slice(2));
if (code >= 0) process.exit(code);
