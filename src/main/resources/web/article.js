'use strict';
/* The article page. Entity offsets index title + "\n" + body (PolicyDoc.analysedText); the original-script text
   has the same length, so one set of offsets marks either script. Mentions nest (a city inside a cluster name);
   one that crosses another's boundary is clipped off rather than breaking the text. */
(() => {
  const { el, api, amount, safeUrl, KIND_LABELS } = PM;
  const id = decodeURIComponent(location.pathname.split('/').pop());
  let doc = null;
  let original = new URLSearchParams(location.search).get('original') === '1';

  function mentions(entities) {
    const out = [];
    for (const c of entities.clusters || []) out.push({ type: 'cluster', start: c.start, end: c.end, data: c });
    for (const c of entities.cities || []) out.push({ type: 'city', start: c.start, end: c.end, data: c });
    for (const a of entities.amounts || []) out.push({ type: 'amount', start: a.start, end: a.end, data: a });
    // Outer before inner: by start, then the longer first.
    return out.filter((m) => Number.isInteger(m.start) && m.end > m.start).sort((a, b) => a.start - b.start || b.end - a.end);
  }

  function markFor(m, text) {
    const d = m.data;
    if (m.type === 'cluster') {
      return el('a', { class: 'ent ent-cluster', href: '/clusters/' + encodeURIComponent(d.name), title: `集群 ${d.name}` + (d.national ? ' · 国家级' : ''), 'data-name': d.name });
    }
    if (m.type === 'city') {
      return el('mark', { class: 'ent ent-city', title: `城市 ${d.name}` + (d.province ? ' · ' + d.province : ''), 'data-name': d.name });
    }
    const bits = [amount(d.value, d.currency), d.year || (d.periodFrom ? `${d.periodFrom}–${d.periodTo}` : null), d.metric, KIND_LABELS[d.kind] || d.kind, d.subject];
    return el('mark', { class: 'ent ent-amount ent-' + (d.kind || 'unknown'), id: 'amount-' + d.start, title: bits.filter(Boolean).join(' · '), 'data-value': d.value });
  }

  /** Renders text[from, to) into parent, wrapping the mentions that fall into it (clipped to the range). */
  function renderRange(parent, text, from, to, list) {
    const inside = list.filter((m) => m.start < to && m.end > from).map((m) => ({ ...m, start: Math.max(m.start, from), end: Math.min(m.end, to) }));
    let pos = from;
    for (let i = 0; i < inside.length; i++) {
      const m = inside[i];
      if (m.start < pos) continue; // overlaps a mention already drawn: cannot nest, so it is left unmarked here
      if (m.start > pos) parent.append(text.slice(pos, m.start));
      const mark = markFor(m, text);
      const nested = inside.filter((n, j) => j > i && n.start >= m.start && n.end <= m.end && !(n.start === m.start && n.end === m.end && n.type === m.type));
      renderRange(mark, text, m.start, m.end, nested);
      parent.append(mark);
      pos = m.end;
    }
    if (pos < to) parent.append(text.slice(pos, to));
  }

  function render() {
    const title = original ? doc.originalTitle || '' : doc.title || '';
    const body = original ? doc.originalText || '' : doc.text || '';
    const text = title + '\n' + body;
    const list = mentions(doc.entities || {});
    const h1 = document.getElementById('title');
    h1.replaceChildren();
    renderRange(h1, text, 0, title.length, list);
    document.title = title + ' · PolicyMiner';
    const box = document.getElementById('body');
    box.replaceChildren();
    let start = title.length + 1;
    for (const para of body.split('\n')) {
      const p = el('p');
      renderRange(p, text, start, start + para.length, list);
      box.append(p);
      start += para.length + 1;
    }
    const btn = document.getElementById('script-toggle');
    btn.setAttribute('aria-pressed', String(original));
    btn.textContent = original ? '简体 Simplified script' : '原文字形 Original script';
    btn.hidden = doc.script === 'simplified' && doc.originalText === doc.text && doc.originalTitle === doc.title;
    document.body.dataset.script = original ? 'original' : 'simplified';
  }

  function renderSide() {
    const meta = document.getElementById('meta');
    meta.replaceChildren(doc.published || '日期不详', doc.source ? ' · ' + doc.source : '', ' · 字形 script: ' + (doc.script || '?'));
    const url = safeUrl(doc.url);
    if (url) meta.append(' · ', el('a', { href: url, rel: 'noopener noreferrer nofollow', text: '原文链接 source' }));
    const e = doc.entities || {};
    const clusters = new Map();
    for (const c of e.clusters || []) clusters.set(c.name, c);
    document.getElementById('cluster-list').replaceChildren(...[...clusters.values()].map((c) =>
      el('li', {}, el('a', { href: '/clusters/' + encodeURIComponent(c.name), text: c.name }), c.national ? el('span', { class: 'badge', text: '国家级' }) : null,
        (c.cities || []).length ? el('small', { text: ' ' + c.cities.join('、') }) : null)));
    const cities = new Map();
    for (const c of e.cities || []) cities.set(c.name, c);
    document.getElementById('city-list').replaceChildren(...[...cities.values()].map((c) =>
      el('li', {}, el('a', { href: '/?city=' + encodeURIComponent(c.name), text: c.name }), c.province ? el('small', { text: ' ' + c.province }) : null)));
    document.getElementById('amount-list').replaceChildren(...(e.amounts || []).map((a) =>
      el('li', {}, el('a', { href: '#amount-' + a.start, text: a.text }), ' ',
        el('small', { text: [amount(a.value, a.currency), a.year, a.metric, KIND_LABELS[a.kind] || a.kind, a.subject].filter(Boolean).join(' · ') }))));
    for (const list of ['cluster-list', 'city-list', 'amount-list']) {
      const ul = document.getElementById(list);
      if (!ul.children.length) ul.append(el('li', { class: 'none', text: '无 none' }));
    }
    // the near-duplicate group: every copy with its source and date, the canonical one first
    const copies = doc.copies || [];
    document.getElementById('copy-list').replaceChildren(...(copies.length > 1 ? copies.map((c) =>
      el('li', { class: c.id === doc.id ? 'this-copy' : null },
        c.id === doc.id ? el('strong', { text: c.title || c.id }) : el('a', { href: '/articles/' + encodeURIComponent(c.id), text: c.title || c.id }),
        ' ', el('small', { text: [c.published, c.source, c.sourceKind, c.script, c.canonical ? '代表 canonical' : null].filter((x) => x).join(' · ') })))
      : [el('li', { class: 'none', text: '无 none' })]));
    const removed = doc.removed || [];
    document.getElementById('removed-list').replaceChildren(...(removed.length ? removed.map((r) =>
      el('li', {}, el('span', { class: 'badge', text: r.reason }), ' ', el('q', { text: r.sample }))) : [el('li', { class: 'none', text: '无 none' })]));
  }

  /** A linked document: to its article when it is indexed, else its number and title as cited. */
  function linkItem(k) {
    const name = [k.number, k.title ? '《' + k.title + '》' : null].filter(Boolean).join(' ');
    const label = k.id ? el('a', { href: '/articles/' + encodeURIComponent(k.id), class: 'doc-link', text: name }) : el('span', { text: name });
    return el('li', {}, el('span', { class: 'badge', text: k.relation }), ' ', label);
  }

  function renderDocument() {
    const d = doc.document;
    const box = document.getElementById('document');
    if (!d) { box.hidden = true; return; }
    box.hidden = false;
    const rows = [['文号 Number', d.number], ['发文机关 Issuers', (d.issuers || []).join('、')], ['成文日期 Written', d.written],
      ['发布日期 Published', doc.published], ['类型 Type', d.type], ['索引号 Index number', d.indexNumber], ['主题分类 Topic', d.topic],
      ['效力 Validity', d.validity], ['主送 Addressees', (d.addressees || []).join('，')]];
    const dl = document.getElementById('document-fields');
    dl.replaceChildren();
    for (const [k, v] of rows) if (v) dl.append(el('dt', { text: k }), el('dd', { text: v }));
    for (const a of d.attachments || []) {
      const url = safeUrl(a.url);
      dl.append(el('dt', { text: a.label || '附件' }), el('dd', {}, url ? el('a', { href: url, rel: 'noopener noreferrer nofollow', text: a.name || a.url }) : (a.name || '')));
    }
    const links = doc.links || {};
    const fill = (listId, items) => {
      const ul = document.getElementById(listId);
      ul.replaceChildren(...(items || []).map(linkItem));
      if (!ul.children.length) ul.append(el('li', { class: 'none', text: '无 none' }));
    };
    fill('cites-list', links.cites);
    fill('cited-by-list', links.citedBy);
    fill('repealed-by-list', links.repealedBy);
  }

  /**
   * The attachments read with the article: name (a link to the file), type, and what was read (characters, table
   * rows) or why it could not be. The one a search hit was found through (#attachment=URL) is marked.
   */
  function renderAttachments() {
    const list = doc.attachments || [];
    const box = document.getElementById('attachments');
    box.hidden = !list.length;
    const matched = location.hash.startsWith('#attachment=') ? decodeURIComponent(location.hash.slice('#attachment='.length)) : null;
    let mark = null;
    document.getElementById('attachment-list').replaceChildren(...list.map((a, i) => {
      const url = safeUrl(a.url);
      const name = a.name || a.url;
      const li = el('li', { id: 'attachment-' + i, class: 'attachment' + (a.url === matched ? ' matched' : ''), 'data-url': a.url },
        url ? el('a', { href: url, rel: 'noopener noreferrer nofollow', class: 'attachment-link', text: name }) : el('span', { text: name }),
        ' ', el('span', { class: 'badge', text: (a.type || '').toUpperCase() }), ' ',
        a.error ? el('small', { class: 'attachment-error', text: '无法读取 unreadable: ' + a.error })
          : el('small', { text: `${a.chars} 字 chars` + ((a.rows || []).length ? ` · ${a.rows.length} 行 rows` : '') }));
      if (a.url === matched) mark = li;
      return li;
    }));
    if (mark) { mark.classList.add('flash'); mark.scrollIntoView({ block: 'center' }); }
  }

  document.getElementById('script-toggle').addEventListener('click', () => {
    original = !original;
    render();
  });

  (async () => {
    try {
      doc = await api('/api/articles/' + encodeURIComponent(id));
      render();
      renderSide();
      renderDocument();
      renderAttachments();
      if (location.hash.startsWith('#amount-')) {
        const target = document.getElementById(location.hash.slice(1));
        if (target) { target.classList.add('flash'); target.scrollIntoView({ block: 'center' }); }
      }
      PM.rendered();
    } catch (err) {
      document.getElementById('title').textContent = err.status === 404 ? '未找到 Not found' : '错误 Error';
      PM.showError(document.getElementById('body'), err);
      PM.failed(err);
    }
  })();
})();
