import { describe, expect, it } from 'vitest';
import { escape, html, trusted } from '../../templates/_includes/html.ts';

describe('escape', () => {
  it('turns the five special characters into references, wherever they are', () => {
    expect(escape(`<script>alert("x") & 'y'</script>`)).toBe('&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;');
    expect(escape('&')).toBe('&amp;');
    expect(escape('a&&b')).toBe('a&amp;&amp;b');
    expect(escape("It's")).toBe('It&#39;s');
    expect(escape('>end')).toBe('&gt;end');
    expect(escape('end<')).toBe('end&lt;');
  });

  it('leaves other text as it is', () => {
    expect(escape('')).toBe('');
    expect(escape('/2017/11/14/geneva-talks/')).toBe('/2017/11/14/geneva-talks/');
    expect(escape('Genève — “quoted” ✓ 𝄞')).toBe('Genève — “quoted” ✓ 𝄞');
  });
});

describe('html', () => {
  it('escapes interpolated text, numbers and arrays, passes SafeHtml, and drops null, undefined and booleans', () => {
    const out = html`<p title="${'"q"'}">${['<a>', html`<b>${'&'}</b>`]} ${3} ${null}${undefined}${true}${false} ${trusted('<i>ok</i>')}</p>`;
    expect(out.value).toBe('<p title="&quot;q&quot;">&lt;a&gt;<b>&amp;</b> 3  <i>ok</i></p>');
  });
});
