extension ReportScript {
    /// Why the records are one person: per linking pair, the prior and each comparison's level
    /// and weight as a waterfall that ends at the pair's match weight.
    static let evidence = #"""
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

"""#
}
