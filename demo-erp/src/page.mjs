/** The demo ERP's one admin page: forms that post JSON to /admin/*, and the state as JSON. */
export function adminPage() {
  const form = (action, title, fields) => `
  <form data-action="${action}"><h2>${title}</h2>
    ${fields
      .map(([name, label, value = '', type = 'text']) =>
        type === 'checkbox'
          ? `<label><input type="checkbox" name="${name}"${value ? ' checked' : ''}> ${label}</label>`
          : `<label>${label} <input name="${name}" value="${value}"></label>`,
      )
      .join('\n    ')}
    <button>Send</button></form>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Demo ERP</title>
<style>body{font:14px system-ui,sans-serif;margin:1rem;max-width:70rem}form{border:1px solid #ccc;padding:.5rem;margin:.5rem 0;display:flex;flex-wrap:wrap;gap:.5rem;align-items:end}
h2{font-size:1rem;margin:0;width:100%}pre{background:#f4f4f4;padding:.5rem;overflow:auto;max-height:30rem}</style></head><body>
<h1>Demo ERP — Kontor bridge protocol v1</h1>
${form('price', 'Change a price', [
  ['productErpId', 'product', 'P-000001'],
  ['priceListErpId', 'price list', 'PL-DET'],
  ['netMinor', 'net (grosze)', '12345'],
])}
${form('stock', 'Change stock', [
  ['productErpId', 'product', 'P-000001'],
  ['warehouseErpId', 'warehouse', 'W-WAW'],
  ['onHand', 'on hand', '10'],
  ['plannedDate', 'planned delivery date (optional)', ''],
  ['plannedQuantity', 'planned quantity', ''],
  ['clearPlanned', 'clear planned deliveries', false, 'checkbox'],
])}
${form('status', "Move a document's status", [
  ['kontorReference', 'Kontor reference', ''],
  ['kind', 'kind (order/transferRequest/…)', 'order'],
  ['status', 'status (received/accepted/fulfilled/cancelled)', 'accepted'],
  ['reason', 'reason', ''],
])}
${form('block', 'Block or unblock a customer', [
  ['customerErpId', 'customer', 'K-0002'],
  ['blocked', 'blocked', true, 'checkbox'],
  ['reason', 'reason', 'Overdue payments'],
])}
${form('invoice', 'Issue an invoice (with PDF)', [
  ['customerErpId', 'customer', 'K-0001'],
  ['grossMinor', 'gross (grosze)', '24600'],
  ['kontorReference', 'Kontor order id (optional)', ''],
])}
${form('payment', 'Register a payment', [
  ['customerErpId', 'customer', 'K-0001'],
  ['invoiceErpId', 'invoice (optional)', ''],
  ['amountMinor', 'amount (grosze)', '10000'],
  ['kontorReference', 'Kontor order/proforma id (optional)', ''],
  ['orderErpId', 'or its ERP document id, e.g. RES-12 (optional)', ''],
])}
${form('faults', 'Fault switches', [
  ['down', 'down', false, 'checkbox'],
  ['slowMs', 'slow (ms)', '0'],
  ['error5xxRate', '5xx rate (0..1)', '0'],
  ['lostReplyRate', 'lost replies (0..1)', '0'],
  ['duplicates', 'duplicate deliveries', false, 'checkbox'],
  ['reorder', 'reordered deliveries', false, 'checkbox'],
])}
<h2>State</h2><p>Documents, newest first. An order shows its lines and totals as they are now: after an order change
(ZMZ) they are the change's, and <code>changedBy</code> names it.</p><pre id="state"></pre>
<script>
async function refresh(){document.getElementById('state').textContent=JSON.stringify(await (await fetch('/admin/state')).json(),null,2)}
for(const f of document.querySelectorAll('form'))f.addEventListener('submit',async(e)=>{e.preventDefault();const b={};
for(const i of f.querySelectorAll('input'))b[i.name]=i.type==='checkbox'?i.checked:i.value;
const r=await fetch('/admin/'+f.dataset.action,{method:'POST',headers:{'content-type':'application/json'},body:JSON.stringify(b)});
alert(r.status+' '+(await r.text()).slice(0,500));refresh()});
refresh();
</script></body></html>`;
}
