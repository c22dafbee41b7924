// The outside check's arithmetic on made-up profiles: what joins the extension's longest run and what ends it.
import { describe, expect, test } from 'vitest';
import { type CpuProfile, profileCost } from './support/cpu-profile';

const NODES: CpuProfile['nodes'] = [
  { id: 1, callFrame: { url: '', functionName: '(root)' }, children: [2, 4, 5, 6, 7] },
  {
    id: 2,
    callFrame: { url: 'chrome-extension://abc/assets/detect.js', functionName: 'scan' },
    children: [3],
  },
  // A DOM call made by the extension's code: native, but with the extension's frame on its stack.
  { id: 3, callFrame: { url: '', functionName: 'querySelectorAll' } },
  { id: 4, callFrame: { url: '', functionName: '(program)' } },
  { id: 5, callFrame: { url: '', functionName: '(garbage collector)' } },
  { id: 6, callFrame: { url: '', functionName: '(idle)' } },
  { id: 7, callFrame: { url: 'http://127.0.0.1/page.js', functionName: 'tick' } },
];
const NODE = { ext: 2, dom: 3, program: 4, gc: 5, idle: 6, page: 7 } as const;

/** A profile sampled every 100 µs through the given stretches of [what, ms]. */
function profile(stretches: [keyof typeof NODE, number][]): CpuProfile {
  const samples: number[] = [];
  for (const [what, ms] of stretches) for (let i = 0; i < Math.round(ms * 10); i++) samples.push(NODE[what]);
  return { nodes: NODES, samples, timeDeltas: [0, ...samples.map(() => 100)] };
}

describe('profileCost', () => {
  test.each([
    {
      name: 'one task, its DOM calls included',
      stretches: [
        ['idle', 5],
        ['ext', 8],
        ['dom', 2],
        ['idle', 5],
      ],
      longest: 10,
    },
    {
      name: 'a sample of native time inside a task',
      stretches: [
        ['ext', 8],
        ['program', 0.5],
        ['ext', 4],
        ['idle', 1],
      ],
      longest: 12.5,
    },
    {
      name: 'a frame drawn between two slices',
      stretches: [
        ['ext', 8],
        ['program', 40],
        ['ext', 6],
        ['idle', 1],
      ],
      longest: 8,
    },
    {
      name: 'garbage collection between slices',
      stretches: [
        ['ext', 8],
        ['gc', 20],
        ['ext', 6],
        ['idle', 1],
      ],
      longest: 34,
    },
    {
      name: 'garbage collection after the last slice',
      stretches: [
        ['ext', 8],
        ['gc', 20],
        ['idle', 5],
      ],
      longest: 8,
    },
    {
      name: "the page's own script in between",
      stretches: [
        ['ext', 8],
        ['page', 0.2],
        ['ext', 6],
        ['idle', 1],
      ],
      longest: 8,
    },
  ] as { name: string; stretches: [keyof typeof NODE, number][]; longest: number }[])(
    '$name',
    ({ stretches, longest }) => {
      expect(profileCost(profile(stretches)).longestMs).toBeCloseTo(longest, 1);
    },
  );

  test("time is the extension's only with its frame on the stack, and is counted by file", () => {
    const cost = profileCost(
      profile([
        ['ext', 3],
        ['dom', 1],
        ['program', 0.5],
        ['gc', 2],
        ['page', 4],
        ['ext', 1],
      ]),
    );
    expect(cost.totalMs).toBeCloseTo(5, 1);
    expect(cost.byScript).toEqual({ '/assets/detect.js': expect.closeTo(5, 1) });
  });
});
