// On paper the agenda stands alone: the app's header, side and bottom navigation are hidden and
// the page uses the sheet's full width. Scoped with :has() to pages that render this component, so
// no other page prints differently. (The agenda's own controls hide with Tailwind's print: variant.)
const css = `@media print {
  body:has([data-print-agenda]) header,
  body:has([data-print-agenda]) aside,
  body:has([data-print-agenda]) nav[aria-label="Main"],
  body:has([data-print-agenda]) a[href="#main"] { display: none !important; }
  body:has([data-print-agenda]) main { padding: 0 !important; }
  body:has([data-print-agenda]) { background: #fff !important; font-size: 11pt; }
  @page { margin: 16mm; }
}`;

export function AgendaPrintStyles() {
  return <style>{css}</style>;
}
