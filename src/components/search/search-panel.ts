/** Client code of the search page: reads `?q=`, queries Pagefind, renders results safely. */

interface PagefindResult {
  data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string> }>;
}
interface Pagefind {
  search: (query: string) => Promise<{ results: PagefindResult[] } | null>;
  options: (options: Record<string, unknown>) => Promise<void>;
}

const PAGE_SIZE = 20;

/** Pagefind excerpts are escaped text with <mark> around matches; keep only that. */
function safeExcerpt(excerpt: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const [index, part] of excerpt.split(/<\/?mark>/).entries()) {
    const text = part.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&amp;', '&');
    if (index % 2 === 1) {
      const mark = document.createElement('mark');
      mark.textContent = text;
      fragment.append(mark);
    } else fragment.append(text);
  }
  return fragment;
}

export async function runSearchPanel(panel: HTMLElement): Promise<void> {
  const input = panel.querySelector<HTMLInputElement>('#search-input')!;
  const status = panel.querySelector<HTMLElement>('.status')!;
  const list = panel.querySelector<HTMLOListElement>('.results')!;
  const strings = JSON.parse(panel.querySelector('template')!.innerHTML) as Record<'loading' | 'dev' | 'count' | 'none', string>;
  const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  input.value = query;
  if (!query) {
    input.focus();
    return;
  }
  status.textContent = strings.loading;
  let pagefind: Pagefind;
  try {
    pagefind = (await import(/* @vite-ignore */ `${panel.dataset.bundle}pagefind.js`)) as Pagefind;
  } catch (error) {
    // The index exists only in a built site; `astro dev` has none.
    console.warn('search index unavailable', error);
    status.textContent = strings.dev;
    return;
  }
  await pagefind.options({ excerptLength: 40 });
  const response = await pagefind.search(query);
  const results = response?.results ?? [];
  status.textContent = results.length ? strings.count.replace('0', String(results.length)) : strings.none.replace('__Q__', query);
  const items = await Promise.all(results.slice(0, PAGE_SIZE).map((result) => result.data()));
  list.replaceChildren(
    ...items.map((item) => {
      const li = document.createElement('li');
      const heading = document.createElement('h2');
      const link = document.createElement('a');
      link.href = item.url;
      link.textContent = item.meta.title ?? item.url;
      heading.append(link);
      const excerpt = document.createElement('p');
      excerpt.append(safeExcerpt(item.excerpt));
      li.append(heading, excerpt);
      return li;
    }),
  );
}
