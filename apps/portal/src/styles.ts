/** The portal's only stylesheet: readable type, AA contrast, visible focus, works from 320 px wide. */
export const portalCss = `
:root { --ink: #1a1a1a; --muted: #4a4a4a; --brand: #a50e0e; --line: #d0d0d0; --bg: #fff; --focus: #ffbf47; }
* { box-sizing: border-box; }
body { margin: 0; font: 1rem/1.6 system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; color: var(--ink); background: var(--bg); }
.wrap { max-width: 64rem; margin: 0 auto; padding: 0 1rem; }
a { color: #0b4f9c; }
a:focus, button:focus, input:focus, select:focus { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip { position: absolute; left: -999px; top: 0; background: var(--focus); color: #000; padding: .5rem 1rem; }
.skip:focus { left: 0; z-index: 10; }
.site-header { background: var(--brand); color: #fff; }
.site-header .wrap { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: .5rem; padding-block: .75rem; }
.site-header a { color: #fff; }
.site-name { margin: 0; font-weight: 700; font-size: 1.25rem; }
.site-header ul { list-style: none; display: flex; flex-wrap: wrap; gap: 1rem; margin: 0; padding: 0; }
main { padding-block: 1.5rem 3rem; }
h1 { font-size: 1.75rem; line-height: 1.25; }
form.search { display: flex; flex-wrap: wrap; gap: .5rem; align-items: flex-end; margin-block: 1rem; }
form.search label { display: block; font-weight: 600; }
input[type=search] { font: inherit; padding: .5rem; min-width: 16rem; border: 2px solid var(--muted); border-radius: 4px; }
button { font: inherit; padding: .5rem 1rem; background: var(--brand); color: #fff; border: 0; border-radius: 4px; cursor: pointer; }
.results { list-style: none; padding: 0; }
.results li { border-top: 1px solid var(--line); padding-block: .75rem; }
.results h2 { font-size: 1.1rem; margin: 0 0 .25rem; }
.muted { color: var(--muted); }
.pager { display: flex; gap: 1rem; margin-top: 1rem; }
.inline { display: inline; margin: 0; }
button.link { background: none; color: inherit; padding: 0; text-decoration: underline; }
.site-footer { border-top: 1px solid var(--line); color: var(--muted); padding-block: 1rem; }

/* ---- procedures and dossier lookup (public-procedures) ---- */
.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.filters { display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: .75rem 1rem; align-items: end; margin-block: 1rem; padding: 1rem; border: 1px solid var(--line); border-radius: 4px; }
.filters .field label { display: block; font-weight: 600; }
.filters .field-wide { grid-column: 1 / -1; }
.filters .field-wide input { width: 100%; }
.filters .field-check { display: flex; gap: .5rem; align-items: center; }
.filters .field-check label { font-weight: 400; }
.filters .actions { display: flex; gap: 1rem; align-items: center; }
select { font: inherit; padding: .45rem; width: 100%; border: 2px solid var(--muted); border-radius: 4px; background: #fff; color: var(--ink); }
input[type=checkbox] { width: 1.25rem; height: 1.25rem; }
input[type=checkbox]:focus, a.button:focus { outline: 3px solid var(--focus); outline-offset: 2px; }
.meta { margin: .25rem 0; color: var(--muted); }
.code { font-family: ui-monospace, "Cascadia Mono", Consolas, monospace; }
.badges { margin: .25rem 0; display: flex; flex-wrap: wrap; gap: .5rem; }
.badge { display: inline-block; padding: .1rem .5rem; border-radius: 999px; font-size: .875rem; font-weight: 600; border: 1px solid currentColor; }
.badge-full { background: #e6f4ea; color: #0b5a1f; }
.badge-partial { background: #e8f0fb; color: #0b4f9c; }
.badge-none { background: #f2f2f2; color: var(--muted); }
.badge-apply { background: #0b5a1f; color: #fff; border-color: #0b5a1f; }
.pager ul { display: flex; flex-wrap: wrap; gap: .5rem 1rem; list-style: none; margin: 0; padding: 0; }
.pager a[aria-current=page] { font-weight: 700; color: var(--ink); text-decoration: none; border-bottom: 3px solid var(--brand); }
.crumbs { margin-bottom: .5rem; color: var(--muted); }
.facts { display: grid; grid-template-columns: minmax(10rem, 16rem) 1fr; gap: .25rem 1rem; margin: 1rem 0; }
.facts dt { font-weight: 600; }
.facts dd { margin: 0; }
@media (max-width: 40rem) { .facts { grid-template-columns: 1fr; } .facts dd { margin-bottom: .5rem; } }
.published { white-space: pre-line; }
.table-wrap { overflow-x: auto; margin-block: .5rem 1rem; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid var(--line); padding: .4rem .6rem; text-align: left; vertical-align: top; }
thead th, tfoot th { background: #f2f2f2; }
tr.group th { background: #fafafa; font-style: italic; }
th[scope=row] { font-weight: 600; }
.offerings { list-style: none; padding: 0; }
.offerings li { border-top: 1px solid var(--line); padding-block: .75rem; }
a.button { display: inline-block; padding: .5rem 1rem; background: var(--brand); color: #fff; border-radius: 4px; font-weight: 600; text-decoration: none; }
a.button:hover { text-decoration: underline; }
input.code-input { min-width: min(100%, 24rem); font-family: ui-monospace, "Cascadia Mono", Consolas, monospace; }
.hint { margin: .25rem 0 0; color: var(--muted); font-size: .875rem; }
.late { color: var(--brand); }
.notice { border-left: 4px solid var(--brand); padding: .5rem 1rem; background: #fdf3f3; margin-block: 1rem; }
.notice h2 { font-size: 1.1rem; margin: 0; }

/* ---- applicant accounts (register, sign in, codes, password, profile) ---- */
.account-page { max-width: 36rem; }
.account-page .field { margin-block: 1rem; padding: 0; border: 0; }
.account-page .field label, .account-page legend { display: block; font-weight: 600; }
.account-page .field-error { border-left: 4px solid #b00020; padding-left: .75rem; }
.account-page .error-message { margin: .25rem 0; color: #b00020; font-weight: 600; }
.account-page input[type=text], .account-page input[type=email], .account-page input[type=tel], .account-page input[type=password] { font: inherit; width: 100%; padding: .5rem; border: 2px solid var(--muted); border-radius: 4px; }
.account-page input[aria-invalid=true] { border-color: #b00020; }
.account-page input[autocomplete=one-time-code] { max-width: 10rem; letter-spacing: .3em; font-size: 1.25rem; }
.account-page input[type=radio] { width: 1.25rem; height: 1.25rem; margin: 0; }
.account-page input[type=radio]:focus { outline: 3px solid var(--focus); outline-offset: 2px; }
.account-page .choice { display: flex; gap: .5rem; align-items: center; margin-block: .25rem; }
.account-page .choice label { font-weight: 400; }
.account-page .actions { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; }
.account-page button.secondary { background: #fff; color: var(--brand); border: 2px solid var(--brand); }
.account-page .links { padding-left: 1.25rem; }
.account-page .identity-provider { margin-block: 1rem; padding: 1rem; border: 1px solid var(--line); border-radius: 4px; }
.account-page .identity-provider h2 { font-size: 1.1rem; margin-top: 0; }
.error-summary { border: 3px solid #b00020; padding: .75rem 1rem; margin-block: 1rem; }
.error-summary h2 { font-size: 1.1rem; margin: 0 0 .5rem; }
.error-summary a { color: #b00020; font-weight: 600; }

/* ---- payments: the result of a payment, the sandbox gateway's pages ---- */
.outcome { border-left: 4px solid var(--muted); padding: .5rem 1rem; margin-block: 1rem; background: #f7f7f7; }
.outcome-paid { border-color: #0b5a1f; background: #e6f4ea; }
.outcome-confirming { border-color: #0b4f9c; background: #e8f0fb; }
.outcome-failed, .outcome-invalid { border-color: var(--brand); background: #fdf3f3; }
.gateway-header { background: #005baa; color: #fff; }
.gateway-header p { margin: 0; padding-block: .75rem; font-weight: 700; }
.gateway-actions { display: flex; flex-wrap: wrap; gap: 1rem; margin-top: 1.5rem; }
button.secondary { background: #fff; color: var(--ink); border: 2px solid var(--muted); }

/* ---- applying online: the draft page (form.application), the drafts list ---- */
.application .section { margin: 0 0 2rem; padding: 0; border: 0; }
.application legend { padding: 0; }
.application legend h2, .application .section > h2 { font-size: 1.35rem; margin: 0 0 .5rem; }
.application .field, .application .group { margin: 0 0 1.25rem; padding: 0; border: 0; }
.application .group { border-left: 4px solid var(--line); padding-left: 1rem; }
.application .field > label, .application .field > legend, .application .group > legend { display: block; font-weight: 600; }
.application input[type=text], .application input[type=email], .application input[type=tel], .application input[type=date], .application textarea, .application select { font: inherit; width: 100%; max-width: 40rem; padding: .5rem; border: 2px solid var(--muted); border-radius: 4px; color: var(--ink); background: #fff; }
.application input[type=date] { max-width: 14rem; }
.application input[inputmode=numeric], .application input[inputmode=decimal] { max-width: 14rem; }
.application input[type=radio], .application input[type=checkbox] { width: 1.25rem; height: 1.25rem; margin: 0; flex: none; }
.application textarea:focus, .application input:focus { outline: 3px solid var(--focus); outline-offset: 2px; }
.application [aria-invalid=true] { border-color: #b00020; }
.application .field-error { border-left: 4px solid #b00020; padding-left: .75rem; }
.application .error-message { margin: .25rem 0; color: #b00020; font-weight: 600; }
.application .required { font-weight: 400; color: var(--muted); }
.application .choice { display: flex; gap: .5rem; align-items: center; margin-block: .35rem; }
.application .choice label { font-weight: 400; }
.application .documents { padding-left: 1.25rem; }
.application .documents li { margin-bottom: 1.25rem; }
.application .documents h3 { font-size: 1.05rem; margin: 0; }
.application .documents label { display: block; font-weight: 600; margin-top: .25rem; }
.application .uploaded { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; }
.application .actions, .actions { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; margin-top: 1rem; }
.application button.secondary { background: #fff; color: var(--brand); border: 2px solid var(--brand); }
.drafts .links { display: flex; gap: 1.5rem; }
.back { margin: 0; }

/* ---- my dossiers: the applicant's list, a dossier's page and its forms ---- */
.my-dossier .task { border-left: 4px solid #0b4f9c; padding: .25rem 1rem; margin-block: 1.5rem; }
.my-dossier section h2 { font-size: 1.35rem; }
.my-dossier .field { margin-block: 1rem; }
.my-dossier .field > label, .my-dossier legend { display: block; font-weight: 600; }
.my-dossier fieldset { border: 0; padding: 0; margin: 0 0 1rem; }
.my-dossier textarea { font: inherit; width: 100%; max-width: 40rem; padding: .5rem; border: 2px solid var(--muted); border-radius: 4px; color: var(--ink); background: #fff; }
.my-dossier input[type=file] { font: inherit; display: block; margin-top: .25rem; }
.my-dossier input[type=radio] { width: 1.25rem; height: 1.25rem; margin: 0; flex: none; }
.my-dossier .choice { display: flex; gap: .5rem; align-items: center; margin-block: .35rem; }
.my-dossier textarea:focus, .my-dossier input:focus, .my-dossier .table-scroll:focus { outline: 3px solid var(--focus); outline-offset: 2px; }
.my-dossier [aria-invalid=true] { border-color: #b00020; }
.my-dossier .error-message { margin: .25rem 0; color: #b00020; font-weight: 600; }
.my-dossier .table-scroll { overflow-x: auto; margin-block: .5rem 1rem; }
.my-dossier caption { text-align: left; font-weight: 600; padding-block: .25rem; }
.my-dossier ul.attention { margin: 0; padding-left: 1.1rem; }
.my-dossier tr.current th, .my-dossier tr.current td { background: #e8f0fb; }
.my-dossier ol.history { padding-left: 1.25rem; }
.my-dossier ol.history li { margin-bottom: .75rem; }
.my-dossier ol.history p { margin: 0; }
.my-dossier .quote { border-left: 3px solid var(--line); padding-left: .75rem; white-space: pre-line; }
`;
