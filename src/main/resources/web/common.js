'use strict';
/*
 * Shared helpers of the PolicyMiner pages. Everything that came from a crawled page is put into the DOM as text
 * (textContent / text nodes), never as HTML: the pages stay safe whatever a title or body holds. The only markup
 * taken from the server is the <em> of search snippets, and that is parsed here by splitting, not by the browser.
 */
const PM = (() => {
  /** Creates an element; attrs: class, text, dataset entries (data-*), or plain attributes. Children: nodes or text. */
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') e.className = v;
      else if (k === 'text') e.textContent = String(v);
      else e.setAttribute(k, String(v));
    }
    for (const c of children) {
      if (c === null || c === undefined) continue;
      e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  }

  const SVG_NS = 'http://www.w3.org/2000/svg';
  function svg(tag, attrs, ...children) {
    const e = document.createElementNS(SVG_NS, tag);
    for (const [k, v] of Object.entries(attrs || {})) if (v !== null && v !== undefined) e.setAttribute(k, String(v));
    for (const c of children) if (c !== null && c !== undefined) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    return e;
  }

  /** Only http(s) and file links from page data become hrefs: a javascript: URL in a crawled page stays inert. */
  function safeUrl(u) {
    return typeof u === 'string' && /^(https?|file):/i.test(u) ? u : null;
  }

  const ENTITIES = { lt: '<', gt: '>', amp: '&', quot: '"', '#39': "'" };
  /** Undoes exactly the escaping the searcher applies to snippet text (one pass, so &amp;lt; stays "&lt;"). */
  function unescapeHtml(s) {
    return s.replace(/&(lt|gt|amp|quot|#39);/g, (m, n) => ENTITIES[n]);
  }

  /** Appends a highlighted snippet ("…<em>集成电路</em>…", rest HTML-escaped) as text nodes and <em> elements. */
  function appendSnippet(container, snippet) {
    let inEm = false;
    for (const part of String(snippet || '').split(/(<em>|<\/em>)/)) {
      if (part === '<em>') { inEm = true; continue; }
      if (part === '</em>') { inEm = false; continue; }
      if (!part) continue;
      const text = document.createTextNode(unescapeHtml(part));
      container.append(inEm ? el('em', {}, text) : text);
    }
    return container;
  }

  /** The page's query parameters without empty ones (an HTML form sends empty fields too). */
  function pageParams() {
    const p = new URLSearchParams();
    for (const [k, v] of new URLSearchParams(location.search)) if (v.trim() !== '') p.set(k, v.trim());
    return p;
  }

  function withParam(params, name, value) {
    const p = new URLSearchParams(params);
    if (value === null || value === undefined || value === '') p.delete(name); else p.set(name, value);
    p.delete('offset');
    return p;
  }

  /** GETs a JSON API; a non-2xx answer becomes an Error carrying the server's {"error": …} message. */
  async function api(path, params) {
    const q = params && params.toString();
    const res = await fetch(q ? path + '?' + q : path, { headers: { Accept: 'application/json' } });
    let body = null;
    try { body = await res.json(); } catch (e) { body = null; }
    if (!res.ok) {
      const err = new Error(body && body.error ? body.error : 'HTTP ' + res.status);
      err.status = res.status;
      throw err;
    }
    return body;
  }

  /** 400000000000 → "4000亿元"; keeps three significant figures. */
  function amount(v, currency) {
    if (typeof v !== 'number') return '';
    const unit = currency && currency !== 'CNY' ? ' ' + currency : '元';
    const fmt = (x) => String(Number(x.toPrecision(4)));
    if (v >= 1e12) return fmt(v / 1e12) + '万亿' + unit;
    if (v >= 1e8) return fmt(v / 1e8) + '亿' + unit;
    if (v >= 1e4) return fmt(v / 1e4) + '万' + unit;
    return fmt(v) + unit;
  }

  function showError(container, err) {
    container.replaceChildren(el('p', { class: 'error', role: 'alert', text: err.message || String(err) }));
  }

  /**
   * Marks the page as rendered, for tests and the render benchmark: data-render-ms is the time since navigation
   * start, data-api-render-ms the time from the API request (started at apiStart, a performance.now()) to drawn DOM.
   */
  function rendered(apiStart) {
    const now = performance.now();
    document.body.dataset.renderMs = now.toFixed(1);
    if (typeof apiStart === 'number') document.body.dataset.apiRenderMs = (now - apiStart).toFixed(1);
    document.body.dataset.state = 'ready';
  }

  function failed(err) {
    document.body.dataset.state = 'error';
    document.body.dataset.error = err && err.message ? err.message : String(err);
  }

  /**
   * A bar chart as inline SVG (no chart library: the UI must work offline and under a strict CSP).
   * items: [{label, value, title}] drawn in the given order; value formats the axis labels.
   */
  function barChart(items, opts) {
    const o = Object.assign({ width: 720, height: 240, format: String, caption: '' }, opts || {});
    const padL = 8, padB = 46, padT = 22;
    const root = svg('svg', { viewBox: `0 0 ${o.width} ${o.height}`, class: 'chart', role: 'img', 'aria-label': o.caption });
    root.append(svg('title', {}, o.caption));
    if (!items.length) {
      root.append(svg('text', { x: o.width / 2, y: o.height / 2, 'text-anchor': 'middle', class: 'chart-empty' }, '—'));
      return root;
    }
    const max = Math.max(...items.map((i) => i.value), 0) || 1;
    const slot = (o.width - padL * 2) / items.length;
    const barW = Math.max(4, Math.min(60, slot * 0.7));
    const plotH = o.height - padB - padT;
    items.forEach((it, i) => {
      const h = Math.max(1, (it.value / max) * plotH);
      const x = padL + i * slot + (slot - barW) / 2;
      const y = padT + plotH - h;
      const g = svg('g', { class: 'bar' });
      g.append(svg('title', {}, it.title || `${it.label}: ${o.format(it.value)}`));
      g.append(svg('rect', { x: x.toFixed(1), y: y.toFixed(1), width: barW.toFixed(1), height: h.toFixed(1), rx: 2 }));
      g.append(svg('text', { x: (x + barW / 2).toFixed(1), y: (y - 5).toFixed(1), 'text-anchor': 'middle', class: 'bar-value' }, o.format(it.value)));
      const label = String(it.label).length > 8 ? String(it.label).slice(0, 7) + '…' : String(it.label);
      g.append(svg('text', { x: (x + barW / 2).toFixed(1), y: o.height - padB + 18, 'text-anchor': 'middle', class: 'bar-label' }, label));
      root.append(g);
    });
    root.append(svg('line', { x1: padL, x2: o.width - padL, y1: padT + plotH, y2: padT + plotH, class: 'axis' }));
    return root;
  }

  const DIM_LABELS = { city: '城市 City', province: '省份 Province', cluster: '集群 Cluster', source: '来源 Source', year: '目标年份 Year',
    issuer: '发文机关 Issuer', type: '公文类型 Type' };
  const KIND_LABELS = { target: '目标 target', actual: '实际 actual', investment: '投资 investment', scale: '规模 scale', unknown: '未知 unknown' };

  return { el, svg, safeUrl, unescapeHtml, appendSnippet, pageParams, withParam, api, amount, showError, rendered, failed, barChart, DIM_LABELS, KIND_LABELS };
})();
