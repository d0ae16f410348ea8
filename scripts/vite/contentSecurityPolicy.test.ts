import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classServerOrigins, pagePolicy, singleFilePolicy } from './contentSecurityPolicy';

const directive = (policy: string, name: string) =>
  policy
    .split('; ')
    .find((d) => d.startsWith(`${name} `))
    ?.split(' ')
    .slice(1);

describe('the page policy', () => {
  it('allows only the page’s own origin for script and style, and nothing inline or evaluated', () => {
    const policy = pagePolicy();
    expect(directive(policy, 'script-src')).toEqual(["'self'"]);
    expect(directive(policy, 'style-src')).toEqual(["'self'"]);
    expect(directive(policy, 'connect-src')).toEqual(["'self'"]);
    expect(policy).not.toMatch(/unsafe|\*|https?:/);
  });

  it('lets a school name its class servers, over HTTP and their websockets, and nothing more', () => {
    const extra = classServerOrigins('http://10.0.0.5:2567, https://class.school.example');
    expect(extra).toEqual([
      'http://10.0.0.5:2567',
      'ws://10.0.0.5:2567',
      'https://class.school.example',
      'wss://class.school.example',
    ]);
    const policy = pagePolicy(extra);
    expect(directive(policy, 'connect-src')).toEqual(["'self'", ...extra]);
    expect(directive(policy, 'script-src')).toEqual(["'self'"]);
    expect(classServerOrigins(undefined)).toEqual([]);
    expect(classServerOrigins('  ')).toEqual([]);
  });

  it('says what is wrong with an origin it cannot use', () => {
    expect(() => classServerOrigins('10.0.0.5:2567')).toThrow(
      /is not an address; write it as http:\/\/host:port/,
    );
    expect(() => classServerOrigins('class server')).toThrow(/"class" is not an address/);
    expect(() => classServerOrigins('ftp://10.0.0.5')).toThrow(/not an http: or https: address/);
    expect(() => classServerOrigins('http://10.0.0.5:2567/class')).toThrow(/write only http:\/\/host:port/);
  });
});

describe('the one-file policy', () => {
  it('allows its inline script and styles by their SHA-256 and nothing else inline', () => {
    const policy = singleFilePolicy(['console.log(1)'], ['body{}', '']);
    // SHA-256 of the empty string (the FIPS 180-4 test vector), as CSP writes it.
    expect(directive(policy, 'style-src')).toContain("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    expect(directive(policy, 'style-src')).toHaveLength(2);
    const script = directive(policy, 'script-src');
    expect(script).toHaveLength(1);
    expect(script).not.toEqual(directive(singleFilePolicy(['console.log(2)'], []), 'script-src'));
    expect(policy).not.toMatch(/unsafe|'self'|https?:/);
    expect(directive(policy, 'connect-src')).toEqual(["'none'"]);
  });
});

/** What the page's policy refuses, or what would put text in the page as markup, in a source file. */
function refusedByPolicy(source: string): string[] {
  const patterns: [RegExp, string][] = [
    [
      /\.(innerHTML|outerHTML)\b|insertAdjacentHTML|createContextualFragment|document\.write|DOMParser/,
      'markup',
    ],
    [/setAttribute\(\s*['"`]style['"`]/, 'a style attribute'],
    [/\bstyle=["'\\]/, 'a style attribute in markup'],
    [/new Function\b|\beval\(|set(Timeout|Interval)\(\s*['"`]/, 'code from a string'],
  ];
  return source
    .split('\n')
    .flatMap((line, i) => patterns.filter(([p]) => p.test(line)).map(([, what]) => `${i + 1}: ${what}`));
}

const root = join(import.meta.dirname, '..', '..');
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
  });
}

describe('the game’s own code', () => {
  it('is caught writing markup, a style attribute or code from a string', () => {
    expect(refusedByPolicy("el.innerHTML = name;\nel.setAttribute('style', s);")).toEqual([
      '1: markup',
      '2: a style attribute',
    ]);
    expect(refusedByPolicy('const x = `<p style="color: red">`;\nnew Function("return 1")')).toEqual([
      '1: a style attribute in markup',
      '2: code from a string',
    ]);
    expect(refusedByPolicy("h('p', { style: 'width: 40%' }, name)")).toEqual([]);
  });

  it('puts text in the page only as text, and styles only through the CSSOM', () => {
    const found = sources(join(root, 'src')).flatMap((file) =>
      refusedByPolicy(readFileSync(file, 'utf8')).map((p) => `${relative(root, file)}:${p}`),
    );
    expect(found).toEqual([]);
  });
});
