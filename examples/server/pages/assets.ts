/**
 * The pages' only style sheet and script, served from this server under names that carry their
 * hash (cached for a year, never stale), so that the Content-Security-Policy allows nothing but
 * `'self'`: no inline script, no inline style, no other site.
 */
import { createHash } from 'node:crypto';

const CSS = `
:root{--ink:#1b1b1b;--muted:#4a4a4a;--line:#c9c9c9;--bg:#f5f5f2;--card:#fff;--brand:#0b4f8a;--brand-ink:#fff;
--ok:#1d6b34;--ok-bg:#e3f3e7;--warn:#8a4b00;--warn-bg:#fdf0dc;--bad:#a11b1b;--bad-bg:#fbe4e4;--info-bg:#e6eef7}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:17px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--ink);background:var(--bg);overflow-wrap:break-word}
a{color:var(--brand)}
a:focus-visible,button:focus-visible,input:focus-visible,textarea:focus-visible,select:focus-visible,summary:focus-visible{outline:3px solid #f0a500;outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:.5rem;top:.5rem;background:#fff;padding:.5rem;z-index:2}
header.top{background:var(--brand);color:var(--brand-ink);padding:.6rem max(.75rem,calc((100% - 72rem)/2 + .75rem))}
header.top a{color:var(--brand-ink)}
.top .who{font-size:.9rem;opacity:.95;margin:.1rem 0 0}
.top .team{font-weight:700;margin:0;font-size:1rem}
nav.menu{display:flex;flex-wrap:wrap;gap:.25rem .9rem;margin-top:.4rem;font-size:.95rem;align-items:center}
nav.menu a[aria-current=page]{font-weight:700;text-decoration:none;border-bottom:2px solid #fff}
nav.menu form{display:inline;margin:0}
nav.menu button{background:none;border:0;color:var(--brand-ink);text-decoration:underline;font:inherit;padding:0;min-height:auto;cursor:pointer}
main{max-width:72rem;margin:0 auto;padding:.75rem}
h1{font-size:1.35rem;line-height:1.3;margin:.4rem 0 .6rem}
h2{font-size:1.15rem;margin:0 0 .5rem}
h3{font-size:1rem;margin:.8rem 0 .3rem}
.card{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:.85rem;margin:0 0 .85rem}
.card>:first-child{margin-top:0}.card>:last-child{margin-bottom:0}
.meta{color:var(--muted);font-size:.95rem;margin:.2rem 0}
.notice{border-radius:8px;padding:.7rem .85rem;margin:0 0 .85rem;border:1px solid}
.notice.ok{background:var(--ok-bg);border-color:#9ccfaa;color:#12421f}
.notice.warn{background:var(--warn-bg);border-color:#efc58a;color:#4d2a00}
.notice.bad{background:var(--bad-bg);border-color:#eaa;color:#5c0d0d}
.notice.info{background:var(--info-bg);border-color:#a8c0dc;color:#0d2c4d}
.notice p{margin:.2rem 0}
.badge{display:inline-block;border-radius:999px;padding:0 .55rem;font-size:.85rem;font-weight:600;border:1px solid;white-space:nowrap}
.badge.ok{background:var(--ok-bg);color:var(--ok);border-color:#9ccfaa}
.badge.warn{background:var(--warn-bg);color:var(--warn);border-color:#efc58a}
.badge.bad{background:var(--bad-bg);color:var(--bad);border-color:#eaa}
.badge.none{background:#eee;color:#333;border-color:#bbb}
fieldset{border:0;margin:0;padding:0}
legend{font-weight:700;font-size:1.1rem;padding:0;margin-bottom:.3rem}
.field{border-top:1px solid #e4e4e4;padding:.6rem 0}
.field:first-of-type{border-top:0}
.field .name{font-weight:600;margin:0 0 .15rem}
.field .last{color:var(--muted);font-size:.9rem;margin:0 0 .3rem}
.pair{display:flex;gap:.5rem;flex-wrap:wrap}
.pair label{flex:1 1 9rem;font-size:.9rem;color:var(--muted);display:flex;flex-direction:column;justify-content:space-between;gap:.15rem}
label.block{display:block;font-weight:600;margin:.4rem 0 .2rem}
input[type=text],textarea,select{font:inherit;width:100%;padding:.5rem .6rem;border:1px solid #767676;border-radius:6px;background:#fff;color:var(--ink);min-height:44px}
input[aria-invalid=true]{border:2px solid var(--bad)}
input[readonly],textarea[readonly]{background:#f1f1f1}
textarea{min-height:5.5rem;resize:vertical}
.err{color:var(--bad);font-weight:600;margin:.25rem 0 0;font-size:.95rem}
.err:empty{display:none}
button,.button{display:inline-block;font:inherit;font-weight:600;min-height:44px;padding:.5rem 1rem;border-radius:6px;border:1px solid var(--brand);background:var(--brand);color:var(--brand-ink);cursor:pointer;text-decoration:none}
button.secondary,.button.secondary{background:#fff;color:var(--brand)}
button.danger{background:#fff;color:var(--bad);border-color:var(--bad)}
.actions{display:flex;flex-wrap:wrap;gap:.6rem;margin-top:.8rem}
.sticky{position:sticky;bottom:0;background:var(--card);border-top:1px solid var(--line);padding:.6rem 0 .2rem;margin-top:.6rem}
.period{display:flex;gap:.5rem;align-items:end;flex-wrap:wrap;margin:0 0 .85rem}
.period label{font-weight:600;display:block}
.period select{width:auto}
.table{width:100%;border-collapse:collapse;font-size:.95rem}
.table th,.table td{border-bottom:1px solid #e1e1e1;padding:.45rem .35rem;text-align:left;vertical-align:top}
.table th{font-size:.85rem;color:var(--muted);font-weight:600}
.table td.num,.table th.num{text-align:right;white-space:nowrap}
.table th.num{white-space:normal}
.scroll{overflow-x:auto}
.stats{display:grid;grid-template-columns:repeat(auto-fit,minmax(9.5rem,1fr));gap:.6rem;margin:0 0 .85rem}
.stat{margin:0;background:var(--card);border:1px solid var(--line);border-radius:8px;padding:.6rem .7rem}
.stat .n{font-size:1.5rem;font-weight:700;display:block;line-height:1.2}
.stat .l{font-size:.88rem;color:var(--muted)}
.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(17rem,1fr));gap:.6rem}
.chart{margin:0;border:1px solid #e1e1e1;border-radius:6px;padding:.4rem}
.chart figcaption{font-size:.9rem;font-weight:600}
.chart svg{width:100%;height:auto;display:block}
.org svg{width:100%;max-width:34rem;height:auto;display:block}
details>summary{cursor:pointer;font-weight:600;min-height:44px;display:flex;align-items:center}
pre{white-space:pre-wrap;font:14px/1.4 ui-monospace,Menlo,Consolas,monospace;background:#f4f4f4;padding:.6rem;border-radius:6px;overflow-x:auto}
.report{border-top:1px solid var(--line);padding:.7rem 0}
.report:first-of-type{border-top:0}
.report h3{margin:0 0 .2rem}
.comment{border-left:4px solid var(--warn);padding:.2rem .6rem;background:var(--warn-bg);margin:.4rem 0}
ul.notes{margin:.2rem 0;padding-left:1.2rem}
.lang{margin-left:auto}
.grid2{display:grid;gap:.85rem}
@media (max-width:599px){
 .ind,.ind tbody{display:block}
 .ind thead{position:absolute;left:-9999px}
 .ind tr{display:flex;flex-wrap:wrap;gap:.15rem .9rem;border-bottom:1px solid #e1e1e1;padding:.45rem 0;align-items:center}
 .ind td{border:0;padding:0}
 .ind td:first-child{flex-basis:100%;font-weight:600}
 .ind td.num{text-align:left}
 .ind td[data-label]::before{content:attr(data-label) " ";color:var(--muted);font-size:.85rem}
}
@media (min-width:900px){
 body{font-size:16px}
 main{padding:1rem 1.25rem}
 header.top{padding-left:max(1.25rem,calc((100% - 72rem)/2 + 1.25rem));padding-right:max(1.25rem,calc((100% - 72rem)/2 + 1.25rem))}
 .grid2{grid-template-columns:1fr 1fr}
 .entry{display:grid;grid-template-columns:1fr 1fr;gap:0 1rem}
 .entry>.wide{grid-column:1/-1}
 .entry>.wide>.fields{display:grid;grid-template-columns:1fr 1fr;gap:0 1.5rem}
 .entry>.wide .field:nth-of-type(2){border-top:0}
}
@media print{header.top,nav,.actions,.period{display:none}}
`.trim();

