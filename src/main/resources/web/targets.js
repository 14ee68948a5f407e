'use strict';
/* The targets page: server-side filters come from the URL (like search), then sorting, the quick filter and the
   chart work on the loaded rows in the browser. Exports link to /api/targets with the same filters. */
(() => {
  const { el, api, pageParams, amount, safeUrl, KIND_LABELS } = PM;
  const FIELDS = ['q', 'city', 'province', 'cluster', 'source', 'from', 'to', 'year', 'minAmount', 'maxAmount', 'kind', 'facts'];
  const params = pageParams();
  // facts=true: one row per fact (the same figure from several articles, with its sources) instead of one per mention
  const factsMode = params.get('facts') === 'true';
  for (const f of FIELDS) {
    const input = document.getElementById(f === 'q' ? 'q' : 'f-' + f);
    if (input && params.has(f)) {
      if (input.type === 'checkbox') input.checked = params.get(f) === 'true';
      else input.value = params.get(f);
    }
  }
  if (FIELDS.some((f) => f !== 'q' && f !== 'facts' && params.has(f))) document.getElementById('filter-box').open = true;
  document.getElementById('targets-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const p = new URLSearchParams();
    for (const [k, v] of new FormData(ev.target)) if (String(v).trim() !== '') p.set(k, String(v).trim());
    location.search = p.toString();
  });

  const apiParams = new URLSearchParams();
  for (const f of FIELDS) if (params.has(f)) apiParams.set(f, params.get(f));
  for (const fmt of ['csv', 'jsonl']) {
    const p = new URLSearchParams(apiParams);
    p.set('format', fmt);
    document.getElementById('export-' + fmt).href = '/api/targets?' + p;
  }

  const LIMIT = 1000; // the API's maximum per request
  let rows = [];
  let sortKey = null;
  let sortDir = 1;
  let chartBy = 'year';
  let chartMeasure = 'count';

  const yearOf = (r) => (r.year !== null && r.year !== undefined ? r.year : r.periodTo);
  function sortValue(r, key) {
    switch (key) {
      case 'year': return yearOf(r);
      case 'cities': return (r.cities || []).join(',');
      case 'value': return r.value;
      case 'published': return r.published || '';
      default: return r[key];
    }
  }

  function compare(a, b) {
    const x = sortValue(a, sortKey), y = sortValue(b, sortKey);
    const xm = x === null || x === undefined || x === '', ym = y === null || y === undefined || y === '';
    if (xm || ym) return xm === ym ? 0 : xm ? 1 : -1; // missing values last, whatever the direction
    if (typeof x === 'number' && typeof y === 'number') return (x - y) * sortDir;
    return String(x).localeCompare(String(y), 'zh-CN') * sortDir;
  }

  function visibleRows() {
    const needle = document.getElementById('quick-filter').value.trim().toLowerCase();
    let out = rows;
    if (needle) {
      out = rows.filter((r) => [yearOf(r), (r.cities || []).join(' '), r.subject, r.metric, r.kind, r.text, r.title, r.sentence]
        .some((v) => v !== null && v !== undefined && String(v).toLowerCase().includes(needle)));
    }
    return sortKey ? [...out].sort(compare) : out;
  }

  function renderRow(r) {
    const link = '/articles/' + encodeURIComponent(r.docId) + '#amount-' + r.start;
    // The figure as written, and under it the parsed value in full, so a reader can check the parse.
    const valueText = (typeof r.value === 'number' ? r.value.toLocaleString('zh-CN') : '')
      + (typeof r.valueMax === 'number' ? ' – ' + r.valueMax.toLocaleString('zh-CN') : '') + (r.currency && r.currency !== 'CNY' ? ' ' + r.currency : ' 元');
    const subject = r.subject
      ? el('a', { href: '/clusters/' + encodeURIComponent(r.subject), text: r.subject })
      : document.createTextNode('—');
    const source = safeUrl(r.url);
    const article = r.sources
      ? el('td', {}, ...r.sources.flatMap((x, i) => [i ? el('br') : null,
          el('a', { href: '/articles/' + encodeURIComponent(x.docId), class: 'article-link', text: x.title || x.docId }),
          el('small', { text: ' ' + (x.published || '') + (x.source ? ' · ' + x.source : '') })]))
      : el('td', {}, el('a', { href: link, class: 'article-link', text: r.title || r.docId }), el('br'),
        el('small', {}, r.published || '', source ? ' · ' : '', source ? el('a', { href: source, rel: 'noopener noreferrer nofollow', text: '原文' }) : null));
    const disagreement = r.agreement && r.agreement !== 'agreed'
      ? el('small', { class: 'disagreement', text: (r.agreement === 'revision' ? '修订 revision: ' : '冲突 conflict: ')
          + r.alternatives.map((a) => `${a.text} (${a.sourceCount})`).join('、') })
      : null;
    return el('tr', { 'data-value': r.value, 'data-year': yearOf(r) ?? '', 'data-sources': r.sources ? r.sources.length : '' },
      el('td', { class: 'num', text: yearOf(r) ?? '—' }),
      el('td', { text: (r.cities || []).join('、') || '—' }),
      el('td', {}, subject),
      el('td', { text: r.metric || '—' }),
      el('td', { text: KIND_LABELS[r.kind] || r.kind || '—' }),
      el('td', { class: 'num', title: `${r.text} (${r.value})` }, el('strong', { text: r.text }), el('br'), el('small', { text: valueText }),
        disagreement ? el('br') : null, disagreement),
      article,
      el('td', { class: 'sentence', text: r.sentence || '' }));
  }

  function renderTable() {
    const vis = visibleRows();
    document.querySelector('#targets tbody').replaceChildren(...vis.map(renderRow));
    document.getElementById('count').textContent = `${vis.length} / ${rows.length} ` + (factsMode ? '条事实 facts' : '条金额 figures')
      + (rows.length >= LIMIT ? ` (前 ${LIMIT} 条 first ${LIMIT}: narrow the filters or export)` : '');
    renderChart(vis);
  }

  function renderChart(vis) {
    const groups = new Map();
    for (const r of vis) {
      const keys = chartBy === 'year' ? [yearOf(r)] : (r.cities && r.cities.length ? r.cities : [null]);
      for (const k of keys) {
        if (k === null || k === undefined) continue;
        const g = groups.get(k) || { count: 0, sum: 0 };
        g.count += 1;
        g.sum += typeof r.value === 'number' ? r.value : 0;
        groups.set(k, g);
      }
    }
    let entries = [...groups.entries()];
    if (chartBy === 'year') entries.sort((a, b) => a[0] - b[0]);
    else entries = entries.sort((a, b) => b[1][chartMeasure] - a[1][chartMeasure] || String(a[0]).localeCompare(String(b[0]), 'zh-CN')).slice(0, 20);
    const fmt = chartMeasure === 'sum' ? (v) => amount(v) : String;
    const items = entries.map(([k, g]) => ({ label: String(k), value: g[chartMeasure], title: `${k}: ${g.count} 条, ${amount(g.sum)}` }));
    const caption = (chartBy === 'year' ? '每年' : '每个城市') + (chartMeasure === 'sum' ? '金额合计' : '金额条数');
    document.getElementById('chart').replaceChildren(PM.barChart(items, { format: fmt, caption }));
  }

  for (const th of document.querySelectorAll('#targets th[data-key]')) {
    th.querySelector('button').addEventListener('click', () => {
      const key = th.dataset.key;
      sortDir = sortKey === key ? -sortDir : 1;
      sortKey = key;
      for (const other of document.querySelectorAll('#targets th[data-key]')) other.setAttribute('aria-sort', 'none');
      th.setAttribute('aria-sort', sortDir === 1 ? 'ascending' : 'descending');
      renderTable();
    });
  }
  document.getElementById('quick-filter').addEventListener('input', renderTable);
  function toggle(ids, chosen) {
    for (const id of ids) document.getElementById(id).setAttribute('aria-pressed', String(id === chosen));
  }
  document.getElementById('chart-by-year').addEventListener('click', () => { chartBy = 'year'; toggle(['chart-by-year', 'chart-by-city'], 'chart-by-year'); renderTable(); });
  document.getElementById('chart-by-city').addEventListener('click', () => { chartBy = 'city'; toggle(['chart-by-year', 'chart-by-city'], 'chart-by-city'); renderTable(); });
  document.getElementById('chart-count').addEventListener('click', () => { chartMeasure = 'count'; toggle(['chart-count', 'chart-sum'], 'chart-count'); renderTable(); });
  document.getElementById('chart-sum').addEventListener('click', () => { chartMeasure = 'sum'; toggle(['chart-count', 'chart-sum'], 'chart-sum'); renderTable(); });

  (async () => {
    try {
      const data = await api('/api/targets', apiParams);
      // a fact shows as a figure row whose article cell lists its sources
      rows = factsMode ? data.facts.map((f) => ({ ...f, cities: [], published: f.first, sentence: f.sources.length ? f.sources[0].sentence : '' }))
        : data.targets;
      renderTable();
      PM.rendered();
    } catch (err) {
      PM.showError(document.getElementById('chart'), err);
      PM.failed(err);
    }
  })();
})();
