import { sameEventScore, type TokenizedStory } from './cluster-match';
import { contentTokens } from './tokens';

export interface ClusterInput {
  title: string;
  /** Summary or body text; may be empty. */
  text: string;
}

// Tokens shared by this many clusters say nothing about the event ("Trump" on a politics page) and
// would make every story a candidate for every cluster.
const MAX_POSTINGS = 50;
// Comparing with a cluster's first members is enough: its later members matched one of them.
const MAX_MEMBERS_COMPARED = 8;

/**
 * Cluster numbers for stories (0-based, in order of first appearance): stories about the same event
 * share one. The optional anchor (the page's own story) takes part as a bridge: stories about the
 * page's event join one cluster even when their headlines share few words with each other.
 */
export function assignClusters(items: readonly ClusterInput[], anchor?: ClusterInput): number[] {
  const members: TokenizedStory[][] = [];
  const postings = new Map<string, Set<number>>();
  const join = (story: TokenizedStory, cluster: number): void => {
    const list = members[cluster] ?? [];
    members[cluster] = list;
    list.push(story);
    for (const token of story.text) {
      const set = postings.get(token) ?? new Set<number>();
      postings.set(token, set);
      set.add(cluster);
    }
  };
  if (anchor) join({ ...tokenize(anchor), anchor: true }, 0);
  const internal = items.map((item) => {
    const story = tokenize(item);
    const cluster = bestCluster(story, members, postings) ?? members.length;
    join(story, cluster);
    return cluster;
  });
  return renumber(internal);
}

function tokenize(item: ClusterInput): TokenizedStory {
  const title = contentTokens(item.title);
  const text = new Set([...title, ...contentTokens(item.text)]);
  return { title, text };
}

function bestCluster(
  story: TokenizedStory,
  members: readonly TokenizedStory[][],
  postings: ReadonlyMap<string, ReadonlySet<number>>,
): number | null {
  const shared = new Map<number, number>();
  for (const token of story.text) {
    const clusters = postings.get(token);
    if (!clusters || clusters.size > MAX_POSTINGS) continue;
    for (const cluster of clusters) shared.set(cluster, (shared.get(cluster) ?? 0) + 1);
  }
  let best: number | null = null;
  let bestScore = 0;
  for (const [cluster, count] of shared) {
    // Every match rule needs at least two shared words.
    if (count < 2) continue;
    for (const member of (members[cluster] ?? []).slice(0, MAX_MEMBERS_COMPARED)) {
      const score = sameEventScore(story, member);
      if (score > bestScore || (score === bestScore && score > 0 && best !== null && cluster < best)) {
        best = cluster;
        bestScore = score;
      }
    }
  }
  return best;
}

function renumber(internal: readonly number[]): number[] {
  const ids = new Map<number, number>();
  return internal.map((cluster) => {
    const id = ids.get(cluster) ?? ids.size;
    ids.set(cluster, id);
    return id;
  });
}
