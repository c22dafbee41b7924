import { describe, expect, test } from 'vitest';
import { type ChunkLike, importClosure } from './lazy-chunks';

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
