extension ReportScript {
    /// One cluster: who merges into whom, the members side by side with differences marked, the
    /// record after the merge, the PUT body, notes, evidence and (review page) the actions.
    static let card = #"""
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
                        (verdict !== 'none' ? ' ' + verdict : '') + (focused ? ' focused' : ''));
  a.id = 'cluster-' + c.cluster_id;
  a.setAttribute('data-cluster', String(c.cluster_id));
  a.addEventListener('click', function () {
    var items = pageItems();
    for (var i = 0; i < items.length; i++) { if (items[i].cluster_id === c.cluster_id && i !== state.focus) { moveFocus(i - state.focus); } }
  });
  var head = el('div', 'cluster-head');
  head.appendChild(el('h2', '', 'Cluster ' + c.cluster_id));
  head.appendChild(el('span', 'badge ' + (c.auto_merge_eligible ? 'auto' : 'review'), c.auto_merge_eligible ? 'auto-merge' : 'needs review'));
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

"""#
}
