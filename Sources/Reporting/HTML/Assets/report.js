var DATA = JSON.parse(document.getElementById('tcd-data').textContent);
var REVIEW = DATA.mode === 'review';
var PAGE_SIZE = 20;
var TOKEN = new URLSearchParams(window.location.search).get('token') || '';
var state = { query: '', band: 'all', size: 'all', franchise: 'all', kind: 'all', decision: 'all',
              sort: 'confidence-asc', page: 0, focus: 0 };
var view = [];
var main = document.getElementById('clusters');

function bandIndex(c) {
  var f = DATA.band_floors;
  for (var i = 0; i < f.length; i++) { if (c.confidence >= f[i]) { return i; } }
  return f.length - 1;
}
function searchText(c) {
  if (c._search === undefined) {
    var parts = [String(c.cluster_id), c.franchise_id];
    c.members.forEach(function (m) {
      parts.push(m.customer_id, m.last_name, m.first_name, m.last_name + m.first_name, m.first_name + ' ' + m.last_name);
      m.emails.forEach(function (e) { parts.push(e); });
      m.phones.forEach(function (p) { parts.push(p, p.replace(/[^0-9]/g, '')); });
    });
    c._search = parts.join('\n').toLowerCase();
  }
  return c._search;
}
function matches(c) {
  if (state.band !== 'all' && bandIndex(c) !== Number(state.band)) { return false; }
  var n = c.members.length;
  if (state.size === '2' && n !== 2) { return false; }
  if (state.size === '3' && n !== 3) { return false; }
  if (state.size === '4+' && n < 4) { return false; }
  if (state.franchise !== 'all' && c.franchise_id !== state.franchise) { return false; }
  if (state.kind === 'auto' && !c.auto_merge_eligible) { return false; }
  if (state.kind === 'review' && c.auto_merge_eligible) { return false; }
  if (state.kind === 'audit' && !c.audit) { return false; }
  if (state.decision !== 'all' && verdictOf(c) !== state.decision) { return false; }
  if (state.query) {
    var q = state.query.toLowerCase();
    var t = searchText(c);
    if (t.indexOf(q) < 0) {
      var digits = q.replace(/[^0-9]/g, '');
      if (digits.length < 4 || t.indexOf(digits) < 0) { return false; }
    }
  }
  return true;
}
var SORTS = {
  'confidence-asc': function (a, b) { return a.confidence - b.confidence || a.cluster_id - b.cluster_id; },
  'confidence-desc': function (a, b) { return b.confidence - a.confidence || a.cluster_id - b.cluster_id; },
  'size-desc': function (a, b) { return b.members.length - a.members.length || a.confidence - b.confidence; },
  'weight-asc': function (a, b) { return a.match_weight - b.match_weight || a.cluster_id - b.cluster_id; },
  'id-asc': function (a, b) { return a.cluster_id - b.cluster_id; }
};
function pageCount() { return Math.max(1, Math.ceil(view.length / PAGE_SIZE)); }
function refresh(keepPage) {
  view = DATA.clusters.filter(matches);
  view.sort(SORTS[state.sort] || SORTS['confidence-asc']);
  if (!keepPage) { state.page = 0; state.focus = 0; }
  state.page = Math.min(state.page, pageCount() - 1);
  render();
}
function pageItems() { return view.slice(state.page * PAGE_SIZE, (state.page + 1) * PAGE_SIZE); }
function shownClusters() { return pageItems(); }
// The report's cards have nothing of their own beyond the shared card (cards.js).
var CARD_HOOKS = {};
function render() {
  main.replaceChildren();
  var items = pageItems();
  if (items.length === 0) { main.appendChild(el('p', 'empty', 'No cluster matches these filters.')); }
  state.focus = Math.min(state.focus, Math.max(0, items.length - 1));
  items.forEach(function (c, i) { main.appendChild(card(c, i === state.focus)); });
  renderPagers();
  renderProgress();
}
function renderPagers() {
  ['pager-top', 'pager-bottom'].forEach(function (id) {
    var nav = document.getElementById(id);
    nav.replaceChildren();
    var prev = el('button', '', '\u2190 previous page');
    prev.disabled = state.page === 0;
    prev.addEventListener('click', function () { goPage(state.page - 1); });
    var next = el('button', '', 'next page \u2192');
    next.disabled = state.page >= pageCount() - 1;
    next.addEventListener('click', function () { goPage(state.page + 1); });
    var first = state.page * PAGE_SIZE + 1;
    var last = Math.min(view.length, (state.page + 1) * PAGE_SIZE);
    var label = view.length === 0 ? '0 clusters' :
      'clusters ' + first + '\u2013' + last + ' of ' + view.length + ' (page ' + (state.page + 1) + ' of ' + pageCount() + ')';
    nav.appendChild(prev);
    nav.appendChild(el('span', 'page-label', label));
    nav.appendChild(next);
  });
}
function renderProgress() {
  if (!REVIEW) { return; }
  var approved = 0, rejected = 0;
  DATA.clusters.forEach(function (c) {
    var v = verdictOf(c);
    if (v === 'approved') { approved++; } else if (v === 'rejected') { rejected++; }
  });
  var s = document.getElementById('status');
  if (s.className.indexOf('error') < 0) {
    setStatus('Decided ' + (approved + rejected) + ' of ' + DATA.clusters.length + ' clusters: ' +
              approved + ' approved, ' + rejected + ' rejected.', false);
  }
}
function goPage(p) {
  if (p < 0 || p >= pageCount()) { return; }
  state.page = p;
  state.focus = 0;
  render();
  window.scrollTo(0, document.getElementById('controls').offsetTop);
}
function focusedCluster() { return pageItems()[state.focus]; }
function moveFocus(delta) {
  var items = pageItems();
  var f = state.focus + delta;
  if (f >= items.length) { if (state.page < pageCount() - 1) { goPage(state.page + 1); } return; }
  if (f < 0) {
    if (state.page > 0) { goPage(state.page - 1); state.focus = pageItems().length - 1; render(); scrollToFocus(); }
    return;
  }
  state.focus = f;
  Array.prototype.forEach.call(main.querySelectorAll('article.cluster'), function (a, i) {
    a.classList.toggle('focused', i === f);
  });
  scrollToFocus();
}
function replaceCluster(updated) {
  for (var i = 0; i < DATA.clusters.length; i++) {
    if (DATA.clusters[i].cluster_id === updated.cluster_id) { DATA.clusters[i] = updated; }
  }
  for (var j = 0; j < view.length; j++) {
    if (view[j].cluster_id === updated.cluster_id) { view[j] = updated; }
  }
}
function post(path, payload) {
  return fetch(path + '?token=' + encodeURIComponent(TOKEN), {
    method: 'POST', credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', 'X-Review-Token': TOKEN },
    body: JSON.stringify(payload)
  }).then(function (r) {
    return r.json().catch(function () { return {}; }).then(function (j) {
      if (!r.ok) { throw new Error((j.error && j.error.message) || ('the server answered ' + r.status)); }
      return j;
    });
  });
}
function act(c, path, payload, advance) {
  setStatus('Saving\u2026', false);
  return post('/api/clusters/' + c.cluster_id + '/' + path, payload).then(function (j) {
    replaceCluster(j.cluster);
    setStatus('', false);
    render();
    if (advance) { moveFocus(1); }
  }).catch(function (err) { setStatus('Not saved: ' + err.message, true); });
}
function setupControls() {
  fillBandOptions();
  var franchise = document.getElementById('franchise');
  var seen = {};
  DATA.clusters.forEach(function (c) { seen[c.franchise_id] = true; });
  Object.keys(seen).sort().forEach(function (f) {
    var o = el('option', '', f === '' ? '(none)' : f);
    o.value = f;
    franchise.appendChild(o);
  });
  ['band', 'size', 'franchise', 'kind', 'decision', 'sort'].forEach(function (id) {
    var s = document.getElementById(id);
    if (!s) { return; }
    s.addEventListener('change', function () { state[id] = s.value; refresh(false); });
  });
  var q = document.getElementById('q');
  var timer = null;
  q.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () { state.query = q.value.trim(); refresh(false); }, 150);
  });
  listenForKeys(q, function (step) { goPage(state.page + step); });
}
setupControls();
refresh(false);
window.__tcdReady = true;
