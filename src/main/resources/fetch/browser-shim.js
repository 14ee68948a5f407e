// The little of a browser that a cookie-challenge page touches, for ChallengeSolver. Rhino gives the language
// (Object, String, Math, RegExp, JSON, eval) but no window: these are the objects such scripts read and write.
// Inputs are set on the global object before this runs: __page (the URL), __ua (User-Agent), __cookie (the
// cookies the page was fetched with). What the scripts did is left in __shim: the cookie strings they set,
// where they navigated, and the timers they queued (run by __shim.runTimers, earliest first).
(function (g) {
  var pageUrl = String(g.__page);
  var jar = {};
  var setCookies = [];
  var timers = [];
  var nav = { to: null };
  String(g.__cookie || '').split(/;\s*/).forEach(function (kv) {
    var i = kv.indexOf('=');
    if (i > 0) jar[kv.slice(0, i)] = kv.slice(i + 1);
  });
  var parts = /^(https?:)\/\/([^\/?#]+)([^?#]*)(\?[^#]*)?(#.*)?$/i.exec(pageUrl) || ['', 'http:', 'localhost', '/', '', ''];
  function go(u) { nav.to = String(u); }
  var location = {
    protocol: parts[1], host: parts[2], hostname: parts[2].replace(/:\d+$/, ''),
    port: (/:(\d+)$/.exec(parts[2]) || ['', ''])[1], pathname: parts[3] || '/', search: parts[4] || '', hash: parts[5] || '',
    get href() { return pageUrl; }, set href(u) { go(u); },
    assign: go, replace: go, reload: function () { go(pageUrl); }, toString: function () { return pageUrl; }
  };
  location.origin = location.protocol + '//' + location.host;
  function element(tag) {
    return { tagName: String(tag).toUpperCase(), style: {}, children: [], childNodes: [], attributes: {}, innerHTML: '', innerText: '',
      setAttribute: function (k, v) { this.attributes[k] = String(v); }, getAttribute: function (k) { return this.attributes[k] || null; },
      appendChild: function (c) { this.children.push(c); this.childNodes.push(c); return c; },
      removeChild: function (c) { return c; }, addEventListener: function () {}, get firstChild() { return this.childNodes[0] || null; } };
  }
  var html = element('html');
  var document = {
    get cookie() { return Object.keys(jar).map(function (k) { return k + '=' + jar[k]; }).join('; '); },
    set cookie(v) {
      v = String(v);
      setCookies.push(v);
      var first = v.split(';')[0], i = first.indexOf('=');
      if (i > 0) jar[first.slice(0, i).trim()] = first.slice(i + 1).trim();
    },
    get location() { return location; }, set location(u) { go(u); },
    referrer: '', readyState: 'complete', title: '', characterSet: 'UTF-8', documentElement: html,
    head: element('head'), body: element('body'),
    createElement: element, getElementById: function () { return null; },
    getElementsByTagName: function () { return []; }, getElementsByClassName: function () { return []; },
    querySelector: function () { return null; }, querySelectorAll: function () { return []; },
    addEventListener: function () {}, removeEventListener: function () {}, write: function () {}, writeln: function () {}
  };
  Object.defineProperty(g, 'location', { get: function () { return location; }, set: go, configurable: true });
  g.window = g.self = g.top = g.parent = g.globalThis = g;
  g.document = document;
  g.navigator = { userAgent: String(g.__ua), appName: 'Netscape', language: 'zh-CN', languages: ['zh-CN', 'zh'],
    platform: 'Win32', vendor: 'Google Inc.', cookieEnabled: true, webdriver: false, plugins: [], mimeTypes: [] };
  g.screen = { width: 1920, height: 1080, availWidth: 1920, availHeight: 1040, colorDepth: 24 };
  g.history = { length: 1, back: function () {}, go: function () {} };
  g.setTimeout = function (fn, ms) { timers.push({ fn: fn, ms: +ms || 0, seq: timers.length, done: false }); return timers.length; };
  g.setInterval = g.setTimeout;
  g.clearTimeout = g.clearInterval = function (id) { if (timers[id - 1]) timers[id - 1].done = true; };
  // Base64 as browsers have it: obfuscators decode their string tables with atob.
  var B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  g.atob = function (text) {
    var s = String(text).replace(/[\s=]+/g, ''), out = '', bits = 0, acc = 0;
    for (var i = 0; i < s.length; i++) {
      var v = B64.indexOf(s.charAt(i));
      if (v < 0) throw new Error('InvalidCharacterError: not base64');
      acc = (acc << 6) | v;
      bits += 6;
      if (bits >= 8) { bits -= 8; out += String.fromCharCode((acc >> bits) & 0xff); }
    }
    return out;
  };
  g.btoa = function (text) {
    var s = String(text), out = '';
    for (var i = 0; i < s.length; i += 3) {
      var a = s.charCodeAt(i), b = s.charCodeAt(i + 1), c = s.charCodeAt(i + 2);
      var n = (a << 16) | ((b || 0) << 8) | (c || 0);
      out += B64.charAt((n >> 18) & 63) + B64.charAt((n >> 12) & 63)
        + (i + 1 < s.length ? B64.charAt((n >> 6) & 63) : '=') + (i + 2 < s.length ? B64.charAt(n & 63) : '=');
    }
    return out;
  };
  g.alert = g.confirm = g.prompt = function () {};
  g.addEventListener = g.removeEventListener = function () {};
  g.console = { log: function () {}, warn: function () {}, error: function () {}, info: function () {}, debug: function () {} };
  g.__shim = {
    cookies: setCookies,
    nav: nav,
    // Timers in the order a browser would fire them; a timer that queues timers gets them run too, up to a bound
    // (a setInterval would otherwise run for ever).
    runTimers: function () {
      for (var n = 0; n < 100; n++) {
        var next = null;
        timers.forEach(function (t) { if (!t.done && (next === null || t.ms < next.ms || (t.ms === next.ms && t.seq < next.seq))) next = t; });
        if (next === null) return;
        next.done = true;
        if (typeof next.fn === 'function') next.fn(); else (0, eval)(String(next.fn));
      }
    }
  };
})(this);
