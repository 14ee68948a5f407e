'use strict';
/* Newest articles first: the HTML twin of /feed.xml. */
(() => {
  const { el, api } = PM;
  (async () => {
    try {
      const data = await api('/api/search', new URLSearchParams({ sort: 'date', limit: '50' }));
      document.getElementById('latest').replaceChildren(...data.hits.map((h) => el('li', { class: 'hit' },
        el('h3', {}, el('a', { href: '/articles/' + encodeURIComponent(h.id), text: h.title || '(无标题)' })),
        el('div', { class: 'meta', text: (h.published || '日期不详') + (h.source ? ' · ' + h.source : '') }),
        PM.appendSnippet(el('p', { class: 'snippet' }), h.snippet))));
      PM.rendered();
    } catch (err) {
      PM.showError(document.getElementById('latest'), err);
      PM.failed(err);
    }
  })();
})();
