// `npm run corpus -- --count N --out DIR [--seed S]`: writes a generated corpus of seeds.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_CORPUS, generateCorpus } from '../corpus/generate.ts';

export async function corpusMain(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        count: { type: 'string', default: '1000' },
        out: { type: 'string', default: 'corpus' },
        seed: { type: 'string', default: String(DEFAULT_CORPUS.seed) },
      },
    }));
  } catch (error) {
    console.error(`corpus: ${(error as Error).message}\nUsage: npm run corpus -- --count N --out DIR [--seed S]`);
    return 2;
  }
  const count = Number(values.count);
  const seed = Number(values.seed);
  if (!Number.isInteger(count) || count < 0 || !Number.isInteger(seed)) {
    console.error('corpus: --count and --seed must be whole numbers');
    return 2;
  }
  await mkdir(values.out, { recursive: true });
  let n = 0;
  for (const s of generateCorpus({ ...DEFAULT_CORPUS, count, seed })) {
    await writeFile(path.join(values.out, s.file), s.text);
    n++;
  }
  console.log(`Wrote ${n} seeds to ${values.out}`);
  return 0;
}
