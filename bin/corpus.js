#!/usr/bin/env node
import { register } from 'tsx/esm/api';

register();
const { corpusMain } = await import('../src/cli/corpus.ts');
process.exitCode = await corpusMain(process.argv.slice(2));
