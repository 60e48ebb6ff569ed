import { describe, expect, it } from 'vitest';
import { attrs, escapeHtml, html, raw, SafeHtml } from './html.js';

const evil = '<script>alert("x")</script>';

describe('html', () => {
  it('escapes every interpolated text', () => {
    const out = html`<p title="${evil}">${evil}</p>`.toString();
    expect(out).not.toContain('<script>');
    expect(out).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</p>',
    );
  });

  it('escapes quotes and ampersands so attributes cannot be broken out of', () => {
    expect(html`<a href="${'x" onmouseover="y'}">`.toString()).toBe('<a href="x&quot; onmouseover=&quot;y">');
    expect(html`<a title='${"x' y='z"}'>`.toString()).toBe("<a title='x&#39; y=&#39;z'>");
    expect(escapeHtml('Tom & Jerry')).toBe('Tom &amp; Jerry');
  });

  it('keeps SafeHtml and raw markup, and nests without double escaping', () => {
    const inner = html`<b>${'a&b'}</b>`;
    expect(html`<p>${inner}${raw('<i>ok</i>')}</p>`.toString()).toBe('<p><b>a&amp;b</b><i>ok</i></p>');
  });

  it('joins arrays, escaping their items, and renders nothing for null, undefined and booleans', () => {
    const items = ['<a>', html`<li>1</li>`, ['<b>', 2]];
    expect(html`${items}|${null}${undefined}${false}${true}|${0}`.toString()).toBe('&lt;a&gt;<li>1</li>&lt;b&gt;2||0');
  });

  it('does not trust objects that only look like SafeHtml', () => {
    const fake = { value: evil, toString: () => evil } as unknown as SafeHtml;
    expect(html`${fake}`.toString()).not.toContain('<script>');
  });
});

describe('attrs', () => {
  it('writes, escapes, drops and flags attributes', () => {
    expect(attrs({ name: 'q', value: evil, required: true, hidden: false, title: undefined }).toString()).toBe(
      ' name="q" value="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" required',
    );
  });

  it('rejects attribute names that could inject markup', () => {
    expect(() => attrs({ 'onload="x"': 'y' })).toThrow(/Invalid attribute name/);
  });
});
