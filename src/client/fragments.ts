/**
 * Markup the story keeps on another page of the site, fetched when the reader asks for it: a
 * figure's data table lives on its data page (/data/<graphic>/), and so do the map's place details.
 * A holder `[data-fragment="<page>"][data-fragment-select="<selector>"]` names the page and what to
 * take from it; `loadFragments(scope)` fetches each page once, parses it (the site's own HTML, with
 * every string from the data already escaped; DOMParser runs no script) and puts copies of the
 * matching elements (a <template>'s content) in the holder's place. If the page cannot be had
 * (offline), the holder stays, with the link it holds for readers without JavaScript.
 */
const pages = new Map<string, Promise<Document>>();

/** Dispatched (bubbling) on the element a fragment was put into, once it is in place. */
export const FRAGMENT_LOADED = 'under-fire:fragment';

function fetchedPage(url: string): Promise<Document> {
  let page = pages.get(url);
  if (!page) {
    page = fetch(url)
      .then((r) => {
        if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
        return r.text();
      })
      .then((html) => new DOMParser().parseFromString(html, 'text/html'));
    // A failed fetch is forgotten, so the next request tries again.
    page.catch(() => pages.delete(url));
    pages.set(url, page);
  }
  return page;
}

export async function loadFragments(scope: ParentNode): Promise<void> {
  const holders = [...scope.querySelectorAll<HTMLElement>('[data-fragment]')];
  await Promise.all(
    holders.map(async (holder) => {
      let page: Document;
      try {
        page = await fetchedPage(holder.dataset.fragment!);
      } catch {
        return;
      }
      const found = [...page.querySelectorAll(holder.dataset.fragmentSelect!)];
      // Another call may have put it in place meanwhile.
      const parent = holder.parentElement;
      if (!found.length || !holder.isConnected || !parent) return;
      holder.replaceWith(
        ...found.map((el) =>
          document.importNode(el instanceof HTMLTemplateElement ? el.content : el, true),
        ),
      );
      parent.dispatchEvent(new CustomEvent(FRAGMENT_LOADED, { bubbles: true }));
    }),
  );
}
