'use strict';
/* The cluster page: /api/clusters/{name} → cities, figures over time (chart + table) and articles. */
(() => {
  const { el, api, amount, KIND_LABELS } = PM;
  const name = decodeURIComponent(location.pathname.split('/').pop());

  (async () => {
    try {
      const c = await api('/api/clusters/' + encodeURIComponent(name));
      document.getElementById('name').textContent = c.name;
      document.title = c.name + ' · PolicyMiner';
      const facts = document.getElementById('facts');
      facts.replaceChildren(`${c.articleCount} 篇文章 articles · ${c.figures.length} 条金额 figures`);
      if (c.national) facts.append(' · ', el('span', { class: 'badge', text: '国家级先进制造业集群 national' }));
      const cities = c.cities.length ? c.cities : Object.keys(c.cityCounts || {});
      document.getElementById('cities').replaceChildren(...(cities.length ? cities.map((x) =>
        el('li', {}, el('a', { class: 'chip city', href: '/?city=' + encodeURIComponent(x) + '&cluster=' + encodeURIComponent(c.name), text: x })))
        : [el('li', { class: 'none', text: '无 none' })]));
      const items = c.byYear.map((y) => ({ label: String(y.year), value: y.sum, title: `${y.year}: ${y.count} 条, ${amount(y.sum)}` }));
      document.getElementById('chart').replaceChildren(PM.barChart(items, { format: (v) => amount(v), caption: c.name + ' 每年金额' }));
      document.querySelector('#figures tbody').replaceChildren(...c.figures.map((f) => el('tr', {},
        el('td', { class: 'num', text: f.year ?? f.periodTo ?? '—' }),
        el('td', { class: 'num' }, el('strong', { text: f.text }), ' ', el('small', { text: amount(f.value, f.currency) })),
        el('td', { text: f.metric || '—' }),
        el('td', { text: KIND_LABELS[f.kind] || f.kind || '—' }),
        el('td', {}, el('a', { href: '/articles/' + encodeURIComponent(f.docId) + '#amount-' + f.start, text: f.title || f.docId })))));
      document.getElementById('articles').replaceChildren(...c.articles.map((h) => el('li', { class: 'hit' },
        el('h3', {}, el('a', { href: '/articles/' + encodeURIComponent(h.id), text: h.title || '(无标题)' })),
        el('div', { class: 'meta', text: (h.published || '') + (h.source ? ' · ' + h.source : '') }),
        PM.appendSnippet(el('p', { class: 'snippet' }), h.snippet))));
      PM.rendered();
    } catch (err) {
      document.getElementById('name').textContent = err.status === 404 ? '未找到 Not found' : '错误 Error';
      PM.showError(document.getElementById('facts'), err);
      PM.failed(err);
    }
  })();
})();
