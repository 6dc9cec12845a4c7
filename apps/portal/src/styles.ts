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
`;
