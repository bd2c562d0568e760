// Links between seeds: Jekyll's post_url, Hugo's ref, relative links to a seed's file and wiki
// links lead to the named seed's article, at the URL it has here; a link to no published article
// is its text, and a warning (none for a wiki's link to a note not written yet).
import { describe, expect, it } from 'vitest';
import { placeArticles } from '../../src/archive/build.ts';
import { MAX_LINK_WARNINGS } from '../../src/archive/seed-links.ts';
import { readSeed } from '../../src/seeds/read.ts';
import { blocksOf } from '../../src/seeds/words.ts';
import type { Article, SeedRecord } from '../../src/types.ts';

function record(file: string, front: string, body: string): SeedRecord {
  const read = readSeed(file, new TextEncoder().encode(`---\n${front}\n---\n${body}\n`));
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return read.record;
}

const html = (a: Article): string => blocksOf(a).map((b) => (b.type === 'html' ? b.html : b.text)).join('');
const bodyOf = (articles: Article[], file: string): string => html(articles.find((a) => a.file === file)!);

describe('links between seeds', () => {
  // The agenda's own slug is its file name's; the vote asks for another; the storm is a Hugo page bundle.
  const agenda = record('_posts/2019-02-20-agenda.md', 'title: The agenda\ndate: 2019-02-20', 'The council published its agenda for the spring session.');
  const vote = record('_posts/2019-03-01-vote.md', 'title: The vote\ndate: 2019-03-01\nslug: council-vote', 'The council voted on the budget after a long debate.');
  const storm = record('posts/storm/index.md', 'title: Storm damage\ndate: 2019-03-04', 'A storm damaged the harbour wall overnight.');
  const draft = record('notes/plan.md', 'title: The plan\ndate: 2019-03-05\ndraft: true', 'The plan, not yet published.');
  const note = record('notes/Budget 2022 abc.md', 'title: Budget notes\ndate: 2019-03-03', 'Notes on the budget, with figures.');

  it('lead to the named article at its URL here, whatever the name gave before', () => {
    const linking = record('_posts/2019-03-06-review.md', 'title: A review\ndate: 2019-03-06', [
      'As [the agenda]({% post_url 2019-02-20-agenda %}) said, [the vote]({% post_url 2019-03-01-vote %}) came',
      'after [the storm]({{< ref "posts/storm" >}}) and [again]({{< relref "/posts/storm/index.md" >}}).',
      '',
      'See [the notes](../notes/Budget%202022%20abc.md#figures), [[Budget 2022 abc|the budget]] and [[storm]].',
    ].join('\n'));
    const { articles, warnings } = placeArticles([agenda, vote, storm, draft, note, linking]);
    expect(warnings).toEqual([]);
    const body = bodyOf(articles, linking.file);
    expect(body).toContain('As <a href="/2019/02/20/agenda/">the agenda</a> said, <a href="/2019/03/01/council-vote/">the vote</a> came');
    expect(body).toContain('after <a href="/2019/03/04/storm/">the storm</a> and <a href="/2019/03/04/storm/">again</a>.');
    // A relative link keeps the heading it names, which has its id there (QA 30).
    expect(body).toContain('See <a href="/2019/03/03/budget-notes/#figures">the notes</a>, <a href="/2019/03/03/budget-notes/">the budget</a> and <a href="/2019/03/04/storm/">storm</a>.');
    expect(body).not.toContain('seed-link');
    expect(articles.find((a) => a.file === linking.file)!.seedLinks).toBeUndefined();
  });

  it('written as a bare Hugo ref in a sentence lead to the page, its file\'s name their text; in code they stay as written', () => {
    const linking = record('posts/review.md', 'title: A review\ndate: 2019-03-06', 'See {{< ref "posts/storm" >}} for the first report; in code, `{{< ref "posts/storm" >}}`.');
    const { articles, warnings } = placeArticles([storm, linking]);
    expect(warnings).toEqual([]);
    expect(bodyOf(articles, linking.file)).toContain('See <a href="/2019/03/04/storm/">posts/storm</a> for the first report; in code, <code>{{&lt; ref &quot;posts/storm&quot; &gt;}}</code>.');
  });

  it('to no published article are their text, with a warning on their line; a wiki\'s, with none', () => {
    const linking = record('notes/links.md', 'title: Dead ends\ndate: 2019-03-06', [
      'Intro paragraph here.',
      '',
      'See [the old post]({% post_url 2018-01-01-nothing %}), [the plan](plan.md), [outside](../../x.md),',
      '[a page]({{< ref "missing.md" >}}) and [[Not written yet]].',
    ].join('\n'));
    const { articles, warnings } = placeArticles([agenda, draft, linking]);
    expect(bodyOf(articles, linking.file)).toContain('<p>See the old post, the plan, outside,\na page and Not written yet.</p>');
    expect(warnings.map((w) => [w.file, w.line, w.message])).toEqual([
      ['notes/links.md', 7, "{% post_url 2018-01-01-nothing %} names no published article: the link's text is shown without the link"],
      ['notes/links.md', 7, 'the link to "notes/plan.md" names a draft, which is not published: the link\'s text is shown without the link'],
      ['notes/links.md', 7, 'the link to "../x.md" names no published article: the link\'s text is shown without the link'],
      ['notes/links.md', 8, '{{< ref "missing.md" >}} names no published article: the link\'s text is shown without the link'],
    ]);
    expect(warnings.every((w) => w.hint !== undefined && w.hint.length > 0)).toBe(true);
  });

  it('to no published article warn a few times per article, then once for the rest', () => {
    const many = Array.from({ length: MAX_LINK_WARNINGS + 25 }, (_, i) => `[note ${i}](gone-${i}.md)`).join('\n');
    const linking = record('notes/list.md', 'title: A list\ndate: 2019-03-06', `Intro paragraph here.\n\n${many}`);
    const { articles, warnings } = placeArticles([linking]);
    expect(warnings).toHaveLength(MAX_LINK_WARNINGS + 1);
    expect(warnings.at(-1)!.message).toBe('25 more links to other seeds name no published article: their texts are shown without the links');
    expect(bodyOf(articles, linking.file)).toContain('note 0\nnote 1\n');
  });

  it('give the linking article a digest of its own, which changes with the URL the link leads to', () => {
    const linking = record('_posts/2019-03-06-review.md', 'title: A review\ndate: 2019-03-06', 'After [the vote]({% post_url 2019-03-01-vote %}) the council rested.');
    const digestWith = (target: SeedRecord): string => placeArticles([target, linking]).articles.find((a) => a.file === linking.file)!.digest;
    const renamed = record('_posts/2019-03-01-vote.md', 'title: The vote\ndate: 2019-03-01\nslug: budget-vote', 'The council voted on the budget after a long debate.');
    expect(digestWith(vote)).not.toBe(linking.digest);
    expect(digestWith(vote)).not.toBe(digestWith(renamed));
    expect(digestWith(vote)).toBe(digestWith(vote));
    // An article with no such links is the record's as it was read.
    expect(placeArticles([vote]).articles[0]!.digest).toBe(vote.digest);
  });

  it('lead to the article published in place of a duplicate, and find a post by its name in any folder', () => {
    const copy = record('_posts/2019-03-01-vote-copy.md', 'title: The vote\ndate: 2019-03-01', 'The council voted on the budget after a long debate.');
    const linking = record('other/2019-03-06-review.md', 'title: A review\ndate: 2019-03-06', 'See [the copy]({% post_url 2019-03-01-vote-copy %}) and [the vote]({% link _posts/2019-03-01-vote.md %}).');
    const { articles, warnings, duplicates } = placeArticles([vote, copy, linking]);
    expect(duplicates.map((d) => d.file)).toEqual(['_posts/2019-03-01-vote.md']);
    expect(warnings).toEqual([]);
    expect(bodyOf(articles, linking.file)).toContain('See <a href="/2019/03/01/vote-copy/">the copy</a> and <a href="/2019/03/01/vote-copy/">the vote</a>.');
  });

  it('keep a relative link\'s fragment that can name a heading, and drop one that cannot; a dead link with one is its text (QA 30)', () => {
    const linking = record('notes/review.md', 'title: A review\ndate: 2019-03-06', 'See [z](Budget%202022%20abc.md#z%C3%BCrich-2023), [odd](Budget%202022%20abc.md#a%22b), [gone](missing.md#results).');
    const { articles } = placeArticles([note, linking]);
    expect(bodyOf(articles, linking.file)).toContain('See <a href="/2019/03/03/budget-notes/#z%C3%BCrich-2023">z</a>, <a href="/2019/03/03/budget-notes/">odd</a>, gone.');
  });

  it('touch no other link: a hand-written link to the same address, or an author\'s own #seed-link (QA 26)', () => {
    const linking = record('_posts/2019-03-06-review.md', 'title: A review\ndate: 2019-03-06', 'Typo: [old]({% post_url 2019-02-20-agendaa %}). Hand-written: [hand](/2019/02/20/agenda/). Mine: [mine](#seed-link-0). Right: [new]({% post_url 2019-02-20-agenda %}).');
    const { articles, warnings } = placeArticles([agenda, linking]);
    expect(bodyOf(articles, linking.file)).toContain('Typo: old. Hand-written: <a href="/2019/02/20/agenda/">hand</a>. Mine: <a href="#seed-link-0">mine</a>. Right: <a href="/2019/02/20/agenda/">new</a>.');
    expect(warnings.map((w) => w.message)).toEqual(["{% post_url 2019-02-20-agendaa %} names no published article: the link's text is shown without the link"]);
  });

  it('leave links in code as code', () => {
    const linking = record('notes/code.md', 'title: Code\ndate: 2019-03-06', 'Intro paragraph here.\n\nWrite `{{< ref "storm.md" >}}` in a link, as `[x]({% post_url 2019-02-20-agenda %})`.');
    const { articles, warnings } = placeArticles([agenda, storm, linking]);
    expect(warnings).toEqual([]);
    expect(bodyOf(articles, linking.file)).toContain('Write <code>{{&lt; ref &quot;storm.md&quot; &gt;}}</code> in a link, as <code>[x]({% post_url 2019-02-20-agenda %})</code>.');
  });
});
