// Functions the tests run inside pages. Each is serialised into the page, so each is self-contained.

/** How often each needle occurs in the body's text (scripts excluded), whitespace collapsed. */
export function countInBody(needles: string[]): number[] {
  const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
  const body = document.body.cloneNode(true) as HTMLElement;
  for (const element of body.querySelectorAll('script, style, noscript, template')) element.remove();
  const text = squash(body.textContent ?? '');
  return needles.map((needle) => {
    const wanted = squash(needle);
    let count = 0;
    for (let at = text.indexOf(wanted); at !== -1; at = text.indexOf(wanted, at + wanted.length)) count++;
    return count;
  });
}

/** Whether the live head and body equal those of the page's own HTML parsed afresh (no scripts run). */
export async function matchesSource(): Promise<boolean> {
  const html = await (await fetch(location.href)).text();
  const source = new DOMParser().parseFromString(html, 'text/html');
  return (
    source.head.innerHTML === document.head.innerHTML && source.body.innerHTML === document.body.innerHTML
  );
}

export interface PopupView {
  title: string;
  source: string;
  notice: string;
  bodyText: string;
  related: { title: string; outlets: string[] }[];
  autoClean: boolean;
  toggleLabel: string;
  removed: string;
}

export function readPopup(): PopupView {
  const text = (id: string) => document.getElementById(id)?.textContent?.trim() ?? '';
  const related = [...document.querySelectorAll('#related-list > li')].map((item) => ({
    title: item.querySelector('a')?.textContent?.trim() ?? '',
    outlets: [...item.querySelectorAll('.outlets a')].map((link) => link.textContent?.trim() ?? ''),
  }));
  return {
    title: text('title'),
    source: text('source'),
    notice: text('notice'),
    bodyText: text('body'),
    related,
    autoClean: (document.getElementById('auto-clean') as HTMLInputElement | null)?.checked ?? false,
    toggleLabel: text('toggle-page'),
    removed: text('removed'),
  };
}

export function click(id: string): void {
  document.getElementById(id)?.click();
}

/** Two seconds after the call, the page adds a promo block and a second copy of the article body. */
export function injectLater(firstParagraph: string): void {
  setTimeout(() => {
    const paragraph = [...document.querySelectorAll('p')].find((p) =>
      p.textContent?.includes(firstParagraph),
    );
    const body = paragraph?.parentElement;
    if (!body) throw new Error('article body not found');
    const copy = body.cloneNode(true) as Element;
    copy.removeAttribute('id');
    const promo = document.createElement('section');
    const heading = document.createElement('h2');
    heading.textContent = 'Try Our AI Features';
    const line = document.createElement('p');
    line.textContent = 'Explore what Daily8 AI can do for you:';
    promo.append(heading, line);
    body.after(copy, promo);
    document.documentElement.dataset.injected = 'true';
  }, 2000);
}

export function wasInjected(): boolean {
  return document.documentElement.dataset.injected === 'true';
}
