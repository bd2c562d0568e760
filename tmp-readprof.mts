import { loadSeeds } from './src/seeds/load.ts';
const t = performance.now();
const r = await loadSeeds('/tmp/c/10k', { workers: 0 });
console.log('read', r.records.length, Math.round(performance.now() - t), 'ms');
