export interface PageCost {
  label: string;
  bytes: number;
  samples: number[];
  median: number;
  longest: number;
}

export interface BrowserResults {
  method: string;
  version: string;
  pages: PageCost[];
  ordinary: PageCost;
  aggregator: PageCost;
  bigLongestTask: number;
  popup: { samples: number[]; median: number };
}

/** Section 3 is not implemented yet: the report marks its targets as not measured. */
export async function runChromium(): Promise<BrowserResults | null> {
  return null;
}
