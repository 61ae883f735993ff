(function () {
'use strict';
// The review page: a shell that asks the server for clusters a page at a time.
// "My queue" claims the head of the queue (held for this browser, so two reviewers never get
// the same cluster); "browse and search" pages through any list with a cursor.
var DATA = JSON.parse(document.getElementById('tcd-data').textContent);
var TOKEN = new URLSearchParams(window.location.search).get('token') || '';
var QUEUE_BATCH = 10, PAGE_SIZE = 20;
var state = { mode: 'queue', queue: 'review', sort: 'least-confident', band: 'all', size: 'all', franchise: 'all',
              decision: 'any', q: '', cursors: [], next: null, focus: 0, loading: false };
var items = [];
var skipped = {};
var main = document.getElementById('clusters');
var HOLDER = (function () {
  var b = new Uint8Array(12);
  window.crypto.getRandomValues(b);
  return Array.prototype.map.call(b, function (x) { return ('0' + x.toString(16)).slice(-2); }).join('');
})();
var reviewerInput = document.getElementById('reviewer');

function el(tag, cls, text) {
  var e = document.createElement(tag);
  if (cls) { e.className = cls; }
  if (text !== undefined && text !== null) { e.textContent = String(text); }
  return e;
}
function fixed(x, d) { return (typeof x === 'number' && isFinite(x)) ? x.toFixed(d) : String(x); }
function signed(x) { return (x >= 0 ? '+' : '\u2212') + Math.abs(x).toFixed(2); }
function grouped(n) { return Number(n).toLocaleString('en-US'); }
function setStatus(text, isError) {
  var s = document.getElementById('status');
  s.textContent = text;
  s.className = isError ? 'status error' : 'status';
}
function memberName(m) {
  var n = [m.last_name, m.first_name].filter(function (s) { return s; }).join(' ');
  return n || '(no name)';
}
function verdictOf(c) { return c.review ? c.review.verdict : 'none'; }
function reviewer() { return reviewerInput.value.trim(); }

// --- Talking to the server -------------------------------------------------------------
function request(method, path, payload) {
  var url = path + (path.indexOf('?') < 0 ? '?' : '&') + 'token=' + encodeURIComponent(TOKEN);
  var init = { method: method, credentials: 'same-origin', headers: { 'X-Review-Token': TOKEN } };
  if (payload !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(payload);
  }
  return fetch(url, init).then(function (r) {
    return r.json().catch(function () { return {}; }).then(function (j) {
      if (!r.ok) { throw new Error((j.error && j.error.message) || ('the server answered ' + r.status)); }
      return j;
    });
  });
}
function filters() {
  var f = { queue: state.queue, sort: state.sort };
  if (state.band !== 'all') { f.band = state.band; }
  if (state.size !== 'all') { f.size = state.size; }
  if (state.franchise !== 'all') { f.franchise = state.franchise; }
  return f;
}
function load() {
  state.loading = true;
  setStatus('Loading\u2026', false);
  var done;
  if (state.mode === 'queue') {
    var body = filters();
    body.holder = HOLDER;
    body.reviewer = reviewer();
    body.limit = QUEUE_BATCH;
    body.exclude = Object.keys(skipped).map(Number);
    done = request('POST', '/api/queue/claim', body).then(function (j) { state.next = null; return j; });
  } else {
    var f = filters();
    f.decision = state.decision;
    f.limit = PAGE_SIZE;
    f.holder = HOLDER;
    if (state.q) { f.q = state.q; }
    var cursor = state.cursors[state.cursors.length - 1];
    if (cursor !== null && cursor !== undefined) { f.cursor = cursor; }
    var qs = Object.keys(f).map(function (k) { return encodeURIComponent(k) + '=' + encodeURIComponent(f[k]); }).join('&');
    done = request('GET', '/api/clusters?' + qs).then(function (j) { state.next = j.next_cursor; return j; });
  }
  return done.then(function (j) {
    items = j.clusters;
    state.focus = 0;
    state.loading = false;
    setStatus('', false);
    render();
    refreshProgress();
    window.__tcdReady = true;
  }).catch(function (err) {
    state.loading = false;
    items = [];
    render();
    setStatus(err.message, true);
    window.__tcdReady = true;
  });
}
function refreshProgress() {
  return request('GET', '/api/progress?queue=' + encodeURIComponent(state.queue)).then(function (j) {
    var p = j.progress;
    var text = grouped(p.decided) + ' of ' + grouped(p.total) + ' decided (' + grouped(p.approved) + ' approved, ' +
               grouped(p.rejected) + ' rejected)';
    if (p.leased > 0) { text += ' \u00b7 ' + grouped(p.leased) + ' held by reviewers'; }
    if (!j.search.ready) {
      text += j.search.error ? ' \u00b7 search unavailable: ' + j.search.error
                             : ' \u00b7 search index being built: ' + j.search.percent + ' %';
    }
    document.getElementById('progress').textContent = text;
    document.body.setAttribute('data-search-ready', j.search.ready ? 'yes' : 'no');
  }).catch(function () {});
}
function release(ids) {
  var body = { holder: HOLDER };
  if (ids) { body.cluster_ids = ids; }
  return request('POST', '/api/queue/release', body).catch(function () {});
}

// --- Drawing -----------------------------------------------------------------------------
function render() {
  main.replaceChildren();
  if (items.length === 0) {
    main.appendChild(el('p', 'empty', state.mode === 'queue' ? 'Nothing left in this queue for you: every cluster is decided or held by another reviewer.'
                                                             : 'No cluster matches these filters.'));
  }
  state.focus = Math.min(state.focus, Math.max(0, items.length - 1));
  items.forEach(function (c, i) { main.appendChild(card(c, i === state.focus)); });
  renderPagers();
}
function renderPagers() {
  ['pager-top', 'pager-bottom'].forEach(function (id) {
    var nav = document.getElementById(id);
    nav.replaceChildren();
    if (state.mode === 'queue') {
      var more = el('button', '', 'next clusters \u2192');
      more.addEventListener('click', function () { load(); });
      nav.appendChild(el('span', 'page-label', items.length + ' clusters held for you'));
      nav.appendChild(more);
      return;
    }
    var prev = el('button', '', '\u2190 previous page');
    prev.disabled = state.cursors.length <= 1;
    prev.addEventListener('click', function () { goPage(-1); });
    var next = el('button', '', 'next page \u2192');
    next.disabled = state.next === null || state.next === undefined;
    next.addEventListener('click', function () { goPage(1); });
    nav.appendChild(prev);
    nav.appendChild(el('span', 'page-label', 'page ' + state.cursors.length + ' \u00b7 ' + items.length + ' clusters'));
    nav.appendChild(next);
  });
}
function goPage(delta) {
  if (state.mode === 'queue') { if (delta > 0) { load(); } return; }
  if (delta > 0) {
    if (state.next === null || state.next === undefined) { return; }
    state.cursors.push(state.next);
  } else {
    if (state.cursors.length <= 1) { return; }
    state.cursors.pop();
  }
  load().then(function () { window.scrollTo(0, document.getElementById('controls').offsetTop); });
}
function restart() {
  state.cursors = [null];
  state.next = null;
  return load();
}
function focusedCluster() { return items[state.focus]; }
function moveFocus(delta) {
  var f = state.focus + delta;
  if (f >= items.length) { goPage(1); return; }
  if (f < 0) { if (state.mode === 'browse') { goPage(-1); } return; }
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
// A decision ends the cluster's lease on the server; an edit keeps it, so the page keeps
// showing whose it is.
function replaceCluster(updated, keepLease) {
  for (var i = 0; i < items.length; i++) {
    if (items[i].cluster_id === updated.cluster_id) {
      if (keepLease && items[i].lease && !updated.lease) { updated.lease = items[i].lease; }
      items[i] = updated;
    }
  }
}
function allSettled() {
  return items.every(function (c) { var v = verdictOf(c); return v === 'approved' || v === 'rejected' || skipped[c.cluster_id]; });
}

// --- The cluster card (members, the merge's result, the evidence) ---------------------------
var FIELDS = [
  { label: 'Last name', get: function (m) { return m.last_name; }, body: 'last_name' },
  { label: 'First name', get: function (m) { return m.first_name; }, body: 'first_name' },
  { label: 'Phones', get: function (m) { return m.phones.join(', '); }, body: 'phones' },
  { label: 'Emails', get: function (m) { return m.emails.join(', '); }, body: 'emails' },
  { label: 'Birthday', get: function (m) { return m.birthday || ''; }, body: 'birthday' },
  { label: 'Company', get: function (m) { return m.company || ''; }, body: 'company_name' }
];
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
                        (verdict !== 'none' ? ' ' + verdict : '') + (focused ? ' focused' : '') +
                        (c.lease && !c.lease.mine ? ' held' : '') + (skipped[c.cluster_id] ? ' skipped' : ''));
  a.id = 'cluster-' + c.cluster_id;
  a.setAttribute('data-cluster', String(c.cluster_id));
  a.addEventListener('click', function () {
    for (var i = 0; i < items.length; i++) { if (items[i].cluster_id === c.cluster_id && i !== state.focus) { moveFocus(i - state.focus); } }
  });
  var head = el('div', 'cluster-head');
  head.appendChild(el('h2', '', 'Cluster ' + c.cluster_id));
  if (c.cluster_key) {
    var key = el('span', 'badge cluster-key', 'key ' + c.cluster_key);
    key.title = 'Known by this key in every run: the id of its oldest member';
    head.appendChild(key);
  }
  head.appendChild(el('span', 'badge ' + (c.auto_merge_eligible ? 'auto' : 'review'), c.auto_merge_eligible ? 'auto-merge' : 'needs review'));
  head.appendChild(el('span', 'badge', 'confidence ' + fixed(c.confidence, 4)));
  head.appendChild(el('span', 'badge', 'weight ' + fixed(c.match_weight, 2)));
  head.appendChild(el('span', 'badge', c.members.length + ' records'));
  if (c.franchise_id) { head.appendChild(el('span', 'badge', 'franchise ' + c.franchise_id)); }
  if (c.lease && !c.lease.mine) {
    var held = el('span', 'badge lease', 'being reviewed by ' + c.lease.reviewer);
    held.title = 'held until ' + c.lease.expires_at;
    head.appendChild(held);
  }
  if (skipped[c.cluster_id]) { head.appendChild(el('span', 'badge', 'skipped')); }
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
  if (c.carried) { a.appendChild(carriedNote(c)); }
  if (c.pins && c.pins.length) { a.appendChild(pinsBox(c)); }
  a.appendChild(evidence(c));
  a.appendChild(actions(c));
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
    th.appendChild(memberActions(c, m, i));
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
  FIELDS.forEach(function (f) {
    var values = c.members.map(f.get);
    if (values.every(function (v) { return !v; }) && !(f.body in c.plan.body)) { return; }
    var tr = el('tr');
    tr.appendChild(el('th', 'field', f.label));
    var base = comparable(values[0]);
    values.forEach(function (v, i) {
      var cls = i === 0 ? 'victor' : '';
      if (i > 0 && comparable(v) !== base) { cls += ' diff'; }
      tr.appendChild(el('td', cls, v));
    });
    var changed = f.body in c.plan.body;
    var after = changed ? bodyText(c.plan.body[f.body]) : values[0];
    var td = el('td', 'result' + (changed ? ' changed' : ''), after);
    if (changed) { td.title = 'set by the merge'; }
    tr.appendChild(td);
    tbody.appendChild(tr);
  });
  // Other fields the PUT sets (readings, memo, ...): the members' values are in the CRM, not here.
  var listed = { merge_customer_ids: true, overwrite_phones: true, overwrite_emails: true };
  FIELDS.forEach(function (f) { listed[f.body] = true; });
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
  var fresh = {};
  if (c.carried && c.carried.state === 'grown') { c.carried.new_member_ids.forEach(function (id) { fresh[id] = true; }); }
  c.explanations.forEach(function (e) {
    var isNew = fresh[e.customer_a] || fresh[e.customer_b];
    var pair = el('div', 'pair' + (isNew ? ' new-link' : ''));
    if (isNew) { pair.appendChild(el('p', 'new-link-label', 'New link: not covered by the earlier approval')); }
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
// --- Decisions that outlive the run: an earlier approval, never-merge pins -------------------
function carriedNote(c) {
  var h = c.carried;
  var text = {
    holds: 'Approved in run ' + h.origin_run_id + ' by ' + h.reviewer + '; the members have not changed, so the approval holds.',
    grown: 'Approved in run ' + h.origin_run_id + ' by ' + h.reviewer + ' for ' + h.approved_member_ids.join(', ') +
           '. New since: ' + h.new_member_ids.join(', ') + ': only the new links need a decision (rejecting pins only the new members).',
    changed: 'Approved in run ' + h.origin_run_id + ' by ' + h.reviewer + ', but ' + h.changed_member_ids.join(', ') +
             ' changed or left since: decide again.'
  }[h.state] || '';
  var p = el('p', 'carried ' + h.state, text);
  p.title = 'decided ' + h.decided_at;
  return p;
}
function pinsBox(c) {
  var box = el('div', 'pins');
  box.appendChild(el('h3', '', 'Never-merge pins'));
  var ul = el('ul', '');
  c.pins.forEach(function (p) {
    var li = el('li', '', p.customer_a + ' \u2260 ' + p.customer_b + (p.inside ? '' : ' (kept a record out of this cluster)') +
                          ': ' + p.reason + ' by ' + p.created_by + ', ' + p.created_at + ' ');
    var b = el('button', 'lift-pin', 'Lift');
    b.type = 'button';
    b.setAttribute('data-pin', String(p.id));
    b.title = 'Allow the next run to suggest these two together again';
    b.addEventListener('click', function (ev) { ev.stopPropagation(); liftPin(c, p); });
    li.appendChild(b);
    ul.appendChild(li);
  });
  box.appendChild(ul);
  box.appendChild(el('p', 'pins-hint', 'Pins hold in every later run; lifting one takes effect from the next run.'));
  return box;
}
function liftPin(c, p) {
  setStatus('Saving\u2026', false);
  return request('POST', '/api/pins/' + p.id + '/lift', { reviewer: reviewer() }).then(function () {
    return request('GET', '/api/clusters/' + c.cluster_id);
  }).then(function (j) {
    replaceCluster(j.cluster, true);
    setStatus('', false);
    render();
  }).catch(function (err) { setStatus('Not saved: ' + err.message, true); });
}
// --- Acting ------------------------------------------------------------------------------
function act(c, path, payload, advance) {
  setStatus('Saving\u2026', false);
  payload.reviewer = reviewer();
  return request('POST', '/api/clusters/' + c.cluster_id + '/' + path, payload).then(function (j) {
    replaceCluster(j.cluster, path !== 'decision');
    setStatus('', false);
    if (state.mode === 'queue' && advance && allSettled()) { refreshProgress(); return load(); }
    render();
    refreshProgress();
    if (advance) { moveFocus(1); }
  }).catch(function (err) { setStatus('Not saved: ' + err.message, true); });
}
function decide(c, verdict) { return act(c, 'decision', { decision: verdict }, verdict !== 'reset'); }
function skip(c) {
  skipped[c.cluster_id] = true;
  if (state.mode === 'queue') { release([c.cluster_id]); }
  if (state.mode === 'queue' && allSettled()) { load(); return; }
  render();
  moveFocus(1);
}
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
  button('skip', 'Skip for now', 's', function () { skip(c); });
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
  if (key === 's') { skip(c); return true; }
  return false;
}

// --- Controls ----------------------------------------------------------------------------
function setupControls() {
  var saved = '';
  try { saved = window.localStorage.getItem('tcdedupe-reviewer') || ''; } catch (e) { saved = ''; }
  reviewerInput.value = saved || DATA.reviewer;
  reviewerInput.addEventListener('change', function () {
    try { window.localStorage.setItem('tcdedupe-reviewer', reviewer()); } catch (e) { /* private mode */ }
  });
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
  DATA.franchises.forEach(function (f) {
    var o = el('option', '', f === '' ? '(none)' : f);
    o.value = f;
    franchise.appendChild(o);
  });
  var decision = document.getElementById('decision');
  function syncMode() { decision.disabled = state.mode === 'queue'; }
  // A link can open a list directly (`&queue=audit`, `&sort=biggest`, `&mode=browse`): the
  // audit sample is one link away from `tcdedupe audit`. Unknown values are ignored.
  var params = new URLSearchParams(window.location.search);
  ['mode', 'queue', 'sort'].forEach(function (id) {
    var v = params.get(id), s = document.getElementById(id);
    if (v && Array.prototype.some.call(s.options, function (o) { return o.value === v; })) { s.value = v; state[id] = v; }
  });
  ['mode', 'queue', 'sort', 'band', 'size', 'franchise', 'decision'].forEach(function (id) {
    var s = document.getElementById(id);
    s.addEventListener('change', function () {
      state[id] = s.value;
      syncMode();
      restart();
    });
  });
  syncMode();
  var q = document.getElementById('q');
  var timer = null;
  q.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      state.q = q.value.trim();
      // A search looks across all clusters, whatever queue was shown.
      if (state.q && (state.mode !== 'browse' || state.queue !== 'all')) {
        state.mode = 'browse';
        state.queue = 'all';
        document.getElementById('mode').value = 'browse';
        document.getElementById('queue').value = 'all';
        syncMode();
      }
      restart();
    }, 250);
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
      case ']': goPage(1); break;
      case '[': goPage(-1); break;
      case '/': q.focus(); break;
      default: handled = reviewKey(ev.key);
    }
    if (handled) { ev.preventDefault(); }
  });
  // Leaving the page gives its clusters back at once instead of when the leases expire.
  window.addEventListener('pagehide', function () {
    fetch('/api/queue/release?token=' + encodeURIComponent(TOKEN), {
      method: 'POST', keepalive: true, credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-Review-Token': TOKEN },
      body: JSON.stringify({ holder: HOLDER })
    }).catch(function () {});
  });
  // The search index may still be building when the page opens: keep the progress current.
  setInterval(refreshProgress, 15000);
}
setupControls();
restart();
})();
