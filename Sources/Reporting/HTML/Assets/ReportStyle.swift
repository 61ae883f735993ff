/// The page's stylesheet, inline so the report is one self-contained file (system fonts only).
enum ReportStyle {
    static let css = #"""
:root { --fg:#1d232b; --muted:#5d6975; --line:#dde2e8; --bg:#f5f7f9; --card:#fff; --accent:#2456a6;
  --auto:#1d7a46; --review:#b26a00; --low:#9aa4ae; --pos:#2e8b57; --neg:#c0392b; --diff:#fff1c2; --changed:#e3f1ff; }
* { box-sizing: border-box; }
body { margin:0; font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans JP",sans-serif; color:var(--fg); background:var(--bg); }
header.top { padding:14px 24px 6px; background:#14263f; color:#fff; }
header.top h1 { margin:0; font-size:20px; font-weight:600; }
header.top .sub { margin:2px 0 8px; color:#c5d2e3; }
.overview { padding:14px 24px; display:flex; flex-direction:column; gap:12px; }
.figures { display:flex; flex-wrap:wrap; gap:10px; }
.figure { background:var(--card); border:1px solid var(--line); border-radius:8px; padding:8px 14px; min-width:130px; }
.figure .value { display:block; font-size:22px; font-weight:650; }
.figure .label { color:var(--muted); font-size:12px; }
.figure.auto .value { color:var(--auto); } .figure.review .value { color:var(--review); }
.charts { display:flex; flex-wrap:wrap; gap:16px; align-items:flex-start; }
table.bands { background:var(--card); border:1px solid var(--line); border-radius:8px; border-collapse:separate; padding:6px 10px; }
table.bands caption { text-align:left; font-weight:600; padding:4px 0; }
table.bands td, table.bands th { padding:2px 8px; text-align:left; font-weight:normal; color:var(--fg); }
table.bands th { color:var(--muted); font-size:12px; }
td.num { text-align:right; font-variant-numeric:tabular-nums; }
td.spark { width:120px; } td.spark span { display:block; height:10px; background:var(--accent); border-radius:2px; min-width:1px; }
figure.weights { margin:0; background:var(--card); border:1px solid var(--line); border-radius:8px; padding:8px; flex:1; min-width:420px; max-width:760px; }
figure.weights figcaption { color:var(--muted); font-size:12px; }
svg.histogram { width:100%; height:auto; }
svg .bar.auto { fill:var(--auto); } svg .bar.review { fill:var(--review); } svg .bar.low { fill:var(--low); }
svg .axis { stroke:#888; } svg .tick { font-size:10px; fill:var(--muted); text-anchor:middle; } svg .tick.peak { text-anchor:start; }
svg .threshold { stroke-dasharray:4 3; stroke-width:1.5; } svg .review-line { stroke:var(--review); fill:var(--review); }
svg .auto-line { stroke:var(--auto); fill:var(--auto); } svg .threshold-label { font-size:11px; stroke:none; }
.controls { position:sticky; top:0; z-index:2; display:flex; flex-wrap:wrap; gap:10px 16px; align-items:center;
  padding:10px 24px; background:#e9eef4; border-top:1px solid var(--line); border-bottom:1px solid var(--line); }
.controls label { font-size:12px; color:var(--muted); display:flex; gap:6px; align-items:center; }
.controls input, .controls select { font:inherit; padding:3px 6px; border:1px solid #b8c2cc; border-radius:5px; background:#fff; }
.controls input { width:240px; }
.status { padding:6px 24px; color:var(--muted); min-height:1.6em; } .status.error { color:var(--neg); font-weight:600; }
.pager { display:flex; gap:10px; align-items:center; padding:4px 24px; }
.pager button, .actions button, .member-actions button { font:inherit; padding:4px 10px; border:1px solid #b8c2cc; border-radius:5px; background:#fff; cursor:pointer; }
.pager button:disabled { opacity:.4; cursor:default; }
main { padding:6px 24px 24px; display:flex; flex-direction:column; gap:14px; }
article.cluster { background:var(--card); border:1px solid var(--line); border-left:5px solid var(--low); border-radius:8px; padding:12px 16px; }
article.cluster.auto { border-left-color:var(--auto); } article.cluster.review { border-left-color:var(--review); }
article.cluster.focused { outline:3px solid var(--accent); outline-offset:1px; }
article.cluster.approved { background:#f2fbf5; } article.cluster.rejected { background:#fbf3f2; }
.cluster-head { display:flex; flex-wrap:wrap; gap:8px; align-items:baseline; }
.cluster-head h2 { margin:0 8px 0 0; font-size:16px; }
.badge { font-size:12px; padding:1px 8px; border-radius:10px; background:#eef1f4; color:var(--fg); white-space:nowrap; }
.badge.auto { background:#dcf2e5; color:var(--auto); } .badge.review { background:#fdebd0; color:#8a5200; }
.badge.approved { background:var(--auto); color:#fff; } .badge.rejected { background:var(--neg); color:#fff; }
.badge.undecided { background:#fdebd0; color:#8a5200; }
.summary { margin:6px 0; font-size:15px; }
.summary strong { font-weight:650; }
ul.reasons { margin:4px 0; padding-left:20px; color:#8a5200; } ul.notes { margin:4px 0; padding-left:20px; color:var(--muted); }
.members-wrap { overflow-x:auto; }
table.members { border-collapse:collapse; margin:6px 0; min-width:60%; }
table.members th, table.members td { border:1px solid var(--line); padding:4px 8px; vertical-align:top; text-align:left; }
table.members th.field { background:#f3f5f7; color:var(--muted); font-weight:normal; font-size:12px; white-space:nowrap; }
table.members thead th { background:#f3f5f7; font-weight:600; }
table.members th.victor, table.members td.victor { background:#eef6ff; }
table.members td.diff { background:var(--diff); }
table.members td.result, table.members th.result { background:#f1faf4; border-left:3px solid var(--auto); }
table.members td.result.changed { background:var(--changed); font-weight:600; }
.role { display:block; font-size:11px; color:var(--muted); font-weight:normal; }
.member-actions { display:flex; gap:4px; margin-top:4px; } .member-actions button { font-size:11px; padding:1px 6px; }
details.plan { margin:6px 0; } details.plan pre { background:#f6f8fa; border:1px solid var(--line); border-radius:6px; padding:8px; overflow:auto; max-height:260px; }
.evidence { margin-top:6px; }
.pair { border-top:1px dashed var(--line); padding-top:6px; margin-top:6px; }
.pair h3 { font-size:13px; margin:0 0 4px; font-weight:600; }
.wf-row { display:grid; grid-template-columns:minmax(180px,300px) 1fr 64px; gap:8px; align-items:center; font-size:12px; }
.wf-row .label { overflow:hidden; text-overflow:ellipsis; white-space:nowrap; }
.wf-row .label .level { color:var(--muted); }
.wf-track { position:relative; height:14px; background:#f3f5f7; border-radius:2px; }
.wf-bar { position:absolute; top:2px; height:10px; border-radius:2px; }
.wf-bar.pos { background:var(--pos); } .wf-bar.neg { background:var(--neg); } .wf-bar.prior { background:#8a96a3; } .wf-bar.total { background:var(--accent); }
.wf-zero { position:absolute; top:0; bottom:0; width:1px; background:#6b7785; }
.wf-row .value { text-align:right; font-variant-numeric:tabular-nums; }
.wf-row.total { font-weight:650; border-top:1px solid var(--line); padding-top:2px; }
.actions { display:flex; gap:8px; margin-top:8px; }
.actions button.approve { background:var(--auto); color:#fff; border-color:var(--auto); }
.actions button.reject { background:var(--neg); color:#fff; border-color:var(--neg); }
kbd { font:11px ui-monospace,monospace; border:1px solid #b8c2cc; border-bottom-width:2px; border-radius:3px; padding:0 3px; margin-left:4px; }
footer.help { padding:10px 24px 30px; color:var(--muted); font-size:12px; }
.empty { color:var(--muted); padding:20px; }
"""#
}
