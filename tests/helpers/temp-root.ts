// vitest's global setup: one folder under the system's temporary folder holds every folder the
// tests make (see tempDir), and is removed when the run ends, so that runs leave nothing behind.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    tempRoot: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'news-archive-tests-'));
  project.provide('tempRoot', root);
  return () => rm(root, { recursive: true, force: true });
}
