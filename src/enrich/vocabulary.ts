// The topics vocabulary: an optional `topics.yml` beside the seeds folder that names canonical
// topics (with their kind and aliases), topics to suppress, and the minimum support an
// extracted name needs. It wins over extraction. Parsing is pure; the caller reads the file.
import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument, type YAMLMap } from 'yaml';
import { MAX_TOPIC_NAME, TOPIC_KINDS, type TopicKind } from '../types.ts';
import { cleanLine, wellFormed } from '../unicode.ts';
import { yamlMessage } from '../yaml-message.ts';

/**
 * How much support an extracted name needs to become a topic: `archive` mentions across the
 * whole archive, or `article` mentions within one article. A name said once in passing ("… met
 * Defense Minister Sergey Shoigu") is rarely what a reader follows, and single mentions are
 * where extraction's mistakes concentrate.
 */
export const MIN_SUPPORT = { archive: 3, article: 2 } as const;

export interface VocabularyTopic {
  name: string;
  kind: TopicKind;
  aliases: string[];
}

export interface Vocabulary {
  topics: VocabularyTopic[];
  /** Names that never become topics, however often they are named. */
  suppress: string[];
  /** Mentions across the archive that make an extracted name a topic. */
  minMentions: number;
  /** Mentions within one article that make an extracted name a topic of that article. */
  minMentionsInArticle: number;
}

export const EMPTY_VOCABULARY: Vocabulary = { topics: [], suppress: [], minMentions: MIN_SUPPORT.archive, minMentionsInArticle: MIN_SUPPORT.article };

/** A mistake in `topics.yml`, with the line it is on. */
export class VocabularyError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(`${file}:${line}: ${message}`);
  }
}

const KINDS = new Set<string>(TOPIC_KINDS);
const KEYS = new Set(['topics', 'suppress', 'min_mentions', 'min_mentions_in_article']);
const TOPIC_KEYS = new Set(['name', 'kind', 'aliases']);

/** Parses `topics.yml`; throws a VocabularyError naming the file and line of the first mistake. */
export function parseVocabulary(text: string, file: string): Vocabulary {
  const lines = new LineCounter();
  // The core schema: no timestamps, no custom tags; a name stays the string written.
  const doc = parseDocument(text, { schema: 'core', lineCounter: lines, prettyErrors: false });
  const lineOf = (node: Node | null | undefined): number => (node?.range ? lines.linePos(node.range[0]).line : 1);
  const fail = (node: Node | null | undefined, message: string): never => {
    throw new VocabularyError(file, lineOf(node), message);
  };
  // Warnings (an unknown tag such as !!js/function) are mistakes too: the file says something we would ignore.
  const first = doc.errors[0] ?? doc.warnings[0];
  if (first) {
    // A mistake found at the end of the file (an unclosed quote) is reported on its last line, not after it.
    const last = text.replace(/\r?\n$/, '').split(/\r\n|\r|\n/).length;
    throw new VocabularyError(file, Math.min(lines.linePos(first.pos[0]).line, last), `not valid YAML: ${yamlMessage(first.message)}`);
  }
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) return EMPTY_VOCABULARY;
  if (!isMap(root)) return fail(root, 'expected a mapping with "topics", "suppress", "min_mentions" and "min_mentions_in_article"');

  const text1 = (node: unknown, what: string, parent?: Node): string => {
    if (!isScalar(node) || typeof node.value !== 'string' || node.value.trim() === '') return fail((node as Node | undefined) ?? parent, `${what} must be a non-empty text`);
    // As front matter names are: no control characters, no override left open, and a name's length.
    const name = cleanLine(wellFormed(node.value)).trim();
    if (name === '') return fail(node, `${what} must be a non-empty text`);
    if (name.length > MAX_TOPIC_NAME) return fail(node, `${what} is ${name.length} characters long, over the ${MAX_TOPIC_NAME} a topic name can have`);
    return name;
  };
  const list = (node: unknown, what: string): Node[] => {
    if (node === null || node === undefined) return [];
    if (!isSeq(node)) return fail(node as Node, `${what} must be a list`);
    return node.items as Node[];
  };

  const vocabulary: Vocabulary = { ...EMPTY_VOCABULARY, topics: [], suppress: [] };
  // Every name and alias, in lower case, with what it is: one spelling can stand for one topic only.
  const seen = new Map<string, { line: number; of: string; alias: boolean }>();
  const suppressed: { name: string; node: Node }[] = [];
  for (const pair of (root as YAMLMap).items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!KEYS.has(key)) fail(pair.key as Node, `unknown key "${key}"; expected topics, suppress, min_mentions or min_mentions_in_article`);
    if (key === 'min_mentions' || key === 'min_mentions_in_article') {
      const v = pair.value;
      if (!isScalar(v) || typeof v.value !== 'number' || !Number.isInteger(v.value) || v.value < 1) fail(v as Node, `${key} must be a whole number, 1 or more`);
      vocabulary[key === 'min_mentions' ? 'minMentions' : 'minMentionsInArticle'] = (v as { value: number }).value;
    } else if (key === 'suppress') {
      for (const item of list(pair.value, 'suppress')) {
        const name = text1(item, 'each suppressed name');
        vocabulary.suppress.push(name);
        suppressed.push({ name, node: item });
      }
    } else {
      for (const item of list(pair.value, 'topics')) {
        if (!isMap(item)) fail(item, 'each topic must be a mapping with name, kind and aliases');
        const entry = item as YAMLMap;
        for (const p of entry.items) {
          const k = isScalar(p.key) ? String(p.key.value) : '';
          if (!TOPIC_KEYS.has(k)) fail(p.key as Node, `unknown key "${k}" in a topic; expected name, kind or aliases`);
        }
        const name = text1(entry.get('name', true), 'a topic\'s "name"', item);
        const kindNode = entry.get('kind', true);
        const kind = text1(kindNode, 'a topic\'s "kind"', item);
        if (!KINDS.has(kind)) fail(kindNode as Node, `kind "${kind}" is not one of ${TOPIC_KINDS.join(', ')}`);
        const aliasNodes = list(entry.get('aliases', true), 'aliases');
        const aliases = aliasNodes.map((a) => text1(a, 'each alias'));
        const line = lineOf(item);
        const earlier = seen.get(name.toLowerCase());
        if (earlier !== undefined) fail(item, !earlier.alias ? `"${name}" is already named on line ${earlier.line}` : `"${name}" is already an alias of "${earlier.of}" on line ${earlier.line}`);
        seen.set(name.toLowerCase(), { line, of: name, alias: false });
        aliases.forEach((alias, i) => {
          const other = seen.get(alias.toLowerCase());
          // An alias that repeats its own topic's name or alias says nothing wrong.
          if (other !== undefined && other.of !== name) fail(aliasNodes[i], `alias "${alias}" of "${name}" is already ${other.alias ? `an alias of "${other.of}"` : 'a topic'} on line ${other.line}`);
          if (other === undefined) seen.set(alias.toLowerCase(), { line: lineOf(aliasNodes[i]), of: name, alias: true });
        });
        vocabulary.topics.push({ name, kind: kind as TopicKind, aliases });
      }
    }
  }
  // A name both kept and suppressed: which one is meant cannot be guessed.
  for (const { name, node } of suppressed) {
    const kept = seen.get(name.toLowerCase());
    if (kept !== undefined) fail(node, `"${name}" is suppressed, but it is ${kept.alias ? `an alias of "${kept.of}"` : 'a topic'} on line ${kept.line}`);
  }
  return vocabulary;
}
