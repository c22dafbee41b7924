import { describe, expect, test } from 'vitest';
import { type ChunkLike, hoistImports, importClosure, staticImportsInOrder } from '../../scripts/lazy-chunks';

function chunk(fileName: string, imports: string[] = [], dynamicImports: string[] = []): ChunkLike {
  return { type: 'chunk', fileName, imports, dynamicImports, code: '' };
}

describe('importClosure', () => {
  test.each([
    {
      name: 'a part and what it imports',
      chunks: [chunk('detect', ['links']), chunk('links'), chunk('popup', ['send']), chunk('send')],
      closure: ['detect', 'links'],
    },
    {
      name: 'imports made dynamically by a part',
      chunks: [chunk('detect', [], ['extract']), chunk('extract', ['shared']), chunk('shared')],
      closure: ['detect', 'extract', 'shared'],
    },
    {
      name: 'chunks shared between parts, once',
      chunks: [
        chunk('detect', ['shared']),
        chunk('clean', ['shared', 'rules']),
        chunk('rules'),
        chunk('shared'),
      ],
      closure: ['clean', 'detect', 'rules', 'shared'],
    },
    {
      name: 'cycles, and names that are not chunks (externals or assets)',
      chunks: [chunk('detect', ['b', 'missing.css']), chunk('b', ['detect'])],
      closure: ['b', 'detect'],
    },
  ])('$name', ({ chunks, closure }) => {
    const bundle = Object.fromEntries(chunks.map((c) => [c.fileName, c]));
    const named = chunks.filter((c) => ['detect', 'clean'].includes(c.fileName)).map((c) => c.fileName);
    expect(
      importClosure(bundle, named)
        .map((c) => c.fileName)
        .sort(),
    ).toEqual(closure);
  });
});

describe('staticImportsInOrder', () => {
  test.each([
    { name: 'none', chunks: [chunk('content/detect.js')], order: [] },
    {
      name: 'through a facade, each after what it imports',
      chunks: [
        chunk('content/detect.js', ['assets/detect.js']),
        chunk('assets/detect.js', ['assets/blocks.js', 'assets/runs.js']),
        chunk('assets/runs.js', ['assets/text.js']),
        chunk('assets/blocks.js', ['assets/text.js']),
        chunk('assets/text.js'),
      ],
      order: ['assets/text.js', 'assets/blocks.js', 'assets/runs.js', 'assets/detect.js'],
    },
    {
      name: 'dynamic imports stay lazy; cycles and non-chunks are skipped',
      chunks: [
        chunk('content/clean.js', ['a.js', 'style.css'], ['extract.js']),
        chunk('a.js', ['b.js']),
        chunk('b.js', ['a.js', 'content/clean.js']),
        chunk('extract.js'),
      ],
      order: ['b.js', 'a.js'],
    },
  ])('$name', ({ chunks, order }) => {
    const bundle = Object.fromEntries(chunks.map((c) => [c.fileName, c]));
    expect(staticImportsInOrder(bundle, chunks[0]!.fileName)).toEqual(order);
  });
});

describe('hoistImports', () => {
  test('names every chunk loaded statically, by a path relative to the part', () => {
    const facade = {
      ...chunk('content/detect.js', ['assets/detect.js']),
      code: 'export{a}from"../assets/detect.js";',
    };
    const bundle = {
      [facade.fileName]: facade,
      'assets/detect.js': chunk('assets/detect.js', ['assets/text.js']),
      'assets/text.js': chunk('assets/text.js'),
    };
    expect(hoistImports(bundle, facade)).toBe(
      'import "../assets/text.js";import "../assets/detect.js";\nexport{a}from"../assets/detect.js";',
    );
  });

  test('leaves a part that imports nothing as it is', () => {
    const part = { ...chunk('content/visibility.js'), code: 'export const x = 1;' };
    expect(hoistImports({ [part.fileName]: part }, part)).toBe('export const x = 1;');
  });
});
