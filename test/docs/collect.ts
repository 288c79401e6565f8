import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** A code example users read, with where it comes from (`file:line`). */
export interface Example {
  source: string;
  code: string;
}

export const root = join(import.meta.dirname, '..', '..');

function filesUnder(dir: string, suffix: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(suffix))
    .map((name) => join(dir, name));
}

function lineOf(text: string, index: number | undefined): number {
  return text.slice(0, index).split('\n').length;
}

function tsdocExamples(file: string): Example[] {
  const text = readFileSync(file, 'utf8');
  const examples: Example[] = [];
  for (const comment of text.matchAll(/\/\*\*[\s\S]*?\*\//gu)) {
    const body = comment[0]
      .split('\n')
      .map((line) => line.replace(/^\s*\/?\*+\/?\s?/u, ''))
      .join('\n');
    for (const block of body.matchAll(/@example\s*```ts\n([\s\S]*?)```/gu)) {
      examples.push({
        source: `${relative(root, file)}:${lineOf(text, comment.index)}`,
        code: block[1] ?? '',
      });
    }
  }
  return examples;
}

function markdownExamples(file: string): Example[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/```ts\n([\s\S]*?)```/gu)].map((block) => ({
    source: `${relative(root, file)}:${lineOf(text, block.index)}`,
    code: block[1] ?? '',
  }));
}

/** Every `@example` of the TSDoc in `src/`, and every ```ts block of README.md and docs/*.md. */
export function collectExamples(): Example[] {
  return [
    ...filesUnder(join(root, 'src'), '.ts').flatMap(tsdocExamples),
    ...[join(root, 'README.md'), ...filesUnder(join(root, 'docs'), '.md')].flatMap(
      markdownExamples,
    ),
  ];
}
