// `npm run bench`: speed and memory of the hot paths, each as a ratio to a baseline measured in
// the same run (GET /healthz through the same app), so results compare across machines.
// Data: N directory entries named with words of the UDHR in the six languages (text nobody here wrote).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { LOCALE_CODES } from '../common/locales';
import { buildApp } from '../server/app';
import { loadConfig } from '../server/config';
import { createDatabase } from '../server/db/database';
import { migrateToLatest } from '../server/db/migrate';
import { systemClock } from '../server/lib/clock';
import { newId } from '../server/lib/ids';
import { toAuthorityFields } from '../server/modules/directory/authority.input';
import { insertAuthority } from '../server/modules/directory/authority.repository';
import { authorityInput } from '../server/modules/directory/directory.fixtures';
import { loadReferenceStates } from '../server/modules/states/index';

const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 5000);
const RUNS = Number(process.env.BENCH_RUNS ?? 60);
const corpusDir = join(import.meta.dirname, '..', '..', 'shared', 'data', 'corpus');

function words(locale: string): string[] {
  const file = join(corpusDir, `udhr.${locale}.json`);
  const text: string = JSON.parse(readFileSync(file, 'utf8')).articles.map((a: { text: string }) => a.text).join(' ');
  if (locale === 'zh') return [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
  return text.split(/[\s,.;:()«»"]+/).filter((w) => w.length > 3);
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'comity-bench-'));
  const db = createDatabase({ sqliteFile: join(dir, 'bench.db') });
  const log = { info() {}, warn() {}, error() {} };
  const ctx = { actor: null, clock: systemClock, publicUrl: 'http://bench', mailTransport: null, log };
  await migrateToLatest(db);
  await loadReferenceStates(db, ctx, join(import.meta.dirname, '..', 'data'));
  const states = (await db.selectFrom('state').select('code').execute()).map((s) => s.code);
  const vocab = Object.fromEntries(LOCALE_CODES.map((l) => [l, words(l)]));
  const pick = (l: string, i: number, n: number) => Array.from({ length: n }, (_, k) => vocab[l]![(i * 7 + k * 13) % vocab[l]!.length]).join(' ');
  const started = performance.now();
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < ENTRIES; i++) {
      const names = Object.fromEntries(LOCALE_CODES.map((l) => [l, pick(l, i, 4)]));
      const input = authorityInput(states[i % states.length]!, { originalName: `${pick('en', i, 3)} ${i}`, names, timeZone: 'UTC' });
      await insertAuthority(trx, newId(), toAuthorityFields(input), new Date().toISOString());
    }
  });
  const seedMs = performance.now() - started;

  const app = await buildApp({ db, config: loadConfig({ WEB_DIR: '/nonexistent' }), clock: systemClock, mailTransport: null });
  const time = async (url: string) => {
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      const response = await app.inject({ url });
      if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode}`);
      samples.push(performance.now() - t);
    }
    samples.sort((a, b) => a - b);
    return { median: samples[Math.floor(RUNS / 2)]!, p90: samples[Math.floor(RUNS * 0.9)]! };
  };
  const baseline = await time('/healthz');
  const cases: [string, string][] = [
    ['States, all, in Russian', '/api/v1/states?locale=ru'],
    ['States, search "герм"', '/api/v1/states?q=%D0%B3%D0%B5%D1%80%D0%BC'],
    ['Directory search, Arabic partial', `/api/v1/directory/authorities?q=${encodeURIComponent(vocab.ar![5]!.slice(0, 4))}`],
    ['Directory search, Chinese partial', `/api/v1/directory/authorities?q=${encodeURIComponent(vocab.zh![9]!)}`],
    ['Directory search + filters', '/api/v1/directory/authorities?regionalGroup=african&language=fr'],
    ['Finder, urgent extradition', '/api/v1/directory/finder?state=FR&measure=extradition&urgent=true'],
    ['State directory profile', '/api/v1/directory/states/FR'],
  ];
  console.log(`Comity bench: ${ENTRIES} directory entries (seeded in ${(seedMs / 1000).toFixed(1)} s), ${RUNS} runs each, SQLite`);
  console.log(`baseline GET /healthz: median ${baseline.median.toFixed(2)} ms\n`);
  console.log('case'.padEnd(40), 'median×', 'p90×');
  for (const [name, url] of cases) {
    const r = await time(url);
    console.log(name.padEnd(40), (r.median / baseline.median).toFixed(1).padStart(7), (r.p90 / baseline.median).toFixed(1).padStart(5));
  }
  global.gc?.();
  const before = process.memoryUsage().heapUsed;
  const exportStart = performance.now();
  const csv = await app.inject({ url: '/api/v1/directory/export.csv' });
  const exportMs = performance.now() - exportStart;
  const heapGrowth = (process.memoryUsage().heapUsed - before) / csv.body.length;
  console.log(`\nExport CSV: ${(csv.body.length / 1e6).toFixed(1)} MB, ${(exportMs / baseline.median).toFixed(0)}× baseline, heap growth ${heapGrowth.toFixed(1)}× the file size`);
  console.log(`Process RSS: ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
  reportBundles();
  await app.close();
  await db.destroy();
  rmSync(dir, { recursive: true, force: true });
}

/** Bytes a browser downloads on a first visit (gzip), as a ratio to the largest page chunk. */
function reportBundles() {
  const assets = join(import.meta.dirname, '..', 'dist', 'web', 'assets');
  let files: string[];
  try {
    files = readdirSync(assets);
  } catch {
    console.log('\n(no web build: run `npm run build` to measure bundles)');
    return;
  }
  const sized = files.filter((f) => f.endsWith('.js') || f.endsWith('.css')).map((f) => ({ f, raw: statSync(join(assets, f)).size, gz: gzipSync(readFileSync(join(assets, f))).length }));
  const total = sized.reduce((s, x) => s + x.gz, 0);
  const largest = [...sized].sort((a, b) => b.gz - a.gz).slice(0, 4);
  console.log(`\nWeb bundles: ${sized.length} files, ${(total / 1024).toFixed(0)} KiB gzip in all; largest:`);
  for (const x of largest) console.log(`  ${x.f.padEnd(36)} ${(x.gz / 1024).toFixed(1)} KiB gzip`);
}

await main();