const JS = `
(()=>{
const html=document.documentElement;
for(const b of document.querySelectorAll('button[data-copy]')){
 b.hidden=false;
 b.addEventListener('click',async()=>{
  const t=document.getElementById(b.dataset.copy);if(!t)return;
  try{await navigator.clipboard.writeText(t.value)}catch{t.select();document.execCommand('copy')}
  b.textContent=b.dataset.done;
 });
}
for(const s of document.querySelectorAll('select[data-autosubmit]')){
 s.addEventListener('change',()=>s.form&&s.form.submit());
}
const f=document.querySelector('form[data-check]');
if(!f)return;
let timer,seq=0;
const show=(problems)=>{
 for(const e of f.querySelectorAll('.err[data-for]'))e.textContent='';
 for(const i of f.querySelectorAll('[aria-invalid]'))i.removeAttribute('aria-invalid');
 for(const p of problems){
  const e=f.querySelector('.err[data-for="'+CSS.escape(p.field)+'"]');
  const i=f.elements.namedItem(p.field);
  if(e)e.textContent=(e.textContent?e.textContent+' ':'')+p.message;
  if(i&&i.setAttribute)i.setAttribute('aria-invalid','true');
 }
 const s=document.getElementById('live');if(s)s.textContent=problems.length?s.dataset.some.replace('{n}',problems.length):'';
};
const check=async()=>{
 const mine=++seq;const d=new FormData(f);d.set('action','check');
 try{
  const r=await fetch(f.getAttribute('action'),{method:'POST',body:new URLSearchParams(d),headers:{accept:'application/json'},credentials:'same-origin'});
  if(!r.ok||mine!==seq)return;const j=await r.json();show(j.problems||[]);
 }catch{}
};
f.addEventListener('input',(e)=>{if(e.target.matches('input[type=text]')){clearTimeout(timer);timer=setTimeout(check,500)}});
html.classList.add('js');
})();
`.trim();

const ICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#0b4f8a"/><path d="M4 8.5l2.5 2.5L12 5" stroke="#fff" stroke-width="2" fill="none"/></svg>';

function hashed(name: string, ext: string, body: string, type: string) {
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
  return { file: `${name}.${hash}.${ext}`, body, type };
}

/** The assets by file name (the name carries the content's hash). */
export const ASSETS = {
  css: hashed('app', 'css', CSS, 'text/css; charset=utf-8'),
  js: hashed('app', 'js', JS, 'text/javascript; charset=utf-8'),
  icon: hashed('icon', 'svg', ICON, 'image/svg+xml'),
} as const;

/** The Content-Security-Policy of every page: only this server's own style, script and forms. */
export const PAGES_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');
