(function () {
'use strict';
var DATA = JSON.parse(document.getElementById('tcd-data').textContent);
var REVIEW = DATA.mode === 'review';
var PAGE_SIZE = 20;
var TOKEN = new URLSearchParams(window.location.search).get('token') || '';
var state = { query: '', band: 'all', size: 'all', franchise: 'all', kind: 'all', decision: 'all',
              sort: 'confidence-asc', page: 0, focus: 0 };
var view = [];
var main = document.getElementById('clusters');

function el(tag, cls, text) {
  var e = document.createElement(tag);
  if (cls) { e.className = cls; }
  if (text !== undefined && text !== null) { e.textContent = String(text); }
  return e;
}
function fixed(x, d) { return (typeof x === 'number' && isFinite(x)) ? x.toFixed(d) : String(x); }
function signed(x) { return (x >= 0 ? '+' : '\u2212') + Math.abs(x).toFixed(2); }
function setStatus(text, isError) {
  var s = document.getElementById('status');
  s.textContent = text;
  s.className = isError ? 'status error' : 'status';
}
function bandIndex(c) {
  var f = DATA.band_floors;
  for (var i = 0; i < f.length; i++) { if (c.confidence >= f[i]) { return i; } }
  return f.length - 1;
}
function memberName(m) {
  var n = [m.last_name, m.first_name].filter(function (s) { return s; }).join(' ');
  return n || '(no name)';
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
function verdictOf(c) { return c.review ? c.review.verdict : 'none'; }
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
function scrollToFocus() {
  var a = main.querySelectorAll('article.cluster')[state.focus];
  if (a) { a.scrollIntoView({ block: 'nearest' }); }
}
function replaceCluster(updated) {
  for (var i = 0; i < DATA.clusters.length; i++) {
    if (DATA.clusters[i].cluster_id === updated.cluster_id) { DATA.clusters[i] = updated; }
  }
  for (var j = 0; j < view.length; j++) {
    if (view[j].cluster_id === updated.cluster_id) { view[j] = updated; }
  }
}
var FIELDS = [
  { label: 'Last name', get: function (m) { return m.last_name; }, body: ['last_name'] },
  { label: 'First name', get: function (m) { return m.first_name; }, body: ['first_name'] },
  { label: 'Phones', get: function (m) { return m.phones.join(', '); }, body: ['phones', 'overwrite_phones'] },
  { label: 'Emails', get: function (m) { return m.emails.join(', '); }, body: ['emails', 'overwrite_emails'] },
  { label: 'Birthday', get: function (m) { return m.birthday || ''; }, body: ['birthday'] },
  { label: 'Company', get: function (m) { return m.company || ''; }, body: ['company_name'] },
  { label: 'Memo', get: function (m) { return m.memo || ''; }, body: ['memo'], pre: true },
  { label: 'Tags', get: function (m) { return (m.tags || []).join(', '); }, body: ['tags'] },
  { label: 'Addresses', get: function (m) { return (m.addresses || []).join('\n'); }, body: ['addresses', 'overwrite_addresses'], pre: true },
  { label: 'Events', get: function (m) { return (m.events || []).join('\n'); }, body: ['events', 'overwrite_events'], pre: true }
];
// Consent flags (allow_marketing, ...): one row each, for the flags any member or the result holds.
function consentFields(c) {
  var seen = {}, out = [];
  c.members.concat(c.after ? [c.after] : []).forEach(function (m) {
    Object.keys(m.consent || {}).forEach(function (k) { if (!seen[k]) { seen[k] = true; out.push(k); } });
  });
  return out.map(function (k) {
    return { label: k, get: function (m) { var v = (m.consent || {})[k]; return v === undefined ? '' : String(v); }, body: [k] };
  });
}
function comparable(s) { return String(s || '').trim().toLowerCase().replace(/\s+/g, ' '); }
function bodyText(v) {
  if (v === null || v === undefined) { return ''; }
  if (Array.isArray(v)) { return v.map(bodyText).join(', '); }
  if (typeof v === 'object') { return JSON.stringify(v); }
  return String(v);
}
function card(c, focused) {
  var verdict = verdictOf(c);
  var a = el('article', 'cluster ' + (c.auto_merge_eligible ? 'auto' : 'review') +
                        (verdict !== 'none' ? ' ' + verdict : '') + (focused ? ' focused' : ''));
  a.id = 'cluster-' + c.cluster_id;
  a.setAttribute('data-cluster', String(c.cluster_id));
  a.addEventListener('click', function () {
    var items = pageItems();
    for (var i = 0; i < items.length; i++) { if (items[i].cluster_id === c.cluster_id && i !== state.focus) { moveFocus(i - state.focus); } }
  });
  var head = el('div', 'cluster-head');
  head.appendChild(el('h2', '', 'Cluster ' + c.cluster_id));
  if (c.cluster_key) {
    var key = el('span', 'badge', 'key ' + c.cluster_key);
    key.title = 'Known by this key in every run: the id of its oldest member';
    head.appendChild(key);
  }
  head.appendChild(el('span', 'badge ' + (c.auto_merge_eligible ? 'auto' : 'review'), c.auto_merge_eligible ? 'auto-merge' : 'needs review'));
  if (c.audit) { head.appendChild(el('span', 'badge audit', 'audit sample')); }
  head.appendChild(el('span', 'badge', 'confidence ' + fixed(c.confidence, 4)));
  head.appendChild(el('span', 'badge', 'weight ' + fixed(c.match_weight, 2)));
  head.appendChild(el('span', 'badge', c.members.length + ' records'));
  if (c.franchise_id) { head.appendChild(el('span', 'badge', 'franchise ' + c.franchise_id)); }
  if (verdict !== 'none') {
    var label = verdict === 'undecided' ? 'edited, not decided' : verdict;
    var b = el('span', 'badge ' + verdict + ' verdict', label + ' by ' + c.review.reviewer);
    b.title = c.review.decided_at;
    head.appendChild(b);
  }
  a.appendChild(head);
  var victor = c.members[0];
  var summary = el('p', 'summary');
  summary.appendChild(el('span', '', 'Merge ' + c.plan.victim_ids.length + ' record' + (c.plan.victim_ids.length === 1 ? '' : 's') + ' into '));
  summary.appendChild(el('strong', 'victor-name', memberName(victor)));
  summary.appendChild(el('span', '', ' (' + victor.customer_id + '), who keeps their record.'));
  a.appendChild(summary);
  if (c.review_reasons.length) {
    var ul = el('ul', 'reasons');
    c.review_reasons.forEach(function (r) { ul.appendChild(el('li', '', 'Held for review: ' + r)); });
    a.appendChild(ul);
  }
  a.appendChild(membersTable(c));
  var plan = el('details', 'plan');
  plan.appendChild(el('summary', '', 'The request that merges it: PUT /customers/' + c.plan.victor_id));
  plan.appendChild(el('pre', 'plan-body', JSON.stringify(c.plan.body, null, 2)));
  a.appendChild(plan);
  if (c.notes.length || (c.review && c.review.removed_member_ids.length)) {
    var notes = el('ul', 'notes');
    c.notes.forEach(function (n) { notes.appendChild(el('li', '', n)); });
    if (c.review) {
      c.review.removed_member_ids.forEach(function (id) { notes.appendChild(el('li', '', 'Removed by the reviewer: ' + id)); });
    }
    a.appendChild(notes);
  }
  a.appendChild(evidence(c));
  if (REVIEW) { a.appendChild(actions(c)); }
  return a;
}
function membersTable(c) {
  var wrap = el('div', 'members-wrap');
  var t = el('table', 'members');
  var thead = el('thead');
  var hr = el('tr');
  hr.appendChild(el('th', 'field', ''));
  c.members.forEach(function (m, i) {
    var th = el('th', i === 0 ? 'victor' : 'victim');
    th.appendChild(el('span', 'member-name', memberName(m)));
    th.appendChild(el('span', 'role', i === 0 ? '\u2605 victor: keeps the record' : 'merged into the victor'));
    if (REVIEW) { th.appendChild(memberActions(c, m, i)); }
    hr.appendChild(th);
  });
  var rh = el('th', 'result');
  rh.appendChild(el('span', '', 'After the merge'));
  rh.appendChild(el('span', 'role', 'the victor as the PUT leaves it'));
  hr.appendChild(rh);
  thead.appendChild(hr);
  t.appendChild(thead);
  var tbody = el('tbody');
  var idRow = el('tr');
  idRow.appendChild(el('th', 'field', 'Customer id'));
  c.members.forEach(function (m, i) { idRow.appendChild(el('td', i === 0 ? 'victor' : '', m.customer_id)); });
  idRow.appendChild(el('td', 'result', victorIdText(c)));
  tbody.appendChild(idRow);
  var fields = FIELDS.concat(consentFields(c));
  fields.forEach(function (f) {
    var values = c.members.map(f.get);
    var changed = f.body.some(function (k) { return k in c.plan.body; });
    if (values.every(function (v) { return !v; }) && !changed) { return; }
    var tr = el('tr', f.pre ? 'multiline' : '');
    tr.appendChild(el('th', 'field', f.label));
    var base = comparable(values[0]);
    values.forEach(function (v, i) {
      var cls = i === 0 ? 'victor' : '';
      if (i > 0 && comparable(v) !== base) { cls += ' diff'; }
      tr.appendChild(el('td', cls, v));
    });
    // The victor as the PUT leaves it: computed by tcdedupe (appended phones, memo, ...) when
    // the run stored it, else the value the body sets.
    var after = c.after ? f.get(c.after) : (changed ? bodyText(c.plan.body[f.body[0]]) : values[0]);
    var td = el('td', 'result' + (changed ? ' changed' : ''), after);
    if (changed) { td.title = 'set by the merge'; }
    tr.appendChild(td);
    tbody.appendChild(tr);
  });
  // Other fields the PUT sets (readings, ...): the members' values are in the CRM, not here.
  var listed = { merge_customer_ids: true };
  fields.forEach(function (f) { f.body.forEach(function (k) { listed[k] = true; }); });
  Object.keys(c.plan.body).forEach(function (key) {
    if (listed[key]) { return; }
    var tr = el('tr', 'other-field');
    tr.appendChild(el('th', 'field', key));
    c.members.forEach(function (m, i) { tr.appendChild(el('td', i === 0 ? 'victor' : '', '')); });
    var td = el('td', 'result changed', bodyText(c.plan.body[key]));
    td.title = 'set by the merge';
    tr.appendChild(td);
    tbody.appendChild(tr);
  });
  t.appendChild(tbody);
  wrap.appendChild(t);
  return wrap;
}
function victorIdText(c) {
  return c.plan.victor_id + ' (absorbs ' + (c.plan.victim_ids.length ? c.plan.victim_ids.join(', ') : 'nothing') + ')';
}
function evidence(c) {
  var box = el('div', 'evidence');
  var byId = {};
  c.members.forEach(function (m) { byId[m.customer_id] = m; });
  function who(id) { return byId[id] ? memberName(byId[id]) + ' (' + id + ')' : id; }
  box.appendChild(el('h3', '', 'Why tcdedupe thinks they are one person'));
  if (!c.explanations.length) { box.appendChild(el('p', 'empty', 'No evidence stored for this cluster.')); }
  c.explanations.forEach(function (e) {
    var pair = el('div', 'pair');
    pair.appendChild(el('h3', '', who(e.customer_a) + '  \u2194  ' + who(e.customer_b) + ': match weight ' +
                                  fixed(e.match_weight, 2) + ', probability ' + fixed(e.probability, 4)));
    var steps = [{ label: 'prior', level: 'before any evidence', detail: '', weight: e.prior_weight, kind: 'prior' }];
    e.comparisons.forEach(function (o) {
      steps.push({ label: o.comparison, level: o.level, detail: o.detail, weight: o.weight, kind: o.weight >= 0 ? 'pos' : 'neg' });
    });
    var run = 0, lo = 0, hi = 0;
    steps.forEach(function (s) { s.from = run; run += s.weight; s.to = run; lo = Math.min(lo, run); hi = Math.max(hi, run); });
    lo = Math.min(lo, e.match_weight); hi = Math.max(hi, e.match_weight);
    var span = (hi - lo) || 1;
    function pct(x) { return ((x - lo) / span * 100); }
    function row(label, level, detail, from, to, kind, value, extra) {
      var r = el('div', 'wf-row' + (extra ? ' ' + extra : ''));
      var l = el('div', 'label');
      l.appendChild(el('span', 'comparison', label));
      if (level) { l.appendChild(el('span', 'level', ' \u00b7 ' + level)); }
      if (detail) { l.appendChild(el('span', 'level', ' \u00b7 ' + detail)); }
      l.title = label + (level ? ' \u00b7 ' + level : '') + (detail ? ' \u00b7 ' + detail : '');
      r.appendChild(l);
      var track = el('div', 'wf-track');
      var zero = el('div', 'wf-zero');
      zero.style.left = pct(0) + '%';
      track.appendChild(zero);
      var bar = el('div', 'wf-bar ' + kind);
      bar.style.left = pct(Math.min(from, to)) + '%';
      bar.style.width = Math.max(0.4, Math.abs(pct(to) - pct(from))) + '%';
      track.appendChild(bar);
      r.appendChild(track);
      r.appendChild(el('div', 'value', value));
      return r;
    }
    steps.forEach(function (s) { pair.appendChild(row(s.label, s.level, s.detail, s.from, s.to, s.kind, signed(s.weight))); });
    pair.appendChild(row('match weight', 'sum of the above', '', 0, e.match_weight, 'total', fixed(e.match_weight, 2), 'total'));
    box.appendChild(pair);
  });
  return box;
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
function decide(c, verdict) { return act(c, 'decision', { decision: verdict }, verdict !== 'reset'); }
function actions(c) {
  var box = el('div', 'actions');
  function button(cls, text, key, handler) {
    var b = el('button', cls, text);
    b.type = 'button';
    b.appendChild(el('kbd', '', key));
    b.addEventListener('click', function (ev) { ev.stopPropagation(); handler(); });
    box.appendChild(b);
  }
  button('approve', 'Approve merge', 'a', function () { decide(c, 'approve'); });
  button('reject', 'Reject: not one person', 'r', function () { decide(c, 'reject'); });
  if (c.review) { button('reset', 'Undo my decision and edits', 'u', function () { decide(c, 'reset'); }); }
  return box;
}
function memberActions(c, m, i) {
  var box = el('div', 'member-actions');
  if (i > 0) {
    var v = el('button', 'make-victor', 'Make victor');
    v.type = 'button';
    v.setAttribute('data-member', m.customer_id);
    v.addEventListener('click', function (ev) { ev.stopPropagation(); act(c, 'victor', { victor_id: m.customer_id }, false); });
    box.appendChild(v);
  }
  if (c.members.length > 2) {
    var r = el('button', 'remove-member', 'Remove');
    r.type = 'button';
    r.setAttribute('data-member', m.customer_id);
    r.addEventListener('click', function (ev) { ev.stopPropagation(); act(c, 'remove', { member_id: m.customer_id }, false); });
    box.appendChild(r);
  }
  return box;
}
function reviewKey(key) {
  var c = focusedCluster();
  if (!c) { return false; }
  if (key === 'a') { decide(c, 'approve'); return true; }
  if (key === 'r') { decide(c, 'reject'); return true; }
  if (key === 'u') { decide(c, 'reset'); return true; }
  return false;
}
function setupControls() {
  var band = document.getElementById('band');
  var floors = DATA.band_floors;
  floors.forEach(function (f, i) {
    var low = f === 0 ? DATA.review_threshold : f;
    var high = i === 0 ? 1 : floors[i - 1];
    var o = el('option', '', low + ' \u2013 ' + high);
    o.value = String(i);
    band.appendChild(o);
  });
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
  document.addEventListener('keydown', function (ev) {
    var t = ev.target;
    if (t && (t.tagName === 'INPUT' || t.tagName === 'SELECT' || t.tagName === 'TEXTAREA')) {
      if (ev.key === 'Escape') { t.blur(); }
      return;
    }
    if (ev.ctrlKey || ev.metaKey || ev.altKey) { return; }
    var handled = true;
    switch (ev.key) {
      case 'j': case 'n': moveFocus(1); break;
      case 'k': case 'p': moveFocus(-1); break;
      case ']': goPage(state.page + 1); break;
      case '[': goPage(state.page - 1); break;
      case '/': q.focus(); break;
      default: handled = REVIEW ? reviewKey(ev.key) : false;
    }
    if (handled) { ev.preventDefault(); }
  });
}
setupControls();
refresh(false);
window.__tcdReady = true;
})();
