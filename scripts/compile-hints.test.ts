import { describe, expect, test } from 'vitest';
import { type ChunkLike, onDemandChunks } from './compile-hints';

function chunk(fileName: string, imports: string[] = [], dynamicImports: string[] = []): ChunkLike {
  return { type: 'chunk', fileName, facadeModuleId: null, imports, dynamicImports, code: '' };
}

function bundleOf(...chunks: ChunkLike[]): Record<string, ChunkLike> {
  return Object.fromEntries(chunks.map((c) => [c.fileName, c]));
}

describe('onDemandChunks', () => {
  test.each([
    {
      name: 'a dynamic import and what it imports',
      chunks: [
        chunk('entry', ['send'], ['detect']),
        chunk('send'),
        chunk('detect', ['links']),
        chunk('links'),
      ],
      hinted: ['detect', 'links'],
    },
    {
      name: 'not code the entry also imports statically',
      chunks: [
        chunk('entry', ['shared'], ['clean']),
        chunk('shared'),
        chunk('clean', ['shared', 'rules']),
        chunk('rules'),
      ],
      hinted: ['clean', 'rules'],
    },
    {
      name: 'imports made dynamically by on-demand code',
      chunks: [chunk('entry', [], ['detect']), chunk('detect', [], ['extract']), chunk('extract')],
      hinted: ['detect', 'extract'],
    },
    {
      name: 'cycles, and names that are not in the bundle (external or assets)',
      chunks: [chunk('entry', [], ['a']), chunk('a', ['b', 'missing.css']), chunk('b', ['a'])],
      hinted: ['a', 'b'],
    },
    {
      name: 'nothing when the entry imports nothing on demand',
      chunks: [chunk('entry', ['send']), chunk('send')],
      hinted: [],
    },
  ])('$name', ({ chunks, hinted }) => {
    const bundle = bundleOf(...chunks);
    expect(
      onDemandChunks(bundle, bundle.entry!)
        .map((c) => c.fileName)
        .sort(),
    ).toEqual(hinted);
  });
});
