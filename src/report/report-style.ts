/** The page's only style sheet and script, inlined so the report needs nothing but itself. */

export const reportCss = `
:root { color-scheme: light; --line: #d8dce2; --muted: #667085; --head: #f6f7f9; }
* { box-sizing: border-box; }
body { margin: 0; padding: 16px 24px 48px; font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d2430; background: #fff; }
h1 { font-size: 20px; margin: 0 0 8px; }
h2 { font-size: 16px; margin: 28px 0 4px; }
h3 { font-size: 14px; margin: 18px 0 6px; }
code { font: 12px/1.3 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
a { color: #1f5fbf; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0 0 12px; }
.meta dt { color: var(--muted); }
.meta dd { margin: 0; overflow-wrap: anywhere; }
.toolbar { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; margin: 8px 0; }
.toolbar input { font: inherit; padding: 4px 8px; border: 1px solid var(--line); border-radius: 4px; min-width: 16em; }
.legend { display: flex; flex-wrap: wrap; gap: 6px; margin: 0; padding: 0; list-style: none; }
.legend li { padding: 1px 8px; border-radius: 3px; border: 1px solid var(--line); }
.summary, .path { color: var(--muted); font-weight: normal; }
.matrix { overflow: auto; max-height: 80vh; border: 1px solid var(--line); border-radius: 4px; }
.matrix table { border-collapse: separate; border-spacing: 0; }
.matrix th, .matrix td { border-right: 1px solid var(--line); border-bottom: 1px solid var(--line); padding: 2px 5px; }
.matrix thead th { position: sticky; top: 0; z-index: 2; background: var(--head); vertical-align: bottom; font-weight: 600; }
.matrix thead th span { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; display: inline-block; max-height: 13em; overflow: hidden; text-overflow: ellipsis; }
.matrix thead th.deprecated span { text-decoration: line-through; color: var(--muted); }
.matrix thead th.nested span { font-style: italic; }
.matrix thead th.corner { left: 0; z-index: 3; text-align: left; }
.matrix thead th.corner, .matrix tbody th { width: 290px; min-width: 290px; max-width: 290px; overflow: hidden; text-overflow: ellipsis; }
.matrix tbody th { position: sticky; left: 0; z-index: 1; background: #fff; text-align: left; font-weight: normal; white-space: nowrap; line-height: 1.2; }
.matrix tbody th small { display: block; color: var(--muted); font-size: 11px; max-width: 16em; overflow: hidden; text-overflow: ellipsis; }
.matrix tbody tr:nth-child(even) th, .matrix tbody tr:nth-child(even) td.k-accepted { background: #fafbfc; }
.matrix tbody tr:hover th, .matrix tbody tr:hover td.k-accepted { background: #eef4ff; }
.matrix td { font-size: 12px; white-space: nowrap; text-align: center; max-width: 11em; overflow: hidden; text-overflow: ellipsis; }
.matrix td a { color: inherit; text-decoration: none; }
.matrix td a:hover, .matrix td a:focus { text-decoration: underline; }
.k-accepted { color: #9db8a5; }
.k-rejected { background: #fde4e2; color: #a11d1d; font-weight: 600; }
.k-renamed { background: #fff0d1; color: #7a4b00; }
.k-narrowed { background: #e2eeff; color: #1c4587; }
.k-conditional { background: #efe7ff; color: #4d2d8c; }
.k-unserved { background: #f2f3f5; color: var(--muted); font-style: italic; }
.k-unclassified { background: #fff7c2; color: #6b5800; }
.matrix td.k-unserved { background: #f2f3f5; color: var(--muted); font-style: italic; text-align: left; font-weight: normal; }
.matrix td.k-unclassified { background: #fff7c2; color: #6b5800; text-align: left; }
.matrix td.k-unserved, .matrix td.k-unclassified { overflow: visible; max-width: none; }
.matrix td .pin { position: sticky; left: 298px; display: inline-block; }
.new { background: #d7f5dd; color: #1b6b2f; border-radius: 3px; padding: 0 4px; font-size: 11px; }
ol.why { columns: 2 32em; column-gap: 32px; padding-left: 2.5em; margin: 4px 0; }
ol.why li { break-inside: avoid; margin: 0 0 4px; }
ol.why li:target { background: #fff3b0; }
.note { color: var(--muted); }
.src a, .src .nolink { font-size: 11px; margin-right: 4px; }
table.sources, table.breaking { border-collapse: collapse; }
table.sources th, table.sources td, table.breaking th, table.breaking td { border-bottom: 1px solid var(--line); padding: 3px 8px; text-align: left; vertical-align: top; }
.diff li.added { color: #1b6b2f; }
.diff li.removed { color: #a11d1d; }
.status { font-size: 12px; border-radius: 3px; padding: 0 5px; background: #eef0f3; }
.status.added { background: #d7f5dd; } .status.removed { background: #fde4e2; } .status.changed { background: #fff0d1; }
tr[hidden] { display: none; }
`;

/** Hides matrix rows whose model id does not contain the filter text. */
export const filterScript =
  'document.getElementById("filter").addEventListener("input",(e)=>{const q=e.target.value.trim().toLowerCase();' +
  'for(const r of document.querySelectorAll("tr[data-model]"))r.hidden=q!==""&&!r.dataset.model.toLowerCase().includes(q);});';
