// The cluster card's parts shared by the HTML report (report.js) and the review page
// (review.js): the members table with the merge's result, the evidence waterfall, the member
// buttons. The Swift side puts this text inside each page's own function body, before the
// page's script, so these functions see the page's names: `REVIEW` (whether to draw review
// buttons), `act(cluster, path, payload, advance)`, `actions(cluster)` (the review buttons),
// `main` (the clusters' container), `state.focus`, `moveFocus(delta)`, `focusedCluster()`,
// `shownClusters()` (the clusters on screen, in order) and `CARD_HOOKS`: optional `classes(c)`,
// `badges(c, head)`, `sections(c, card)`, `buttons(c, button)` and `key(c, key)` for what only
// one page has. Customer text reaches the screen only
// through `textContent`.
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
function memberName(m) {
  var n = [m.last_name, m.first_name].filter(function (s) { return s; }).join(' ');
  return n || '(no name)';
}
function verdictOf(c) { return c.review ? c.review.verdict : 'none'; }
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
  // A grown cluster whose approval carried over: the links to its new members are what the
  // reviewer has not seen yet.
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
function decide(c, verdict) { return act(c, 'decision', { decision: verdict }, verdict !== 'reset'); }
function scrollToFocus() {
  var a = main.querySelectorAll('article.cluster')[state.focus];
  if (a) { a.scrollIntoView({ block: 'nearest' }); }
}
function card(c, focused) {
  var verdict = verdictOf(c);
  var a = el('article', 'cluster ' + (c.auto_merge_eligible ? 'auto' : 'review') +
                        (verdict !== 'none' ? ' ' + verdict : '') + (focused ? ' focused' : '') +
                        (CARD_HOOKS.classes ? CARD_HOOKS.classes(c) : ''));
  a.id = 'cluster-' + c.cluster_id;
  a.setAttribute('data-cluster', String(c.cluster_id));
  a.addEventListener('click', function () {
    var items = shownClusters();
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
  if (c.audit) { head.appendChild(el('span', 'badge audit', 'audit sample')); }
  head.appendChild(el('span', 'badge', 'confidence ' + fixed(c.confidence, 4)));
  head.appendChild(el('span', 'badge', 'weight ' + fixed(c.match_weight, 2)));
  head.appendChild(el('span', 'badge', c.members.length + ' records'));
  if (c.franchise_id) { head.appendChild(el('span', 'badge', 'franchise ' + c.franchise_id)); }
  if (CARD_HOOKS.badges) { CARD_HOOKS.badges(c, head); }
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
  if (CARD_HOOKS.sections) { CARD_HOOKS.sections(c, a); }
  a.appendChild(evidence(c));
  if (REVIEW) { a.appendChild(actions(c)); }
  return a;
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
  if (CARD_HOOKS.buttons) { CARD_HOOKS.buttons(c, button); }
  if (c.review) { button('reset', 'Undo my decision and edits', 'u', function () { decide(c, 'reset'); }); }
  return box;
}
function reviewKey(key) {
  var c = focusedCluster();
  if (!c) { return false; }
  if (key === 'a') { decide(c, 'approve'); return true; }
  if (key === 'r') { decide(c, 'reject'); return true; }
  if (key === 'u') { decide(c, 'reset'); return true; }
  return CARD_HOOKS.key ? CARD_HOOKS.key(c, key) : false;
}
// The confidence bands of the run's settings as the options of the `band` filter.
function fillBandOptions() {
  var band = document.getElementById('band');
  var floors = DATA.band_floors;
  floors.forEach(function (f, i) {
    var low = f === 0 ? DATA.review_threshold : f;
    var high = i === 0 ? 1 : floors[i - 1];
    var o = el('option', '', low + ' \u2013 ' + high);
    o.value = String(i);
    band.appendChild(o);
  });
}
// The page's keys: j/n and k/p move between clusters, ] and [ turn the page (`turnPage(±1)`),
// / searches, and the review keys when reviewing. Keys typed into a field stay there.
function listenForKeys(search, turnPage) {
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
      case ']': turnPage(1); break;
      case '[': turnPage(-1); break;
      case '/': search.focus(); break;
      default: handled = REVIEW ? reviewKey(ev.key) : false;
    }
    if (handled) { ev.preventDefault(); }
  });
}
