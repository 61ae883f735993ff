// The review page: a shell that asks the server for clusters a page at a time.
// "My queue" claims the head of the queue (held for this browser, so two reviewers never get
// the same cluster); "browse and search" pages through any list with a cursor.
var DATA = JSON.parse(document.getElementById('tcd-data').textContent);
var REVIEW = true;
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

function grouped(n) { return Number(n).toLocaleString('en-US'); }
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

// --- The cluster card (cards.js draws it) ------------------------------------------------
// What only the review page's card shows: who holds a cluster, skips, carried approvals, pins.
function shownClusters() { return items; }
var CARD_HOOKS = {
  classes: function (c) { return (c.lease && !c.lease.mine ? ' held' : '') + (skipped[c.cluster_id] ? ' skipped' : ''); },
  badges: function (c, head) {
    if (c.lease && !c.lease.mine) {
      var held = el('span', 'badge lease', 'being reviewed by ' + c.lease.reviewer);
      held.title = 'held until ' + c.lease.expires_at;
      head.appendChild(held);
    }
    if (skipped[c.cluster_id]) { head.appendChild(el('span', 'badge', 'skipped')); }
  },
  sections: function (c, a) {
    if (c.carried) { a.appendChild(carriedNote(c)); }
    if (c.pins && c.pins.length) { a.appendChild(pinsBox(c)); }
  },
  buttons: function (c, button) { button('skip', 'Skip for now', 's', function () { skip(c); }); },
  key: function (c, key) {
    if (key === 's') { skip(c); return true; }
    return false;
  }
};
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
function skip(c) {
  skipped[c.cluster_id] = true;
  if (state.mode === 'queue') { release([c.cluster_id]); }
  if (state.mode === 'queue' && allSettled()) { load(); return; }
  render();
  moveFocus(1);
}

// --- Controls ----------------------------------------------------------------------------
function setupControls() {
  var saved = '';
  try { saved = window.localStorage.getItem('tcdedupe-reviewer') || ''; } catch (e) { saved = ''; }
  reviewerInput.value = saved || DATA.reviewer;
  reviewerInput.addEventListener('change', function () {
    try { window.localStorage.setItem('tcdedupe-reviewer', reviewer()); } catch (e) { /* private mode */ }
  });
  fillBandOptions();
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
  listenForKeys(q, goPage);
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
