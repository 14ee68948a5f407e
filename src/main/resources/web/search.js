'use strict';
/* The search page: state lives in the URL (?q=…&city=…&offset=…), so every view can be bookmarked and the back
   button works; this script reads it, asks /api/search and renders hits, facets and pages. */
(() => {
  const { el, api, pageParams, withParam, appendSnippet, safeUrl, DIM_LABELS } = PM;
  const PAGE = 10;
  const FIELDS = ['q', 'city', 'province', 'cluster', 'source', 'from', 'to', 'year', 'minAmount', 'maxAmount', 'kind', 'sort'];
  const FILTERS = ['city', 'province', 'cluster', 'source', 'from', 'to', 'year', 'minAmount', 'maxAmount', 'kind'];

  const params = pageParams();
  for (const f of FIELDS) {
    const input = document.getElementById(f === 'q' ? 'q' : 'f-' + f);
    if (input && params.has(f)) input.value = params.get(f);
  }
  document.getElementById('f-original').checked = params.get('original') === '1';
  if (FILTERS.some((f) => params.has(f))) document.getElementById('filter-box').open = true;

  // The form drops its empty fields so the URL stays short and readable.
  document.getElementById('search-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const p = new URLSearchParams();
    for (const [k, v] of new FormData(ev.target)) if (String(v).trim() !== '') p.set(k, String(v).trim());
    location.search = p.toString();
  });

  function activeChips() {
    const box = document.getElementById('active-filters');
    for (const f of FILTERS) {
      if (!params.has(f)) continue;
      const href = '?' + withParam(params, f, null).toString();
      box.append(el('a', { class: 'chip active', href, title: '移除 remove' }, `${f}: ${params.get(f)} ×`));
    }
  }

  function renderHit(h) {
    const title = el('a', { href: '/articles/' + encodeURIComponent(h.id), class: 'hit-title', text: h.title || '(无标题)' });
    const meta = el('div', { class: 'meta' }, h.published || '', h.source ? ' · ' + h.source : '');
    const url = safeUrl(h.url);
    if (url) meta.append(' · ', el('a', { href: url, rel: 'noopener noreferrer nofollow', class: 'source-link', text: '原文 source' }));
    const snippet = appendSnippet(el('p', { class: 'snippet' }), h.snippet);
    const tags = el('div', { class: 'tags' });
    for (const c of h.clusters || []) tags.append(el('a', { class: 'chip cluster', href: '/clusters/' + encodeURIComponent(c), text: c }));
    for (const c of h.cities || []) tags.append(el('a', { class: 'chip city', href: '?' + withParam(params, 'city', c), text: c }));
    const found = h.matchedAttachment ? matchedAttachment(h) : null;
    return el('li', { class: 'hit', 'data-id': h.id }, el('h3', {}, title), meta, snippet, found, tags);
  }

  /** "附件 NAME: passage" (or the table row that holds the word) under a hit found through an attachment, linking to it on the article page. */
  function matchedAttachment(h) {
    const a = h.matchedAttachment;
    const href = '/articles/' + encodeURIComponent(h.id) + '#attachment=' + encodeURIComponent(a.url);
    const p = el('p', { class: 'matched-attachment' }, el('span', { class: 'badge', text: '附件 attachment' }), ' ',
      el('a', { href, class: 'attachment-link', text: a.name || a.url }), ': ');
    if (a.row) p.append(el('span', { class: 'attachment-row', text: a.row.join(' | ') }));
    else appendSnippet(p, a.snippet);
    return p;
  }

  function renderFacets(facets) {
    const box = document.getElementById('facets');
    box.replaceChildren();
    for (const [dim, counts] of Object.entries(facets || {})) {
      const entries = Object.entries(counts || {});
      if (!entries.length) continue;
      const list = el('ul');
      for (const [value, n] of entries) {
        const active = params.get(dim) === value;
        const href = '?' + withParam(params, dim, active ? null : value).toString();
        list.append(el('li', {}, el('a', { href, class: 'facet-link' + (active ? ' active' : ''), 'data-dim': dim, 'data-value': value, text: value }),
          ' ', el('span', { class: 'count', text: n })));
      }
      box.append(el('section', { class: 'facet', 'data-dim': dim }, el('h4', { text: DIM_LABELS[dim] || dim }), list));
    }
  }

  function renderPager(total, offset) {
    const nav = document.getElementById('pager');
    nav.replaceChildren();
    const page = (o) => { const p = new URLSearchParams(params); if (o > 0) p.set('offset', o); else p.delete('offset'); return '?' + p; };
    if (offset > 0) nav.append(el('a', { href: page(Math.max(0, offset - PAGE)), rel: 'prev', class: 'button', text: '← 上一页 Previous' }));
    nav.append(el('span', { class: 'page-no', text: `${Math.floor(offset / PAGE) + 1} / ${Math.max(1, Math.ceil(total / PAGE))}` }));
    if (offset + PAGE < total) nav.append(el('a', { href: page(offset + PAGE), rel: 'next', class: 'button', text: '下一页 Next →' }));
  }

  async function run() {
    activeChips();
    const offset = Number(params.get('offset') || 0);
    const q = new URLSearchParams(params);
    q.set('limit', PAGE);
    // Without a query, relevance means nothing: show the newest articles first.
    if (!q.has('q') && !q.has('sort')) q.set('sort', 'date');
    const summary = document.getElementById('summary');
    const apiStart = performance.now();
    try {
      const data = await api('/api/search', q);
      summary.textContent = `${data.total} 篇文章 articles` + (data.query ? ` · “${data.query}”` : '');
      const hits = document.getElementById('hits');
      hits.replaceChildren(...data.hits.map(renderHit));
      hits.start = offset + 1;
      renderFacets(data.facets);
      renderPager(data.total, offset);
      PM.rendered(apiStart);
    } catch (err) {
      PM.showError(document.getElementById('hits'), err);
      summary.textContent = '';
      PM.failed(err);
    }
  }
  run();
})();
