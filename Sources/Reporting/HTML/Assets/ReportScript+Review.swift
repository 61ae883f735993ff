extension ReportScript {
    /// The review page's actions: approve, reject, undo, another victor, remove a member. Each
    /// posts to the review server with the page's token and redraws the cluster from the answer.
    /// In the report file these functions exist but are never reached.
    static let review = #"""
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

"""#
}
