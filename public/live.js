// Live updates for signed-in pages (docs/decisions/0048-live-events.md): listens to
// GET /api/v1/events and changes the page where it shows the thing that changed. Everything it does
// is also on the page after a reload, so without JavaScript (or EventSource) nothing is missing.
// It holds no text of its own: the page supplies any words in data attributes.
//
// The page's side of the contract:
// - [data-live-conversation="<conversation id>"]: a list whose items carry data-message-id; new
//   messages are fetched as HTML <li> items from /messages/<id>/after/<last message id> and appended.
// - [data-badge="messages"], [data-badge="notifications"]: the header's unread figures.
// - [data-live-order="<order id>"] with data-live-order-message="<translated text>": a banner with
//   that text (a link that reloads the page) is put at its top when the order changes.
(() => {
  if (!('EventSource' in window)) return;
  const source = new EventSource('/api/v1/events');
  const find = (attr, value) => document.querySelector(`[${attr}="${CSS.escape(String(value))}"]`);
  const on = (name, handle) =>
    source.addEventListener(name, (e) => {
      try {
        handle(JSON.parse(e.data));
      } catch {
        // An event this page cannot use: the next reload shows it.
      }
    });

  const setBadge = (badge, n) => {
    badge.textContent = n > 99 ? '99+' : String(n);
    badge.hidden = n <= 0;
  };

  // One fetch at a time per conversation; an event during a fetch asks for another afterwards.
  const busy = new Map();
  const counted = new Set();
  const append = async (list, id) => {
    if (busy.has(id)) return busy.set(id, true);
    busy.set(id, false);
    try {
      do {
        busy.set(id, false);
        const items = list.querySelectorAll('[data-message-id]');
        const last = items.length ? items[items.length - 1].getAttribute('data-message-id') : '';
        const res = await fetch(`/messages/${encodeURIComponent(id)}/after/${encodeURIComponent(last)}`, { credentials: 'same-origin', headers: { accept: 'text/html' } });
        if (!res.ok) break;
        const template = document.createElement('template');
        template.innerHTML = await res.text();
        let added = null;
        for (const item of template.content.querySelectorAll('[data-message-id]')) {
          if (find('data-message-id', item.getAttribute('data-message-id'))) continue;
          list.append(item);
          added = item;
        }
        if (added) {
          // Keep the newest in view: the list's own scroll when it scrolls, else the page's.
          if (list.scrollHeight > list.clientHeight) list.scrollTop = list.scrollHeight;
          added.scrollIntoView({ block: 'nearest' });
        }
      } while (busy.get(id));
    } catch {
      // Offline for a moment: the next message or a reload brings it.
    } finally {
      busy.delete(id);
    }
  };

  on('message', (d) => {
    const list = find('data-live-conversation', d.conversation_id);
    if (list) return append(list, d.conversation_id);
    const badge = document.querySelector('[data-badge="messages"]');
    // The figure counts conversations with unread messages: one more per conversation at most.
    if (!badge || counted.has(d.conversation_id) || badge.textContent.trim().endsWith('+')) return;
    counted.add(d.conversation_id);
    setBadge(badge, (Number.parseInt(badge.textContent, 10) || 0) + 1);
  });

  on('read', (d) => {
    const list = find('data-live-conversation', d.conversation_id);
    if (!list) return;
    const items = [...list.querySelectorAll('[data-message-id]')];
    const ids = items.map((i) => i.getAttribute('data-message-id'));
    let upTo = ids.indexOf(String(d.up_to));
    // Not on the page: numeric ids compare; otherwise it is newer than everything shown.
    if (upTo < 0) upTo = /^\d+$/.test(d.up_to) && ids.every((x) => /^\d+$/.test(x)) ? ids.filter((x) => BigInt(x) <= BigInt(d.up_to)).length - 1 : items.length - 1;
    for (let i = 0; i <= upTo; i++) items[i].setAttribute('data-seen', '');
  });

  on('notification', (d) => {
    const badge = document.querySelector('[data-badge="notifications"]');
    if (badge && Number.isFinite(d.unread)) setBadge(badge, d.unread);
  });

  on('order', (d) => {
    const order = find('data-live-order', d.order_id);
    const text = order?.getAttribute('data-live-order-message');
    if (!text || order.querySelector('.live-banner')) return;
    const banner = document.createElement('p');
    banner.className = 'live-banner';
    banner.setAttribute('role', 'status');
    const link = document.createElement('a');
    link.href = location.href;
    link.textContent = text;
    banner.append(link);
    order.prepend(banner);
  });
})();
